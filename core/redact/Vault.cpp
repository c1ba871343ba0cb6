// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/Vault.h"

#include "core/common/Crypto.h"
#include "core/common/Tr.h"
#include "core/log/Log.h"
#include "core/store/Store.h"

#include <QDateTime>

#include <algorithm>

namespace {

constexpr std::string_view kKeyName = "vault_hmac_key";

Error badSessionName()
{
    return Error{
        ErrorCode::InvalidArgument,
        SCRIM_TR_NOOP("CoreErrors", "A session name has 1 to 64 characters: letters, digits, '.', '_' or '-'.")};
}

std::string deriveHashKey(std::string_view key)
{
    return Crypto::hmacSha256Hex(key, "scrim hash operator");
}

SessionState stateFromName(std::string_view s)
{
    if (s == "active") {
        return SessionState::Active;
    }
    if (s == "expired") {
        return SessionState::Expired;
    }
    if (s == "forgotten") {
        return SessionState::Forgotten;
    }
    return SessionState::Unknown;
}

} // namespace

std::string_view sessionStateName(SessionState state)
{
    switch (state) {
    case SessionState::Active:
        return "active";
    case SessionState::Expired:
        return "expired";
    case SessionState::Forgotten:
        return "forgotten";
    case SessionState::Unknown:
        return "unknown";
    }
    return "unknown";
}

bool TokenVault::validSessionName(std::string_view name)
{
    if (name.empty() || name.size() > 64) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
               || c == '-';
    });
}

std::int64_t TokenVault::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

// ---- StoreVault ----

StoreVault::StoreVault(Store& store, std::string key, Options options)
    : m_store(&store)
    , m_key(std::move(key))
    , m_hashKey(deriveHashKey(m_key))
{
    m_options = std::move(options);
}

Result<std::unique_ptr<StoreVault>> StoreVault::open(Store& store, Options options)
{
    // Deleted originals are overwritten in the file, not only unlinked from the b-tree.
    if (auto r = store.database().exec("PRAGMA secure_delete = ON"); !r) {
        return r.error();
    }
    auto existing = store.meta(kKeyName);
    if (!existing) {
        return existing.error();
    }
    std::string key;
    if (existing->has_value()) {
        if (!Crypto::fromHex(**existing, key) || key.size() != 32) {
            return Error{ErrorCode::InvalidData,
                         SCRIM_TR_NOOP("CoreErrors", "The token vault's key is damaged; the vault cannot be used.")};
        }
    } else {
        std::string raw = Crypto::randomBytes(32);
        if (raw.empty()) {
            return Error{ErrorCode::Internal,
                         SCRIM_TR_NOOP("CoreErrors", "No random numbers were available to create the vault's key.")};
        }
        std::string hex = Crypto::toHex(raw);
        auto set = store.setMeta(kKeyName, hex);
        Crypto::wipe(hex);
        if (!set) {
            return set.error();
        }
        key = std::move(raw);
    }
    std::unique_ptr<StoreVault> vault(new StoreVault(store, std::move(key), std::move(options)));
    if (auto p = vault->purgeExpired(); !p) {
        return p.error();
    }
    return vault;
}

Result<SessionState> StoreVault::state(std::string_view session)
{
    if (!validSessionName(session)) {
        return badSessionName();
    }
    auto st = m_store->database().prepare("SELECT state, expires_ms FROM vault_sessions WHERE name = ?1");
    if (!st) {
        return st.error();
    }
    if (auto r = st->bind(1, session); !r) {
        return r.error();
    }
    auto row = st->step();
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return SessionState::Unknown;
    }
    const SessionState s = stateFromName(st->columnText(0));
    if (s == SessionState::Active && st->columnInt(1) <= now()) {
        return SessionState::Expired;
    }
    return s;
}

Result<TokenMap> StoreVault::load(std::string_view session)
{
    auto s = state(session);
    if (!s) {
        return s.error();
    }
    if (s.value() == SessionState::Expired) {
        if (auto r = purgeExpired(); !r) {
            return r.error();
        }
    }
    return loadEntries(session);
}

