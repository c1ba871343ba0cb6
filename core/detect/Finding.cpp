// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/Finding.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<EntityType, std::string_view>, 22> typeNames{{
    {EntityType::Email, "EMAIL"},
    {EntityType::Phone, "PHONE"},
    {EntityType::Person, "PERSON"},
    {EntityType::Address, "ADDRESS"},
    {EntityType::Location, "LOCATION"},
    {EntityType::DateOfBirth, "DATE_OF_BIRTH"},
    {EntityType::NationalId, "NATIONAL_ID"},
    {EntityType::Passport, "PASSPORT"},
    {EntityType::DriverLicense, "DRIVER_LICENSE"},
    {EntityType::CreditCard, "CREDIT_CARD"},
    {EntityType::Iban, "IBAN"},
    {EntityType::BankAccount, "BANK_ACCOUNT"},
    {EntityType::IpAddress, "IP_ADDRESS"},
    {EntityType::MacAddress, "MAC_ADDRESS"},
    {EntityType::Url, "URL"},
    {EntityType::CryptoWallet, "CRYPTO_WALLET"},
    {EntityType::Medical, "MEDICAL"},
    {EntityType::Secret, "SECRET"},
    {EntityType::OrgConfidential, "ORG_CONFIDENTIAL"},
    {EntityType::Date, "DATE"},
    {EntityType::OtherId, "OTHER_ID"},
    {EntityType::PromptInjection, "PROMPT_INJECTION"},
}};

constexpr std::array<std::pair<Category, std::string_view>, 6> categoryNames{{
    {Category::Pii, "PII"},
    {Category::Phi, "PHI"},
    {Category::Pci, "PCI"},
    {Category::Secret, "SECRET"},
    {Category::Confidential, "CONFIDENTIAL"},
    {Category::Injection, "INJECTION"},
}};

} // namespace

std::string_view entityTypeName(EntityType type)
{
    for (const auto& [t, name] : typeNames) {
        if (t == type) {
            return name;
        }
    }
    return "UNKNOWN";
}

std::optional<EntityType> entityTypeFromName(std::string_view name)
{
    for (const auto& [t, n] : typeNames) {
        if (n == name) {
            return t;
        }
    }
    return std::nullopt;
}

std::string_view categoryName(Category category)
{
    for (const auto& [c, name] : categoryNames) {
        if (c == category) {
            return name;
        }
    }
    return "UNKNOWN";
}

std::optional<Category> categoryFromName(std::string_view name)
{
    for (const auto& [c, n] : categoryNames) {
        if (n == name) {
            return c;
        }
    }
    return std::nullopt;
}
