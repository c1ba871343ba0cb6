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

constexpr NamedValidator validators[] = {
    {"uk-postcode", &ukPostcodeValidator},
};

} // namespace

std::span<const NamedValidator> ValidatorFamilies::location()
{
    return validators;
}