Result<TokenMap> StoreVault::loadEntries(std::string_view session)
{
    TokenMap map(m_key);
    auto st = m_store->database().prepare(
        "SELECT kind, text, label, number, type, category, norm_key, original, context, created_ms "
        "FROM vault_entries WHERE session = ?1 ORDER BY created_ms, rowid");
    if (!st) {
        return st.error();
    }
    if (auto r = st->bind(1, session); !r) {
        return r.error();
    }
    for (;;) {
        auto row = st->step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            break;
        }
        VaultEntry e;
        e.kind = static_cast<EntryKind>(std::clamp<std::int64_t>(st->columnInt(0), 0, 3));
        e.text = st->columnText(1);
        e.label = st->columnText(2);
        e.number = static_cast<std::uint32_t>(st->columnInt(3));
        e.type = entityTypeFromName(st->columnText(4)).value_or(EntityType::OtherId);
        e.category = categoryFromName(st->columnText(5)).value_or(Category::Pii);
        e.normKey = st->columnText(6);
        e.original = st->columnText(7);
        e.context = static_cast<LiteralContext>(std::clamp<std::int64_t>(st->columnInt(8), 0, 4));
        e.createdMs = st->columnInt(9);
        map.load(std::move(e));
    }
    return map;
}

Result<void> StoreVault::save(std::string_view session, TokenMap& map)
{
    if (!validSessionName(session)) {
        return badSessionName();
    }
    auto tx = Transaction::begin(m_store->database());
    if (!tx) {
        return tx.error();
    }
    if (auto r = saveEntries(session, map); !r) {
        return r;
    }
    if (auto r = tx->commit(); !r) {
        return r;
    }
    map.markSaved();
    return {};
}

Result<void> StoreVault::update(std::string_view session, const std::function<Result<void>(TokenMap&)>& change)
{
    auto s = state(session);
    if (!s) {
        return s.error();
    }
    if (s.value() == SessionState::Expired) {
        if (auto r = purgeExpired(); !r) {
            return r.error();
        }
    }
    // One writer at a time from here to the commit: two processes anonymizing into one session must
    // not both hand out [EMAIL_1] for different values.
    auto tx = Transaction::begin(m_store->database());
    if (!tx) {
        return tx.error();
    }
    auto map = loadEntries(session);
    if (!map) {
        return map.error();
    }
    if (auto r = change(map.value()); !r) {
        return r;
    }
    if (auto r = saveEntries(session, map.value()); !r) {
        return r;
    }
    return tx->commit();
}

Result<void> StoreVault::saveEntries(std::string_view session, const TokenMap& map)
{
    auto& db = m_store->database();
    const std::int64_t t = now();
    auto upsert = db.prepare("INSERT INTO vault_sessions (name, created_ms, used_ms, expires_ms, state) "
                             "VALUES (?1, ?2, ?2, ?3, 'active') ON CONFLICT (name) DO UPDATE SET "
                             "used_ms = excluded.used_ms, expires_ms = excluded.expires_ms, state = 'active'");
    if (!upsert) {
        return upsert.error();
    }
    if (auto r = upsert->bind(1, session); !r) {
        return r;
    }
    if (auto r = upsert->bind(2, t); !r) {
        return r;
    }
    if (auto r = upsert->bind(3, t + m_options.ttlMs); !r) {
        return r;
    }
    if (auto r = upsert->run(); !r) {
        return r;
    }
    auto ins =
        db.prepare("INSERT INTO vault_entries (session, kind, text, label, number, type, category, "
                   "norm_key, original, context, created_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!ins) {
        return ins.error();
    }
    const auto& entries = map.entries();
    for (std::size_t i = map.savedCount(); i < entries.size(); ++i) {
        const VaultEntry& e = entries[i];
        ins->reset();
        Result<void> r = ins->bind(1, session);
        r = r ? ins->bind(2, static_cast<int>(e.kind)) : r;
        r = r ? ins->bind(3, std::string_view(e.text)) : r;
        r = r ? ins->bind(4, std::string_view(e.label)) : r;
        r = r ? ins->bind(5, static_cast<std::int64_t>(e.number)) : r;
        r = r ? ins->bind(6, entityTypeName(e.type)) : r;
        r = r ? ins->bind(7, categoryName(e.category)) : r;
        r = r ? ins->bind(8, std::string_view(e.normKey)) : r;
        r = r ? ins->bind(9, std::string_view(e.original)) : r;
        r = r ? ins->bind(10, static_cast<int>(e.context)) : r;
        r = r ? ins->bind(11, e.createdMs != 0 ? e.createdMs : t) : r;
        r = r ? ins->run() : r;
        if (!r) {
            return r;
        }
    }
    return {};
}

