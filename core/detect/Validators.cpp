// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/Validators.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isAlnum(char c)
{
    return isDigit(c) || isUpper(c) || isLower(c);
}
char toUpper(char c)
{
    return isLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}
char toLower(char c)
{
    return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
int prefixNumber(std::string_view digits, std::size_t n)
{
    int v = 0;
    for (std::size_t i = 0; i < n && i < digits.size(); ++i) {
        v = v * 10 + (digits[i] - '0');
    }
    return v;
}
bool allSame(std::string_view s)
{
    for (const char c : s) {
        if (c != s.front()) {
            return false;
        }
    }
    return true;
}

// ---- payment cards ----

// Digits of the candidate, and for each digit the byte offset just after it (to map a shorter
// digit prefix back to a span).
// Separated card numbers are written in the issuers' groupings: fours (the last group may be
// shorter: 4-4-4-4-3 for 19 digits), 4-6-5 (American Express) or 4-6-4 (Diners Club).
bool cardGrouping(const std::vector<int>& groups)
{
    if (groups.size() <= 1) {
        return true;
    }
    if (groups.size() == 3 && groups[0] == 4 && groups[1] == 6 && (groups[2] == 5 || groups[2] == 4)) {
        return true;
    }
    for (std::size_t g = 0; g + 1 < groups.size(); ++g) {
        if (groups[g] != 4) {
            return false;
        }
    }
    return groups.back() >= 1 && groups.back() <= 4;
}

bool cardValidator(std::string_view text, std::size_t& begin, std::size_t& end)
{
    // The digit part of an IBAN ("DE31 5452 7919 …") is not a card.
    if (begin >= 5 && text[begin - 1] == ' ' && isUpper(text[begin - 5]) && isUpper(text[begin - 4])
        && isDigit(text[begin - 3]) && isDigit(text[begin - 2]) && (begin == 5 || !isAlnum(text[begin - 6]))) {
        return false;
    }
    std::string digits;
    std::array<std::size_t, 32> endAt{};
    std::vector<int> groups{0};
    for (std::size_t i = begin; i < end; ++i) {
        if (isDigit(text[i])) {
            if (digits.size() >= endAt.size()) {
                return false;
            }
            endAt[digits.size()] = i + 1;
            digits.push_back(text[i]);
            ++groups.back();
        } else {
            groups.push_back(0);
        }
    }
    // The whole run, or the run without its last group: one trailing group that is not part of
    // the card (a CVV or an amount typed after it) must not hide the card.
    for (int attempt = 0; attempt < 2 && !groups.empty(); ++attempt) {
        std::size_t n = 0;
        for (const int g : groups) {
            n += static_cast<std::size_t>(g);
        }
        const std::string_view d(digits.data(), n);
        if (n >= 12 && cardGrouping(groups) && !allSame(d) && Validators::knownCardIssuer(d) && Validators::luhn(d)) {
            end = endAt[n - 1];
            return true;
        }
        groups.pop_back();
    }
    return false;
}

// ---- IBAN ----

bool ibanValidator(std::string_view text, std::size_t& begin, std::size_t& end)
{
    std::string compact;
    std::array<std::size_t, 40> endAt{};
    for (std::size_t i = begin; i < end; ++i) {
        const char c = text[i];
        if (c == ' ') {
            continue;
        }
        if (compact.size() >= endAt.size()) {
            break;
        }
        endAt[compact.size()] = i + 1;
        compact.push_back(toUpper(c));
    }
    if (compact.size() < 4) {
        return false;
    }
    const int len = Validators::ibanLength(std::string_view(compact).substr(0, 2));
    if (len == 0 || static_cast<int>(compact.size()) < len) {
        return false;
    }
    compact.resize(static_cast<std::size_t>(len));
    if (!Validators::ibanValid(compact)) {
        return false;
    }
    end = endAt[static_cast<std::size_t>(len) - 1];
    // The value must not continue into a letter or digit (a longer token is not an IBAN).
    return end >= text.size() || !isAlnum(text[end]);
}

// ---- US SSN ----

bool usSsnValidator(std::string_view text, std::size_t& begin, std::size_t& end)
{
    std::string digits;
    for (std::size_t i = begin; i < end; ++i) {
        if (isDigit(text[i])) {
            digits.push_back(text[i]);
        }
    }
    if (digits.size() != 9) {
        return false;
    }
    // Digit runs glued to more digits or dashes are part of something longer (a phone, an id).
    if (begin > 0 && (isDigit(text[begin - 1]) || text[begin - 1] == '-')) {
        return false;
    }
    if (end < text.size()
        && (isDigit(text[end]) || (text[end] == '-' && end + 1 < text.size() && isDigit(text[end + 1])))) {
        return false;
    }
    return Validators::usSsnValid(digits);
}

// ---- E.164 phone ----

bool e164Validator(std::string_view text, std::size_t& begin, std::size_t& end)
{
    // Trim separators the pattern may have taken at the end.
    while (end > begin && !isDigit(text[end - 1]) && text[end - 1] != ')') {
        --end;
    }
    int digits = 0;
    int open = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            ++digits;
        } else if (c == '(') {
            ++open;
        } else if (c == ')') {
            if (--open < 0) {
                return false;
            }
        }
    }
    if (open != 0 || digits < 8 || digits > 15) {
        return false;
    }
    if (begin > 0 && isAlnum(text[begin - 1])) {
        return false;
    }
    return end >= text.size() || !isDigit(text[end]);
}

