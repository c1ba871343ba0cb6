// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/DigitCluster.h"

#include "core/detect/RegexShape.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
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

// The ASCII bytes of each kind, for whole-set tests.
struct Sets
{
    RegexShape::ByteSet breakers;  // neither digits nor separators
    RegexShape::ByteSet notDigits; // separators and breakers
    Sets()
    {
        for (std::size_t b = 0; b < 128; ++b) {
            breakers.set(b, kKind[b] == Kind::Breaker);
            notDigits.set(b, kKind[b] != Kind::Digit);
        }
    }
};

// The algebra RegexShape::Walker reads a pattern into. `runs`: separators end a cluster too, so
// the bound is on runs of digits alone.
struct Algebra
{
    using Value = Shape;
    bool runs = false;

    Shape empty() const { return pureShape(0); }

    Shape atom(const RegexShape::ByteSet& set) const
    {
        if (set.none() || set.test(RegexShape::kNonAscii)) {
            return breakerShape();
        }
        // Whole-set tests: a word list's thousands of atoms made this a loop over 128 bytes each.
        static const Sets sets;
        if ((set & (runs ? sets.notDigits : sets.breakers)).any()) {
            return breakerShape();
        }
        return (set & sets.notDigits).none() ? pureShape(1) : pureShape(0);
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
    std::uint64_t joined = 0;   // digits and separators
    std::uint64_t newlines = 0; // with Lines only
};

template <bool Lines = false>
inline __attribute__((always_inline)) Masks classify64(const char* p)
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
        if constexpr (Lines) {
            const auto nl = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
            m.newlines |= static_cast<std::uint64_t>(static_cast<unsigned>(nl)) << (16 * k);
        }
    }
    return m;
}

