// SPDX-License-Identifier: GPL-3.0-or-later
// National identifiers, passports, driving licences, company numbers and dates of birth.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <string>
#include <vector>

using namespace CharClass;

namespace {

// The digits of the candidate, separators skipped.
std::string digitsOf(const Candidate& cand)
{
    return digitsIn(cand.value());
}

// The candidate's characters without separators (space, '-', '.', '/'), upper-cased.
std::string compactUpper(const Candidate& cand)
{
    std::string s;
    for (std::size_t i = cand.begin; i < cand.end; ++i) {
        const char c = cand.text[i];
        if (isAlnum(c)) {
            s.push_back(toUpper(c));
        }
    }
    return s;
}

bool isSep(char c)
{
    return c == '-' || c == '.' || c == '/';
}

// A digit run glued to more digits (directly or through '-', '.', '/') is part of something longer:
// a phone number, a date, a longer id.
bool gluedToDigits(const Candidate& cand)
{
    const std::string_view text = cand.text;
    const std::size_t b = cand.begin;
    const std::size_t e = cand.end;
    if (b > 0 && (isDigit(text[b - 1]) || (isSep(text[b - 1]) && b > 1 && isDigit(text[b - 2])))) {
        return true;
    }
    return e < text.size() && (isDigit(text[e]) || (isSep(text[e]) && e + 1 < text.size() && isDigit(text[e + 1])));
}

bool allDigits(std::string_view s)
{
    for (const char c : s) {
        if (!isDigit(c)) {
            return false;
        }
    }
    return !s.empty();
}

using Validators::validDayMonth;

// ISO 7064 MOD 11,10 (German Steuer-ID, German VAT number): true when the last digit checks.
bool iso7064Mod1110(std::string_view d)
{
    int product = 10;
    for (std::size_t i = 0; i + 1 < d.size(); ++i) {
        int sum = (d[i] - '0' + product) % 10;
        if (sum == 0) {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
        check = 0;
    }
    return check == d.back() - '0';
}

bool nhsNumberValid(std::string_view d)
{
    if (d.size() != 10 || !allDigits(d)) {
        return false;
    }
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i) {
        sum += (d[i] - '0') * static_cast<int>(10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
        check = 0;
    }
    return check != 10 && check == d[9] - '0';
}

bool sePersonnummerValid(std::string_view d, int century = 0)
{
    if (d.size() != 10 || !allDigits(d)) {
        return false;
    }
    const int month = prefixNumber(d.substr(2), 2);
    int day = prefixNumber(d.substr(4), 2);
    if (day > 60) {
        day -= 60; // samordningsnummer
    }
    // With the century known, 29 February only in a leap year.
    return validDayMonth(day, month, century > 0 ? century * 100 + prefixNumber(d, 2) : 0) && Validators::luhn(d);
}

bool deSteuerIdValid(std::string_view d)
{
    if (d.size() != 11 || !allDigits(d) || d[0] == '0') {
        return false;
    }
    // In the first ten digits exactly one digit occurs twice or three times (three times never in
    // a row); every other digit at most once.
    std::array<int, 10> count{};
    for (std::size_t i = 0; i < 10; ++i) {
        ++count[static_cast<std::size_t>(d[i] - '0')];
    }
    int repeated = 0;
    for (const int c : count) {
        if (c > 3) {
            return false;
        }
        if (c >= 2) {
            ++repeated;
        }
    }
    if (repeated != 1) {
        return false;
    }
    for (std::size_t i = 0; i + 2 < 10; ++i) {
        if (d[i] == d[i + 1] && d[i] == d[i + 2]) {
            return false;
        }
    }
    return iso7064Mod1110(d);
}

bool usSsnValidator(Candidate& cand)
{
    const std::string digits = digitsOf(cand);
    if (digits.size() != 9 || gluedToDigits(cand)) {
        return false;
    }
    return Validators::usSsnValid(digits);
}

// IRS: an ITIN is 9XX-XX-XXXX with the middle group in 50-65, 70-88, 90-92 or 94-99.
bool usItinValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 9 || d[0] != '9' || gluedToDigits(cand)) {
        return false;
    }
    const int group = prefixNumber(std::string_view(d).substr(3), 2);
    return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}

// HMRC: two prefix letters (D, F, I, Q, U, V never; O never second; BG, GB, KN, NK, NT, TN, ZZ
// never issued), six digits, suffix A-D.
bool ukNinoValidator(Candidate& cand)
{
    const std::string s = compactUpper(cand);
    if (s.size() != 9) {
        return false;
    }
    const std::string_view bad1 = "DFIQUV";
    const std::string_view bad2 = "DFIQUVO";
    if (bad1.find(s[0]) != std::string_view::npos || bad2.find(s[1]) != std::string_view::npos) {
        return false;
    }
    const std::string_view prefix = std::string_view(s).substr(0, 2);
    for (const std::string_view p : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}) {
        if (prefix == p) {
            return false;
        }
    }
    // Mixed case ("Ab 12 34 56 c") is not how anyone writes it.
    bool upper = false;
    bool lower = false;
    for (std::size_t i = cand.begin; i < cand.end; ++i) {
        upper = upper || isUpper(cand.text[i]);
        lower = lower || isLower(cand.text[i]);
    }
    return !(upper && lower) && s[8] >= 'A' && s[8] <= 'D';
}

bool ukNhsValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    return d.size() == 10 && !gluedToDigits(cand) && !allSame(d) && nhsNumberValid(d);
}

