// SPDX-License-Identifier: GPL-3.0-or-later
// Confidential business markings.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <array>

using namespace CharClass;

namespace {

// A marking written in capitals ("CONFIDENTIAL", "INTERNAL ONLY") is a label, not prose.
bool markingValidator(Candidate& cand)
{
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
