// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditEvent.h"

#include <QString>
#include <QSysInfo>
#include <QtGlobal>

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
        const std::string_view typeName = entityTypeName(f.type);
        if (preview.size() + typeName.size() + 3 <= maxPreview) {
            if (!preview.empty()) {
                preview += ' ';
            }
            preview += '[';
            preview += typeName;
            preview += ']';
        }
    }
    categories.clear();
    for (const auto& [cat, n] : byCategory) {
        if (!categories.empty()) {
            categories += ',';
        }
        categories += cat;
        categories += ':';
        categories += std::to_string(n);
    }
    ruleIds.clear();
    for (const auto r : rules) {
        if (!ruleIds.empty()) {
            ruleIds += ',';
        }
        ruleIds += r;
    }
}

void AuditEvent::stamp(std::string source)
{
    sourceApp = std::move(source);
    osUser = qEnvironmentVariable("USER").toStdString();
    host = QSysInfo::machineHostName().toStdString();
}
