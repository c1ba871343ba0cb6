// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <string_view>

/**
 * Internal to core/store: turns an SQLite/SQLCipher result code into the core's Error with a
 * generic, translatable message, and logs the code and `operation` (a fixed description, never a
 * value or SQL carrying values) to the "store" logger.
 */
Error sqlError(int rc, std::string_view operation);
