// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/DigitCluster.h"

#include <algorithm>
#include <array>
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

Shape shapeOf(Kind k)
{
    switch (k) {
    case Kind::Digit:
        return pureShape(1);
    case Kind::Joiner:
        return pureShape(0);
    case Kind::Breaker:
        break;
    }
    return breakerShape();
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

// Recursive descent over the RE2 syntax; fails (nullopt) on what it does not know.
class Parser
{
public:
    // `runs`: separators end a cluster too, so the bound is on runs of digits alone.
    Parser(std::string_view p, bool runs)
        : m_p(p)
        , m_runs(runs)
    {}

    std::optional<Shape> parse()
    {
        auto s = alternation();
        if (!s || m_i != m_p.size()) {
            return std::nullopt;
        }
        return s;
    }

private:
    bool more() const { return m_i < m_p.size(); }
    char peek() const { return m_p[m_i]; }

    std::optional<Shape> alternation()
    {
        auto s = sequence();
        while (s && more() && peek() == '|') {
            ++m_i;
            auto next = sequence();
            if (!next) {
                return std::nullopt;
            }
            s = either(*s, *next);
        }
        return s;
    }

    std::optional<Shape> sequence()
    {
        Shape s = pureShape(0);
        while (more() && peek() != '|' && peek() != ')') {
            auto a = atom();
            if (!a) {
                return std::nullopt;
            }
            auto r = repeats(*a);
            if (!r) {
                return std::nullopt;
            }
            s = concat(s, *r);
        }
        return s;
    }

    // Quantifiers after an atom (RE2 allows several in a row, "a**").
    std::optional<Shape> repeats(Shape a)
    {
        for (;;) {
            if (!more()) {
                return a;
            }
            std::size_t lo = 0;
            std::optional<std::size_t> hi;
            const char c = peek();
            if (c == '?' || c == '*') {
                ++m_i;
                a = either(a, pureShape(0));
                if (c == '*') {
                    a = star(a);
                }
            } else if (c == '+') {
                ++m_i;
                a = concat(a, star(a));
            } else if (c == '{' && counted(lo, hi)) {
                a = power(a, lo, hi);
            } else {
                return a;
            }
            if (more() && peek() == '?') {
                ++m_i; // lazy: same strings
            }
        }
    }

    // {n}, {n,}, {n,m}; leaves m_i alone when the brace is a literal.
    bool counted(std::size_t& lo, std::optional<std::size_t>& hi)
    {
        std::size_t j = m_i + 1;
        const auto number = [&](std::size_t& v) {
            const std::size_t start = j;
            v = 0;
            while (j < m_p.size() && m_p[j] >= '0' && m_p[j] <= '9') {
                v = capped(v * 10 + static_cast<std::size_t>(m_p[j] - '0'));
                ++j;
            }
            return j > start;
        };
        if (!number(lo)) {
            return false;
        }
        hi = lo;
        if (j < m_p.size() && m_p[j] == ',') {
            ++j;
            std::size_t h = 0;
            hi = number(h) ? std::optional<std::size_t>(h) : std::nullopt;
        }
        if (j >= m_p.size() || m_p[j] != '}') {
            return false;
        }
        m_i = j + 1;
        return true;
    }

    static Shape power(const Shape& a, std::size_t lo, std::optional<std::size_t> hi)
    {
        Shape s = pureShape(0);
        if (a.pure) {
            s = pureShape(capped(a.total * lo)); // one cluster, lo times as many digits
        } else {
            // a{lo} by concatenation, up to a few copies: more copies only raise the bounds, so
            // stopping early and standing in star(a) for the rest keeps them sound.
            constexpr std::size_t maxCopies = 64;
            for (std::size_t k = 0; k < std::min(lo, maxCopies); ++k) {
                s = concat(s, a);
            }
            if (lo > maxCopies) {
                s = concat(s, star(a));
            }
        }
        if (!hi || *hi > lo) {
            s = concat(s, star(a));
        }
        return s;
    }

    std::optional<Shape> atom()
    {
        const char c = peek();
        ++m_i;
        switch (c) {
        case '(':
            return group();
        case '[':
            return charClass();
        case '\\':
            return escape();
        case '.':
            return breakerShape();
        case '^':
        case '$':
            return pureShape(0); // zero width
        case '*':
        case '+':
        case '?':
        case ')':
            return std::nullopt; // nothing to repeat / unbalanced
        default:
            return shapeOf(kindOf(static_cast<unsigned char>(c)));
        }
    }

    std::optional<Shape> group()
    {
        if (more() && peek() == '?') {
            ++m_i;
            if (more() && (peek() == 'P' || peek() == '<')) {
                // (?P<name>...) or (?<name>...)
                const auto close = m_p.find('>', m_i);
                if (close == std::string_view::npos) {
                    return std::nullopt;
                }
                m_i = close + 1;
            } else {
                // Flags: (?i) alone, or (?i:...). Case folding never turns a letter into a digit
                // or a separator, and s/m/U change nothing a cluster depends on.
                while (more() && (peek() == 'i' || peek() == 'm' || peek() == 's' || peek() == 'U' || peek() == '-')) {
                    ++m_i;
                }
                if (!more()) {
                    return std::nullopt;
                }
                if (peek() == ')') {
                    ++m_i;
                    return pureShape(0);
                }
                if (peek() != ':') {
                    return std::nullopt;
                }
                ++m_i;
            }
        }
        auto s = alternation();
        if (!s || !more() || peek() != ')') {
            return std::nullopt;
        }
        ++m_i;
        return s;
    }

    std::optional<Shape> escape()
    {
        if (!more()) {
            return std::nullopt;
        }
        const char c = peek();
        ++m_i;
        switch (c) {
        case 'd':
            return pureShape(1);
        case 'b':
        case 'B':
        case 'A':
        case 'z':
            return pureShape(0); // zero width
        case 'p':
        case 'P':
            if (more() && peek() == '{') {
                const auto close = m_p.find('}', m_i);
                if (close == std::string_view::npos) {
                    return std::nullopt;
                }
                m_i = close + 1;
            } else if (more()) {
                ++m_i;
            }
            return breakerShape();
        case 'Q': {
            // \Q...\E: literal text; read as breakers, which is never wrong.
            const auto end = m_p.find("\\E", m_i);
            m_i = end == std::string_view::npos ? m_p.size() : end + 2;
            return breakerShape();
        }
        case 'x':
            if (more() && peek() == '{') {
                const auto close = m_p.find('}', m_i);
                if (close == std::string_view::npos) {
                    return std::nullopt;
                }
                m_i = close + 1;
            } else {
                m_i = std::min(m_p.size(), m_i + 2);
            }
            return breakerShape();
        default:
            // An escaped punctuation character stands for itself; letters (\s, \w, \n, ...) are
            // classes or controls that never are a digit alone: breakers.
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                return breakerShape();
            }
            return shapeOf(kindOf(static_cast<unsigned char>(c)));
        }
    }

    // [...]: a digit when every member is a digit, a joiner when every member is a digit or a
    // separator, a breaker otherwise (negated classes always).
    std::optional<Shape> charClass()
    {
        bool negated = false;
        if (more() && peek() == '^') {
            negated = true;
            ++m_i;
        }
        bool allDigits = true;
        bool allJoin = true;
        const auto member = [&](unsigned char ch) {
            const Kind k = kindOf(ch);
            allDigits = allDigits && k == Kind::Digit;
            allJoin = allJoin && k != Kind::Breaker;
        };
        bool first = true;
        for (;;) {
            if (!more()) {
                return std::nullopt;
            }
            char c = peek();
            if (c == ']' && !first) {
                ++m_i;
                break;
            }
            first = false;
            ++m_i;
            if (c == '[' && more() && peek() == ':') {
                const auto close = m_p.find(":]", m_i);
                if (close == std::string_view::npos) {
                    return std::nullopt;
                }
                m_i = close + 2;
                allDigits = false;
                allJoin = false; // [:digit:] and friends: not worth reading exactly
                continue;
            }
            if (c == '\\') {
                if (!more()) {
                    return std::nullopt;
                }
                c = peek();
                ++m_i;
                if (c == 'd') {
                    member('0');
                    continue;
                }
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    // \s, \w, \n, \x.., \p{..}: skip a braced argument, count as letters.
                    if (more() && peek() == '{') {
                        const auto close = m_p.find('}', m_i);
                        if (close == std::string_view::npos) {
                            return std::nullopt;
                        }
                        m_i = close + 1;
                    }
                    allDigits = false;
                    allJoin = false;
                    continue;
                }
            }
            // A range c-d (a '-' before ']' is a literal).
            if (more() && peek() == '-' && m_i + 1 < m_p.size() && m_p[m_i + 1] != ']') {
                char hi = m_p[m_i + 1];
                m_i += 2;
                if (hi == '\\') {
                    if (!more()) {
                        return std::nullopt;
                    }
                    hi = peek();
                    ++m_i;
                }
                const auto from = static_cast<unsigned char>(c);
                const auto to = static_cast<unsigned char>(hi);
                if (to < from) {
                    return std::nullopt;
                }
                for (unsigned v = from; v <= to; ++v) {
                    member(static_cast<unsigned char>(v));
                }
                continue;
            }
            member(static_cast<unsigned char>(c));
        }
        if (negated || !allJoin) {
            return breakerShape();
        }
        return allDigits ? pureShape(1) : pureShape(0);
    }

    Kind kindOf(unsigned char c) const
    {
        const Kind k = kKind[c];
        return m_runs && k == Kind::Joiner ? Kind::Breaker : k;
    }

    std::string_view m_p;
    bool m_runs = false;
    std::size_t m_i = 0;
};

} // namespace

namespace DigitCluster {

Bounds measure(std::string_view text)
{
    // Branch-free: a digit adds one to both, a separator keeps the cluster and ends the run, any
    // other character ends both.
    Bounds best;
    std::size_t cluster = 0;
    std::size_t run = 0;
    for (const char ch : text) {
        const Kind k = kKind[static_cast<unsigned char>(ch)];
        const std::size_t digit = k == Kind::Digit ? 1 : 0;
        cluster = (cluster + digit) * (k == Kind::Breaker ? 0 : 1);
        run = (run + digit) * digit;
        best.cluster = std::max(best.cluster, cluster);
        best.run = std::max(best.run, run);
    }
    return best;
}

std::size_t largest(std::string_view text)
{
    return measure(text).cluster;
}

Bounds minBounds(std::string_view pattern)
{
    const auto cluster = Parser(pattern, false).parse();
    const auto run = Parser(pattern, true).parse();
    return {cluster ? cluster->inner : 0, run ? run->inner : 0};
}

std::size_t minCluster(std::string_view pattern)
{
    return minBounds(pattern).cluster;
}

} // namespace DigitCluster
