// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/DigitCluster.h"

#include "core/detect/RegexShape.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>

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

} // namespace

Bounds measure(std::string_view text)
{
    // Branch-free per byte: a digit adds one to both, a separator keeps the cluster and ends the
    // run, any other character ends both. Outside a cluster, eight bytes without a digit change
    // nothing and are skipped at once (most text is letters).
    Bounds best;
    std::size_t cluster = 0;
    std::size_t run = 0;
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        if (cluster == 0 && end - p >= 8) {
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
    }
    return best;
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
