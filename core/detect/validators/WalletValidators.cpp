// SPDX-License-Identifier: GPL-3.0-or-later
// Cryptocurrency addresses: Bitcoin (base58check, bech32/bech32m) and Ethereum (EIP-55).
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <openssl/evp.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

using namespace CharClass;

namespace {

bool sha256(const unsigned char* data, std::size_t size, unsigned char out[32])
{
    unsigned int len = 0;
    return EVP_Digest(data, size, out, &len, EVP_sha256(), nullptr) == 1 && len == 32;
}

// Base58 (Bitcoin alphabet) to bytes; false on a character outside the alphabet.
bool base58Decode(std::string_view in, std::vector<unsigned char>& out)
{
    static constexpr std::string_view alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    std::vector<unsigned char> num; // big-endian base-256
    for (const char c : in) {
        const auto digit = alphabet.find(c);
        if (digit == std::string_view::npos) {
            return false;
        }
        int carry = static_cast<int>(digit);
        for (auto it = num.rbegin(); it != num.rend(); ++it) {
            carry += 58 * (*it);
            *it = static_cast<unsigned char>(carry & 0xFF);
            carry >>= 8;
        }
        while (carry > 0) {
            num.insert(num.begin(), static_cast<unsigned char>(carry & 0xFF));
            carry >>= 8;
        }
    }
    std::size_t zeros = 0;
    while (zeros < in.size() && in[zeros] == '1') {
        ++zeros;
    }
    out.assign(zeros, 0);
    out.insert(out.end(), num.begin(), num.end());
    return true;
}

// Legacy (P2PKH, "1…") and script (P2SH, "3…") addresses: 25 bytes whose last four are the
// double SHA-256 checksum of the first 21.
bool base58CheckValidator(Candidate& cand)
{
    std::vector<unsigned char> bytes;
    if (!base58Decode(cand.value(), bytes) || bytes.size() != 25 || (bytes[0] != 0x00 && bytes[0] != 0x05)) {
        return false;
    }
    unsigned char h1[32];
    unsigned char h2[32];
    if (!sha256(bytes.data(), 21, h1) || !sha256(h1, 32, h2)) {
        return false;
    }
    return std::equal(h2, h2 + 4, bytes.begin() + 21);
}

std::uint32_t bech32Polymod(const std::vector<int>& values)
{
    static constexpr std::array<std::uint32_t, 5> gen{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    std::uint32_t chk = 1;
    for (const int v : values) {
        const std::uint32_t top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ static_cast<std::uint32_t>(v);
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1) {
                chk ^= gen[static_cast<std::size_t>(i)];
            }
        }
    }
    return chk;
}

// Segwit addresses (BIP 173 bech32 for version 0, BIP 350 bech32m for later versions; the
// program's length as BIP 141 allows it).
bool bech32Validator(Candidate& cand)
{
    static constexpr std::string_view charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    const std::string_view v = cand.value();
    bool lower = false;
    bool upper = false;
    for (const char c : v) {
        lower = lower || isLower(c);
        upper = upper || isUpper(c);
    }
    if (lower && upper) {
        return false; // mixed case is invalid bech32
    }
    const auto sep = v.rfind('1');
    if (sep == std::string_view::npos || sep == 0 || v.size() - sep - 1 < 6 || v.size() > 90) {
        return false;
    }
    std::vector<int> values;
    for (const char c : v.substr(0, sep)) {
        values.push_back(toLower(c) >> 5);
    }
    values.push_back(0);
    for (const char c : v.substr(0, sep)) {
        values.push_back(toLower(c) & 31);
    }
    std::vector<int> data;
    for (const char c : v.substr(sep + 1)) {
        const auto d = charset.find(toLower(c));
        if (d == std::string_view::npos) {
            return false;
        }
        data.push_back(static_cast<int>(d));
    }
    if (data.size() < 7) {
        return false; // a witness version and the six characters of the checksum at the least
    }
    // The witness program: the 5-bit groups between the version and the checksum, read as bytes,
    // with at most four bits of padding, all zero; 2 to 40 bytes, and 20 or 32 for version 0.
    const std::size_t bits = (data.size() - 7) * 5;
    const std::size_t pad = bits % 8;
    if (pad > 4 || (pad > 0 && (data[data.size() - 7] & ((1 << pad) - 1)) != 0)) {
        return false;
    }
    const std::size_t program = bits / 8;
    const int witnessVersion = data.front();
    if (program < 2 || program > 40 || (witnessVersion == 0 && program != 20 && program != 32)) {
        return false;
    }
    values.insert(values.end(), data.begin(), data.end());
    const std::uint32_t pm = bech32Polymod(values);
    return (witnessVersion == 0 && pm == 1) || (witnessVersion > 0 && witnessVersion <= 16 && pm == 0x2bc830a3);
}

