// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Sha256Ni.h"

#include "core/common/Crypto.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SCRIM_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace {

constexpr std::uint32_t kInitial[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#if SCRIM_SHA_NI

alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// N independent one-block compressions into state[0..N) (h0..h7 each), their rounds interleaved:
// each sha256rnds2 waits for the one before in its own chain, so N chains keep the unit busy N
// times as long per wait. The SHA instructions keep a state as two vectors, ABEF and CDGH; each
// sha256rnds2 does two rounds, so four rounds take two calls, the second with the upper half of
// the round inputs. The message schedule for words 16..63 is sha256msg1 (adds sigma0 of the next
// group), plus the words seven back (alignr), then sha256msg2 (adds sigma1 of the two before).
template <int N>
__attribute__((target("sha,sse4.1,ssse3"))) void compressLanes(std::uint32_t (*state)[8],
                                                               const unsigned char* const* data)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i abef[N];
    __m128i cdgh[N];
    __m128i abefSaved[N];
    __m128i cdghSaved[N];
    __m128i w[N][4];
    for (int l = 0; l < N; ++l) {
        const __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state[l]));
        const __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state[l] + 4));
        const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
        const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
        abef[l] = abefSaved[l] = _mm_alignr_epi8(cdab, efgh, 8);
        cdgh[l] = cdghSaved[l] = _mm_blend_epi16(efgh, cdab, 0xF0);
    }
#pragma GCC unroll 16
    for (int i = 0; i < 16; ++i) {
        const __m128i kr = _mm_load_si128(reinterpret_cast<const __m128i*>(kRound + 4 * i));
#pragma GCC unroll 4
        for (int l = 0; l < N; ++l) {
            __m128i m;
            if (i < 4) {
                m = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data[l] + 16 * i)), byteSwap);
            } else {
                __m128i t = _mm_sha256msg1_epu32(w[l][i & 3], w[l][(i + 1) & 3]);
                t = _mm_add_epi32(t, _mm_alignr_epi8(w[l][(i + 3) & 3], w[l][(i + 2) & 3], 4));
                m = _mm_sha256msg2_epu32(t, w[l][(i + 3) & 3]);
            }
            w[l][i & 3] = m;
            __m128i k = _mm_add_epi32(m, kr);
            cdgh[l] = _mm_sha256rnds2_epu32(cdgh[l], abef[l], k);
            k = _mm_shuffle_epi32(k, 0x0E);
            abef[l] = _mm_sha256rnds2_epu32(abef[l], cdgh[l], k);
        }
    }
    for (int l = 0; l < N; ++l) {
        const __m128i feba = _mm_shuffle_epi32(_mm_add_epi32(abef[l], abefSaved[l]), 0x1B);
        const __m128i dchg = _mm_shuffle_epi32(_mm_add_epi32(cdgh[l], cdghSaved[l]), 0xB1);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(state[l]), _mm_blend_epi16(feba, dchg, 0xF0));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(state[l] + 4), _mm_alignr_epi8(dchg, feba, 8));
    }
}

// Compresses `blocks` 64-byte blocks into `state`, one after the other.
void compress(std::uint32_t state[8], const unsigned char* data, std::size_t blocks)
{
    auto* one = reinterpret_cast<std::uint32_t(*)[8]>(state);
    for (; blocks > 0; --blocks, data += 64) {
        compressLanes<1>(one, &data);
    }
}

#endif

} // namespace

bool Sha256Ni::available()
{
#if SCRIM_SHA_NI
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (__get_cpuid(1, &a, &b, &c, &d) == 0 || (c & bit_SSE4_1) == 0 || (c & bit_SSSE3) == 0) {
            return false;
        }
        if (__get_cpuid_count(7, 0, &a, &b, &c, &d) == 0) {
            return false;
        }
        return (b & bit_SHA) != 0;
    }();
    return has;
#else
    return false;
#endif
}

