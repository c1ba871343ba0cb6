// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

/**
 * The search loop LiteralIndex and ShapeFilter share. A table-driven automaton waits at every
 * byte for the table lookup before; run over eight parts of the text at once, it has eight lookups
 * in flight instead of one (bench/README.md: one stream 3.3 ns a byte, four 1.0–1.2, eight 0.85
 * for ShapeFilter's table, which is beyond the fast caches). The parts start after a line break,
 * since neither automaton carries a match across one.
 *
 * Table entries are the next state's row (its first entry's index) in the low 30 bits, with two
 * flags above: the loop stops after a byte that brings a stream to an entry with kStop set, and
 * the caller reads the flags. A row is used as it is, with no shift or mask on the chain from one
 * byte to the next (bench/README.md).
 */
namespace InterleavedStreams {

inline constexpr std::size_t kStreams = 8;

/** An entry's flags: kStop makes the loop stop; kFlag2 is the caller's. */
inline constexpr std::uint32_t kStop = std::uint32_t{1} << 31;
inline constexpr std::uint32_t kFlag2 = std::uint32_t{1} << 30;
inline constexpr std::uint32_t kRowMask = kFlag2 - 1;

/** Reads a table entry; ShapeFilter's table gains entries while scans read it. */
inline std::uint32_t loadEntry(const std::uint32_t& entry)
{
    return std::atomic_ref<std::uint32_t>(const_cast<std::uint32_t&>(entry)).load(std::memory_order_acquire);
}

struct Parts
{
    std::size_t from[kStreams + 1] = {}; // part k is text[from[k], from[k + 1])
    std::size_t common = 0;              // the shortest part's length
};

/** Cuts text[begin, end) into kStreams parts, each after the first starting after a line break
 *  (a part may be empty). */
Parts split(std::string_view text, std::size_t begin, std::size_t end);

/**
 * Runs the streams from `p` (in part 0; the others at the same distance into their parts) until
 * `stop`, or until just after a byte that brought a stream to an entry with kStop set; returns
 * where it stopped. `state` holds each stream's last entry. Reads the table with atomic loads:
 * ShapeFilter's gains entries while scans read it.
 */
const unsigned char* advance(const std::uint32_t* delta,
                             const unsigned char* cls,
                             const unsigned char* p,
                             const unsigned char* stop,
                             const Parts& parts,
                             std::size_t (&state)[kStreams]);

} // namespace InterleavedStreams
