// SPDX-License-Identifier: GPL-3.0-or-later
// Payment data: card numbers and IBANs.
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

std::vector<Rule> RuleFamilies::payment()
{
    std::vector<Rule> r;
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
    return r;
}
