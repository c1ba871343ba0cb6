// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Crypto.h"
#include "core/detect/Validators.h"

#include <span>
#include <string>
#include <string_view>

/**
 * Validators keep their buffers per thread from call to call (no allocation per candidate). One
 * that held part of a value (a decoded secret, a card number's digits) is wiped, not only cleared,
 * when the validator returns, and keeps its capacity.
 */
class WipeOnReturn
{
public:
    explicit WipeOnReturn(std::string& buffer)
        : m_buffer(buffer)
    {}
    ~WipeOnReturn() { Crypto::wipe(m_buffer); }
    WipeOnReturn(const WipeOnReturn&) = delete;
    WipeOnReturn& operator=(const WipeOnReturn&) = delete;

private:
    std::string& m_buffer;
};

/**
 * The validators, by family. Each family file registers its validators here; Validators::byName
 * looks through all families, so adding a family means one line in Validators.cpp.
 */
struct NamedValidator
{
    std::string_view name;
    ValidatorFn fn;
};

namespace ValidatorFamilies {
std::span<const NamedValidator> contact();      // email, phone numbers
std::span<const NamedValidator> identity();     // national identifiers
std::span<const NamedValidator> network();      // IP and MAC addresses
std::span<const NamedValidator> location();     // postcodes
std::span<const NamedValidator> payment();      // cards, IBANs, accounts
std::span<const NamedValidator> secret();       // keys, tokens, credentials
std::span<const NamedValidator> wallet();       // cryptocurrency addresses
std::span<const NamedValidator> person();       // names of people
std::span<const NamedValidator> confidential(); // business markings
std::span<const NamedValidator> health();       // medical terms
} // namespace ValidatorFamilies