// The last `left` (< 64) bytes of a range from all[at] on, classified: it reads on into the rest
// of `all` where it can and masks those bytes off (as letters, which end any cluster); only at the
// very end of `all` are the bytes copied into a padded block.
template <bool Lines = false>
inline __attribute__((always_inline)) Masks classifyLast(std::string_view all, std::size_t at, std::size_t left)
{
    Masks m;
    if (all.size() - at >= 64) {
        m = classify64<Lines>(all.data() + at);
    } else {
        char tail[64];
        std::memset(tail, 'x', sizeof tail);
        std::memcpy(tail, all.data() + at, left);
        m = classify64<Lines>(tail);
    }
    const std::uint64_t keep = (std::uint64_t{1} << left) - 1;
    m.digits &= keep;
    m.joined &= keep;
    m.newlines &= keep;
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

// The bits i of x with x's bits i ... i + n - 1 all set (n >= 1; the run must end within x).
std::uint64_t runsOfAtLeast(std::uint64_t x, std::size_t n)
{
    if (n > 64) {
        return 0;
    }
    std::size_t have = 1;
    for (; have * 2 <= n; have *= 2) {
        x &= x >> have;
    }
    return have < n ? x & (x >> (n - have)) : x;
}

// survey()'s state from one block to the next.
struct SurveyState
{
    Bounds floor;
    std::size_t longLine = 0;
    Survey* out = nullptr;
    // At the top of the block before: how many bytes of digits and separators, from the first
    // digit among them (0: none), and how many digits, run up to it.
    std::size_t joinedFromDigit = 0;
    std::size_t digitRun = 0;
    // The line the block's bottom is in: where it starts, and whether it was reported as long;
    // the line of the last byte added to `lines` (kNever: none).
    std::size_t lineStart = 0;
    bool reported = false;
    std::size_t lastLine = kNever;
};

// Adds the lines and long lines of the 64 bytes classified in `m`, of which the first `size`
// count, at offset `base`.
inline __attribute__((always_inline)) void
surveyFold(const Masks& m, std::size_t base, std::size_t size, SurveyState& st)
{
    constexpr std::uint64_t all = ~std::uint64_t{0};
    // Most blocks of prose have no digit, and nothing runs on into them: only their lines count.
    if (m.digits != 0 || st.joinedFromDigit != 0 || st.digitRun != 0) {
        // Stretches that run on from the block before: measured from there.
        const auto bottomJoined = static_cast<std::size_t>(std::countr_one(m.joined));
        const auto bottomDigits = static_cast<std::size_t>(std::countr_one(m.digits));
        if ((st.joinedFromDigit > 0 && st.joinedFromDigit + bottomJoined >= st.floor.cluster)
            || (st.digitRun > 0 && st.digitRun + bottomDigits >= st.floor.run)) {
            if (st.lastLine != st.lineStart) {
                // base - 1 is in the stretch, and so in the line that goes on into this block.
                st.out->lines.push_back(base - 1);
                st.lastLine = st.lineStart;
            }
        }
        // Stretches within the block: a cluster's first digit has at least floor.cluster bytes of
        // digits and separators from it on, and its stretch, from it to the block's end or the
        // stretch's end, that many digits (one that runs on into the next block is checked there,
        // above). Later digits of a stretch have fewer bytes after them, so the lowest candidate
        // of a stretch is its first digit.
        std::uint64_t q = 0;
        for (std::uint64_t starts = runsOfAtLeast(m.joined, st.floor.cluster) & m.digits; starts != 0;) {
            const std::uint64_t low = starts & (~starts + 1);
            const std::uint64_t stretch = m.joined & ~(m.joined + low); // from `low` to the stretch's end
            if (static_cast<std::size_t>(std::popcount(stretch & m.digits)) >= st.floor.cluster) {
                q |= low;
            }
            starts &= ~stretch;
        }
        // Enough digits in a row; one byte per line is kept.
        q |= runsOfAtLeast(m.digits, st.floor.run);
        while (q != 0) {
            const int i = std::countr_zero(q);
            const std::uint64_t below = m.newlines & ((std::uint64_t{1} << i) - 1);
            const std::size_t line =
                below != 0 ? base + 64 - static_cast<std::size_t>(std::countl_zero(below)) : st.lineStart;
            if (line != st.lastLine) {
                st.out->lines.push_back(base + static_cast<std::size_t>(i));
                st.lastLine = line;
            }
            const std::uint64_t above = i == 63 ? 0 : m.newlines & ~((std::uint64_t{2} << i) - 1);
            q = above == 0 ? 0 : q & ~((above & (~above + 1)) - 1);
        }
        // What runs on into the next block.
        if (m.joined == all) {
            st.joinedFromDigit = st.joinedFromDigit > 0 ? st.joinedFromDigit + 64
                                 : m.digits != 0        ? 64 - static_cast<std::size_t>(std::countr_zero(m.digits))
                                                        : 0;
        } else {
            const auto top = static_cast<std::size_t>(std::countl_one(m.joined));
            const std::uint64_t topDigits = top == 0 ? 0 : m.digits & (all << (64 - top));
            st.joinedFromDigit = topDigits != 0 ? 64 - static_cast<std::size_t>(std::countr_zero(topDigits)) : 0;
        }
        st.digitRun = m.digits == all ? st.digitRun + 64 : static_cast<std::size_t>(std::countl_one(m.digits));
    }
    st.out->breaks.push_back(m.newlines);
    // Lines: a line that starts and ends within the block is shorter than 64 bytes.
    if (m.newlines == 0) {
        if (!st.reported && base + size - st.lineStart > st.longLine) {
            st.out->longLines.push_back(st.lineStart);
            st.reported = true;
        }
    } else {
        const std::size_t first = base + static_cast<std::size_t>(std::countr_zero(m.newlines));
        if (!st.reported && first - st.lineStart > st.longLine) {
            st.out->longLines.push_back(st.lineStart);
        }
        st.lineStart = base + 64 - static_cast<std::size_t>(std::countl_zero(m.newlines));
        st.reported = false;
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
    // runs of those bits are the runs and clusters (bench/README.md); the last block as
    // classifyLast() reads it.
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
        fold(classifyLast(all, static_cast<std::size_t>(p - all.data()), left), best, cluster, run);
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

#if defined(__SSE2__)

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("popcnt", "default")))
#endif
void survey(std::string_view all, std::size_t begin, std::size_t end, Bounds floor, std::size_t longLine, Survey& out)
{
    // The blocks of measure(), with line breaks as a third mask (bench/README.md).
    SurveyState st;
    st.floor = {std::max<std::size_t>(floor.cluster, 1), std::max<std::size_t>(floor.run, 1)};
    st.longLine = std::max<std::size_t>(longLine, 64);
    st.out = &out;
    out.from = begin;
    out.to = std::max(begin, end);
    out.breaks.clear();
    out.breaks.reserve((out.to - begin + 63) / 64);
    st.lineStart = begin;
    std::size_t at = begin;
    for (; end - at >= 64; at += 64) {
        surveyFold(classify64<true>(all.data() + at), at, 64, st);
    }
    if (at < end) {
        surveyFold(classifyLast<true>(all, at, end - at), at, end - at, st);
    }
}

#else

void survey(std::string_view all, std::size_t begin, std::size_t end, Bounds floor, std::size_t longLine, Survey& out)
{
    longLine = std::max<std::size_t>(longLine, 64);
    floor = {std::max<std::size_t>(floor.cluster, 1), std::max<std::size_t>(floor.run, 1)};
    out.from = begin;
    out.to = std::max(begin, end);
    out.breaks.assign((out.to - begin + 63) / 64, 0);
    std::size_t lineStart = begin;
    bool reported = false;
    bool listed = false;             // the line is in out.lines
    std::size_t joinedFromDigit = 0; // bytes of digits and separators since the stretch's first digit
    std::size_t run = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const char ch = all[i];
        if (ch == '\n') {
            out.breaks[(i - begin) / 64] |= std::uint64_t{1} << ((i - begin) % 64);
            if (!reported && i - lineStart > longLine) {
                out.longLines.push_back(lineStart);
            }
            lineStart = i + 1;
            reported = listed = false;
        } else if (!reported && i + 1 - lineStart > longLine) {
            out.longLines.push_back(lineStart);
            reported = true;
        }
        const Kind k = kKind[static_cast<unsigned char>(ch)];
        run = k == Kind::Digit ? run + 1 : 0;
        joinedFromDigit = k == Kind::Breaker ? 0 : (joinedFromDigit > 0 || k == Kind::Digit ? joinedFromDigit + 1 : 0);
        if (!listed && (joinedFromDigit >= floor.cluster || run >= floor.run)) {
            out.lines.push_back(i);
            listed = true;
        }
    }
}

