// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditEvent.h"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace {

constexpr std::array<std::pair<AuditEventType, std::string_view>, 13> typeNames{{
    {AuditEventType::ClipboardFlagged, "clipboard_flagged"},
    {AuditEventType::AnonymizedCopy, "anonymized_copy"},
    {AuditEventType::Restored, "restored"},
    {AuditEventType::Blocked, "blocked"},
    {AuditEventType::Overridden, "overridden"},
    {AuditEventType::Allowed, "allowed"},
    {AuditEventType::PolicyApplied, "policy_applied"},
    {AuditEventType::PolicyRejected, "policy_rejected"},
    {AuditEventType::Alert, "alert"},
    {AuditEventType::LogPurged, "log_purged"},
    {AuditEventType::LogExported, "log_exported"},
    {AuditEventType::Training, "training"},
    {AuditEventType::StoreRecovered, "store_recovered"},
}};

constexpr std::size_t maxPreview = 200;

} // namespace

std::string_view auditEventTypeName(AuditEventType type)
{
    for (const auto& [t, name] : typeNames) {
        if (t == type) {
            return name;
        }
    }
    return "unknown";
}

void AuditEvent::describeFindings(const std::vector<Finding>& findings)
{
    std::map<std::string_view, int> byCategory;
    std::vector<std::string_view> rules;
    preview.clear();
    for (const auto& f : findings) {
        ++byCategory[categoryName(f.category)];
        if (std::find(rules.begin(), rules.end(), f.ruleId) == rules.end()) {
            rules.push_back(f.ruleId);
        }
        const std::string token = "[" + std::string(entityTypeName(f.type)) + "]";
        if (preview.size() + token.size() + 1 <= maxPreview) {
            preview += (preview.empty() ? "" : " ") + token;
        }
    }
    categories.clear();
    for (const auto& [cat, n] : byCategory) {
        categories += (categories.empty() ? "" : ",") + std::string(cat) + ":" + std::to_string(n);
    }
    ruleIds.clear();
    for (const auto r : rules) {
        ruleIds += (ruleIds.empty() ? "" : ",") + std::string(r);
    }
}
