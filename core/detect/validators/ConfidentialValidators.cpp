// SPDX-License-Identifier: GPL-3.0-or-later
// Confidential business markings.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <array>
#include <string>

using namespace CharClass;

namespace {

// A marking written in capitals ("CONFIDENTIAL", "INTERNAL ONLY") is a label, not prose.
// A marking that is denied is none: "This is not confidential", "nicht vertraulich", "inte
// konfidentiell", "non confidentiel" / "pas confidentiel".
bool deniedMarking(const Candidate& cand)
{
    std::size_t b = cand.begin;
    while (b > 0 && (cand.text[b - 1] == ' ' || cand.text[b - 1] == '\t')) {
        --b;
    }
    std::size_t w = b;
    while (w > 0 && isAlpha(cand.text[w - 1])) {
        --w;
    }
    if (w == b || (w > 0 && isAlnum(cand.text[w - 1]))) {
        return false;
    }
    std::string word(cand.text.substr(w, b - w));
    for (char& c : word) {
        c = toLower(c);
    }
    return word == "not" || word == "nicht" || word == "inte" || word == "non" || word == "pas" || word == "never";
}

bool markingValidator(Candidate& cand)
{
    if (deniedMarking(cand)) {
        return false;
    }
    bool anyLower = false;
    bool anyUpper = false;
    for (const char c : cand.value()) {
        anyLower = anyLower || isLower(c);
        anyUpper = anyUpper || isUpper(c);
    }
    if (anyUpper && !anyLower) {
        cand.scoreDelta += 0.3;
    }
    return true;
}

constexpr std::array<NamedValidator, 1> validators{{
    {"marking", &markingValidator},
}};

} // namespace

std::span<const NamedValidator> ValidatorFamilies::confidential()
{
    return validators;
}