// Swedish personnummer and samordningsnummer: [CC]YYMMDD[-+]NNNC, Luhn over YYMMDDNNNC; a
// samordningsnummer adds 60 to the day.
bool sePersonnummerValidator(Candidate& cand)
{
    std::string d = digitsOf(cand);
    if (gluedToDigits(cand) || (d.size() != 10 && d.size() != 12)) {
        return false;
    }
    int century = 0;
    if (d.size() == 12) {
        century = prefixNumber(d, 2);
        if (century < 18 || century > 20) {
            return false;
        }
        d.erase(0, 2);
    }
    if (!sePersonnummerValid(d, century)) {
        return false;
    }
    // Ten bare digits are common (phone numbers, order numbers): with separator or century the
    // shape is distinctive; without, the date and Luhn checks are the only evidence.
    const bool formatted = cand.value().find_first_of("-+") != std::string_view::npos;
    if (!formatted && cand.end - cand.begin == 10) {
        cand.scoreDelta = -0.1;
    }
    return true;
}

// Bolagsverket: organisationsnummer NNNNNN-NNNC, third digit >= 2 (never a month), Luhn; may carry
// the "16" prefix.
bool seOrgNummerValidator(Candidate& cand)
{
    std::string d = digitsOf(cand);
    if (gluedToDigits(cand)) {
        return false;
    }
    if (d.size() == 12 && d.starts_with("16")) {
        d.erase(0, 2);
    }
    if (d.size() != 10 || d[2] < '2' || allSame(d) || !Validators::luhn(d)) {
        return false;
    }
    if (cand.value().find('-') == std::string_view::npos) {
        cand.scoreDelta = -0.3; // bare ten digits: only with context
    }
    return true;
}

bool deSteuerIdValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    return d.size() == 11 && !gluedToDigits(cand) && deSteuerIdValid(d);
}

// German VAT number (USt-IdNr.): DE + 9 digits, ISO 7064 MOD 11,10.
bool deVatValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 9 || d[0] == '0' || gluedToDigits(cand)) {
        return false;
    }
    return iso7064Mod1110(d);
}

// Krankenversichertennummer: a letter and nine digits; the letter as 01-26 and the first eight
// digits, weighted 1,2,1,2,... with digit sums, give the last digit mod 10.
bool deKvnrValidator(Candidate& cand)
{
    const std::string s = compactUpper(cand);
    if (s.size() != 10 || !isUpper(s[0]) || !allDigits(std::string_view(s).substr(1))) {
        return false;
    }
    const int letter = s[0] - 'A' + 1;
    std::string digits = std::to_string(letter / 10) + std::to_string(letter % 10) + s.substr(1, 8);
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        int p = (digits[i] - '0') * (i % 2 == 0 ? 1 : 2);
        sum += p / 10 + p % 10;
    }
    return sum % 10 == s[9] - '0';
}

// Rentenversicherungsnummer: area (2), birth date DDMMYY, surname initial, serial (2), check; the
// initial as 01-26, weights 2,1,2,5,7,1,2,1,2,1,2,1 with digit sums, mod 10.
bool deRvnrValidator(Candidate& cand)
{
    const std::string s = compactUpper(cand);
    if (s.size() != 12 || !allDigits(std::string_view(s).substr(0, 8)) || !isUpper(s[8])
        || !allDigits(std::string_view(s).substr(9))) {
        return false;
    }
    const int day = prefixNumber(std::string_view(s).substr(2), 2);
    const int month = prefixNumber(std::string_view(s).substr(4), 2);
    // Day may carry +30 for persons with an unknown or duplicate birth date.
    if (!validDayMonth(day > 31 ? day - 30 : day, month)) {
        return false;
    }
    const int letter = s[8] - 'A' + 1;
    const std::string digits =
        s.substr(0, 8) + std::to_string(letter / 10) + std::to_string(letter % 10) + s.substr(9, 2);
    static constexpr std::array<int, 12> weights{2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i) {
        const int p = (digits[i] - '0') * weights[i];
        sum += p / 10 + p % 10;
    }
    return sum % 10 == s[11] - '0';
}

// Lebenslange Arztnummer: six digits, a check digit (weights 4,9,4,9,4,9; 10 - sum mod 10), then
// a two-digit specialty.
bool deLanrValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 9 || gluedToDigits(cand) || allSame(d)) {
        return false;
    }
    int sum = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        sum += (d[i] - '0') * (i % 2 == 0 ? 4 : 9);
    }
    return (10 - sum % 10) % 10 == d[6] - '0';
}

// German Steuernummer as the states print it (2-3/3-4/4-5 digits with slashes): not part of a path.
bool deSteuernummerValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    if (cand.begin > 0 && (text[cand.begin - 1] == '/' || isAlnum(text[cand.begin - 1]))) {
        return false;
    }
    return cand.end >= text.size() || (text[cand.end] != '/' && !isAlnum(text[cand.end]));
}

// DVLA driving licence: surname (5, padded with 9), decade digit, month (+50 for women), day, year
// digit, two initials (padded with 9), a digit, two check letters.
bool ukDrivingLicenceValidator(Candidate& cand)
{
    const std::string s = compactUpper(cand);
    if (s.size() != 16 || !isUpper(s[0])) {
        return false;
    }
    bool padding = false;
    for (std::size_t i = 0; i < 5; ++i) {
        if (s[i] == '9') {
            padding = true;
        } else if (padding) {
            return false; // letters after the padding
        }
    }
    int month = prefixNumber(std::string_view(s).substr(6), 2);
    if (month > 50) {
        month -= 50;
    }
    const int day = prefixNumber(std::string_view(s).substr(8), 2);
    return validDayMonth(day, month);
}

