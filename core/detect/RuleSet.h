// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/detect/DigitCluster.h"
#include "core/detect/Finding.h"
#include "core/detect/Rule.h"
#include "core/detect/Validators.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/**
 * A compiled, immutable set of rules.
 *
 * Scanning is two-phase. First the lines where a rule can match are found: by the literals its
 * prefilter needs (one Aho–Corasick pass over the text for all rules, LiteralIndex), by the digits
 * it needs (DigitCluster), or else by searching its group's alternation over the text; a group's
 * RE2::Set is asked on such a line which rules it is. Only those rules' own RE2 objects then find
 * the spans, inside that line. Every step is linear in the input for any rule and any text; the
 * only regular expressions are RE2's.
 *
 * Overlaps: when one finding lies entirely inside another, the one of the higher-ranked category
 * stays (SECRET > PCI > PHI > PII > CONFIDENTIAL > INJECTION), at equal rank the outer one: a
 * card-shaped run inside a key block is the key; a token in "https://TOKEN@github.com" is a
 * secret, not an e-mail address; within a category a URL ranks lowest (an address inside a
 * URL is kept). Of equal spans, the higher rank, then the higher score stays.
 * Findings that overlap only partly are both kept.
 *
 * Thread safety: a RuleSet is immutable after create(); scan() may be called from any number of
 * threads at once.
 */
class RuleSet
{
public:
    struct Options
    {
        /** Memory budget of each prefilter group's RE2::Set and alternation and of each rule's RE2 (bytes). */
        std::int64_t maxMem = 64ll << 20;
        /** Prefilter patterns per group (see RuleSet.cpp, struct Prefilter): small groups keep
         *  each DFA small; every group costs one pass over the text. */
        std::size_t groupSize = 40;
        /** Find candidate lines by literals and digit clusters where a rule allows it (see
         *  RuleSet.cpp, struct Prefilter), and search the rest of a line after a match only when
         *  it holds what every match needs; false searches every group's alternation instead, and
         *  every line to its end. The findings are the same either way (a test holds that); only
         *  the speed differs. */
        bool triggers = true;
        /** Group 1 of a pattern shaped P(G)S, with edges P and S of at most one character, is
         *  read from the match's bounds (EdgeCapture) instead of by RE2's capture engine. The
         *  findings are the same either way (a test holds that). */
        bool edgeCapture = true;
        /** A few built-in patterns are searched by hand-written code (Matchers) instead of RE2,
         *  and a window is looked at for a known first name before the built-in person-name
         *  patterns are searched there (Validators::mayHoldPersonName).
         *  The findings are the same either way (a test holds that). */
        bool handMatchers = true;
        /** States a searched group's ShapeFilter may build (with triggers); beyond them, its
         *  alternation is searched with RE2 instead. */
        std::size_t filterStates = 16384;
        /** Lines longer than this are scanned in segments of this size ... */
        std::size_t segmentSize = 16 * 1024;
        /** ... that overlap by this much; the longest single-line value that is always found. */
        std::size_t segmentOverlap = 4 * 1024;
        /** scan() and scanStoppable() add the dates near a person-linked value
         *  (Dates::addCompanions). The built-in rule set and the policy's set it; scanRange never. */
        bool companionDates = false;
    };

    /**
     * Compiles `rules`. Fails with RuleError naming the rule when a pattern does not compile or a
     * validator is unknown, and with OutOfMemory when the rules do not fit into `maxMem`.
     */
    static Result<std::shared_ptr<const RuleSet>> create(std::vector<Rule> rules, Options options);
    static Result<std::shared_ptr<const RuleSet>> create(std::vector<Rule> rules);
    /** The built-in rules; they always compile (a failure is a bug and returns the error). */
    static Result<std::shared_ptr<const RuleSet>> builtin();
    /** The options of the built-in rule set (and of the policy's, which extends it): companion dates on. */
    static Options builtinOptions();

    ~RuleSet();
    RuleSet(const RuleSet&) = delete;
    RuleSet& operator=(const RuleSet&) = delete;

    /**
     * Scans all of `text` (UTF-8; invalid bytes never match). Findings are sorted by start.
     * Fails with OutOfMemory when RE2 runs out of its budget: then nothing is known about the
     * text, which is never the same as "no findings".
     */
    Result<std::vector<Finding>> scan(std::string_view text) const;