Result<void> StoreVault::retire(std::string_view session, std::string_view newState)
{
    auto& db = m_store->database();
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    // Surrogates go entirely; tokens keep their names (never reissued) and lose their originals.
    for (const char* sql : {"DELETE FROM vault_entries WHERE session = ?1 AND kind = 1",
                            "UPDATE vault_entries SET kind = 3, original = '', norm_key = '' WHERE session = ?1 "
                            "AND kind = 0",
                            "UPDATE vault_sessions SET state = ?2 WHERE name = ?1"}) {
        auto st = db.prepare(sql);
        if (!st) {
            return st.error();
        }
        if (auto r = st->bind(1, session); !r) {
            return r;
        }
        if (std::string_view(sql).find("?2") != std::string_view::npos) {
            if (auto r = st->bind(2, newState); !r) {
                return r;
            }
        }
        if (auto r = st->run(); !r) {
            return r;
        }
    }
    return tx->commit();
}

Result<void> StoreVault::truncateWal()
{
    // Old page images in the WAL still hold the deleted originals (encrypted): fold them away.
    auto r = m_store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!r) {
        Log::get("vault")->warn("the write-ahead log could not be truncated after a deletion");
    }
    return r;
}

Result<bool> StoreVault::forget(std::string_view session)
{
    auto s = state(session);
    if (!s) {
        return s.error();
    }
    if (s.value() == SessionState::Unknown) {
        return false;
    }
    if (auto r = retire(session, "forgotten"); !r) {
        return r.error();
    }
    if (auto r = truncateWal(); !r) {
        return r.error();
    }
    return true;
}

Result<std::size_t> StoreVault::forgetAll()
{
    auto sessions = list();
    if (!sessions) {
        return sessions.error();
    }
    std::size_t n = 0;
    for (const auto& s : sessions.value()) {
        if (s.state == SessionState::Active) {
            if (auto r = retire(s.name, "forgotten"); !r) {
                return r.error();
            }
            ++n;
        }
    }
    if (auto r = truncateWal(); !r) {
        return r.error();
    }
    return n;
}

Result<std::vector<SessionInfo>> StoreVault::list()
{
    auto st = m_store->database().prepare(
        "SELECT s.name, s.created_ms, s.used_ms, s.expires_ms, s.state, "
        "(SELECT count(*) FROM vault_entries e WHERE e.session = s.name AND e.kind IN (0, 1)) "
        "FROM vault_sessions s ORDER BY s.used_ms DESC, s.name");
    if (!st) {
        return st.error();
    }
    std::vector<SessionInfo> out;
    const std::int64_t t = now();
    for (;;) {
        auto row = st->step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            break;
        }
        SessionInfo info;
        info.name = st->columnText(0);
        info.createdMs = st->columnInt(1);
        info.usedMs = st->columnInt(2);
        info.expiresMs = st->columnInt(3);
        info.state = stateFromName(st->columnText(4));
        if (info.state == SessionState::Active && info.expiresMs <= t) {
            info.state = SessionState::Expired;
        }
        info.entries = info.state == SessionState::Active ? static_cast<std::size_t>(st->columnInt(5)) : 0;
        out.push_back(std::move(info));
    }
    return out;
}

