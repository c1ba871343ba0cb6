// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Finding.h"
#include "core/redact/TokenMap.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class RuleSet;

struct RestoreResult
{
    std::string text;
    /** How many tokens and surrogates were replaced by their originals. */
    std::size_t restored = 0;
    /** Token keys (`EMAIL_7`) found in the answer that this session never issued, in order, once each. */
    std::vector<std::string> unknownTokens;
    /** Token keys whose originals expired or were forgotten: left as they are. */
    std::vector<std::string> retiredTokens;
    /**
     * Sensitive values in the answer that did not come from a token or surrogate: the AI produced
     * or repeated data it should not have. Offsets refer to the answer as given.
     */
    std::vector<Finding> unexpected;
    /** False when the check for unexpected values could not run (no rules given, or the scan failed). */
    bool scanned = false;
};

/** A place in a text where restore would put something back (or report a token). */
struct VaultHit
{
    std::size_t start = 0;
    std::size_t end = 0;
    const VaultEntry* entry = nullptr; ///< nullptr: a token this session never issued
    std::string key;                   ///< the token key (LABEL_N); empty for surrogates
};

/** The tokens and surrogates restore finds in `text`, in order, not overlapping (tokens win ties). */
std::vector<VaultHit> findVaultHits(std::string_view text, const TokenMap& map);

/**
 * Puts the originals back into an AI's answer. Tokens are found with Tokens::find (brackets dropped,
 * case changed, markdown escapes, line wraps inside the brackets); surrogates are found as whole
 * words, ASCII case ignored. Each original is written with the escaping its new place needs
 * (TextContext), so restored JSON still parses. A value seen in several spellings comes back in
 * the first one the session saw. Reserved token-like strings stay as they are; unknown ones stay
 * and are reported. When `rules` is given, the answer is also scanned and findings outside tokens
 * and surrogates are reported as unexpected.
 */
RestoreResult restoreText(std::string_view answer, const TokenMap& map, const RuleSet* rules);
