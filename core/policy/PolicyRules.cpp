// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/PolicyRules.h"

#include "core/common/Tr.h"
#include "core/detect/BuiltinRules.h"
#include "core/detect/Dates.h"
#include "core/detect/StreamScanner.h"
#include "core/detect/validators/CharClass.h"
#include "core/log/Log.h"
#include "core/policy/DictionaryIndex.h"

#include <algorithm>

namespace PolicyRules {

Result<std::shared_ptr<const RuleSet>> ruleSet(const Policy& policy)
{
    if (policy.customRules.empty()) {
        return RuleSet::builtin();
    }
    std::vector<Rule> rules = BuiltinRules::all();
    for (const auto& c : policy.customRules) {
        Rule r;
        r.id = "policy:" + c.id;
        r.type = c.type;
        r.category = c.category;
        r.pattern = c.pattern;
        r.validator = c.validator;
        r.contextWords = c.contextWords;
        r.baseScore = 0.6;
        r.contextBoost = 0.35;
        r.minScore = c.minScore;
        r.reason = SCRIM_TR_NOOP("Rules", "Matches a rule of your organisation's policy");
        rules.push_back(std::move(r));
    }
    return RuleSet::create(std::move(rules), RuleSet::builtinOptions());
}

Result<std::shared_ptr<const RuleSet>> ruleSet(const Policy& policy, std::shared_ptr<const RuleSet> builtin)
{
    if (policy.customRules.empty() && builtin) {
        return builtin;
    }
    return ruleSet(policy);
}

Allowlist::Allowlist(const Policy& policy)
{
    for (const auto& v : policy.allowValues) {
        m_values.push_back(CharClass::lowerAscii(v));
    }
    RE2::Options o;
    o.set_log_errors(false);
    o.set_max_mem(8ll << 20);
    for (const auto& p : policy.allowPatterns) {
        auto re = std::make_unique<RE2>(p, o);
        if (re->ok()) {
            m_patterns.push_back(std::move(re));
        }
    }
}

bool Allowlist::allows(std::string_view value) const
{
    const std::string folded = CharClass::lowerAscii(value);
    if (std::find(m_values.begin(), m_values.end(), folded) != m_values.end()) {
        return true;
    }
    const re2::StringPiece v(value.data(), value.size());
    return std::any_of(m_patterns.begin(), m_patterns.end(), [&](const auto& re) { return RE2::FullMatch(v, *re); });
}

std::vector<Finding> dictionaryFindings(std::string_view text, const Policy& policy)
{
    std::vector<Finding> out;
    if (policy.dictionaries.empty()) {
        return out;
    }
    struct Word
    {
        std::size_t start;
        std::size_t end;
    };
    std::vector<Word> words;
    const auto isWord = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    for (std::size_t i = 0; i < text.size();) {
        if (!isWord(text[i])) {
            ++i;
            continue;
        }
        const std::size_t s = i;
        while (i < text.size() && isWord(text[i])) {
            ++i;
        }
        words.push_back({s, i});
    }
    for (const auto& dict : policy.dictionaries) {
        const std::shared_ptr<const DictionaryIndex> index = dict.index ? dict.index : DictionaryIndex::build(dict);
        if (!index || index->size() == 0) {
            continue;
        }
        DictionaryIndex::Hasher hasher(*index);
        const std::size_t maxWords = static_cast<std::size_t>(std::max(1, dict.maxWords));
        // The runs of one to maxWords words from each word on, hashed together (they are
        // prefixes of one string).
        std::string gram;
        std::vector<std::string_view> grams(maxWords);
        std::vector<DictionaryIndex::Digest> digests(maxWords);
        std::vector<std::size_t> ends(maxWords);
        for (std::size_t i = 0; i < words.size();) {
            gram.clear();
            std::size_t n = 0;
            for (; n < maxWords && i + n < words.size(); ++n) {
                if (n > 0) {
                    gram.push_back(' ');
                }
                for (std::size_t k = words[i + n].start; k < words[i + n].end; ++k) {
                    gram.push_back(CharClass::toLower(text[k]));
                }
                ends[n] = gram.size();
            }
            for (std::size_t g = 0; g < n; ++g) {
                grams[g] = std::string_view(gram).substr(0, ends[g]);
            }
            hasher.digests(grams.data(), n, digests.data());
            std::size_t matched = 0;
            for (std::size_t g = 0; g < n; ++g) {
                if (index->contains(digests[g])) {
                    matched = g + 1;
                }
            }
            if (matched == 0) {
                ++i;
                continue;
            }
            Finding f;
            f.type = EntityType::OrgConfidential;
            f.category = dict.category;
            f.ruleId = "dictionary:" + dict.name;
            f.start = words[i].start;
            f.end = words[i + matched - 1].end;
            f.score = 1.0;
            f.reason = SCRIM_TR_NOOP("Rules", "A term of your organisation's dictionary");
            out.push_back(std::move(f));
            i += matched;
        }
    }
    std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
    return out;
}

namespace {

// The findings of `rules` and of the policy's dictionaries (`dictionary`, over all of `text`) that
// start in [begin, end) of `text`, appended to `out` in start order. The rules read a piece of the
// text around the stretch, as much as a StreamScanner keeps around a chunk for them (overlapFor):
// not the whole buffer, which they would otherwise look over for escapes again and again. `header` as the
// chunk's rules were given it: the piece, unless it starts the text, is given the table header
// too.
bool findingsAcross(const RuleSet& rules,
                    std::string_view text,
                    std::optional<std::string_view> header,
                    std::size_t begin,
                    std::size_t end,
                    const std::vector<Finding>& dictionary,
                    std::vector<Finding>& out)
{
    if (begin >= end) {
        return true;
    }
    const std::size_t margin = StreamScanner::overlapFor(rules);
    const std::size_t from = begin > margin ? begin - margin : 0;
    const std::string_view piece = text.substr(from, std::min(text.size(), end + margin) - from);
    const std::size_t first = out.size();
    if (from > 0 && !header) {
        header = RuleSet::tableHeaderLine(text); // the text starts the stream
    }
    if (!rules.scanRange(piece, begin - from, end - from, out, header)) {
        return false;
    }
    for (auto it = out.begin() + static_cast<std::ptrdiff_t>(first); it != out.end(); ++it) {
        it->start += from;
        it->end += from;
    }
    for (const Finding& f : dictionary) {
        if (f.start >= begin && f.start < end) {
            out.push_back(f);
        }
    }
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first),
                     out.end(),
                     [](const Finding& a, const Finding& b) { return a.start < b.start; });
    return true;
}

} // namespace

