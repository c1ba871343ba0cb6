// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

/** Small OpenSSL helpers shared by the audit log and the token vault. Pure and thread-safe. */
namespace Crypto {

/** Lower-case hex of `bytes`. */
std::string toHex(std::string_view bytes);
/** Decodes lower-case hex; false on odd length or a character outside [0-9a-f]. */
bool fromHex(std::string_view hex, std::string& out);
/** HMAC-SHA-256 of `data` with `key` (raw bytes), as the first `hexChars` hex characters (≤ 64). */
std::string hmacSha256Hex(std::string_view key, std::string_view data, std::size_t hexChars = 64);
/** SHA-256 of a ‖ b as 64 hex characters. */
std::string sha256Hex(std::string_view a, std::string_view b = {});
/** `n` bytes from the OS's random source; empty when none are available. */
std::string randomBytes(std::size_t n);
/** Overwrites `s` with zeros (not optimised away) and clears it. */
void wipe(std::string& s);

} // namespace Crypto