// DVLA registration since 2001: area letters (no I, Q, Z), age identifier (March: YY, September:
// YY + 50), three letters (no I, Q). Age identifiers up to 29/79 (the 2029/30 registration year).
bool ukVehicleRegValidator(Candidate& cand)
{
    const std::string s = compactUpper(cand);
    if (s.size() != 7) {
        return false;
    }
    const std::string_view v = cand.value();
    bool upper = false;
    bool lower = false;
    for (const char c : v) {
        upper = upper || isUpper(c);
        lower = lower || isLower(c);
    }
    if (upper && lower) {
        return false;
    }
    for (const std::size_t i : {0, 1, 4, 5, 6}) {
        if (s[i] == 'I' || s[i] == 'Q' || (i < 2 && s[i] == 'Z')) {
            return false;
        }
    }
    const int age = prefixNumber(std::string_view(s).substr(2), 2);
    return (age >= 2 && age <= 29) || (age >= 51 && age <= 79);
}

// German plate: district (1-3 letters), recognition letters (1-2), number 1-9999, optional E/H.
// Lower case only with context (prose is full of "i am 25"-like runs).
bool deKfzValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    bool upper = false;
    bool lower = false;
    for (const char c : v) {
        upper = upper || isUpper(c);
        lower = lower || isLower(c);
    }
    if (upper && lower) {
        return false;
    }
    // "M-AB-1234" is a plate's own form; "M-AB 1234", the usual way to write one, is also how
    // other codes look ("RFC-AB 1234"), so it needs a word such as "Kennzeichen".
    if (std::count(v.begin(), v.end(), '-') == 2) {
        cand.scoreDelta += 0.1;
    }
    if (lower) {
        cand.scoreDelta -= 0.25;
    }
    return true;
}

// French NIR (numéro de sécurité sociale): sex, YY, MM, department (2A/2B for Corsica), commune,
// order, key = 97 - (number mod 97).
bool frNirValidator(Candidate& cand)
{
    const std::string s = compactUpper(cand);
    if (s.size() != 15 || gluedToDigits(cand)) {
        return false;
    }
    std::string d = s;
    if (d[5] == '2' && (d[6] == 'A' || d[6] == 'B')) {
        // Corsica: 2A and 2B count as 19 and 18 in the key.
        d[5] = '1';
        d[6] = d[6] == 'A' ? '9' : '8';
    }
    if (!allDigits(d) || !(d[0] == '1' || d[0] == '2' || d[0] == '3' || d[0] == '4' || d[0] == '7' || d[0] == '8')) {
        return false;
    }
    const int month = prefixNumber(std::string_view(d).substr(3), 2);
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) {
        return false;
    }
    long long n = 0; // 13 digits fit in 64 bits
    for (std::size_t i = 0; i < 13; ++i) {
        n = n * 10 + (d[i] - '0');
    }
    const int key = 97 - static_cast<int>(n % 97);
    return key == prefixNumber(std::string_view(d).substr(13), 2);
}

// French SIREN (9 digits) / SIRET (14 digits): Luhn.
bool frSirenValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    return (d.size() == 9 || d.size() == 14) && !gluedToDigits(cand) && !allSame(d) && Validators::luhn(d);
}

// French VAT number: FR, a two-digit key, the SIREN; key = (12 + 3 * (SIREN mod 97)) mod 97.
bool frVatValidator(Candidate& cand)
{
    const std::string s = compactUpper(cand);
    if (s.size() != 13 || !allDigits(std::string_view(s).substr(2))) {
        return false;
    }
    const std::string siren = s.substr(4);
    long long n = 0;
    for (const char c : siren) {
        n = n * 10 + (c - '0');
    }
    const int key = static_cast<int>((12 + 3 * (n % 97)) % 97);
    return key == prefixNumber(std::string_view(s).substr(2), 2) && Validators::luhn(siren);
}

// US Medicare Beneficiary Identifier: dashes either in both places or in none (the pattern checks
// the character classes).
bool usMbiValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    const auto dashes = std::count(v.begin(), v.end(), '-');
    if (dashes != 0 && dashes != 2) {
        return false;
    }
    bool upper = false;
    bool lower = false;
    for (const char c : v) {
        upper = upper || isUpper(c);
        lower = lower || isLower(c);
    }
    if (upper && lower) {
        return false;
    }
    if (dashes == 0) {
        cand.scoreDelta = -0.2; // eleven compact characters: needs context
    }
    return true;
}

// NPI: ten digits starting with 1 or 2, Luhn over "80840" + the digits.
bool usNpiValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 10 || (d[0] != '1' && d[0] != '2') || gluedToDigits(cand)) {
        return false;
    }
    return Validators::luhn("80840" + d);
}

// DEA registration number: a registrant-type letter (A, B, F, G for practitioners and hospitals,
// M for mid-level practitioners, ...), the first letter of the registrant's name (or 9), seven
// digits of which the last is (d1 + d3 + d5 + 2 * (d2 + d4 + d6)) mod 10.
bool usDeaValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (v.size() != 9) {
        return false;
    }
    constexpr std::string_view types = "ABCDEFGHJKLMPRSTUX";
    const char type = static_cast<char>(toUpper(v[0]));
    if (types.find(type) == std::string_view::npos) {
        return false;
    }
    int sum = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        sum += (v[2 + i] - '0') * (i % 2 == 0 ? 1 : 2);
    }
    return sum % 10 == v[8] - '0';
}

