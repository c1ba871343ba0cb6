// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/detect/Finding.h"
#include "core/policy/Policy.h"
#include "core/redact/Anonymizer.h"

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

/** Where a text is about to go, as far as Scrim can tell. */
struct GuardContext
{
    Destination destination = Destination::Other;
    /** The AI tool's name from the policy ("ChatGPT"); empty for other applications. */
    std::string appName;
    /** The policy has expired and says on_expiry=strict: every sensitive value is anonymized. */
    bool strict = false;
};

/** What to do with one text bound for one destination. */
struct Verdict
{
    /** The strictest action of any finding's category (Allow when there is none). */
    PolicyAction action = PolicyAction::Allow;
    /** The findings the verdict is about: those whose category's action is not Allow. Sorted by start. */
    std::vector<Finding> acted;
    /** Every finding, Allow ones included (the tray shows them as "flagged"). */
    std::size_t allFindings = 0;
    /** The operator per category (index = Category) for this destination. */
    std::array<Operator, 6> operators{};

    bool flagged() const { return allFindings > 0; }
    /** The clipboard must not hold the original while the text goes to this destination. */
    bool replacesClipboard() const;
    /** The original comes back only after the user writes a reason. */
    bool needsJustification() const;
};

/**
 * The decision engine (DESIGN.md, core/guard): findings + destination + policy → verdict. Pure
 * functions, no Qt event loop, no I/O: callable from any thread, the tray app and (later) a browser
 * extension's native-messaging host alike.
 *
 * Actions rank allow < warn < anonymize < justify < block; a text gets the strictest action of its
 * findings' categories. When the verdict replaces the text, every acted finding is replaced, also
 * those of categories that alone would only warn: a half-anonymized copy would mislead.
 */
namespace Guard {

int severity(PolicyAction action);

Verdict decide(const std::vector<Finding>& findings, const GuardContext& context, const Policy& policy);

/** The anonymizer options of a verdict: its operators per category. */
Anonymizer::Options anonymizerOptions(const Verdict& verdict, std::string hashKey, std::int64_t nowMs);

} // namespace Guard

/**
 * Rate alerts (the policy's `alerts`): more flagged texts in an hour, or more overrides (originals
 * released after a justification, findings the user kept) in a day, than the policy allows. Each
 * call reports whether this event crossed the threshold; it reports once per window, not on every
 * event after. Times are passed in (UTC ms) so tests need no clock. Not thread-safe.
 */
class GuardAlerts
{
public:
    /** Returns true when this flagged text is the first over `perHour` in the last hour. */
    bool flagged(std::int64_t nowMs, int perHour);
    /** Returns true when this override is the first over `perDay` in the last day. */
    bool overridden(std::int64_t nowMs, int perDay);

private:
    struct Window
    {
        std::deque<std::int64_t> times;
        std::int64_t alertedAt = -1;
        bool add(std::int64_t nowMs, std::int64_t spanMs, int limit);
    };
    Window m_flagged;
    Window m_overrides;
};
