// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/Tokens.h"

#include <re2/re2.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <mutex>

namespace {

// One canonical label per entity type; health findings are told apart by rule so an answer reads
// "[CONDITION_1] ... [MEDICATION_1]" rather than "[MEDICAL_1] ... [MEDICAL_2]".
std::string_view typeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Email:
        return "EMAIL";
    case EntityType::Phone:
        return "PHONE";
    case EntityType::Person:
        return "PERSON";
    case EntityType::Address:
        return "ADDRESS";
    case EntityType::Location:
        return "LOCATION";
    case EntityType::DateOfBirth:
        return "DOB";
    case EntityType::NationalId:
        return "NATIONAL_ID";
    case EntityType::Passport:
        return "PASSPORT";
    case EntityType::DriverLicense:
        return "DRIVER_LICENSE";
    case EntityType::CreditCard:
        return "CARD";
    case EntityType::Iban:
        return "IBAN";
    case EntityType::BankAccount:
        return "ACCOUNT";
    case EntityType::IpAddress:
        return "IP";
    case EntityType::MacAddress:
        return "MAC";
    case EntityType::Url:
        return "URL";
    case EntityType::CryptoWallet:
        return "WALLET";
    case EntityType::Medical:
        return "MEDICAL";
    case EntityType::Secret:
        return "SECRET";
    case EntityType::OrgConfidential:
        return "CONFIDENTIAL";
    case EntityType::Date:
        return "DATE";
    case EntityType::OtherId:
        return "ID";
    case EntityType::PromptInjection:
        return "INJECTION";
    }
    return "VALUE";
}

const std::vector<std::string_view>& allLabels()
{
    static const std::vector<std::string_view> labels = [] {
        std::vector<std::string_view> v{
            "EMAIL",    "PHONE",          "PERSON",  "ADDRESS",   "LOCATION",   "DOB",   "NATIONAL_ID",
            "PASSPORT", "DRIVER_LICENSE", "CARD",    "IBAN",      "ACCOUNT",    "IP",    "MAC",
            "URL",      "WALLET",         "MEDICAL", "CONDITION", "MEDICATION", "MRN",   "DIAGNOSIS_CODE",
            "SECRET",   "CONFIDENTIAL",   "DATE",    "ID",        "INJECTION",  "VALUE", Tokens::kLiteralLabel};
        // Longest first, so an alternation never stops at a shorter label that is a prefix.
        std::stable_sort(v.begin(), v.end(), [](auto a, auto b) { return a.size() > b.size(); });
        return v;
    }();
    return labels;
}

constexpr std::string_view kWrap = "(?:[ \\t]*\\r?\\n[ \\t]*)?";

std::string quoteChar(char c)
{
    if (c == '_') {
        return "\\\\?[_ -]";
    }
    return std::string(1, c);
}

// The regex: groups 1/2 = label and number of an escaped bracketed token, 3/4 of a bracketed one, 5/6 of a bare one.
std::string buildPattern()
{
    std::string bracketed;
    std::string bare;
    for (const auto label : allLabels()) {
        if (!bracketed.empty()) {
            bracketed += '|';
            bare += '|';
        }
        // Inside brackets: any case, a wrap may fall between any two characters.
        for (std::size_t i = 0; i < label.size(); ++i) {
            if (i > 0) {
                bracketed += kWrap;
            }
            bracketed += quoteChar(label[i]);
        }
        // Bare: upper case or capitalised only.
        std::string upper(label);
        std::string capital(label);
        for (std::size_t i = 1; i < capital.size(); ++i) {
            if (capital[i] >= 'A' && capital[i] <= 'Z') {
                capital[i] = static_cast<char>(capital[i] - 'A' + 'a');
            }
        }
        const auto esc = [](const std::string& s) {
            std::string out;
            for (const char c : s) {
                out += c == '_' ? std::string("\\\\?_") : std::string(1, c);
            }
            return out;
        };
        bare += esc(upper) + '|' + esc(capital);
    }
    // Brackets both escaped (markdown: \[EMAIL\_1\]) or neither: a lone backslash before a token
    // belongs to the text ("C:\\[PERSON_1]").
    const auto inner = [&] {
        std::string q(kWrap);
        q += "(?i:(" + bracketed + "))";
        q += kWrap;
        q += "\\\\?[_ -]";
        q += kWrap;
        q += "([0-9]{1,6})";
        q += kWrap;
        return q;
    };
    std::string p = "\\\\\\[" + inner() + "\\\\\\]";
    p += "|\\[" + inner() + "\\]";
    p += "|\\b(" + bare + ")\\\\?_([0-9]{1,6})\\b";
    return p;
}

