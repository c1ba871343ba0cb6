// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/store/KeyProvider.h"

#include <QString>

#include <optional>
#include <span>
#include <string>
#include <string_view>

/** What happened while the store was opened; the audit log records the notable parts as its first events. */
struct StoreOpenReport
{
    KeyBackend keyBackend = KeyBackend::Keychain;
    bool keyCreated = false;
    /** A new, empty database file was created. */
    bool created = false;
    /**
     * Non-empty when the previous database was damaged: it was kept under this name and a fresh one
     * started. The caller must record this (the audit log as its first event) and tell the user.
     */
    QString movedAsidePath;
    /** Non-empty when the key file fallback is in use: a translatable sentence for the app's status. */
    std::string warning;
};

/**
 * The one encrypted SQLCipher database of Scrim (`<data dir>/scrim.db`), which the audit log and the
 * token vault share. open() gets the key (KeyProvider), opens and self-tests the database
 * (Database::open), and applies the schema migrations.
 *
 * Faults: a wrong key or a damaged page 1 (indistinguishable to SQLCipher) fails with the file left
 * as it was — startFresh() exists for the user who chooses to give it up. A file whose key is right
 * but whose other pages are damaged is moved aside (kept, renamed with a UTC timestamp) and a fresh
 * store is started; the report says so. Missing/read-only folders and a full disk are Error values.
 *
 * Use one Store per process from one thread (the one that opened it).
 */
class Store
{
public:
    struct Options
    {
        /** Empty means Paths::dataDir() (which honours SCRIM_DATA_DIR). */
        QString dataDir;
        QString fileName = QStringLiteral("scrim.db");
        KeyProvider::Options key;
        Database::Options database;
    };

    static Result<Store> open(const Options& options);
    static Result<Store> open() { return open(Options{}); }

    /**
     * The explicit "give up the unreadable store" action: moves the existing file aside (kept) and
     * opens a fresh store with the current key. The report's movedAsidePath names the kept file.
     */
    static Result<Store> startFresh(const Options& options);

    /** Renames `dbPath` and its -wal/-shm files to `<dbPath>.damaged-<yyyyMMddTHHmmssZ>[-n]`; returns the new name. */
    static Result<QString> moveAside(const QString& dbPath);

    /** The schema steps, oldest first (1 creates `meta`); later features append theirs. */
    static std::span<const Migration> migrations();

    Database& database() { return m_db; }
    const StoreOpenReport& report() const { return m_report; }

    /** The `meta` table: small named values (schema facts, install id). */
    Result<void> setMeta(std::string_view key, std::string_view value);
    Result<std::optional<std::string>> meta(std::string_view key);

private:
    static Result<Store> openImpl(const Options& options, bool fresh);

    Database m_db;
    StoreOpenReport m_report;
};
