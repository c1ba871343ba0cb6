// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/PolicyRules.h"

#include "core/common/Tr.h"
#include "core/detect/BuiltinRules.h"

#include <algorithm>

namespace {

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

} // namespace

namespace PolicyRules {

Result<std::shared_ptr<const RuleSet>> ruleSet(const Policy& policy)
{
    if (policy.customRules.empty()) {
        return RuleSet::builtin();
    }
    std::vector<Rule> rules = BuiltinRules::all();
    for (const auto& c : policy.customRules) {
        Rule r;
        r.id = "policy:" + c.id;
        r.type = c.type;
        r.category = c.category;
        r.pattern = c.pattern;
        r.validator = c.validator;
        r.contextWords = c.contextWords;
        r.baseScore = 0.6;
        r.contextBoost = 0.35;
        r.minScore = c.minScore;
        r.reason = SCRIM_TR_NOOP("Rules", "Matches a rule of your organisation's policy");
        rules.push_back(std::move(r));
    }
    return RuleSet::create(std::move(rules));
}

Allowlist::Allowlist(const Policy& policy)
{
    for (const auto& v : policy.allowValues) {
        m_values.push_back(lowerAscii(v));
    }
    RE2::Options o;
    o.set_log_errors(false);
    o.set_max_mem(8ll << 20);
    for (const auto& p : policy.allowPatterns) {
        auto re = std::make_unique<RE2>(p, o);
        if (re->ok()) {
            m_patterns.push_back(std::move(re));
        }
    }
}

bool Allowlist::allows(std::string_view value) const
{
    const std::string folded = lowerAscii(value);
    if (std::find(m_values.begin(), m_values.end(), folded) != m_values.end()) {
        return true;
    }
    const re2::StringPiece v(value.data(), value.size());
    return std::any_of(m_patterns.begin(), m_patterns.end(), [&](const auto& re) { return RE2::FullMatch(v, *re); });
}

} // namespace PolicyRules
