// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/Matchers.h"

#include "core/detect/validators/CharClass.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

namespace {

using CharClass::isAlnum;
using CharClass::isAlpha;
using CharClass::isDigit;
using CharClass::isWordChar;

// RE2's \b at p: a word byte on exactly one side, looking at the whole text (RE2 reads the bytes
// around the searched range as context).
bool boundary(std::string_view t, std::size_t p)
{
    const bool before = p > 0 && isWordChar(t[p - 1]);
    const bool after = p < t.size() && isWordChar(t[p]);
    return before != after;
}

// Whether a match of a pattern that begins \b[0-9] or \b[A-Za-z0-9] may start at s: \b holds
// there exactly when the byte before is no word byte, as the byte at s is one.
bool wordStart(std::string_view t, std::size_t s)
{
    return s == 0 || !isWordChar(t[s - 1]);
}

// ---- ipv4: \b(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?:/(?:3[0-2]|[12]?[0-9]))?\b ----

constexpr std::string_view kIpv4 = R"(\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?:/(?:3[0-2]|[12]?[0-9]))?\b)";

Matchers::Found ipv4(std::string_view t, std::size_t pos, std::size_t end, std::size_t& b, std::size_t& e)
{
    // Digits at p before `end`, counted up to 4 (more than 3 fit no group).
    const auto digitsAt = [&](std::size_t p) {
        std::size_t n = 0;
        while (n < 4 && p + n < end && isDigit(t[p + n])) {
            ++n;
        }
        return n;
    };
    for (std::size_t s = pos; s < end; ++s) {
        if (!isDigit(t[s]) || !wordStart(t, s)) {
            continue;
        }
        // Three groups: [0-9]{1,3} can only take all the digits before the dot.
        std::size_t p = s;
        bool ok = true;
        for (int k = 0; k < 3 && ok; ++k) {
            const std::size_t d = digitsAt(p);
            ok = d >= 1 && d <= 3 && p + d < end && t[p + d] == '.';
            p += d + 1;
        }
        if (!ok) {
            continue;
        }
        // The last group, greedy: as many digits as fit first; for each, the prefix length in
        // the alternatives' order (3[0-2], then [12][0-9], then [0-9]), then none; \b after it.
        for (std::size_t k = std::min<std::size_t>(digitsAt(p), 3); k >= 1; --k) {
            const std::size_t r = p + k;
            if (r < end && t[r] == '/') {
                const bool two = r + 2 < end;
                if (two && t[r + 1] == '3' && t[r + 2] >= '0' && t[r + 2] <= '2' && boundary(t, r + 3)) {
                    b = s;
                    e = r + 3;
                    return Matchers::Found::Match;
                }
                if (two && (t[r + 1] == '1' || t[r + 1] == '2') && isDigit(t[r + 2]) && boundary(t, r + 3)) {
                    b = s;
                    e = r + 3;
                    return Matchers::Found::Match;
                }
                if (r + 1 < end && isDigit(t[r + 1]) && boundary(t, r + 2)) {
                    b = s;
                    e = r + 2;
                    return Matchers::Found::Match;
                }
            }
            if (boundary(t, r)) {
                b = s;
                e = r;
                return Matchers::Found::Match;
            }
        }
    }
    return Matchers::Found::None;
}

// ---- credit-card: \b[0-9](?:[ \-]?[0-9]){11,18}\b ----

constexpr std::string_view kCard = R"(\b[0-9](?:[ \-]?[0-9]){11,18}\b)";

// The end of the greedy `(?:[ \-]?X){least,most}\b` from p (most < 32), X a byte `isX` holds for;
// npos if none. Each repetition has one way on (a separator and an X, or an X), so the ends are
// forced; the greedy count is the most repetitions after which \b holds.
std::size_t
repeatsEnd(std::string_view t, std::size_t p, std::size_t end, bool (*isX)(char), std::size_t least, std::size_t most)
{
    std::array<std::size_t, 32> ends{};
    std::size_t n = 0;
    while (n < most) {
        if (p + 1 < end && (t[p] == ' ' || t[p] == '-') && isX(t[p + 1])) {
            p += 2;
        } else if (p < end && isX(t[p])) {
            p += 1;
        } else {
            break;
        }
        ends[++n] = p;
    }
    for (std::size_t i = n; i >= least && i > 0; --i) {
        if (boundary(t, ends[i])) {
            return ends[i];
        }
    }
    return std::string_view::npos;
}

Matchers::Found card(std::string_view t, std::size_t pos, std::size_t end, std::size_t& b, std::size_t& e)
{
    for (std::size_t s = pos; s < end; ++s) {
        if (!isDigit(t[s]) || !wordStart(t, s)) {
            continue;
        }
        if (const std::size_t r = repeatsEnd(t, s + 1, end, &isDigit, 11, 18); r != std::string_view::npos) {
            b = s;
            e = r;
            return Matchers::Found::Match;
        }
    }
    return Matchers::Found::None;
}

// ---- domain-name ----

constexpr std::string_view kDomain =
    R"(\b(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+(?:com|org|net|edu|gov|mil|int|io|co|ai|app|dev|info|biz|eu|us|uk|de|se|fr|ca|au|nl|ch|at|be|es|it|no|dk|fi|ie|il|in|jp|cn|ru|br|pl|cz|nz|za)\b)";

constexpr std::array<std::string_view, 42> kTlds{
    "com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "ai", "app", "dev", "info", "biz",
    "eu",  "us",  "uk",  "de",  "se",  "fr",  "ca",  "au", "nl", "ch", "at",  "be",  "es",   "it",
    "no",  "dk",  "fi",  "ie",  "il",  "in",  "jp",  "cn", "ru", "br", "pl",  "cz",  "nz",   "za"};

// Where a top-level domain at q ends with \b after it, the first in the alternation's order
// (npos: none).
std::size_t tldEnd(std::string_view t, std::size_t q, std::size_t end)
{
    if (q >= end || t[q] < 'a' || t[q] > 'z') {
        return std::string_view::npos;
    }
    for (const std::string_view tld : kTlds) {
        if (tld[0] == t[q] && q + tld.size() <= end && t.compare(q, tld.size(), tld) == 0
            && boundary(t, q + tld.size())) {
            return q + tld.size();
        }
    }
    return std::string_view::npos;
}

// Where the label starting at a ends: the dot after it, if it is a label (1 to maxLength
// characters of [A-Za-z0-9-], starting and ending with a letter or digit, before a dot within
// `end`); npos if not. It reads at most maxLength + 1 bytes.
std::size_t labelDot(std::string_view t, std::size_t a, std::size_t end, std::size_t maxLength)
{
    if (a >= end || !isAlnum(t[a])) {
        return std::string_view::npos;
    }
    std::size_t r = a + 1;
    while (r < end && r - a <= maxLength && (isAlnum(t[r]) || t[r] == '-')) {
        ++r;
    }
    if (r >= end || t[r] != '.' || r - a > maxLength || !isAlnum(t[r - 1])) {
        return std::string_view::npos;
    }
    return r;
}

constexpr std::size_t kDomainLabel = 63;                       // domain-name: {0,61} between two
constexpr std::size_t kAnyLength = std::string_view::npos - 1; // e-mail: * between two

// The farthest end of a match's tail from label start a: a top-level domain at a, or more
// labels and one after them (the greedy + prefers more labels); npos if none. A label runs to the
// next dot, so the chain of labels from a is forced. `deadTo` is the last label start of a chain
// walked before that had no tail (0: none): a later call that starts within it starts at one of
// its label starts (every dot before a chain's end ends one of its labels), and has none either.
// So each label is read once.
std::size_t farthestTail(std::string_view t,
                         std::size_t a,
                         std::size_t end,
                         std::size_t& deadTo,
                         std::size_t (*tldEnd)(std::string_view, std::size_t, std::size_t),
                         std::size_t maxLabel)
{
    if (a <= deadTo) {
        return std::string_view::npos;
    }
    std::size_t found = std::string_view::npos;
    while (true) {
        if (const std::size_t tld = tldEnd(t, a, end); tld != std::string_view::npos) {
            found = tld;
        }
        const std::size_t dot = labelDot(t, a, end, maxLabel);
        if (dot == std::string_view::npos) {
            break;
        }
        a = dot + 1;
    }
    if (found == std::string_view::npos) {
        deadTo = a;
    }
    return found;
}

Matchers::Found domain(std::string_view t, std::size_t pos, std::size_t end, std::size_t& b, std::size_t& e)
{
    // A match's first label runs from its start to the first dot after it, so only the 63 bytes
    // of label characters before a dot can start one, and all of them share what follows the
    // dot: the leftmost that can start a label and a word is the match's start.
    std::size_t deadTo = 0; // see farthestTail
    for (std::size_t from = pos; from < end;) {
        const void* found = std::memchr(t.data() + from, '.', end - from);
        if (found == nullptr) {
            return Matchers::Found::None;
        }
        const auto d = static_cast<std::size_t>(static_cast<const char*>(found) - t.data());
        from = d + 1;
        if (d == pos || !isAlnum(t[d - 1])) {
            continue;
        }
        std::size_t r0 = d - 1;
        while (r0 > pos && d - r0 < 63 && (isAlnum(t[r0 - 1]) || t[r0 - 1] == '-')) {
            --r0;
        }
        std::size_t s = r0;
        while (s < d && !(isAlnum(t[s]) && wordStart(t, s))) {
            ++s;
        }
        if (s == d) {
            continue;
        }
        if (const std::size_t tail = farthestTail(t, d + 1, end, deadTo, &tldEnd, kDomainLabel);
            tail != std::string_view::npos) {
            b = s;
            e = tail;
            return Matchers::Found::Match;
        }
    }
    return Matchers::Found::None;
}

// ---- email ----

constexpr std::string_view kEmail =
    R"([\p{L}\p{N}][\p{L}\p{N}._%+\-']*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.)+(?:xn--[A-Za-z0-9\-]+|[A-Za-z]{2,24})\b)";

// [A-Za-z0-9._%+\-']: the ASCII part of the local part's class.
bool isLocal(char c)
{
    return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}

// Whether the domain after the '@' at a holds a byte beyond ASCII before it ends (labels may hold
// Unicode's letters and numbers, which RE2 knows).
bool domainBeyondAscii(std::string_view t, std::size_t a, std::size_t end)
{
    for (std::size_t r = a + 1; r < end && r - a <= 256; ++r) {
        const auto c = static_cast<unsigned char>(t[r]);
        if (c >= 0x80) {
            return true;
        }
        if (!isAlnum(t[r]) && c != '-' && c != '.') {
            return false;
        }
    }
    return false;
}

// Where the e-mail's top level ends at q: "xn--" and a run of [A-Za-z0-9-] (greedy, the longest
// after which \b holds), else 2 to 24 letters followed by \b (shorter never is); npos if neither.
std::size_t emailTldEnd(std::string_view t, std::size_t q, std::size_t end)
{
    if (q + 4 < end && t.compare(q, 4, "xn--") == 0) {
        std::size_t r = q + 4;
        while (r < end && (isAlnum(t[r]) || t[r] == '-')) {
            ++r;
        }
        for (std::size_t x = r; x > q + 4; --x) {
            if (boundary(t, x)) {
                return x;
            }
        }
    }
    std::size_t r = q;
    while (r < end && r - q <= 24 && isAlpha(t[r])) {
        ++r;
    }
    return r - q >= 2 && r - q <= 24 && boundary(t, r) ? r : std::string_view::npos;
}

Matchers::Found email(std::string_view t, std::size_t pos, std::size_t end, std::size_t& b, std::size_t& e)
{
    // A match's local part runs from its start to the first '@' after it (the class holds no '@'),
    // so the run of local-part characters before each '@' holds the starts for that '@', and they
    // share what follows it: the leftmost letter or digit in the run starts the match, if the
    // domain after the '@' has at least one label and a top level. Beyond ASCII the class holds
    // Unicode's letters and numbers, which RE2 knows: where a byte beyond ASCII stands right
    // before the run, RE2 answers.
    std::size_t deadTo = 0; // see farthestTail
    for (std::size_t from = pos; from < end;) {
        const void* found = std::memchr(t.data() + from, '@', end - from);
        if (found == nullptr) {
            return Matchers::Found::None;
        }
        const auto a = static_cast<std::size_t>(static_cast<const char*>(found) - t.data());
        from = a + 1;
        std::size_t r0 = a;
        while (r0 > pos && isLocal(t[r0 - 1])) {
            --r0;
        }
        if ((r0 > pos && static_cast<unsigned char>(t[r0 - 1]) >= 0x80) || domainBeyondAscii(t, a, end)) {
            return Matchers::Found::AskRe2;
        }
        std::size_t s = r0;
        while (s < a && !isAlnum(t[s])) {
            ++s;
        }
        if (s == a) {
            continue;
        }
        const std::size_t dot = labelDot(t, a + 1, end, kAnyLength);
        if (dot == std::string_view::npos) {
            continue;
        }
        if (const std::size_t tail = farthestTail(t, dot + 1, end, deadTo, &emailTldEnd, kAnyLength);
            tail != std::string_view::npos) {
            b = s;
            e = tail;
            return Matchers::Found::Match;
        }
    }
    return Matchers::Found::None;
}

// ---- us-ssn: three forms, told apart by their separator ----

constexpr std::string_view kSsn =
    R"(\b(?:[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{3}\.[0-9]{2}\.[0-9]{4})\b)";

// Whether t[p, p + n) are n digits before `end`.
bool digitsAt(std::string_view t, std::size_t p, std::size_t n, std::size_t end)
{
    if (p + n > end) {
        return false;
    }
    for (std::size_t i = p; i < p + n; ++i) {
        if (!isDigit(t[i])) {
            return false;
        }
    }
    return true;
}

Matchers::Found ssn(std::string_view t, std::size_t pos, std::size_t end, std::size_t& b, std::size_t& e)
{
    for (std::size_t s = pos; s + 11 <= end; ++s) {
        if (!isDigit(t[s]) || !wordStart(t, s) || !digitsAt(t, s, 3, end)) {
            continue;
        }
        const char sep = t[s + 3];
        if ((sep == '-' || sep == ' ' || sep == '.') && digitsAt(t, s + 4, 2, end) && t[s + 6] == sep
            && digitsAt(t, s + 7, 4, end) && boundary(t, s + 11)) {
            b = s;
            e = s + 11;
            return Matchers::Found::Match;
        }
    }
    return Matchers::Found::None;
}

// ---- in-aadhaar: twelve digits, or four groups of four joined by one separator ----

constexpr std::string_view kAadhaar =
    R"(\b[2-9][0-9]{3}(?:[0-9]{8}| [0-9]{4} [0-9]{4}|-[0-9]{4}-[0-9]{4}|:[0-9]{4}:[0-9]{4})\b)";

Matchers::Found aadhaar(std::string_view t, std::size_t pos, std::size_t end, std::size_t& b, std::size_t& e)
{
    for (std::size_t s = pos; s + 12 <= end; ++s) {
        if (t[s] < '2' || t[s] > '9' || !wordStart(t, s) || !digitsAt(t, s + 1, 3, end)) {
            continue;
        }
        // The byte after the first four digits picks the one alternative that can go on.
        const char sep = t[s + 4];
        if (isDigit(sep)) {
            if (digitsAt(t, s + 4, 8, end) && boundary(t, s + 12)) {
                b = s;
                e = s + 12;
                return Matchers::Found::Match;
            }
        } else if ((sep == ' ' || sep == '-' || sep == ':') && digitsAt(t, s + 5, 4, end) && s + 9 < end
                   && t[s + 9] == sep && digitsAt(t, s + 10, 4, end) && boundary(t, s + 14)) {
            b = s;
            e = s + 14;
            return Matchers::Found::Match;
        }
    }
    return Matchers::Found::None;
}

// ---- iban: \b[A-Za-z]{2}[0-9]{2}(?:[ \-]?[A-Za-z0-9]){11,30}\b ----

constexpr std::string_view kIban = R"(\b[A-Za-z]{2}[0-9]{2}(?:[ \-]?[A-Za-z0-9]){11,30}\b)";

Matchers::Found iban(std::string_view t, std::size_t pos, std::size_t end, std::size_t& b, std::size_t& e)
{
    for (std::size_t s = pos; s + 15 <= end; ++s) {
        if (!isAlpha(t[s]) || !wordStart(t, s) || !isAlpha(t[s + 1]) || !digitsAt(t, s + 2, 2, end)) {
            continue;
        }
        if (const std::size_t r = repeatsEnd(t, s + 4, end, &isAlnum, 11, 30); r != std::string_view::npos) {
            b = s;
            e = r;
            return Matchers::Found::Match;
        }
    }
    return Matchers::Found::None;
}

struct Entry
{
    std::string_view pattern;
    Matchers::Search search;
};

constexpr std::array<Entry, 7> kEntries{{
    {kIpv4, &ipv4},
    {kCard, &card},
    {kDomain, &domain},
    {kEmail, &email},
    {kSsn, &ssn},
    {kAadhaar, &aadhaar},
    {kIban, &iban},
}};

constexpr std::array<std::string_view, kEntries.size()> kPatterns = [] {
    std::array<std::string_view, kEntries.size()> p{};
    for (std::size_t i = 0; i < kEntries.size(); ++i) {
        p[i] = kEntries[i].pattern;
    }
    return p;
}();

} // namespace

namespace Matchers {

Search forPattern(std::string_view pattern)
{
    for (const auto& entry : kEntries) {
        if (entry.pattern == pattern) {
            return entry.search;
        }
    }
    return nullptr;
}

const std::string_view* patterns(std::size_t& count)
{
    count = kPatterns.size();
    return kPatterns.data();
}

} // namespace Matchers
