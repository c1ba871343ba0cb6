// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/detect/RuleSet.h"
#include "core/policy/Policy.h"

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

/** What a policy adds to detection: its custom rules and its allowlist. */
namespace PolicyRules {

/**
 * The built-in rules plus the policy's custom rules ("policy:<id>"). A custom rule scores 0.6, plus
 * 0.35 next to one of its context words, and reports at its min_score: the default 0.5 fires
 * anywhere, 0.9 only with a context word.
 */
Result<std::shared_ptr<const RuleSet>> ruleSet(const Policy& policy);

/** Values and patterns the organisation never wants flagged (its public support address). */
class Allowlist
{
public:
    explicit Allowlist(const Policy& policy);
    /** True when `value` equals an allowed value (ASCII case ignored) or an allowed pattern matches all of it. */
    bool allows(std::string_view value) const;
    bool empty() const { return m_values.empty() && m_patterns.empty(); }

private:
    std::vector<std::string> m_values; // lower case
    std::vector<std::unique_ptr<RE2>> m_patterns;
};

} // namespace PolicyRules