Result<std::size_t> StoreVault::purgeExpired()
{
    std::vector<std::string> due;
    {
        auto st =
            m_store->database().prepare("SELECT name FROM vault_sessions WHERE state = 'active' AND expires_ms <= ?1");
        if (!st) {
            return st.error();
        }
        if (auto r = st->bind(1, now()); !r) {
            return r.error();
        }
        for (;;) {
            auto row = st->step();
            if (!row) {
                return row.error();
            }
            if (!row.value()) {
                break;
            }
            due.push_back(st->columnText(0));
        }
    }
    for (const auto& name : due) {
        if (auto r = retire(name, "expired"); !r) {
            return r.error();
        }
    }
    // Expired and forgotten sessions (token names only) are kept for kTombstoneMs after their last
    // use, so an old answer is reported as "expired" rather than "unknown"; then they go entirely.
    {
        auto& db = m_store->database();
        auto tx = Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        for (const char* sql : {"DELETE FROM vault_entries WHERE session IN (SELECT name FROM vault_sessions WHERE "
                                "state <> 'active' AND used_ms < ?1)",
                                "DELETE FROM vault_sessions WHERE state <> 'active' AND used_ms < ?1"}) {
            auto st = db.prepare(sql);
            if (!st) {
                return st.error();
            }
            if (auto r = st->bind(1, now() - kTombstoneMs); !r) {
                return r.error();
            }
            if (auto r = st->run(); !r) {
                return r.error();
            }
        }
        if (auto r = tx->commit(); !r) {
            return r.error();
        }
    }
    if (!due.empty()) {
        if (auto r = truncateWal(); !r) {
            return r.error();
        }
    }
    return due.size();
}

// ---- MemoryVault ----

MemoryVault::MemoryVault(Options options)
    : m_key(Crypto::randomBytes(32))
    , m_hashKey(deriveHashKey(m_key))
{
    m_options = std::move(options);
}

MemoryVault::~MemoryVault()
{
    for (auto& s : m_sessions) {
        for (auto& e : s.entries) {
            Crypto::wipe(e.original);
        }
    }
    Crypto::wipe(m_key);
}

void MemoryVault::retire(Session& s, SessionState newState)
{
    std::vector<VaultEntry> kept;
    for (auto& e : s.entries) {
        if (e.kind == EntryKind::Surrogate) {
            Crypto::wipe(e.original);
            continue;
        }
        if (e.kind == EntryKind::Token) {
            Crypto::wipe(e.original);
            e.normKey.clear();
            e.kind = EntryKind::Retired;
        }
        kept.push_back(std::move(e));
    }
    s.entries = std::move(kept);
    s.info.state = newState;
}

Result<SessionState> MemoryVault::state(std::string_view session)
{
    if (!validSessionName(session)) {
        return badSessionName();
    }
    for (const auto& s : m_sessions) {
        if (s.info.name == session) {
            if (s.info.state == SessionState::Active && s.info.expiresMs <= now()) {
                return SessionState::Expired;
            }
            return s.info.state;
        }
    }
    return SessionState::Unknown;
}

Result<TokenMap> MemoryVault::load(std::string_view session)
{
    if (!validSessionName(session)) {
        return badSessionName();
    }
    (void)purgeExpired();
    TokenMap map(m_key);
    for (const auto& s : m_sessions) {
        if (s.info.name == session) {
            for (const auto& e : s.entries) {
                map.load(e);
            }
        }
    }
    return map;
}

Result<void> MemoryVault::save(std::string_view session, TokenMap& map)
{
    if (!validSessionName(session)) {
        return badSessionName();
    }
    const std::int64_t t = now();
    auto it =
        std::find_if(m_sessions.begin(), m_sessions.end(), [&](const Session& s) { return s.info.name == session; });
    if (it == m_sessions.end()) {
        Session s;
        s.info.name = std::string(session);
        s.info.createdMs = t;
        m_sessions.push_back(std::move(s));
        it = std::prev(m_sessions.end());
    }
    it->info.usedMs = t;
    it->info.expiresMs = t + m_options.ttlMs;
    it->info.state = SessionState::Active;
    const auto& entries = map.entries();
    for (std::size_t i = map.savedCount(); i < entries.size(); ++i) {
        it->entries.push_back(entries[i]);
    }
    map.markSaved();
    return {};
}

