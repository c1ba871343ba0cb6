// SPDX-License-Identifier: GPL-3.0-or-later
// Payment data: card numbers and IBANs.
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

namespace {

// Words that say a card-shaped number is something else (see credit-card below).
const std::vector<std::string> cardNegativeWords = {
    "invoice",          "order",           "tracking",      "reference", "ref",      "booking",   "confirmation",
    "ticket",           "serial",          "imei",          "iccid",     "sku",      "ean",       "barcode",
    "rechnung",         "bestellung",      "faktura",       "facture",   "commande", "id number", "id no",
    "identity number",  "national id",     "south african", "aadhaar",   "aadhar",   "uidai",     "nir",
    "sécurité sociale", "securite sociale"};

// Words that say a card is meant: the card rule's, and the words of cards' other data.
const std::vector<std::string> cardWords = {
    "card",    "credit", "debit",      "visa",  "mastercard",     "amex",           "cc",
    "payment", "pan",    "cvv",        "cvc",   "karte",          "kreditkarte",    "kartennummer",
    "kort",    "kortet", "kortnummer", "carte", "carte bancaire", "numéro de carte"};

} // namespace

std::vector<Rule> RuleFamilies::payment()
{
    std::vector<Rule> r;
    r.push_back({
        .id = "credit-card",
        .type = EntityType::CreditCard,
        .category = Category::Pci,
        .pattern = R"(\b[0-9](?:[ \-]?[0-9]){11,18}\b)",
        .prefilter = R"([0-9]{4}[ \-]?[0-9]{4})",
        .validator = "luhn",
        .contextWords = {"card", "credit", "debit", "visa", "mastercard", "amex", "cc", "payment", "pan"},
        .baseScore = 0.6,
        // One card-length run in ten passes the Luhn check: a number labelled as an invoice,
        // order, parcel, device or SIM is that, unless a card word stands by it too. Only a label
        // before it counts ("card 4111 …, invoice attached" stays a card). So is a number labelled
        // as a person's ID: South African ID numbers are thirteen digits with a Luhn check (a
        // Visa shape for a birth in the 1940s), and about one Aadhaar number in 50 has a Maestro
        // prefix and passes Luhn too, as does one compact French NIR in ten that starts with 1
        // (UATP's shape); their own rules report them.
        .negativeWords = cardNegativeWords,
        .negativeWordsBeforeOnly = true,
        .reason = SCRIM_TR_NOOP("Rules", "Payment card number (known issuer, valid Luhn checksum)"),
    });
    r.push_back({
        .id = "iban",
        .type = EntityType::Iban,
        .category = Category::Pci,
        // Compact, in groups of four with spaces or hyphens, or typed in lower case; the validator
        // checks the grouping and wants a context word for a lower-case one written compact.
        .pattern = R"(\b[A-Za-z]{2}[0-9]{2}(?:[ \-]?[A-Za-z0-9]){11,30}\b)",
        .prefilter = R"(\b[A-Za-z]{2}[0-9]{2}[ \-]?[A-Za-z0-9]{4})",
        .validator = "iban",
        .contextWords = {"iban", "account", "bank", "konto", "compte", "transfer"},
        .baseScore = 0.8,
        .reason = SCRIM_TR_NOOP("Rules", "IBAN with a valid mod-97 check"),
    });
    r.push_back({
        .id = "aba-routing",
        .type = EntityType::BankAccount,
        .category = Category::Pci,
        .pattern = R"(\b(?:[0-9]{4}-[0-9]{4}-[0-9]|[0-9]{9})\b)",
        .validator = "aba-routing",
        .contextWords = {"routing", "aba", "rtn", "routing number", "transit", "bank"},
        .baseScore = 0.6,
        // Nine bare digits lose 0.45 in the validator; "routing" makes them a routing number,
        // above an account number that "account" nearby would make of them.
        .contextBoost = 0.45,
        .reason = SCRIM_TR_NOOP("Rules", "US ABA routing number (valid checksum)"),
    });
    // The rest of a card's data (PCI DSS: the expiry date goes with the number; the security
    // code must never be stored): only where it says what it is, after a label (also a JSON key or
    // a name such as card_cvv), or written right after a card number.
    // What may follow a security code's label: "(CVV)", a quote or colon, the code.
    const std::string codeAfterLabel = R"((?i:[ \t]*\((?:cvv2?|cvc2?)\))?["']?[ \t]*[:=]?[ \t]*["']?([0-9]{3,4})\b)";
    r.push_back({
        .id = "card-security-code",
        .type = EntityType::CreditCard,
        .category = Category::Pci,
        .pattern = R"((?:\b|_)(?i:(?:cvv2?|cvc2?)(?:[ \-]?(?:code|kod|nummer|number|no\.?))?|)"
                   R"(card verification (?:value|code|number)|card security code|kartenprüfnummer|prüfnummer|)"
                   R"(prüfziffer|kortverifieringskod|cryptogramme visuel|cryptogramme))"
                   + codeAfterLabel,
        // Literals every label holds, ASCII only ("prüfnummer" holds "fnummer"), found by the
        // literal pass: without them the rule's alternation joins the searched group, whose pass
        // then costs 17 % more of the whole scan.
        .prefilter = R"((?i:cvv|cvc|verification|card security|fnummer|fziffer|kortverifieringskod|cryptogramme))",
        .validator = "near-card-number",
        .contextWords = cardWords,
        .baseScore = 0.8,
        .reason = SCRIM_TR_NOOP("Rules", "Card security code (CVV / CVC) after its label"),
    });
    // Labels that also name the codes of badge readers and text messages: only near a card word.
    r.push_back({
        .id = "card-security-code-near-card",
        .type = EntityType::CreditCard,
        .category = Category::Pci,
        .pattern = R"((?:\b|_)(?i:security code|sicherheitscode|säkerhetskod|code de sécurité))" + codeAfterLabel,
        .prefilter = R"((?i:security code|sicherheitscode|kerhetskod|code de s))",
        .validator = "near-card-number",
        .contextWords = cardWords,
        .baseScore = 0.4,
        .reason = SCRIM_TR_NOOP("Rules", "Card security code (CVV / CVC) after its label"),
    });
    r.push_back({
        .id = "card-expiry",
        .type = EntityType::CreditCard,
        .category = Category::Pci,
        // A licence or a contract expires too: a card word must stand near. Cards print MM/YY.
        .pattern = R"((?:\b|_)(?i:exp(?:iry|iration)?(?:[ \t_]?date)?|expires?|valid[ \t]+(?:thru|through|until)|)"
                   R"(good[ \t]+thru|ablaufdatum|gültig[ \t]+bis|utgångsdatum|giltig[ \t]+(?:t\.?o\.?m\.?|till)|)"
                   R"(date[ \t]+d'expiration|expire[ \t]+(?:le|fin))\.?)"
                   R"(["']?[ \t]*[:=]?[ \t]*["']?((?:0[1-9]|1[0-2])[ \t]?/[ \t]?(?:20)?[0-9]{2})\b)",
        .validator = "near-card-number",
        .contextWords = cardWords,
        .baseScore = 0.4,
        .reason = SCRIM_TR_NOOP("Rules", "Card expiry date after its label, near a card"),
    });
    r.push_back({
        .id = "card-details",
        .type = EntityType::CreditCard,
        .category = Category::Pci,
        // "4111 1111 1111 1111 12/27 123": a card number with its expiry (and security code)
        // right after it, reported as one value. The number must pass the card's checks, and the
        // card's negative words hold ("Order 5425… 12/27" is an order and a date).
        .pattern = R"((\b[0-9](?:[ \-]?[0-9]){11,18}[ \t]*[,;|]?[ \t]*(?:0[1-9]|1[0-2])[ \t]?/[ \t]?(?:20)?[0-9]{2})"
                   R"((?:[ \t]*[,;|]?[ \t]*[0-9]{3,4})?)(?:[^/0-9A-Za-z]|(?m:$)))",
        .prefilter = R"([0-9]{4}[ \t,;|]+(?:0[1-9]|1[0-2])[ \t]?/[ \t]?[0-9]{2})",
        .validator = "card-with-expiry",
        .contextWords = cardWords,
        .baseScore = 0.8,
        .negativeWords = cardNegativeWords,
        .negativeWordsBeforeOnly = true,
        .reason = SCRIM_TR_NOOP("Rules", "Card number with its expiry date (and security code)"),
    });
    r.push_back({
        .id = "uk-sort-code",
        .type = EntityType::BankAccount,
        .category = Category::Pci,
        .pattern = R"(\b(?:[0-9]{2}-[0-9]{2}-[0-9]{2}|[0-9]{2} [0-9]{2} [0-9]{2})\b)",
        .validator = "uk-sort-code",
        .contextWords = {"sort code", "sort-code", "sortcode"},
        .baseScore = 0.15,
        .contextBoost = 0.5,
        .reason = SCRIM_TR_NOOP("Rules", "UK bank sort code near the words 'sort code'"),
    });
    r.push_back({
        .id = "bank-account-context",
        .type = EntityType::BankAccount,
        .category = Category::Pci,
        // US, UK (8 digits), DE (Kontonummer up to 10), SE, FR account numbers: digits, maybe grouped.
        .pattern = R"(\b[0-9](?:[ \-]?[0-9]){5,16}\b)",
        .validator = "bank-account",
        .contextWords = {"account",
                         "acct",
                         "a/c",
                         "account number",
                         "account no",
                         "acct no",
                         "bank account",
                         "checking",
                         "savings",
                         "konto",
                         "kontonummer",
                         "kontonr",
                         "bankkonto",
                         "compte",
                         "numéro de compte",
                         "kontonummer",
                         "bankkontonummer"},
        .baseScore = 0.1,
        .contextBoost = 0.45,
        .negativeWords = {"phone",
                          "tel",
                          "telephone",
                          "mobile",
                          "call",
                          "fax",
                          "balance",
                          "amount",
                          "total",
                          "order",
                          "invoice",
                          // Accounts that are no bank's: "AWS account 123456789012", "GL account 400100".
                          "aws",
                          "ledger",
                          "gl"},
        // Any of these in the sentence makes a bare digit run next to "account" doubtful.
        .negativeWordsAnywhere = true,
        .reason = SCRIM_TR_NOOP("Rules", "Bank account number near words such as 'account' or 'acct'"),
    });
    return r;
}
