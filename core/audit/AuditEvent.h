// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Finding.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/** What an audit event records. Never a raw sensitive value: only categories, counts, rule ids, a
 *  keyed hash of the content and a preview made of type tokens. */
enum class AuditEventType
{
    ClipboardFlagged,
    AnonymizedCopy,
    Restored,
    Blocked,
    Overridden,
    Allowed,
    PolicyApplied,
    PolicyRejected,
    Alert,
    LogPurged,
    LogExported,
    Training,
    StoreRecovered,
};

std::string_view auditEventTypeName(AuditEventType type);

struct AuditEvent
{
    std::uint64_t seq = 0;   // assigned by AuditLog::append
    std::int64_t timeMs = 0; // UTC milliseconds since the epoch; 0 = now
    AuditEventType type = AuditEventType::ClipboardFlagged;
    std::string sourceApp;
    std::string destApp;
    bool destIsApprovedAi = false;
    std::string categories;  // "PCI:1,PII:2"
    std::string ruleIds;     // "credit-card,email"
    std::string action;      // "warn", "anonymize", ...
    std::string contentHmac; // keyed hash of the content (hex), from AuditLog::contentHash
    std::string preview;     // type tokens only, at most 200 characters
    std::string osUser;
    std::string host;
    std::int64_t policySerial = 0;
    std::string prevHash; // filled by AuditLog
    std::string hash;     // filled by AuditLog

    /**
     * Fills categories, ruleIds and preview from findings: "PCI:1,PII:2", the distinct rule ids,
     * and the findings' types as tokens in text order ("[PERSON] [BANK_ACCOUNT] [MEDICAL]"),
     * cut to 200 characters. Reads no text, so it cannot copy a value.
     */
    void describeFindings(const std::vector<Finding>& findings);
    /** Where the event comes from: `source` (the program or the application copied from), the OS user
     *  and the host name. */
    void stamp(std::string source);
};