Result<void> MemoryVault::update(std::string_view session, const std::function<Result<void>(TokenMap&)>& change)
{
    auto map = load(session);
    if (!map) {
        return map.error();
    }
    if (auto r = change(map.value()); !r) {
        return r;
    }
    return save(session, map.value());
}

Result<bool> MemoryVault::forget(std::string_view session)
{
    if (!validSessionName(session)) {
        return badSessionName();
    }
    for (auto& s : m_sessions) {
        if (s.info.name == session) {
            retire(s, SessionState::Forgotten);
            return true;
        }
    }
    return false;
}

Result<std::size_t> MemoryVault::forgetAll()
{
    std::size_t n = 0;
    for (auto& s : m_sessions) {
        if (s.info.state == SessionState::Active) {
            retire(s, SessionState::Forgotten);
            ++n;
        }
    }
    return n;
}

Result<std::vector<SessionInfo>> MemoryVault::list()
{
    (void)purgeExpired();
    std::vector<SessionInfo> out;
    for (const auto& s : m_sessions) {
        SessionInfo info = s.info;
        info.entries =
            static_cast<std::size_t>(std::count_if(s.entries.begin(), s.entries.end(), [](const VaultEntry& e) {
                return e.kind == EntryKind::Token || e.kind == EntryKind::Surrogate;
            }));
        out.push_back(std::move(info));
    }
    std::sort(out.begin(), out.end(), [](const SessionInfo& a, const SessionInfo& b) { return a.usedMs > b.usedMs; });
    return out;
}

Result<std::size_t> MemoryVault::purgeExpired()
{
    std::size_t n = 0;
    const std::int64_t t = now();
    for (auto& s : m_sessions) {
        if (s.info.state == SessionState::Active && s.info.expiresMs <= t) {
            retire(s, SessionState::Expired);
            ++n;
        }
    }
    std::erase_if(m_sessions, [t](const Session& s) {
        return s.info.state != SessionState::Active && s.info.usedMs < t - kTombstoneMs;
    });
    return n;
}

VaultSelector::VaultSelector(Store* store, TokenVault::Options options)
    : m_store(store)
    , m_options(options)
{}

TokenVault* VaultSelector::select(bool memoryOnly)
{
    m_problem.reset();
    if (memoryOnly || m_store == nullptr) {
        if (m_memory == nullptr) {
            m_memory = std::make_unique<MemoryVault>(m_options);
        }
        m_forgotten = 0;
        if (memoryOnly && m_store != nullptr) {
            // The originals already in the store must not outlive the policy that forbids them.
            if (m_storeVault == nullptr) {
                if (auto v = StoreVault::open(*m_store, m_options); v) {
                    m_storeVault = std::move(v.value());
                }
            }
            if (m_storeVault != nullptr) {
                if (auto n = m_storeVault->forgetAll(); n) {
                    m_forgotten = n.value();
                } else {
                    m_problem = n.error();
                }
                m_storeVault.reset();
            }
        }
        m_current = m_memory.get();
        return m_current;
    }
    if (m_storeVault == nullptr) {
        auto v = StoreVault::open(*m_store, m_options);
        if (!v) {
            m_problem = v.error();
            m_current = nullptr;
            return nullptr;
        }
        m_storeVault = std::move(v.value());
    }
    m_memory.reset(); // what the memory held goes with it
    m_current = m_storeVault.get();
    return m_current;
}

void VaultSelector::setTtlMs(std::int64_t ttlMs)
{
    m_options.ttlMs = ttlMs;
    if (m_current != nullptr) {
        m_current->setTtlMs(ttlMs);
    }
}