void streamExtras(const RuleSet& rules,
                  const Policy* policy,
                  const Allowlist* allowlist,
                  bool allDates,
                  std::string_view text,
                  std::size_t ownBegin,
                  std::size_t ownEnd,
                  std::optional<std::string_view> header,
                  std::vector<Finding>& out)
{
    const auto byStart = [](const Finding& a, const Finding& b) { return a.start < b.start; };
    // The dictionaries are matched once over the whole buffer; each stretch takes its part.
    std::vector<Finding> dictionary;
    if (policy != nullptr && !policy->dictionaries.empty()) {
        dictionary = dictionaryFindings(text, *policy);
        for (const Finding& f : dictionary) {
            if (f.start >= ownBegin && f.start < ownEnd) {
                out.push_back(f);
            }
        }
        std::stable_sort(out.begin(), out.end(), byStart);
    }
    std::vector<Finding> dates;
    if (allDates) {
        Dates::find(text, ownBegin, ownEnd, dates);
        Dates::merge(out, std::move(dates));
        return;
    }
    const auto isAnchor = [&](const Finding& f) {
        return Dates::anchors(f) && (allowlist == nullptr || !allowlist->allows(text.substr(f.start, f.length())));
    };
    // A date that starts in the chunk is a companion of a value that ends less than the reach
    // before it (so after ownBegin - reach) or starts less than the reach after it (so before
    // ownEnd + reach + the longest date).
    // Each side is read only where a date stands that near it (most chunk edges of prose have none).
    const std::size_t before = Dates::kCompanionReach + kLongestAcross;
    const auto dateIn = [&](std::size_t from, std::size_t to) {
        std::vector<Finding> found;
        Dates::find(text, from, to, found);
        return !found.empty();
    };
    std::vector<Finding> anchors;
    bool read = !dateIn(ownBegin, std::min(ownEnd, ownBegin + before))
                || findingsAcross(
                    rules, text, header, ownBegin > before ? ownBegin - before : 0, ownBegin, dictionary, anchors);
    anchors.insert(anchors.end(), out.begin(), out.end());
    std::vector<Finding> after;
    const std::size_t reachBack = Dates::kCompanionReach + Dates::kLongestDate;
    read = (!dateIn(std::max(ownBegin, ownEnd > reachBack ? ownEnd - reachBack : 0), ownEnd)
            || findingsAcross(rules,
                              text,
                              header,
                              ownEnd,
                              std::min(text.size(), ownEnd + Dates::kCompanionReach + Dates::kLongestDate),
                              dictionary,
                              after))
           && read;
    std::size_t ownReach = 0;
    for (const Finding& f : out) {
        ownReach = std::max(ownReach, f.end);
    }
    for (Finding& f : after) {
        if (f.start >= ownReach) {
            anchors.push_back(std::move(f));
        }
    }
    if (!read) {
        // The chunk's own values still anchor its dates; only those across an edge may be missed.
        Log::get("scan")->warn("the values beside a chunk could not be read; dates near its edges may be left out");
    }
    Dates::findCompanions(text, ownBegin, ownEnd, anchors, dates, isAnchor);
    Dates::merge(out, std::move(dates));
}

