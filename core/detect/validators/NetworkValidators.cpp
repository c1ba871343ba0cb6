// SPDX-License-Identifier: GPL-3.0-or-later
// Network identifiers: IP addresses.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <array>
#include <string>
#include <vector>

using namespace CharClass;

namespace {

bool ipv4Validator(Candidate& cand)
{
    const std::string_view text = cand.text;
    std::size_t& begin = cand.begin;
    std::size_t& end = cand.end;
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

constexpr std::array<NamedValidator, 1> validators{{
    {"ipv4", &ipv4Validator},
}};

} // namespace

std::span<const NamedValidator> ValidatorFamilies::network()
{
    return validators;
}
