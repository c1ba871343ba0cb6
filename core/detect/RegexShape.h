// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <bitset>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string_view>

/**
 * Reads an RE2 pattern into a value of an algebra, bottom-up: what the pattern's matches look
 * like, in whatever terms the algebra keeps (DigitCluster: digit runs; ClassTrigrams: the byte
 * classes next to each other). Used to prove what every match of a pattern must hold, so the scan
 * can skip lines that cannot hold a match without running RE2.
 *
 * Each character position becomes algebra.atom(set of ASCII bytes it may be); a position that
 * may be a non-ASCII character becomes one or more atom(kNonAscii) positions, as a character of
 * UTF-8 is two to four bytes. Case-insensitive letters stand for both cases, and k and s also for
 * the Kelvin sign and the long s, to which RE2 folds them. What the walker does not read returns
 * nullopt: the caller then knows nothing, which is always safe.
 *
 * The algebra provides: Value, empty(), atom(const ByteSet&), concat(a, b), either(a, b), star(a),
 * and, for a{n} with large n, may rely on repeat() below (n copies, then star for the rest), or
 * provide power(a, n) for a{n}, or range(a, lo, hi) for a{lo,hi} (hi nullopt: no upper bound). An
 * algebra with assertion(char) gets the zero-width assertions as '^' (start of a line: also \A),
 * '$' (end of a line: also \z), 'b' and 'B'; the others read them as empty().
 */
namespace RegexShape {

/** ASCII bytes 0..127; bit 128 stands for "one byte of a non-ASCII character". */
using ByteSet = std::bitset<129>;
inline constexpr std::size_t kNonAscii = 128;

template <typename Algebra>
class Walker
{
public:
    using Value = typename Algebra::Value;

    Walker(Algebra& algebra, std::string_view pattern)
        : m_a(algebra)
        , m_p(pattern)
    {}

    std::optional<Value> parse()
    {
        auto v = alternation(false);
        if (!v || m_i != m_p.size()) {
            return std::nullopt;
        }
        return v;
    }

private:
    bool more() const { return m_i < m_p.size(); }

    // The byte an escape \n, \t, \r, \f or \v stands for; 0 for any other letter.
    static char controlEscape(char letter)
    {
        switch (letter) {
        case 'n':
            return '\n';
        case 't':
            return '\t';
        case 'r':
            return '\r';
        case 'f':
            return '\f';
        case 'v':
            return '\v';
        default:
            return 0;
        }
    }

    // The ASCII letter RE2's case folding joins a non-ASCII character (its UTF-8 bytes) to: the
    // long s to s, the Kelvin sign to k; 0 for any other.
    static char asciiFoldPartner(std::string_view utf8)
    {
        if (utf8 == "\xC5\xBF") {
            return 's';
        }
        if (utf8 == "\xE2\x84\xAA") {
            return 'k';
        }
        return 0;
    }

    // A zero-width assertion: '^', '$', 'b' or 'B'.
    Value assertion(char kind)
    {
        if constexpr (requires(Algebra & al, char k) { al.assertion(k); }) {
            return m_a.assertion(kind);
        } else {
            return m_a.empty();
        }
    }
    char peek() const { return m_p[m_i]; }

    // One or more bytes of non-ASCII characters.
    Value nonAsciiRun()
    {
        ByteSet na;
        na.set(kNonAscii);
        const Value one = m_a.atom(na);
        return m_a.concat(one, m_a.star(one));
    }

    // A position that may be any of `set` (ASCII part) or, with `nonAscii`, a non-ASCII character.
    Value position(ByteSet set, bool nonAscii, bool fold)
    {
        if (fold) {
            for (int c = 'a'; c <= 'z'; ++c) {
                const bool any = set.test(static_cast<std::size_t>(c)) || set.test(static_cast<std::size_t>(c - 32));
                if (any) {
                    set.set(static_cast<std::size_t>(c));
                    set.set(static_cast<std::size_t>(c - 32));
                    nonAscii = nonAscii || c == 'k' || c == 's';
                }
            }
        }
        set.reset(kNonAscii);
        if (!nonAscii) {
            return m_a.atom(set);
        }
        if (set.none()) {
            return nonAsciiRun();
        }
        return m_a.either(m_a.atom(set), nonAsciiRun());
    }