std::vector<Finding>
withPolicy(std::string_view text, std::vector<Finding> findings, const Policy& policy, DateListing dates)
{
    // The scan's companion dates stand unless the policy changes which values anchor them.
    bool anchorsChanged = false;
    for (auto& f : dictionaryFindings(text, policy)) {
        anchorsChanged = anchorsChanged || Dates::anchors(f);
        findings.push_back(std::move(f));
    }
    const Allowlist allow(policy);
    // A policy may treat documented test values as allowed (test_values: ignore).
    const bool ignoreTestValues = policy.testValues == "ignore";
    // An allowed value is never flagged, and neither is anything inside it (a dictionary term
    // in the company's own support address).
    std::vector<std::pair<std::size_t, std::size_t>> allowed;
    const auto isAllowed = [&](const Finding& f) {
        return std::any_of(
            allowed.begin(), allowed.end(), [&f](const auto& a) { return a.first <= f.start && f.end <= a.second; });
    };
    if (!allow.empty() || ignoreTestValues) {
        for (const auto& f : findings) {
            if ((ignoreTestValues && f.testValue)
                || (!allow.empty() && allow.allows(text.substr(f.start, f.length())))) {
                allowed.emplace_back(f.start, f.end);
            }
        }
        std::erase_if(findings, [&](const Finding& f) {
            const bool gone = isAllowed(f);
            anchorsChanged = anchorsChanged || (gone && Dates::anchors(f));
            return gone;
        });
    }
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
    if (dates == DateListing::Companions && !anchorsChanged) {
        return findings;
    }
    std::erase_if(findings, Dates::isDate); // found again, on what the policy leaves
    std::vector<Finding> found;
    if (dates == DateListing::All) {
        Dates::find(text, 0, text.size(), found);
    } else {
        Dates::findCompanions(text, 0, text.size(), findings, found);
    }
    if (!allow.empty() || !allowed.empty()) {
        std::erase_if(found, [&](const Finding& f) {
            return (!allow.empty() && allow.allows(text.substr(f.start, f.length()))) || isAllowed(f);
        });
    }
    Dates::merge(findings, std::move(found));
    return findings;
}

} // namespace PolicyRules
