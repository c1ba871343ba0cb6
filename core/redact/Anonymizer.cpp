// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/Anonymizer.h"

#include "core/common/Crypto.h"
#include "core/common/Tr.h"
#include "core/detect/Masking.h"
#include "core/detect/RuleSet.h"
#include "core/detect/validators/CharClass.h"
#include "core/log/Log.h"
#include "core/redact/LiteralSearch.h"
#include "core/redact/Restorer.h"
#include "core/redact/Surrogates.h"
#include "core/redact/TextContext.h"
#include "core/redact/Tokens.h"

#include <re2/re2.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <unordered_set>

namespace {

bool isTrimmable(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '`';
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::size_t backslashesBefore(std::string_view text, std::size_t pos)
{
    std::size_t n = 0;
    while (pos > n && text[pos - n - 1] == '\\') {
        ++n;
    }
    return n;
}

// Trims white space and quotes off both ends and keeps backslash escapes whole: a span never ends
// in the backslash of an escape, and never starts on the character an escape protects.
void adjustSpan(std::string_view text, std::size_t& start, std::size_t& end)
{
    while (start < end && isTrimmable(text[start])) {
        ++start;
    }
    while (end > start && isTrimmable(text[end - 1])) {
        --end;
    }
    // Only the escapes of JSON and C-like strings: "\(" in prose or a regex protects nothing.
    if (start < end && backslashesBefore(text, start) % 2 == 1
        && std::string_view("\"'\\/bfnrtu").find(text[start]) != std::string_view::npos) {
        // The first character is escaped: step over it (all of \uXXXX).
        std::size_t skip = 1;
        if (text[start] == 'u' && start + 5 <= end && isHex(text[start + 1]) && isHex(text[start + 2])
            && isHex(text[start + 3]) && isHex(text[start + 4])) {
            skip = 5;
        }
        start += skip;
    }
    while (end > start && backslashesBefore(text, end) % 2 == 1) {
        --end;
    }
    while (start < end && isTrimmable(text[start])) {
        ++start;
    }
    while (end > start && isTrimmable(text[end - 1])) {
        --end;
    }
}

// True when the text is YAML-like (two or more "key: value" or "- item" lines) — computed once.
bool looksLikeYaml(std::string_view text)
{
    static const RE2 line("^[ \\t]*(?:- +)?[A-Za-z0-9_.-]+:(?:[ \\t]|$)");
    int count = 0;
    std::size_t pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte order mark
    while (pos < text.size() && count < 2) {
        std::size_t end = text.find('\n', pos);
        end = end == std::string_view::npos ? text.size() : end;
        const auto l = text.substr(pos, end - pos);
        if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), line)
            && l.find_first_not_of(" \t")
                   == l.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")) {
            ++count;
        }
        pos = end + 1;
    }
    return count >= 2;
}

// True when `pos` starts a YAML plain value: the line before it is only indentation, an optional
// "- " and a simple "key:" (or only "- ").
bool yamlValueStart(std::string_view text, std::size_t pos)
{
    std::size_t ls = pos;
    while (ls > 0 && text[ls - 1] != '\n') {
        --ls;
    }
    static const RE2 prefix(
        "(?:\\x{FEFF})?[ \\t]*(?:- +)?(?:[A-Za-z0-9_.-]+:[ \\t]+)?(?:&[^ \\t]+[ \\t]+)?|[ \\t]*- +");
    const auto before = text.substr(ls, pos - ls);
    return !before.empty() && RE2::FullMatch(re2::StringPiece(before.data(), before.size()), prefix)
           && before.find_first_not_of(" \t") != std::string_view::npos;
}

