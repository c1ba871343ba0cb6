// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/guard/Guard.h"

#include <algorithm>

int Guard::severity(PolicyAction action)
{
    switch (action) {
    case PolicyAction::Allow:
        return 0;
    case PolicyAction::Warn:
        return 1;
    case PolicyAction::Anonymize:
        return 2;
    case PolicyAction::Justify:
        return 3;
    case PolicyAction::Block:
        return 4;
    }
    return 4;
}

bool Verdict::replacesClipboard() const
{
    return Guard::severity(action) >= Guard::severity(PolicyAction::Anonymize);
}

bool Verdict::needsJustification() const
{
    return action == PolicyAction::Justify || action == PolicyAction::Block;
}

Verdict Guard::decide(const std::vector<Finding>& findings, const GuardContext& context, const Policy& policy)
{
    Verdict v;
    v.allFindings = findings.size();
    for (std::size_t c = 0; c < v.operators.size(); ++c) {
        v.operators[c] = policy.handle(static_cast<Category>(c), context.destination).op;
    }
    for (const Finding& f : findings) {
        PolicyAction a = policy.handle(f.category, context.destination).action;
        if (context.strict && severity(a) < severity(PolicyAction::Anonymize)) {
            // An expired policy under on_expiry=strict: nothing sensitive leaves unreplaced.
            a = PolicyAction::Anonymize;
        }
        if (a == PolicyAction::Allow) {
            continue;
        }
        v.acted.push_back(f);
        if (severity(a) > severity(v.action)) {
            v.action = a;
        }
    }
    std::sort(v.acted.begin(), v.acted.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
    return v;
}

Anonymizer::Options Guard::anonymizerOptions(const Verdict& verdict, std::string hashKey, std::int64_t nowMs)
{
    Anonymizer::Options o;
    for (std::size_t c = 0; c < verdict.operators.size(); ++c) {
        o.perCategory[c] = verdict.operators[c];
    }
    o.hashKey = std::move(hashKey);
    o.nowMs = nowMs;
    return o;
}

bool GuardAlerts::Window::add(std::int64_t nowMs, std::int64_t spanMs, int limit)
{
    times.push_back(nowMs);
    while (!times.empty() && times.front() <= nowMs - spanMs) {
        times.pop_front();
    }
    if (limit <= 0 || static_cast<int>(times.size()) <= limit) {
        return false;
    }
    if (alertedAt >= 0 && alertedAt > nowMs - spanMs) {
        return false; // already alerted in this window
    }
    alertedAt = nowMs;
    return true;
}

bool GuardAlerts::flagged(std::int64_t nowMs, int perHour)
{
    return m_flagged.add(nowMs, std::int64_t{3600} * 1000, perHour);
}

bool GuardAlerts::overridden(std::int64_t nowMs, int perDay)
{
    return m_overrides.add(nowMs, std::int64_t{24} * 3600 * 1000, perDay);
}
