// SPDX-License-Identifier: GPL-3.0-or-later
// Confidential business markings and prompt-injection text.
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

std::vector<Rule> RuleFamilies::confidential()
{
    std::vector<Rule> r;
    r.push_back({
        .id = "confidential-marking",
        .type = EntityType::OrgConfidential,
        .category = Category::Confidential,
        .pattern =
            R"((?i)\b(?:strictly confidential|company confidential|proprietary and confidential|privileged and confidential|confidential|internal use only|for internal use only|internal only|do not distribute|not for distribution|attorney[- ]client privileged?|attorney[- ]client privilege|trade secrets?|under nda|embargoed|streng vertraulich|vertraulich|nur für den internen gebrauch|strikt konfidentiellt?|konfidentiellt?|sekretessbelagd|endast för internt bruk|strictement confidentiel|confidentiel|usage interne|secret des affaires)\b)",
        .validator = "marking",
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Confidentiality marking"),
    });
    r.push_back({
        .id = "prompt-injection",
        .type = EntityType::PromptInjection,
        .category = Category::Injection,
        .pattern =
            R"((?i)\b(?:ignore|disregard|forget|override)[ \t]+(?:all[ \t]+|any[ \t]+|the[ \t]+|your[ \t]+)?(?:previous|prior|above|earlier|preceding|system|original)[ \t]+(?:instructions?|prompts?|rules|directions|messages?)\b|\b(?:reveal|print|show|repeat|output)[ \t]+(?:me[ \t]+)?(?:your|the)[ \t]+(?:system|hidden|initial)[ \t]+(?:prompt|instructions?)\b|\byou[ \t]+are[ \t]+now[ \t]+(?:dan|in[ \t]+developer[ \t]+mode|jailbroken|unrestricted)\b|\bdo[ \t]+anything[ \t]+now\b)"
            // Indirect: a note for the AI hidden in a document, or one that overrides the user.
            R"(|(?i)\b(?:note|message|instructions?)[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?(?:ai|assistant|llm|language[ \t]+model|chatbot)\b)"
            R"(|(?i)\b(?:ignore|disregard)[ \t]+(?:the[ \t]+)?user(?:'s|s')?[ \t]+(?:request|instructions?|question|prompt)\b)"
            R"(|(?i)\bdo[ \t]+not[ \t]+(?:mention|reveal|disclose)[ \t]+(?:this|these)[ \t]+(?:note|notes|instructions?|message)\b)"
            // German, French and Swedish.
            R"(|(?i)\b(?:ignoriere|ignorieren[ \t]+sie|vergiss|vergessen[ \t]+sie|missachte)[ \t]+(?:alle[ \t]+|die[ \t]+|deine[ \t]+|ihre[ \t]+)*(?:vorherigen|bisherigen|obigen|vorangegangenen|früheren|ursprünglichen)[ \t]+(?:anweisungen|instruktionen|regeln|befehle|vorgaben)\b)"
            R"(|(?i)\b(?:gib|zeig|zeige)[ \t]+(?:mir[ \t]+)?(?:dein|deinen|den)[ \t]+system-?prompt\b)"
            R"(|(?i)\b(?:ignore|ignorez|ignores|oublie|oubliez)[ \t]+(?:toutes[ \t]+)?(?:les|tes|vos)[ \t]+(?:instructions|consignes|règles)[ \t]+(?:précédentes|antérieures|ci-dessus|initiales)\b)"
            R"(|(?i)\b(?:ignorera|glöm)[ \t]+(?:alla[ \t]+)?(?:tidigare|föregående|ovanstående|dina)[ \t]+(?:instruktioner|regler|anvisningar)\b)",
        .baseScore = 0.7,
        .reason = SCRIM_TR_NOOP("Rules", "Text that tries to override an AI assistant's instructions"),
    });
    return r;
}
