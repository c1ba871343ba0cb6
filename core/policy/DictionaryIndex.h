// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct PolicyDictionary;

/**
 * A policy dictionary ready for lookups: its salted SHA-256 hashes as sorted 32-byte digests, and a
 * hasher that starts from the salt already hashed (with the processor's SHA instructions where it
 * has them, Sha256Ni, else with one OpenSSL context). Built once when the policy is
 * read (a million terms take under half a second), so a scan never rebuilds it; a lookup goes to
 * the digests that share its first 16 bits, so the cost per word barely grows with the number of terms. Immutable and
 * thread-safe; Hasher is per thread.
 */
class DictionaryIndex
{
public:
    using Digest = std::array<std::uint8_t, 32>;

    /** Null when the dictionary's salt is not hex (the policy linter reports that). */
    static std::shared_ptr<const DictionaryIndex> build(const PolicyDictionary& dictionary);

    bool contains(const Digest& digest) const;
    std::size_t size() const { return m_digests.size(); }

    /** SHA-256(salt ‖ term), for one thread at a time. */
    class Hasher
    {
    public:
        explicit Hasher(const DictionaryIndex& index);
        ~Hasher();
        Hasher(const Hasher&) = delete;
        Hasher& operator=(const Hasher&) = delete;
        Digest digest(std::string_view term);
        /** out[i] = digest(terms[i]) for i < n; faster than one at a time with SHA instructions. */
        void digests(const std::string_view* terms, std::size_t n, Digest* out);

    private:
        struct Contexts;
        std::unique_ptr<Contexts> m_ctx;
    };

private:
    DictionaryIndex() = default;
    std::string m_salt;
    std::vector<Digest> m_digests; // sorted
    // m_digests[m_bucket[b] .. m_bucket[b + 1]) start with the 16 bits b: a lookup reads one
    // short range instead of binary-searching a million entries (a cache miss a step).
    std::vector<std::uint32_t> m_bucket;
    // A blocked Bloom filter over the digests (three bits in one 64-bit word each, 16 bits of
    // filter per term): most words are in no dictionary, and the filter, a fraction of the
    // digests' size, answers them with one memory access.
    std::vector<std::uint64_t> m_filter;
    std::uint32_t m_filterMask = 0; // words - 1
};
