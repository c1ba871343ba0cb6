// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/**
 * Up to 128 RE2 patterns searched at once by a DFA of Scrim's own, for one thing only: which lines
 * may hold a match of which pattern. It says "maybe" wherever RE2 would find a match inside a
 * line, and sometimes where RE2 would not: it reads each pattern through RegexShape, so a
 * non-ASCII character class stands for any run of non-ASCII bytes, and a counted repeat a{n}
 * with n above `maxCopies` (8 unless build() is told otherwise) for a{maxCopies,}. Word boundaries (\b, \B) and line
 * boundaries (^, $, \A, \z, which in a line are the same) are kept, read as RE2 reads them in a line (\b is ASCII
 * only).
 *
 * Why not RE2: one RE2 pass costs about 1.5 ns a byte whatever the pattern, as every step waits
 * on the table lookup before it. This automaton is searched in eight interleaved streams, as
 * LiteralIndex is (bench/README.md). Like RE2's DFA it is built lazily, a state when the text
 * first reaches it: built whole, the product of a few dozen patterns has far more states than
 * text ever visits.
 *
 * build() returns null when a pattern uses syntax RegexShape does not read. Once the automaton
 * would need more than `maxStates` states, findAll() returns false (then and ever after) and the
 * caller searches with RE2. Thread-safe: scans share the states built so far; a new state is
 * built under a lock.
 */
class ShapeFilter
{
public:
    /**
     * A counted repeat a{n} with n above `maxCopies` reads as a{maxCopies,}: every state counts
     * the copies seen, so larger counts cost states (and exactness where they are loosened).
     */
    static constexpr std::size_t kMaxCopies = 8;
    static std::unique_ptr<ShapeFilter>
    build(const std::vector<std::string>& patterns, std::size_t maxStates = 16384, std::size_t maxCopies = kMaxCopies);
    ~ShapeFilter();

    /** A set of patterns: bit i of word i / 64 stands for patterns[i]. */
    struct Mask
    {
        std::uint64_t word[2] = {0, 0};
        bool any() const { return (word[0] | word[1]) != 0; }
        bool test(std::size_t i) const { return ((word[i / 64] >> (i % 64)) & 1u) != 0; }
        void set(std::size_t i) { word[i / 64] |= std::uint64_t{1} << (i % 64); }
        Mask& operator|=(const Mask& o)
        {
            word[0] |= o.word[0];
            word[1] |= o.word[1];
            return *this;
        }
        auto operator<=>(const Mask&) const = default;
    };
    static constexpr std::size_t kMaxPatterns = 128;

    struct Hit
    {
        std::size_t end = 0; // a match of each pattern in `patterns` may end here (exclusive)
        Mask patterns;
    };
    /**
     * Appends to `hits`, ordered by end, every position in [begin, end] where a match of a
     * pattern that lies within one line of text[begin, end) may end. `begin` should be a line's
     * start (the text's start or after a line break); the line that holds byte `end - 1` is read
     * as if it ended at `end`. Returns false, with `hits` incomplete, when the automaton has
     * outgrown its states.
     */
    bool findAll(std::string_view text, std::size_t begin, std::size_t end, std::vector<Hit>& hits) const;

    /**
     * The patterns that may match within the one line text[begin, end): `begin` is the line's
     * start and the line is read as if it ended at `end`, as findAll() reads it (the same
     * patterns, ORed over its hits). One stream, no allocation: for a single short line, where
     * findAll()'s eight streams cost more than they save. Null when the automaton has outgrown
     * its states.
     */
    std::optional<Mask> lineMask(std::string_view text, std::size_t begin, std::size_t end) const;

    /**
     * lineMask() of two filters over the same line, in one walk: each byte's two table lookups
     * are independent, so the processor overlaps them, where two walks would each wait on every
     * lookup (one walk is bound by the lookup's latency, not by its instructions). `a` and `b`
     * are what a.lineMask() and b.lineMask() return.
     */
    static void lineMasks(const ShapeFilter& first,
                          const ShapeFilter& second,
                          std::string_view text,
                          std::size_t begin,
                          std::size_t end,
                          std::optional<Mask>& a,
                          std::optional<Mask>& b);

    /**
     * True when, on a line of ASCII bytes alone, the filter says "maybe" for patterns[i] only where
     * RE2 finds a match in that line: the pattern has no repeat counted above `maxCopies` and no
     * Unicode class (\p, \P), the only things read loosely in ASCII text.
     */
    bool exact(std::size_t i) const;

    /** States built so far (for tests and benchmarks). */
    std::size_t states() const;

private:
    struct Impl;
    explicit ShapeFilter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};
