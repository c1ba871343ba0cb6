// SPDX-License-Identifier: GPL-3.0-or-later
// National identifiers.
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

std::vector<Rule> RuleFamilies::identity()
{
    std::vector<Rule> r;
    r.push_back({
        .id = "us-ssn",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b(?:[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4})\b)",
        .validator = "us-ssn",
        .contextWords = {"ssn", "social security", "ss#", "ssa", "tax id", "taxpayer"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "US Social Security number"),
    });
    r.push_back({
        .id = "us-ssn-unformatted",
        .type = EntityType::NationalId,
        .category = Category::Pii,
        .pattern = R"(\b[0-9]{9}\b)",
        .validator = "us-ssn",
        .contextWords = {"ssn", "social security", "ss#", "ssa"},
        .baseScore = 0.2,
        .contextBoost = 0.45,
        .reason = SCRIM_TR_NOOP("Rules", "Nine-digit number near words such as 'SSN' or 'social security'"),
    });
    return r;
}
