// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>

/**
 * Hand-written searches for a few built-in patterns whose span searches cost the scan most
 * (bench/README.md): an IPv4 address, a card number's digits, a domain name, an e-mail address,
 * a US SSN, an Aadhaar number, an IBAN. RE2 finds a match's
 * end with one pass of its DFA and its start with a second, backwards, each with a fixed cost of a
 * few hundred cycles; most of these matches are near-misses the validator then drops (versions,
 * Luhn-invalid digits, file names), so the searches are paid for often. These read the pattern's
 * few shapes directly.
 *
 * Each answers exactly what RE2's Match(text, pos, end, UNANCHORED) answers for its pattern
 * (leftmost-first, a match within [pos, end), `\b` seeing the bytes just outside it as RE2 does),
 * or leaves the answer to RE2 where it would need Unicode's letter classes (an e-mail's local part
 * next to a byte beyond ASCII); a test compares them with RE2 on random text. A pattern that
 * differs by one byte gets no search here and is left to RE2.
 */
namespace Matchers {

/** What a search found. */
enum class Found
{
    None,
    Match, // the leftmost match's bounds are in b, e
    AskRe2 // this search cannot tell; RE2 must
};

/** The leftmost match in text[pos, end). */
using Search = Found (*)(std::string_view text, std::size_t pos, std::size_t end, std::size_t& b, std::size_t& e);

/** The search written for `pattern` (a rule's, character for character), or null. */
Search forPattern(std::string_view pattern);

/** The patterns there are searches for (for tests). */
const std::string_view* patterns(std::size_t& count);

} // namespace Matchers
