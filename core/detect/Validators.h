// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

/**
 * A validator checks one candidate. It sees the whole scanned text (so it can look at the
 * characters around the candidate) and the candidate's byte span [begin, end), may narrow that
 * span (an IBAN that ran into the next word, a card number followed by another digit group), and
 * returns whether the candidate is a real value. Validators are pure functions: thread-safe,
 * no allocation beyond small locals, linear in the candidate's length.
 */
using ValidatorFn = bool (*)(std::string_view text, std::size_t& begin, std::size_t& end);

namespace Validators {

/** Looks a validator up by name ("luhn", "iban", ...); nullptr if there is none of that name. */
ValidatorFn byName(std::string_view name);
/** Every registered name, for error messages and the policy linter. */
std::vector<std::string_view> names();

// The checks behind the validators, exposed for tests and for other modules.

/** Luhn mod-10 over a string of ASCII digits (no separators). False for empty input. */
bool luhn(std::string_view digits);
/** True when a card number (digits only) has a known issuer prefix and a length that issuer uses. */
bool knownCardIssuer(std::string_view digits);
/** ISO 13616: country code with its registered length and mod-97 == 1 (compact, upper case). */
bool ibanValid(std::string_view compact);
/** Registered IBAN length for a country code, 0 when the country has no IBAN. */
int ibanLength(std::string_view countryCode);
/** US SSN rules: area not 000/666/9xx, group not 00, serial not 0000 (9 ASCII digits). */
bool usSsnValid(std::string_view nineDigits);
/** Shannon entropy in bits per character. */
double shannonEntropy(std::string_view s);
/** Decodes base64url or base64 (padding optional); false on a character outside the alphabet. */
bool base64Decode(std::string_view in, std::string& out);

} // namespace Validators
