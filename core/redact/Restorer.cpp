// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/Restorer.h"

#include "core/detect/RuleSet.h"
#include "core/redact/LiteralSearch.h"
#include "core/redact/TextContext.h"
#include "core/redact/Tokens.h"

#include <algorithm>
#include <unordered_set>

std::vector<VaultHit> findVaultHits(std::string_view answer, const TokenMap& map)
{
    using Hit = VaultHit;
    std::vector<Hit> hits;
    for (const auto& m : Tokens::find(answer)) {
        Hit h;
        h.start = m.start;
        h.end = m.end;
        h.key = Tokens::key(m.label, m.number);
        h.entry = map.findToken(h.key);
        hits.push_back(std::move(h));
    }
    const auto surrogates = map.surrogates();
    if (!surrogates.empty()) {
        std::vector<std::string_view> needles;
        needles.reserve(surrogates.size());
        for (const auto* e : surrogates) {
            needles.push_back(e->text);
        }
        std::vector<Hit> sHits;
        for (const auto& f : LiteralSearch::find(answer, needles)) {
            Hit h;
            h.start = f.start;
            h.end = f.end;
            h.entry = surrogates[f.needle];
            sHits.push_back(std::move(h));
        }
        std::vector<Hit> merged;
        merged.reserve(hits.size() + sHits.size());
        std::merge(std::make_move_iterator(hits.begin()),
                   std::make_move_iterator(hits.end()),
                   std::make_move_iterator(sHits.begin()),
                   std::make_move_iterator(sHits.end()),
                   std::back_inserter(merged),
                   [](const Hit& a, const Hit& b) { return a.start < b.start; });
        hits.clear();
        for (auto& h : merged) {
            if (hits.empty() || h.start >= hits.back().end) {
                hits.push_back(std::move(h));
            }
        }
    }

    return hits;
}

RestoreResult restoreText(std::string_view answer, const TokenMap& map, const RuleSet* rules)
{
    const std::vector<VaultHit> hits = findVaultHits(answer, map);
    RestoreResult result;
    result.text.reserve(answer.size() + answer.size() / 4);
    ContextScanner context(TextContext::isJsonDocument(answer));
    std::unordered_set<std::string> unknownSeen;
    std::size_t pos = 0;
    for (const auto& h : hits) {
        result.text.append(answer.substr(pos, h.start - pos));
        pos = h.end;
        const auto matched = answer.substr(h.start, h.end - h.start);
        if (h.entry == nullptr) {
            if (unknownSeen.insert(h.key).second) {
                result.unknownTokens.push_back(h.key);
            }
            result.text.append(matched);
            continue;
        }
        if (h.entry->kind == EntryKind::Reserved) {
            result.text.append(matched);
            continue;
        }
        if (h.entry->kind == EntryKind::Retired) {
            if (unknownSeen.insert(h.key).second) {
                result.retiredTokens.push_back(h.key);
            }
            result.text.append(matched);
            continue;
        }
        const LiteralContext target = context.at(answer, h.start);
        ++result.restored;
        if (h.entry->context == LiteralContext::JsonBare && target == LiteralContext::DoubleQuoted && h.start > 0
            && answer[h.start - 1] == '"' && h.end < answer.size() && answer[h.end] == '"' && !result.text.empty()) {
            // The anonymizer quoted a bare JSON value ("[ACCOUNT_1]"): the quotes go with the token.
            result.text.pop_back();
            result.text.append(h.entry->original);
            pos = h.end + 1;
            continue;
        }
        const bool linkText =
            answer[h.start] == '[' && answer[h.end - 1] == ']' && TextContext::linkTargetAt(answer, h.end);
        if (linkText) {
            // "[EMAIL_1](mailto:[EMAIL_1])": the brackets belong to the markdown link.
            result.text.push_back('[');
        }
        result.text.append(TextContext::convert(h.entry->original, h.entry->context, target));
        if (linkText) {
            result.text.push_back(']');
        }
    }
    result.text.append(answer.substr(pos));

    if (rules != nullptr) {
        // Scanned with the tokens blanked out (same length, so offsets hold): a label such as
        // ACCOUNT must not act as a context word for the text around it.
        std::string blanked(answer);
        for (const auto& h : hits) {
            std::fill(blanked.begin() + static_cast<std::ptrdiff_t>(h.start),
                      blanked.begin() + static_cast<std::ptrdiff_t>(h.end),
                      ' ');
        }
        auto found = rules->scan(blanked);
        result.scanned = found.ok();
        if (found) {
            std::size_t k = 0;
            for (auto& f : found.value()) {
                while (k < hits.size() && hits[k].end < f.start) {
                    ++k;
                }
                bool fromVault = false;
                // A finding that touches a restored token belongs to it (the rest of a URL around an
                // address): not something the AI made up.
                for (std::size_t j = k; j < hits.size() && hits[j].start <= f.end && !fromVault; ++j) {
                    fromVault = hits[j].entry != nullptr && hits[j].entry->kind != EntryKind::Retired;
                }
                if (!fromVault) {
                    result.unexpected.push_back(std::move(f));
                }
            }
        }
    }
    return result;
}