#endif

std::size_t Survey::nextBreak(std::size_t pos, std::size_t limit) const
{
    assert(pos >= from && limit <= to);
    if (pos >= limit) {
        return limit;
    }
    std::size_t k = (pos - from) / 64;
    std::uint64_t word = breaks[k] & (~std::uint64_t{0} << ((pos - from) % 64));
    while (word == 0) {
        if (from + ++k * 64 >= limit) {
            return limit;
        }
        word = breaks[k];
    }
    return std::min(limit, from + k * 64 + static_cast<std::size_t>(std::countr_zero(word)));
}

std::size_t Survey::afterLastBreak(std::size_t lo, std::size_t hi) const
{
    assert(lo >= from && hi <= to);
    if (lo >= hi) {
        return lo;
    }
    std::size_t k = (hi - 1 - from) / 64;
    // The bits of block k below `hi`.
    const std::size_t top = (hi - 1 - from) % 64;
    std::uint64_t word = breaks[k] & (top == 63 ? ~std::uint64_t{0} : (std::uint64_t{2} << top) - 1);
    while (word == 0) {
        if (k == 0 || from + k * 64 <= lo) {
            return lo;
        }
        word = breaks[--k];
    }
    const std::size_t at = from + k * 64 + 63 - static_cast<std::size_t>(std::countl_zero(word));
    return at >= lo ? at + 1 : lo;
}

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
