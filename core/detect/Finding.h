// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

/**
 * Canonical entity types: the vocabulary of the labelled benchmark (shared/benchmark/FORMAT.md),
 * plus PromptInjection for the INJECTION category, which that vocabulary does not cover.
 */
enum class EntityType
{
    Email,
    Phone,
    Person,
    Address,
    Location,
    DateOfBirth,
    NationalId,
    Passport,
    DriverLicense,
    CreditCard,
    Iban,
    BankAccount,
    IpAddress,
    MacAddress,
    Url,
    CryptoWallet,
    Medical,
    Secret,
    OrgConfidential,
    Date,
    OtherId,
    PromptInjection,
};

/** What kind of harm a leak does; the policy chooses an action per category. */
enum class Category
{
    Pii,
    Phi,
    Pci,
    Secret,
    Confidential,
    Injection,
};

/** "EMAIL", "CREDIT_CARD", ... as in the benchmark vocabulary. */
std::string_view entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(std::string_view name);
/** "PII", "PHI", "PCI", "SECRET", "CONFIDENTIAL", "INJECTION". */
std::string_view categoryName(Category category);
std::optional<Category> categoryFromName(std::string_view name);

/**
 * One detected value. `start`/`end` are byte offsets into the scanned UTF-8 text (end exclusive).
 * A Finding never holds the matched value itself; callers that need it slice the text they own.
 */
struct Finding
{
    EntityType type = EntityType::Secret;
    Category category = Category::Secret;
    std::string ruleId;
    std::size_t start = 0;
    std::size_t end = 0;
    double score = 0.0;
    /** One line a user can read: why this was flagged (English; translated at the edge). */
    std::string reason;
    /** A documented test or example value (e.g. the 4111 1111 1111 1111 test card). */
    bool testValue = false;
    /** Position of the rule in its rule set. Rules are listed specific before generic, so of two
     *  findings with the same span, rank and score the earlier rule's is kept. */
    std::uint32_t ruleIndex = 0;

    std::size_t length() const { return end - start; }
    bool operator==(const Finding&) const = default;
};