// ---- IPv4 ----

bool ipv4Validator(std::string_view text, std::size_t& begin, std::size_t& end)
{
    // Part of a longer dotted run (a version number "1.2.3.4.5", an OID) is not an address.
    if (begin > 0 && (isDigit(text[begin - 1]) || (text[begin - 1] == '.' && begin > 1 && isDigit(text[begin - 2])))) {
        return false;
    }
    if (end < text.size() && text[end] == '.' && end + 1 < text.size() && isDigit(text[end + 1])) {
        return false;
    }
    int octets = 0;
    std::size_t i = begin;
    while (i < end && octets < 4) {
        const std::size_t start = i;
        int v = 0;
        while (i < end && isDigit(text[i])) {
            v = v * 10 + (text[i] - '0');
            ++i;
        }
        const std::size_t len = i - start;
        if (len == 0 || len > 3 || v > 255 || (len > 1 && text[start] == '0')) {
            return false;
        }
        ++octets;
        if (octets < 4) {
            if (i >= end || text[i] != '.') {
                return false;
            }
            ++i;
        }
    }
    return octets == 4;
}

// ---- e-mail ----

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (toLower(s[i]) != prefix[i]) {
            return false;
        }
    }
    return true;
}

bool emailValidator(std::string_view text, std::size_t& begin, std::size_t& end)
{
    const std::string_view v = text.substr(begin, end - begin);
    const auto at = v.rfind('@');
    if (at == std::string_view::npos || at == 0 || at > 64) {
        return false; // RFC 5321: the local part has at most 64 octets
    }
    const std::string_view local = v.substr(0, at);
    const std::string_view domain = v.substr(at + 1);
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos
        || domain.size() > 253) {
        return false;
    }
    std::size_t labelStart = 0;
    for (std::size_t i = 0; i <= domain.size(); ++i) {
        if (i == domain.size() || domain[i] == '.') {
            if (i - labelStart > 63) {
                return false;
            }
            labelStart = i + 1;
        }
    }
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos) {
        return false;
    }
    std::string tld;
    for (const char c : domain.substr(dot + 1)) {
        tld.push_back(toLower(c));
    }
    // Letters only, or an internationalised TLD in its ASCII (punycode) form.
    if (!tld.starts_with("xn--")) {
        if (tld.size() < 2 || tld.size() > 24) {
            return false;
        }
        for (const char c : tld) {
            if (!isLower(c)) {
                return false;
            }
        }
    }
    // File names that look like addresses ("logo@2x.png") are the common false positive.
    static constexpr std::array<std::string_view, 14> fileExtensions{
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "json", "html", "txt", "yaml"};
    for (const auto ext : fileExtensions) {
        if (tld == ext) {
            return false;
        }
    }
    // Mail headers that carry message identifiers, not mailboxes.
    std::size_t lineStart = begin;
    while (lineStart > 0 && begin - lineStart < 256 && text[lineStart - 1] != '\n') {
        --lineStart;
    }
    const std::string_view line = text.substr(lineStart, begin - lineStart);
    for (const auto header : {std::string_view("message-id:"),
                              std::string_view("in-reply-to:"),
                              std::string_view("references:"),
                              std::string_view("content-id:")}) {
        if (startsWithNoCase(line, header)) {
            return false;
        }
    }
    return true;
}

// ---- secrets ----

