// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/**
 * A rule's context words and negative words, looked for around a value (RuleSet::accept).
 *
 * Each list is looked for in two regions: one before the value, text[from, begin), and one after
 * it, text[end, to); the regions differ by list (a negative word counts only where it labels the
 * value). A word counts where it stands whole in its region: ASCII letters compared without case,
 * no ASCII letter glued to it inside the region (the region's edge counts as a word's edge).
 *
 * find() answers all four questions in one walk over the bytes around the value, comparing at
 * each word start only the words of either list that begin with that byte. Before, each question
 * was a walk (or a search per word) of its own over a lower-cased copy of the bytes, which cost
 * about as much as the validator of a simple value (bench/README.md).
 */
class ContextWords
{
public:
    /** Both lists lower case (ASCII); empty words are left out. */
    ContextWords(const std::vector<std::string>& context = {}, const std::vector<std::string>& negative = {});

    enum List : std::uint8_t
    {
        Context = 0,
        Negative = 1
    };

    /** A list's regions around the value text[begin, end): text[before, begin) and text[end, after). */
    struct Regions
    {
        std::size_t before = 0;
        std::size_t after = 0;
    };

    struct Found
    {
        bool context = false;
        bool negative = false;
    };

    /** Whether a word of each list stands in that list's regions. */
    Found find(std::string_view text, std::size_t begin, std::size_t end, Regions context, Regions negative) const;

    /** Whether a word of `list` stands in `hay`, which is lower case (a table's header cell). */
    bool anyIn(List list, std::string_view hay) const;

    bool empty(List list) const { return m_count[list] == 0; }

private:
    struct Word
    {
        std::string text;
        List list;
    };
    std::vector<Word> m_words;                // ordered by first byte
    std::array<std::uint32_t, 257> m_from{};  // first byte -> its words: m_words[m_from[b], m_from[b + 1])
    std::array<std::uint8_t, 256> m_starts{}; // byte -> 1 where some word starts with it (either case)
    // The words' first two bytes, hashed (a place whose two bytes are not among them starts no
    // word), and the first bytes of one-byte words.
    static std::size_t pairKey(char first, char second)
    {
        return (static_cast<unsigned char>(first) * 61u + static_cast<unsigned char>(second)) & 4095u;
    }
    std::bitset<4096> m_pairs;
    std::array<std::uint8_t, 256> m_oneByte{};
    // The words' distinct first bytes, each repeated over 16 bytes (a lower-case letter also
    // stands for its capital); past kMaxFirsts the walk goes byte by byte.
    static constexpr std::size_t kMaxFirsts = 24;
    alignas(16) std::array<std::array<char, 16>, kMaxFirsts> m_firsts{};
    std::array<bool, kMaxFirsts> m_firstIsLetter{};
    std::size_t m_firstCount = 0;
    std::array<std::size_t, 2> m_count{};
};
