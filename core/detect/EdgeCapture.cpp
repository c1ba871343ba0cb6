// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/EdgeCapture.h"

#include "core/detect/validators/CharClass.h"

#include <re2/re2.h>

#include <algorithm>

namespace {

// The end of the bracket expression that starts at p[open] == '[', one past its ']'; npos when
// it does not end.
std::size_t classEnd(std::string_view p, std::size_t open)
{
    std::size_t j = open + 1;
    if (j < p.size() && p[j] == '^') {
        ++j;
    }
    if (j < p.size() && p[j] == ']') {
        ++j; // a ']' first is a member
    }
    while (j < p.size() && p[j] != ']') {
        if (p[j] == '\\') {
            j += 2;
        } else if (p[j] == '[' && j + 1 < p.size() && p[j + 1] == ':') {
            const std::size_t close = p.find(":]", j + 2);
            if (close == std::string_view::npos) {
                return std::string_view::npos;
            }
            j = close + 2;
        } else {
            ++j;
        }
    }
    return j < p.size() ? j + 1 : std::string_view::npos;
}

// The ')' that closes the group opened at p[open] == '('; npos when there is none, or when the
// pattern quotes (\Q…\E), which this reading does not follow.
std::size_t groupEnd(std::string_view p, std::size_t open)
{
    int depth = 0;
    for (std::size_t j = open; j < p.size();) {
        const char ch = p[j];
        if (ch == '\\') {
            if (j + 1 < p.size() && p[j + 1] == 'Q') {
                return std::string_view::npos;
            }
            j += 2;
        } else if (ch == '[') {
            j = classEnd(p, j);
            if (j == std::string_view::npos) {
                return j;
            }
        } else {
            if (ch == '(') {
                ++depth;
            } else if (ch == ')' && --depth == 0) {
                return j;
            }
            ++j;
        }
    }
    return std::string_view::npos;
}

// The alternatives of `inner` at its top level.
std::vector<std::string_view> alternatives(std::string_view inner)
{
    std::vector<std::string_view> out;
    std::size_t from = 0;
    int depth = 0;
    for (std::size_t j = 0; j < inner.size();) {
        const char ch = inner[j];
        if (ch == '\\') {
            j += 2;
            continue;
        }
        if (ch == '[') {
            j = classEnd(inner, j);
            if (j == std::string_view::npos) {
                return {};
            }
            continue;
        }
        depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        if (ch == '|' && depth == 0) {
            out.push_back(inner.substr(from, j - from));
            from = j + 1;
        }
        ++j;
    }
    out.push_back(inner.substr(from));
    return out;
}

// The length a UTF-8 sequence has by its lead byte (1 for a byte that leads none).
std::size_t utf8Length(unsigned char lead)
{
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF8 ? 4 : 1;
}

// One alternative of an edge, read with the pattern's flags; false when it is not one.
bool readItem(std::string_view a, const std::string& flags, const RE2::Options& options, EdgeCapture::Item& item)
{
    using Item = EdgeCapture::Item;
    const bool multiLine = flags.find('m') != std::string::npos;
    if (a == "^" || a == "(?m:^)" || a == "\\A") {
        item.kind = (a == "(?m:^)" || (a == "^" && multiLine)) ? Item::LineStart : Item::TextStart;
        return true;
    }
    if (a == "$" || a == "(?m:$)" || a == "\\z") {
        item.kind = (a == "(?m:$)" || (a == "$" && multiLine)) ? Item::LineEnd : Item::TextEnd;
        return true;
    }
    if (a == "\\b") {
        item.kind = Item::WordBoundary;
        return true;
    }
    // One character: a bracket expression, a character that is no operator, an escaped
    // punctuation mark, a Perl class (\s, \d, \w and their negations) or a Unicode class.
    const auto punct = [](char c) { return c > ' ' && c < 0x7F && !CharClass::isWordChar(c); };
    const bool bracket = !a.empty() && a.front() == '[' && classEnd(a, 0) == a.size();
    const bool plain = (a.size() == 1 && static_cast<unsigned char>(a[0]) < 0x80
                        && std::string_view("\\.^$|?*+()[]{}").find(a[0]) == std::string_view::npos)
                       || (a.size() > 1 && static_cast<unsigned char>(a[0]) >= 0xC0
                           && utf8Length(static_cast<unsigned char>(a[0])) == a.size());
    const bool escaped = a.size() == 2 && a[0] == '\\'
                         && (punct(a[1]) || std::string_view("sdwSDW").find(a[1]) != std::string_view::npos);
    const bool unicodeClass =
        a.size() > 2 && a[0] == '\\' && (a[1] == 'p' || a[1] == 'P')
        && (a.size() == 3 ? a[2] != '{' : a[2] == '{' && a.back() == '}' && a.find('}') == a.size() - 1);
    if (!bracket && !plain && !escaped && !unicodeClass) {
        return false;
    }
    item.kind = Item::Char;
    item.re = std::make_shared<RE2>(flags + std::string(a), options);
    if (!item.re->ok()) {
        return false;
    }
    for (int c = 0; c < 128; ++c) {
        const char ch = static_cast<char>(c);
        item.ascii[static_cast<std::size_t>(c)] = RE2::FullMatch(std::string_view(&ch, 1), *item.re);
    }
    return true;
}

// An edge: empty, \b, or (?:item|item…); false when `edge` is none of these.
bool readEdge(std::string_view edge,
              const std::string& flags,
              const RE2::Options& options,
              std::vector<EdgeCapture::Item>& items)
{
    items.clear();
    if (edge.empty()) {
        return true;
    }
    std::vector<std::string_view> alts;
    if (edge == "\\b") {
        alts.push_back(edge);
    } else if (edge.starts_with("(?:") && groupEnd(edge, 0) == edge.size() - 1) {
        alts = alternatives(edge.substr(3, edge.size() - 4));
    } else {
        return false;
    }
    for (const std::string_view a : alts) {
        EdgeCapture::Item item;
        if (!readItem(a, flags, options, item)) {
            return false;
        }
        items.push_back(std::move(item));
    }
    return !items.empty();
}

// A run edge: an assertion or nothing, then one character class repeated with '*' (P, when
// `runFirst` is false: `^[ \t]*`), or the class's run first and then the assertion or nothing
// (S: `[ \t]*$`). False when `edge` is not one.
bool readRunEdge(std::string_view edge,
                 bool runFirst,
                 const std::string& flags,
                 const RE2::Options& options,
                 EdgeCapture::Item& run,
                 std::vector<EdgeCapture::Item>& assertion)
{
    assertion.clear();
    // The class: a bracket expression, an escape of two characters, or one (UTF-8) character.
    const auto tokenAt = [&](std::size_t at) -> std::size_t {
        if (at >= edge.size()) {
            return std::string_view::npos;
        }
        if (edge[at] == '[') {
            return classEnd(edge, at);
        }
        if (edge[at] == '\\') {
            return at + 2 <= edge.size() ? at + 2 : std::string_view::npos;
        }
        return at + utf8Length(static_cast<unsigned char>(edge[at]));
    };
    std::string_view cls;
    std::string_view rest;
    if (runFirst) {
        const std::size_t end = tokenAt(0);
        if (end == std::string_view::npos || end >= edge.size() || edge[end] != '*') {
            return false;
        }
        cls = edge.substr(0, end);
        rest = edge.substr(end + 1);
    } else {
        if (edge.size() < 2 || edge.back() != '*') {
            return false;
        }
        // The last token before the '*', reading tokens from the left (escapes and classes whole).
        std::size_t start = std::string_view::npos;
        for (std::size_t at = 0; at + 1 < edge.size();) {
            const std::size_t next = tokenAt(at);
            if (next == edge.size() - 1) {
                start = at;
                break;
            }
            if (next == std::string_view::npos || next >= edge.size() - 1) {
                break;
            }
            at = next;
        }
        if (start == std::string_view::npos) {
            return false;
        }
        cls = edge.substr(start, edge.size() - 1 - start);
        rest = edge.substr(0, start);
    }
    if (!readItem(cls, flags, options, run) || run.kind != EdgeCapture::Item::Char) {
        return false;
    }
    if (!rest.empty()) {
        EdgeCapture::Item a;
        if (!readItem(rest, flags, options, a) || a.kind == EdgeCapture::Item::Char) {
            return false;
        }
        assertion.push_back(std::move(a));
    }
    return true;
}

// Whether `item` holds at text[at, at + len) (an assertion with len 0, a character with its length).
bool holds(const EdgeCapture::Item& item, std::string_view text, std::size_t at, std::size_t len)
{
    switch (item.kind) {
    case EdgeCapture::Item::LineStart:
        return len == 0 && (at == 0 || text[at - 1] == '\n');
    case EdgeCapture::Item::TextStart:
        return len == 0 && at == 0;
    case EdgeCapture::Item::LineEnd:
        return len == 0 && (at == text.size() || text[at] == '\n');
    case EdgeCapture::Item::TextEnd:
        return len == 0 && at == text.size();
    case EdgeCapture::Item::WordBoundary:
        return len == 0
               && (at > 0 && CharClass::isWordChar(text[at - 1]))
                      != (at < text.size() && CharClass::isWordChar(text[at]));
    case EdgeCapture::Item::Char:
        if (len == 1 && static_cast<unsigned char>(text[at]) < 0x80) {
            return item.ascii[static_cast<unsigned char>(text[at])];
        }
        return len > 0 && item.re->Match(text, at, at + len, RE2::ANCHOR_BOTH, nullptr, 0);
    }
    return false;
}

} // namespace

