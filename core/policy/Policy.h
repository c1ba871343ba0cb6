// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/detect/Finding.h"
#include "core/policy/Json.h"
#include "core/redact/Anonymizer.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/** What happens to a finding of one category bound for one kind of destination. */
enum class PolicyAction
{
    Allow,     ///< no prompt (the tray still shows the state)
    Warn,      ///< a notification with Anonymize copy / Review / Ignore
    Anonymize, ///< the clipboard holds the anonymized text at once
    Block,     ///< anonymized; the original only after a justification
    Justify,   ///< allowed after the user writes a reason
};

/** Where the text is going. */
enum class Destination
{
    Other,        ///< any other application
    ApprovedAi,   ///< an AI tool the organisation approved
    UnapprovedAi, ///< any other AI tool
};

std::string_view policyActionName(PolicyAction a);
std::optional<PolicyAction> policyActionFromName(std::string_view name);
std::string_view destinationName(Destination d);

struct CategoryHandling
{
    PolicyAction action = PolicyAction::Allow;
    Operator op = Operator::Token;
};

struct PolicyCustomRule
{
    std::string id;
    std::string pattern;
    EntityType type = EntityType::OtherId;
    Category category = Category::Confidential;
    std::string validator;
    std::vector<std::string> contextWords;
    double minScore = 0.5;
};

class DictionaryIndex;

/** Terms (project code names, customer names) as salted SHA-256 of their normalised form. */
struct PolicyDictionary
{
    std::string name;
    Category category = Category::Confidential;
    std::string saltHex;
    int maxWords = 3;
    std::vector<std::string> hashes; ///< 64 lower-case hex characters each
    /** The hashes ready for lookups, built when the policy is read; PolicyRules builds one for a
     *  dictionary that has none (a policy put together in code). */
    std::shared_ptr<const DictionaryIndex> index;
};

struct PolicyAiApp
{
    std::string name;
    bool approved = false;
    std::vector<std::string> windowTitles;
    std::vector<std::string> windowClasses;
    std::vector<std::string> urlHosts;
};

/** One problem in a policy file: where, what, and how to fix it (English; translatable, context "PolicyLint"). */
struct PolicyDiagnostic
{
    Json::Position pos;
    std::string message; ///< with %1, %2 for `args`
    std::vector<std::string> args;
    std::string fix;
};

/**
 * An organisation's policy (resources/policy.schema.json; docs/admin-guide.md). Parsed from the exact
 * bytes of a file; every field has a default taken from the built-in default policy, so a file only
 * states what it changes.
 */
struct Policy
{
    static constexpr int kSchemaVersion = 1;

    int schemaVersion = kSchemaVersion;
    std::int64_t serial = 0;
    std::string issuedAt;  ///< ISO 8601 UTC
    std::string expiresAt; ///< empty: does not expire
    std::string org;
    /** keep_last: keep enforcing it after expiry, with a warning; strict: anonymize everything sensitive. */
    std::string onExpiry = "keep_last";
    /** flag: a documented test value (test card number, AWS's example key, an example.com address)
     *  is handled as its category says, as any value is (training demos use them); ignore: never
     *  flagged, as an allowed value is not. Detection always reports them, marked. */
    std::string testValues = "flag";
    /** [category][destination] */
    std::array<std::array<CategoryHandling, 3>, 6> handling{};
    std::vector<PolicyCustomRule> customRules;
    std::vector<PolicyDictionary> dictionaries;
    std::vector<std::string> allowValues;
    std::vector<std::string> allowPatterns;
    std::vector<PolicyAiApp> aiApps;
    int retentionDays = 365;
    int vaultTtlHours = 24;
    bool vaultMemoryOnly = false;
    int alertFlaggedPerHour = 20;
    int alertOverridesPerDay = 5;
    /** The most of a clipboard text that is scanned (KiB); a larger one is scanned up to this and the user is told. */
    int clipboardMaxScanKib = 8192;
    /** Restored originals are cleared from the clipboard after this long, if still there; 0: never. */
    int clearRestoredSeconds = 120;
    int refreshMinutes = 60;
    bool userMayPause = true;
    bool userMayQuit = true;

    const CategoryHandling& handle(Category c, Destination d) const
    {
        return handling[static_cast<std::size_t>(c)][static_cast<std::size_t>(d)];
    }

    /** True when the policy has an expiry time at or before `nowMs` (UTC ms). */
    bool expiredAt(std::int64_t nowMs) const;
    /** True when the policy has expired and says on_expiry=strict: then everything sensitive is anonymized. */
    bool strictAt(std::int64_t nowMs) const { return onExpiry == "strict" && expiredAt(nowMs); }

    /** The built-in default policy (resources/default-policy.json, compiled in). */
    static const Policy& builtinDefault();
    /** The bytes of the built-in default policy. */
    static std::string_view builtinDefaultText();

    /**
     * Reads a policy from the exact bytes of a file. Fields the file leaves out keep `base`'s values.
     * Every problem found is added to `diagnostics` (parsing goes on after a meaning error, so one
     * run lists them all); the result is an Error when there is at least one.
     */
    static Result<Policy> parse(std::string_view text, std::vector<PolicyDiagnostic>& diagnostics, const Policy& base);
    static Result<Policy> parse(std::string_view text, std::vector<PolicyDiagnostic>& diagnostics);

    /** The effective policy as JSON (every field, defaults filled in), for `scrim-cli policy show`. */
    std::string toJson() const;
};

namespace PolicyTerms {

/** Lower case (ASCII), runs of white space and punctuation as one space, trimmed. */
std::string normalise(std::string_view term);
/** SHA-256(salt bytes ‖ normalised term) as 64 hex characters; `saltHex` as in the policy. */
std::string hash(std::string_view saltHex, std::string_view term);

} // namespace PolicyTerms
