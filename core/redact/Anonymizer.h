// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/detect/Finding.h"
#include "core/redact/TokenMap.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/** How a found value is replaced. */
enum class Operator
{
    Token,     ///< `[PERSON_1]`: consistent per session, restorable
    Mask,      ///< `**** **** **** 1234`, `j***@example.com`: one-way
    Redact,    ///< `[REDACTED]`: one-way
    Hash,      ///< `[EMAIL#3f9a2c1e]`: a short keyed hash, stable per install, one-way
    Surrogate, ///< a realistic fake of the same shape, restorable like a token
};

std::string_view operatorName(Operator op);
std::optional<Operator> operatorFromName(std::string_view name);

/** One replaced stretch of the input. */
struct Replacement
{
    std::size_t start = 0; ///< byte span in the input
    std::size_t end = 0;
    std::size_t outStart = 0; ///< byte span of the replacement in the output
    std::size_t outEnd = 0;
    EntityType type = EntityType::Secret;
    Category category = Category::Secret;
    std::string ruleId;
    Operator op = Operator::Token;
    /** What was written: the token, mask, hash or surrogate (never the original). */
    std::string replacement;
    /** True when this stretch was not a finding but literal text that looked like a token. */
    bool literal = false;
};

struct AnonymizeResult
{
    std::string text;
    std::vector<Replacement> replacements;
    /** The findings that were replaced, after span adjustment and merging (input offsets). */
    std::vector<Finding> findings;
};

/**
 * Turns a text and its findings into a text that is safe to paste, extending the session's
 * TokenMap with what restore will need. Pure: no I/O, no Qt, callable from any thread that owns
 * the map.
 *
 * Spans: each finding's span is trimmed of white space and quote characters at its ends and
 * never splits a backslash escape (so JSON and code stay valid). Overlaps are resolved by one
 * rule: the detector already keeps, of two nested findings, the higher-ranked category (at equal
 * rank the outer one; a URL ranks lowest, so an e-mail inside a URL is replaced as an e-mail);
 * findings that still overlap partly are merged into one replaced stretch that carries the type of
 * the higher-ranked one (at equal rank the earlier one), so no byte of either value survives.
 *
 * Text that already looks like a token (the grammar of Tokens::find) is kept apart: a string the
 * session has issued as a token or surrogate is itself replaced by a fresh `[LITERAL_n]` token, and
 * every other token-like string is reserved in the session so it is never issued and restore leaves
 * it alone. Hence restore(anonymize(x)) == x for every x, up to spelling variants of one value
 * (see restore()).
 */
class Anonymizer
{
public:
    struct Options
    {
        Operator defaultOperator = Operator::Token;
        /** Per category (index = Category), overriding defaultOperator; the policy fills this. */
        std::array<std::optional<Operator>, 6> perCategory{};
        /** Key (raw bytes) of the hash operator; stable per install. */
        std::string hashKey;
        /** Seed of the surrogate generator; 0 draws one from the OS. */
        std::uint64_t seed = 0;
        /** Creation time written into new vault entries (UTC ms). */
        std::int64_t nowMs = 0;
        /** Values the user chose to keep (the paste-box's unticked findings): not replaced as values the
         *  session knows either. Compared ignoring ASCII case. */
        std::vector<std::string> keep;
    };

    explicit Anonymizer(Options options);

    Operator operatorFor(Category category) const;
    const Options& options() const { return m_options; }

    /** `findings` as RuleSet::scan returns them (sorted by start). Fails only on invalid spans. */
    Result<AnonymizeResult> anonymize(std::string_view text, std::vector<Finding> findings, TokenMap& map) const;

private:
    Options m_options;
};
