// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Finding.h"

#include <random>
#include <string>
#include <string_view>

/**
 * Realistic fakes of the same shape as a found value, so an AI's answer reads naturally:
 * a Luhn-valid card number from a card network's published test range of the same brand, an IBAN
 * of the same country and layout with valid check digits, a name from the census name lists (the
 * same lists the detector uses; never a fake-data generator's), an address at example.org, a
 * phone number that keeps its country and area digits (US numbers get 555-01xx, reserved for
 * fiction), documentation-range IP and MAC addresses (RFC 5737, RFC 3849, RFC 7042), SSNs with an
 * area number that is never issued (9xx). Everything else keeps its layout with each letter and
 * digit replaced at random (a key keeps its provider prefix).
 *
 * Output is printable, single-line when the input is, and never contains quotes, backslashes,
 * commas or brackets, so it is safe in JSON, CSV, YAML and code. Not guaranteed unique: the
 * anonymizer checks that and draws again.
 */
namespace Surrogates {

/**
 * `label` is the token label (Tokens::labelFor): it tells a medication from a condition.
 * `before` is the text just before the value: a name after a female or male title ("Mrs",
 * "Frau", "Mr", "Herr") gets a first name of that gender, so "Mrs Jane Smith" stays a Mrs.
 */
std::string make(EntityType type,
                 std::string_view label,
                 std::string_view original,
                 std::mt19937_64& rng,
                 std::string_view before = {});

} // namespace Surrogates
