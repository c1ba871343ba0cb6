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