// Keccak-256 (the pre-standard SHA-3 padding Ethereum uses), for the EIP-55 checksum.
void keccak256(std::string_view in, unsigned char out[32])
{
    static constexpr std::array<std::uint64_t, 24> rc{
        0x0000000000000001ull, 0x0000000000008082ull, 0x800000000000808aull, 0x8000000080008000ull,
        0x000000000000808bull, 0x0000000080000001ull, 0x8000000080008081ull, 0x8000000000008009ull,
        0x000000000000008aull, 0x0000000000000088ull, 0x0000000080008009ull, 0x000000008000000aull,
        0x000000008000808bull, 0x800000000000008bull, 0x8000000000008089ull, 0x8000000000008003ull,
        0x8000000000008002ull, 0x8000000000000080ull, 0x000000000000800aull, 0x800000008000000aull,
        0x8000000080008081ull, 0x8000000000008080ull, 0x0000000080000001ull, 0x8000000080008008ull};
    static constexpr std::array<int, 25> rot{0,  1,  62, 28, 27, 36, 44, 6,  55, 20, 3,  10, 43,
                                             25, 39, 41, 45, 15, 21, 8,  18, 2,  61, 56, 14};
    const auto rotl = [](std::uint64_t x, int n) { return n == 0 ? x : (x << n) | (x >> (64 - n)); };
    std::array<std::uint64_t, 25> st{};
    constexpr std::size_t rate = 136;
    std::string block(in);
    block.push_back('\x01');
    while (block.size() % rate != 0) {
        block.push_back('\0');
    }
    block.back() = static_cast<char>(static_cast<unsigned char>(block.back()) | 0x80);
    for (std::size_t off = 0; off < block.size(); off += rate) {
        for (std::size_t i = 0; i < rate / 8; ++i) {
            std::uint64_t lane = 0;
            for (int b = 7; b >= 0; --b) {
                lane = (lane << 8) | static_cast<unsigned char>(block[off + i * 8 + static_cast<std::size_t>(b)]);
            }
            st[i] ^= lane;
        }
        for (const std::uint64_t roundConstant : rc) {
            std::array<std::uint64_t, 5> c{};
            for (int x = 0; x < 5; ++x) {
                c[x] = st[x] ^ st[x + 5] ^ st[x + 10] ^ st[x + 15] ^ st[x + 20];
            }
            for (int x = 0; x < 5; ++x) {
                const std::uint64_t d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    st[y + x] ^= d;
                }
            }
            std::array<std::uint64_t, 25> b{};
            for (int x = 0; x < 5; ++x) {
                for (int y = 0; y < 5; ++y) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(st[x + 5 * y], rot[x + 5 * y]);
                }
            }
            for (int x = 0; x < 5; ++x) {
                for (int y = 0; y < 25; y += 5) {
                    st[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                }
            }
            st[0] ^= roundConstant;
        }
    }
    for (std::size_t i = 0; i < 32; ++i) {
        out[i] = static_cast<unsigned char>(st[i / 8] >> (8 * (i % 8)));
    }
}

// "0x" and 40 hex digits. Mixed case carries the EIP-55 checksum, which must then be right; an
// address in one case has none, and the rule asks for context words instead.
bool ethereumValidator(Candidate& cand)
{
    const std::string_view hex = cand.value().substr(2);
    bool lower = false;
    bool upper = false;
    std::string lowered;
    for (const char c : hex) {
        lower = lower || isLower(c);
        upper = upper || isUpper(c);
        lowered.push_back(toLower(c));
    }
    if (lowered.find_first_not_of('0') == std::string::npos) {
        return false; // the zero address
    }
    if (!(lower && upper)) {
        return true;
    }
    unsigned char h[32];
    keccak256(lowered, h);
    for (std::size_t i = 0; i < 40; ++i) {
        const int nibble = (i % 2 == 0) ? (h[i / 2] >> 4) : (h[i / 2] & 0x0F);
        if (isAlpha(hex[i]) && (nibble >= 8) != isUpper(hex[i])) {
            return false;
        }
    }
    cand.scoreDelta = 0.3; // a valid checksum is strong evidence
    return true;
}

constexpr std::array<NamedValidator, 3> validators{{
    {"base58check", &base58CheckValidator},
    {"bech32", &bech32Validator},
    {"eip55", &ethereumValidator},
}};

} // namespace

std::span<const NamedValidator> ValidatorFamilies::wallet()
{
    return validators;
}
