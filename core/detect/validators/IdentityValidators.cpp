// SPDX-License-Identifier: GPL-3.0-or-later
// National identifiers.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <array>
#include <string>
#include <vector>

using namespace CharClass;

namespace {

bool usSsnValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    std::size_t& begin = cand.begin;
    std::size_t& end = cand.end;
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

constexpr std::array<NamedValidator, 1> validators{{
    {"us-ssn", &usSsnValidator},
}};

} // namespace

namespace Validators {

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

} // namespace Validators

std::span<const NamedValidator> ValidatorFamilies::identity()
{
    return validators;
}
