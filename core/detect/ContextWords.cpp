// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/ContextWords.h"

#include "core/detect/validators/CharClass.h"

#include <algorithm>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

ContextWords::ContextWords(const std::vector<std::string>& context, const std::vector<std::string>& negative)
{
    for (const List list : {Context, Negative}) {
        for (const std::string& w : list == Context ? context : negative) {
            if (!w.empty()) {
                m_words.push_back({w, list});
                ++m_count[list];
            }
        }
    }
    std::stable_sort(m_words.begin(), m_words.end(), [](const Word& a, const Word& b) {
        return static_cast<unsigned char>(a.text[0]) < static_cast<unsigned char>(b.text[0]);
    });
    for (std::size_t i = 0, b = 0; b < 256; ++b) {
        m_from[b] = static_cast<std::uint32_t>(i);
        while (i < m_words.size() && static_cast<unsigned char>(m_words[i].text[0]) == b) {
            ++i;
        }
    }
    m_from[256] = static_cast<std::uint32_t>(m_words.size());
    for (std::size_t b = 0; b < 256; ++b) {
        // The text is not lower-cased: an upper-case letter starts the words its lower case does.
        const auto lower = static_cast<unsigned char>(CharClass::toLower(static_cast<char>(b)));
        m_starts[b] = m_from[lower] < m_from[lower + 1] ? 1 : 0;
    }
    for (const Word& w : m_words) {
        if (w.text.size() == 1) {
            m_oneByte[static_cast<unsigned char>(w.text[0])] = 1;
        } else {
            m_pairs.set(pairKey(w.text[0], w.text[1]));
        }
    }
    // The distinct first bytes, for the walk sixteen bytes at a time.
    for (std::size_t b = 0; b < 256; ++b) {
        if (m_from[b] < m_from[b + 1]) {
            if (m_firstCount < kMaxFirsts) {
                m_firsts[m_firstCount].fill(static_cast<char>(b));
                m_firstIsLetter[m_firstCount] = CharClass::isLower(static_cast<char>(b));
            }
            ++m_firstCount;
        }
    }
}

ContextWords::Found
ContextWords::find(std::string_view text, std::size_t begin, std::size_t end, Regions context, Regions negative) const
{
    Found out;
    bool* const hit[2] = {&out.context, &out.negative};
    const Regions regions[2] = {context, negative};
    const bool wanted[2] = {m_count[Context] > 0, m_count[Negative] > 0};
    const auto done = [&] { return (out.context || !wanted[Context]) && (out.negative || !wanted[Negative]); };
    if (done()) {
        return out;
    }
    // Whether a word of either list starts at `i` on one side of the value (a list's region there
    // is [its start, its end)); true when every list asked has been answered.
    const auto tryAt = [&](std::size_t i, bool before) {
        const auto lower = static_cast<unsigned char>(CharClass::toLower(text[i]));
        // Most places that start with some word's first byte go on with no word's second.
        if (m_oneByte[lower] == 0) {
            const char second = i + 1 < text.size() ? CharClass::toLower(text[i + 1]) : '\0';
            if (!m_pairs.test(pairKey(static_cast<char>(lower), second))) {
                return false;
            }
        }
        const bool glued = i > 0 && CharClass::isAlpha(text[i - 1]);
        for (std::uint32_t k = m_from[lower]; k < m_from[lower + 1]; ++k) {
            const Word& w = m_words[k];
            if (*hit[w.list]) {
                continue;
            }
            const std::size_t start = before ? regions[w.list].before : end;
            const std::size_t stop = before ? begin : regions[w.list].after;
            const std::size_t wordEnd = i + w.text.size();
            // Inside the region, and no letter glued to it there (its edges are edges).
            if (i < start || wordEnd > stop || (glued && i != start)
                || (wordEnd != stop && CharClass::isAlpha(text[wordEnd]))) {
                continue;
            }
            std::size_t j = 1;
            while (j < w.text.size() && CharClass::toLower(text[i + j]) == w.text[j]) {
                ++j;
            }
            if (j == w.text.size()) {
                *hit[w.list] = true;
                if (done()) {
                    return true;
                }
            }
        }
        return false;
    };
    // One side of the value, positions [from, to): a word may start where some word's first byte
    // stands (either case), and is then checked whole.
    const auto walk = [&](std::size_t from, std::size_t to, bool before) {
        const std::size_t edge0 = before ? regions[Context].before : end;
        const std::size_t edge1 = before ? regions[Negative].before : end;
#if defined(__SSE2__)
        if (m_firstCount <= kMaxFirsts) {
            // Sixteen bytes at a time: a bit for each byte that is some word's first byte.
            for (std::size_t at = from; at < to; at += 16) {
                alignas(16) char tail[16] = {};
                const char* p = text.data() + at;
                if (text.size() - at < 16) {
                    std::copy(p, text.data() + text.size(), tail);
                    p = tail;
                }
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
                const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
                __m128i any = _mm_setzero_si128();
                for (std::size_t f = 0; f < m_firstCount; ++f) {
                    const __m128i first = _mm_load_si128(reinterpret_cast<const __m128i*>(m_firsts[f].data()));
                    any = _mm_or_si128(any, _mm_cmpeq_epi8(m_firstIsLetter[f] ? folded : bytes, first));
                }
                // Not where an ASCII letter is glued before it, unless a region starts there.
                const __m128i shifted = _mm_add_epi8(folded, _mm_set1_epi8(static_cast<char>(128 - 'a')));
                const auto letters = static_cast<unsigned>(
                    _mm_movemask_epi8(_mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + 26)))));
                const unsigned glued = (letters << 1) | (at > 0 && CharClass::isAlpha(text[at - 1]) ? 1u : 0u);
                unsigned edges = 0;
                for (const std::size_t e : {edge0, edge1}) {
                    edges |= e >= at && e - at < 16 ? 1u << (e - at) : 0u;
                }
                auto bits = static_cast<unsigned>(_mm_movemask_epi8(any)) & (~glued | edges);
                if (to - at < 16) {
                    bits &= (1u << (to - at)) - 1;
                }
                for (; bits != 0; bits &= bits - 1) {
                    if (tryAt(at + static_cast<std::size_t>(std::countr_zero(bits)), before)) {
                        return;
                    }
                }
            }
            return;
        }
#endif
        for (std::size_t i = from; i < to; ++i) {
            if (m_starts[static_cast<unsigned char>(text[i])] != 0 && tryAt(i, before)) {
                return;
            }
        }
    };
    std::size_t from = begin;
    std::size_t to = end;
    for (const List list : {Context, Negative}) {
        if (wanted[list]) {
            from = std::min(from, regions[list].before);
            to = std::max(to, regions[list].after);
        }
    }
    walk(from, begin, true);
    if (!done()) {
        walk(end, to, false);
    }
    return out;
}

bool ContextWords::anyIn(List list, std::string_view hay) const
{
    bool letterBefore = false;
    for (std::size_t i = 0; i < hay.size(); ++i) {
        const auto c = static_cast<unsigned char>(hay[i]);
        if (!letterBefore) {
            for (std::uint32_t k = m_from[c]; k < m_from[c + 1]; ++k) {
                const Word& w = m_words[k];
                if (w.list == list && hay.substr(i, w.text.size()) == w.text
                    && (i + w.text.size() == hay.size() || !CharClass::isAlpha(hay[i + w.text.size()]))) {
                    return true;
                }
            }
        }
        letterBefore = CharClass::isAlpha(hay[i]);
    }
    return false;
}
