// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Rule.h"

#include <vector>

/** The built-in rules, by family; BuiltinRules::all() joins them. Each family has its own file. */
namespace RuleFamilies {
std::vector<Rule> contact();      // e-mail addresses, phone numbers
std::vector<Rule> identity();     // national identifiers
std::vector<Rule> network();      // IP and MAC addresses
std::vector<Rule> location();     // street addresses, postcodes
std::vector<Rule> payment();      // cards, IBANs, accounts
std::vector<Rule> secret();       // keys, tokens, credentials
std::vector<Rule> wallet();       // cryptocurrency addresses
std::vector<Rule> health();       // conditions, medications, record numbers (PHI)
std::vector<Rule> person();       // names of people
std::vector<Rule> confidential(); // business markings, prompt injection
} // namespace RuleFamilies
