// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
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
 * Each stream's step reads the part's offset, the text byte and its class before the table entry,
 * and the loop is bound by those loads. Where the processor has AVX-512 VBMI, the classes of a
 * block of each part are written first, 64 bytes at a time (a 256-entry byte table is four
 * registers and two permutes), into a buffer where part k's block stands kBlock bytes after part
 * k − 1's; a step then reads one class byte and one table entry per stream (advance()).
 * Elsewhere the streams read their bytes and classes themselves (advanceDirect()): written byte
 * by byte, the blocks would cost more than they save.
 *
 * Table entries are the next state's row (its first entry's index) in the low 30 bits, with two
 * flags above. A stream that reaches an entry with kStop is noted (Stops) and goes on from the
 * entry's row; the loop leaves only where an entry has kFlag2 too (ShapeFilter's state not built
 * yet), when the notes are nearly full, or at the end of its range. A row is used as it is, with
 * no shift or mask on the chain from one byte to the next (bench/README.md).
 */
namespace InterleavedStreams {

inline constexpr std::size_t kStreams = 8;
/** Bytes of each part whose classes are written at a time (a multiple of 64). */
inline constexpr std::size_t kBlock = 256;

/** An entry's flags: kStop is a hit the caller wants to hear of; kFlag2 (with kStop) makes the
 *  loop leave, for the caller to handle the entry first. */
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
 * Writes the classes of `n` (at most kBlock) bytes of each part, from `i` bytes into it:
 * out[k * kBlock + j] = cls[bytes[from[k] + i + j]]. `out` holds kStreams * kBlock bytes; the
 * bytes of a row after its n-th may be overwritten. `wide`: with AVX-512 VBMI where the processor
 * has it (tests compare the two).
 */
void classify(const unsigned char* cls,
              const unsigned char* bytes,
              const Parts& parts,
              std::size_t i,
              std::size_t n,
              unsigned char* out,
              bool wide = true);
/** Whether classify(…, wide = true) uses AVX-512 VBMI on this processor (false on other
 *  architectures and compilers). */
bool hasWideClassify();

/** How run() reads classes: as this processor does best (blocks where it has AVX-512 VBMI), or,
 *  for tests, always from blocks (written byte by byte without VBMI) or always directly. */
enum class Path
{
    Auto,
    Blocks,
    Direct
};
/** For tests: the path run() takes from now on, in every thread. */
void usePath(Path path);
/** Whether run() now writes classes in blocks. */
bool blocksInUse();
/** For tests: usePath(path) until the end of a scope, then Path::Auto again. */
class ScopedPath
{
public:
    explicit ScopedPath(Path path) { usePath(path); }
    ~ScopedPath() { usePath(Path::Auto); }
    ScopedPath(const ScopedPath&) = delete;
    ScopedPath& operator=(const ScopedPath&) = delete;
};

/** Where streams reached an entry with kStop (and not kFlag2) during one advance(). */
struct Stops
{
    static constexpr std::size_t kCapacity = 128;
    std::uint32_t at[kCapacity];    // bytes read since advance() was called (below 2^32: run() cuts its calls)
    std::uint32_t entry[kCapacity]; // the entry, flags and all
    std::uint8_t stream[kCapacity]; // which stream
    std::size_t size = 0;
};

/**
 * Runs the streams over a classified block from `q` (in row 0 of the buffer classify() wrote)
 * until `stop`. A stream that reaches an entry with kStop is noted in `stops` and goes on from
 * the entry's row, all without leaving the loop; the loop ends early, just after the byte, where
 * an entry has both flags (ShapeFilter's state not built yet: `state` then holds it, and the
 * other streams' entries of that byte, flags and all), or when `stops` is nearly full. Returns
 * where it stopped; `state` holds each stream's last entry. Reads the table with atomic loads:
 * ShapeFilter's gains entries while scans read it.
 */
const unsigned char* advance(const std::uint32_t* delta,
                             const unsigned char* q,
                             const unsigned char* stop,
                             std::size_t (&state)[kStreams],
                             Stops& stops);

/** advance() where no block of classes is written: the streams read their bytes from the parts
 *  (from `p` in part 0; the others at the same distance into theirs) and look up each class. */
const unsigned char* advanceDirect(const std::uint32_t* delta,
                                   const unsigned char* cls,
                                   const unsigned char* p,
                                   const unsigned char* stop,
                                   const Parts& parts,
                                   std::size_t (&state)[kStreams],
                                   Stops& stops);

/**
 * Runs the streams over the first parts.common bytes of every part. Calls `onStop(k, entry, i)`
 * for each entry with kStop that stream k reached after reading `i` bytes of its part and that
 * the loop noted, in order of `i`; and `afterAdvance(i)` whenever advance() returns (at a block's
 * end, or early), with the bytes each stream has read. An entry reached by the last step before
 * an early return is not noted: it is still in `state`, flags and all, and afterAdvance must read
 * and clear them. afterAdvance returns false to end the run (run() then returns false).
 */
template <class OnStop, class AfterAdvance>
bool run(const std::uint32_t* delta,
         const unsigned char* cls,
         const unsigned char* bytes,
         const Parts& parts,
         std::size_t (&state)[kStreams],
         OnStop&& onStop,
         AfterAdvance&& afterAdvance)
{
    Stops stops;
    const auto report = [&](std::size_t base) {
        for (std::size_t s = 0; s < stops.size; ++s) {
            onStop(stops.stream[s], stops.entry[s], base + stops.at[s]);
        }
    };
    if (!blocksInUse()) {
        const unsigned char* const start = bytes + parts.from[0];
        const unsigned char* const stop = start + parts.common;
        for (const unsigned char* p = start; p != stop;) {
            stops.size = 0;
            const unsigned char* const from = p;
            // A call reads at most 2^30 bytes, so that Stops::at holds its counts.
            const auto chunk = std::min<std::size_t>(static_cast<std::size_t>(stop - p), std::size_t{1} << 30);
            p = advanceDirect(delta, cls, p, p + chunk, parts, state, stops);
            report(static_cast<std::size_t>(from - start));
            if (!afterAdvance(static_cast<std::size_t>(p - start))) {
                return false;
            }
        }
        return true;
    }
    alignas(64) unsigned char block[kStreams * kBlock];
    for (std::size_t i = 0; i < parts.common; i += kBlock) {
        const std::size_t n = std::min(kBlock, parts.common - i);
        classify(cls, bytes, parts, i, n, block);
        const unsigned char* q = block;
        const unsigned char* const stop = block + n;
        while (q != stop) {
            stops.size = 0;
            const unsigned char* const from = q;
            q = advance(delta, q, stop, state, stops);
            report(i + static_cast<std::size_t>(from - block));
            if (!afterAdvance(i + static_cast<std::size_t>(q - block))) {
                return false;
            }
        }
    }
    return true;
}

} // namespace InterleavedStreams