Sha256Ni::Sha256Ni(std::string_view prefix)
{
    std::memcpy(m_state, kInitial, sizeof m_state);
    const std::size_t whole = prefix.size() / 64;
#if SCRIM_SHA_NI
    compress(m_state, reinterpret_cast<const unsigned char*>(prefix.data()), whole);
#endif
    m_blocked = whole * 64;
    m_rest.assign(prefix.substr(whole * 64));
}

namespace {

Sha256Ni::Digest bigEndian(const std::uint32_t state[8])
{
    Sha256Ni::Digest out;
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = static_cast<std::uint8_t>(state[i] >> 24);
        out[4 * i + 1] = static_cast<std::uint8_t>(state[i] >> 16);
        out[4 * i + 2] = static_cast<std::uint8_t>(state[i] >> 8);
        out[4 * i + 3] = static_cast<std::uint8_t>(state[i]);
    }
    return out;
}

} // namespace

std::size_t Sha256Ni::prepare(std::string_view message, std::uint32_t state[8], unsigned char tail[128]) const
{
    std::memcpy(state, m_state, sizeof m_state);
    const std::uint64_t total = m_blocked + m_rest.size() + message.size();
    // The prefix's rest, the message and the padding: whole blocks of the message are compressed
    // from where they stand; the last one or two blocks are assembled in `tail`.
    std::size_t used = m_rest.size();
    std::memcpy(tail, m_rest.data(), used);
    std::size_t from = 0;
#if SCRIM_SHA_NI
    if (used + message.size() >= 64) {
        from = 64 - used;
        std::memcpy(tail + used, message.data(), from);
        compress(state, tail, 1);
        const std::size_t whole = (message.size() - from) / 64;
        compress(state, reinterpret_cast<const unsigned char*>(message.data()) + from, whole);
        from += whole * 64;
        used = 0;
    }
#endif
    const std::size_t left = message.size() - from;
    if (left > 0) { // an empty view's data() may be null
        std::memcpy(tail + used, message.data() + from, left);
    }
    used += left;
    tail[used++] = 0x80;
    const std::size_t blocks = used + 8 <= 64 ? 1 : 2;
    std::memset(tail + used, 0, blocks * 64 - 8 - used);
    const std::uint64_t bits = __builtin_bswap64(total * 8);
    std::memcpy(tail + blocks * 64 - 8, &bits, 8);
    return blocks;
}

Sha256Ni::Digest Sha256Ni::digest(std::string_view message) const
{
    std::uint32_t state[8];
    alignas(16) unsigned char tail[128];
    [[maybe_unused]] const std::size_t blocks = prepare(message, state, tail);
#if SCRIM_SHA_NI
    compress(state, tail, blocks);
#endif
    return bigEndian(state);
}

void Sha256Ni::digests(const std::string_view* messages, std::size_t n, Digest* out) const
{
    constexpr std::size_t kLanes = 3;
    for (std::size_t at = 0; at < n; at += kLanes) {
        const std::size_t lanes = std::min(kLanes, n - at);
        std::uint32_t state[kLanes][8];
        alignas(16) unsigned char tail[kLanes][128];
        const unsigned char* data[kLanes];
        bool oneBlock = true;
        std::size_t blocks[kLanes];
        for (std::size_t l = 0; l < lanes; ++l) {
            blocks[l] = prepare(messages[at + l], state[l], tail[l]);
            oneBlock = oneBlock && blocks[l] == 1;
            data[l] = tail[l];
        }
#if SCRIM_SHA_NI
        if (oneBlock && lanes == 3) {
            compressLanes<3>(state, data);
        } else if (oneBlock && lanes == 2) {
            compressLanes<2>(state, data);
        } else {
            for (std::size_t l = 0; l < lanes; ++l) {
                compress(state[l], tail[l], blocks[l]);
            }
        }
#endif
        for (std::size_t l = 0; l < lanes; ++l) {
            out[at + l] = bigEndian(state[l]);
        }
    }
}

void Sha256Ni::wipe()
{
    OPENSSL_cleanse(m_state, sizeof m_state);
    Crypto::wipe(m_rest);
    m_blocked = 0;
}
