// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <string>
#include <string_view>

/**
 * Ed25519 signatures of policy files through OpenSSL. A signature covers the exact bytes of the
 * file; the detached `policy.json.sig` holds the base64 of the raw 64-byte signature, so the stock
 * tools can check it:
 *   base64 -d policy.json.sig > sig.bin
 *   openssl pkeyutl -verify -pubin -inkey admin.pub.pem -rawin -in policy.json -sigfile sig.bin
 */
namespace Signing {

struct KeyPair
{
    std::string privatePem; ///< PKCS#8 PEM: write it with mode 0600 and keep it off endpoints
    std::string publicPem;  ///< SubjectPublicKeyInfo PEM: what endpoints pin
};

Result<KeyPair> generate();
/** The base64 of the raw signature of `data` with the PEM private key. */
Result<std::string> sign(std::string_view data, std::string_view privatePem);
/**
 * True when `signatureBase64` is a valid signature of exactly `data` by the PEM public key; an
 * Error when the key or the signature cannot even be read (wrong length, not Ed25519, not base64).
 */
Result<bool> verify(std::string_view data, std::string_view signatureBase64, std::string_view publicPem);
/** SHA-256 of the key's raw 32 bytes, hex: a short name for a key in messages and the audit log. */
Result<std::string> fingerprint(std::string_view publicPem);

} // namespace Signing
