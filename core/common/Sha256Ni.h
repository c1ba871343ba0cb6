// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

/**
 * SHA-256 of a fixed prefix followed by a short message, computed with the processor's SHA
 * instructions (x86-64 SHA extensions) where it has them. Made for policy dictionaries: a scan
 * hashes every run of up to three words as SHA-256(salt ‖ words), millions of digests per text,
 * and OpenSSL's EVP interface spends about twice as long on setting up and finishing each digest
 * as on the one block of compression it needs (bench/README.md).
 *
 * available() says whether the instructions are there; without them callers use OpenSSL. The
 * result is plain SHA-256 (FIPS 180-4); a test compares it with OpenSSL's on random input.
 * Immutable after construction, so one instance may serve several threads.
 */
class Sha256Ni
{
public:
    using Digest = std::array<std::uint8_t, 32>;

    /** True when this processor has the SHA extensions (and SSE4.1, which the code also uses). */
    static bool available();

    /** The prefix's whole 64-byte blocks are compressed here, once. Call only if available(). */
    explicit Sha256Ni(std::string_view prefix);

    /** SHA-256(prefix ‖ message). */
    Digest digest(std::string_view message) const;
    /** out[i] = SHA-256(prefix ‖ messages[i]) for i < n: short messages are hashed three at a
     *  time, their rounds interleaved, which takes little longer than one alone. */
    void digests(const std::string_view* messages, std::size_t n, Digest* out) const;

    /** Overwrites what the prefix left in this object (for a prefix derived from a key). */
    void wipe();

private:
    // The state after the prefix and the message's whole blocks, and the padded last block or two
    // in `tail`; returns how many.
    std::size_t prepare(std::string_view message, std::uint32_t state[8], unsigned char tail[128]) const;

    std::uint32_t m_state[8];    // after the prefix's whole blocks
    std::string m_rest;          // the prefix's bytes after its whole blocks (< 64)
    std::uint64_t m_blocked = 0; // bytes in those whole blocks
};