bool awsKeyIdValidator(std::string_view text, std::size_t& begin, std::size_t& end)
{
    const std::string_view v = text.substr(begin, end - begin);
    // AWS's documented placeholder keys end in EXAMPLE; "AKIAXXXXXXXXXXXXXXXX" and the like are
    // placeholders too. Sixteen random base32 characters carry about 3.5 bits each.
    if (v.size() >= 7 && v.substr(v.size() - 7) == "EXAMPLE") {
        return false;
    }
    return Validators::shannonEntropy(v.substr(4)) >= 2.5;
}

bool randomTokenValidator(std::string_view text, std::size_t& begin, std::size_t& end)
{
    // The payload after the prefix must look random: placeholders ("ghp_xxxx…", "…1234567890")
    // have low entropy. A random base62 string of 30+ characters has well over 4 bits each;
    // ten digits repeated have 3.3.
    std::string_view v = text.substr(begin, end - begin);
    const auto us = v.rfind('_');
    if (us != std::string_view::npos) {
        v = v.substr(us + 1);
    }
    const double needed = v.size() >= 30 ? 4.0 : 3.0;
    return v.size() >= 16 && Validators::shannonEntropy(v) >= needed;
}

bool jwtValidator(std::string_view text, std::size_t& begin, std::size_t& end)
{
    const std::string_view v = text.substr(begin, end - begin);
    const auto dot1 = v.find('.');
    if (dot1 == std::string_view::npos) {
        return false;
    }
    const auto dot2 = v.find('.', dot1 + 1);
    if (dot2 == std::string_view::npos) {
        return false;
    }
    std::string header;
    std::string payload;
    if (!Validators::base64Decode(v.substr(0, dot1), header)
        || !Validators::base64Decode(v.substr(dot1 + 1, dot2 - dot1 - 1), payload)) {
        return false;
    }
    return header.starts_with('{') && payload.starts_with('{')
           && (header.find("\"alg\"") != std::string::npos || header.find("\"typ\"") != std::string::npos);
}

bool pemValidator(std::string_view text, std::size_t& begin, std::size_t& end)
{
    // Skip the header line, then require a key body: enough base64 that is not a placeholder.
    const std::string_view v = text.substr(begin, end - begin);
    const auto headerEnd = v.find("-----", 5);
    if (headerEnd == std::string_view::npos) {
        return false;
    }
    std::string body;
    for (std::size_t i = headerEnd + 5; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '-' && v.substr(i).starts_with("-----END")) {
            break;
        }
        // "\n" written as two characters inside a JSON string is not key material.
        if (c == '\\' && i + 1 < v.size() && v[i + 1] == 'n') {
            ++i;
            continue;
        }
        if (isAlnum(c) || c == '+' || c == '/') {
            body.push_back(c);
        }
    }
    return body.size() >= 64 && Validators::shannonEntropy(body) >= 4.0;
}

constexpr std::array<std::pair<std::string_view, ValidatorFn>, 10> registry{{
    {"luhn", &cardValidator},
    {"iban", &ibanValidator},
    {"us-ssn", &usSsnValidator},
    {"e164", &e164Validator},
    {"ipv4", &ipv4Validator},
    {"email", &emailValidator},
    {"aws-key-id", &awsKeyIdValidator},
    {"random-token", &randomTokenValidator},
    {"jwt", &jwtValidator},
    {"pem-block", &pemValidator},
}};

struct IbanCountry
{
    char code[3];
    int length;
};

// ISO 13616 registry lengths (SWIFT IBAN registry), including the countries that publish IBANs
// without being in the registry (many African states, Iran).
constexpr IbanCountry ibanCountries[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AO", 25}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BF", 28},
    {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BJ", 28}, {"BR", 29}, {"BY", 28}, {"CF", 27}, {"CG", 27}, {"CH", 21},
    {"CI", 28}, {"CM", 27}, {"CR", 22}, {"CV", 25}, {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18},
    {"DO", 28}, {"DZ", 26}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27},
    {"GA", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GQ", 27}, {"GR", 27}, {"GT", 28}, {"GW", 25},
    {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IR", 26}, {"IS", 26}, {"IT", 27},
    {"JO", 30}, {"KM", 27}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"LY", 25}, {"MA", 28}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MG", 27}, {"MK", 19}, {"ML", 28},
    {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"MZ", 25}, {"NE", 28}, {"NI", 28}, {"NL", 18}, {"NO", 15},
    {"OM", 23}, {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33},
    {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SN", 28}, {"SO", 23},
    {"ST", 25}, {"SV", 28}, {"TD", 27}, {"TG", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22},
    {"VG", 24}, {"XK", 20}, {"YE", 30},
};

} // namespace

