// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/redact/TokenMap.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class Store;

enum class SessionState
{
    Active,
    Expired,   ///< its TTL ran out: the originals are gone, the token names are kept (never reissued)
    Forgotten, ///< the user chose "forget this session": likewise
    Unknown,   ///< no session of that name
};

std::string_view sessionStateName(SessionState state);

struct SessionInfo
{
    std::string name;
    std::int64_t createdMs = 0;
    std::int64_t usedMs = 0;
    std::int64_t expiresMs = 0;
    SessionState state = SessionState::Unknown;
    /** Tokens and surrogates that can still be restored. */
    std::size_t entries = 0;
};

/**
 * The token vault: per session (one conversation with an AI tool), the mappings from tokens and
 * surrogates to the original values. A session lives for the TTL after its last use (the policy's
 * vault TTL, 24 h by default); then, or when forgotten, its originals are deleted and only the
 * token names stay, so a token is never reissued for another value and restore can say "expired"
 * rather than "unknown".
 *
 * Two kinds: StoreVault keeps sessions in the encrypted store (table vault_entries; deletions are
 * secure_delete and the WAL is truncated after them, so a forgotten value does not linger in the
 * file); MemoryVault keeps them in this process only, for the strictest policies. Neither ever
 * writes an original to a plain file or a log line.
 */
class TokenVault
{
public:
    struct Options
    {
        std::int64_t ttlMs = 24ll * 3600 * 1000;
        /** UTC milliseconds now; empty means the system clock (tests pass their own). */
        std::function<std::int64_t()> clock;
    };

    virtual ~TokenVault() = default;

    /** How long an expired or forgotten session's token names are kept after its last use. */
    static constexpr std::int64_t kTombstoneMs = 30ll * 24 * 3600 * 1000;

    /** Session names: 1 to 64 characters of A-Z a-z 0-9 . _ - */
    static bool validSessionName(std::string_view name);

    /** The session's map: its live entries (expiring it first if its TTL ran out). */
    virtual Result<TokenMap> load(std::string_view session) = 0;
    virtual Result<SessionState> state(std::string_view session) = 0;
    /** Stores what `map` added since load() and extends the session's life to now + TTL. */
    virtual Result<void> save(std::string_view session, TokenMap& map) = 0;
    /**
     * load(), `change`, save() as one unit that no other process can interleave with (StoreVault: one
     * write transaction): use it to anonymize into a session other processes may use at once. The
     * session is created (or its life extended) even when `change` adds nothing. When `change`
     * fails, nothing is stored and its error is returned.
     */
    virtual Result<void> update(std::string_view session, const std::function<Result<void>(TokenMap&)>& change) = 0;
    /** Deletes the session's originals now; false when there was no such session. */
    virtual Result<bool> forget(std::string_view session) = 0;
    virtual Result<std::size_t> forgetAll() = 0;
    virtual Result<std::vector<SessionInfo>> list() = 0;
    /** Expires every session whose TTL ran out; returns how many. Runs at open and on load. */
    virtual Result<std::size_t> purgeExpired() = 0;
    /** Key of the hash operator: stable per install (MemoryVault: per process). */
    virtual const std::string& hashKey() const = 0;
    /** A new TTL (a refreshed policy): sessions used from now on live this long after their last use. */
    void setTtlMs(std::int64_t ttlMs) { m_options.ttlMs = ttlMs; }

protected:
    std::int64_t now() const;
    Options m_options;
};

class StoreVault final : public TokenVault
{
public:
    /** Prepares the vault in `store` (creates its key on first use) and purges expired sessions. */
    static Result<std::unique_ptr<StoreVault>> open(Store& store, Options options);

    Result<TokenMap> load(std::string_view session) override;
    Result<SessionState> state(std::string_view session) override;
    Result<void> save(std::string_view session, TokenMap& map) override;
    Result<void> update(std::string_view session, const std::function<Result<void>(TokenMap&)>& change) override;
    Result<bool> forget(std::string_view session) override;
    Result<std::size_t> forgetAll() override;
    Result<std::vector<SessionInfo>> list() override;
    Result<std::size_t> purgeExpired() override;
    const std::string& hashKey() const override { return m_hashKey; }

private:
    Result<TokenMap> loadEntries(std::string_view session);
    /** The session row and the map's unsaved entries, inside the caller's transaction. */
    Result<void> saveEntries(std::string_view session, const TokenMap& map);
    StoreVault(Store& store, std::string key, Options options);
    Result<void> retire(std::string_view session, std::string_view newState);
    Result<void> truncateWal();

    Store* m_store;
    std::string m_key;
    std::string m_hashKey;
};

class MemoryVault final : public TokenVault
{
public:
    explicit MemoryVault(Options options);
    ~MemoryVault() override;

    Result<TokenMap> load(std::string_view session) override;
    Result<SessionState> state(std::string_view session) override;
    Result<void> save(std::string_view session, TokenMap& map) override;
    Result<void> update(std::string_view session, const std::function<Result<void>(TokenMap&)>& change) override;
    Result<bool> forget(std::string_view session) override;
    Result<std::size_t> forgetAll() override;
    Result<std::vector<SessionInfo>> list() override;
    Result<std::size_t> purgeExpired() override;
    const std::string& hashKey() const override { return m_hashKey; }

private:
    struct Session
    {
        SessionInfo info;
        std::vector<VaultEntry> entries;
    };
    void retire(Session& s, SessionState newState);
    std::vector<Session> m_sessions;
    std::string m_key;
    std::string m_hashKey;
};

/**
 * The vault the policy asks for, switched when a new policy changes `vault.memory_only`: the
 * store's encrypted vault, or one that lives in memory only. Switching to memory-only forgets every
 * session in the store (its originals must not stay on disk); switching back starts the store's
 * vault empty of what the memory held (it is dropped). Not thread-safe; one owner (the app).
 */
class VaultSelector
{
public:
    /** `store` may be null (no encrypted store): then only the memory vault is offered. */
    VaultSelector(Store* store, TokenVault::Options options);

    /** The vault for `memoryOnly`, switching when needed; null when the store's vault cannot open
     *  (then `problem()` says why). The returned pointer stays valid until the next switch. */
    TokenVault* select(bool memoryOnly);
    TokenVault* current() const { return m_current; }
    bool memoryOnly() const { return m_memory != nullptr && m_current == m_memory.get(); }
    /** Sessions forgotten in the store by the last switch to memory-only. */
    std::size_t forgottenOnSwitch() const { return m_forgotten; }
    const std::optional<Error>& problem() const { return m_problem; }
    void setTtlMs(std::int64_t ttlMs);

private:
    Store* m_store;
    TokenVault::Options m_options;
    std::unique_ptr<StoreVault> m_storeVault;
    std::unique_ptr<MemoryVault> m_memory;
    TokenVault* m_current = nullptr;
    std::size_t m_forgotten = 0;
    std::optional<Error> m_problem;
};
