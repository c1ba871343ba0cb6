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
/** The rules to use with `policy` when `builtin` is already compiled: `builtin` itself unless the
 *  policy has custom rules (compiling the built-in rules again costs start-up time for nothing). */
Result<std::shared_ptr<const RuleSet>> ruleSet(const Policy& policy, std::shared_ptr<const RuleSet> builtin);

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

/**
 * The policy's keyword dictionaries matched in `text`: every run of one to `max_words` words
 * (letters and digits; white space and punctuation between them), normalised as PolicyTerms does,
 * is hashed with the dictionary's salt and looked up, so the policy never holds the terms in clear.
 * The longest match at a place wins; findings are ORG_CONFIDENTIAL of the dictionary's category,
 * rule id "dictionary:<name>", sorted by start. Linear in the text (at most max_words hashes a word).
 */
std::vector<Finding> dictionaryFindings(std::string_view text, const Policy& policy);

/**
 * What `scrim-cli scan` adds to each chunk a StreamScanner scans (its extra matcher): the policy's
 * dictionary findings that start in [ownBegin, ownEnd) of `text` (with a `policy`), then the dates
 * that start there (Dates.h), every one with `allDates`, else those near a value linked to a
 * person that `allowlist` (if given) does not allow. Such a value may lie just across the chunk's
 * edges, reported with the chunk before or after: those are read too (`rules` over the stretches
 * within Dates::kCompanionReach of the edges), so a stream read in chunks lists the dates one scan
 * of it lists. A value across an edge that overlaps one of `out` does not count (one scan would
 * have kept one of them), nor does one longer than kLongestAcross that ends before the chunk.
 * `out` holds the chunk's findings, in start order, and stays so; `header` is the table header the
 * chunk's rules were given (StreamScanner::Extra).
 */
void streamExtras(const RuleSet& rules,
                  const Policy* policy,
                  const Allowlist* allowlist,
                  bool allDates,
                  std::string_view text,
                  std::size_t ownBegin,
                  std::size_t ownEnd,
                  std::optional<std::string_view> header,
                  std::vector<Finding>& out);
/** See streamExtras. */
inline constexpr std::size_t kLongestAcross = 1024;

/** Which dates withPolicy keeps (core/detect/Dates.h). */
enum class DateListing
{
    Companions, ///< only beside another personal finding that is left (the guard, anonymize)
    All,        ///< every date (`scrim-cli scan --all-dates`, also for benchmark records)
};

/**
 * Everything the policy adds to a whole-text scan, as anonymize needs it: `findings` (from the
 * policy's RuleSet) plus the dictionary findings, minus what the allowlist allows and anything
 * inside an allowed value; sorted by start. Dates are decided last, on what is left: a text whose
 * only personal value the allowlist allows keeps no dates, and a dictionary term can be the value
 * that makes them personal. `findings` come from a rule set with companion dates (ruleSet()'s, or
 * RuleSet::builtin()); where the policy changes no anchor, their dates are kept as the scan found them.
 */
std::vector<Finding> withPolicy(std::string_view text,
                                std::vector<Finding> findings,
                                const Policy& policy,
                                DateListing dates = DateListing::Companions);

} // namespace PolicyRules
