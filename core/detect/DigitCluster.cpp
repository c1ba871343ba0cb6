// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/DigitCluster.h"

#include "core/detect/RegexShape.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// What a character of the text is to a cluster.
enum class Kind : unsigned char
{
    Digit,  // counts and joins
    Joiner, // a separator: joins, does not count
    Breaker // anything else: ends the cluster
};

constexpr std::array<Kind, 256> kindTable()
{
    std::array<Kind, 256> t{};
    for (auto& k : t) {
        k = Kind::Breaker;
    }
    for (int c = '0'; c <= '9'; ++c) {
        t[static_cast<std::size_t>(c)] = Kind::Digit;
    }
    for (const char c : DigitCluster::kSeparators) {
        t[static_cast<unsigned char>(c)] = Kind::Joiner;
    }
    return t;
}

constexpr std::array<Kind, 256> kKind = kindTable();

// Lower bounds over every string a piece of pattern matches:
//  - pure: no match holds a breaker (then every match is one cluster of at least `total` digits);
//  - pre / suf: digits before the first / after the last breaker of a match;
//  - inner: the largest cluster inside a match.
// Bounds are capped, so long counted repeats cannot overflow.
struct Shape
{
    bool pure = true;
    std::size_t total = 0;
    std::size_t pre = 0;
    std::size_t suf = 0;
    std::size_t inner = 0;
};

constexpr std::size_t kCap = 1u << 16;

std::size_t capped(std::size_t v)
{
    return std::min(v, kCap);
}

Shape pureShape(std::size_t digits)
{
    return {true, digits, digits, digits, digits};
}

Shape breakerShape()
{
    return {false, 0, 0, 0, 0};
}

// a then b.
Shape concat(const Shape& a, const Shape& b)
{
    Shape s;
    s.pure = a.pure && b.pure;
    s.total = capped(a.total + b.total);
    s.pre = a.pure ? capped(a.total + b.pre) : a.pre;
    s.suf = b.pure ? capped(a.suf + b.total) : b.suf;
    s.inner = std::max({a.inner, b.inner, capped(a.suf + b.pre)});
    return s;
}

// a or b.
Shape either(const Shape& a, const Shape& b)
{
    return {a.pure && b.pure,
            std::min(a.total, b.total),
            std::min(a.pre, b.pre),
            std::min(a.suf, b.suf),
            std::min(a.inner, b.inner)};
}

// Any number of a (including none): only purity survives.
Shape star(const Shape& a)
{
    return a.pure ? pureShape(0) : Shape{false, 0, 0, 0, 0};
}

// The algebra RegexShape::Walker reads a pattern into. `runs`: separators end a cluster too, so
// the bound is on runs of digits alone.
struct Algebra
{
    using Value = Shape;
    bool runs = false;

    Shape empty() const { return pureShape(0); }

    Shape atom(const RegexShape::ByteSet& set) const
    {
        if (set.test(RegexShape::kNonAscii)) {
            return breakerShape();
        }
        bool allDigits = true;
        bool allJoin = true;
        for (std::size_t b = 0; b < 128; ++b) {
            if (!set.test(b)) {
                continue;
            }
            Kind k = kKind[b];
            if (runs && k == Kind::Joiner) {
                k = Kind::Breaker;
            }
            allDigits = allDigits && k == Kind::Digit;
            allJoin = allJoin && k != Kind::Breaker;
        }
        if (set.none() || !allJoin) {
            return breakerShape();
        }
        return allDigits ? pureShape(1) : pureShape(0);
    }

    Shape concat(const Shape& a, const Shape& b) const { return ::concat(a, b); }
    Shape either(const Shape& a, const Shape& b) const { return ::either(a, b); }
    Shape star(const Shape& a) const { return ::star(a); }

    // a{n}: exact for a pure piece (one cluster, n times as many digits); else n copies, up to a
    // few, as more copies only raise the bounds.
    Shape power(const Shape& a, std::size_t n) const
    {
        if (a.pure) {
            return pureShape(capped(a.total * n));
        }
        constexpr std::size_t maxCopies = 64;
        Shape s = pureShape(0);
        for (std::size_t k = 0; k < std::min(n, maxCopies); ++k) {
            s = ::concat(s, a);
        }
        return n > maxCopies ? ::concat(s, ::star(a)) : s;
    }
};

} // namespace

