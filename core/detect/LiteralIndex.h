// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/**
 * Many literals searched at once, ASCII case-insensitively, in one pass (Aho–Corasick, with the
 * transitions of every state laid out in a table over the literals' byte classes). Each literal
 * carries an id; findAll() reports where each literal occurs in a text, with its id. RuleSet uses it to
 * learn which rules can match in a line without running RE2 (the ids are rule indices).
 *
 * A literal may be required to start a word (context words: "le" of "née le" must not be found
 * in "table"); the automaton sees the byte before each position as it goes, so such a literal
 * costs the search nothing, and the places it is not reported are places the search does not stop.
 * One required to end a word is found as any other and reported only if the byte after it is not
 * a letter (the search still stops there, but the caller has less to check).
 *
 * Build time and memory grow with the total length of the literals; a search is linear in the
 * text: one table lookup per byte. Immutable after build(); thread-safe.
 */
class LiteralIndex
{
public:
    /**
     * Adds a literal (any bytes; ASCII letters match in either case) with the id it stands for.
     * `wordStart`: found only where the byte before it is not an ASCII letter, or at a line's
     * start (a context word: "le" of "née le" in "le 3 mai", not in "table"); `wordEnd`, for a
     * literal that ends with an ASCII letter: only where the byte after it is not one, or at the
     * text's end ("le", not "level"; the byte after the searched range counts).
     */
    void add(std::string_view literal, std::uint32_t id, bool wordStart = false, bool wordEnd = false);
    /** The most table entries (states × byte classes) build() makes: a row's index must fit 30
     *  bits, and the table, 4 bytes an entry, stays below 4 GiB. */
    static constexpr std::size_t kMaxEntries = std::size_t{1} << 30;
    /** Prepares the table; call once, after the last add(). False, with nothing found by any
     *  search, when the literals need more than `maxEntries` table entries. */
    [[nodiscard]] bool build(std::size_t maxEntries = kMaxEntries);

    struct Hit
    {
        std::size_t end = 0;      // one past the literal's last byte in the text
        std::uint32_t id = 0;     // the id given to add()
        std::uint32_t length = 0; // the literal's length
    };
    /**
     * Appends every occurrence of a literal in text[begin, end) to `hits`, ordered by end. Lines
     * are searched in up to eight interleaved streams (the search restarts at a line break, as no
     * literal holds one), so the CPU works on several at once instead of waiting on each lookup.
     */
    void findAll(std::string_view text, std::size_t begin, std::size_t end, std::vector<Hit>& hits) const;

private:
    struct Node
    {
        std::vector<std::pair<std::uint16_t, std::uint32_t>> next; // trie edges, while building
        std::uint32_t fail = 0;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> ids; // (id, length): own, then the failure chain's
    };
    std::vector<Node> m_trie{Node{}};

    std::uint32_t m_states = 0;
    std::uint32_t m_classes = 0;
    unsigned char m_class[256] = {}; // byte -> class (0: in no literal and not an ASCII letter)
    // state * m_classes + class -> next state * m_classes | (InterleavedStreams::kStop when the next state has ids);
    // a row index fits 30 bits (build() checks kMaxEntries)
    std::vector<std::uint32_t> m_delta;
    std::uint32_t m_lineStart = 0;                              // the row a search starts a line in
    std::vector<std::uint32_t> m_outStart;                      // per state, into m_out; one more entry at the end
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_out; // id, length
};
