// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace LiteralSearch {

struct Hit
{
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t needle = 0; ///< index into the needles
};

/**
 * Every occurrence of any of `needles` in `text` as a whole word (no ASCII letter or digit right
 * before or after), ASCII case ignored, any run of white space matching any other ("Kyle  Reese",
 * a name cut by a line break); in order, not overlapping, the longest needle first where
 * several start at one place. Linear in the text times the longest needle, for any number of
 * needles: needles are filed under their first word, the text is walked once, word by word, and
 * at a word some needles start with, the text there is folded once and looked up once per
 * needle length (a thousand IPv4 addresses filed under "10" cost one lookup, not a thousand
 * comparisons).
 */
std::vector<Hit> find(std::string_view text, const std::vector<std::string_view>& needles);

} // namespace LiteralSearch
