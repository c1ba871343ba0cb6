// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/InterleavedStreams.h"

#include <algorithm>
#include <atomic>

#if defined(__x86_64__) && defined(__GNUC__)
#define SCRIM_WIDE_CLASSIFY 1
#include <immintrin.h>
#endif

namespace InterleavedStreams {

Parts split(std::string_view text, std::size_t begin, std::size_t end)
{
    Parts parts;
    parts.from[0] = begin;
    parts.from[kStreams] = end;
    for (std::size_t k = 1; k < kStreams; ++k) {
        std::size_t at = std::max(parts.from[k - 1], begin + (end - begin) * k / kStreams);
        while (at > begin && at < end && text[at - 1] != '\n') {
            ++at;
        }
        parts.from[k] = at;
    }
    parts.common = parts.from[1] - parts.from[0];
    for (std::size_t k = 1; k < kStreams; ++k) {
        parts.common = std::min(parts.common, parts.from[k + 1] - parts.from[k]);
    }
    return parts;
}

namespace {

static_assert(kBlock % 64 == 0);

void classifyScalar(const unsigned char* cls,
                    const unsigned char* bytes,
                    const Parts& parts,
                    std::size_t i,
                    std::size_t n,
                    unsigned char* out)
{
    for (std::size_t k = 0; k < kStreams; ++k) {
        const unsigned char* src = bytes + parts.from[k] + i;
        unsigned char* dst = out + k * kBlock;
        for (std::size_t j = 0; j < n; ++j) {
            dst[j] = cls[src[j]];
        }
    }
}

#if defined(SCRIM_WIDE_CLASSIFY)

// The 256 classes are four registers; vpermi2b looks up 64 bytes in two of them by their low
// seven bits, and the top bit chooses between the two answers. The last piece of a part is read
// with a mask, so nothing past the part is touched.
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) void classifyVbmi(const unsigned char* cls,
                                                                         const unsigned char* bytes,
                                                                         const Parts& parts,
                                                                         std::size_t i,
                                                                         std::size_t n,
                                                                         unsigned char* out)
{
    const __m512i t0 = _mm512_loadu_si512(cls);
    const __m512i t1 = _mm512_loadu_si512(cls + 64);
    const __m512i t2 = _mm512_loadu_si512(cls + 128);
    const __m512i t3 = _mm512_loadu_si512(cls + 192);
    for (std::size_t k = 0; k < kStreams; ++k) {
        const unsigned char* src = bytes + parts.from[k] + i;
        unsigned char* dst = out + k * kBlock;
        for (std::size_t j = 0; j < n; j += 64) {
            const std::size_t m = std::min<std::size_t>(64, n - j);
            const __mmask64 load = m == 64 ? ~__mmask64{0} : (__mmask64{1} << m) - 1;
            const __m512i x = _mm512_maskz_loadu_epi8(load, src + j);
            const __m512i low = _mm512_permutex2var_epi8(t0, x, t1);
            const __m512i high = _mm512_permutex2var_epi8(t2, x, t3);
            _mm512_storeu_si512(dst + j, _mm512_mask_blend_epi8(_mm512_movepi8_mask(x), low, high));
        }
    }
}

bool detectWide()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
           && __builtin_cpu_supports("avx512vbmi");
}

#else

bool detectWide()
{
    return false;
}

#endif

} // namespace

bool hasWideClassify()
{
    static const bool wide = detectWide();
    return wide;
}

namespace {
std::atomic<Path> g_path{Path::Auto};
} // namespace

void usePath(Path path)
{
    g_path.store(path, std::memory_order_relaxed);
}

bool blocksInUse()
{
    const Path path = g_path.load(std::memory_order_relaxed);
    return path == Path::Blocks || (path == Path::Auto && hasWideClassify());
}

void classify(const unsigned char* cls,
              const unsigned char* bytes,
              const Parts& parts,
              std::size_t i,
              std::size_t n,
              unsigned char* out,
              bool wide)
{
#if defined(SCRIM_WIDE_CLASSIFY)
    if (wide && hasWideClassify()) {
        classifyVbmi(cls, bytes, parts, i, n, out);
        return;
    }
#endif
    (void)wide;
    classifyScalar(cls, bytes, parts, i, n, out);
}

// The loops below are each on their own, so that nothing in them calls out and their states and
// pointers stay in registers (GCC had spilled them around the calls that report hits). A stop is
// noted without leaving the loop: leaving it and coming back cost about 120 cycles a stop, and
// the literal pass stops every 20 bytes or so. The states are 32-bit: as 64-bit values GCC 12
// spills some of them.
#define SCRIM_LOAD_STATES                                                                                              \
    auto s0 = static_cast<std::uint32_t>(state[0]);                                                                    \
    auto s1 = static_cast<std::uint32_t>(state[1]);                                                                    \
    auto s2 = static_cast<std::uint32_t>(state[2]);                                                                    \
    auto s3 = static_cast<std::uint32_t>(state[3]);                                                                    \
    auto s4 = static_cast<std::uint32_t>(state[4]);                                                                    \
    auto s5 = static_cast<std::uint32_t>(state[5]);                                                                    \
    auto s6 = static_cast<std::uint32_t>(state[6]);                                                                    \
    auto s7 = static_cast<std::uint32_t>(state[7]);
