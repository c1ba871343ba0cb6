// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/LiteralIndex.h"

#include "core/detect/InterleavedStreams.h"
#include "core/detect/validators/CharClass.h"

#include <algorithm>

namespace {

unsigned char fold(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

// The trie's symbols: a byte (ASCII letters folded), or kEdge, the edge between a byte that is not
// an ASCII letter and what follows it (see build()).
constexpr std::uint16_t kEdge = 256;

// A literal that must end a word carries this flag in its length: where the automaton finds it,
// the byte after it is looked at before it is reported.
constexpr std::uint32_t kWordEnd = std::uint32_t{1} << 31;

} // namespace

void LiteralIndex::add(std::string_view literal, std::uint32_t id, bool wordStart, bool wordEnd)
{
    if (literal.empty()) {
        return;
    }
    std::uint32_t s = 0;
    const auto step = [this, &s](std::uint16_t c) {
        auto& edges = m_trie[s].next;
        const auto it = std::find_if(edges.begin(), edges.end(), [c](const auto& e) { return e.first == c; });
        if (it != edges.end()) {
            s = it->second;
            return;
        }
        const auto n = static_cast<std::uint32_t>(m_trie.size());
        edges.emplace_back(c, n);
        m_trie.emplace_back();
        s = n;
    };
    if (wordStart) {
        step(kEdge);
    }
    for (const char ch : literal) {
        const auto c = static_cast<unsigned char>(ch);
        step(fold(c));
        if (!CharClass::isAlpha(static_cast<char>(c))) {
            step(kEdge);
        }
    }
    const bool endsWord = wordEnd && CharClass::isAlpha(literal.back());
    m_trie[s].ids.emplace_back(id, static_cast<std::uint32_t>(literal.size()) | (endsWord ? kWordEnd : 0u));
}

bool LiteralIndex::build(std::size_t maxEntries)
{
    // Byte classes: one per byte that occurs in a literal (an upper-case ASCII letter shares its
    // lower-case letter's), one for the other ASCII letters, class 0 for every other byte.
    std::fill(std::begin(m_class), std::end(m_class), 0);
    m_classes = 1;
    for (const Node& n : m_trie) {
        for (const auto& [c, to] : n.next) {
            if (c < kEdge && m_class[c] == 0) {
                m_class[c] = static_cast<unsigned char>(m_classes++);
            }
        }
    }
    std::uint32_t otherLetters = 0;
    for (int c = 'a'; c <= 'z'; ++c) {
        if (m_class[c] == 0) {
            otherLetters = otherLetters ? otherLetters : m_classes++;
            m_class[c] = static_cast<unsigned char>(otherLetters);
        }
    }
    for (int c = 'A'; c <= 'Z'; ++c) {
        m_class[c] = m_class[c - 'A' + 'a'];
    }
    std::vector<bool> letterClass(m_classes, false);
    for (int c = 'a'; c <= 'z'; ++c) {
        letterClass[m_class[c]] = true;
    }
    // The automaton is built over one more column than the text has classes, for kEdge: a search
    // steps on it after every byte that is not an ASCII letter, as if the text held a kEdge symbol
    // there (and so does every literal, where add() put one). A literal that must start a word
    // (add(..., true)) begins with kEdge, so it is found only after such a byte or at a line's
    // start. The table the search uses folds that second step into the byte's own.
    const std::uint32_t columns = m_classes + 1;
    const std::uint32_t edgeColumn = m_classes;
    const auto column = [this, edgeColumn](std::uint16_t c) { return c == kEdge ? edgeColumn : m_class[c]; };
    if (m_trie.size() * columns > std::min(maxEntries, kMaxEntries)) {
        m_trie.assign(1, Node{});
        m_out.clear(); // a search finds nothing
        return false;
    }
    m_states = static_cast<std::uint32_t>(m_trie.size());
    // Breadth first: a state's failure link is final before its children need it, and states are
    // renumbered in that order, so the shallow states a search spends its time in share cache lines.
    std::vector<std::uint32_t> order{0};
    order.reserve(m_states);
    for (std::size_t k = 0; k < order.size(); ++k) {
        for (const auto& [c, to] : m_trie[order[k]].next) {
            order.push_back(to);
        }
    }
    std::vector<std::uint32_t> rank(m_states);
    for (std::uint32_t k = 0; k < m_states; ++k) {
        rank[order[k]] = k;
    }
    // delta over new numbers; failure links in old numbers.
    std::vector<std::uint32_t> delta(static_cast<std::size_t>(m_states) * columns, 0);
    for (const std::uint32_t old : order) {
        Node& node = m_trie[old];
        const std::uint32_t s = rank[old];
        const std::uint32_t f = rank[node.fail];
        if (old != 0) {
            const auto& inherited = m_trie[node.fail].ids;
            node.ids.insert(node.ids.end(), inherited.begin(), inherited.end());
            std::sort(node.ids.begin(), node.ids.end());
            node.ids.erase(std::unique(node.ids.begin(), node.ids.end()), node.ids.end());
            // Missing transitions go where the failure state goes.
            std::copy_n(delta.begin() + static_cast<std::ptrdiff_t>(f) * columns,
                        columns,
                        delta.begin() + static_cast<std::ptrdiff_t>(s) * columns);
        }
        for (const auto& [c, to] : node.next) {
            m_trie[to].fail = old == 0 ? 0 : order[delta[static_cast<std::size_t>(f) * columns + column(c)]];
            delta[static_cast<std::size_t>(s) * columns + column(c)] = rank[to];
        }
    }
    m_outStart.assign(m_states + 1, 0);
    m_out.clear();
    for (std::uint32_t k = 0; k < m_states; ++k) {
        const auto& ids = m_trie[order[k]].ids;
        m_outStart[k + 1] = m_outStart[k] + static_cast<std::uint32_t>(ids.size());
        m_out.insert(m_out.end(), ids.begin(), ids.end());
    }
    m_delta.assign(static_cast<std::size_t>(m_states) * m_classes, 0);
    for (std::uint32_t s = 0; s < m_states; ++s) {
        for (std::uint32_t c = 0; c < m_classes; ++c) {
            std::uint32_t to = delta[static_cast<std::size_t>(s) * columns + c];
            if (!letterClass[c]) {
                to = delta[static_cast<std::size_t>(to) * columns + edgeColumn];
            }
            // The next state's row, not its number: the search then adds a class and looks up,
            // with no multiplication on the chain from one byte to the next.
            m_delta[static_cast<std::size_t>(s) * m_classes + c] =
                to * m_classes | (m_outStart[to + 1] != m_outStart[to] ? InterleavedStreams::kStop : 0u);
        }
    }
    // A line starts as if after a byte that is not a letter.
    m_lineStart = delta[edgeColumn] * m_classes;
    m_trie.clear();
    m_trie.shrink_to_fit();
    return true;
}

void LiteralIndex::findAll(std::string_view text, std::size_t begin, std::size_t end, std::vector<Hit>& hits) const
{
    end = std::min(end, text.size());
    if (m_out.empty() || begin >= end) {
        return;
    }
    using InterleavedStreams::kStreams;
    const auto parts = InterleavedStreams::split(text, begin, end);
    const std::size_t(&from)[kStreams + 1] = parts.from;
    std::vector<Hit> part[kStreams];
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::uint32_t* delta = m_delta.data();
    const unsigned char* cls = m_class;
    const std::uint32_t classes = m_classes;
    // Kept out of the loop below: a hit is rare, and the loop's state stays in registers.
    const auto emit = [this, &part, classes, text, bytes](std::size_t k, std::uint32_t row, std::size_t at) {
        const std::uint32_t s = row / classes;
        const bool letterAfter = at < text.size() && CharClass::isAlpha(static_cast<char>(bytes[at]));
        for (std::uint32_t o = m_outStart[s]; o < m_outStart[s + 1]; ++o) {
            if ((m_out[o].second & kWordEnd) == 0 || !letterAfter) {
                part[k].push_back({at, m_out[o].first, m_out[o].second & ~kWordEnd});
            }
        }
    };
    // Each stream's state is its last table entry: the next row, with the "has ids" flag
    // (kStop) above it. The loop notes where a stream reaches a state with ids (onStop emits
    // them), or leaves it in `state` when it returns early (afterAdvance emits those); the flag
    // is cleared before the row is used again.
    // A part starts after a line break, or where the range starts (the first, and those after
    // empty ones): there the byte before may be a letter.
    std::size_t state[kStreams];
    for (std::size_t k = 0; k < kStreams; ++k) {
        state[k] = from[k] > 0 && CharClass::isAlpha(static_cast<char>(bytes[from[k] - 1])) ? 0 : m_lineStart;
    }
    const auto onStop = [&](std::size_t k, std::uint32_t entry, std::size_t i) {
        emit(k, entry & InterleavedStreams::kRowMask, from[k] + i);
    };
    InterleavedStreams::run(delta, cls, bytes, parts, state, onStop, [&](std::size_t i) {
        for (std::size_t k = 0; k < kStreams; ++k) {
            if (state[k] & InterleavedStreams::kStop) {
                state[k] &= InterleavedStreams::kRowMask;
                emit(k, static_cast<std::uint32_t>(state[k]), from[k] + i);
            }
        }
        return true;
    });
    for (std::size_t k = 0; k < kStreams; ++k) {
        auto st = static_cast<std::uint32_t>(state[k]);
        for (std::size_t at = from[k] + parts.common; at < from[k + 1]; ++at) {
            const std::uint32_t d = delta[st + cls[bytes[at]]];
            st = d & InterleavedStreams::kRowMask;
            if (d & InterleavedStreams::kStop) {
                emit(k, st, at + 1);
            }
        }
        hits.insert(hits.end(), part[k].begin(), part[k].end());
    }
}
