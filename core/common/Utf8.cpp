// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Utf8.h"

#include <algorithm>

namespace Utf8 {

std::size_t codePointCount(std::string_view text)
{
    std::size_t n = 0;
    for (const char ch : text) {
        n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    }
    return n;
}

std::vector<std::size_t> utf16Positions(std::string_view text, const std::vector<std::size_t>& byteOffsets)
{
    std::vector<std::size_t> order(byteOffsets.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return byteOffsets[a] < byteOffsets[b]; });
    std::vector<std::size_t> out(byteOffsets.size());
    std::size_t byte = 0;
    std::size_t units = 0;
    for (const std::size_t i : order) {
        const std::size_t target = std::min(byteOffsets[i], text.size());
        for (; byte < target; ++byte) {
            const auto c = static_cast<unsigned char>(text[byte]);
            if ((c & 0xC0) != 0x80) {
                units += c >= 0xF0 ? 2 : 1; // a four-byte sequence is a surrogate pair in UTF-16
            }
        }
        out[i] = units;
    }
    return out;
}

void PositionTracker::advance(std::string_view bytes)
{
    // Whole-buffer counts (which the compiler vectorises) instead of a branch per byte: this runs
    // over every byte that streams through the scanner.
    const std::size_t cps = codePointCount(bytes);
    const auto lines = static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.end(), '\n'));
    m_pos.codePoint += cps;
    if (lines == 0) {
        m_pos.column += cps;
        return;
    }
    m_pos.line += lines;
    const std::size_t lastNewline = bytes.rfind('\n');
    m_pos.column = 1 + codePointCount(bytes.substr(lastNewline + 1));
}

} // namespace Utf8