std::string maskValue(EntityType type, std::string_view v)
{
    if (type == EntityType::Email) {
        // j***@example.com: the domain stays, since a reader needs to know whose address it was.
        const auto at = v.rfind('@');
        if (at != std::string_view::npos && at > 0) {
            std::string out(1, v[0]);
            out += "***";
            out += v.substr(at);
            return out;
        }
    }
    if (type == EntityType::CreditCard) {
        std::size_t digits = 0;
        for (const char c : v) {
            digits += (c >= '0' && c <= '9') ? 1 : 0;
        }
        std::string out;
        std::size_t seen = 0;
        for (const char c : v) {
            if (c >= '0' && c <= '9') {
                out.push_back(++seen + 4 > digits ? c : '*');
            } else {
                out.push_back(c == '-' || c == ' ' ? c : ' ');
            }
        }
        return out;
    }
    std::string out = Masking::forDisplay(type, v);
    // Keep the mask safe in JSON, CSV, YAML and code: no quotes, backslashes, commas or brackets.
    for (auto& c : out) {
        if (c == '"' || c == '\\' || c == ',' || c == '\'' || c == '[' || c == ']' || c == '{' || c == '}' || c == '\n'
            || c == '\r' || c == '\t' || c == '`') {
            c = '*';
        }
    }
    return out;
}

// True when `pos` is inside a YAML flow collection ([a, b] or {k: v}) opened earlier on its line.
bool inYamlFlow(std::string_view text, std::size_t pos)
{
    std::size_t ls = pos;
    while (ls > 0 && text[ls - 1] != '\n') {
        --ls;
    }
    int depth = 0;
    for (std::size_t i = ls; i < pos; ++i) {
        const char c = text[i];
        depth += (c == '[' || c == '{') ? 1 : (c == ']' || c == '}') ? -1 : 0;
        depth = std::max(depth, 0);
    }
    return depth > 0;
}

bool startsWithYamlIndicator(std::string_view s)
{
    return !s.empty() && std::string_view("*&!|>%@`[{#?:-,").find(s.front()) != std::string_view::npos;
}

struct Stretch
{
    std::size_t start = 0;
    std::size_t end = 0;
    Finding finding;
    bool literal = false;
    std::string surrogate; // pre-drawn for the surrogate operator
    /** Merged from several findings or widened: no longer exactly a value of its type, so its text is
     *  compared byte for byte rather than normalised as that type. */
    bool exact = false;
};

// True when a bare token (no brackets) for stretch k, written after `out`, stands as a whole word.
bool bareFits(std::size_t k, const std::vector<Stretch>& stretches, std::string_view text, const std::string& out)
{
    const Stretch& s = stretches[k];
    if (!out.empty() && (CharClass::isAlnum(out.back()) || out.back() == '\\')) {
        return false;
    }
    char after = s.end < text.size() ? text[s.end] : ' ';
    if (k + 1 < stretches.size() && stretches[k + 1].start == s.end) {
        const Stretch& next = stretches[k + 1];
        after = next.surrogate.empty() ? '[' : next.surrogate.front();
    }
    return !CharClass::isAlnum(after);
}

// True when the surrogate of stretch k, written after `out`, stands as a whole word.
bool surrogateFits(const Stretch& s,
                   std::size_t k,
                   const std::vector<Stretch>& stretches,
                   std::string_view text,
                   const std::string& out)
{
    const std::string& sur = s.surrogate;
    if (sur.empty() || s.end - s.start < 3) {
        return false; // a one- or two-character surrogate would be found in too many words
    }
    // A value with quotes, backslashes or control characters would need escaping that differs by
    // context; it gets a token, whose restore handles that.
    for (std::size_t i = s.start; i < s.end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\' || c == '\'' || c < 0x20) {
            return false;
        }
    }
    if (!out.empty() && CharClass::isAlnum(out.back()) && CharClass::isAlnum(sur.front())) {
        return false;
    }
    char after = s.end < text.size() ? text[s.end] : ' ';
    if (k + 1 < stretches.size() && stretches[k + 1].start == s.end) {
        const Stretch& next = stretches[k + 1];
        after = next.surrogate.empty() ? '[' : next.surrogate.front();
    }
    return !(CharClass::isAlnum(after) && CharClass::isAlnum(sur.back()));
}

} // namespace

