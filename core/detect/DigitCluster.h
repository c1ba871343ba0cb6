// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

/**
 * Digit clusters: the cheap first look that tells which lines a digit-shaped rule can match in.
 *
 * A cluster is a maximal run of text made of ASCII digits and the separators in `kSeparators`
 * (space, hyphen, dot, slash, parentheses, plus); its size is the number of digits in it.
 * "+1 (415) 555-0100" is one cluster of 11, "2024-02-14T04:48:22" holds clusters of 8, 2, 2 and 2
 * (the T and the colons end them).
 *
 * minBounds() reads a pattern and proves a lower bound K: every text the pattern matches holds a
 * cluster of at least K digits. A line whose largest cluster is smaller than K cannot hold a match,
 * and the scan skips the rule there without running RE2 (RuleSet). It also bounds the
 * longest run of digits alone: a date has clusters of 8 but runs of 4, an ID number runs of 6 and
 * more. The bound is sound by
 * construction: whatever the analysis cannot read exactly (a class that may match a letter, an
 * unknown escape) counts as a character that ends a cluster, which only lowers K; a pattern it
 * cannot parse gets 0, "no promise".
 */
namespace DigitCluster {

/** The characters that join digits into one cluster. */
inline constexpr std::string_view kSeparators = " -./()+";

/** A cluster size and a run length: a run is digits alone, with no separator between them. */
struct Bounds
{
    std::size_t cluster = 0;
    std::size_t run = 0;
};

/** The largest digit cluster and the longest run of digits in `text`, in one pass. */
Bounds measure(std::string_view text);
/** measure() of all[begin, end), which may read (not count) the bytes of `all` after `end`. */
Bounds measure(std::string_view all, std::size_t begin, std::size_t end);
/** As above, but may stop (and return bounds that are too low) once both bounds reach `enough`. */
Bounds measure(std::string_view all, std::size_t begin, std::size_t end, Bounds enough);

/** What survey() found, in text order. */
struct Survey
{
    std::vector<std::size_t> lines;     // a byte of each line that may reach the floor
    std::vector<std::size_t> longLines; // where each line longer than the limit starts
    // The line breaks of the range surveyed, [from, to): bit i of breaks[k] is byte from + 64k + i
    // (an eighth of a byte per byte surveyed).
    std::size_t from = 0;
    std::size_t to = 0;
    std::vector<std::uint64_t> breaks;

    /** The first '\n' in all[pos, limit), or `limit` when there is none; from <= pos and
     *  limit <= to (the range surveyed). */
    std::size_t nextBreak(std::size_t pos, std::size_t limit) const;
    /** One past the last '\n' in all[lo, hi), or `lo` when there is none; from <= lo and
     *  hi <= to. */
    std::size_t afterLastBreak(std::size_t lo, std::size_t hi) const;
};

/** "No bound": a floor that nothing reaches. */
inline constexpr std::size_t kNever = ~std::size_t{0};

/**
 * One pass over all[begin, end) for a scan that goes line by line (RuleSet), so that it need not
 * look at the lines where no group found by digits can match. Appends to `out.lines` one byte of
 * every line whose largest cluster has at least floor.cluster digits or whose longest run has at
 * least floor.run digits (kNever: not by that measure), and of some lines that come close: each
 * line it lists has, from one of its digits on, floor.cluster bytes of digits and separators in a
 * row, or floor.run digits in a row (the digits of a cluster are counted where it lies within one
 * block of 64 bytes, and not where it crosses into the next). Appends to `out.longLines` the
 * start of each line longer than `longLine` bytes (taken as at least 64). A line ends before a
 * '\n' or at `end`, and all[begin] starts one. Reads, and never counts, bytes of `all` after `end`.
 * Bit masks of 64 bytes, a few instructions each: cheaper than measure() line by line. Keeps
 * the line breaks of all[begin, end) in `out.breaks`, so the scan that reads the lines need not
 * search for their ends.
 */
void survey(std::string_view all, std::size_t begin, std::size_t end, Bounds floor, std::size_t longLine, Survey& out);

/**
 * Lower bounds on the largest digit cluster and the longest run of digits of every match of
 * `pattern` (RE2 syntax); 0 where it guarantees nothing (no digits needed, or syntax the analysis
 * does not read).
 */
Bounds minBounds(std::string_view pattern);

} // namespace DigitCluster
