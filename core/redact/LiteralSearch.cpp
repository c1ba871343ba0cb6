// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/LiteralSearch.h"

#include "core/detect/validators/CharClass.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace {

using namespace CharClass;

// FNV-1a over a word's lower-case bytes, for the filter below.
constexpr std::uint64_t kFnvBasis = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

std::uint64_t addToHash(std::uint64_t h, char c)
{
    return (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
}

// A word's hash into a filter of 2^16 bits.
std::size_t filterBit(std::uint64_t h)
{
    return static_cast<std::size_t>((h ^ (h >> 32)) & 0xFFFF);
}

// Per byte: its lower case when it is an ASCII letter or digit, else 0.
constexpr auto kWordByte = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        t[static_cast<std::size_t>(c)] = alnum ? static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c) : 0;
    }
    return t;
}();

char wordByte(char c)
{
    return kWordByte[static_cast<unsigned char>(c)];
}

struct Needle
{
    std::size_t index = 0;
    std::size_t rank = 0;    // among its word's needles: longest first, then in the order given
    std::string folded;      // ASCII lower case, white space runs as one space
    std::size_t lead = 0;    // bytes of `folded` before its first word
    std::size_t wordEnd = 0; // where in `folded` its first word ends
};

// The needles filed under one first word that have `lead` bytes before it, by length and hash of
// what they read folded: at a place in the text, the text is folded once as far as the longest,
// and each length is one lookup, so many needles under one word ("10" of a thousand IPv4
// addresses) cost no more than one.
struct LeadGroup
{
    std::size_t lead = 0;
    std::size_t longest = 0;
    // What a needle reads right after its first word (folded), or that one ends with it: most
    // places where the word stands ("10" in a date) are told apart by that byte alone.
    std::bitset<256> next;
    bool endsAtWord = false;
    std::vector<std::size_t> lengths;                                   // distinct, longest first
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> byHash; // folded hash -> needles, by rank
};

std::uint64_t keyOf(std::uint64_t hash, std::size_t length)
{
    return hash ^ (static_cast<std::uint64_t>(length) * 0x9E3779B97F4A7C15ull);
}

} // namespace

