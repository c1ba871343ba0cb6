// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Statement.h"

#include <QString>

#include <span>
#include <string>
#include <string_view>

struct sqlite3;
class StoreKey;

/**
 * Cipher parameters, set explicitly on every open (SQLCipher does not store them in the file; a
 * database reopened with other values fails like a wrong key). The defaults are SQLCipher 4's.
 * The KDF values matter little with a raw key (no passphrase KDF runs) but are pinned all the same.
 */
struct CipherSettings
{
    int pageSize = 4096;
    std::string hmacAlgorithm = "HMAC_SHA512";       ///< HMAC_SHA1, HMAC_SHA256 or HMAC_SHA512
    std::string kdfAlgorithm = "PBKDF2_HMAC_SHA512"; ///< PBKDF2_HMAC_SHA1, _SHA256 or _SHA512
    int kdfIter = 256000;
    bool memorySecurity = true; ///< cipher_memory_security: wipe every SQLite allocation
};

/** Why Database::open failed, for callers that react differently (the Store moves corrupt files aside). */
enum class OpenFault
{
    None,
    SelfTestFailed,    ///< not SQLCipher, or the file is a plaintext SQLite database: fail closed
    WrongKeyOrDamaged, ///< SQLITE_NOTADB at the first read: wrong key, or page 1 damaged; file untouched
    Corrupt,           ///< the key is right (page 1 decrypts) but other pages fail their HMAC or b-tree checks
    Io,                ///< cannot open or write: missing or read-only folder, disk full, locked
    Schema,            ///< the file's schema is newer than this program, or a migration failed
};

/** One forward schema step: `sql` (no values, may hold several statements) brings the schema to `version`. */
struct Migration
{
    int version = 0;
    std::string_view sql;
};

/**
 * RAII wrapper over one SQLCipher connection (never Qt SQL). open() keys the connection with a raw
 * 256-bit key through sqlite3_key (the key never appears as SQL text), pins every cipher parameter,
 * silences SQLCipher's stderr logging, and detects a wrong key at the first read. Values enter SQL
 * only through prepared statements with bound parameters.
 *
 * Move only; closing happens in the destructor. A Database and its Statements are used from one
 * thread at a time. Errors are values with generic, translatable messages; SQLite's detail goes to
 * the diagnostics log (logger "store").
 */
class Database
{
public:
    struct Options
    {
        CipherSettings cipher;
        /** Create the file when missing; otherwise a missing file is ErrorCode::NotFound. */
        bool create = true;
        /** On opening an existing file, read every page (cipher_integrity_check + quick_check). */
        bool verifyPages = true;
        /**
         * synchronous=FULL (fsync on every commit: a committed row survives power loss) or NORMAL
         * (WAL still survives a process crash; the last commits may be lost on power loss). FULL costs
         * one fsync per commit; bench/ decides whether the audit log can afford it.
         */
        bool synchronousFull = true;
        /** Milliseconds to wait for another process's write lock. */
        int busyTimeoutMs = 5000;
    };

    Database() = default;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /**
     * Opens (or creates) the encrypted database at `path`. Order: self-test (cipher_version answers,
     * the file is not plaintext SQLite), key, cipher parameters (read back and compared), first read,
     * optional page verification, temp_store=MEMORY, journal_mode=WAL, synchronous (FULL by default).
     * On failure `*fault` (when given) says why. A wrong key leaves the file's bytes unchanged and
     * creates nothing.
     */
    static Result<Database>
    open(const QString& path, const StoreKey& key, const Options& options, OpenFault* fault = nullptr);
    static Result<Database> open(const QString& path, const StoreKey& key, OpenFault* fault = nullptr)
    {
        return open(path, key, Options{}, fault);
    }

    bool isOpen() const { return m_db != nullptr; }
    const QString& path() const { return m_path; }
    void close();

    /** Runs SQL that carries no values (DDL, PRAGMA, BEGIN/COMMIT); may hold several statements. */
    Result<void> exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);

    /** The first column of the first row of `PRAGMA name` as text; empty when it returns no row. */
    Result<std::string> pragma(std::string_view name);
    Result<int> userVersion();
    /**
     * Applies every migration above user_version in order, each in its own transaction together with
     * the new user_version. Refuses (OpenFault::Schema) a file newer than the last migration.
     */
    Result<void> migrate(std::span<const Migration> migrations);

    /** Reads every page: cipher_integrity_check, then quick_check. Error InvalidData when damaged. */
    Result<void> verifyPages();

    std::int64_t lastInsertRowId() const;
    int changes() const;
    /** True inside BEGIN … COMMIT (SQLite rolls a transaction back by itself after some errors). */
    bool inTransaction() const;

    /**
     * The self-test rule, separated so tests can feed it what plain SQLite answers: `cipherVersion`
     * must be non-empty and `header` (the file's first bytes; empty for a new file) must not start
     * with "SQLite format 3\0".
     */
    static Result<void> checkSelfTest(std::string_view cipherVersion, std::span<const char> header);
    /** The file half of the self-test: fails when `path` exists and starts with "SQLite format 3\0". */
    static Result<void> checkFileNotPlain(const QString& path);
    /**
     * The first 16 bytes of the file at `path` (fewer when shorter, empty when unreadable). Opens its
     * own descriptor: only for a file no connection of this process has open (closing a descriptor
     * drops every POSIX lock this process holds on the file, SQLite's included).
     */
    static std::string fileHeader(const QString& path);
    /** The first 16 bytes of this open database's file, read through SQLite's own handle. */
    std::string headerThroughSqlite() const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

/** BEGIN IMMEDIATE … COMMIT; rolls back in the destructor unless committed. */
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    Result<void> commit();

private:
    explicit Transaction(Database& db)
        : m_db(&db)
    {}
    Database* m_db = nullptr;
};