// Machine-readable-zone style document numbers (German ID card and passport): at least a few
// digits, so that words in capitals are not taken.
bool docNumberValidator(Candidate& cand)
{
    int digits = 0;
    for (const char c : cand.value()) {
        digits += isDigit(c) ? 1 : 0;
    }
    return digits >= 3 && !gluedToDigits(cand);
}

// A date (day, month and year in any of the common orders) that can be a birth date.
bool birthDateValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    std::vector<int> nums;
    std::vector<int> widths;
    int cur = -1;
    int width = 0;
    bool hasMonthName = false;
    for (const char c : v) {
        if (isDigit(c)) {
            cur = (cur < 0 ? 0 : cur * 10) + (c - '0');
            ++width;
        } else {
            if (cur >= 0) {
                nums.push_back(cur);
                widths.push_back(width);
            }
            cur = -1;
            width = 0;
            hasMonthName = hasMonthName || isAlpha(c);
        }
    }
    if (cur >= 0) {
        nums.push_back(cur);
        widths.push_back(width);
    }
    if (gluedToDigits(cand)) {
        return false;
    }
    if (hasMonthName) {
        // "12 March 1985" / "March 12, 1985": the pattern checked the month; check day and year.
        if (nums.size() != 2) {
            return false;
        }
        const int day = widths[0] == 4 ? nums[1] : nums[0];
        const int year = widths[0] == 4 ? nums[0] : nums[1];
        return day >= 1 && day <= 31 && year >= 1900 && year <= 2100;
    }
    if (nums.size() != 3) {
        return false;
    }
    if (widths[0] == 4) { // ISO 8601
        return nums[0] >= 1900 && validDayMonth(nums[2], nums[1]);
    }
    const int year = nums[2];
    if (widths[2] == 4 && year < 1900) {
        return false;
    }
    // Day first (Europe) or month first (US): either reading may be meant.
    return validDayMonth(nums[0], nums[1]) || validDayMonth(nums[1], nums[0]);
}

// Finnish henkilötunnus: DDMMYY, century sign, individual number, check character
// (DDMMYYNNN mod 31 in "0123456789ABCDEFHJKLMNPRSTUVWXY").
bool fiHetuValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (v.size() != 11) {
        return false;
    }
    const std::string digits = std::string(v.substr(0, 6)) + std::string(v.substr(7, 3));
    if (!allDigits(digits)) {
        return false;
    }
    // Typed in lower case, it must stand alone: lower-case hex ("…4f050115b0030") holds the shape.
    if (isLower(v[6]) && cand.begin > 0 && isAlnum(cand.text[cand.begin - 1])) {
        return false;
    }
    // The century sign gives the year: + 1800s; -, Y, X, W, V, U 1900s; A to F 2000s.
    const char sign = toUpper(v[6]);
    int century = 0;
    if (sign == '+') {
        century = 1800;
    } else if (std::string_view("-YXWVU").find(sign) != std::string_view::npos) {
        century = 1900;
    } else if (std::string_view("ABCDEF").find(sign) != std::string_view::npos) {
        century = 2000;
    }
    if (!validDayMonth(prefixNumber(digits, 2),
                       prefixNumber(digits.substr(2), 2),
                       century > 0 ? century + prefixNumber(digits.substr(4), 2) : 0)) {
        return false;
    }
    long long n = 0;
    for (const char c : digits) {
        n = n * 10 + (c - '0');
    }
    static constexpr std::string_view checks = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    return checks[static_cast<std::size_t>(n % 31)] == toUpper(v[10]);
}

// Spanish DNI/NIF (7-8 digits) and NIE (X/Y/Z as 0/1/2 and 7 digits): letter = number mod 23.
bool esNifValidator(Candidate& cand)
{
    const std::string s = compactUpper(cand);
    if (s.size() < 8 || s.size() > 9 || !isUpper(s.back())) {
        return false;
    }
    std::string body = s.substr(0, s.size() - 1);
    if (body[0] == 'X' || body[0] == 'Y' || body[0] == 'Z') {
        if (body.size() != 8) {
            return false;
        }
        body[0] = static_cast<char>('0' + (body[0] - 'X'));
    }
    if (!allDigits(body)) {
        return false;
    }
    long long n = 0;
    for (const char c : body) {
        n = n * 10 + (c - '0');
    }
    static constexpr std::string_view letters = "TRWAGMYFPDXBNJZSQVHLCKE";
    return letters[static_cast<std::size_t>(n % 23)] == s.back();
}

// Turkish T.C. Kimlik No: 11 digits, first not 0, two check digits.
bool trKimlikValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 11 || d[0] == '0' || gluedToDigits(cand)) {
        return false;
    }
    int odd = 0;
    int even = 0;
    for (std::size_t i = 0; i < 9; ++i) {
        (i % 2 == 0 ? odd : even) += d[i] - '0';
    }
    const int c10 = ((odd * 7 - even) % 10 + 10) % 10;
    const int c11 = (odd + even + c10) % 10;
    return c10 == d[9] - '0' && c11 == d[10] - '0';
}

