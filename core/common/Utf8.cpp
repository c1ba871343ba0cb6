// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Utf8.h"

#include <algorithm>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace Utf8 {

namespace {

struct Counts
{
    std::size_t codePoints = 0;
    std::size_t lineBreaks = 0;
};

// Code points and line feeds of `text` in one pass. The stream scanner runs this over every byte
// it reads, a few hundred bytes at a time (between two findings); the compiler's own vector code
// for a byte loop widens every byte to a 64-bit sum.
template <bool kLines>
Counts count(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    Counts c;
    std::size_t i = 0;
#if defined(__SSE2__) && defined(__x86_64__)
    // Per-byte tallies (a compare's all-ones byte subtracted adds one), summed every 255 blocks,
    // before a tally can wrap.
    const __m128i top = _mm_set1_epi8(static_cast<char>(0xC0));
    const __m128i continuation = _mm_set1_epi8(static_cast<char>(0x80));
    const __m128i lineFeed = _mm_set1_epi8('\n');
    const __m128i zero = _mm_setzero_si128();
    std::size_t continuations = 0;
    const auto sum = [&zero](__m128i tally) {
        const __m128i s = _mm_sad_epu8(tally, zero);
        return static_cast<std::size_t>(_mm_cvtsi128_si64(s))
               + static_cast<std::size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(s, s)));
    };
    while (i + 16 <= n) {
        const std::size_t blocks = std::min<std::size_t>((n - i) / 16, 255);
        __m128i cont = zero;
        __m128i lf = zero;
        for (std::size_t k = 0; k < blocks; ++k, i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
            cont = _mm_sub_epi8(cont, _mm_cmpeq_epi8(_mm_and_si128(v, top), continuation));
            if constexpr (kLines) {
                lf = _mm_sub_epi8(lf, _mm_cmpeq_epi8(v, lineFeed));
            }
        }
        continuations += sum(cont);
        if constexpr (kLines) {
            c.lineBreaks += sum(lf);
        }
    }
    c.codePoints = i - continuations;
#endif
    for (; i < n; ++i) {
        c.codePoints += (p[i] & 0xC0) != 0x80;
        if constexpr (kLines) {
            c.lineBreaks += p[i] == '\n';
        }
    }
    return c;
}

} // namespace

std::size_t codePointCount(std::string_view text)
{
    return count<false>(text).codePoints;
}

std::vector<std::size_t> utf16Positions(std::string_view text, const std::vector<std::size_t>& byteOffsets)
{
    std::vector<std::size_t> order(byteOffsets.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return byteOffsets[a] < byteOffsets[b]; });
    std::vector<std::size_t> out(byteOffsets.size());
    std::size_t byte = 0;
    std::size_t units = 0;
    for (const std::size_t i : order) {
        const std::size_t target = std::min(byteOffsets[i], text.size());
        for (; byte < target; ++byte) {
            const auto c = static_cast<unsigned char>(text[byte]);
            if ((c & 0xC0) != 0x80) {
                units += c >= 0xF0 ? 2 : 1; // a four-byte sequence is a surrogate pair in UTF-16
            }
        }
        out[i] = units;
    }
    return out;
}

void PositionTracker::advance(std::string_view bytes)
{
    // This runs over every byte that streams through the scanner: one counting pass (above), not
    // a branch per byte.
    const Counts c = count<true>(bytes);
    const std::size_t cps = c.codePoints;
    const auto lines = static_cast<std::uint64_t>(c.lineBreaks);
    m_pos.codePoint += cps;
    if (lines == 0) {
        m_pos.column += cps;
        return;
    }
    m_pos.line += lines;
    const std::size_t lastNewline = bytes.rfind('\n');
    m_pos.column = 1 + codePointCount(bytes.substr(lastNewline + 1));
}

} // namespace Utf8
