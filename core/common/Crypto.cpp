// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Crypto.h"

#include "core/common/Sha256Ni.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>

namespace Crypto {

std::string toHex(std::string_view bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 0x0F]);
    }
    return out;
}

bool fromHex(std::string_view hex, std::string& out)
{
    if (hex.size() % 2 != 0) {
        return false;
    }
    out.clear();
    const auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    };
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int hi = nibble(hex[i]);
        const int lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0) {
            return false;
        }
        out.push_back(static_cast<char>(hi * 16 + lo));
    }
    return true;
}

namespace {

// HMAC-SHA-256 (RFC 2104) over the processor's SHA instructions: H((K0 ^ opad) ‖ H((K0 ^ ipad) ‖ m)),
// K0 the key (hashed first when longer than a block) padded with zeros to 64 bytes. OpenSSL 3's
// one-call HMAC() looks up its MAC and digest implementations on every call, which cost the
// anonymizer several microseconds per value (bench/README.md); the key pads are a block each.
void hmacSha256Ni(std::string_view key, std::string_view data, unsigned char out[32])
{
    std::array<char, 64> k0{}; // on the stack: the anonymizer calls this for every value it replaces
    if (key.size() > 64) {
        const auto d = Sha256Ni({}).digest(key);
        std::copy(d.begin(), d.end(), k0.begin());
    } else {
        std::copy(key.begin(), key.end(), k0.begin());
    }
    std::array<char, 64> pad{};
    const auto padded = [&](unsigned char with) {
        for (std::size_t i = 0; i < 64; ++i) {
            pad[i] = static_cast<char>(k0[i] ^ with);
        }
        return std::string_view(pad.data(), pad.size());
    };
    Sha256Ni inner(padded(0x36));
    auto innerDigest = inner.digest(data);
    Sha256Ni outer(padded(0x5c));
    const auto d =
        outer.digest(std::string_view(reinterpret_cast<const char*>(innerDigest.data()), innerDigest.size()));
    std::copy(d.begin(), d.end(), out);
    inner.wipe();
    outer.wipe();
    OPENSSL_cleanse(innerDigest.data(), innerDigest.size());
    OPENSSL_cleanse(k0.data(), k0.size());
    OPENSSL_cleanse(pad.data(), pad.size());
}

} // namespace

std::string hmacSha256Hex(std::string_view key, std::string_view data, std::size_t hexChars)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 32;
    if (Sha256Ni::available()) {
        hmacSha256Ni(key, data, md);
    } else {
        HMAC(EVP_sha256(),
             key.data(),
             static_cast<int>(key.size()),
             reinterpret_cast<const unsigned char*>(data.data()),
             data.size(),
             md,
             &len);
    }
    std::string hex = toHex(std::string_view(reinterpret_cast<const char*>(md), len));
    hex.resize(std::min(hexChars, hex.size()));
    return hex;
}

std::string sha256Hex(std::string_view a, std::string_view b)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    EVP_DigestUpdate(ctx, a.data(), a.size());
    EVP_DigestUpdate(ctx, b.data(), b.size());
    EVP_DigestFinal_ex(ctx, md, &len);
    EVP_MD_CTX_free(ctx);
    return toHex(std::string_view(reinterpret_cast<const char*>(md), len));
}

std::string randomBytes(std::size_t n)
{
    std::string out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(n)) != 1) {
        return {};
    }
    return out;
}

void wipe(std::string& s)
{
    OPENSSL_cleanse(s.data(), s.size());
    s.clear();
}

} // namespace Crypto
