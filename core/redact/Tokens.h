// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Finding.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/**
 * The placeholder tokens of the anonymizer (`[PERSON_1]`, `[EMAIL_2]`) and the one grammar that
 * finds them again. The same finder runs on the user's text before anonymizing (to keep literal
 * token-like strings apart from real tokens) and on the AI's answer when restoring, so what
 * restore would take for a token is exactly what anonymize guards against.
 *
 * What the finder accepts, besides the exact `[LABEL_N]`:
 * - any case inside brackets (`[email_1]`, `[Email_1]`), a space or hyphen for the underscore
 *   (`[EMAIL 1]`, `[EMAIL-1]`), markdown escapes (`\[EMAIL\_1\]`), and a line break with
 *   indentation anywhere inside the brackets (a token cut by a hard wrap);
 * - without brackets, `LABEL_N` in upper case or capitalised (`EMAIL_1`, `Email_1`, `EMAIL\_1`)
 *   as a whole word. All-lower-case bare words (`person_1`) are left alone: they are ordinary
 *   identifiers in code far more often than tokens.
 * Markdown around a token (`**[EMAIL_1]**`, backticks) and a possessive (`[PERSON_1]'s`) need
 * nothing special: they lie outside the match.
 */
namespace Tokens {

/** The label a finding's token carries: PERSON, EMAIL, ACCOUNT, CONDITION, MEDICATION, ... */
std::string_view labelFor(const Finding& finding);
/** The label of literal text that had to be put in the vault because it looked like a token. */
inline constexpr std::string_view kLiteralLabel = "LITERAL";
/** Every label the grammar knows (those of labelFor and kLiteralLabel), longest first. */
const std::vector<std::string_view>& labels();

/** `[LABEL_N]`. */
std::string format(std::string_view label, std::uint32_t number);
/** `LABEL_N`: the canonical key of a token (upper case, no brackets). */
std::string key(std::string_view label, std::uint32_t number);

struct Match
{
    std::size_t start = 0; ///< byte span of the whole match, brackets included
    std::size_t end = 0;
    std::string_view label; ///< canonical (upper case) label, from labels()
    std::uint32_t number = 0;
    bool bracketed = false;
};

/** Every token-shaped string in `text`, in order, not overlapping. Linear time (RE2). */
std::vector<Match> find(std::string_view text);

} // namespace Tokens