// Canadian SIN: nine digits, Luhn; first digit never 0 or 8. Without grouping only with context.
bool caSinValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 9 || d[0] == '0' || d[0] == '8' || allSame(d) || gluedToDigits(cand) || !Validators::luhn(d)) {
        return false;
    }
    if (cand.end - cand.begin == 9) {
        cand.scoreDelta = -0.35;
    }
    return true;
}

// Polish PESEL: YYMMDD (month + 20/40/60/80 for other centuries), serial, weights 1,3,7,9,...
bool plPeselValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 11 || gluedToDigits(cand)) {
        return false;
    }
    // The month carries the century: +0 1900s, +20 2000s, +40 2100s, +60 2200s, +80 1800s.
    const int coded = prefixNumber(std::string_view(d).substr(2), 2);
    const int month = coded % 20;
    static constexpr std::array<int, 5> centuries{1900, 2000, 2100, 2200, 1800};
    const int year = centuries[static_cast<std::size_t>(std::min(coded / 20, 4))] + prefixNumber(d, 2);
    if (!validDayMonth(prefixNumber(std::string_view(d).substr(4), 2), month, year)) {
        return false;
    }
    static constexpr std::array<int, 10> weights{1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (std::size_t i = 0; i < 10; ++i) {
        sum += (d[i] - '0') * weights[i];
    }
    return (10 - sum % 10) % 10 == d[10] - '0';
}

// South African ID: YYMMDD, gender and sequence (4), citizenship (0-2), a digit, Luhn.
bool zaIdValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 13 || gluedToDigits(cand) || d[10] > '2') {
        return false;
    }
    return validDayMonth(prefixNumber(std::string_view(d).substr(4), 2), prefixNumber(std::string_view(d).substr(2), 2))
           && Validators::luhn(d);
}

// Singapore NRIC/FIN: prefix S/T/F/G/M, seven digits, check letter (weights 2,7,6,5,4,3,2).
bool sgNricValidator(Candidate& cand)
{
    const std::string s = compactUpper(cand);
    if (s.size() != 9 || !allDigits(std::string_view(s).substr(1, 7))) {
        return false;
    }
    static constexpr std::array<int, 7> weights{2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (std::size_t i = 0; i < 7; ++i) {
        sum += (s[i + 1] - '0') * weights[i];
    }
    const char p = s[0];
    if (p == 'T' || p == 'G') {
        sum += 4;
    } else if (p == 'M') {
        sum += 3;
    }
    const int r = sum % 11;
    std::string_view table;
    if (p == 'S' || p == 'T') {
        table = "JZIHGFEDCBA";
    } else if (p == 'F' || p == 'G') {
        table = "XWUTRQPNMLK";
    } else if (p == 'M') {
        table = "XWUTRQPNJLK"; // the F/G table with J for M (M1234567K)
    } else {
        return false;
    }
    return table[static_cast<std::size_t>(r)] == s[8];
}

// A grouped number that goes on, through a separator, into another digit group ("4111 1111 1111 1111":
// its first three groups are not an Aadhaar number; "51 824 753 556": its last three are not an ACN).
bool continuesGroups(const Candidate& cand)
{
    const std::string_view t = cand.text;
    const auto sep = [&](std::size_t i) { return t[i] == ' ' || t[i] == ':' || t[i] == '-' || t[i] == '.'; };
    if (cand.begin >= 2 && sep(cand.begin - 1) && isDigit(t[cand.begin - 2])) {
        return true;
    }
    return cand.end + 1 < t.size() && sep(cand.end) && isDigit(t[cand.end + 1]);
}

// True when the candidate is written without separators (a bare digit run).
bool bareRun(const Candidate& cand)
{
    return cand.value().find_first_of(" -:") == std::string_view::npos;
}

// A number printed with its separators is reported alone; the same digits as a bare run only near
// the rule's word (its score drops below the minimum, and the word raises it again).
bool needsWordWhenBare(Candidate& cand)
{
    if (bareRun(cand)) {
        cand.scoreDelta = -0.35;
    }
    return true;
}

// Weighted sum of the first weights.size() digits of d.
template <std::size_t N>
int weightedSum(std::string_view d, const std::array<int, N>& weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i) {
        sum += (d[i] - '0') * weights[i];
    }
    return sum;
}

