// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/Anonymizer.h"

#include "core/common/Crypto.h"
#include "core/common/Tr.h"
#include "core/detect/Masking.h"
#include "core/detect/RuleSet.h"
#include "core/redact/LiteralSearch.h"
#include "core/redact/Surrogates.h"
#include "core/redact/Tokens.h"

#include <re2/re2.h>

#include <algorithm>
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
    if (start < end && backslashesBefore(text, start) % 2 == 1) {
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
    static const RE2 line("(?m)^[ \\t]*(?:- +)?[A-Za-z0-9_.-]+:(?:[ \\t]|$)");
    int count = 0;
    re2::StringPiece input(text.data(), text.size());
    while (count < 2 && RE2::FindAndConsume(&input, line)) {
        ++count;
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
    static const RE2 prefix("[ \\t]*(?:- +)?(?:[A-Za-z0-9_.-]+:[ \\t]+)?|[ \\t]*- +");
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

bool startsWithYamlIndicator(std::string_view s)
{
    return !s.empty() && std::string_view("*&!|>%@`[{#?:-,").find(s.front()) != std::string_view::npos;
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

struct Stretch
{
    std::size_t start = 0;
    std::size_t end = 0;
    Finding finding;
    bool literal = false;
    std::string surrogate; // pre-drawn for the surrogate operator
};

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

Result<AnonymizeResult> Anonymizer::anonymize(std::string_view text, std::vector<Finding> findings, TokenMap& map) const
{
    // 1. Spans: checked, trimmed, escape-safe; then partial overlaps merged.
    std::vector<Finding> adjusted;
    adjusted.reserve(findings.size());
    for (auto& f : findings) {
        if (f.start > f.end || f.end > text.size()) {
            return Error{ErrorCode::InvalidArgument,
                         SCRIM_TR_NOOP("CoreErrors",
                                       "A finding lies outside the text it was found in; nothing was anonymized.")};
        }
        adjustSpan(text, f.start, f.end);
        if (f.start < f.end) {
            adjusted.push_back(std::move(f));
        }
    }
    std::sort(adjusted.begin(), adjusted.end(), [](const Finding& a, const Finding& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<Stretch> stretches;
    for (auto& f : adjusted) {
        if (!stretches.empty() && f.start < stretches.back().end) {
            Stretch& b = stretches.back();
            if (categoryRank(f.category) > categoryRank(b.finding.category)) {
                const std::size_t s = b.finding.start;
                b.finding = f;
                b.finding.start = s;
            }
            b.end = std::max(b.end, f.end);
            b.finding.end = b.end;
            continue;
        }
        Stretch s;
        s.start = f.start;
        s.end = f.end;
        s.finding = std::move(f);
        stretches.push_back(std::move(s));
    }

    // 2. Literal text that restore would take for a token or surrogate of this session.
    const auto outsideStretches = [&stretches](std::size_t start, std::size_t end) {
        const auto it = std::lower_bound(
            stretches.begin(), stretches.end(), end, [](const Stretch& s, std::size_t e) { return s.start < e; });
        // The stretch before `end` that starts latest is the only one that can overlap.
        if (it == stretches.begin()) {
            return true;
        }
        return std::prev(it)->end <= start;
    };
    std::vector<Stretch> literals;
    for (const auto& m : Tokens::find(text)) {
        if (!outsideStretches(m.start, m.end)) {
            continue;
        }
        const std::string key = Tokens::key(m.label, m.number);
        const VaultEntry* e = map.findToken(key);
        if (e == nullptr) {
            // Reserve it: never issued in this session, left alone by restore.
            VaultEntry r;
            r.kind = EntryKind::Reserved;
            r.text = key;
            r.label = std::string(m.label);
            r.number = m.number;
            r.createdMs = m_options.nowMs;
            map.add(std::move(r));
        } else if (e->kind == EntryKind::Token) {
            Stretch s;
            s.start = m.start;
            s.end = m.end;
            s.literal = true;
            literals.push_back(std::move(s));
        }
    }
    {
        const auto existing = map.surrogates();
        std::vector<std::string_view> needles;
        needles.reserve(existing.size());
        for (const auto* e : existing) {
            needles.push_back(e->text);
        }
        for (const auto& h : LiteralSearch::find(text, needles)) {
            if (outsideStretches(h.start, h.end)) {
                Stretch s;
                s.start = h.start;
                s.end = h.end;
                s.literal = true;
                literals.push_back(std::move(s));
            }
        }
    }
    if (!literals.empty()) {
        std::sort(literals.begin(), literals.end(), [](const Stretch& a, const Stretch& b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        std::vector<Stretch> merged;
        merged.reserve(stretches.size() + literals.size());
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < stretches.size() || j < literals.size()) {
            Stretch next = (j >= literals.size() || (i < stretches.size() && stretches[i].start < literals[j].start))
                               ? std::move(stretches[i++])
                               : std::move(literals[j++]);
            if (!merged.empty() && next.start < merged.back().end) {
                continue; // a literal overlapping another literal: the first one covers it
            }
            merged.push_back(std::move(next));
        }
        stretches = std::move(merged);
    }

    // 3. Surrogates: drawn up front so they can be checked against the text in one pass.
    std::mt19937_64 rng(m_options.seed ^ static_cast<std::uint64_t>(map.entries().size() * 0x9E3779B97F4A7C15ull));
    {
        std::unordered_set<std::string> taken;
        for (const auto* e : map.surrogates()) {
            taken.insert(lowerAscii(e->text));
        }
        std::unordered_map<std::string, std::string> drawnFor; // normKey -> surrogate drawn in this call
        std::vector<std::size_t> pending;
        for (std::size_t k = 0; k < stretches.size(); ++k) {
            Stretch& s = stretches[k];
            if (s.literal || operatorFor(s.finding.category) != Operator::Surrogate) {
                continue;
            }
            const auto raw = text.substr(s.start, s.end - s.start);
            const std::string normKey = map.keyFor(s.finding.type, raw);
            if (const VaultEntry* e = map.findValue(normKey, EntryKind::Surrogate)) {
                s.surrogate = e->text;
                continue;
            }
            if (const auto it = drawnFor.find(normKey); it != drawnFor.end()) {
                s.surrogate = it->second;
                continue;
            }
            pending.push_back(k);
            drawnFor.emplace(normKey, std::string{});
        }
        // Draw; redraw those that collide with a taken surrogate or occur in the text.
        std::vector<std::size_t> todo = pending;
        for (int round = 0; round < 16 && !todo.empty(); ++round) {
            for (const std::size_t k : todo) {
                Stretch& s = stretches[k];
                const auto raw = text.substr(s.start, s.end - s.start);
                const std::string normKey = map.keyFor(s.finding.type, raw);
                std::string candidate;
                for (int tries = 0; tries < 32; ++tries) {
                    candidate = Surrogates::make(s.finding.type, Tokens::labelFor(s.finding), raw, rng);
                    const std::string folded = lowerAscii(candidate);
                    if (!candidate.empty() && folded != lowerAscii(raw) && !taken.contains(folded)
                        && Tokens::find(candidate).empty()) {
                        break;
                    }
                }
                taken.insert(lowerAscii(candidate));
                drawnFor[normKey] = candidate;
            }
            std::vector<std::string_view> needles;
            std::vector<std::size_t> owner;
            for (const std::size_t k : pending) {
                const Stretch& s = stretches[k];
                const auto& cand = drawnFor[map.keyFor(s.finding.type, text.substr(s.start, s.end - s.start))];
                needles.push_back(cand);
                owner.push_back(k);
            }
            std::vector<std::size_t> again;
            for (const auto& h : LiteralSearch::find(text, needles)) {
                again.push_back(owner[h.needle]);
            }
            std::sort(again.begin(), again.end());
            again.erase(std::unique(again.begin(), again.end()), again.end());
            todo = std::move(again);
        }
        for (const std::size_t k : pending) {
            Stretch& s = stretches[k];
            s.surrogate = drawnFor[map.keyFor(s.finding.type, text.substr(s.start, s.end - s.start))];
        }
    }

    // 4. The output.
    AnonymizeResult result;
    result.text.reserve(text.size() + text.size() / 8);
    ContextScanner context(text);
    const bool yaml = looksLikeYaml(text);
    std::size_t pos = 0;
    for (auto& s : stretches) {
        result.text.append(text.substr(pos, s.start - pos));
        const LiteralContext ctx = context.at(s.start);
        const auto raw = text.substr(s.start, s.end - s.start);
        const Operator op = s.literal ? Operator::Token : operatorFor(s.finding.category);
        std::string label = s.literal ? std::string(Tokens::kLiteralLabel) : std::string(Tokens::labelFor(s.finding));
        std::string replacement;
        bool bracketForm = false;
        switch (op) {
        case Operator::Token: {
            const EntityType type = s.literal ? EntityType::OtherId : s.finding.type;
            const std::string normKey =
                s.literal ? map.keyFor(type, "\x01literal\x01" + std::string(raw)) : map.keyFor(type, raw);
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
            break;
        }
        case Operator::Surrogate: {
            const std::string normKey = map.keyFor(s.finding.type, raw);
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
        if (bracketForm) {
            if (ctx == LiteralContext::JsonBare) {
                replacement = '"' + replacement + '"';
            } else if (yaml && yamlValueStart(text, s.start)) {
                // "[X]" would start a YAML flow sequence: the bare form is a plain string and restores all the same.
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
        r.replacement = std::move(replacement);
        r.literal = s.literal;
        result.replacements.push_back(std::move(r));
        if (!s.literal) {
            s.finding.start = s.start;
            s.finding.end = s.end;
            result.findings.push_back(s.finding);
        }
        pos = s.end;
    }
    result.text.append(text.substr(pos));
    return result;
}
