// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/DictionaryIndex.h"

#include "core/common/Crypto.h"
#include "core/policy/Policy.h"

#include <openssl/evp.h>

#include <algorithm>

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
    return index;
}

bool DictionaryIndex::contains(const Digest& digest) const
{
    return std::binary_search(m_digests.begin(), m_digests.end(), digest);
}

struct DictionaryIndex::Hasher::Contexts
{
    EVP_MD_CTX* salted = nullptr; // SHA-256 with the salt fed in
    EVP_MD_CTX* work = nullptr;
};

DictionaryIndex::Hasher::Hasher(const DictionaryIndex& index)
    : m_ctx(std::make_unique<Contexts>())
{
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
    Digest d{};
    unsigned int len = 0;
    EVP_MD_CTX_copy_ex(m_ctx->work, m_ctx->salted);
    EVP_DigestUpdate(m_ctx->work, term.data(), term.size());
    EVP_DigestFinal_ex(m_ctx->work, d.data(), &len);
    return d;
}
