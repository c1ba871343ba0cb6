// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Rule.h"

#include <vector>

namespace BuiltinRules {

/**
 * The rules Scrim ships with. Every pattern is RE2 syntax (linear time); reasons are English and
 * marked for translation (context "Rules"). The policy adds to this list; it never needs to edit it.
 */
std::vector<Rule> all();

} // namespace BuiltinRules