std::string_view operatorName(Operator op)
{
    switch (op) {
    case Operator::Token:
        return "token";
    case Operator::Mask:
        return "mask";
    case Operator::Redact:
        return "redact";
    case Operator::Hash:
        return "hash";
    case Operator::Surrogate:
        return "surrogate";
    }
    return "token";
}

std::optional<Operator> operatorFromName(std::string_view name)
{
    for (const auto op : {Operator::Token, Operator::Mask, Operator::Redact, Operator::Hash, Operator::Surrogate}) {
        if (operatorName(op) == name) {
            return op;
        }
    }
    return std::nullopt;
}

Anonymizer::Anonymizer(Options options)
    : m_options(std::move(options))
{
    if (m_options.seed == 0) {
        const std::string r = Crypto::randomBytes(8);
        for (const char c : r) {
            m_options.seed = (m_options.seed << 8) | static_cast<unsigned char>(c);
        }
        if (m_options.seed == 0) {
            m_options.seed = std::random_device{}();
        }
    }
}

Operator Anonymizer::operatorFor(Category category) const
{
    const auto& per = m_options.perCategory[static_cast<std::size_t>(category)];
    return per ? *per : m_options.defaultOperator;
}

namespace {

/** One attempt's output, and where restore must find each token and surrogate in it. */
struct Built
{
    AnonymizeResult result;
    struct Placed
    {
        std::size_t start;
        std::size_t end;
        std::string key;
    };
    std::vector<Placed> placed;
};

/** What the check of an output found wrong. */
struct Check
{
    bool ok = true;
    bool missing = false; ///< a placed token or surrogate is not found where it was put
    /** Output spans where restore would put something back that was not placed there. */
    std::vector<std::pair<std::size_t, std::size_t>> stray;
};

// Restore's view of `out` compared with what was placed: each placed token or surrogate found exactly
// where it was put, and no other live token or surrogate anywhere.
Check check(std::string_view out, const TokenMap& map, const std::vector<Built::Placed>& placed)
{
    Check c;
    std::size_t p = 0;
    for (const auto& h : findVaultHits(out, map)) {
        const bool live =
            h.entry != nullptr && (h.entry->kind == EntryKind::Token || h.entry->kind == EntryKind::Surrogate);
        while (p < placed.size() && placed[p].end <= h.start) {
            c.ok = false;
            c.missing = true;
            ++p;
        }
        if (p < placed.size() && placed[p].start == h.start && placed[p].end == h.end && live
            && placed[p].key == h.entry->text) {
            ++p;
            continue;
        }
        if (p < placed.size() && placed[p].start < h.end) {
            // Overlaps a placed one without being it: that one is lost, and this is stray.
            c.ok = false;
            c.missing = true;
            c.stray.emplace_back(h.start, h.end);
            ++p;
            continue;
        }
        if (live) {
            c.ok = false;
            c.stray.emplace_back(h.start, h.end);
        }
    }
    if (p < placed.size()) {
        c.ok = false;
        c.missing = true;
    }
    return c;
}

// Sorts stretches and merges overlapping ones. A merged stretch is a finding's if either was one
// (the higher-ranked, at equal rank the earlier), a literal only when both were.
void mergeStretches(std::vector<Stretch>& stretches)
{
    std::stable_sort(stretches.begin(), stretches.end(), [](const Stretch& a, const Stretch& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<Stretch> out;
    out.reserve(stretches.size());
    for (auto& s : stretches) {
        if (!out.empty() && s.start < out.back().end) {
            Stretch& b = out.back();
            const bool takeType =
                b.literal || (!s.literal && categoryRank(s.finding.category) > categoryRank(b.finding.category));
            if (takeType && !s.literal) {
                b.finding = s.finding;
                b.literal = false;
            }
            b.end = std::max(b.end, s.end);
            b.surrogate.clear();
            b.exact = true;
            continue;
        }
        out.push_back(std::move(s));
    }
    stretches = std::move(out);
    for (auto& s : stretches) {
        s.finding.start = s.start;
        s.finding.end = s.end;
    }
}

void drawSurrogates(const Anonymizer& anonymizer,
                    std::string_view text,
                    const TokenMap& map,
                    std::vector<Stretch>& stretches);

// Values shorter than this are not searched for elsewhere: "Ann" would be found in every "ann".
constexpr std::size_t kMinKnownValue = 4;
// The search is linear in the text whatever the number of values (LiteralSearch files them by first
// word); the bound only keeps memory in check for absurd sessions.
constexpr std::size_t kMaxKnownValues = 5'000'000;

void addKnownValues(std::string_view text,
                    const TokenMap& map,
                    std::vector<Finding>& findings,
                    const std::vector<std::string>& keep)
{
    std::vector<std::string> needles;
    std::vector<Finding> templates;
    std::unordered_set<std::string> seen;
    for (const std::string& k : keep) {
        seen.insert(CharClass::lowerAscii(k)); // kept values are never needles
    }
    const auto add = [&](std::string_view value, const Finding& like) {
        if (value.size() < kMinKnownValue || value.find('\n') != std::string_view::npos) {
            return;
        }
        if (seen.insert(CharClass::lowerAscii(value)).second) {
            needles.emplace_back(value);
            Finding f = like;
            f.ruleId = "session-value";
            f.reason = SCRIM_TR_NOOP("Rules", "The same value as one found before");
            templates.push_back(std::move(f));
        }
    };
    for (const auto& e : map.entries()) {
        if (e.kind == EntryKind::Token && e.label != Tokens::kLiteralLabel && e.context == LiteralContext::Plain) {
            Finding like;
            like.type = e.type;
            like.category = e.category;
            like.score = 1.0;
            add(e.original, like);
        }
    }
    for (const auto& f : findings) {
        add(text.substr(f.start, f.length()), f);
    }
    if (needles.empty() || needles.size() > kMaxKnownValues) {
        return;
    }
    std::vector<std::string_view> views(needles.begin(), needles.end());
    std::vector<Finding> sorted = findings;
    std::sort(sorted.begin(), sorted.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
    std::size_t maxEnd = 0; // of the findings before the hit, to test overlap in one pass
    std::size_t k = 0;
    std::vector<Finding> extra;
    for (const auto& h : LiteralSearch::find(text, views)) {
        while (k < sorted.size() && sorted[k].start < h.end) {
            maxEnd = std::max(maxEnd, sorted[k].end);
            ++k;
        }
        const bool overlapsEarlier = maxEnd > h.start;
        if (overlapsEarlier) {
            continue;
        }
        const Finding& like = templates[h.needle];
        // A key is case-sensitive: only the same bytes are the same key.
        if (like.type == EntityType::Secret && text.substr(h.start, h.end - h.start) != needles[h.needle]) {
            continue;
        }
        Finding f = like;
        f.start = h.start;
        f.end = h.end;
        extra.push_back(std::move(f));
    }
    for (auto& f : extra) {
        findings.push_back(std::move(f));
    }
}

Built build(const Anonymizer& anonymizer,
            std::string_view text,
            TokenMap& map,
            std::vector<Stretch>& stretches,
            bool json,
            bool noSurrogates);

} // namespace

Result<AnonymizeResult> Anonymizer::anonymize(std::string_view text, std::vector<Finding> findings, TokenMap& map) const
{
    for (const auto& f : findings) {
        if (f.start > f.end || f.end > text.size()) {
            return Error{ErrorCode::InvalidArgument,
                         SCRIM_TR_NOOP("CoreErrors",
                                       "A finding lies outside the text it was found in; nothing was anonymized.")};
        }
    }
    // 0. A value found once is replaced wherever else it stands in the text, and so is a value the
    // session already knows ("John Smith" flagged in one line, "john smith" missed in another).
    addKnownValues(text, map, findings, m_options.keep);

    // 1. Spans: checked, trimmed, escape-safe.
    std::vector<Stretch> stretches;
    stretches.reserve(findings.size());
    for (auto& f : findings) {
        adjustSpan(text, f.start, f.end);
        if (f.start < f.end) {
            Stretch s;
            s.start = f.start;
            s.end = f.end;
            s.finding = std::move(f);
            stretches.push_back(std::move(s));
        }
    }

    // 2. Text that looks like a token. Every such key the session does not know is reserved (never
    // issued, left alone by restore). A finding that cuts into one takes all of it, so no remnant
    // ("PERSON_1]") is left to be read as a token. One outside the findings that the session did
    // issue is escaped as a [LITERAL_n] token of its own; so is text equal to one of its surrogates.
    const auto literalMatches = Tokens::find(text);
    for (const auto& m : literalMatches) {
        const std::string key = Tokens::key(m.label, m.number);
        if (map.findToken(key) == nullptr) {
            VaultEntry r;
            r.kind = EntryKind::Reserved;
            r.text = key;
            r.label = std::string(m.label);
            r.number = m.number;
            r.createdMs = m_options.nowMs;
            map.add(std::move(r));
        }
    }
    mergeStretches(stretches);
    {
        std::vector<Stretch> literals;
        const auto addLiteral = [&](std::size_t start, std::size_t end) {
            Stretch s;
            s.start = start;
            s.end = end;
            s.literal = true;
            literals.push_back(std::move(s));
        };
        std::size_t k = 0;
        for (const auto& m : literalMatches) {
            while (k < stretches.size() && stretches[k].end <= m.start) {
                ++k;
            }
            const bool overlaps = k < stretches.size() && stretches[k].start < m.end;
            if (overlaps) {
                // Take the whole token-like text into the finding (merged below).
                addLiteral(m.start, m.end);
                continue;
            }
            const VaultEntry* e = map.findToken(Tokens::key(m.label, m.number));
            if (e != nullptr && e->kind == EntryKind::Token) {
                addLiteral(m.start, m.end);
            }
        }
        const auto existing = map.surrogates();
        if (!existing.empty()) {
            std::vector<std::string_view> needles;
            needles.reserve(existing.size());
            for (const auto* e : existing) {
                needles.push_back(e->text);
            }
            for (const auto& h : LiteralSearch::find(text, needles)) {
                addLiteral(h.start, h.end);
            }
        }
        if (!literals.empty()) {
            for (auto& l : literals) {
                stretches.push_back(std::move(l));
            }
            mergeStretches(stretches);
        }
    }

    // A token that will stand bare before "(https://…" must not be glued to a word before it.
    {
        bool widened = false;
        for (auto& st : stretches) {
            if (TextContext::linkTargetAt(text, st.end)) {
                while (st.start > 0 && CharClass::isAlnum(text[st.start - 1])) {
                    --st.start;
                    st.exact = true;
                    widened = true;
                }
            }
        }
        if (widened) {
            mergeStretches(stretches);
        }
    }

    // 3. Surrogates, drawn up front so they can be checked against the text in one pass.
    drawSurrogates(*this, text, map, stretches);

    // 4. The output, then restore's view of it checked against what was placed. Where restore would
    // read it otherwise (a surrogate glued to a word, text next to a replacement that now reads as a
    // token), the stretch takes in the text concerned and the output is built again, with tokens only.
    const bool jsonInput = TextContext::isJsonDocument(text);
    bool json = jsonInput;
    bool noSurrogates = false;
    const std::size_t mark = map.entries().size();
    for (int attempt = 0; attempt < 16; ++attempt) {
        Built built = build(*this, text, map, stretches, json, noSurrogates);
        const bool jsonSame = TextContext::isJsonDocument(built.result.text) == json;
        const Check c = check(built.result.text, map, built.placed);
        if (jsonSame && c.ok) {
            return std::move(built.result);
        }
        map.rollback(mark);
        noSurrogates = true;
        if (!jsonSame) {
            // Findings that cut into the JSON structure itself: the text is treated as prose.
            json = false;
            continue;
        }
        const auto& reps = built.result.replacements;
        bool extended = false;
        for (const auto& [hs, he] : c.stray) {
            // The replacements this stray span touches; the text it covers is taken into them.
            std::size_t first = reps.size();
            std::size_t last = 0;
            for (std::size_t i = 0; i < reps.size(); ++i) {
                if (reps[i].outStart <= he && reps[i].outEnd >= hs) {
                    first = std::min(first, i);
                    last = std::max(last, i);
                }
            }
            if (first == reps.size()) {
                // Entirely text of the input: escape it as a literal.
                std::ptrdiff_t delta = 0; // output offset - input offset after the last replacement before it
                for (const auto& r : reps) {
                    if (r.outEnd > hs) {
                        break;
                    }
                    delta = static_cast<std::ptrdiff_t>(r.outEnd) - static_cast<std::ptrdiff_t>(r.end);
                }
                Stretch l;
                l.start = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(hs) - delta);
                l.end = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(he) - delta);
                l.literal = true;
                stretches.push_back(std::move(l));
                extended = true;
                continue;
            }
            Stretch& a = stretches[first];
            const Replacement& ra = reps[first];
            const Replacement& rb = reps[last];
            const std::size_t newStart = hs < ra.outStart ? ra.start - (ra.outStart - hs) : ra.start;
            const std::size_t newEnd = he > rb.outEnd ? rb.end + (he - rb.outEnd) : rb.end;
            if (newStart < a.start || newEnd > stretches[last].end || first != last) {
                a.start = std::min(a.start, newStart);
                a.end = std::max(stretches[last].end, newEnd);
                a.exact = true;
                extended = true;
            }
        }
        if (extended) {
            mergeStretches(stretches);
        } else if (attempt > 0 && !c.missing) {
            break;
        }
    }
    Log::get("redact")->error("anonymized text failed its restore check");
    return Error{ErrorCode::Internal,
                 SCRIM_TR_NOOP("CoreErrors",
                               "The text could not be anonymized so that it can be restored exactly; nothing was "
                               "replaced. Please report this.")};
}

namespace {

void drawSurrogates(const Anonymizer& anonymizer,
                    std::string_view text,
                    const TokenMap& map,
                    std::vector<Stretch>& stretches)
{
    const Anonymizer::Options& m_options = anonymizer.options();
    const auto operatorFor = [&](Category c) { return anonymizer.operatorFor(c); };
    std::mt19937_64 rng(m_options.seed ^ static_cast<std::uint64_t>(map.entries().size() * 0x9E3779B97F4A7C15ull));
    std::unordered_set<std::string> taken;
    for (const auto* e : map.surrogates()) {
        taken.insert(CharClass::lowerAscii(e->text));
    }
    std::unordered_map<std::string, std::string> drawnFor;    // normKey -> surrogate drawn in this call
    std::vector<std::pair<std::size_t, std::string>> pending; // stretch, normKey
    for (std::size_t k = 0; k < stretches.size(); ++k) {
        Stretch& s = stretches[k];
        if (s.literal || operatorFor(s.finding.category) != Operator::Surrogate) {
            continue;
        }
        const auto raw = text.substr(s.start, s.end - s.start);
        std::string normKey = map.keyFor(s.exact ? EntityType::Secret : s.finding.type, raw);
        if (const VaultEntry* e = map.findValue(normKey, EntryKind::Surrogate)) {
            s.surrogate = e->text;
            continue;
        }
        if (drawnFor.emplace(normKey, std::string{}).second) {
            pending.emplace_back(k, std::move(normKey));
        } else {
            pending.emplace_back(k, std::move(normKey)); // shares the draw of its first occurrence
        }
    }
    // Draw; redraw those that collide with a taken surrogate or occur in the text as a word.
    std::vector<std::size_t> todo(pending.size());
    std::iota(todo.begin(), todo.end(), std::size_t{0});
    for (int round = 0; round < 16 && !todo.empty(); ++round) {
        std::unordered_set<std::string> redrawn;
        for (const std::size_t i : todo) {
            const auto& [k, normKey] = pending[i];
            if (!redrawn.insert(normKey).second) {
                continue;
            }
            const Stretch& s = stretches[k];
            const auto raw = text.substr(s.start, s.end - s.start);
            std::string candidate;
            for (int tries = 0; tries < 32; ++tries) {
                const std::size_t from = s.start > 16 ? s.start - 16 : 0;
                candidate = Surrogates::make(
                    s.finding.type, Tokens::labelFor(s.finding), raw, rng, text.substr(from, s.start - from));
                const std::string folded = CharClass::lowerAscii(candidate);
                if (!candidate.empty() && folded != CharClass::lowerAscii(raw) && !taken.contains(folded)
                    && Tokens::find(candidate).empty()
                    && std::any_of(candidate.begin(), candidate.end(), [](char c) { return CharClass::isAlnum(c); })) {
                    break;
                }
                candidate.clear(); // none found: this value gets a token
            }
            taken.insert(CharClass::lowerAscii(candidate));
            drawnFor[normKey] = candidate;
        }
        std::vector<std::string_view> needles;
        for (const auto& [k, normKey] : pending) {
            needles.push_back(drawnFor[normKey]);
        }
        std::vector<std::size_t> again;
        for (const auto& h : LiteralSearch::find(text, needles)) {
            again.push_back(h.needle);
        }
        std::sort(again.begin(), again.end());
        again.erase(std::unique(again.begin(), again.end()), again.end());
        todo = std::move(again);
    }
    for (const auto& [k, normKey] : pending) {
        stretches[k].surrogate = drawnFor[normKey];
    }
}

Built build(const Anonymizer& anonymizer,
            std::string_view text,
            TokenMap& map,
            std::vector<Stretch>& stretches,
            bool json,
            bool noSurrogates)
{
    const Anonymizer::Options& m_options = anonymizer.options();
    const auto operatorFor = [&](Category c) { return anonymizer.operatorFor(c); };
    Built built;
    AnonymizeResult& result = built.result;
    result.text.reserve(text.size() + text.size() / 8);
    // Contexts are read off the output as it is written: that is the text restore will walk.
    ContextScanner context(json);
    const bool yaml = looksLikeYaml(text);
    std::size_t pos = 0;
    for (std::size_t k = 0; k < stretches.size(); ++k) {
        Stretch& s = stretches[k];
        result.text.append(text.substr(pos, s.start - pos));
        const LiteralContext ctx = context.at(result.text, result.text.size());
        const auto raw = text.substr(s.start, s.end - s.start);
        Operator op = s.literal ? Operator::Token : operatorFor(s.finding.category);
        if (op == Operator::Surrogate && (noSurrogates || !surrogateFits(s, k, stretches, text, result.text))) {
            // Restore finds surrogates as whole words; glued to a word it would not be found: a token then.
            op = Operator::Token;
        }
        const std::string label =
            s.literal ? std::string(Tokens::kLiteralLabel) : std::string(Tokens::labelFor(s.finding));
        std::string replacement;
        std::string placedKey; // what restore must find here (tokens and surrogates)
        bool bracketForm = false;
        switch (op) {
        case Operator::Token: {
            const EntityType type = s.literal ? EntityType::OtherId : s.finding.type;
            // A value bare in JSON gets a token of its own: the quotes the anonymizer adds must come off
            // again on restore, which could not be told apart from the same value's quoted occurrences.
            // Inside a string literal the value is its decoded form, so one value gets one token in any
            // context; a raw form that its context would write differently keeps a token of its own.
            std::string keyed = TextContext::decode(raw, ctx);
            if (TextContext::encode(keyed, ctx) != raw) {
                keyed = "\x01raw" + std::to_string(static_cast<int>(ctx)) + '\x01' + std::string(raw);
            }
            if (ctx == LiteralContext::JsonBare) {
                keyed.insert(0, "\x01json\x01");
            }
            if (s.literal) {
                keyed.insert(0, "\x01literal\x01");
            }
            // Literals are compared byte for byte (the normalisation of a secret).
            const std::string normKey = map.keyFor(s.literal || s.exact ? EntityType::Secret : type, keyed);
            Crypto::wipe(keyed);
            std::string key;
            if (const VaultEntry* e = map.findValue(normKey, EntryKind::Token)) {
                key = e->text;
            } else {
                VaultEntry n;
                n.kind = EntryKind::Token;
                n.label = label;
                n.number = map.nextNumber(label);
                n.text = Tokens::key(label, n.number);
                n.type = type;
                n.category = s.literal ? Category::Pii : s.finding.category;
                n.normKey = normKey;
                n.original = std::string(raw);
                n.context = ctx;
                n.createdMs = m_options.nowMs;
                key = map.add(std::move(n)).text;
            }
            replacement = '[' + key + ']';
            bracketForm = true;
            placedKey = key;
            break;
        }
        case Operator::Surrogate: {
            const std::string normKey = map.keyFor(s.exact ? EntityType::Secret : s.finding.type, raw);
            if (map.findValue(normKey, EntryKind::Surrogate) == nullptr) {
                VaultEntry n;
                n.kind = EntryKind::Surrogate;
                n.label = label;
                n.text = s.surrogate;
                n.type = s.finding.type;
                n.category = s.finding.category;
                n.normKey = normKey;
                n.original = std::string(raw);
                n.context = ctx;
                n.createdMs = m_options.nowMs;
                map.add(std::move(n));
            }
            replacement = s.surrogate;
            placedKey = s.surrogate;
            break;
        }
        case Operator::Mask:
            replacement = maskValue(s.finding.type, raw);
            if (ctx == LiteralContext::JsonBare
                || (yaml && startsWithYamlIndicator(replacement) && yamlValueStart(text, s.start))) {
                replacement = '"' + replacement + '"';
            }
            break;
        case Operator::Redact:
            replacement = "[REDACTED]";
            bracketForm = true;
            break;
        case Operator::Hash: {
            std::string data(entityTypeName(s.finding.type));
            data.push_back('\0');
            data += normaliseValue(s.finding.type, raw);
            replacement = '[' + label + '#' + Crypto::hmacSha256Hex(m_options.hashKey, data, 8) + ']';
            Crypto::wipe(data);
            bracketForm = true;
            break;
        }
        }
        bool quoted = false;
        if (bracketForm) {
            if (ctx == LiteralContext::JsonBare) {
                replacement = '"' + replacement + '"';
                quoted = true;
            } else if (bareFits(k, stretches, text, result.text)
                       && ((yaml && (yamlValueStart(text, s.start) || inYamlFlow(text, s.start)))
                           || (op == Operator::Token && TextContext::linkTargetAt(text, s.end)))) {
                // "[X]" would start a YAML flow sequence, and "[X](https://…)" would read as a markdown link
                // that restore keeps as one: the bare form is a plain word and restores the same.
                replacement = replacement.substr(1, replacement.size() - 2);
            }
        }
        Replacement r;
        r.start = s.start;
        r.end = s.end;
        r.outStart = result.text.size();
        result.text += replacement;
        r.outEnd = result.text.size();
        r.type = s.literal ? EntityType::OtherId : s.finding.type;
        r.category = s.literal ? Category::Pii : s.finding.category;
        r.ruleId = s.literal ? std::string("literal-token") : s.finding.ruleId;
        r.op = op;
        if (!placedKey.empty()) {
            // The token proper, without the quotes of a bare JSON value.
            built.placed.push_back(
                Built::Placed{r.outStart + (quoted ? 1 : 0), r.outEnd - (quoted ? 1 : 0), std::move(placedKey)});
        }
        r.replacement = std::move(replacement);
        r.literal = s.literal;
        result.replacements.push_back(std::move(r));
        if (!s.literal) {
            result.findings.push_back(s.finding);
        }
        pos = s.end;
    }
    result.text.append(text.substr(pos));
    return built;
}

} // namespace
