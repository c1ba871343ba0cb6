// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/RuleSet.h"

#include "core/common/Tr.h"
#include "core/detect/BuiltinRules.h"
#include "core/detect/ContextWords.h"
#include "core/detect/Dates.h"
#include "core/detect/DigitCluster.h"
#include "core/detect/EdgeCapture.h"
#include "core/detect/LiteralIndex.h"
#include "core/detect/Matchers.h"
#include "core/detect/RegexShape.h"
#include "core/detect/ShapeFilter.h"
#include "core/detect/rules/RuleFamilies.h"
#include "core/detect/validators/CharClass.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <bitset>
#include <cctype>
#include <cmath>
#include <cstring>
#include <exception>
#include <mutex>
#include <numeric>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <tuple>

struct RuleSet::Compiled
{
    std::unique_ptr<RE2> re;
    std::unique_ptr<RE2> anchor;     // multi-line rules only
    std::unique_ptr<RE2> terminator; // multi-line rules only
    // A rule that cannot reach its minimum score without a context word enters the Set with its
    // context words instead of its pattern; its pattern then runs on the hit line and the next.
    bool contextGated = false;
    // The rule's own search (its anchor, or its pattern within the line) finds something only
    // where its Set pattern matches: the Set pattern is the anchor or the relaxed pattern, not an
    // explicit prefilter (which may be narrower) nor context words. Where the ShapeFilter names
    // such a rule, the Set need not confirm it.
    bool ownSearchConfirms = false;
    ValidatorFn validator = nullptr;
    int group = 0; // capturing group that holds the value (0 = whole match)
    ContextWords words;
    // Group 1 from the match's bounds, for a pattern with edges around it (EdgeCapture): RE2
    // then searches for the bounds only, with its DFA.
    std::unique_ptr<EdgeCapture> edges;
    // A hand-written search for the pattern (Matchers), used in place of RE2's span search.
    Matchers::Search search = nullptr;
    // A look at a window before any span search there: false where no match can pass the
    // validator (Validators::mayHoldPersonName for the built-in person-name patterns).
    bool (*gate)(std::string_view text, std::size_t begin, std::size_t end) = nullptr;
    // Rules found by their literals (see struct Prefilter): the prefilter pattern alone, asked on
    // a line where one of the literals occurs. Also for a member of a group with a ShapeFilter
    // whose own search does not confirm (ownSearchConfirms false): asked where the filter names it
    // in a line it does not read exactly, in place of the group's Set.
    std::unique_ptr<RE2> trigger;
    // Every match of `trigger` begins with one of the rule's literals (everyMatchStartsWithOne()):
    // it is asked anchored where a literal stands, which reads a few bytes, not the whole line.
    bool askAtLiteral = false;
    // Rules found by their digits: the cluster and run every match needs (its own bounds, which
    // may be larger than its group's: a card needs 12 digits, its group 9).
    std::size_t minCluster = 0;
    std::size_t minRun = 0;
    // What every match of the rule's own pattern holds, proven from the pattern (RegexShape): a
    // byte (0: none worth looking for) and digit bounds. After a match, the rest of the window is
    // searched again only when it holds them: most lines hold one value, and the last call of
    // each line, the one that finds nothing more, cost as much as the one that found it.
    char required = 0;
    DigitCluster::Bounds own;
};

// Every rule has a prefilter pattern (its `prefilter`, its relaxed pattern, its context words or
// its anchor) that matches in each line where the rule can match. The scan learns which rules to
// run on a line in one of three ways, chosen per rule when the set is built:
//  - by literals: when every match of the prefilter holds one of a few literals (a provider prefix,
//    a context word, a dictionary term), `literals` finds them all in one pass over the text, and
//    the rule's `trigger` (its prefilter alone) is asked only on lines that hold one;
//  - by digits: when every match holds a run of kRunTrigger digits or a cluster of kClusterTrigger
//    (DigitCluster), the rule's group is asked only on lines with so large a cluster;
//  - by search: the others are in groups of at most Options::groupSize, and each group's `any`,
//    its patterns as one alternation, is searched over the whole text to find the next line where
//    one of them may match (no call per line, so lines without candidates cost only the DFA's pass).
// A group's `set`, the same patterns as an RE2::Set, is then asked on such a line which of them
// match there. Groups because the DFA of a Set or alternation is, lazily, the product of its
// patterns: with ~150 patterns new text keeps reaching new states and a first pass over 10 MiB
// took 4 s; in groups of ~40 the states are few and built early (bench/README.md).
struct RuleSet::Prefilter
{
    struct Group
    {
        std::unique_ptr<RE2::Set> set;
        std::unique_ptr<RE2> any; // null: the group is asked on every line (or by its digits)
        // The same patterns as a ShapeFilter, which finds the lines `any` would find, and a few
        // more, in a third of the time; `any` serves when it cannot (null: it could not read a
        // pattern; findAll false: it outgrew its states). Pattern j of the filter is member j's.
        // The members it names in a line are taken without the Set where the filter is exact for
        // them (ShapeFilter::exact, a line of ASCII) or their own search confirms; the others are
        // asked one by one with their Set pattern alone (takeCandidates in scanRange).
        std::unique_ptr<ShapeFilter> filter;
        // A group found by its digits: the same patterns as a ShapeFilter too, run on a line that
        // has the digits (most such lines are table rows and log lines with order numbers, where
        // no member matches). Null: it could not read a pattern.
        std::unique_ptr<ShapeFilter> lineFilter;
        std::vector<std::size_t> setToRule;
        // > 0: every pattern of the group needs a digit cluster this large, or a run of digits
        // this long (DigitCluster); the group is asked only on lines that have one, and has no `any`.
        std::size_t minCluster = 0;
        std::size_t minRun = 0;
        // A group found by digits: its members' own bounds, those no other member's are below
        // (a line meets some member's bounds if and only if it meets one of these).
        std::vector<DigitCluster::Bounds> memberBounds;
    };
    std::vector<Group> groups;
    // The smallest digit bounds of the groups found by digits (DigitCluster::kNever: none): the
    // floor of the scan's survey (DigitCluster::survey).
    DigitCluster::Bounds digitFloor{DigitCluster::kNever, DigitCluster::kNever};
    // The literals of the rules found by them; ids are rule indices (kEveryLiteralRule: all), or
    // for context words kWordLiteral and an index into `words`.
    LiteralIndex literals;
    std::vector<std::size_t> literalRules;
    // A context word (lower case) of a context-gated rule, found by its literal at `offset`: where
    // the whole word stands around the literal as the rule's prefilter wants it (a word of its
    // own; a blank, "_" or "-" for each space), the prefilter matches, and no RE2 call is needed.
    struct Word
    {
        std::size_t rule = 0;
        std::string word;
        std::size_t offset = 0;
    };
    std::vector<Word> words;
};

namespace {

// A table's header is the text's first line when it has a delimiter (tab, comma, semicolon, bar);
// its cells are context for the values in the same column of the rows below ("passport_no",
// "zip"), however far down: a CSV export has its words in the header only. A piece of a longer
// text (a stream's later chunk) is given that text's header line instead: it lies outside the
// piece, every line of which is then below it.
struct TableHeader
{
    char delimiter = 0;    // 0: no table header
    std::size_t cells = 0; // delimiters in the header line
    std::size_t end = 0;   // end of the header line in the text (0 for one from outside it)
    std::string_view line; // the header line
    bool outside = false;  // the line is not in the text
    // Whether text[pos] lies in the rows below the header.
    bool below(std::size_t pos) const { return delimiter != 0 && (outside || pos > end); }
};

} // namespace

namespace {

// No byte of a non-ASCII character in `text` (eight bytes at a time).
bool isAscii(std::string_view text)
{
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, text.data() + i, 8);
        if ((w & 0x8080808080808080ull) != 0) {
            return false;
        }
    }
    for (; i < text.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80) {
            return false;
        }
    }
    return true;
}

} // namespace

// What one scanRange call remembers while it walks the text.
struct RuleSet::ScanState
{
    // Per rule found by literals: the last window it was asked in (`window` counts windows).
    std::vector<std::uint64_t> asked;
    std::uint64_t window = 0;
    // Every literal in the text the call reads, by end; the first not behind the current window.
    std::vector<LiteralIndex::Hit> literalHits;
    std::size_t literalNext = 0;
    // The text's table header, found once per call (every candidate may ask for its column).
    TableHeader header;
    // Per rule: end of the last accepted finding (a later match must start after it).
    std::vector<std::size_t> lastEnd;
    // Per multi-line rule: how far its last value reached (as its validator ended it, accepted or
    // refused). An anchor before it lies inside that value and is not tried again: a text of
    // anchors, each followed by lines the pattern takes, stays linear.
    std::vector<std::size_t> anchorReach;
    // Per multi-line rule: terminators are searched once, forwards. [cleanFrom, cleanTo) holds
    // no terminator start; termBegin/termEnd is the next terminator found (npos = none known).
    struct Terminator
    {
        std::size_t cleanFrom = 0;
        std::size_t cleanTo = 0;
        std::size_t termBegin = std::string_view::npos;
        std::size_t termEnd = 0;
    };
    std::vector<Terminator> term;
    // Per prefilter group: where its `any` search has got to. Searched from `from` (npos: not yet),
    // the first candidate is at `next` (npos: none before the call's search limit).
    struct Cursor
    {
        std::size_t from = std::string_view::npos;
        std::size_t next = std::string_view::npos;
    };
    std::vector<Cursor> cursor;
    // Per prefilter group with a filter: where a match of one of its patterns may end, ordered,
    // and the first not behind the current line; `filtered` false: ask `any` instead.
    struct Filtered
    {
        bool filtered = false;
        std::vector<ShapeFilter::Hit> hits;
        std::size_t next = 0;
    };
    std::vector<Filtered> filtered;
    // The lines with the digits a group needs and the long lines of the text the call reads
    // (DigitCluster::survey), and the first of each not behind the current line.
    DigitCluster::Survey survey;
    std::size_t lineNext = 0;
    std::size_t longNext = 0;
};

