// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/Signing.h"

#include "core/common/Crypto.h"
#include "core/common/Tr.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct BioDeleter
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using Bio = std::unique_ptr<BIO, BioDeleter>;

Error keyError()
{
    return Error{
        ErrorCode::InvalidData,
        SCRIM_TR_NOOP("CoreErrors", "The key is not an Ed25519 key in PEM form (as policy keygen writes it).")};
}

std::string bioText(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? std::string(data, static_cast<std::size_t>(n)) : std::string();
}

Pkey readKey(std::string_view pem, bool priv)
{
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio) {
        return nullptr;
    }
    Pkey key(priv ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                  : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (key && EVP_PKEY_id(key.get()) != EVP_PKEY_ED25519) {
        return nullptr;
    }
    return key;
}

std::string base64(const unsigned char* data, std::size_t n)
{
    std::string out(4 * ((n + 2) / 3) + 1, '\0');
    const int len = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(n));
    out.resize(static_cast<std::size_t>(std::max(len, 0)));
    return out;
}

bool unbase64(std::string_view text, std::string& out)
{
    std::string clean;
    for (const char c : text) {
        if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
            clean.push_back(c);
        }
    }
    if (clean.empty() || clean.size() % 4 != 0) {
        return false;
    }
    out.assign(clean.size() / 4 * 3, '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(clean.data()),
                                  static_cast<int>(clean.size()));
    if (n < 0) {
        return false;
    }
    std::size_t len = static_cast<std::size_t>(n);
    if (clean.size() >= 1 && clean.back() == '=') {
        --len;
    }
    if (clean.size() >= 2 && clean[clean.size() - 2] == '=') {
        --len;
    }
    out.resize(len);
    return true;
}

} // namespace

namespace Signing {

Result<KeyPair> generate()
{
    EVP_PKEY* raw = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                                    &EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1) {
        return Error{ErrorCode::Internal, SCRIM_TR_NOOP("CoreErrors", "OpenSSL could not create an Ed25519 key.")};
    }
    Pkey key(raw);
    Bio priv(BIO_new(BIO_s_mem()));
    Bio pub(BIO_new(BIO_s_mem()));
    if (!priv || !pub || PEM_write_bio_PrivateKey(priv.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_PUBKEY(pub.get(), key.get()) != 1) {
        return Error{ErrorCode::Internal, SCRIM_TR_NOOP("CoreErrors", "OpenSSL could not write the key in PEM form.")};
    }
    return KeyPair{bioText(priv.get()), bioText(pub.get())};
}

Result<std::string> sign(std::string_view data, std::string_view privatePem)
{
    Pkey key = readKey(privatePem, true);
    if (!key) {
        return keyError();
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> md(EVP_MD_CTX_new());
    unsigned char sig[64];
    std::size_t len = sizeof sig;
    if (!md || EVP_DigestSignInit(md.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(md.get(), sig, &len, reinterpret_cast<const unsigned char*>(data.data()), data.size()) != 1
        || len != sizeof sig) {
        return Error{ErrorCode::Internal, SCRIM_TR_NOOP("CoreErrors", "OpenSSL could not sign the policy.")};
    }
    return base64(sig, len);
}

Result<bool> verify(std::string_view data, std::string_view signatureBase64, std::string_view publicPem)
{
    Pkey key = readKey(publicPem, false);
    if (!key) {
        return keyError();
    }
    std::string sig;
    if (!unbase64(signatureBase64, sig) || sig.size() != 64) {
        return Error{
            ErrorCode::InvalidData,
            SCRIM_TR_NOOP("CoreErrors", "The signature file does not hold the base64 of a 64-byte Ed25519 signature.")};
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> md(EVP_MD_CTX_new());
    if (!md || EVP_DigestVerifyInit(md.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        return Error{ErrorCode::Internal, SCRIM_TR_NOOP("CoreErrors", "OpenSSL could not check the signature.")};
    }
    const int rc = EVP_DigestVerify(md.get(),
                                    reinterpret_cast<const unsigned char*>(sig.data()),
                                    sig.size(),
                                    reinterpret_cast<const unsigned char*>(data.data()),
                                    data.size());
    return rc == 1;
}

Result<std::string> fingerprint(std::string_view publicPem)
{
    Pkey key = readKey(publicPem, false);
    if (!key) {
        return keyError();
    }
    unsigned char raw[32];
    std::size_t len = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(key.get(), raw, &len) != 1 || len != sizeof raw) {
        return keyError();
    }
    return Crypto::sha256Hex(std::string_view(reinterpret_cast<const char*>(raw), len)).substr(0, 16);
}

} // namespace Signing