namespace Validators {

ValidatorFn byName(std::string_view name)
{
    for (const auto& [n, fn] : registry) {
        if (n == name) {
            return fn;
        }
    }
    return nullptr;
}

std::vector<std::string_view> names()
{
    std::vector<std::string_view> out;
    for (const auto& entry : registry) {
        out.push_back(entry.first);
    }
    return out;
}

bool luhn(std::string_view digits)
{
    if (digits.empty()) {
        return false;
    }
    int sum = 0;
    bool dbl = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (!isDigit(*it)) {
            return false;
        }
        int d = *it - '0';
        if (dbl) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

bool knownCardIssuer(std::string_view d)
{
    const auto n = d.size();
    if (n < 12 || n > 19) {
        return false;
    }
    const int p1 = prefixNumber(d, 1);
    const int p2 = prefixNumber(d, 2);
    const int p3 = prefixNumber(d, 3);
    const int p4 = prefixNumber(d, 4);
    const int p6 = prefixNumber(d, 6);
    if (p1 == 4) { // Visa
        return n == 13 || n == 16 || n == 19;
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) { // Mastercard
        return n == 16;
    }
    if (p2 == 34 || p2 == 37) { // American Express
        return n == 15;
    }
    if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) { // Discover
        return n >= 16;
    }
    if (p4 >= 3528 && p4 <= 3589) { // JCB
        return n >= 16;
    }
    if ((p3 >= 300 && p3 <= 305) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39) { // Diners Club
        return n >= 14;
    }
    if (p2 == 62 || p2 == 81) { // UnionPay
        return n >= 16;
    }
    if (p4 >= 2200 && p4 <= 2204) { // Mir
        return n >= 16;
    }
    if (p2 == 50 || (p2 >= 56 && p2 <= 69)) { // Maestro and other debit ranges
        return n >= 12;
    }
    if (p1 == 1) { // UATP
        return n == 15;
    }
    return false;
}

int ibanLength(std::string_view cc)
{
    if (cc.size() != 2) {
        return 0;
    }
    for (const auto& c : ibanCountries) {
        if (c.code[0] == cc[0] && c.code[1] == cc[1]) {
            return c.length;
        }
    }
    return 0;
}

bool ibanValid(std::string_view s)
{
    const int len = ibanLength(s.substr(0, std::min<std::size_t>(2, s.size())));
    if (len == 0 || static_cast<int>(s.size()) != len || !isDigit(s[2]) || !isDigit(s[3])) {
        return false;
    }
    // Move the first four characters to the end, letters become 10..35, then mod 97 piecewise.
    int mod = 0;
    for (std::size_t k = 0; k < s.size(); ++k) {
        const char c = s[(k + 4) % s.size()];
        if (isDigit(c)) {
            mod = (mod * 10 + (c - '0')) % 97;
        } else if (isUpper(c)) {
            const int v = c - 'A' + 10;
            mod = (mod * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return mod == 1;
}

bool usSsnValid(std::string_view d)
{
    if (d.size() != 9) {
        return false;
    }
    for (const char c : d) {
        if (!isDigit(c)) {
            return false;
        }
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

double shannonEntropy(std::string_view s)
{
    if (s.empty()) {
        return 0.0;
    }
    std::array<int, 256> counts{};
    for (const char c : s) {
        ++counts[static_cast<unsigned char>(c)];
    }
    double h = 0.0;
    const double n = static_cast<double>(s.size());
    for (const int c : counts) {
        if (c > 0) {
            const double p = c / n;
            h -= p * std::log2(p);
        }
    }
    return h;
}

bool base64Decode(std::string_view in, std::string& out)
{
    out.clear();
    std::uint32_t acc = 0;
    int bits = 0;
    for (const char c : in) {
        int v;
        if (isUpper(c)) {
            v = c - 'A';
        } else if (isLower(c)) {
            v = c - 'a' + 26;
        } else if (isDigit(c)) {
            v = c - '0' + 52;
        } else if (c == '+' || c == '-') {
            v = 62;
        } else if (c == '/' || c == '_') {
            v = 63;
        } else if (c == '=') {
            break;
        } else {
            return false;
        }
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    return true;
}

} // namespace Validators
