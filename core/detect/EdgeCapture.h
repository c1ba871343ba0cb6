// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <re2/re2.h>

#include <bitset>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

/**
 * Group 1 of a pattern shaped `P(G)S`, found from the span of the whole match alone. P and S are
 * empty, or an edge: an assertion (^, $, \b) or one character of a class, or an alternation of
 * those, as rules write the word boundary RE2 lacks beyond ASCII: `(?:^|[^A-Za-zÀ-ÿ])(Name)
 * (?:[^A-Za-zÀ-ÿ]|$)`, `\b(token)(?:[^A-Za-z0-9_-]|(?m:$))`. P may also be a run, an assertion
 * or nothing and then any number of one class's characters (`^[ \t]*`), and S a run and then an
 * assertion or nothing (`[ \t]*$`): then the group starts after some of the run's characters,
 * each count a choice (up to kMaxRun of them).
 *
 * Why: RE2 finds a match's bounds with its DFA, but a capture takes a second engine over the
 * match (BitState), whose cost grows with the program: for the person-name pattern, with its
 * counted Unicode classes, 5× the search itself (bench/README.md). Here P takes 0 or 1
 * character, so group 1 starts at the match's start or one character later, and ends at its end
 * or one character earlier; each choice is checked against its edge, and where only one start
 * and one end are possible they are the answer. Where more are, the group itself is matched on
 * each; if still more than one fits, the caller asks RE2.
 *
 * The answer is RE2's: RE2's own parse is one of the choices, and every choice is checked.
 */
class EdgeCapture
{
public:
    /** Null when `pattern` is not shaped P(G)S with edges P and S (then ask RE2). `options` are
     *  those the pattern itself is compiled with (its encoding must be UTF-8). */
    static std::unique_ptr<EdgeCapture> build(const std::string& pattern, const RE2::Options& options);
    /** The most characters of a run edge tried; with more, group() leaves the group to RE2. */
    static constexpr std::size_t kMaxRun = 8;
    ~EdgeCapture();

    /**
     * Given that text[begin, end) is a match of the pattern (in `text` as context), sets group 1's
     * span. False when the span cannot be told from the edges and the group (more than one fits).
     */
    bool group(std::string_view text, std::size_t begin, std::size_t end, std::size_t& g0, std::size_t& g1) const;

    // One alternative of an edge.
    struct Item
    {
        enum Kind
        {
            LineStart,
            TextStart,
            LineEnd,
            TextEnd,
            WordBoundary,
            Char
        } kind = Char;
        std::shared_ptr<re2::RE2> re; // Char: the class, as its own pattern
        std::bitset<128> ascii;       // Char: which ASCII characters it holds
    };

private:
    EdgeCapture() = default;

    std::vector<Item> m_prefix; // empty: no P (or P is a run: see below)
    std::vector<Item> m_suffix; // empty: no S (or S is a run)
    // P = m_prefixAssert, then m_prefixRun's characters, any number (m_prefixIsRun); S likewise,
    // the run first. An assert list is empty or holds one assertion.
    bool m_prefixIsRun = false;
    bool m_suffixIsRun = false;
    Item m_prefixRun;
    Item m_suffixRun;
    std::vector<Item> m_prefixAssert;
    std::vector<Item> m_suffixAssert;
    std::unique_ptr<re2::RE2> m_group;
};
