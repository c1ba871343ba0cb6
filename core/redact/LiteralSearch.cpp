// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/LiteralSearch.h"

#include "core/detect/validators/CharClass.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace {

using namespace CharClass;

// Compares `folded` (lower case, white space collapsed to single spaces) with the text at `at`,
// ASCII case ignored and any run of white space matching a space. Returns the end of the match, or
// npos.
std::size_t matchFolded(std::string_view text, std::size_t at, std::string_view folded)
{
    std::size_t i = at;
    for (std::size_t k = 0; k < folded.size(); ++k) {
        if (folded[k] == ' ') {
            if (i >= text.size() || !isSpace(text[i])) {
                return std::string_view::npos;
            }
            while (i < text.size() && isSpace(text[i])) {
                ++i;
            }
            continue;
        }
        if (i >= text.size() || toLower(text[i]) != folded[k]) {
            return std::string_view::npos;
        }
        ++i;
    }
    return i;
}

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
        Needle needle{i, 0, {}};
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
        needle.lead = ws;
        std::string key = f.substr(ws, we - ws);
        byWord[std::move(key)].push_back(std::move(needle));
    }
    // Most words of a text are no needle's first word: a filter of their hashes spares the
    // copy and the map lookup for those.
    std::vector<std::uint64_t> filter(1u << 10, 0);
    for (auto& [word, list] : byWord) {
        std::uint64_t h = kFnvBasis;
        for (const char c : word) {
            h = addToHash(h, c);
        }
        const std::size_t bit = filterBit(h);
        filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
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
        for (const Needle& n : it->second) {
            if (n.lead > ws) {
                continue;
            }
            const std::size_t start = ws - n.lead;
            if (start < lastEnd) {
                continue;
            }
            const std::size_t end = matchFolded(text, start, n.folded);
            if (end == std::string_view::npos) {
                continue;
            }
            const bool before = start == 0 || !isAlnum(text[start - 1]) || !isAlnum(text[start]);
            const bool after = end == text.size() || !isAlnum(text[end]) || !isAlnum(text[end - 1]);
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