    // A flag set alone ("(?i)") holds to the end of the enclosing group, across '|' too, as in RE2.
    std::optional<Value> alternation(bool fold)
    {
        auto v = sequence(fold);
        while (v && more() && peek() == '|') {
            ++m_i;
            auto next = sequence(fold);
            if (!next) {
                return std::nullopt;
            }
            v = m_a.either(*v, *next);
        }
        return v;
    }

    std::optional<Value> sequence(bool& fold)
    {
        Value v = m_a.empty();
        while (more() && peek() != '|' && peek() != ')') {
            // (?i) alone changes the flags for the rest of the enclosing group.
            if (m_p.substr(m_i).starts_with("(?") && flagsOnly()) {
                fold = applyFlags(fold);
                continue;
            }
            auto a = atom(fold);
            if (!a) {
                return std::nullopt;
            }
            auto r = repeats(*a);
            if (!r) {
                return std::nullopt;
            }
            v = m_a.concat(v, *r);
        }
        return v;
    }

    // "(?flags)" at m_i, without a ':'?
    bool flagsOnly() const
    {
        std::size_t j = m_i + 2;
        while (j < m_p.size() && std::string_view("imsU-").find(m_p[j]) != std::string_view::npos) {
            ++j;
        }
        return j < m_p.size() && m_p[j] == ')';
    }

    // Reads "(?flags)" or "(?flags:" up to the ')' or ':' and returns the new fold flag.
    bool applyFlags(bool fold)
    {
        m_i += 2;
        bool negate = false;
        while (more() && std::string_view("imsU-").find(peek()) != std::string_view::npos) {
            if (peek() == '-') {
                negate = true;
            } else if (peek() == 'i') {
                fold = !negate;
            }
            ++m_i;
        }
        ++m_i; // ')' or ':'
        return fold;
    }