namespace {

// The first of the ordered `positions` at or after `from` (npos: none); `next`, a cursor that only
// moves forwards, is left there.
std::size_t firstFrom(const std::vector<std::size_t>& positions, std::size_t& next, std::size_t from)
{
    while (next < positions.size() && positions[next] < from) {
        ++next;
    }
    return next < positions.size() ? positions[next] : std::string_view::npos;
}

// Longest terminator a multi-line rule may have; a search that stops at a limit leaves this much
// unsearched before the limit, since a terminator may start there and end beyond it.
constexpr std::size_t maxTerminatorLength = 128;

// How far below a table's header a context-gated rule looks for values (see tableHeader).
constexpr std::size_t maxTableSpan = 1u << 20;

// Shape patterns that need a run of kRunTrigger digits, or a cluster of kClusterTrigger digits
// (DigitCluster), are asked only on lines that have one. Smaller ones are on most lines of a log
// or a table (a date is a cluster of 8 and runs of 4), where the group's `any` search is cheaper
// than a call per line; an ID number has a run of 6 and more, or a cluster of 9 and more.
constexpr std::size_t kRunTrigger = 6;
constexpr std::size_t kClusterTrigger = 9;

// The id of a literal that stands for every rule found by literals.
constexpr std::uint32_t kEveryLiteralRule = 0xffffffffu;
// Other ids are a rule index, or kWordLiteral and an index into Prefilter::words.
constexpr std::uint32_t kWordLiteral = 1u << 31;

// A literal to look for: a piece of a pattern, or a piece of a context word (`word` set).
struct Literal
{
    std::string text;
    std::string word;
    std::size_t offset = 0; // where `text` starts in `word`
};

// The shortest literal a pattern may be found by; shorter ones ("-", "to") are on most lines. A
// context word may be shorter ("dx", "ip"): it asks one rule, where a literal of a pattern would
// ask its rule wherever the letters stand.
constexpr int kMinLiteral = 3;
constexpr std::size_t kMinContextLiteral = 2;

// How far around a candidate context words are looked for (bytes before / after it).
constexpr std::size_t contextBefore = 64;
constexpr std::size_t contextAfter = 32;
// Words that label the value itself ("Order 415-555-0132", "version 1.2.3.4", "Customer: Karin
// Berg") stand close to it: negative words count only there, on the value's line ("call
// 415-555-0132, her order never arrived" is a phone number), unless the rule sets
// negativeWordsAnywhere; so do context words of a rule that sets contextWordsLabel (the line
// before included: "Name:\nKarin Berg").
constexpr std::size_t labelBefore = 24;
constexpr std::size_t labelAfter = 12;

RE2::Options reOptions(std::int64_t maxMem)
{
    RE2::Options o;
    o.set_log_errors(false);
    o.set_max_mem(maxMem);
    o.set_encoding(RE2::Options::EncodingUTF8);
    return o;
}

// The pattern a rule without an explicit prefilter enters the Set with: its own, with long
// counted repeats relaxed to * or + ("[A-Za-z0-9]{36}" becomes "[A-Za-z0-9]+"). Relaxing a bound
// only widens what matches, so the Set still hits wherever the rule can match; it stops the Set's
// DFA, the product of all its patterns, from multiplying counters. Counts up to 24 ({13} digits)
// stay: relaxed, "[0-9]{13}" would hit on every line with a digit and its rule would run there.
std::string relaxLongRepeats(const std::string& p)
{
    constexpr int longRepeat = 24;
    std::string out;
    out.reserve(p.size());
    bool inClass = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            out += c;
            out += p[++i];
            continue;
        }
        if (inClass) {
            inClass = c != ']';
            out += c;
            continue;
        }
        if (c == '[') {
            inClass = true;
            out += c;
            // A ']' right after '[' or '[^' is a literal.
            if (i + 1 < p.size() && p[i + 1] == '^') {
                out += p[++i];
            }
            if (i + 1 < p.size() && p[i + 1] == ']') {
                out += p[++i];
            }
            continue;
        }
        if (c == '{') {
            std::size_t j = i + 1;
            int lo = 0;
            int hi = -1;
            bool digits = false;
            while (j < p.size() && p[j] >= '0' && p[j] <= '9') {
                lo = lo * 10 + (p[j] - '0');
                digits = true;
                ++j;
            }
            bool comma = false;
            if (digits && j < p.size() && p[j] == ',') {
                comma = true;
                ++j;
                if (j < p.size() && p[j] >= '0' && p[j] <= '9') {
                    hi = 0;
                    while (j < p.size() && p[j] >= '0' && p[j] <= '9') {
                        hi = hi * 10 + (p[j] - '0');
                        ++j;
                    }
                }
            }
            if (digits && j < p.size() && p[j] == '}') {
                if (!comma) {
                    hi = lo;
                }
                const bool longRun = hi < 0 ? lo > longRepeat : hi > longRepeat;
                if (longRun) {
                    out += lo == 0 ? "*" : "+";
                    i = j;
                    // A lazy or possessive suffix stays valid after * or +.
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

// The table header `line` stands for (see TableHeader): the text's own first line
// (RuleSet::tableHeaderLine), or, `outside`, that of the longer text the text is a piece of.
TableHeader tableHeader(std::string_view line, bool outside)
{
    for (const char d : {'\t', ',', ';', '|'}) {
        const auto n = static_cast<std::size_t>(std::count(line.begin(), line.end(), d));
        if (n > 0) {
            return {d, n, outside ? 0 : line.size(), line, outside};
        }
    }
    return {};
}

// The header cell above `pos` when `pos` lies in a row below the header with as many delimiters
// as the header has; empty otherwise (also where the row's start is not in the text).
std::string_view headerCellFor(std::string_view text, const TableHeader& h, std::size_t pos)
{
    constexpr std::size_t maxRow = 4096;
    if (!h.below(pos)) {
        return {};
    }
    const std::size_t top = h.outside ? 0 : h.end + 1;
    std::size_t ls = pos;
    while (ls > top && pos - ls < maxRow && text[ls - 1] != '\n') {
        --ls;
    }
    if (ls == 0 || text[ls - 1] != '\n') {
        return {};
    }
    std::size_t le = pos;
    while (le < text.size() && le - pos < maxRow && text[le] != '\n') {
        ++le;
    }
    const std::string_view row = text.substr(ls, le - ls);
    if (static_cast<std::size_t>(std::count(row.begin(), row.end(), h.delimiter)) != h.cells) {
        return {};
    }
    const auto column = static_cast<std::size_t>(std::count(text.begin() + ls, text.begin() + pos, h.delimiter));
    const std::string_view line = h.line;
    std::size_t cellStart = 0;
    for (std::size_t i = 0, seen = 0; i < line.size() && seen < column; ++i) {
        if (line[i] == h.delimiter) {
            ++seen;
            cellStart = i + 1;
        }
    }
    std::size_t cellEnd = cellStart;
    while (cellEnd < line.size() && line[cellEnd] != h.delimiter) {
        ++cellEnd;
    }
    return line.substr(cellStart, cellEnd - cellStart);
}

// Whether `p` begins, after an optional \b, with two literal characters ("ghp_", "KX-", "AKIA").
bool startsWithLiteral(std::string_view p)
{
    if (p.starts_with("\\b")) {
        p.remove_prefix(2);
    }
    const auto literal = [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'
               || ch == '-' || ch == '"' || ch == '@' || ch == ':' || ch == '/';
    };
    return p.size() >= 2 && literal(p[0]) && literal(p[1]);
}

// The case forms of `atom` (RE2's literals are lower case) for a search that folds ASCII letters
// only: where its only characters beyond ASCII are letters of Latin-1 whose case forms RE2 knows
// (à…þ and their capitals, å also with the Angstrom sign, ß with ẞ, ÿ with Ÿ), every combination
// of them, so " allée" is looked for as itself and as " allÉe" instead of by its ASCII part " all"
// (which is in every " all "). Empty when there are other characters, or more than 8 forms.
std::vector<std::string> latinCaseForms(std::string_view atom)
{
    std::vector<std::string> forms{std::string()};
    for (std::size_t i = 0; i < atom.size();) {
        const auto c = static_cast<unsigned char>(atom[i]);
        if (c < 0x80) {
            for (auto& f : forms) {
                f += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        if (c != 0xC3 || i + 1 >= atom.size()) {
            return {};
        }
        const auto d = static_cast<unsigned char>(atom[i + 1]);
        std::vector<std::string> alternatives;
        if ((d >= 0x80 && d <= 0x9E && d != 0x97) || (d >= 0xA0 && d <= 0xBE && d != 0xB7)) {
            const auto lower = static_cast<char>(d | 0x20);
            alternatives = {std::string("\xC3") + lower, std::string("\xC3") + static_cast<char>(lower - 0x20)};
            if (lower == static_cast<char>(0xA5)) {
                alternatives.push_back("\xE2\x84\xAB"); // the Angstrom sign, which RE2 folds to å
            }
        } else if (d == 0x9F) {
            alternatives = {"\xC3\x9F", "\xE1\xBA\x9E"}; // ß, ẞ
        } else if (d == 0xBF) {
            alternatives = {"\xC3\xBF", "\xC5\xB8"}; // ÿ, Ÿ
        } else {
            return {};
        }
        if (forms.size() * alternatives.size() > 8) {
            return {};
        }
        std::vector<std::string> next;
        for (const auto& f : forms) {
            for (const auto& a : alternatives) {
                next.push_back(f + a);
            }
        }
        forms = std::move(next);
        i += 2;
    }
    return forms;
}

// The part of a literal the LiteralIndex looks for: its longest run of ASCII bytes without a line
// break (and without a space, where `splitAtSpace`). RE2 lower-cases literals with Unicode rules
// and the index folds ASCII letters only; a part of a literal is in every text the whole is in.
// Empty when that part is too short to be worth looking for: shorter than `minLength`, unless it
// holds an '@', rare in ordinary text.
std::string_view searchablePart(std::string_view literal, bool splitAtSpace, std::size_t minLength)
{
    std::string_view best;
    for (std::size_t b = 0; b < literal.size();) {
        std::size_t e = b;
        while (e < literal.size() && static_cast<unsigned char>(literal[e]) < 0x80 && literal[e] != '\n'
               && !(splitAtSpace && literal[e] == ' ')) {
            ++e;
        }
        if (e - b > best.size()) {
            best = literal.substr(b, e - b);
        }
        b = e + 1;
    }
    const bool rare = best.find('@') != std::string_view::npos;
    return best.size() >= minLength || (rare && !best.empty()) ? best : std::string_view{};
}

// The longest piece of `word` between spaces, bytes as they are.
std::string_view longestPiece(std::string_view word)
{
    std::string_view best;
    std::size_t b = 0;
    while (b <= word.size()) {
        const std::size_t e = std::min(word.find(' ', b), word.size());
        if (e - b > best.size()) {
            best = word.substr(b, e - b);
        }
        b = e + 1;
    }
    return best;
}

// Whether the lower-case context `word` stands in text[winBegin, winEnd) with its literal at
// `offset` starting at `literalStart`, as the rule's prefilter wants it: ASCII letters in either
// case, a blank, "_" or "-" for each space, any byte beyond ASCII for one (RE2 folds their case;
// the literal itself was found), and no ASCII letter glued to a word that starts or ends with one.
bool wordAt(std::string_view text,
            std::size_t literalStart,
            std::string_view word,
            std::size_t offset,
            std::size_t winBegin,
            std::size_t winEnd)
{
    if (literalStart < winBegin + offset) {
        return false;
    }
    const std::size_t start = literalStart - offset;
    const std::size_t end = start + word.size();
    if (end > winEnd) {
        return false;
    }
    for (std::size_t k = 0; k < word.size(); ++k) {
        const char c = text[start + k];
        const char w = word[k];
        const bool same = w == ' '                                ? (c == ' ' || c == '_' || c == '-')
                          : static_cast<unsigned char>(w) >= 0x80 ? static_cast<unsigned char>(c) >= 0x80
                                                                  : CharClass::toLower(c) == w;
        if (!same) {
            return false;
        }
    }
    if (CharClass::isAlpha(word.front()) && start > winBegin && CharClass::isAlpha(text[start - 1])) {
        return false;
    }
    return !(CharClass::isAlpha(word.back()) && end < winEnd && CharClass::isAlpha(text[end]));
}

// A few literals of which every match of `pattern` holds at least one (ASCII letters in either
// case), or nothing when there are none worth looking for. RE2's FilteredRE2 reads the pattern
// into a tree of required literals (an AND of ORs) of at least `minAtom` bytes; from its literals
// this keeps a set whose absence makes the tree fail, the longest (rarest) first, then drops those
// not needed for that.
std::optional<std::vector<std::string>>
necessaryLiterals(const std::string& pattern, const RE2::Options& options, int minAtom)
{
    re2::FilteredRE2 filter(minAtom);
    int id = 0;
    if (filter.Add(pattern, options, &id) != RE2::NoError) {
        return std::nullopt;
    }
    std::vector<std::string> atoms;
    filter.Compile(&atoms);
    std::vector<int> present;
    std::vector<int> passing;
    filter.AllPotentials(present, &passing);
    if (!passing.empty() || atoms.empty()) {
        return std::nullopt; // matches without any literal
    }
    std::vector<bool> on(atoms.size(), true);
    const auto passes = [&] {
        present.clear();
        for (std::size_t i = 0; i < atoms.size(); ++i) {
            if (on[i]) {
                present.push_back(static_cast<int>(i));
            }
        }
        filter.AllPotentials(present, &passing);
        return !passing.empty();
    };
    std::vector<std::size_t> order(atoms.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return atoms[a].size() > atoms[b].size(); });
    std::vector<std::size_t> needed;
    for (const std::size_t i : order) {
        on[i] = false;
        needed.push_back(i);
        if (!passes()) {
            break;
        }
    }
    if (passes()) {
        return std::nullopt; // cannot happen for a filtered pattern; stay safe
    }
    std::vector<std::string> out;
    for (auto it = needed.rbegin(); it != needed.rend(); ++it) {
        on[*it] = true;
        if (!passes()) {
            continue; // not needed: the tree fails without the others
        }
        on[*it] = false;
        const auto part = searchablePart(atoms[*it], false, kMinLiteral);
        if (part.empty()) {
            return std::nullopt;
        }
        // Where the literal holds letters beyond ASCII, its case forms are rarer than its ASCII part.
        auto forms = part.size() < atoms[*it].size() ? latinCaseForms(atoms[*it]) : std::vector<std::string>{};
        if (forms.empty()) {
            out.emplace_back(part);
        }
        for (auto& f : forms) {
            out.push_back(std::move(f));
        }
    }
    return out;
}

// Calls work(i) for every i below n, on up to four threads when there are enough items: creating
// a rule set compiles a few hundred patterns, each on its own, and a CLI run or the app's start
// waits for them. `work` must be safe to run concurrently for different i; the first exception
// it throws on any thread is thrown again here once all threads have stopped.
template <typename Work>
void forEachIndex(std::size_t n, const Work& work)
{
    const unsigned threads = std::min(4u, std::max(1u, std::thread::hardware_concurrency()));
    if (threads == 1 || n < 32) {
        for (std::size_t i = 0; i < n; ++i) {
            work(i);
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    std::mutex failedLock;
    std::exception_ptr failed; // the first exception of any thread, thrown again on this one
    const auto run = [&] {
        try {
            for (std::size_t i = next++; i < n; i = next++) {
                work(i);
            }
        } catch (...) {
            const std::lock_guard guard(failedLock);
            failed = failed ? failed : std::current_exception();
            next = n; // the others stop too
        }
    };
    {
        std::vector<std::jthread> helpers;
        try {
            for (unsigned t = 1; t < threads; ++t) {
                helpers.emplace_back(run);
            }
        } catch (const std::system_error&) {
            // No thread to be had: this one does the rest.
        }
        run();
    } // joins the helpers
    if (failed) {
        std::rethrow_exception(failed);
    }
}

// Whether Validators::mayHoldPersonName may rule out windows for `rule`: it is sound for the
// built-in person-name patterns with their validators only (a policy's rule may pair a validator
// with a pattern of its own). The person rules are built once, not the whole built-in set.
bool personLookHolds(const Rule& rule)
{
    if (rule.validator != "person-name" && rule.validator != "person-name-caps") {
        return false;
    }
    static const std::vector<Rule> person = RuleFamilies::person();
    return std::any_of(person.begin(), person.end(), [&](const Rule& builtin) {
        return builtin.validator == rule.validator && builtin.pattern == rule.pattern;
    });
}

// The literals a rule is found by (see struct Prefilter), if it can be: a context-gated rule by
// its words (its prefilter is made of them; a phrase by its longest word, as a space in it also
// stands for "_" and "-"), any other by the literals its prefilter needs, where a short literal
// ("@" of an e-mail address) is taken only when it is rare.
std::optional<std::vector<Literal>>
literalsFor(const Rule& rule, bool contextGated, const std::string& prefilter, const RE2::Options& options)
{
    std::vector<Literal> out;
    if (contextGated) {
        for (const auto& word : rule.contextWords) {
            // Its longest ASCII run; where that is too short ("tél") its longest piece between
            // spaces, letters beyond ASCII and all: accept() compares words byte for byte with
            // ASCII letters folded, as the index does.
            auto piece = searchablePart(word, true, kMinContextLiteral);
            if (piece.empty()) {
                piece = longestPiece(word);
                if (piece.size() < kMinContextLiteral) {
                    return std::nullopt;
                }
            }
            out.push_back({std::string(piece), word, static_cast<std::size_t>(piece.data() - word.data())});
        }
        return out;
    }
    auto literals = necessaryLiterals(prefilter, options, kMinLiteral);
    if (!literals) {
        auto shortOnes = necessaryLiterals(prefilter, options, 1);
        if (!shortOnes || !std::all_of(shortOnes->begin(), shortOnes->end(), [](const std::string& l) {
                return l.find('@') != std::string::npos;
            })) {
            return std::nullopt;
        }
        literals = std::move(shortOnes);
    }
    for (auto& l : *literals) {
        out.push_back({std::move(l)});
    }
    return out;
}

// The bytes every match of a pattern holds: an algebra for RegexShape::Walker. A position that
// can be one byte only requires it; a sequence requires what its parts do, an alternation what
// all its branches do, a repeat that may be empty nothing.
struct RequiredBytes
{
    using Value = std::bitset<128>;
    Value empty() const { return {}; }
    Value atom(const RegexShape::ByteSet& set) const
    {
        Value v;
        if (set.count() == 1 && !set.test(RegexShape::kNonAscii)) {
            for (std::size_t b = 0; b < 128; ++b) {
                v.set(b, set.test(b));
            }
        }
        return v;
    }
    Value concat(const Value& a, const Value& b) const { return a | b; }
    Value either(const Value& a, const Value& b) const { return a & b; }
    Value star(const Value&) const { return {}; }
};

// The rarest byte every match of `pattern` holds, or 0: punctuation before digits before
// letters, never a blank or a line break (they are everywhere, and a search for them saves
// nothing).
char requiredByte(std::string_view pattern)
{
    RequiredBytes algebra;
    const auto bytes = RegexShape::Walker<RequiredBytes>(algebra, pattern).parse();
    if (!bytes) {
        return 0;
    }
    char best = 0;
    int bestRank = 0;
    for (std::size_t b = 33; b < 127; ++b) {
        if (!bytes->test(b)) {
            continue;
        }
        const char c = static_cast<char>(b);
        const int rank = c == '@'                 ? 4
                         : CharClass::isAlpha(c)  ? 1
                         : (c >= '0' && c <= '9') ? 2
                         : c == '.' || c == '-'   ? 2
                                                  : 3;
        if (rank > bestRank) {
            best = c;
            bestRank = rank;
        }
    }
    return best;
}

std::string ruleError(const Rule& rule, const std::string& what)
{
    return "Rule '" + rule.id + "': " + what;
}

} // namespace

RuleSet::RuleSet(std::vector<Rule> rules, Options options)
    : m_rules(std::move(rules))
    , m_options(options)
{}

RuleSet::~RuleSet() = default;

Result<std::shared_ptr<const RuleSet>> RuleSet::create(std::vector<Rule> rules)
{
    return create(std::move(rules), Options{});
}

Result<std::shared_ptr<const RuleSet>> RuleSet::builtin()
{
    return create(BuiltinRules::all(), builtinOptions());
}

RuleSet::Options RuleSet::builtinOptions()
{
    Options o;
    o.companionDates = true;
    return o;
}

Result<std::shared_ptr<const RuleSet>> RuleSet::create(std::vector<Rule> rules, Options options)
{
    if (options.segmentSize == 0 || options.segmentOverlap == 0) {
        return Error{ErrorCode::InvalidArgument,
                     SCRIM_TR_NOOP("CoreErrors", "Segment size and overlap must be positive.")};
    }
    std::shared_ptr<RuleSet> set(new RuleSet(std::move(rules), options));
    const RE2::Options reOpts = reOptions(options.maxMem);
    set->m_set = std::make_unique<Prefilter>();
    set->m_compiled.resize(set->m_rules.size());

    // Per rule: its prefilter pattern, and whether it goes into a cheap group.
    struct Entry
    {
        std::string pattern;
        bool cheap = false;
    };
    std::vector<Entry> entries;
    entries.reserve(set->m_rules.size());
    // The rules' own patterns, compiled side by side; checked in rule order below.
    forEachIndex(set->m_rules.size(), [&](std::size_t i) {
        set->m_compiled[i].re = std::make_unique<RE2>(set->m_rules[i].pattern, reOpts);
    });
    for (std::size_t i = 0; i < set->m_rules.size(); ++i) {
        Rule& rule = set->m_rules[i];
        Compiled& c = set->m_compiled[i];
        if (rule.id.empty()) {
            return Error{ErrorCode::RuleError,
                         SCRIM_TR_NOOP("CoreErrors", "A rule has no id; give every rule a unique id.")};
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (set->m_rules[j].id == rule.id) {
                return Error{ErrorCode::RuleError, ruleError(rule, "the id is used twice; rule ids must be unique.")};
            }
        }
        if (!c.re->ok()) {
            return Error{ErrorCode::RuleError,
                         ruleError(rule,
                                   "the pattern does not compile as RE2: " + c.re->error()
                                       + ". Note that RE2 has no backreferences or lookaround.")};
        }
        c.group = c.re->NumberOfCapturingGroups() > 0 ? 1 : 0;
        if (c.group != 0 && rule.anchor.empty() && options.edgeCapture) {
            c.edges = EdgeCapture::build(rule.pattern, reOpts);
        }
        if (c.group == 0 && rule.anchor.empty() && options.handMatchers) {
            c.search = Matchers::forPattern(rule.pattern);
        }
        if (options.handMatchers && personLookHolds(rule)) {
            c.gate = &Validators::mayHoldPersonName;
        }
        if (rule.anchor.empty()) {
            c.required = requiredByte(rule.pattern);
            c.own = DigitCluster::minBounds(rule.pattern);
        }
        if (!rule.validator.empty() && rule.validator != "none") {
            c.validator = Validators::byName(rule.validator);
            if (c.validator == nullptr) {
                std::string known;
                for (const auto n : Validators::names()) {
                    known += (known.empty() ? "" : ", ") + std::string(n);
                }
                return Error{ErrorCode::RuleError,
                             ruleError(rule, "unknown validator '" + rule.validator + "'; known: " + known + ".")};
            }
        }
        for (auto* words : {&rule.contextWords, &rule.negativeWords}) {
            for (auto& w : *words) {
                std::transform(w.begin(), w.end(), w.begin(), CharClass::toLower);
            }
        }
        c.words = ContextWords(rule.contextWords, rule.negativeWords);
        std::string setPattern = rule.prefilter.empty() ? relaxLongRepeats(rule.pattern) : rule.prefilter;
        if (rule.prefilter.empty() && rule.anchor.empty() && !rule.contextWords.empty()
            && rule.baseScore + kMaxValidatorBonus < rule.minScore - 1e-9) {
            c.contextGated = true;
            setPattern = "(?i)(?:";
            // Whole words as accept() counts them: not inside a run of ASCII letters ("nin" must not
            // hit "running"). Consuming the neighbour is fine here, the Set only says "hit".
            const auto letter = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
            for (std::size_t w = 0; w < rule.contextWords.size(); ++w) {
                const std::string& word = rule.contextWords[w];
                setPattern += w ? "|" : "";
                setPattern += (!word.empty() && letter(word.front())) ? "(?:^|[^A-Za-z])" : "";
                // A space in a phrase also stands for "_" or "-": "zip code" in a "zip_code" column.
                std::string quoted = RE2::QuoteMeta(word);
                for (std::size_t at = quoted.find("\\ "); at != std::string::npos; at = quoted.find("\\ ", at + 5)) {
                    quoted.replace(at, 2, "[ _-]");
                }
                setPattern += quoted;
                setPattern += (!word.empty() && letter(word.back())) ? "(?:[^A-Za-z]|$)" : "";
            }
            setPattern += ")";
        }
        if (!rule.anchor.empty()) {
            if (rule.maxSpan == 0 || rule.maxSpan > (1u << 20)) {
                return Error{ErrorCode::RuleError,
                             ruleError(rule, "a multi-line rule needs maxSpan between 1 and 1 MiB.")};
            }
            c.anchor = std::make_unique<RE2>(rule.anchor, reOpts);
            if (!c.anchor->ok()) {
                return Error{ErrorCode::RuleError,
                             ruleError(rule, "the anchor pattern does not compile as RE2: " + c.anchor->error())};
            }
            if (!rule.terminator.empty()) {
                c.terminator = std::make_unique<RE2>(rule.terminator, reOpts);
                if (!c.terminator->ok()) {
                    return Error{
                        ErrorCode::RuleError,
                        ruleError(rule, "the terminator pattern does not compile as RE2: " + c.terminator->error())};
                }
            }
            setPattern = rule.anchor;
        }
        c.ownSearchConfirms = !rule.anchor.empty() || (rule.prefilter.empty() && !c.contextGated);
        entries.push_back({std::move(setPattern), c.contextGated || !rule.anchor.empty()});
    }
    // How each prefilter pattern is found (see struct Prefilter), in order of preference:
    //  - by its literals: every match holds one of a few literals (a provider prefix, a context
    //    word, a dictionary term), found for all patterns at once by one LiteralIndex pass over
    //    the text;
    //  - by its digits: every match holds a run of kRunTrigger digits or more, else a cluster of
    //    kClusterTrigger digits or more (two kinds of groups);
    //  - by the group's alternation, searched over the text: the few patterns left share groups of
    //    groupSize. Without triggers (Options::triggers), every pattern is searched: those that
    //    start with a literal or are word lists rarely have partial matches in flight and share
    //    groups five times as large, the others (digit and letter shapes) go into groups of
    //    groupSize.
    std::vector<std::size_t> byRun;
    std::vector<std::size_t> byCluster;
    std::vector<std::size_t> cheap;
    std::vector<std::size_t> costly;
    // Each prefilter's literals (FilteredRE2 reads the pattern again) and, where it has some,
    // its compiled trigger: side by side, then taken in rule order.
    std::vector<std::optional<std::vector<Literal>>> literalsOf(entries.size());
    std::vector<std::unique_ptr<RE2>> triggers(entries.size());
    if (options.triggers) {
        forEachIndex(entries.size(), [&](std::size_t i) {
            literalsOf[i] = literalsFor(set->m_rules[i], set->m_compiled[i].contextGated, entries[i].pattern, reOpts);
            if (literalsOf[i]) {
                triggers[i] = std::make_unique<RE2>(entries[i].pattern, reOpts);
            }
        });
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        Entry& e = entries[i];
        if (!options.triggers) {
            (e.cheap || startsWithLiteral(e.pattern) ? cheap : costly).push_back(i);
            continue;
        }
        if (auto& literals = literalsOf[i]) {
            auto trigger = std::move(triggers[i]);
            if (!trigger->ok()) {
                return Error{ErrorCode::RuleError,
                             ruleError(set->m_rules[i], "the prefilter pattern does not compile: " + trigger->error())};
            }
            set->m_compiled[i].trigger = std::move(trigger);
            if (!set->m_compiled[i].contextGated) {
                std::vector<std::string> texts;
                for (const auto& literal : *literals) {
                    texts.push_back(literal.text);
                }
                set->m_compiled[i].askAtLiteral = everyMatchStartsWithOne(e.pattern, texts);
            }
            for (const auto& literal : *literals) {
                if (literal.word.empty()) {
                    set->m_set->literals.add(literal.text, static_cast<std::uint32_t>(i));
                    continue;
                }
                // wordAt() wants no ASCII letter before a word that starts with one, or after one
                // that ends with one; a piece from inside the word has a blank or a byte beyond
                // ASCII next to it, never a letter. So the index need not report the piece next
                // to a letter ("le" of "née le" in "table" or "level").
                const bool wordStart = literal.offset > 0 || CharClass::isAlpha(literal.word.front());
                const bool wordEnd = literal.offset + literal.text.size() < literal.word.size()
                                     || CharClass::isAlpha(literal.word.back());
                set->m_set->literals.add(literal.text,
                                         kWordLiteral | static_cast<std::uint32_t>(set->m_set->words.size()),
                                         wordStart,
                                         wordEnd);
                set->m_set->words.push_back({i, literal.word, literal.offset});
            }
            set->m_set->literalRules.push_back(i);
            continue;
        }
        // The rule's own pattern must match inside the line too (only context-gated and multi-line
        // rules look beyond it, and those have literals), so its cluster counts as well: a card
        // number's prefilter needs 8 digits, the card 12.
        const Rule& rule = set->m_rules[i];
        const bool ownLine = !set->m_compiled[i].contextGated && rule.anchor.empty();
        const auto pre = DigitCluster::minBounds(e.pattern);
        auto& compiled = set->m_compiled[i];
        const auto own = ownLine ? compiled.own : DigitCluster::Bounds{}; // minBounds(rule.pattern), above
        compiled.minCluster = std::max(pre.cluster, own.cluster);
        compiled.minRun = std::max(pre.run, own.run);
        // A bare run of kRunTrigger digits is on many lines of logs and tables (order numbers,
        // counters, times written hhmmss): a rule that needs no more than that (a UK driving
        // licence, a Finnish HETU: letters around the run) is found by its shape instead.
        if (compiled.minRun >= kRunTrigger && std::max(compiled.minRun, compiled.minCluster) > kRunTrigger) {
            byRun.push_back(i);
        } else if (compiled.minCluster >= kClusterTrigger) {
            byCluster.push_back(i);
        } else {
            // The few patterns left share groups: each group is a pass over the text.
            costly.push_back(i);
        }
    }
    // Largest first, so each group's requirement is its last member's, and groups are tight.
    std::stable_sort(byRun.begin(), byRun.end(), [&](std::size_t a, std::size_t b) {
        return set->m_compiled[a].minRun > set->m_compiled[b].minRun;
    });
    std::stable_sort(byCluster.begin(), byCluster.end(), [&](std::size_t a, std::size_t b) {
        return set->m_compiled[a].minCluster > set->m_compiled[b].minCluster;
    });
    auto& groups = set->m_set->groups;
    std::vector<std::string> alternations;               // per group
    std::vector<std::vector<std::string>> searched;      // per group: the patterns of a searched group
    std::vector<std::vector<std::string>> byDigits;      // per group: the patterns of a group found by digits
    std::vector<std::vector<std::size_t>> searchedRules; // and the rules they belong to
    std::vector<bool> perLine; // per group: a pattern uses \A or \z, which mean another thing in an alternation
    enum class Kind
    {
        Run,
        Cluster,
        Search
    };
    const auto fill = [&](const std::vector<std::size_t>& members, std::size_t cap, Kind kind) -> Result<void> {
        cap = std::max<std::size_t>(1, cap);
        std::size_t open = std::string::npos;
        for (const std::size_t i : members) {
            const Entry& e = entries[i];
            if (open == std::string::npos || groups[open].setToRule.size() >= cap) {
                open = groups.size();
                groups.emplace_back();
                groups.back().set = std::make_unique<RE2::Set>(reOpts, RE2::UNANCHORED);
                alternations.emplace_back();
                searched.emplace_back();
                byDigits.emplace_back();
                searchedRules.emplace_back();
                perLine.push_back(false);
            }
            auto& group = groups[open];
            std::string err;
            if (group.set->Add(e.pattern, &err) < 0) {
                return Error{ErrorCode::RuleError,
                             ruleError(set->m_rules[i], "the pattern cannot join the rule set: " + err)};
            }
            group.setToRule.push_back(i);
            switch (kind) {
            case Kind::Run:
                group.minRun = set->m_compiled[i].minRun; // members come largest first
                byDigits[open].push_back(e.pattern);
                break;
            case Kind::Cluster:
                group.minCluster = set->m_compiled[i].minCluster;
                byDigits[open].push_back(e.pattern);
                break;
            case Kind::Search:
                // In the alternation, which runs over many lines at once, ^ and $ are line
                // boundaries as they are for the Set, which sees one line. \A and \z cannot be:
                // such a group is asked on every line instead.
                if (e.pattern.find("\\A") != std::string::npos || e.pattern.find("\\z") != std::string::npos) {
                    perLine[open] = true;
                }
                alternations[open] += (alternations[open].empty() ? "(?m)(?:" : "|(?:") + e.pattern + ")";
                searched[open].push_back(e.pattern);
                searchedRules[open].push_back(i);
                break;
            }
        }
        return {};
    };
    for (const auto& [members, cap, kind] : {std::tuple{&byRun, options.groupSize, Kind::Run},
                                             std::tuple{&byCluster, options.groupSize, Kind::Cluster},
                                             std::tuple{&cheap, options.groupSize * 5, Kind::Search},
                                             std::tuple{&costly, options.groupSize, Kind::Search}}) {
        if (auto r = fill(*members, cap, kind); !r) {
            return r.error();
        }
    }
    for (auto& group : groups) {
        if (group.minCluster == 0 && group.minRun == 0) {
            continue;
        }
        for (const std::size_t i : group.setToRule) {
            const auto& c = set->m_compiled[i];
            const DigitCluster::Bounds b{c.minCluster, c.minRun};
            const auto covers = [&](const DigitCluster::Bounds& o) { return o.cluster <= b.cluster && o.run <= b.run; };
            if (std::none_of(group.memberBounds.begin(), group.memberBounds.end(), covers)) {
                std::erase_if(group.memberBounds,
                              [&](const DigitCluster::Bounds& o) { return b.cluster <= o.cluster && b.run <= o.run; });
                group.memberBounds.push_back(b);
            }
        }
    }
    if (!set->m_set->literalRules.empty()) {
        // RE2 folds the Kelvin sign to k and the long s to s; a literal's ASCII letters are only
        // looked for as ASCII, so a line with either character is asked of every such rule.
        set->m_set->literals.add("\xE2\x84\xAA", kEveryLiteralRule);
        set->m_set->literals.add("\xC5\xBF", kEveryLiteralRule);
        if (!set->m_set->literals.build()) {
            return Error{ErrorCode::RuleError,
                         SCRIM_TR_NOOP("CoreErrors",
                                       "The rules hold too many words and literals to search at once; split the "
                                       "policy's keyword lists or use a hashed dictionary for long lists.")};
        }
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
        auto& group = groups[g];
        if (!perLine[g] && group.minCluster == 0 && group.minRun == 0) {
            group.any = std::make_unique<RE2>(alternations[g], reOpts);
        }
        if (options.triggers && !searched[g].empty()) {
            group.filter = ShapeFilter::build(searched[g], options.filterStates);
        }
        if (options.triggers && !byDigits[g].empty()) {
            group.lineFilter = ShapeFilter::build(byDigits[g], options.filterStates, 24);
        }
        if (group.filter || group.lineFilter) {
            for (std::size_t j = 0; j < group.setToRule.size(); ++j) {
                Compiled& c = set->m_compiled[group.setToRule[j]];
                if (!c.ownSearchConfirms && !c.trigger) {
                    c.trigger = std::make_unique<RE2>(group.filter ? searched[g][j] : byDigits[g][j], reOpts);
                    if (!c.trigger->ok()) {
                        c.trigger.reset(); // the Set compiles it below, or fails
                    }
                }
            }
        }
        if (group.minCluster > 0) {
            set->m_set->digitFloor.cluster = std::min(set->m_set->digitFloor.cluster, group.minCluster);
        }
        if (group.minRun > 0) {
            set->m_set->digitFloor.run = std::min(set->m_set->digitFloor.run, group.minRun);
        }
        if (!group.set->Compile() || (group.any && !group.any->ok())) {
            return Error{ErrorCode::OutOfMemory,
                         SCRIM_TR_NOOP("CoreErrors",
                                       "The rules do not fit into the regular-expression memory budget. Remove or "
                                       "simplify custom rules, or raise the budget.")};
        }
    }
    return std::shared_ptr<const RuleSet>(std::move(set));
}

std::string_view RuleSet::tableHeaderLine(std::string_view text)
{
    constexpr std::size_t maxHeader = 4096;
    const auto nl = text.substr(0, std::min(text.size(), maxHeader)).find('\n');
    if (nl == std::string_view::npos) {
        return {};
    }
    const std::string_view line = text.substr(0, nl);
    return line.find_first_of("\t,;|") == std::string_view::npos ? std::string_view{} : line;
}

std::size_t RuleSet::maxSpan() const
{
    std::size_t m = m_options.segmentOverlap;
    for (const auto& r : m_rules) {
        m = std::max(m, r.maxSpan);
    }
    return m;
}

bool blankLineEscapes(std::string_view text, std::string& out)
{
    if (text.empty() || std::memchr(text.data(), '\\', text.size()) == nullptr) {
        return false; // most texts: one fast look
    }
    bool any = false;
    std::size_t run = 0; // backslashes just before i
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (run % 2 == 1 && (c == 'n' || c == 'r' || c == 't')) {
            if (!any) {
                out.assign(text.data(), text.size());
                any = true;
            }
            out[i - 1] = ' ';
            out[i] = ' ';
        }
        run = c == '\\' ? run + 1 : 0;
    }
    return any;
}

Result<std::vector<Finding>> RuleSet::scan(std::string_view text) const
{
    std::vector<Finding> out;
    auto r = scanRange(text, 0, text.size(), out);
    if (!r) {
        return r.error();
    }
    if (m_options.companionDates) {
        Dates::addCompanions(text, out);
    }
    return out;
}

Result<std::vector<Finding>>
RuleSet::scanStoppable(std::string_view text, std::size_t piece, const std::function<bool()>& stop, bool& stopped) const
{
    stopped = false;
    std::vector<Finding> out;
    // Line escapes blanked once for all pieces (scanRange would do it for each: a pass over the
    // whole text, and a copy of it, per piece).
    std::string blanked;
    const std::string_view scanned = blankLineEscapes(text, blanked) ? std::string_view(blanked) : text;
    for (std::size_t begin = 0; begin < text.size(); begin += piece) {
        if (stop()) {
            stopped = true;
            break;
        }
        if (auto r = scanBlanked(scanned, begin, std::min(text.size(), begin + piece), out); !r) {
            return r.error();
        }
    }
    // Each piece resolves overlaps among its own findings; a finding that reaches into later pieces
    // (a key block) must also win over what those pieces found inside it, as in one scan. The
    // pieces' findings are in start order already.
    resolveOverlaps(out);
    if (m_options.companionDates && !stopped) {
        Dates::addCompanions(text, out);
    }
    return out;
}

Result<void> RuleSet::scanRange(std::string_view text,
                                std::size_t ownBegin,
                                std::size_t ownEnd,
                                std::vector<Finding>& out,
                                std::optional<std::string_view> header) const
{
    // JSON and C strings write line breaks and tabs as \n, \r, \t: "SSN:\n123-45-6789" must not read
    // as the word "n123-45-6789". Such escapes are scanned as two spaces (same length, so every
    // offset holds).
    // A header from outside the text is read as it would be in the whole text: blanked too.
    std::string blankedHeader;
    if (header && blankLineEscapes(*header, blankedHeader)) {
        header = blankedHeader;
    }
    std::string blanked;
    if (ownBegin < std::min(ownEnd, text.size()) && blankLineEscapes(text, blanked)) {
        return scanBlanked(blanked, ownBegin, ownEnd, out, header);
    }
    return scanBlanked(text, ownBegin, ownEnd, out, header);
}

Result<void> RuleSet::scanBlanked(std::string_view text,
                                  std::size_t ownBegin,
                                  std::size_t ownEnd,
                                  std::vector<Finding>& out,
                                  std::optional<std::string_view> header) const
{
    ownEnd = std::min(ownEnd, text.size());
    if (ownBegin >= ownEnd) {
        return {};
    }
    const std::size_t firstNew = out.size();
    ScanState state;
    state.lastEnd.assign(m_rules.size(), 0);
    state.anchorReach.assign(m_rules.size(), 0);
    state.asked.assign(m_rules.size(), 0);
    state.term.resize(m_rules.size());
    state.cursor.resize(m_set->groups.size());
    state.filtered.resize(m_set->groups.size());
    state.header = header ? tableHeader(*header, true) : tableHeader(tableHeaderLine(text), false);
    // Every whole line scanned below starts before ownEnd and ends within one segment of it, and
    // at the first line break from ownEnd - 1 on: a range that ends inside a text (a stream's
    // chunk, the stretches across its edges) has its passes stop there, not a segment further.
    std::size_t searchLimit = std::min(text.size(), ownEnd + m_options.segmentSize + m_options.segmentOverlap + 1);
    if (const void* nl = std::memchr(text.data() + (ownEnd - 1), '\n', searchLimit - (ownEnd - 1))) {
        searchLimit = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
    }
    std::vector<int> setHits;
    std::vector<std::size_t> hits; // rule indices
    hits.reserve(m_rules.size());
    std::vector<std::size_t> candidates; // members of a group, ascending

    // Start at the beginning of the line that holds ownBegin (bounded), so a value that began
    // before the range is seen whole and cannot be mistaken for a shorter one inside the range.
    std::size_t seg = ownBegin;
    {
        const std::size_t floor = ownBegin > m_options.segmentOverlap ? ownBegin - m_options.segmentOverlap : 0;
        while (seg > floor && text[seg - 1] != '\n') {
            --seg;
        }
    }
    m_set->literals.findAll(text, seg, searchLimit, state.literalHits);
    for (std::size_t g = 0; g < m_set->groups.size(); ++g) {
        if (const auto& filter = m_set->groups[g].filter) {
            auto& f = state.filtered[g];
            f.filtered = filter->findAll(text, seg, searchLimit, f.hits);
        }
    }
    // Where the lines hold what a group found by digits needs, and which lines are too long to
    // be read whole: then a line that holds no candidate of any kind is passed over unread, and a
    // line's digits need not be measured (bench/README.md).
    const DigitCluster::Bounds& floor = m_set->digitFloor;
    const bool hasDigitGroups = floor.cluster != DigitCluster::kNever || floor.run != DigitCluster::kNever;
    // The survey tells lines longer than 64 bytes at the least; with shorter segments a long line
    // might go unnoticed, so then every line is read (as where a group is asked on every line:
    // nextCandidate).
    const bool skipping = m_options.triggers && m_options.segmentSize >= 64;
    if (m_options.triggers) {
        DigitCluster::survey(text, seg, searchLimit, floor, m_options.segmentSize, state.survey);
    }
    const char* base = text.data();
    std::size_t lineStart = seg;
    while (seg < ownEnd) {
        if (skipping && seg == lineStart) {
            const std::size_t to = nextCandidate(text, seg, searchLimit, state);
            if (to > seg) {
                if (const std::size_t after = state.survey.afterLastBreak(seg, std::min(to, ownEnd)); after > seg) {
                    seg = lineStart = after;
                    if (seg >= ownEnd) {
                        break;
                    }
                }
            }
        }
        // Look for the end of the line only as far as one window reaches: searching to the end of
        // a huge single-line text for every segment would make the scan quadratic.
        // (No line read here ends past searchLimit.)
        const std::size_t reach = std::min(searchLimit, seg + m_options.segmentSize + m_options.segmentOverlap + 1);
        // (The survey holds the line breaks where it ran.)
        std::size_t lineEnd = reach;
        if (m_options.triggers) {
            lineEnd = state.survey.nextBreak(seg, reach);
        } else if (const void* nl = std::memchr(base + seg, '\n', reach - seg)) {
            lineEnd = static_cast<std::size_t>(static_cast<const char*>(nl) - base);
        }
        std::size_t segOwnEnd;
        std::size_t winEnd;
        std::size_t next;
        if (lineEnd - seg <= m_options.segmentSize) {
            segOwnEnd = lineEnd;
            winEnd = lineEnd;
            next = lineEnd + 1;
        } else {
            segOwnEnd = seg + m_options.segmentSize;
            winEnd = std::min(lineEnd, segOwnEnd + m_options.segmentOverlap);
            next = segOwnEnd;
        }
        // A segment in the middle of a long line also reads the overlap before it, so a value that
        // starts right at the segment's edge still has its context words ("Patient …") in the window.
        const std::size_t winBegin =
            seg > lineStart ? std::max(lineStart, seg - std::min(seg, m_options.segmentOverlap)) : seg;
        if (winEnd > seg) {
            const std::string_view window = text.substr(winBegin, winEnd - winBegin);
            // A whole short line is asked only of the groups whose alternation may match in it; a
            // segment of a long line is asked of every group.
            const bool wholeLine = winBegin == seg && winEnd == lineEnd && segOwnEnd == lineEnd;
            hits.clear();
            std::optional<DigitCluster::Bounds> lineDigits;             // measured when a rule asks
            std::optional<bool> windowAscii;                            // looked at when a filter asks
            const bool atLineStart = seg == 0 || text[seg - 1] == '\n'; // see takeCandidates
            const auto digits = [&]() -> const DigitCluster::Bounds& {
                if (!lineDigits) {
                    lineDigits = DigitCluster::measure(text, winBegin, winEnd);
                }
                return *lineDigits;
            };
            // A whole line the survey does not list holds no cluster or run that a group found by
            // digits needs, so it need not be measured for them.
            const bool listed =
                !(wholeLine && m_options.triggers) || firstFrom(state.survey.lines, state.lineNext, seg) < lineEnd;
            // A rule named (by the filter or the Set) runs if the window has its digits (where
            // groups are found by digits; then every rule's bounds are proven).
            const auto digitsFit = [&](std::size_t ri) {
                const Compiled& c = m_compiled[ri];
                if (!hasDigitGroups || (c.minCluster == 0 && c.minRun == 0)) {
                    return true;
                }
                return digits().cluster >= c.minCluster && digits().run >= c.minRun;
            };
            // Whether a group found by digits is asked in this whole line: the line has its digits
            // and some member's own bounds (the Set is asked only then).
            const auto digitsAsk = [&](const Prefilter::Group& group) {
                return listed && digits().cluster >= group.minCluster && digits().run >= group.minRun
                       && std::any_of(
                           group.memberBounds.begin(), group.memberBounds.end(), [&](const DigitCluster::Bounds& b) {
                               return digits().cluster >= b.cluster && digits().run >= b.run;
                           });
            };
            // The digit groups' line filters, each walked over this line once: where a later group
            // will walk its filter here too, both walk in one (ShapeFilter::lineMasks), and the
            // later one's answer waits in `paired`.
            std::size_t pairedGroup = std::string_view::npos;
            std::optional<ShapeFilter::Mask> paired;
            const auto lineMaskOf = [&](std::size_t g) -> std::optional<ShapeFilter::Mask> {
                if (g == pairedGroup) {
                    return paired;
                }
                const ShapeFilter& filter = *m_set->groups[g].lineFilter;
                for (std::size_t h = g + 1; h < m_set->groups.size(); ++h) {
                    const auto& later = m_set->groups[h];
                    // Only a group that reaches its filter by the same path as this one (no
                    // searched filter or alternation of its own to pass first).
                    if ((later.minCluster > 0 || later.minRun > 0) && later.lineFilter && !state.filtered[h].filtered
                        && !later.any && digitsAsk(later)) {
                        std::optional<ShapeFilter::Mask> mine;
                        ShapeFilter::lineMasks(filter, *later.lineFilter, text, seg, lineEnd, mine, paired);
                        pairedGroup = h;
                        return mine;
                    }
                }
                return filter.lineMask(text, seg, lineEnd);
            };
            for (std::size_t g = 0; g < m_set->groups.size(); ++g) {
                const auto& group = m_set->groups[g];
                const auto take = [&](std::size_t member) {
                    const std::size_t ri = group.setToRule[member];
                    if (digitsFit(ri)) { // else its prefilter matches, its pattern cannot
                        hits.push_back(ri);
                    }
                };
                // The members a filter says may match in this line, in `candidates`, and taken
                // where the filter's word needs no confirmation: it is exact for the member
                // (ShapeFilter::exact, a line of ASCII), or the member's own search, run next,
                // confirms (Compiled::ownSearchConfirms). Otherwise the member's Set pattern alone
                // confirms (its `trigger`): one or two patterns cost less than a Set of forty,
                // whose DFA, the product of them all, is rebuilt again and again on such lines.
                // False where a member has no trigger: the Set is to say which of them match.
                // The own search sees the text before the window, the Set and the filters do not;
                // where the window does not start a line (a range that begins deep in a long
                // line), `\B` or a `\b` before a non-word character could match in the one and not
                // in the other, so there the own search confirms nothing.
                const auto takeCandidates = [&](const ShapeFilter& filter, const ShapeFilter::Mask& may) {
                    candidates.clear();
                    bool askable = true;
                    for (std::size_t w = 0; w < 2; ++w) {
                        for (std::uint64_t bits = may.word[w]; bits != 0; bits &= bits - 1) {
                            const std::size_t j = w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
                            const Compiled& c = m_compiled[group.setToRule[j]];
                            askable = askable && ((c.ownSearchConfirms && atLineStart) || c.trigger);
                            candidates.push_back(j);
                        }
                    }
                    if (!askable) {
                        return false; // every candidate is in `candidates` for the Set's answer
                    }
                    for (const std::size_t j : candidates) {
                        const Compiled& c = m_compiled[group.setToRule[j]];
                        if (!(c.ownSearchConfirms && atLineStart)) {
                            if (!windowAscii) {
                                windowAscii = isAscii(window);
                            }
                            if (!(filter.exact(j) && *windowAscii)
                                && !c.trigger->Match(window, 0, window.size(), RE2::UNANCHORED, nullptr, 0)) {
                                continue;
                            }
                        }
                        take(j);
                    }
                    return true;
                };
                const std::vector<std::size_t>* asked = nullptr; // null: every member
                if (wholeLine) {
                    if (auto& f = state.filtered[g]; f.filtered) {
                        // Hits that end in [seg, lineEnd] lie in this line (no match holds a line break).
                        while (f.next < f.hits.size() && f.hits[f.next].end < seg) {
                            ++f.next;
                        }
                        ShapeFilter::Mask may;
                        for (std::size_t h = f.next; h < f.hits.size() && f.hits[h].end <= lineEnd; ++h) {
                            may |= f.hits[h].patterns;
                        }
                        if (!may.any()) {
                            continue;
                        }
                        if (takeCandidates(*group.filter, may)) {
                            continue;
                        }
                        // Otherwise the Set says which, and is asked only of the candidates.
                        asked = &candidates;
                    } else if (group.any && !groupMayMatch(text, g, seg, lineEnd + 1, searchLimit, state)) {
                        continue;
                    }
                }
                if (group.minCluster > 0 || group.minRun > 0) {
                    // The group's bound is its weakest member's: the Set is asked only when some
                    // member's own bound is met too, as only such a member is taken from its answer.
                    if (!digitsAsk(group)) {
                        continue;
                    }
                    // Which members the line's shape allows; those whose own search confirms are
                    // taken without the Set, as for a searched group's filter above.
                    std::optional<ShapeFilter::Mask> may;
                    if (wholeLine && group.lineFilter && (may = lineMaskOf(g))) {
                        if (takeCandidates(*group.lineFilter, *may)) {
                            continue;
                        }
                        asked = &candidates;
                    }
                }

                RE2::Set::ErrorInfo info{};
                setHits.clear();
                group.set->Match(window, &setHits, &info);
                if (info.kind != RE2::Set::kNoError) {
                    out.resize(firstNew);
                    if (info.kind == RE2::Set::kOutOfMemory) {
                        return Error{ErrorCode::OutOfMemory,
                                     SCRIM_TR_NOOP("CoreErrors",
                                                   "The scan ran out of regular-expression memory, so this text was "
                                                   "not checked. Raise the memory budget or simplify custom rules.")};
                    }
                    return Error{
                        ErrorCode::Internal,
                        SCRIM_TR_NOOP("CoreErrors",
                                      "The rule set could not be used (internal error); the text was not checked.")};
                }
                for (const int h : setHits) {
                    const auto member = static_cast<std::size_t>(h);
                    if (asked == nullptr || std::binary_search(asked->begin(), asked->end(), member)) {
                        take(member);
                    }
                }
            }
            // Rules found by literals: those whose literal is in the window, asked with their own
            // prefilter pattern.
            ++state.window;
            const auto ask = [&](std::size_t ri) {
                if (state.asked[ri] == state.window) {
                    return;
                }
                state.asked[ri] = state.window;
                if (m_compiled[ri].trigger->Match(window, 0, window.size(), RE2::UNANCHORED, nullptr, 0)) {
                    hits.push_back(ri);
                }
            };
            auto& lit = state.literalHits;
            while (state.literalNext < lit.size() && lit[state.literalNext].end <= winBegin) {
                ++state.literalNext; // windows never start earlier than the one before
            }
            for (std::size_t h = state.literalNext; h < lit.size() && lit[h].end <= winEnd; ++h) {
                if (lit[h].end - lit[h].length < winBegin) {
                    continue;
                }
                const std::uint32_t id = lit[h].id;
                if (id == kEveryLiteralRule) {
                    for (const std::size_t ri : m_set->literalRules) {
                        ask(ri);
                    }
                    continue;
                }
                if ((id & kWordLiteral) == 0) {
                    if (!m_compiled[id].askAtLiteral) {
                        ask(id);
                    } else if (state.asked[id] != state.window
                               && m_compiled[id].trigger->Match(window,
                                                                lit[h].end - lit[h].length - winBegin,
                                                                window.size(),
                                                                RE2::ANCHOR_START,
                                                                nullptr,
                                                                0)) {
                        // A match starts at a literal, so the line has one if and only if one starts
                        // at some literal of the rule in it; each is tried as it comes.
                        state.asked[id] = state.window;
                        hits.push_back(id);
                    }
                    continue;
                }
                const auto& w = m_set->words[id & ~kWordLiteral];
                if (state.asked[w.rule] != state.window
                    && wordAt(text, lit[h].end - lit[h].length, w.word, w.offset, winBegin, winEnd)) {
                    state.asked[w.rule] = state.window;
                    hits.push_back(w.rule);
                }
            }
            if (!hits.empty()) {
                scanWindow(text,
                           winBegin,
                           winEnd,
                           std::max(seg, ownBegin),
                           std::min(segOwnEnd, ownEnd),
                           ownEnd,
                           hits,
                           state,
                           out);
            }
        }
        if (next == lineEnd + 1) {
            lineStart = next;
        }
        seg = next;
    }
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(firstNew), out.end(), findingOrder);
    std::vector<Finding> fresh(std::make_move_iterator(out.begin() + static_cast<std::ptrdiff_t>(firstNew)),
                               std::make_move_iterator(out.end()));
    out.resize(firstNew);
    resolveOverlaps(fresh);
    std::move(fresh.begin(), fresh.end(), std::back_inserter(out));
    return {};
}

void RuleSet::scanWindow(std::string_view text,
                         std::size_t winBegin,
                         std::size_t winEndIn,
                         std::size_t ownBegin,
                         std::size_t segOwnEnd,
                         std::size_t rangeOwnEnd,
                         const std::vector<std::size_t>& hits,
                         ScanState& state,
                         std::vector<Finding>& out) const
{
    std::vector<std::size_t>& lastEnd = state.lastEnd;
    re2::StringPiece m[2];
    for (const std::size_t ri : hits) {
        const Rule& rule = m_rules[ri];
        const Compiled& c = m_compiled[ri];
        std::size_t pos = winBegin;
        std::size_t winEnd = winEndIn;
        std::size_t ownEnd = segOwnEnd;
        if (c.contextGated) {
            // The context word is in this line; the value may be here or on the next line
            // ("Account number:\n12345678").
            std::size_t ext = winEnd;
            const std::size_t extLimit = std::min(text.size(), winEndIn + m_options.segmentSize);
            for (int lines = 0; lines < 2 && ext < extLimit; ++lines) {
                const std::size_t from = std::min(extLimit, ext + (lines ? 1 : 0));
                const void* nl = std::memchr(text.data() + from, '\n', extLimit - from);
                ext = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : extLimit;
            }
            winEnd = std::min(ext, winEndIn + m_options.segmentSize);
            // The word is in a table's header: the values are in the rows below, however many.
            if (winBegin == 0 && state.header.delimiter != 0 && !state.header.outside && winEndIn == state.header.end) {
                winEnd = std::min(text.size(), winEndIn + maxTableSpan);
            }
            ownEnd = std::min(rangeOwnEnd, std::max(segOwnEnd, winEnd));
        }
        if (c.gate != nullptr && !c.gate(text, pos, winEnd)) {
            continue;
        }
        while (pos < winEnd) {
            std::size_t b;
            std::size_t e;
            std::size_t next;
            if (c.anchor) {
                if (!c.anchor->Match(text, pos, winEnd, RE2::UNANCHORED, m, 1)) {
                    break;
                }
                const auto a = static_cast<std::size_t>(m[0].data() - text.data());
                const std::size_t headerEnd = a + m[0].size();
                if (a < state.anchorReach[ri]) {
                    pos = std::max(headerEnd, std::min(state.anchorReach[ri], winEnd));
                    continue;
                }
                const std::size_t limit = std::min(text.size(), a + rule.maxSpan);
                std::size_t termEnd = 0;
                if (c.terminator && findTerminator(text, ri, headerEnd, limit, state, termEnd)) {
                    e = termEnd;
                } else if (c.re->Match(text, a, limit, RE2::ANCHOR_START, m, 1)) {
                    e = a + m[0].size();
                } else {
                    pos = headerEnd;
                    continue;
                }
                b = a;
                next = e;
            } else {
                if (m_options.triggers && (pos > winBegin || c.contextGated)) {
                    // A match lies in [pos, winEnd) and holds what every match holds. Asked after a
                    // match, and first for a context-gated rule: its line was chosen by a word
                    // (most lines with "born" or "account" hold no date or number nearby).
                    if (c.required != 0 && std::memchr(text.data() + pos, c.required, winEnd - pos) == nullptr) {
                        break;
                    }
                    if (c.own.cluster > 0 || c.own.run > 0) {
                        // Stops at the first cluster that is large enough: a line of many values
                        // must not be measured to its end after each of them.
                        const auto rest = DigitCluster::measure(text, pos, winEnd, c.own);
                        if (rest.cluster < c.own.cluster || rest.run < c.own.run) {
                            break;
                        }
                    }
                }
                std::size_t sb = 0;
                std::size_t se = 0;
                const auto byHand = c.search != nullptr ? c.search(text, pos, winEnd, sb, se) : Matchers::Found::AskRe2;
                if (byHand == Matchers::Found::None) {
                    break;
                }
                if (byHand == Matchers::Found::Match) {
                    m[0] = re2::StringPiece(text.data() + sb, se - sb);
                } else if (!c.re->Match(text, pos, winEnd, RE2::UNANCHORED, m, c.edges ? 1 : 1 + c.group)) {
                    break;
                }
                const auto mBegin = static_cast<std::size_t>(m[0].data() - text.data());
                const auto mEnd = mBegin + m[0].size();
                const bool byEdges = c.edges && c.edges->group(text, mBegin, mEnd, b, e);
                if (c.edges && !byEdges) {
                    // The edges leave more than one reading: RE2 finds the group in the match.
                    c.re->Match(text, mBegin, mEnd, RE2::ANCHOR_BOTH, m, 2);
                }
                if (!byEdges) {
                    const re2::StringPiece& v = (c.group && m[1].data() != nullptr) ? m[1] : m[0];
                    b = static_cast<std::size_t>(v.data() - text.data());
                    e = b + v.size();
                }
                next = m[0].empty() ? mEnd + 1 : mEnd;
            }
            if (b >= ownEnd) {
                break;
            }
            pos = next;
            if (b < ownBegin || b < lastEnd[ri] || e == b) {
                continue;
            }
            Finding f;
            if (accept(text, ri, state, b, e, f)) {
                lastEnd[ri] = e;
                out.push_back(std::move(f));
            }
            // Where the validator ended the value early (accepted or not), the rest of the match
            // is searched again, for the rules that ask for it (Rule::resumeAfterValue) and the
            // multi-line ones; an anchor before that end is not tried again.
            if ((rule.resumeAfterValue || c.anchor) && e > b) {
                pos = std::min(pos, e);
            }
            if (c.anchor) {
                state.anchorReach[ri] = e;
            }
        }
    }
}

bool RuleSet::groupMayMatch(std::string_view text,
                            std::size_t group,
                            std::size_t from,
                            std::size_t to,
                            std::size_t limit,
                            ScanState& state) const
{
    auto& c = state.cursor[group];
    const bool known =
        c.from != std::string_view::npos && c.from <= from && (c.next == std::string_view::npos || c.next >= from);
    if (!known) {
        // The leftmost match at or after `from`: every line before the one it starts in holds no
        // match of the group's patterns, as each pattern matches in the alternation wherever it
        // matches in one line (^, $ are line boundaries there; \b and classes see the newline).
        re2::StringPiece m;
        c.from = from;
        c.next = from < limit && m_set->groups[group].any->Match(text, from, limit, RE2::UNANCHORED, &m, 1)
                     ? static_cast<std::size_t>(m.data() - text.data())
                     : std::string_view::npos;
    }
    return c.next != std::string_view::npos && c.next < to;
}

std::size_t RuleSet::nextCandidate(std::string_view text, std::size_t from, std::size_t limit, ScanState& state) const
{
    // The first place at or after `from` where some group, literal or run of digits names a rule,
    // or a long line starts (npos: none). Each list is ordered and lines are read in order, so
    // each cursor only moves forwards.
    std::size_t to = std::min(firstFrom(state.survey.lines, state.lineNext, from),
                              firstFrom(state.survey.longLines, state.longNext, from));
    // Literals are ordered by end; one that starts before `from` and ends after it spans a line
    // break (a literal in one line ends before the next starts), so it counts in no window.
    const auto& lit = state.literalHits;
    while (state.literalNext < lit.size() && lit[state.literalNext].end <= from) {
        ++state.literalNext; // no later window starts before `from`
    }
    for (std::size_t h = state.literalNext; h < lit.size() && lit[h].end - lit[h].length < to; ++h) {
        if (lit[h].end - lit[h].length >= from) {
            to = lit[h].end - lit[h].length;
            break;
        }
    }
    for (std::size_t g = 0; g < m_set->groups.size(); ++g) {
        const auto& group = m_set->groups[g];
        if (group.minCluster > 0 || group.minRun > 0) {
            continue; // the survey's lines above
        }
        if (auto& f = state.filtered[g]; f.filtered) {
            // Each hit lies in one line and is taken in the line its end is in.
            while (f.next < f.hits.size() && f.hits[f.next].end < from) {
                ++f.next;
            }
            if (f.next < f.hits.size()) {
                to = std::min(to, f.hits[f.next].end);
            }
        } else if (group.any) {
            groupMayMatch(text, g, from, from, limit, state);
            to = std::min(to, state.cursor[g].next);
        } else {
            return from; // a group asked on every line
        }
    }
    return to;
}

bool RuleSet::findTerminator(std::string_view text,
                             std::size_t ruleIndex,
                             std::size_t from,
                             std::size_t limit,
                             ScanState& state,
                             std::size_t& termEnd) const
{
    auto& t = state.term[ruleIndex];
    if (t.termBegin != std::string_view::npos && t.termBegin >= from) {
        if (t.termEnd > limit) {
            return false;
        }
        termEnd = t.termEnd;
        return true;
    }
    std::size_t start = from;
    if (t.cleanFrom <= from && from < t.cleanTo) {
        start = t.cleanTo; // already known to hold no terminator
    }
    if (start < limit) {
        re2::StringPiece m;
        if (m_compiled[ruleIndex].terminator->Match(text, start, limit, RE2::UNANCHORED, &m, 1)) {
            t.termBegin = static_cast<std::size_t>(m.data() - text.data());
            t.termEnd = t.termBegin + m.size();
            t.cleanFrom = from;
            t.cleanTo = t.termBegin;
            termEnd = t.termEnd;
            return true;
        }
    }
    t.termBegin = std::string_view::npos;
    const std::size_t clean =
        limit == text.size() ? limit : std::max(start, limit - std::min(limit, maxTerminatorLength));
    if (!(t.cleanFrom <= from && from <= t.cleanTo)) {
        t.cleanFrom = from;
    }
    t.cleanTo = std::max(t.cleanTo, clean);
    return false;
}

bool RuleSet::accept(std::string_view text,
                     std::size_t ruleIndex,
                     const ScanState& state,
                     std::size_t& begin,
                     std::size_t& end,
                     Finding& f) const
{
    const Rule& rule = m_rules[ruleIndex];
    const Compiled& c = m_compiled[ruleIndex];
    Candidate cand{text, begin, end};
    if (c.validator != nullptr && !c.validator(cand)) {
        // Where the validator ended the value it refused (a key block's broken structure, a
        // query string's next parameter): the caller may search on from there.
        end = std::clamp(cand.end, begin, end);
        return false;
    }
    cand.scoreDelta = std::min(cand.scoreDelta, kMaxValidatorBonus);
    begin = cand.begin;
    end = cand.end;
    if (end <= begin) {
        return false;
    }
    double score = rule.baseScore + cand.scoreDelta;
    if (!rule.contextWords.empty() || !rule.negativeWords.empty()) {
        // The words around the value: contextBefore bytes before it and contextAfter after it, or
        // where a word must label the value, the last labelBefore bytes before it (from its line's
        // start for negative words) and the first labelAfter bytes after it, to its line's end.
        const std::size_t lb = begin > contextBefore ? begin - contextBefore : 0;
        const std::size_t afterAll = end + std::min(contextAfter, text.size() - end);
        const std::size_t labelFrom = begin - std::min(begin - lb, labelBefore);
        std::size_t labelFromOwnLine = labelFrom;
        if (const auto nl = text.substr(labelFrom, begin - labelFrom).rfind('\n'); nl != std::string_view::npos) {
            labelFromOwnLine = labelFrom + nl + 1;
        }
        std::size_t labelTo = std::min(afterAll, end + labelAfter);
        if (const auto nl = text.substr(end, labelTo - end).find('\n'); nl != std::string_view::npos) {
            labelTo = end + nl;
        }
        const ContextWords::Regions context =
            rule.contextWordsLabel ? ContextWords::Regions{labelFrom, labelTo} : ContextWords::Regions{lb, afterAll};
        ContextWords::Regions negative = rule.negativeWordsAnywhere ? ContextWords::Regions{lb, afterAll}
                                                                    : ContextWords::Regions{labelFromOwnLine, labelTo};
        if (rule.negativeWordsBeforeOnly) {
            negative.after = end;
        }
        const ContextWords::Found found = c.words.find(text, begin, end, context, negative);
        // The header cell above the value, looked up only when the words around it say nothing.
        // Header words: "passport_no" and "zip_code" hold their words between underscores. A text
        // without a table header has no header cells.
        const bool table = state.header.below(begin);
        std::optional<std::string> cellWords;
        const auto inCell = [&](ContextWords::List list) {
            if (!table || c.words.empty(list)) {
                return false;
            }
            if (!cellWords) {
                cellWords = std::string(headerCellFor(text, state.header, begin));
                std::replace(cellWords->begin(), cellWords->end(), '_', ' ');
                std::transform(cellWords->begin(), cellWords->end(), cellWords->begin(), CharClass::toLower);
            }
            return c.words.anyIn(list, *cellWords);
        };
        if (found.context || inCell(ContextWords::Context)) {
            score += rule.contextBoost;
        }
        if (found.negative || inCell(ContextWords::Negative)) {
            score -= rule.contextPenalty;
        }
    }
    // Three decimals: sums of 0.1-steps carry float noise ("0.8999999999999999") into reports.
    score = std::round(std::clamp(score, 0.0, 1.0) * 1000.0) / 1000.0;
    if (score + 1e-9 < rule.minScore) {
        return false;
    }
    if (cand.testValue) {
        // Reported where the value would be, never dropped: the policy decides what a test value
        // means.
        score = std::min(score, kTestValueScore);
    }
    f.type = rule.type;
    f.category = rule.category;
    f.ruleId = rule.id;
    f.start = begin;
    f.end = end;
    f.score = score;
    f.reason = rule.reason;
    f.testValue = cand.testValue;
    f.ruleIndex = static_cast<std::uint32_t>(ruleIndex);
    return true;
}

int categoryRank(Category c)
{
    switch (c) {
    case Category::Secret:
        return 5;
    case Category::Pci:
        return 4;
    case Category::Phi:
        return 3;
    case Category::Pii:
        return 2;
    case Category::Confidential:
        return 1;
    case Category::Injection:
        return 0;
    }
    return 0;
}

namespace {

// The overlap rule's rank: the category's, and within a category a URL below everything else
// (an e-mail address inside a URL is the sensitive part).
int overlapRank(const Finding& f)
{
    return categoryRank(f.category) * 2 + (f.type == EntityType::Url ? 0 : 1);
}

} // namespace

// Read from the pattern's text (RuleSet.h); anything it does not follow answers false.
bool everyMatchStartsWithOne(std::string_view pattern, const std::vector<std::string>& literals)
{
    if (literals.empty()) {
        return false;
    }
    std::string_view p = pattern;
    if (p.starts_with("(?i)")) {
        p.remove_prefix(4);
    }
    std::size_t groups = 0; // opened before the literal
    for (bool more = true; more;) {
        more = false;
        for (const std::string_view opening : {"\\b", "(?:", "(?i:", "("}) {
            if (p.starts_with(opening) && !p.starts_with("(?P") && !(opening == "(" && p.starts_with("(?"))) {
                groups += opening[0] == '(' ? 1 : 0;
                p.remove_prefix(opening.size());
                more = true;
                break;
            }
        }
    }
    // One pattern character at `at`: the bytes it matches (as a class), and where the next starts;
    // false for anything but a plain character, an escaped punctuation mark, or a simple class.
    const auto element = [](std::string_view q, std::size_t at, std::bitset<256>& set, std::size_t& next) {
        set.reset();
        if (at >= q.size()) {
            return false;
        }
        const char c = q[at];
        if (c == '\\') {
            if (at + 1 >= q.size() || std::isalnum(static_cast<unsigned char>(q[at + 1]))) {
                return false;
            }
            set.set(static_cast<unsigned char>(q[at + 1]));
            next = at + 2;
            return true;
        }
        if (c == '[') {
            std::size_t i = at + 1;
            if (i < q.size() && q[i] == '^') {
                return false;
            }
            for (; i < q.size() && q[i] != ']'; ++i) {
                if (q[i] == '\\' || q[i] == '[') {
                    return false;
                }
                if (i + 2 < q.size() && q[i + 1] == '-' && q[i + 2] != ']') {
                    for (int b = static_cast<unsigned char>(q[i]); b <= static_cast<unsigned char>(q[i + 2]); ++b) {
                        set.set(static_cast<std::size_t>(b));
                    }
                    i += 2;
                } else {
                    set.set(static_cast<unsigned char>(q[i]));
                }
            }
            if (i >= q.size() || set.none()) {
                return false;
            }
            next = i + 1;
            return true;
        }
        if (std::string_view("()|.?*+{}^$").find(c) != std::string_view::npos
            || static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
        set.set(static_cast<unsigned char>(c));
        next = at + 1;
        return true;
    };
    std::size_t after = 0; // where the pattern goes on after the literals' characters
    for (const std::string& literal : literals) {
        std::size_t at = 0;
        for (const char ch : literal) {
            std::bitset<256> set;
            std::size_t next = 0;
            if (!element(p, at, set, next)) {
                return false;
            }
            const auto lower = static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(ch)));
            const auto upper = static_cast<unsigned char>(std::toupper(static_cast<unsigned char>(ch)));
            if (!set.test(lower) && !set.test(upper)) {
                return false;
            }
            if (next < p.size() && std::string_view("?*+{").find(p[next]) != std::string_view::npos) {
                return false;
            }
            at = next;
        }
        after = std::max(after, at);
    }
    // No alternative that could start elsewhere: no '|' at the top level, or in a group opened
    // before the literal while it is still open.
    std::size_t depth = groups;
    std::size_t open = groups;
    for (std::size_t i = after; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\') {
            ++i;
        } else if (c == '[') {
            for (++i; i < p.size() && p[i] != ']'; ++i) {
                i += p[i] == '\\' ? 1 : 0;
            }
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (depth == 0) {
                return false;
            }
            --depth;
            if (depth < open) {
                // A group around the literal closes: a quantifier on it could make it optional.
                if (i + 1 < p.size() && std::string_view("?*+{").find(p[i + 1]) != std::string_view::npos) {
                    return false;
                }
                open = depth;
            }
        } else if (c == '|' && depth <= open) {
            return false;
        }
    }
    return true;
}

bool findingOrder(const Finding& a, const Finding& b)
{
    if (a.start != b.start) {
        return a.start < b.start;
    }
    if (a.end != b.end) {
        return a.end > b.end;
    }
    if (overlapRank(a) != overlapRank(b)) {
        return overlapRank(a) > overlapRank(b);
    }
    if (a.score != b.score) {
        return a.score > b.score;
    }
    return a.ruleIndex < b.ruleIndex; // specific rules are listed before generic ones
}

void resolveOverlaps(std::vector<Finding>& findings)
{
    // Sorted by findingOrder, a container comes before what it contains. `active` holds the
    // kept findings that may still contain a later one; with one finding per rule at any place,
    // it never holds more than a handful.
    std::vector<bool> dropped(findings.size(), false);
    std::vector<std::size_t> active;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        std::erase_if(active, [&](std::size_t j) { return findings[j].end <= f.start || dropped[j]; });
        for (const std::size_t j : active) {
            const Finding& outer = findings[j];
            if (outer.end < f.end) {
                continue; // overlaps only partly: both stay
            }
            if (overlapRank(f) > overlapRank(outer)) {
                dropped[j] = true; // a token inside what looked like an e-mail address is a token
            } else {
                dropped[i] = true;
                break;
            }
        }
        if (!dropped[i]) {
            active.push_back(i);
        }
    }
    std::size_t k = 0;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (!dropped[i]) {
            if (k != i) {
                findings[k] = std::move(findings[i]);
            }
            ++k;
        }
    }
    findings.resize(k);
}