// Verhoeff (dihedral group D5): true when the last digit checks.
bool verhoeff(std::string_view d)
{
    static constexpr std::array<std::array<int, 10>, 10> mul{{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                                                              {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
                                                              {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
                                                              {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
                                                              {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
                                                              {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                                                              {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
                                                              {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
                                                              {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
                                                              {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}}};
    static constexpr std::array<std::array<int, 10>, 8> perm{{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                                                              {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
                                                              {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
                                                              {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
                                                              {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
                                                              {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                                                              {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
                                                              {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}}};
    if (!allDigits(d)) {
        return false;
    }
    int c = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        const auto digit = static_cast<std::size_t>(d[d.size() - 1 - i] - '0');
        c = mul[static_cast<std::size_t>(c)][static_cast<std::size_t>(perm[i % 8][digit])];
    }
    return c == 0;
}

// This year by the system clock (UTC).
int currentYear()
{
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return static_cast<int>(std::chrono::year_month_day(today).year());
}

// Korean resident (RRN, century-and-sex digit 1-4) and foreigner (FRN, 5-8) registration numbers:
// YYMMDD, that digit, six more, the last a check digit: weights 2,3,4,5,6,7,8,9,2,3,4,5, check
// (11 - sum mod 11) mod 10 for the RRN and (13 - sum mod 11) mod 10 for the FRN. Numbers issued
// since October 2020 have random digits after the century digit and no check digit: written
// YYMMDD-NNNNNNN for a person born since 2020 they count alone, any other without a valid check
// digit only near a word.
bool krRegistrationValid(Candidate& cand, bool foreigner)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 13 || gluedToDigits(cand)) {
        return false;
    }
    const int g = d[6] - '0';
    if (foreigner ? (g < 5 || g > 8) : (g < 1 || g > 4)) {
        return false;
    }
    const std::string_view v(d);
    // The century digit gives the year (1, 2, 5, 6: 1900s; 3, 4, 7, 8: 2000s); no one is born
    // after this year.
    const int year = (g == 3 || g == 4 || g == 7 || g == 8 ? 2000 : 1900) + prefixNumber(v, 2);
    if (year > currentYear() || !validDayMonth(prefixNumber(v.substr(4), 2), prefixNumber(v.substr(2), 2), year)) {
        return false;
    }
    static constexpr std::array<int, 12> weights{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    const int check = ((foreigner ? 13 : 11) - weightedSum(v, weights) % 11) % 10;
    if (check == d[12] - '0') {
        return true;
    }
    const bool bornSince2020 = year >= 2020;
    cand.scoreDelta = !bareRun(cand) && bornSince2020 ? -0.05 : -0.35;
    return true;
}

bool krRrnValidator(Candidate& cand)
{
    return krRegistrationValid(cand, false);
}

bool krFrnValidator(Candidate& cand)
{
    return krRegistrationValid(cand, true);
}

// Thai national ID: category 1-8, province code (TIS 1099 / ISO 3166-2:TH: 10-27, 30-58, 60-67,
// 70-77, 80-86, 90-96), check digit (weights 13..2, (11 - sum mod 11) mod 10). Printed
// 1-2345-67890-12-1; thirteen bare digits (a millisecond timestamp) only near a word.
bool thTninValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 13 || d[0] < '1' || d[0] > '8' || gluedToDigits(cand) || continuesGroups(cand)) {
        return false;
    }
    const int province = prefixNumber(std::string_view(d).substr(1), 2);
    const bool knownProvince = (province >= 10 && province <= 27) || (province >= 30 && province <= 58)
                               || (province >= 60 && province <= 67) || (province >= 70 && province <= 77)
                               || (province >= 80 && province <= 86) || (province >= 90 && province <= 96);
    if (!knownProvince) {
        return false;
    }
    static constexpr std::array<int, 12> weights{13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2};
    if ((11 - weightedSum(d, weights) % 11) % 10 != d[12] - '0') {
        return false;
    }
    return needsWordWhenBare(cand);
}

// Aadhaar (UIDAI): twelve digits, the first 2-9, Verhoeff check digit. Printed "NNNN NNNN NNNN";
// twelve bare digits, or groups joined by ':', only near a word.
bool inAadhaarValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 12 || d[0] < '2' || allSame(d) || gluedToDigits(cand) || continuesGroups(cand) || !verhoeff(d)) {
        return false;
    }
    if (bareRun(cand) || cand.value().find(':') != std::string_view::npos) {
        cand.scoreDelta = -0.35;
    }
    return true;
}

// Indian PAN: the pattern checks the holder type (4th letter); the serial is never 0000.
bool inPanValidator(Candidate& cand)
{
    return cand.value().substr(5, 4) != "0000";
}

// Codice fiscale: surname (3), name (3), year, month letter, day (+40 for women), cadastral code
// (letter, 3 digits), check letter. In homocodes digits are replaced by L M N P Q R S T U V (0-9).
// Check: characters at odd positions (1st, 3rd, ...) through the table below, at even positions by
// value (0-9, A-Z = 0-25); the sum mod 26 as a letter.
bool itCodiceFiscaleValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (v.size() != 16) {
        return false;
    }
    bool upper = false;
    bool lower = false;
    bool digit = false;
    for (const char c : v) {
        upper = upper || isUpper(c);
        lower = lower || isLower(c);
        digit = digit || isDigit(c);
    }
    // Mixed case is not how it is written; all sixteen letters (every digit replaced) is a word.
    if ((upper && lower) || !digit) {
        return false;
    }
    std::string s = compactUpper(cand);
    static constexpr std::string_view homocode = "LMNPQRSTUV";
    std::string day = s.substr(9, 2);
    for (char& c : day) {
        const auto k = homocode.find(c);
        if (k != std::string_view::npos) {
            c = static_cast<char>('0' + k);
        }
    }
    int dayNumber = prefixNumber(day, 2);
    if (dayNumber > 40) {
        dayNumber -= 40;
    }
    if (dayNumber < 1 || dayNumber > 31) {
        return false;
    }
    static constexpr std::array<int, 26> odd{1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                             20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (std::size_t i = 0; i < 15; ++i) {
        const char c = s[i];
        const int value = isDigit(c) ? c - '0' : c - 'A';
        sum += i % 2 == 0 ? odd[static_cast<std::size_t>(value)] : value;
    }
    return s[15] == static_cast<char>('A' + sum % 26);
}

// Australian TFN: nine digits, weights 1,4,3,7,5,8,6,9,10, sum divisible by 11. Grouped 3-3-3 alone,
// nine bare digits only near a word.
bool auTfnValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    static constexpr std::array<int, 9> weights{1, 4, 3, 7, 5, 8, 6, 9, 10};
    if (d.size() != 9 || allSame(d) || gluedToDigits(cand) || continuesGroups(cand)
        || weightedSum(d, weights) % 11 != 0) {
        return false;
    }
    return needsWordWhenBare(cand);
}

// Australian Medicare card number: first digit 2-6, eight digits checked by the ninth (weights
// 1,3,7,9,1,3,7,9, sum mod 10), the issue number. Printed 4-5-1; ten bare digits only near a word.
bool auMedicareValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    static constexpr std::array<int, 8> weights{1, 3, 7, 9, 1, 3, 7, 9};
    if (d.size() != 10 || d[0] < '2' || d[0] > '6' || gluedToDigits(cand) || continuesGroups(cand)
        || weightedSum(d, weights) % 10 != d[8] - '0') {
        return false;
    }
    return needsWordWhenBare(cand);
}

// Australian ABN: eleven digits; subtract 1 from the first, weights 10,1,3,5,...,19, sum divisible
// by 89. Grouped 2-3-3-3 alone, eleven bare digits (a phone number) only near a word.
bool auAbnValidator(Candidate& cand)
{
    std::string d = digitsOf(cand);
    if (d.size() != 11 || d[0] == '0' || gluedToDigits(cand) || continuesGroups(cand)) {
        return false;
    }
    d[0] = static_cast<char>(d[0] - 1);
    static constexpr std::array<int, 11> weights{10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
    if (weightedSum(d, weights) % 89 != 0) {
        return false;
    }
    return needsWordWhenBare(cand);
}

// Australian ACN: nine digits, weights 8..1 over the first eight, check (10 - sum mod 10) mod 10.
// The rule needs its word: the 3-3-3 grouping is shared with the TFN, the Canadian SIN, phone
// numbers and amounts, and a company number is public register data.
bool auAcnValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    static constexpr std::array<int, 8> weights{8, 7, 6, 5, 4, 3, 2, 1};
    return d.size() == 9 && !allSame(d) && !gluedToDigits(cand) && !continuesGroups(cand)
           && (10 - weightedSum(d, weights) % 10) % 10 == d[8] - '0';
}

// Nigerian NIN: eleven digits (NIMC publishes no check digit); the rule needs its word.
bool ngNinValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    return d.size() == 11 && !allSame(d) && !gluedToDigits(cand);
}

// Korean business registration number (National Tax Service): weights 1,3,7,1,3,7,1,3,5 over the
// first nine digits, plus the tens of 5 times the ninth; the check digit makes the sum a multiple
// of ten. Printed NNN-NN-NNNNN it is reported alone; ten bare digits need the word.
bool krBrnValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    static constexpr std::array<int, 9> weights{1, 3, 7, 1, 3, 7, 1, 3, 5};
    if (d.size() != 10 || allSame(d) || gluedToDigits(cand) || continuesGroups(cand)) {
        return false;
    }
    const int sum = weightedSum(d, weights) + (d[8] - '0') * 5 / 10;
    if ((10 - sum % 10) % 10 != d[9] - '0') {
        return false;
    }
    return needsWordWhenBare(cand);
}

// Korean driver's license: region 11-28 (the pattern), year, serial, two check digits whose rule
// is not published. Printed with its separators it is reported alone; twelve bare digits need the
// word.
bool krDriverLicenseValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    if (d.size() != 12 || gluedToDigits(cand) || continuesGroups(cand) || allSame(d.substr(4, 6))) {
        return false;
    }
    return needsWordWhenBare(cand);
}

// Indian voter ID (EPIC): three letters and seven digits that are not all the same.
bool inVoterIdValidator(Candidate& cand)
{
    const std::string d = digitsOf(cand);
    return d.size() == 7 && !allSame(d);
}

// Indian vehicle registration: the state or union territory code (Motor Vehicles Act, as the
// registration marks use them) and a number other than 0000.
bool inVehicleRegistrationValidator(Candidate& cand)
{
    static constexpr std::string_view codes[] = {"an", "ap", "ar", "as", "br", "ch", "cg", "dd", "dl", "dn",
                                                 "ga", "gj", "hp", "hr", "jh", "jk", "ka", "kl", "la", "ld",
                                                 "mh", "ml", "mn", "mp", "mz", "nl", "od", "or", "pb", "py",
                                                 "rj", "sk", "tn", "tr", "ts", "uk", "up", "wb"};
    const std::string v = lowerAscii(cand.value().substr(0, 2));
    const std::string d = digitsOf(cand);
    return std::find(std::begin(codes), std::end(codes), v) != std::end(codes) && !d.ends_with("0000");
}

// Singapore UEN (ACRA): businesses NNNNNNNNC (weights 10,4,9,3,8,2,7,1, "XMKECAWLJDB"), local
// companies YYYYNNNNNC (weights 10,8,6,4,9,7,5,3,1, "ZKCMDNERGWH"), other entities TYYPQNNNNC
// (R/S/T for 18/19/20, year, entity type, serial; weights 4,3,5,3,10,2,2,5,7 over the alphabet
// below, (sum - 5) mod 11). The check is the remainder's letter.
bool sgUenValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (v.size() == 9) {
        static constexpr std::array<int, 8> weights{10, 4, 9, 3, 8, 2, 7, 1};
        return "XMKECAWLJDB"[weightedSum(v, weights) % 11] == v[8];
    }
    if (v.size() != 10) {
        return false;
    }
    if (isDigit(v[0])) {
        static constexpr std::array<int, 9> weights{10, 8, 6, 4, 9, 7, 5, 3, 1};
        return "ZKCMDNERGWH"[weightedSum(v, weights) % 11] == v[9];
    }
    static constexpr std::array<std::string_view, 38> types{"CC", "CD", "CH", "CL", "CM", "CP", "CS", "CX", "DP", "FB",
                                                            "FC", "FM", "FN", "GA", "GB", "GS", "HS", "LL", "LP", "MB",
                                                            "MC", "MD", "MH", "MM", "MQ", "NB", "NR", "PA", "PB", "PF",
                                                            "RF", "RP", "SM", "SS", "TC", "TU", "VH", "XL"};
    if (std::find(types.begin(), types.end(), v.substr(3, 2)) == types.end()) {
        return false;
    }
    static constexpr std::string_view alphabet = "ABCDEFGHJKLMNPQRSTUVWX0123456789";
    static constexpr std::array<int, 9> weights{4, 3, 5, 3, 10, 2, 2, 5, 7};
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i) {
        const auto k = alphabet.find(v[i]);
        if (k == std::string_view::npos) {
            return false; // I, O, Y, Z are not in the alphabet
        }
        sum += static_cast<int>(k) * weights[i];
    }
    return alphabet[static_cast<std::size_t>(((sum - 5) % 11 + 11) % 11)] == v[9];
}

// Indian GSTIN: state code (01-38, 97 other territory, 99 centre jurisdiction; the pattern checks
// it), the holder's PAN (serial not 0000), registration count, 'Z', check character: Luhn mod 36
// over 0-9A-Z (factors 1, 2, 1, ... from the left; each product counts as product / 36 + product
// mod 36; check = (36 - sum mod 36) mod 36).
bool inGstinValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (v.size() != 15 || v.substr(7, 4) == "0000") {
        return false;
    }
    static constexpr std::string_view alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    int sum = 0;
    for (std::size_t i = 0; i < 14; ++i) {
        const auto k = alphabet.find(v[i]);
        if (k == std::string_view::npos) {
            return false;
        }
        const int product = static_cast<int>(k) * (i % 2 == 0 ? 1 : 2);
        sum += product / 36 + product % 36;
    }
    return alphabet[static_cast<std::size_t>((36 - sum % 36) % 36)] == v[14];
}

