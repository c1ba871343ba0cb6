// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/LiteralSearch.h"

#include <re2/re2.h>

#include <algorithm>
#include <numeric>
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

std::string folded(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) {
        c = lower(c);
    }
    return out;
}

} // namespace

namespace LiteralSearch {

std::vector<Hit> find(std::string_view text, const std::vector<std::string_view>& needles)
{
    std::vector<Hit> hits;
    std::vector<std::size_t> order(needles.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    order.erase(std::remove_if(order.begin(), order.end(), [&](std::size_t i) { return needles[i].empty(); }),
                order.end());
    if (order.empty() || text.empty()) {
        return hits;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return needles[a].size() > needles[b].size();
    });
    std::string pattern = "(?i)(?:";
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k > 0) {
            pattern += '|';
        }
        pattern += RE2::QuoteMeta(re2::StringPiece(needles[order[k]].data(), needles[order[k]].size()));
    }
    pattern += ')';
    RE2::Options options;
    options.set_max_mem(std::max<std::int64_t>(64ll << 20, static_cast<std::int64_t>(pattern.size()) * 64));
    options.set_log_errors(false);
    options.set_case_sensitive(true); // (?i) in the pattern: ASCII case folding with Latin-1 off
    const RE2 re(pattern, options);
    if (!re.ok()) {
        return hits;
    }
    std::unordered_map<std::string, std::size_t> index;
    for (const std::size_t i : order) {
        index.emplace(folded(needles[i]), i);
    }
    std::size_t pos = 0;
    re2::StringPiece m;
    while (pos < text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        const auto start = static_cast<std::size_t>(m.data() - text.data());
        const auto end = start + m.size();
        const bool boundary = (start == 0 || !isWordByte(text[start - 1]) || !isWordByte(text[start]))
                              && (end == text.size() || !isWordByte(text[end]) || !isWordByte(text[end - 1]));
        if (!boundary || m.empty()) {
            pos = start + 1;
            continue;
        }
        const auto it = index.find(folded(std::string_view(m.data(), m.size())));
        hits.push_back(Hit{start, end, it == index.end() ? order.front() : it->second});
        pos = end;
    }
    return hits;
}

} // namespace LiteralSearch
