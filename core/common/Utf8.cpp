// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Utf8.h"

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
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) == 0x80) {
            continue;
        }
        ++m_pos.codePoint;
        if (c == '\n') {
            ++m_pos.line;
            m_pos.column = 1;
        } else {
            ++m_pos.column;
        }
    }
}

} // namespace Utf8
