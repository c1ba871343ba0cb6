// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/**
 * UTF-8 helpers for the core. Text enters the core as UTF-8 and spans are byte offsets; these
 * functions convert to code points (the benchmark and JSON output) and find invalid bytes.
 * All functions are pure and thread-safe.
 */
namespace Utf8 {

/** Number of code points in `text` (every byte that is not a continuation byte counts one). */
std::size_t codePointCount(std::string_view text);

/**
 * The UTF-16 positions (QString indices) of byte offsets into valid UTF-8 `text`, in one pass: the
 * one place where the core's byte spans become the editor's positions. `byteOffsets` need not be
 * sorted; each is at most text.size(). A four-byte sequence counts two UTF-16 units. Returns one
 * position per offset, in the order given.
 */
std::vector<std::size_t> utf16Positions(std::string_view text, const std::vector<std::size_t>& byteOffsets);

/**
 * Streaming validator: feed consecutive pieces of one byte stream; sequences split across pieces
 * are handled. `onInvalid(offset)` is called with the absolute offset of every byte that is not
 * part of a well-formed sequence (overlong forms, surrogates and values above U+10FFFF included).
 */
class Validator
{
public:
    template <typename F>
    void feed(std::string_view piece, F&& onInvalid);
    /** Ends the stream: an unfinished sequence at the end is reported as invalid. */
    template <typename F>
    void finish(F&& onInvalid);

private:
    std::uint64_t m_offset = 0;   // absolute offset of the next byte to be fed
    std::uint64_t m_seqStart = 0; // absolute offset of the pending sequence's lead byte
    int m_need = 0;               // continuation bytes still expected
    int m_seen = 0;               // bytes of the pending sequence seen so far
    unsigned char m_lo = 0x80;    // allowed range of the next continuation byte
    unsigned char m_hi = 0xBF;
};

/** Tracks 1-based line and column (in code points) and the code point offset through a stream. */
class PositionTracker
{
public:
    struct Position
    {
        std::uint64_t line = 1;
        std::uint64_t column = 1;
        std::uint64_t codePoint = 0;
    };
    /** Advances over `bytes`, which must be the next bytes of the stream. */
    void advance(std::string_view bytes);
    Position position() const { return m_pos; }

private:
    Position m_pos;
};

// ---- implementation of the templates ----

template <typename F>
void Validator::feed(std::string_view piece, F&& onInvalid)
{
    const auto* p = reinterpret_cast<const unsigned char*>(piece.data());
    const std::size_t n = piece.size();
    std::size_t i = 0;
    while (i < n) {
        if (m_need == 0) {
            // Fast path: runs of ASCII, 32 bytes at a time, then eight.
#if defined(__SSE2__)
            while (i + 32 <= n) {
                const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
                const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 16));
                if (_mm_movemask_epi8(_mm_or_si128(a, b)) != 0) {
                    break;
                }
                i += 32;
            }
#endif
            while (i + 8 <= n) {
                std::uint64_t word;
                std::memcpy(&word, p + i, 8);
                if ((word & 0x8080808080808080ull) != 0) {
                    break;
                }
                i += 8;
            }
            while (i < n && p[i] < 0x80) {
                ++i;
            }
            if (i >= n) {
                break;
            }
            const unsigned char c = p[i];
            m_seqStart = m_offset + i;
            m_seen = 1;
            m_lo = 0x80;
            m_hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                m_need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                m_need = 2;
                if (c == 0xE0) {
                    m_lo = 0xA0;
                } else if (c == 0xED) {
                    m_hi = 0x9F; // no surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                m_need = 3;
                if (c == 0xF0) {
                    m_lo = 0x90;
                } else if (c == 0xF4) {
                    m_hi = 0x8F;
                }
            } else {
                onInvalid(m_seqStart);
            }
            ++i;
            continue;
        }
        const unsigned char c = p[i];
        if (c < m_lo || c > m_hi) {
            // The pending sequence is broken: every byte of it so far is invalid; re-examine c.
            for (int k = 0; k < m_seen; ++k) {
                onInvalid(m_seqStart + static_cast<std::uint64_t>(k));
            }
            m_need = 0;
            continue;
        }
        m_lo = 0x80;
        m_hi = 0xBF;
        ++m_seen;
        --m_need;
        ++i;
    }
    m_offset += n;
}

template <typename F>
void Validator::finish(F&& onInvalid)
{
    if (m_need > 0) {
        for (int k = 0; k < m_seen; ++k) {
            onInvalid(m_seqStart + static_cast<std::uint64_t>(k));
        }
        m_need = 0;
    }
}

} // namespace Utf8
