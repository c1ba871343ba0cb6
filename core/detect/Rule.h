// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Finding.h"

#include <cstddef>
#include <string>
#include <vector>

/**
 * A detection rule is data: the built-in rules are a table (BuiltinRules), and the policy will
 * add its own. A candidate found by `pattern` is passed to the named validator, then scored:
 * `baseScore`, plus `contextBoost` when one of `contextWords` stands near it; it becomes a
 * Finding when the score reaches `minScore`.
 */
struct Rule
{
    /** Stable id ("credit-card"); used in reports, the audit log and the policy. */
    std::string id;
    EntityType type = EntityType::Secret;
    Category category = Category::Secret;
    /** RE2 syntax. When the pattern has a capturing group, group 1 is the value; else the match. */
    std::string pattern;
    /** Name of a validator in Validators::byName (""/"none" = accept every candidate). */
    std::string validator;
    /** Lower-case words or phrases; one of them near a candidate raises its score. */
    std::vector<std::string> contextWords;
    double baseScore = 0.5;
    double contextBoost = 0.35;
    double minScore = 0.5;
    /** One line a user can read, e.g. "Card number with a valid Luhn checksum" (English). */
    std::string reason;
    /**
     * Multi-line rules (PEM blocks) set `anchor`, a single-line pattern where a value can begin;
     * `pattern` is then matched anchored at each anchor hit over at most `maxSpan` bytes.
     */
    std::string anchor;
    std::size_t maxSpan = 0;
};