#define SCRIM_STORE_STATES                                                                                             \
    state[0] = s0;                                                                                                     \
    state[1] = s1;                                                                                                     \
    state[2] = s2;                                                                                                     \
    state[3] = s3;                                                                                                     \
    state[4] = s4;                                                                                                     \
    state[5] = s5;                                                                                                     \
    state[6] = s6;                                                                                                     \
    state[7] = s7;
// After a step: where a stream reached an entry with kStop, note it and clear the flag; leave the
// loop instead where an entry also has kFlag2, or where `stops` may not hold eight more.
#define SCRIM_NOTE_STOPS(step)                                                                                         \
    if (const std::uint32_t any = s0 | s1 | s2 | s3 | s4 | s5 | s6 | s7; (any & kStop) != 0) [[unlikely]] {            \
        if ((any & kFlag2) != 0 || n > Stops::kCapacity - kStreams) {                                                  \
            break;                                                                                                     \
        }                                                                                                              \
        SCRIM_NOTE_STOP(0, step)                                                                                       \
        SCRIM_NOTE_STOP(1, step)                                                                                       \
        SCRIM_NOTE_STOP(2, step)                                                                                       \
        SCRIM_NOTE_STOP(3, step)                                                                                       \
        SCRIM_NOTE_STOP(4, step)                                                                                       \
        SCRIM_NOTE_STOP(5, step)                                                                                       \
        SCRIM_NOTE_STOP(6, step)                                                                                       \
        SCRIM_NOTE_STOP(7, step)                                                                                       \
    }
#define SCRIM_NOTE_STOP(k, step)                                                                                       \
    if (s##k & kStop) {                                                                                                \
        stops.at[n] = step;                                                                                            \
        stops.entry[n] = s##k;                                                                                         \
        stops.stream[n] = k;                                                                                           \
        ++n;                                                                                                           \
        s##k &= kRowMask;                                                                                              \
    }

// Each stream's class stands at a fixed distance from q, so a step is one class byte and one
// table entry per stream. The row is widened before the class is added: GCC then adds in 64 bits
// and drops the zero extension it otherwise puts on the chain from one byte to the next.
[[gnu::noinline]] const unsigned char* advance(const std::uint32_t* delta,
                                               const unsigned char* q,
                                               const unsigned char* stop,
                                               std::size_t (&state)[kStreams],
                                               Stops& stops)
{
    static_assert(kStreams == 8);
    SCRIM_LOAD_STATES
    const unsigned char* const first = q;
    std::size_t n = stops.size;
    do {
        s0 = loadEntry(delta[std::size_t{s0} + q[0]]);
        s1 = loadEntry(delta[std::size_t{s1} + q[kBlock]]);
        s2 = loadEntry(delta[std::size_t{s2} + q[2 * kBlock]]);
        s3 = loadEntry(delta[std::size_t{s3} + q[3 * kBlock]]);
        s4 = loadEntry(delta[std::size_t{s4} + q[4 * kBlock]]);
        s5 = loadEntry(delta[std::size_t{s5} + q[5 * kBlock]]);
        s6 = loadEntry(delta[std::size_t{s6} + q[6 * kBlock]]);
        s7 = loadEntry(delta[std::size_t{s7} + q[7 * kBlock]]);
        ++q;
        SCRIM_NOTE_STOPS(static_cast<std::uint32_t>(q - first))
    } while (q != stop);
    stops.size = n;
    SCRIM_STORE_STATES
    return q;
}

// Eight states, the table, the classes and two pointers fill the registers; the offsets of the
// other parts are read from memory at each step (volatile: the compiler would otherwise keep them
// in registers and move the states to memory, onto the chain from byte to byte).
[[gnu::noinline]] const unsigned char* advanceDirect(const std::uint32_t* delta,
                                                     const unsigned char* cls,
                                                     const unsigned char* p,
                                                     const unsigned char* stop,
                                                     const Parts& parts,
                                                     std::size_t (&state)[kStreams],
                                                     Stops& stops)
{
    static_assert(kStreams == 8);
    volatile std::size_t offset[kStreams];
    for (std::size_t k = 0; k < kStreams; ++k) {
        offset[k] = parts.from[k] - parts.from[0];
    }
    SCRIM_LOAD_STATES
    const unsigned char* const first = p;
    std::size_t n = stops.size;
    do {
        s0 = loadEntry(delta[std::size_t{s0} + cls[p[0]]]);
        s1 = loadEntry(delta[std::size_t{s1} + cls[p[offset[1]]]]);
        s2 = loadEntry(delta[std::size_t{s2} + cls[p[offset[2]]]]);
        s3 = loadEntry(delta[std::size_t{s3} + cls[p[offset[3]]]]);
        s4 = loadEntry(delta[std::size_t{s4} + cls[p[offset[4]]]]);
        s5 = loadEntry(delta[std::size_t{s5} + cls[p[offset[5]]]]);
        s6 = loadEntry(delta[std::size_t{s6} + cls[p[offset[6]]]]);
        s7 = loadEntry(delta[std::size_t{s7} + cls[p[offset[7]]]]);
        ++p;
        SCRIM_NOTE_STOPS(static_cast<std::uint32_t>(p - first))
    } while (p != stop);
    stops.size = n;
    SCRIM_STORE_STATES
    return p;
}

#undef SCRIM_NOTE_STOP
#undef SCRIM_NOTE_STOPS
#undef SCRIM_STORE_STATES
#undef SCRIM_LOAD_STATES

} // namespace InterleavedStreams
