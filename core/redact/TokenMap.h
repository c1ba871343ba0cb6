// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/Finding.h"
#include "core/redact/TextContext.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

/** What a vault entry stands for. */
enum class EntryKind : std::uint8_t
{
    Token = 0,     ///< `[LABEL_N]` stands for `original`
    Surrogate = 1, ///< a realistic fake (`text`) stands for `original`
    Reserved = 2,  ///< `LABEL_N` appeared literally in a user's text: never issued, never restored
    Retired = 3,   ///< a token whose original expired or was forgotten: never reissued, reported by restore
};

/** One mapping of a session. `original` is the one sensitive field; it lives only here and in the vault. */
struct VaultEntry
{
    EntryKind kind = EntryKind::Token;
    /** For tokens and reservations the canonical key `LABEL_N`; for surrogates the surrogate text. */
    std::string text;
    std::string label;
    std::uint32_t number = 0;
    EntityType type = EntityType::Secret;
    Category category = Category::Secret;
    /** Keyed hash of the normalised value: equal for "John@X.com" and "john@x.com". Empty for reservations. */
    std::string normKey;
    /** The value's bytes exactly as they stood in the text, and the context they stood in. */
    std::string original;
    LiteralContext context = LiteralContext::Plain;
    std::int64_t createdMs = 0;
};

/**
 * One session's mappings in memory: what anonymize consults and extends, and what restore reads.
 * The TokenVault loads it and saves what was added; in memory-only mode it is all there is.
 * Not thread-safe; the original values are wiped when the map is destroyed.
 */
class TokenMap
{
public:
    /** `hmacKey` (raw bytes) keys the hashes that make equal values find each other. */
    explicit TokenMap(std::string hmacKey);
    ~TokenMap();
    TokenMap(TokenMap&&) noexcept = default;
    TokenMap& operator=(TokenMap&&) noexcept = default;
    TokenMap(const TokenMap&) = delete;
    TokenMap& operator=(const TokenMap&) = delete;

    /** The keyed hash under which `value` of `type` is looked up (after normaliseValue). */
    std::string keyFor(EntityType type, std::string_view value) const;

    const VaultEntry* findValue(std::string_view normKey, EntryKind kind) const;
    /** A token, reservation or retired token by its canonical key `LABEL_N`. */
    const VaultEntry* findToken(std::string_view tokenKey) const;
    /** The surrogates, for restore to search for. */
    std::vector<const VaultEntry*> surrogates() const;
    /** The lowest number above every issued or reserved number of `label`. */
    std::uint32_t nextNumber(std::string_view label) const;

    /** Adds an entry (not yet saved). Entries are never changed once added. */
    const VaultEntry& add(VaultEntry entry);
    /** Loads a saved entry (not marked as new). */
    void load(VaultEntry entry);

    /** Takes back every entry added after the first `count` (unsaved ones only). */
    void rollback(std::size_t count);

    const std::vector<VaultEntry>& entries() const { return m_entries; }
    /** Entries added since load or the last markSaved(). */
    std::size_t unsavedCount() const { return m_entries.size() - m_saved; }
    std::size_t savedCount() const { return m_saved; }
    void markSaved() { m_saved = m_entries.size(); }

private:
    void index(std::size_t i);

    std::string m_key;
    std::vector<VaultEntry> m_entries;
    std::size_t m_saved = 0;
    std::unordered_map<std::string, std::size_t> m_byValue; // kind + normKey
    std::unordered_map<std::string, std::size_t> m_byToken; // LABEL_N
    std::unordered_map<std::string, std::uint32_t> m_maxNumber;
};

/**
 * The form under which two spellings count as one value: e-mail addresses in lower case; cards,
 * IBANs, phone and account numbers and IDs without spaces, dashes and dots, letters upper case;
 * names and everything else with runs of white space as one space, ASCII letters lower case.
 */
std::string normaliseValue(EntityType type, std::string_view value);
