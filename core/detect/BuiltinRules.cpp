// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/BuiltinRules.h"

#include "core/common/Tr.h"

namespace BuiltinRules {

std::vector<Rule> all()
{
    std::vector<Rule> r;

    // ---- PII ----
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
    r.push_back({
        .id = "ipv4",
        .type = EntityType::IpAddress,
        .category = Category::Pii,
        .pattern = R"(\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?:/(?:3[0-2]|[12]?[0-9]))?\b)",
        .validator = "ipv4",
        .contextWords = {"ip", "address", "host", "server", "addr"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "IPv4 address"),
    });

    // ---- PCI ----
    r.push_back({
        .id = "credit-card",
        .type = EntityType::CreditCard,
        .category = Category::Pci,
        .pattern = R"(\b[0-9](?:[ \-]?[0-9]){11,18}\b)",
        .validator = "luhn",
        .contextWords = {"card", "credit", "debit", "visa", "mastercard", "amex", "cc", "payment", "pan"},
        .baseScore = 0.6,
        .reason = SCRIM_TR_NOOP("Rules", "Payment card number (known issuer, valid Luhn checksum)"),
    });
    r.push_back({
        .id = "iban",
        .type = EntityType::Iban,
        .category = Category::Pci,
        .pattern = R"(\b[A-Z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30}\b)",
        .validator = "iban",
        .contextWords = {"iban", "account", "bank", "konto", "compte", "transfer"},
        .baseScore = 0.8,
        .reason = SCRIM_TR_NOOP("Rules", "IBAN with a valid mod-97 check"),
    });

    // ---- secrets ----
    r.push_back({
        .id = "aws-access-key-id",
        .type = EntityType::Secret,
        .category = Category::Secret,
        .pattern = R"(\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b)",
        .validator = "aws-key-id",
        .contextWords = {"aws", "access key", "key id"},
        .baseScore = 0.9,
        .reason = SCRIM_TR_NOOP("Rules", "AWS access key ID"),
    });
    r.push_back({
        .id = "github-token",
        .type = EntityType::Secret,
        .category = Category::Secret,
        .pattern = R"(\b(?:(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b)",
        .validator = "random-token",
        .contextWords = {"github", "token", "gh"},
        .baseScore = 0.9,
        .reason = SCRIM_TR_NOOP("Rules", "GitHub access token"),
    });
    r.push_back({
        .id = "private-key-block",
        .type = EntityType::Secret,
        .category = Category::Secret,
        // Used when no END line is in reach: the header and the base64 lines that follow it.
        .pattern = R"(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:\r?\n[A-Za-z0-9+/=]{1,100})+)",
        .validator = "pem-block",
        .baseScore = 1.0,
        .reason = SCRIM_TR_NOOP("Rules", "Private key (PEM / OpenSSH / PGP block)"),
        .anchor = R"(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)",
        .terminator = R"(-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)",
        .maxSpan = 64 * 1024,
    });
    r.push_back({
        .id = "jwt",
        .type = EntityType::Secret,
        .category = Category::Secret,
        .pattern = R"(\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*)",
        .validator = "jwt",
        .contextWords = {"bearer", "token", "jwt", "authorization"},
        .baseScore = 0.8,
        .reason = SCRIM_TR_NOOP("Rules", "JSON Web Token"),
    });
    return r;
}

} // namespace BuiltinRules