    /**
     * scan(), in pieces of `piece` bytes, asking `stop` before each: a newer text can end the scan of
     * an older one within one piece (the clipboard guard, the paste-box). Sets `stopped` and returns
     * what was found so far when `stop` said yes; the findings are those of scan() otherwise.
     */
    Result<std::vector<Finding>>
    scanStoppable(std::string_view text, std::size_t piece, const std::function<bool()>& stop, bool& stopped) const;
    /** The piece the clipboard guard and the paste-box scan in: a newer text stops an older scan
     *  within one piece. */
    static constexpr std::size_t kInteractivePiece = std::size_t{1} << 20;

    /**
     * Scans for findings that start in [ownBegin, ownEnd) of `text`, reading the bytes around that
     * range as context; appends them, sorted by start and overlap-resolved, to `out`. This is the
     * building block of StreamScanner, which scans a stream in overlapping pieces.
     *
     * A table's header is the first line of the text (tableHeaderLine): its cells are context for
     * the values below them. Where `text` is a piece of a longer text that does not start where
     * that one starts (a stream's later chunk), `header` is that text's header line instead (empty
     * for none), so no line of the piece is taken for one; its words then count as they do in one
     * scan of the whole text, except that a context-gated rule is not sent down the rows from it.
     */
    Result<void> scanRange(std::string_view text,
                           std::size_t ownBegin,
                           std::size_t ownEnd,
                           std::vector<Finding>& out,
                           std::optional<std::string_view> header = std::nullopt) const;
    /** The first line of `text` when it is a table's header (it has a tab, comma, semicolon or bar
     *  and ends within 4 KiB), else empty. */
    static std::string_view tableHeaderLine(std::string_view text);

    const std::vector<Rule>& rules() const { return m_rules; }
    const Options& options() const { return m_options; }
    /** The longest span a finding can have that scanRange is guaranteed to report whole. */
    std::size_t maxSpan() const;

private:
    struct Compiled;
    struct Prefilter;
    struct ScanState;
    RuleSet(std::vector<Rule> rules, Options options);

    /** scanRange() of a text whose line escapes ("\\n" in a JSON string) are blanked already. */
    Result<void> scanBlanked(std::string_view text,
                             std::size_t ownBegin,
                             std::size_t ownEnd,
                             std::vector<Finding>& out,
                             std::optional<std::string_view> header = std::nullopt) const;

    void scanWindow(std::string_view text,
                    std::size_t winBegin,
                    std::size_t winEnd,
                    std::size_t ownBegin,
                    std::size_t segOwnEnd,
                    std::size_t rangeOwnEnd,
                    const std::vector<std::size_t>& hits,
                    ScanState& state,
                    std::vector<Finding>& out) const;
    bool groupMayMatch(std::string_view text,
                       std::size_t group,
                       std::size_t from,
                       std::size_t to,
                       std::size_t limit,
                       ScanState& state) const;
    /** Where the next line that needs reading holds its first candidate (scanRange). */
    std::size_t nextCandidate(std::string_view text, std::size_t from, std::size_t limit, ScanState& state) const;
    bool findTerminator(std::string_view text,
                        std::size_t ruleIndex,
                        std::size_t from,
                        std::size_t limit,
                        ScanState& state,
                        std::size_t& termEnd) const;
    bool accept(std::string_view text,
                std::size_t ruleIndex,
                const ScanState& state,
                std::size_t& begin,
                std::size_t& end,
                Finding& f) const;

    std::vector<Rule> m_rules;
    Options m_options;
    std::vector<Compiled> m_compiled;
    std::unique_ptr<Prefilter> m_set;
};

/**
 * Whether, read from its text, every match of `pattern` begins with one of `literals` (ASCII
 * letters in either case): an optional "(?i)" and "\b", groups opened, then each literal's bytes,
 * one pattern character each (plain, escaped punctuation, or a simple class holding it) with no
 * quantifier, and no '|' or quantifier that would let a match start elsewhere. False wherever it
 * cannot tell. A rule's prefilter that passes is asked anchored where its literals stand.
 */
bool everyMatchStartsWithOne(std::string_view pattern, const std::vector<std::string>& literals);
/** The order findings are reported in: by start, longer first, then higher category rank, then score. */
bool findingOrder(const Finding& a, const Finding& b);
/** Applies the overlap rule above; `findings` must be sorted by findingOrder. */
void resolveOverlaps(std::vector<Finding>& findings);
/**
 * Copies `text` to `out` with every \n, \r and \t escape (an odd run of backslashes before n, r, t)
 * turned into two spaces; false (and `out` untouched) when there is none.
 */
bool blankLineEscapes(std::string_view text, std::string& out);
/** SECRET 5, PCI 4, PHI 3, PII 2, CONFIDENTIAL 1, INJECTION 0. */
int categoryRank(Category category);
