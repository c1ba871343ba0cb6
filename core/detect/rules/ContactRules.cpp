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
        // matching starts the value where its run of local-part characters starts. An apostrophe
        // stands inside a local part ("o'brien@…"), never first. Labels may hold letters beyond
        // ASCII ("info@müller-gmbh.de", RFC 6531); the top level is ASCII or its xn-- form. Lengths
        // (local part, labels) are checked by the validator: bounded repeats here make RE2 build
        // a much larger DFA on first use.
        .pattern =
            R"([\p{L}\p{N}][\p{L}\p{N}._%+\-']*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.)+(?:xn--[A-Za-z0-9\-]+|[A-Za-z]{2,24})\b)",
        .prefilter = R"(@[\p{L}\p{N}])",
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
    r.push_back({
        .id = "phone-international-00",
        .type = EntityType::Phone,
        .category = Category::Pii,
        // "0046 70 123 45 67": the international form with 00 for "+".
        .pattern = R"(\b00[1-9][0-9]{0,3}(?:[ .\-]?\(?[0-9]{1,5}\)?){1,6})",
        // The validator wants 8 digits after the 00: a cluster of 10, so the rule runs only on
        // lines with one (DigitCluster).
        .prefilter = R"(\b00[1-9](?:[ .\-()]*[0-9]){7})",
        .validator = "phone-00",
        .contextWords = {"phone", "tel", "mobile", "cell", "call", "fax", "whatsapp", "number", "telefon", "ring"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Phone number in international form with the 00 prefix"),
    });
    // National formats. "account"/"acct" near a number make it an account number instead
    // (PaymentRules: bank-account-context).
    const std::vector<std::string> phoneWords = {"phone",
                                                 "tel",
                                                 "telephone",
                                                 "mobile",
                                                 "cell",
                                                 "fax",
                                                 "whatsapp",
                                                 "telefon",
                                                 "telefonnummer",
                                                 "handy",
                                                 "mobil",
                                                 "tél",
                                                 "téléphone",
                                                 "portable",
                                                 "mobilnummer",
                                                 "ring"};
    const std::vector<std::string> notPhoneWords = {"account",
                                                    "acct",
                                                    "a/c",
                                                    "konto",
                                                    "kontonummer",
                                                    "compte",
                                                    "order",
                                                    "invoice",
                                                    // Order, customer and invoice numbers in DE, SE, FR.
                                                    "bestellnummer",
                                                    "bestellung",
                                                    "kundennummer",
                                                    "rechnung",
                                                    "rechnungsnummer",
                                                    "auftragsnummer",
                                                    "ordernummer",
                                                    "order nr",
                                                    "kundnummer",
                                                    "fakturanummer",
                                                    "faktura",
                                                    "commande",
                                                    "facture",
                                                    "référence",
                                                    "reference",
                                                    "ref",
                                                    "ssn",
                                                    "routing",
                                                    "iban",
                                                    "nhs",
                                                    "isbn"};
    // Digits found only by a word such as "phone" nearby: a ticket's or a claim's number is that
    // ("Mobile 0171 …, Ticket 2025-0311-88420"). Not for numbers in a phone format of their own.
    std::vector<std::string> notPhoneContextWords = notPhoneWords;
    notPhoneContextWords.insert(notPhoneContextWords.end(), {"ticket", "claim", "case number", "ärende", "vorgang"});
    r.push_back({
        .id = "phone-us",
        .type = EntityType::Phone,
        .category = Category::Pii,
        // NANP: area code and exchange start with 2-9; (415) 555-0132, 415-555-0132, 415.555.0132.
        .pattern = R"((?:\b1[ .\-]?)?(?:\([2-9][0-9]{2}\) ?|\b[2-9][0-9]{2}[ .\-])[2-9][0-9]{2}[ .\-][0-9]{4}\b)",
        .validator = "phone-national",
        .contextWords = phoneWords,
        .baseScore = 0.55,
        .negativeWords = notPhoneWords,
        .reason = SCRIM_TR_NOOP("Rules", "US phone number (NANP format)"),
    });
    r.push_back({
        .id = "phone-national",
        .type = EntityType::Phone,
        .category = Category::Pii,
        // Trunk prefix 0 and an area code, then digit groups: UK 020 7946 0958 / 07700 900123,
        // DE 030 1234567 / 0171-1234567 / (089) 123456, SE 08-123 456 78 / 070-123 45 67,
        // FR 01 23 45 67 89 / 06.12.34.56.78.
        .pattern = R"((?:\(0[1-9][0-9]{0,4}\)|\b0[ \-]?\(?[1-9][0-9]{0,4}\)?)(?:[ ./\-]?[0-9]{2,8}){1,5})",
        // A trunk 0, a non-zero digit and six more digit characters; dates and times break the run.
        .prefilter = R"((?:\(0|\b0)[ \-]?\(?[1-9][0-9 ./\-()]{6})",
        .validator = "phone-national",
        .contextWords = phoneWords,
        .baseScore = 0.55,
        .negativeWords = notPhoneWords,
        .reason = SCRIM_TR_NOOP("Rules", "Phone number in national format (trunk prefix 0)"),
    });
    r.push_back({
        .id = "phone-tr",
        .type = EntityType::Phone,
        .category = Category::Pii,
        // Turkey groups its ten-digit national numbers 3-3-2-2 and often leaves out the trunk 0
        // ("532 123 45 67", "212-555-12-34"; with it they are phone-national's, as Sweden's
        // "070-123 45 67"). Without the 0, no other format read here groups ten digits so (US 3-3-4,
        // France 2-2-2-2-2), and amounts group by threes. With spaces, only a mobile operator's code
        // (501-507, 530-559, 561) stands alone: four numbers such as "256 128 32 32" are as often
        // sizes or coordinates, and an area code with spaces is found next to a phone word
        // (phone-context). With hyphens, an area code (2xx to 4xx) too. Four groups joined by dots
        // are left out, as for phone-national: they are as often a version or an address.
        .pattern =
            R"(\b(?:(?:50[1-7]|5[3-5][0-9]|561)(?: [0-9]{3} [0-9]{2} [0-9]{2}|-[0-9]{3}-[0-9]{2}-[0-9]{2})|[2-4][1-9][0-9]-[0-9]{3}-[0-9]{2}-[0-9]{2})\b)",
        .validator = "phone-national",
        .contextWords = phoneWords,
        .baseScore = 0.55,
        .negativeWords = notPhoneWords,
        .reason = SCRIM_TR_NOOP("Rules", "Phone number in 3-3-2-2 groups (Turkish format)"),
    });
    r.push_back({
        .id = "phone-context",
        .type = EntityType::Phone,
        .category = Category::Pii,
        .pattern = R"(\b[0-9](?:[ .\-]?[0-9]){6,13}\b)",
        .validator = "phone-national",
        .contextWords = phoneWords,
        .baseScore = 0.1,
        .contextBoost = 0.5,
        .negativeWords = notPhoneContextWords,
        .reason = SCRIM_TR_NOOP("Rules", "Digits next to words such as 'phone' or 'mobile'"),
    });
    return r;
}