constexpr std::array<NamedValidator, 47> validators{{
    {"ca-sin", &caSinValidator},
    {"pl-pesel", &plPeselValidator},
    {"za-id", &zaIdValidator},
    {"sg-nric", &sgNricValidator},
    {"fi-hetu", &fiHetuValidator},
    {"es-nif", &esNifValidator},
    {"tr-kimlik", &trKimlikValidator},
    {"us-ssn", &usSsnValidator},
    {"us-itin", &usItinValidator},
    {"us-mbi", &usMbiValidator},
    {"us-npi", &usNpiValidator},
    {"us-dea", &usDeaValidator},
    {"uk-nino", &ukNinoValidator},
    {"uk-nhs", &ukNhsValidator},
    {"uk-driving-licence", &ukDrivingLicenceValidator},
    {"uk-vehicle-registration", &ukVehicleRegValidator},
    {"se-personnummer", &sePersonnummerValidator},
    {"se-organisationsnummer", &seOrgNummerValidator},
    {"de-steuer-id", &deSteuerIdValidator},
    {"de-steuernummer", &deSteuernummerValidator},
    {"de-vat", &deVatValidator},
    {"de-kvnr", &deKvnrValidator},
    {"de-rvnr", &deRvnrValidator},
    {"de-lanr", &deLanrValidator},
    {"de-kfz", &deKfzValidator},
    {"fr-nir", &frNirValidator},
    {"fr-siren", &frSirenValidator},
    {"fr-vat", &frVatValidator},
    {"document-number", &docNumberValidator},
    {"birth-date", &birthDateValidator},
    {"kr-rrn", &krRrnValidator},
    {"kr-frn", &krFrnValidator},
    {"th-tnin", &thTninValidator},
    {"in-aadhaar", &inAadhaarValidator},
    {"in-pan", &inPanValidator},
    {"in-gstin", &inGstinValidator},
    {"it-codice-fiscale", &itCodiceFiscaleValidator},
    {"au-tfn", &auTfnValidator},
    {"au-medicare", &auMedicareValidator},
    {"au-abn", &auAbnValidator},
    {"au-acn", &auAcnValidator},
    {"kr-brn", &krBrnValidator},
    {"kr-driver-license", &krDriverLicenseValidator},
    {"in-voter-id", &inVoterIdValidator},
    {"in-vehicle-registration", &inVehicleRegistrationValidator},
    {"ng-nin", &ngNinValidator},
    {"sg-uen", &sgUenValidator},
}};

} // namespace

namespace Validators {

bool validDayMonth(int day, int month, int year)
{
    static constexpr std::array<int, 12> days{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && day == 29 && year >= 1000) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }
    return month >= 1 && month <= 12 && day >= 1 && day <= days[static_cast<std::size_t>(month - 1)];
}

bool usSsnValid(std::string_view d)
{
    if (d.size() != 9 || !allDigits(d)) {
        return false;
    }
    const int area = prefixNumber(d, 3);
    const int group = prefixNumber(d.substr(3), 2);
    const int serial = prefixNumber(d.substr(5), 4);
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
        return false;
    }
    // All one digit ("111-11-1111") is a placeholder, never issued.
    return !allSame(d);
}

} // namespace Validators

std::span<const NamedValidator> ValidatorFamilies::identity()
{
    return validators;
}
