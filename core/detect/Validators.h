// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

/**
 * What a validator looks at: the whole scanned text (so it can look at the characters around the
 * candidate) and the candidate's byte span [begin, end), which it may narrow (an IBAN that ran
 * into the next word, a card number followed by another digit group).
 */
struct Candidate
{
    std::string_view text;
    std::size_t begin = 0;
    std::size_t end = 0;
    /** Set by the validator for documented test and example values (test card numbers, AWS's
     *  example key): still reported, with a low score, so a policy can choose. */
    bool testValue = false;
    /** Added to the rule's score (a validator may know more than the pattern: a checksum). */
    double scoreDelta = 0.0;

    std::string_view value() const { return text.substr(begin, end - begin); }
};

/**
 * A validator checks one candidate and returns whether it is a real value. Validators are pure
 * functions: thread-safe, no allocation beyond small locals, linear in the candidate's length.
 */
using ValidatorFn = bool (*)(Candidate& candidate);

namespace Validators {

/** Looks a validator up by name ("luhn", "iban", ...); nullptr if there is none of that name. */
ValidatorFn byName(std::string_view name);
/** Every registered name, for error messages and the policy linter. */
std::vector<std::string_view> names();

// The checks behind the validators, exposed for tests and for other modules.

/** Luhn mod-10 over a string of ASCII digits (no separators). False for empty input. */
bool luhn(std::string_view digits);
/** True for the card numbers networks and payment providers publish for testing (digits only). */
bool isTestCardNumber(std::string_view digits);
/** True when a card number (digits only) has a known issuer prefix and a length that issuer uses. */
bool knownCardIssuer(std::string_view digits);
/** ISO 13616: country code with its registered length and mod-97 == 1 (compact, upper case). */
bool ibanValid(std::string_view compact);
/** Registered IBAN length for a country code, 0 when the country has no IBAN. */
int ibanLength(std::string_view countryCode);
/**
 * The day exists in the month (1-12); 29 February only in a leap year when `year` is given in full
 * (1000 or later), and in any year when it is not (0, or two digits).
 */
bool validDayMonth(int day, int month, int year = 0);
/** US SSN rules: area not 000/666/9xx, group not 00, serial not 0000 (9 ASCII digits). */
bool usSsnValid(std::string_view nineDigits);
/**
 * True when the digits text[begin, end) are an amount or a count: a currency sign or code right
 * before them ("€ 1 250 000", "SEK 3 120 500"), or a currency or a counted noun right after them
 * ("1 250 000 kr", "3 120 500 EUR", "1 250 000 users"). Phone and account numbers are neither.
 */
bool isAmount(std::string_view text, std::size_t begin, std::size_t end);
/** Shannon entropy in bits per character. */
double shannonEntropy(std::string_view s);
/** Decodes base64url or base64 (padding optional); false on a character outside the alphabet. */
bool base64Decode(std::string_view in, std::string& out);
/**
 * Whether text[begin, end) may hold a name the person-name or person-name-caps validator accepts
 * in a match of its built-in pattern there: false only where no word is a known first name (or
 * "van"/"thi" of a Vietnamese name), which both need. A look before the span search: most lines
 * with two capitalised words name no one ("Annual Report", "New York").
 */
bool mayHoldPersonName(std::string_view text, std::size_t begin, std::size_t end);

} // namespace Validators
