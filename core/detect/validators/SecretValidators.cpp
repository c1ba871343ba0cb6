// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets: provider keys and tokens, JWTs, private key blocks.
#include "core/detect/validators/CharClass.h"
#include "core/detect/validators/ValidatorFamilies.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

using namespace CharClass;

namespace {

bool awsKeyIdValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    std::size_t& begin = cand.begin;
    std::size_t& end = cand.end;
    const std::string_view v = text.substr(begin, end - begin);
    // AWS's documentation keys end in EXAMPLE: reported as test values, so a policy can choose.
    if (v.size() >= 7 && v.substr(v.size() - 7) == "EXAMPLE") {
        cand.testValue = true;
        return true;
    }
    // "AKIAXXXXXXXXXXXXXXXX" and the like are placeholders, not keys. Sixteen random base32
    // characters carry about 3.5 bits each.
    return Validators::shannonEntropy(v.substr(4)) >= 2.5;
}

bool randomTokenValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    std::size_t& begin = cand.begin;
    std::size_t& end = cand.end;
    // The payload after the prefix must look random: placeholders ("ghp_xxxx…", "…1234567890")
    // have low entropy. A random base62 string of 30+ characters has well over 4 bits each;
    // ten digits repeated have 3.3.
    std::string_view v = text.substr(begin, end - begin);
    const auto us = v.rfind('_');
    if (us != std::string_view::npos) {
        v = v.substr(us + 1);
    }
    const double needed = v.size() >= 30 ? 4.0 : 3.0;
    return v.size() >= 16 && Validators::shannonEntropy(v) >= needed;
}

bool jwtValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    std::size_t& begin = cand.begin;
    std::size_t& end = cand.end;
    const std::string_view v = text.substr(begin, end - begin);
    const auto dot1 = v.find('.');
    if (dot1 == std::string_view::npos) {
        return false;
    }
    const auto dot2 = v.find('.', dot1 + 1);
    if (dot2 == std::string_view::npos) {
        return false;
    }
    std::string header;
    std::string payload;
    if (!Validators::base64Decode(v.substr(0, dot1), header)
        || !Validators::base64Decode(v.substr(dot1 + 1, dot2 - dot1 - 1), payload)) {
        return false;
    }
    return header.starts_with('{') && payload.starts_with('{')
           && (header.find("\"alg\"") != std::string::npos || header.find("\"typ\"") != std::string::npos);
}

bool pemValidator(Candidate& cand)
{
    const std::string_view text = cand.text;
    std::size_t& begin = cand.begin;
    std::size_t& end = cand.end;
    // Skip the header line, then require a key body: enough base64 that is not a placeholder.
    const std::string_view v = text.substr(begin, end - begin);
    const auto headerEnd = v.find("-----", 5);
    if (headerEnd == std::string_view::npos) {
        return false;
    }
    std::string body;
    for (std::size_t i = headerEnd + 5; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '-' && v.substr(i).starts_with("-----END")) {
            break;
        }
        // "\n" written as two characters inside a JSON string is not key material.
        if (c == '\\' && i + 1 < v.size() && v[i + 1] == 'n') {
            ++i;
            continue;
        }
        if (isAlnum(c) || c == '+' || c == '/') {
            body.push_back(c);
        }
    }
    return body.size() >= 64 && Validators::shannonEntropy(body) >= 4.0;
}

constexpr std::array<NamedValidator, 4> validators{{
    {"aws-key-id", &awsKeyIdValidator},
    {"random-token", &randomTokenValidator},
    {"jwt", &jwtValidator},
    {"pem-block", &pemValidator},
}};

} // namespace

namespace Validators {

double shannonEntropy(std::string_view s)
{
    if (s.empty()) {
        return 0.0;
    }
    std::array<int, 256> counts{};
    for (const char c : s) {
        ++counts[static_cast<unsigned char>(c)];
    }
    double h = 0.0;
    const double n = static_cast<double>(s.size());
    for (const int c : counts) {
        if (c > 0) {
            const double p = c / n;
            h -= p * std::log2(p);
        }
    }
    return h;
}

bool base64Decode(std::string_view in, std::string& out)
{
    out.clear();
    std::uint32_t acc = 0;
    int bits = 0;
    for (const char c : in) {
        int v;
        if (isUpper(c)) {
            v = c - 'A';
        } else if (isLower(c)) {
            v = c - 'a' + 26;
        } else if (isDigit(c)) {
            v = c - '0' + 52;
        } else if (c == '+' || c == '-') {
            v = 62;
        } else if (c == '/' || c == '_') {
            v = 63;
        } else if (c == '=') {
            break;
        } else {
            return false;
        }
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    return true;
}

} // namespace Validators

std::span<const NamedValidator> ValidatorFamilies::secret()
{
    return validators;
}
