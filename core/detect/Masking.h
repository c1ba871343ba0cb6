// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Finding.h"

#include <string>
#include <string_view>

namespace Masking {

/**
 * A short, single-line stand-in for a found value that lets a user recognise which value is
 * meant without revealing it: the last four digits of a card, the country of an IBAN, the
 * provider prefix of a token. Never returns the whole value; multi-line values become one line.
 */
std::string forDisplay(EntityType type, std::string_view value);

} // namespace Masking
