// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Finding.h"

#include <cstddef>
#include <string>
#include <vector>

/**
 * A detection rule is data: the built-in rules are a table (BuiltinRules), and the policy will
 * add its own. A candidate found by `pattern` is passed to the named validator, then scored:
 * `baseScore` (+ what the validator adds), plus `contextBoost` when one of `contextWords` stands
 * near it, minus `contextPenalty` when one of `negativeWords` does; it becomes a Finding when the
 * score reaches `minScore`. A documented test value (or filler typed in a token's format) is
 * reported where the same value would be, never dropped for being one, at a score of at most
 * kTestValueScore.
 */
/** The highest score a documented test value (test card number, AWS example key) gets. */
inline constexpr double kTestValueScore = 0.1;
/**
 * The most a validator may add to a rule's score. A rule whose baseScore plus this stays below its
 * minScore can only fire next to one of its context words, and RuleSet runs it only where one is.
 */
inline constexpr double kMaxValidatorBonus = 0.3;

struct Rule
{
    /** Stable id ("credit-card"); used in reports, the audit log and the policy. */
    std::string id;
    EntityType type = EntityType::Secret;
    Category category = Category::Secret;
    /** RE2 syntax. When the pattern has a capturing group, group 1 is the value; else the match. */
    std::string pattern;
    /**
     * Optional cheaper pattern for the RE2::Set prefilter: it must match somewhere in every line
     * where the rule can report a value (a literal prefix such as "ghp_", or "@" for e-mail
     * addresses). It may be narrower than `pattern` where the validator would reject the rest:
     * the rule runs only on lines where the prefilter matches.
     * Why: the Set's DFA is the product of all its patterns, and long counted runs over the same
     * characters ([A-Za-z0-9]{36}, {25,34}) multiply its states until the cache thrashes; short
     * prefilters keep it small. Empty: `pattern` itself is used.
     */
    std::string prefilter;
    /** Name of a validator in Validators::byName (""/"none" = accept every candidate). */
    std::string validator;
    /** Words or phrases (any case); one of them near a candidate raises its score. */
    std::vector<std::string> contextWords;
    double baseScore = 0.5;
    double contextBoost = 0.35;
    double minScore = 0.5;
    /** Words that make the candidate less likely ("version" near an IP-shaped run, "order" near
     *  digits); one of them near a candidate lowers its score by `contextPenalty`. */
    std::vector<std::string> negativeWords;
    double contextPenalty = 0.35;
    /** Negative words count only when they label the value: on its line, at most 24 bytes before
     *  or 12 after it. True: anywhere context words count (a weak rule that any nearby "order"
     *  or "phone" should silence, such as digits next to "account"). */
    bool negativeWordsAnywhere = false;
    /** True: negative words count only before the value ("Invoice 4532 …", not "4532 … invoice
     *  attached"): for a rule whose values a list or a sentence often follows with other words. */
    bool negativeWordsBeforeOnly = false;
    /** True: context words count only when they label the value, at most 24 bytes before it (the
     *  line before included: "Name:\nKarin Berg") or 12 after it on its line. For names, where
     *  "Dear", "Customer:" or "Patient" labels the name, and a "hi" or "from" elsewhere in the
     *  paragraph says nothing about a "Charles Schwab" or "Massimo Dutti". */
    bool contextWordsLabel = false;
    /** One line a user can read, e.g. "Card number with a valid Luhn checksum" (English). */
    std::string reason;
    /**
     * Multi-line rules (PEM blocks) set `anchor`, a single-line pattern where a value begins, and
     * `terminator`, a pattern where it ends, at most `maxSpan` bytes later: the value runs from
     * the anchor through the first terminator. Without a terminator in reach, `pattern` is matched
     * anchored at the anchor instead (a key block whose END line was cut off). The search for
     * terminators is shared between anchors, so the scan stays linear.
     */
    std::string anchor;
    std::string terminator;
    std::size_t maxSpan = 0;
    /** True: where the validator ends a value before the end of the pattern's match (accepted or
     *  refused), the search goes on from there, not from the match's end ("?token=…&secret=…":
     *  the query string's next parameter). Off by default: a card number's trimmed CVV group
     *  would start a new candidate that hides the card after it. Multi-line rules always do. */
    bool resumeAfterValue = false;
};
