// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/DictionaryIndex.h"

#include "core/common/Crypto.h"
#include "core/common/Sha256Ni.h"
#include "core/policy/Policy.h"

#include <openssl/evp.h>

#include <algorithm>
#include <optional>

namespace {

// The Bloom filter is blocked: a digest's bits all lie in one 64-bit word (digest bytes 2-5 pick
// it; bytes 0-1 pick the bucket), three bits of it (bytes 6, 7, 8), so a lookup in the filter of a
// million terms (2 MiB, beyond the fast caches) waits on one memory access, not one per bit.
std::size_t filterWord(const DictionaryIndex::Digest& d, std::uint32_t wordMask)
{
    return ((std::uint32_t{d[2]} << 24) | (std::uint32_t{d[3]} << 16) | (std::uint32_t{d[4]} << 8)
            | std::uint32_t{d[5]})
           & wordMask;
}

std::uint64_t filterBits(const DictionaryIndex::Digest& d)
{
    return (std::uint64_t{1} << (d[6] & 63)) | (std::uint64_t{1} << (d[7] & 63)) | (std::uint64_t{1} << (d[8] & 63));
}

} // namespace

std::shared_ptr<const DictionaryIndex> DictionaryIndex::build(const PolicyDictionary& dictionary)
{
    std::shared_ptr<DictionaryIndex> index(new DictionaryIndex());
    if (!Crypto::fromHex(dictionary.saltHex, index->m_salt)) {
        return nullptr;
    }
    index->m_digests.reserve(dictionary.hashes.size());
    std::string raw;
    for (const auto& h : dictionary.hashes) {
        if (!Crypto::fromHex(h, raw) || raw.size() != 32) {
            continue; // the parser admits only 64 hex characters; a hand-built policy may not
        }
        Digest d;
        std::copy(raw.begin(), raw.end(), d.begin());
        index->m_digests.push_back(d);
    }
    std::sort(index->m_digests.begin(), index->m_digests.end());
    index->m_digests.erase(std::unique(index->m_digests.begin(), index->m_digests.end()), index->m_digests.end());
    std::size_t bits = 1u << 16;
    while (bits < 16 * index->m_digests.size() && bits < (1u << 31)) {
        bits <<= 1;
    }
    index->m_filter.assign(bits / 64, 0);
    index->m_filterMask = static_cast<std::uint32_t>(bits / 64 - 1);
    for (const auto& d : index->m_digests) {
        index->m_filter[filterWord(d, index->m_filterMask)] |= filterBits(d);
    }
    index->m_bucket.assign(65537, 0);
    for (const auto& d : index->m_digests) {
        ++index->m_bucket[((std::size_t{d[0]} << 8) | d[1]) + 1];
    }
    for (std::size_t b = 1; b < index->m_bucket.size(); ++b) {
        index->m_bucket[b] += index->m_bucket[b - 1];
    }
    return index;
}

bool DictionaryIndex::contains(const Digest& digest) const
{
    const std::uint64_t bits = filterBits(digest);
    if ((m_filter[filterWord(digest, m_filterMask)] & bits) != bits) {
        return false;
    }
    const std::size_t b = (std::size_t{digest[0]} << 8) | digest[1];
    const auto first = m_digests.begin() + m_bucket[b];
    const auto last = m_digests.begin() + m_bucket[b + 1];
    return std::binary_search(first, last, digest);
}

struct DictionaryIndex::Hasher::Contexts
{
    std::optional<Sha256Ni> hardware; // where the processor has SHA instructions
    EVP_MD_CTX* salted = nullptr;     // else OpenSSL: SHA-256 with the salt fed in
    EVP_MD_CTX* work = nullptr;
};

DictionaryIndex::Hasher::Hasher(const DictionaryIndex& index)
    : m_ctx(std::make_unique<Contexts>())
{
    if (Sha256Ni::available()) {
        m_ctx->hardware.emplace(index.m_salt);
        return;
    }
    m_ctx->salted = EVP_MD_CTX_new();
    m_ctx->work = EVP_MD_CTX_new();
    EVP_DigestInit_ex(m_ctx->salted, EVP_sha256(), nullptr);
    EVP_DigestUpdate(m_ctx->salted, index.m_salt.data(), index.m_salt.size());
}

DictionaryIndex::Hasher::~Hasher()
{
    EVP_MD_CTX_free(m_ctx->salted);
    EVP_MD_CTX_free(m_ctx->work);
}

DictionaryIndex::Digest DictionaryIndex::Hasher::digest(std::string_view term)
{
    if (m_ctx->hardware) {
        return m_ctx->hardware->digest(term);
    }
    Digest d{};
    unsigned int len = 0;
    EVP_MD_CTX_copy_ex(m_ctx->work, m_ctx->salted);
    EVP_DigestUpdate(m_ctx->work, term.data(), term.size());
    EVP_DigestFinal_ex(m_ctx->work, d.data(), &len);
    return d;
}

void DictionaryIndex::Hasher::digests(const std::string_view* terms, std::size_t n, Digest* out)
{
    if (m_ctx->hardware) {
        m_ctx->hardware->digests(terms, n, out);
        return;
    }
    for (std::size_t i = 0; i < n; ++i) {
        out[i] = digest(terms[i]);
    }
}
