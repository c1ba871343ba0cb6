// SPDX-License-Identifier: GPL-3.0-or-later
// Where people live: UK postcodes.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <algorithm>
#include <array>
#include <string_view>

using namespace CharClass;

namespace {

// The postcode areas of the United Kingdom and the Crown Dependencies (Royal Mail), sorted.
constexpr std::array<std::string_view, 124> kUkAreas{
    "AB", "AL", "B",  "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM", "CO",
    "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E",  "EC", "EH", "EN", "EX",
    "FK", "FY", "G",  "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV",
    "JE", "KA", "KT", "KW", "KY", "L",  "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M",  "ME", "MK", "ML", "N",
    "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S",
    "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN",
    "TQ", "TR", "TS", "TW", "UB", "W",  "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE"};

// Outward code "SW1A", "M1", "EC1A", "DN55" (a known area, then a district) and inward code
// "1AA"; "GIR 0AA" is the one historic exception. Written without the space ("SW1A1AA") it
// looks like many product codes, so it needs a word such as "postcode" nearby.
bool ukPostcodeValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    if (v.size() < 5) {
        return false;
    }
    const bool spaced = v.find(' ') != std::string_view::npos;
    if (v.starts_with("GIR")) {
        cand.scoreDelta = spaced ? 0.0 : -0.2;
        return v.substr(spaced ? 4 : 3) == "0AA";
    }
    std::size_t letters = 0;
    while (letters < v.size() && isUpper(v[letters])) {
        ++letters;
    }
    const std::string_view area = v.substr(0, letters);
    if (!std::binary_search(kUkAreas.begin(), kUkAreas.end(), area)) {
        return false;
    }
    cand.scoreDelta = spaced ? 0.0 : -0.2;
    return true;
}

// The length of a postal code that starts at `at` in `v` and ends at a word boundary: five digits
// (DE, FR, US; ZIP+4 too), "NNN NN" (SE) or a UK postcode with its space; 0 when there is none.
std::size_t postalCodeAt(std::string_view v, std::size_t at)
{
    const auto digitsFrom = [&](std::size_t p) {
        std::size_t n = 0;
        while (p + n < v.size() && isDigit(v[p + n])) {
            ++n;
        }
        return n;
    };
    const auto endsHere = [&](std::size_t p) { return p >= v.size() || !isAlnum(v[p]); };
    const std::size_t d = digitsFrom(at);
    if (d == 5) {
        if (at + 5 < v.size() && v[at + 5] == '-' && digitsFrom(at + 6) == 4) {
            return endsHere(at + 10) ? 10 : 0;
        }
        return endsHere(at + 5) ? 5 : 0;
    }
    if (d == 3 && at + 3 < v.size() && v[at + 3] == ' ' && digitsFrom(at + 4) == 2) {
        return endsHere(at + 6) ? 6 : 0;
    }
    // UK: area (1-2 letters), district (a digit, then maybe a digit or letter), space, inward code.
    std::size_t p = at;
    while (p < v.size() && p - at < 2 && isUpper(v[p])) {
        ++p;
    }
    if (p == at || p >= v.size() || !isDigit(v[p])) {
        return 0;
    }
    ++p;
    for (const std::size_t extra : {std::size_t{1}, std::size_t{0}}) {
        const std::size_t q = p + extra;
        if (extra == 1 && (p >= v.size() || !isAlnum(v[p]))) {
            continue;
        }
        if (q + 4 <= v.size() && v[q] == ' ' && isDigit(v[q + 1]) && isUpper(v[q + 2]) && isUpper(v[q + 3])
            && endsHere(q + 4)) {
            return q + 4 - at;
        }
    }
    return 0;
}

// An address shape becomes an address with a postal code in it ("…, 10115 Berlin", "…, OR 97403",
// "… London NW1 6XE") or on the next line (a letter's address block), or with ", Town" after the
// street. House numbers (at the start) do not count as postal codes.
bool streetAddressValidator(Candidate& cand)
{
    const std::string_view v = cand.value();
    for (std::size_t i = 1; i < v.size(); ++i) {
        if (v[i - 1] == ' ' && postalCodeAt(v, i) > 0) {
            cand.scoreDelta += 0.2;
            return true;
        }
    }
    for (std::size_t i = v.find(", "); i != std::string_view::npos; i = v.find(", ", i + 1)) {
        if (i + 2 < v.size() && isUpper(v[i + 2])) {
            cand.scoreDelta += 0.15;
            return true;
        }
    }
    // The next line of an address block: "Hauptstraße 5⏎10115 Berlin".
    const std::string_view after = cand.text.substr(cand.end, 64);
    std::size_t k = 0;
    while (k < after.size() && (after[k] == ' ' || after[k] == '\t' || after[k] == ',')) {
        ++k;
    }
    if (k < after.size() && after[k] == '\r') {
        ++k;
    }
    if (k < after.size() && after[k] == '\n') {
        ++k;
        while (k < after.size() && (after[k] == ' ' || after[k] == '\t')) {
            ++k;
        }
        if (postalCodeAt(after, k) > 0) {
            cand.scoreDelta += 0.2;
        }
    }
    return true;
}

constexpr NamedValidator validators[] = {
    {"uk-postcode", &ukPostcodeValidator},
    {"street-address", &streetAddressValidator},
};

} // namespace

std::span<const NamedValidator> ValidatorFamilies::location()
{
    return validators;
}