namespace LiteralSearch {

std::vector<Hit> find(std::string_view text, const std::vector<std::string_view>& needles)
{
    // Each needle is filed under its first run of ASCII letters and digits, lower case. The text is
    // walked once, word by word; at a word some needle starts with, the text there is folded as
    // far as that word's longest needle and looked up once per length. Linear in the text times
    // the longest needle, whatever the number of needles.
    std::vector<Needle> all;
    std::unordered_map<std::string, std::vector<std::size_t>> wordOf; // first word -> into `all`
    for (std::size_t i = 0; i < needles.size(); ++i) {
        const std::string_view n = needles[i];
        Needle needle{i, 0, {}, 0, 0};
        needle.folded.reserve(n.size());
        for (const char c : n) {
            if (isSpace(c)) {
                if (!needle.folded.empty() && needle.folded.back() != ' ') {
                    needle.folded.push_back(' ');
                }
                continue;
            }
            needle.folded.push_back(toLower(c));
        }
        while (!needle.folded.empty() && needle.folded.back() == ' ') {
            needle.folded.pop_back();
        }
        const std::string& f = needle.folded;
        std::size_t ws = 0;
        while (ws < f.size() && !isAlnum(f[ws])) {
            ++ws;
        }
        // Anchored on its first word; what comes before it must be matched byte for byte, so a
        // needle with white space before its first word is not searched for.
        if (ws == f.size() || f.substr(0, ws).find(' ') != std::string::npos) {
            continue;
        }
        std::size_t we = ws;
        while (we < f.size() && isAlnum(f[we])) {
            ++we;
        }
        wordOf[f.substr(ws, we - ws)].push_back(all.size());
        needle.lead = ws;
        needle.wordEnd = we;
        all.push_back(std::move(needle));
    }
    // Most words of a text are no needle's first word: a filter of their hashes spares the
    // copy and the map lookup for those.
    std::vector<std::uint64_t> filter(1u << 10, 0);
    std::unordered_map<std::string, std::vector<LeadGroup>> byWord;
    for (auto& [word, list] : wordOf) {
        std::uint64_t h = kFnvBasis;
        for (const char c : word) {
            h = addToHash(h, c);
        }
        const std::size_t bit = filterBit(h);
        filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
        // Longest first: of two needles at one place the longer wins.
        std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
            return all[a].folded.size() > all[b].folded.size();
        });
        auto& groups = byWord[word];
        for (std::size_t r = 0; r < list.size(); ++r) {
            Needle& n = all[list[r]];
            n.rank = r;
            auto g = std::find_if(groups.begin(), groups.end(), [&](const LeadGroup& x) { return x.lead == n.lead; });
            if (g == groups.end()) {
                g = groups.insert(groups.end(), LeadGroup{n.lead, 0, {}, {}});
            }
            const std::size_t len = n.folded.size();
            if (g->lengths.empty() || g->lengths.back() != len) {
                g->lengths.push_back(len); // the list is longest first
            }
            g->longest = std::max(g->longest, len);
            if (n.wordEnd < len) {
                g->next.set(static_cast<unsigned char>(n.folded[n.wordEnd]));
            } else {
                g->endsAtWord = true;
            }
            std::uint64_t fh = kFnvBasis;
            for (const char c : n.folded) {
                fh = addToHash(fh, c);
            }
            g->byHash[keyOf(fh, len)].push_back(list[r]);
        }
    }
    std::vector<Hit> hits;
    if (byWord.empty()) {
        return hits;
    }
    std::string key;
    std::string window;                // the text folded from a needle's start
    std::vector<std::uint64_t> prefix; // hash of window's first k bytes, at k
    std::vector<std::size_t> endAt;    // where in the text window's first k bytes end, at k
    std::size_t lastEnd = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (wordByte(text[i]) == 0) {
            ++i;
            continue;
        }
        const std::size_t ws = i;
        std::uint64_t h = kFnvBasis;
        for (char c; i < text.size() && (c = wordByte(text[i])) != 0; ++i) {
            h = addToHash(h, c);
        }
        if (const std::size_t bit = filterBit(h); (filter[bit / 64] & (std::uint64_t{1} << (bit % 64))) == 0) {
            continue;
        }
        key.assign(text.data() + ws, i - ws);
        for (auto& c : key) {
            c = toLower(c);
        }
        const auto it = byWord.find(key);
        if (it == byWord.end()) {
            continue;
        }
        // The longest needle that stands here as a whole word (the first given, of equal ones).
        const Needle* best = nullptr;
        std::size_t bestStart = 0;
        std::size_t bestEnd = 0;
        for (const LeadGroup& g : it->second) {
            if (g.lead > ws || ws - g.lead < lastEnd) {
                continue;
            }
            const std::size_t start = ws - g.lead;
            if (!g.endsAtWord
                && (i == text.size()
                    || !g.next.test(static_cast<unsigned char>(isSpace(text[i]) ? ' ' : toLower(text[i]))))) {
                continue;
            }
            // Fold the text from `start` as far as the longest needle: ASCII lower case, a run of
            // white space as one space (a needle never starts or ends with one).
            window.clear();
            prefix.assign(1, kFnvBasis);
            endAt.assign(1, start);
            for (std::size_t t = start; t < text.size() && window.size() < g.longest;) {
                char c = text[t++];
                if (isSpace(c)) {
                    while (t < text.size() && isSpace(text[t])) {
                        ++t;
                    }
                    c = ' ';
                } else {
                    c = toLower(c);
                }
                window.push_back(c);
                prefix.push_back(addToHash(prefix.back(), c));
                endAt.push_back(t);
            }
            for (const std::size_t len : g.lengths) {
                if (len > window.size() || (best != nullptr && len < best->folded.size())) {
                    continue;
                }
                const auto found = g.byHash.find(keyOf(prefix[len], len));
                if (found == g.byHash.end()) {
                    continue;
                }
                const std::size_t end = endAt[len];
                const bool before = start == 0 || !isAlnum(text[start - 1]) || !isAlnum(text[start]);
                const bool after = end == text.size() || !isAlnum(text[end]) || !isAlnum(text[end - 1]);
                if (!before || !after) {
                    continue;
                }
                for (const std::size_t k : found->second) {
                    const Needle& n = all[k];
                    if (std::string_view(window).substr(0, len) != n.folded) {
                        continue; // another needle with the same hash
                    }
                    if (best == nullptr || len > best->folded.size() || n.rank < best->rank) {
                        best = &n;
                        bestStart = start;
                        bestEnd = end;
                    }
                    break;
                }
                if (best != nullptr && best->folded.size() == len) {
                    break; // shorter ones lose to it
                }
            }
        }
        if (best != nullptr) {
            hits.push_back(Hit{bestStart, bestEnd, best->index});
            lastEnd = bestEnd;
            i = std::max(i, bestEnd);
        }
    }
    return hits;
}

} // namespace LiteralSearch
