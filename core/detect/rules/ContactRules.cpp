// SPDX-License-Identifier: GPL-3.0-or-later
// Contact data: e-mail addresses and phone numbers.
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

std::vector<Rule> RuleFamilies::contact()
{
    std::vector<Rule> r;
    r.push_back({
        .id = "email",
        .type = EntityType::Email,
        .category = Category::Pii,
        // No \b at the start: RE2's \b is ASCII-only and would cut "jörg@…" to "rg@…"; leftmost
        // matching starts the value where its run of local-part characters starts. Lengths
        // (local part, labels) are checked by the validator: bounded repeats here make RE2 build
        // a much larger DFA on first use.
        .pattern =
            R"([\p{L}\p{N}][\p{L}\p{N}._%+\-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+(?:xn--[A-Za-z0-9\-]+|[A-Za-z]{2,24})\b)",
        .validator = "email",
        .contextWords = {"email", "e-mail", "mail", "contact"},
        .baseScore = 0.85,
        .reason = SCRIM_TR_NOOP("Rules", "E-mail address"),
    });
    r.push_back({
        .id = "phone-e164",
        .type = EntityType::Phone,
        .category = Category::Pii,
        .pattern = R"(\+[1-9][0-9]{0,3}(?:[ .\-]?\(?[0-9]{1,5}\)?){1,6})",
        .validator = "e164",
        .contextWords = {"phone", "tel", "mobile", "cell", "call", "fax", "whatsapp", "number"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Phone number in international (E.164) form"),
    });
    return r;
}
