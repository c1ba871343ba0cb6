// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Validators.h"

#include <span>
#include <string_view>

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