const RE2& pattern()
{
    static const std::unique_ptr<RE2> re = [] {
        RE2::Options options;
        options.set_max_mem(32ll << 20);
        options.set_log_errors(false);
        return std::make_unique<RE2>(buildPattern(), options);
    }();
    return *re;
}

std::string_view canonicalLabel(std::string_view matched)
{
    std::string squeezed;
    for (const char c : matched) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\\') {
            continue;
        }
        const char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : (c == '-' ? '_' : c);
        squeezed.push_back(u);
    }
    for (const auto label : allLabels()) {
        if (label == squeezed) {
            return label;
        }
    }
    // Underscores inside a bracketed label may have been written as spaces or hyphens.
    for (const auto label : allLabels()) {
        std::string plain;
        for (const char c : label) {
            if (c != '_') {
                plain.push_back(c);
            }
        }
        std::string sq;
        for (const char c : squeezed) {
            if (c != '_') {
                sq.push_back(c);
            }
        }
        if (plain == sq) {
            return label;
        }
    }
    return {};
}

} // namespace

namespace Tokens {

std::string_view labelFor(const Finding& finding)
{
    if (finding.type == EntityType::Medical) {
        if (finding.ruleId == "medical-condition") {
            return "CONDITION";
        }
        if (finding.ruleId == "medication") {
            return "MEDICATION";
        }
        if (finding.ruleId == "medical-record-number") {
            return "MRN";
        }
        if (finding.ruleId == "icd10-code") {
            return "DIAGNOSIS_CODE";
        }
    }
    return typeLabel(finding.type);
}

const std::vector<std::string_view>& labels()
{
    return allLabels();
}

std::string format(std::string_view label, std::uint32_t number)
{
    return '[' + key(label, number) + ']';
}

std::string key(std::string_view label, std::uint32_t number)
{
    return std::string(label) + '_' + std::to_string(number);
}

std::vector<Match> find(std::string_view text)
{
    std::vector<Match> out;
    const RE2& re = pattern();
    if (!re.ok()) {
        return out;
    }
    re2::StringPiece groups[7];
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!re.Match(text, pos, text.size(), RE2::UNANCHORED, groups, 7)) {
            break;
        }
        const auto start = static_cast<std::size_t>(groups[0].data() - text.data());
        const auto end = start + groups[0].size();
        const int alt = groups[1].data() != nullptr ? 1 : groups[3].data() != nullptr ? 3 : 5;
        const bool bracketed = alt != 5;
        const re2::StringPiece lab = groups[alt];
        const re2::StringPiece num = groups[alt + 1];
        std::uint32_t number = 0;
        std::string digits;
        for (const char c : std::string_view(num.data(), num.size())) {
            if (c >= '0' && c <= '9') {
                digits.push_back(c);
            }
        }
        const auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
        const std::string_view label = canonicalLabel(std::string_view(lab.data(), lab.size()));
        if (ec == std::errc() && p == digits.data() + digits.size() && !label.empty() && number > 0) {
            out.push_back(Match{start, end, label, number, bracketed});
        }
        pos = end > pos ? end : pos + 1;
    }
    return out;
}

} // namespace Tokens
