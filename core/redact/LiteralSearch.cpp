// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/LiteralSearch.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace {

bool isWordByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalFolded(std::string_view text, std::size_t at, std::string_view folded)
{
    if (at + folded.size() > text.size()) {
        return false;
    }
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (lower(text[at + i]) != folded[i]) {
            return false;
        }
    }
    return true;
}

struct Needle
{
    std::size_t index = 0;
    std::size_t lead = 0; // bytes before the needle's first run of letters and digits
    std::string folded;   // ASCII lower case
};

} // namespace

namespace LiteralSearch {

std::vector<Hit> find(std::string_view text, const std::vector<std::string_view>& needles)
{
    // Each needle is filed under its first run of ASCII letters and digits, lower case. The text is
    // walked once, word by word; only needles filed under the word at hand are compared. Linear in
    // the text plus the bytes compared, whatever the number of needles.
    std::unordered_map<std::string, std::vector<Needle>> byWord;
    for (std::size_t i = 0; i < needles.size(); ++i) {
        const std::string_view n = needles[i];
        std::size_t ws = 0;
        while (ws < n.size() && !isWordByte(n[ws])) {
            ++ws;
        }
        if (ws == n.size()) {
            continue; // no letter or digit: nothing a word search can anchor on
        }
        std::size_t we = ws;
        while (we < n.size() && isWordByte(n[we])) {
            ++we;
        }
        Needle needle{i, ws, {}};
        needle.folded.reserve(n.size());
        for (const char c : n) {
            needle.folded.push_back(lower(c));
        }
        byWord[needle.folded.substr(ws, we - ws)].push_back(std::move(needle));
    }
    for (auto& [word, list] : byWord) {
        // Longest first: of two needles at one place the longer wins.
        std::stable_sort(list.begin(), list.end(), [](const Needle& a, const Needle& b) {
            return a.folded.size() > b.folded.size();
        });
    }
    std::vector<Hit> hits;
    if (byWord.empty()) {
        return hits;
    }
    std::string key;
    std::size_t lastEnd = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isWordByte(text[i])) {
            ++i;
            continue;
        }
        const std::size_t ws = i;
        while (i < text.size() && isWordByte(text[i])) {
            ++i;
        }
        key.assign(text.data() + ws, i - ws);
        for (auto& c : key) {
            c = lower(c);
        }
        const auto it = byWord.find(key);
        if (it == byWord.end()) {
            continue;
        }
        for (const Needle& n : it->second) {
            if (n.lead > ws) {
                continue;
            }
            const std::size_t start = ws - n.lead;
            const std::size_t end = start + n.folded.size();
            if (start < lastEnd || !equalFolded(text, start, n.folded)) {
                continue;
            }
            const bool before = start == 0 || !isWordByte(text[start - 1]) || !isWordByte(text[start]);
            const bool after = end == text.size() || !isWordByte(text[end]) || !isWordByte(text[end - 1]);
            if (!before || !after) {
                continue;
            }
            hits.push_back(Hit{start, end, n.index});
            lastEnd = end;
            i = std::max(i, end);
            break;
        }
    }
    return hits;
}

} // namespace LiteralSearch