namespace DigitCluster {

namespace {

#if defined(__SSE2__)

// Which of 64 bytes are digits and which are separators, one bit per byte (bit i: p[i]).
struct Masks
{
    std::uint64_t digits = 0;
    std::uint64_t joined = 0; // digits and separators
};

Masks classify64(const char* p)
{
    const __m128i zero = _mm_set1_epi8('0');
    const __m128i nine = _mm_set1_epi8(9);
    const __m128i paren = _mm_set1_epi8('(');
    const __m128i seven = _mm_set1_epi8(7);
    const __m128i star = _mm_set1_epi8('*');
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i blank = _mm_set1_epi8(' ');
    Masks m;
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        // Unsigned "v - '0' <= 9": min(x, 9) == x.
        const __m128i d = _mm_sub_epi8(v, zero);
        const __m128i isDigit = _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d);
        // The separators: ' ', and '(' ... '/' except '*' and ','.
        const __m128i r = _mm_sub_epi8(v, paren);
        const __m128i inRange = _mm_cmpeq_epi8(_mm_min_epu8(r, seven), r);
        const __m128i notSep = _mm_or_si128(_mm_cmpeq_epi8(v, star), _mm_cmpeq_epi8(v, comma));
        const __m128i isSep = _mm_or_si128(_mm_andnot_si128(notSep, inRange), _mm_cmpeq_epi8(v, blank));
        const auto dm = static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(isDigit)));
        const auto sm = static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(isSep)));
        m.digits |= dm << (16 * k);
        m.joined |= (dm | sm) << (16 * k);
    }
    return m;
}

// The lowest maximal run of set bits in `x` (x != 0).
std::uint64_t lowestRun(std::uint64_t x)
{
    return x & ~(x + (x & (~x + 1)));
}

// The longest run of set bits in `x`: each step shortens every run by one.
int longestRun(std::uint64_t x)
{
    int n = 0;
    for (; x != 0; x &= x >> 1) {
        ++n;
    }
    return n;
}

// Folds 64 classified bytes into the bounds. `cluster` and `run` carry the open cluster and run
// from the bytes before (bit 0 continues them) to the bytes after (bit 63 hands them on).
inline __attribute__((always_inline)) void fold(const Masks& m, Bounds& best, std::size_t& cluster, std::size_t& run)
{
    constexpr std::uint64_t top = std::uint64_t{1} << 63;
    // Runs: the open run goes on in the digits at bit 0; the digits up to bit 63 stay open.
    if (m.digits == ~std::uint64_t{0}) {
        run += 64;
        best.run = std::max(best.run, run);
    } else {
        const auto bottom = static_cast<std::size_t>(std::countr_one(m.digits));
        best.run = std::max({best.run, run + bottom, static_cast<std::size_t>(longestRun(m.digits))});
        run = static_cast<std::size_t>(std::countl_one(m.digits));
    }
    // Clusters: each maximal run of digits and separators that holds a digit, or that touches bit
    // 0 while a cluster is open (it goes on through separators alone).
    const std::size_t carryCluster = cluster;
    cluster = 0;
    std::uint64_t c = m.joined;
    if (carryCluster > 0 && (c & 1)) {
        const std::uint64_t r = lowestRun(c);
        const std::size_t n = carryCluster + static_cast<std::size_t>(std::popcount(r & m.digits));
        best.cluster = std::max(best.cluster, n);
        if (r & top) {
            cluster = n;
        }
        c &= ~r;
    }
    for (std::uint64_t d = m.digits & c; d != 0;) {
        // The run of `c` that holds the lowest digit left: upwards by a carry through it,
        // downwards to the highest gap below that digit.
        const std::uint64_t low = d & (~d + 1);
        const std::uint64_t up = c & ~(c + low);
        const std::uint64_t gaps = ~c & (low - 1);
        const std::uint64_t below =
            gaps == 0 ? low - 1 : (low - 1) & ~((std::uint64_t{2} << (63 - std::countl_zero(gaps))) - 1);
        const std::uint64_t r = up | (c & below);
        const std::size_t n = static_cast<std::size_t>(std::popcount(r & m.digits));
        best.cluster = std::max(best.cluster, n);
        if (r & top) {
            cluster = n;
        }
        c &= ~r;
        d &= ~r;
    }
}

#else

