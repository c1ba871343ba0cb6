// SPDX-License-Identifier: GPL-3.0-or-later
// The hash index over the word lists; the lists themselves are generated (core/CMakeLists.txt).
#include "core/detect/Dictionaries.h"

#include <algorithm>
#include <bit>

namespace Dictionaries {

// FNV-1a: the words are short, and one multiply a byte is cheaper than the compares it saves.
std::uint32_t Index::hash(std::string_view word)
{
    std::uint32_t h = 2166136261u;
    for (const char c : word) {
        h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    }
    return h;
}

Index::Index(std::span<const std::string_view> list)
    : m_list(list)
{
    // At most half full, so a miss reads one or two slots.
    const std::size_t size = std::bit_ceil(std::max<std::size_t>(16, list.size() * 2));
    m_slots.assign(size, 0);
    m_mask = size - 1;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::uint32_t h = hash(list[i]);
        std::size_t at = h & m_mask;
        while (m_slots[at] != 0) {
            at = (at + 1) & m_mask;
        }
        m_slots[at] = (std::uint64_t{h} << 32) | (i + 1);
    }
}

bool Index::contains(std::string_view word) const
{
    const std::uint32_t h = hash(word);
    for (std::size_t at = h & m_mask; m_slots[at] != 0; at = (at + 1) & m_mask) {
        const std::uint64_t slot = m_slots[at];
        if (static_cast<std::uint32_t>(slot >> 32) == h && m_list[(slot & 0xFFFFFFFFu) - 1] == word) {
            return true;
        }
    }
    return false;
}

} // namespace Dictionaries