EdgeCapture::~EdgeCapture() = default;

std::unique_ptr<EdgeCapture> EdgeCapture::build(const std::string& pattern, const RE2::Options& options)
{
    // Characters are read as UTF-8 sequences; a class's members are what RE2 says under these
    // options (case folding, encoding), so they must be the pattern's own.
    if (options.encoding() != RE2::Options::EncodingUTF8 || options.posix_syntax()) {
        return nullptr;
    }
    const std::string_view p(pattern);
    std::size_t i = 0;
    std::string flags;
    if (p.starts_with("(?")) {
        const std::size_t close = p.find(')');
        const std::string_view f = close == std::string_view::npos ? std::string_view() : p.substr(2, close - 2);
        if (!f.empty() && f.find_first_not_of("imsU") == std::string_view::npos) {
            flags = std::string(p.substr(0, close + 1));
            i = close + 1;
        }
    }
    // P ends where the capture starts: the first '(' at the top level that opens a capture.
    std::size_t open = i;
    while (open < p.size()) {
        if (p[open] == '(' && (open + 1 >= p.size() || p[open + 1] != '?')) {
            break;
        }
        if (p[open] == '\\') {
            open += 2;
        } else if (p[open] == '(') {
            open = groupEnd(p, open);
            if (open == std::string_view::npos) {
                return nullptr;
            }
            ++open;
        } else if (p[open] == '[') {
            open = classEnd(p, open);
            if (open == std::string_view::npos) {
                return nullptr;
            }
        } else {
            ++open;
        }
    }
    if (open >= p.size()) {
        return nullptr;
    }
    const std::size_t close = groupEnd(p, open);
    if (close == std::string_view::npos) {
        return nullptr;
    }
    std::unique_ptr<EdgeCapture> e(new EdgeCapture);
    const std::string_view prefix = p.substr(i, open - i);
    const std::string_view suffix = p.substr(close + 1);
    if (!readEdge(prefix, flags, options, e->m_prefix)) {
        e->m_prefix.clear();
        e->m_prefixIsRun = readRunEdge(prefix, false, flags, options, e->m_prefixRun, e->m_prefixAssert);
        if (!e->m_prefixIsRun) {
            return nullptr;
        }
    }
    if (!readEdge(suffix, flags, options, e->m_suffix)) {
        e->m_suffix.clear();
        e->m_suffixIsRun = readRunEdge(suffix, true, flags, options, e->m_suffixRun, e->m_suffixAssert);
        if (!e->m_suffixIsRun) {
            return nullptr;
        }
    }
    e->m_group =
        std::make_unique<RE2>(flags + "(?:" + std::string(p.substr(open + 1, close - open - 1)) + ")", options);
    if (!e->m_group->ok() || e->m_group->NumberOfCapturingGroups() != 0) {
        return nullptr;
    }
    return e;
}

