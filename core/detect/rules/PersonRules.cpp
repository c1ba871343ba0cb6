// SPDX-License-Identifier: GPL-3.0-or-later
// Names of people, without a model: name dictionaries, titles, greetings and signatures.
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

std::vector<Rule> RuleFamilies::person()
{
    const std::vector<std::string> nameContext{"dear",    "mr",        "mrs",       "ms",     "dr",      "patient",
                                               "name",    "regards",   "sincerely", "signed", "contact", "customer",
                                               "client",  "employee",  "hello",     "hi",     "from",    "cc",
                                               "manager", "colleague", "applicant", "tenant", "member",  "user"};
    std::vector<Rule> r;
    r.push_back({
        .id = "person-name",
        .type = EntityType::Person,
        .category = Category::Pii,
        // Two or three capitalised words; the validator wants a known first name (1990 US Census
        // lists) and scores a known surname higher.
        .pattern = R"(\b[A-Z][a-z]{1,20}(?: [A-Z]\.)?(?: (?:O'|D'|Mc|Mac)?[A-Z][a-z\-]{1,25}){1,2}\b)",
        .prefilter = R"(\b[A-Z][a-z]+ (?:[A-Z]\. )?(?:O'|D'|Mc|Mac)?[A-Z])",
        .validator = "person-name",
        .contextWords = nameContext,
        .baseScore = 0.45,
        .reason = SCRIM_TR_NOOP("Rules", "Name of a person"),
    });
    r.push_back({
        .id = "person-after-title",
        .type = EntityType::Person,
        .category = Category::Pii,
        .pattern =
            R"(\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Fru|Mme|Mlle)\.?[ \t]+([A-Z][a-zA-Z'\-]{1,25}(?:[ \t]+[A-Z][a-zA-Z'\-]{1,25})?))",
        .prefilter = R"(\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Fru|Mme|Mlle)\.?[ \t]+[A-Z])",
        .validator = "person-after-title",
        .contextWords = nameContext,
        .baseScore = 0.7,
        .reason = SCRIM_TR_NOOP("Rules", "Name after a title (Mr, Dr, …)"),
    });
    r.push_back({
        .id = "person-signature",
        .type = EntityType::Person,
        .category = Category::Pii,
        // A line holding only a name, right under a sign-off ("Regards,").
        .pattern = R"((?m)^[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z][a-zA-Z'\-]+){0,2})[ \t]*$)",
        .validator = "person-signature",
        .baseScore = 0.75,
        .reason = SCRIM_TR_NOOP("Rules", "Name under a sign-off"),
    });
    return r;
}
