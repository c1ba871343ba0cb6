// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"

#include <algorithm>
#include <string>

/** Shared by the UI tests that look for planted values in the audit log. */
namespace AuditTestSupport {

/**
 * An audit row's canonical form with the fields that are numbers or a hex digest by construction
 * (sequence, time, content HMAC) emptied. A four-digit canary such as "7890" can turn up in a
 * millisecond timestamp or in the HMAC's 32 hex digits by chance (about one run in a few hundred);
 * searching those fields made the tests fail at random. The HMAC is emptied only when it has the
 * shape AuditLog::contentHash gives it, so a value stored there instead would still be found.
 */
inline std::string valueBearingText(AuditEvent e)
{
    const bool digestShaped =
        e.contentHmac.size() == 32 && std::all_of(e.contentHmac.begin(), e.contentHmac.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        });
    e.seq = 0;
    e.timeMs = 0;
    if (digestShaped) {
        e.contentHmac.clear();
    }
    return AuditLog::canonical(e);
}

} // namespace AuditTestSupport
