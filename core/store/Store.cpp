// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Store.h"

#include "core/common/Paths.h"
#include "core/common/Tr.h"
#include "core/log/Log.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>

namespace {

// Append only: a released schema step is never edited, a change is a new step.
constexpr std::array<Migration, 4> kMigrations = {
    Migration{1,
              "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;"
              "INSERT INTO meta (key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));"},
    // The audit log (core/audit/AuditLog.h): one row per event, chained by hash.
    Migration{2,
              "CREATE TABLE audit_events ("
              " seq INTEGER PRIMARY KEY NOT NULL, time_ms INTEGER NOT NULL, type TEXT NOT NULL,"
              " source_app TEXT NOT NULL, dest_app TEXT NOT NULL, dest_ai INTEGER NOT NULL,"
              " categories TEXT NOT NULL, rule_ids TEXT NOT NULL, action TEXT NOT NULL,"
              " content_hmac TEXT NOT NULL, preview TEXT NOT NULL, os_user TEXT NOT NULL, host TEXT NOT NULL,"
              " policy_serial INTEGER NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"},
    // The token vault (core/redact/Vault.h): one row per token, surrogate or reserved name per session.
    Migration{3,
              "CREATE TABLE vault_sessions ("
              " name TEXT PRIMARY KEY NOT NULL, created_ms INTEGER NOT NULL, used_ms INTEGER NOT NULL,"
              " expires_ms INTEGER NOT NULL, state TEXT NOT NULL) WITHOUT ROWID;"
              "CREATE TABLE vault_entries ("
              " session TEXT NOT NULL, kind INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,"
              " number INTEGER NOT NULL, type TEXT NOT NULL, category TEXT NOT NULL, norm_key TEXT NOT NULL,"
              " original TEXT NOT NULL, context INTEGER NOT NULL, created_ms INTEGER NOT NULL,"
              " UNIQUE (session, kind, text));"},
    // Loading a session reads its rows in order: an index, so a store with many sessions stays fast.
    Migration{4, "CREATE INDEX vault_entries_by_session ON vault_entries (session, created_ms);"},
};

Error noDataDir()
{
    return Error{ErrorCode::IoError,
                 SCRIM_TR_NOOP("CoreErrors",
                               "Scrim's data folder could not be created, so the encrypted store cannot be opened. "
                               "Set SCRIM_DATA_DIR to a writable folder.")};
}

} // namespace

std::span<const Migration> Store::migrations()
{
    return kMigrations;
}

Result<QString> Store::moveAside(const QString& dbPath)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_qs);
    QString target = dbPath + u".damaged-"_qs + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + u"-wal"_qs); ++n) {
        target = dbPath + u".damaged-"_qs + stamp + u'-' + QString::number(n);
    }
    if (!QFile::rename(dbPath, target)) {
        Log::get("store")->error("moving the damaged store aside failed");
        return Error{ErrorCode::IoError,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The damaged encrypted store could not be moved aside. Check that its folder is "
                                   "writable.")};
    }
    // The WAL belongs to the old file: left behind, it would be replayed into the fresh one.
    for (const auto* suffix : {"-wal", "-shm"}) {
        const QString side = dbPath + QString::fromLatin1(suffix);
        if (QFileInfo::exists(side) && !QFile::rename(side, target + QString::fromLatin1(suffix))) {
            QFile::remove(side);
        }
    }
    Log::get("store")->warn("damaged store kept as {}", QFileInfo(target).fileName().toStdString());
    return target;
}

Result<Store> Store::open(const Options& options)
{
    return openImpl(options, false);
}

Result<Store> Store::startFresh(const Options& options)
{
    return openImpl(options, true);
}

Result<Store> Store::openImpl(const Options& options, bool fresh)
{
    auto log = Log::get("store");
    const QString dir = options.dataDir.isEmpty() ? Paths::dataDir() : options.dataDir;
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        return noDataDir();
    }
    const QString path = QDir(dir).filePath(options.fileName);

    Store store;
    if (fresh && QFileInfo::exists(path)) {
        auto moved = moveAside(path);
        if (!moved) {
            return moved.error();
        }
        store.m_report.movedAsidePath = moved.value();
    }

    // Fail closed on a plaintext database before any key is looked up or made.
    if (auto plain = Database::checkFileNotPlain(path); !plain) {
        return plain.error();
    }
    // A new key can only ever open a new file: never make one while a store exists.
    const bool exists = QFileInfo(path).size() > 0;
    KeyProvider::Options keyOptions = options.key;
    if (keyOptions.dataDir.isEmpty()) {
        keyOptions.dataDir = dir;
    }
    keyOptions.allowCreate = keyOptions.allowCreate && !exists;
    auto key = KeyProvider::obtain(keyOptions);
    if (!key) {
        return key.error();
    }
    store.m_report.keyBackend = key->backend;
    store.m_report.keyCreated = key->created;
    store.m_report.warning = key->warning;

    OpenFault fault = OpenFault::None;
    auto db = Database::open(path, key->key, options.database, &fault);
    if (!db && fault == OpenFault::Corrupt) {
        log->error("store damaged beyond page 1; moving it aside and starting a fresh one");
        auto moved = moveAside(path);
        if (!moved) {
            return moved.error();
        }
        store.m_report.movedAsidePath = moved.value();
        db = Database::open(path, key->key, options.database, &fault);
    }
    if (!db) {
        return db.error();
    }
    store.m_report.created = !exists || !store.m_report.movedAsidePath.isEmpty();
    store.m_db = std::move(db.value());

    if (auto m = store.m_db.migrate(migrations()); !m) {
        return m.error();
    }
    return store;
}

Result<void> Store::setMeta(std::string_view key, std::string_view value)
{
    auto st = m_db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st) {
        return st.error();
    }
    if (auto r = st->bind(1, key); !r) {
        return r;
    }
    if (auto r = st->bind(2, value); !r) {
        return r;
    }
    return st->run();
}

Result<std::optional<std::string>> Store::meta(std::string_view key)
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!st) {
        return st.error();
    }
    if (auto r = st->bind(1, key); !r) {
        return r.error();
    }
    auto row = st->step();
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<std::string>{};
    }
    return std::optional<std::string>{st->columnText(0)};
}