bool EdgeCapture::group(
    std::string_view text, std::size_t begin, std::size_t end, std::size_t& g0, std::size_t& g1) const
{
    // Where group 1 may start and end: at most two places each, or kMaxRun + 1 after a run.
    std::size_t starts[kMaxRun + 1];
    std::size_t ends[kMaxRun + 1];
    std::size_t nStarts = 0;
    std::size_t nEnds = 0;
    const auto add = [](std::size_t* to, std::size_t& n, std::size_t at) {
        if (std::find(to, to + n, at) == to + n) {
            to[n++] = at;
        }
    };
    if (m_prefixIsRun) {
        // After the assertion at the match's start, each count of the run's characters.
        if (!m_prefixAssert.empty() && !holds(m_prefixAssert.front(), text, begin, 0)) {
            return false;
        }
        std::size_t at = begin;
        add(starts, nStarts, at);
        while (at < end) {
            const std::size_t len = std::min(end - at, utf8Length(static_cast<unsigned char>(text[at])));
            if (!holds(m_prefixRun, text, at, len)) {
                break;
            }
            if (nStarts == kMaxRun + 1) {
                return false; // more choices than are tried: RE2 reads the group
            }
            at += len;
            add(starts, nStarts, at);
        }
    } else if (m_prefix.empty()) {
        add(starts, nStarts, begin);
    }
    const std::size_t firstLen =
        begin < end ? std::min(end - begin, utf8Length(static_cast<unsigned char>(text[begin]))) : 0;
    for (const Item& item : m_prefix) {
        if (item.kind != Item::Char ? holds(item, text, begin, 0)
                                    : firstLen > 0 && holds(item, text, begin, firstLen)) {
            add(starts, nStarts, item.kind == Item::Char ? begin + firstLen : begin);
        }
    }
    if (m_suffixIsRun) {
        // Before the assertion at the match's end, each count of the run's characters.
        if (!m_suffixAssert.empty() && !holds(m_suffixAssert.front(), text, end, 0)) {
            return false;
        }
        std::size_t at = end;
        add(ends, nEnds, at);
        while (at > begin) {
            std::size_t lead = at - 1;
            while (lead > begin && at - lead < 4 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) {
                --lead;
            }
            if (utf8Length(static_cast<unsigned char>(text[lead])) != at - lead
                || !holds(m_suffixRun, text, lead, at - lead)) {
                break;
            }
            if (nEnds == kMaxRun + 1) {
                return false;
            }
            at = lead;
            add(ends, nEnds, at);
        }
    } else if (m_suffix.empty()) {
        add(ends, nEnds, end);
    }
    std::size_t last = end;
    while (last > begin && end - last < 4 && (last == end || (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80)) {
        --last;
    }
    const std::size_t lastLen =
        last < end && utf8Length(static_cast<unsigned char>(text[last])) == end - last ? end - last : 0;
    for (const Item& item : m_suffix) {
        if (item.kind != Item::Char ? holds(item, text, end, 0) : lastLen > 0 && holds(item, text, last, lastLen)) {
            add(ends, nEnds, item.kind == Item::Char ? last : end);
        }
    }
    std::size_t found = 0;
    for (std::size_t s = 0; s < nStarts; ++s) {
        for (std::size_t e = 0; e < nEnds; ++e) {
            if (starts[s] > ends[e]) {
                continue;
            }
            // One choice left needs no check: RE2's parse is one of the choices.
            if (nStarts * nEnds > 1 && !m_group->Match(text, starts[s], ends[e], RE2::ANCHOR_BOTH, nullptr, 0)) {
                continue;
            }
            if (++found > 1) {
                return false;
            }
            g0 = starts[s];
            g1 = ends[e];
        }
    }
    return found == 1;
}