// The ASCII digits (0x30..0x39) among the eight bytes of `x`: 0x80 set in each digit's byte. The
// bytes are taken as 7-bit values first (no carry or borrow crosses a byte), and a byte with its
// top bit set never counts.
std::uint64_t digitBytes(std::uint64_t x)
{
    constexpr std::uint64_t ones = ~std::uint64_t{0} / 255;
    constexpr std::uint64_t high = ones * 0x80;
    const std::uint64_t low7 = x & (ones * 0x7F);
    const std::uint64_t belowHigh = (ones * (127 + 0x3A)) - low7; // top bit set when byte < 0x3A
    const std::uint64_t aboveLow = low7 + ones * (127 - 0x2F);    // top bit set when byte > 0x2F
    return belowHigh & ~x & aboveLow & high;
}

#endif

} // namespace

#if defined(__SSE2__)

// Built twice, with and without the POPCNT instruction (x86-64's baseline lacks it); the loader
// picks the one the processor runs.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("popcnt", "default")))
#endif
Bounds
measure(std::string_view all, std::size_t begin, std::size_t end, Bounds enough)
{
    // 64 bytes at a time: SSE2 compares give a bit per byte for digits and separators, and the
    // runs of those bits are the runs and clusters (bench/README.md). The last block reads on
    // into the rest of `all` where it can and masks those bytes off (as letters, which end any
    // cluster); only at the very end of `all` are the last bytes copied into a padded block.
    Bounds best;
    std::size_t cluster = 0;
    std::size_t run = 0;
    const char* p = all.data() + begin;
    std::size_t left = end - begin;
    for (; left >= 64; p += 64, left -= 64) {
        fold(classify64(p), best, cluster, run);
        if (best.cluster >= enough.cluster && best.run >= enough.run) {
            return best;
        }
    }
    if (left > 0) {
        Masks m;
        if (static_cast<std::size_t>(all.data() + all.size() - p) >= 64) {
            m = classify64(p);
        } else {
            char tail[64];
            std::memset(tail, 'x', sizeof tail);
            std::memcpy(tail, p, left);
            m = classify64(tail);
        }
        const std::uint64_t keep = (std::uint64_t{1} << left) - 1;
        m.digits &= keep;
        m.joined &= keep;
        fold(m, best, cluster, run);
    }
    return best;
}

#else

Bounds measure(std::string_view all, std::size_t begin, std::size_t end, Bounds enough)
{
    const std::string_view text = all.substr(begin, end - begin);
    // Branch-free per byte: a digit adds one to both, a separator keeps the cluster and ends the
    // run, any other character ends both. Outside a cluster, eight bytes without a digit change
    // nothing and are skipped at once (most text is letters).
    Bounds best;
    std::size_t cluster = 0;
    std::size_t run = 0;
    const char* p = text.data();
    const char* const stop = p + text.size();
    while (p < stop) {
        if (cluster == 0 && stop - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, sizeof word);
            const std::uint64_t digits = digitBytes(word);
            if (digits == 0) {
                p += 8;
                continue;
            }
            if constexpr (std::endian::native == std::endian::little) {
                p += std::countr_zero(digits) / 8; // to the first digit
            }
        }
        const Kind k = kKind[static_cast<unsigned char>(*p++)];
        const std::size_t digit = k == Kind::Digit ? 1 : 0;
        cluster = (cluster + digit) * (k == Kind::Breaker ? 0 : 1);
        run = (run + digit) * digit;
        best.cluster = std::max(best.cluster, cluster);
        best.run = std::max(best.run, run);
        if (best.cluster >= enough.cluster && best.run >= enough.run) {
            return best;
        }
    }
    return best;
}

#endif

Bounds measure(std::string_view text)
{
    return measure(text, 0, text.size());
}

Bounds measure(std::string_view all, std::size_t begin, std::size_t end)
{
    constexpr std::size_t never = ~std::size_t{0};
    return measure(all, begin, end, {never, never});
}

Bounds minBounds(std::string_view pattern)
{
    Algebra clusters;
    Algebra runs{true};
    const auto cluster = RegexShape::Walker<Algebra>(clusters, pattern).parse();
    const auto run = RegexShape::Walker<Algebra>(runs, pattern).parse();
    return {cluster ? cluster->inner : 0, run ? run->inner : 0};
}

} // namespace DigitCluster