    std::optional<Value> repeats(Value a)
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
                a = c == '*' ? m_a.star(a) : m_a.either(a, m_a.empty());
            } else if (c == '+') {
                ++m_i;
                a = m_a.concat(a, m_a.star(a));
            } else if (c == '{' && counted(lo, hi)) {
                a = repeat(a, lo, hi);
            } else {
                return a;
            }
            if (more() && peek() == '?') {
                ++m_i; // lazy: same strings
            }
        }
    }

    bool counted(std::size_t& lo, std::optional<std::size_t>& hi)
    {
        constexpr std::size_t cap = 1u << 16;
        std::size_t j = m_i + 1;
        const auto number = [&](std::size_t& v) {
            const std::size_t start = j;
            v = 0;
            while (j < m_p.size() && m_p[j] >= '0' && m_p[j] <= '9') {
                v = std::min(cap, v * 10 + static_cast<std::size_t>(m_p[j] - '0'));
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

    Value repeat(const Value& a, std::size_t lo, std::optional<std::size_t> hi)
    {
        if constexpr (requires(Algebra & al, const Value& v, std::size_t n, std::optional<std::size_t> h) {
                          al.range(v, n, h);
                      }) {
            return m_a.range(a, lo, hi);
        } else if constexpr (requires(Algebra & al, const Value& v, std::size_t n) { al.power(v, n); }) {
            Value v = m_a.power(a, lo);
            return (!hi || *hi > lo) ? m_a.concat(v, m_a.star(a)) : v;
        } else {
            // a{lo}, up to a few copies; star(a) stands in for the rest, which only weakens what
            // is known.
            constexpr std::size_t maxCopies = 16;
            Value v = m_a.empty();
            for (std::size_t k = 0; k < std::min(lo, maxCopies); ++k) {
                v = m_a.concat(v, a);
            }
            if (lo > maxCopies || !hi || *hi > lo) {
                v = m_a.concat(v, m_a.star(a));
            }
            return v;
        }
    }

    std::optional<Value> atom(bool fold)
    {
        const char c = peek();
        ++m_i;
        ByteSet set;
        switch (c) {
        case '(':
            return group(fold);
        case '[':
            return charClass(fold);
        case '\\':
            return escape(fold, false, set);
        case '.':
            set.set();
            set.reset('\n');
            return position(set, true, false);
        case '^':
        case '$':
            return assertion(c); // zero width
        case '*':
        case '+':
        case '?':
        case ')':
            return std::nullopt;
        default:
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            // A literal non-ASCII character, all its bytes, so that a repeat after it repeats
            // them all. Case-insensitive, it may also stand for a character of another length
            // (Kelvin sign and k, long s and s, capital sharp s and ß): any run of non-ASCII bytes,
            // and the ASCII letter RE2 folds it to.
            const std::size_t start = m_i - 1;
            while (more() && (static_cast<unsigned char>(peek()) & 0xC0) == 0x80) {
                ++m_i;
            }
            if (fold) {
                if (const char partner = asciiFoldPartner(m_p.substr(start, m_i - start))) {
                    set.set(static_cast<unsigned char>(partner));
                }
                return position(set, true, true);
            }
            set.set(kNonAscii);
            const Value byte = m_a.atom(set);
            Value v = byte;
            for (std::size_t k = start + 1; k < m_i; ++k) {
                v = m_a.concat(v, byte);
            }
            return v;
        }
        set.set(u);
        return position(set, false, fold);
    }

    std::optional<Value> group(bool fold)
    {
        if (more() && peek() == '?') {
            if (m_i + 1 < m_p.size() && (m_p[m_i + 1] == 'P' || m_p[m_i + 1] == '<')) {
                const auto close = m_p.find('>', m_i);
                if (close == std::string_view::npos) {
                    return std::nullopt;
                }
                m_i = close + 1;
            } else {
                --m_i; // back to '(' for applyFlags
                fold = applyFlags(fold);
                if (m_i > m_p.size() || m_p[m_i - 1] != ':') {
                    return std::nullopt;
                }
            }
        }
        auto v = alternation(fold);
        if (!v || !more() || peek() != ')') {
            return std::nullopt;
        }
        ++m_i;
        return v;
    }

    // Named classes: \d \w \s and their negations; `inClass` adds to `set` and returns nullopt.
    std::optional<Value> escape(bool fold, bool inClass, ByteSet& set)
    {
        if (!more()) {
            return std::nullopt;
        }
        const char c = peek();
        ++m_i;
        bool nonAscii = false;
        const auto range = [&](char from, char to) {
            for (int b = from; b <= to; ++b) {
                set.set(static_cast<std::size_t>(b));
            }
        };
        switch (c) {
        case 'd':
            range('0', '9');
            break;
        case 'w':
            range('0', '9');
            range('A', 'Z');
            range('a', 'z');
            set.set('_');
            break;
        case 's':
            // RE2's \s (Perl's): no vertical tab.
            for (const char w : {' ', '\t', '\n', '\r', '\f'}) {
                set.set(static_cast<unsigned char>(w));
            }
            break;
        case 'D':
        case 'W':
        case 'S': {
            // The complement of \d, \w or \s: every ASCII byte outside it, and non-ASCII.
            ByteSet all;
            for (int b = 0; b < 128; ++b) {
                all.set(static_cast<std::size_t>(b));
            }
            ByteSet base;
            if (c == 'D') {
                for (int b = '0'; b <= '9'; ++b) {
                    base.set(static_cast<std::size_t>(b));
                }
            } else if (c == 'W') {
                for (int b = 0; b < 128; ++b) {
                    const bool word =
                        (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '_';
                    base.set(static_cast<std::size_t>(b), word);
                }
            } else {
                for (const char w : {' ', '\t', '\n', '\r', '\f'}) {
                    base.set(static_cast<unsigned char>(w));
                }
            }
            set |= all & ~base;
            set.reset(kNonAscii);
            nonAscii = true;
            break;
        }
        case 'b':
        case 'B':
        case 'A':
        case 'z':
            if (inClass) {
                return std::nullopt;
            }
            return assertion(c == 'A' ? '^' : c == 'z' ? '$' : c);
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
            // A Unicode class: any ASCII byte and non-ASCII, which never says too much.
            for (int b = 0; b < 128; ++b) {
                set.set(static_cast<std::size_t>(b));
            }
            nonAscii = true;
            break;
        case 'Q':
        case 'x':
        case 'C':
            return std::nullopt; // rare in rules; not read
        case 'n':
            set.set('\n');
            break;
        case 't':
            set.set('\t');
            break;
        case 'r':
            set.set('\r');
            break;
        case 'f':
            set.set('\f');
            break;
        case 'v':
            set.set('\v');
            break;
        default:
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || static_cast<unsigned char>(c) >= 0x80) {
                return std::nullopt; // an escape this walker does not know
            }
            set.set(static_cast<unsigned char>(c)); // escaped punctuation stands for itself
            break;
        }
        if (inClass) {
            if (nonAscii) {
                set.set(kNonAscii);
            }
            return std::nullopt;
        }
        return position(set, nonAscii, fold);
    }

    std::optional<Value> charClass(bool fold)
    {
        bool negated = false;
        if (more() && peek() == '^') {
            negated = true;
            ++m_i;
        }
        ByteSet set;
        bool first = true;
        for (;;) {
            if (!more()) {
                return std::nullopt;
            }
            const char c = peek();
            if (c == ']' && !first) {
                ++m_i;
                break;
            }
            first = false;
            if (c == '[' && m_i + 1 < m_p.size() && m_p[m_i + 1] == ':') {
                return std::nullopt; // [:alpha:]: not read
            }
            unsigned char from = 0;
            if (c == '\\') {
                ++m_i;
                if (more() && std::string_view("dwsDWSpP").find(peek()) != std::string_view::npos) {
                    escape(fold, true, set); // adds the named class to `set`
                    continue;
                }
                if (!more()) {
                    return std::nullopt;
                }
                if (const char control = controlEscape(peek())) {
                    from = static_cast<unsigned char>(control); // may start a range: [\t-\r]
                } else if (std::isalnum(static_cast<unsigned char>(peek()))) {
                    return std::nullopt;
                } else {
                    from = static_cast<unsigned char>(peek());
                }
                ++m_i;
            } else {
                from = static_cast<unsigned char>(c);
                ++m_i;
            }
            if (from >= 0x80) {
                // A non-ASCII character (all its bytes) or a range of them.
                const std::size_t start = m_i - 1;
                while (more() && (static_cast<unsigned char>(peek()) & 0xC0) == 0x80) {
                    ++m_i;
                }
                if (const char partner = asciiFoldPartner(m_p.substr(start, m_i - start)); fold && partner != 0) {
                    set.set(static_cast<unsigned char>(partner));
                }
                if (more() && peek() == '-' && m_i + 1 < m_p.size() && m_p[m_i + 1] != ']') {
                    ++m_i;
                    if (static_cast<unsigned char>(peek()) < 0x80) {
                        return std::nullopt;
                    }
                    ++m_i;
                    while (more() && (static_cast<unsigned char>(peek()) & 0xC0) == 0x80) {
                        ++m_i;
                    }
                }
                set.set(kNonAscii);
                continue;
            }
            if (more() && peek() == '-' && m_i + 1 < m_p.size() && m_p[m_i + 1] != ']') {
                unsigned char to = static_cast<unsigned char>(m_p[m_i + 1]);
                m_i += 2;
                if (to == '\\') {
                    if (!more()) {
                        return std::nullopt;
                    }
                    const char control = controlEscape(peek());
                    if (control == 0 && std::isalnum(static_cast<unsigned char>(peek()))) {
                        return std::nullopt;
                    }
                    to = static_cast<unsigned char>(control != 0 ? control : peek());
                    ++m_i;
                }
                if (to >= 0x80) {
                    // An ASCII-to-non-ASCII range: its ASCII part, and non-ASCII.
                    while (more() && (static_cast<unsigned char>(peek()) & 0xC0) == 0x80) {
                        ++m_i;
                    }
                    for (unsigned b = from; b < 0x80; ++b) {
                        set.set(b);
                    }
                    set.set(kNonAscii);
                    continue;
                }
                if (to < from) {
                    return std::nullopt;
                }
                for (unsigned b = from; b <= to; ++b) {
                    set.set(b);
                }
                continue;
            }
            set.set(from);
        }
        bool nonAscii = set.test(kNonAscii);
        set.reset(kNonAscii);
        if (negated) {
            // Case folding applies before the complement.
            if (fold) {
                for (int c = 'a'; c <= 'z'; ++c) {
                    if (set.test(static_cast<std::size_t>(c)) || set.test(static_cast<std::size_t>(c - 32))) {
                        set.set(static_cast<std::size_t>(c));
                        set.set(static_cast<std::size_t>(c - 32));
                    }
                }
            }
            ByteSet all;
            for (int b = 0; b < 128; ++b) {
                all.set(static_cast<std::size_t>(b));
            }
            set = all & ~set;
            nonAscii = true;
            return position(set, nonAscii, false);
        }
        return position(set, nonAscii, fold);
    }

    Algebra& m_a;
    std::string_view m_p;
    std::size_t m_i = 0;
};

} // namespace RegexShape
