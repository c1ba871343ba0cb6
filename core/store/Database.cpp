// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Database.h"

#include "core/common/Tr.h"
#include "core/log/Log.h"
#include "core/store/SqlError.h"
#include "core/store/StoreKey.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/crypto.h>
#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <tuple>
#include <utility>

namespace {

constexpr char kPlainHeader[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

bool isPlainHeader(std::span<const char> header)
{
    return header.size() >= sizeof(kPlainHeader) && std::memcmp(header.data(), kPlainHeader, sizeof(kPlainHeader)) == 0;
}

void setFault(OpenFault* fault, OpenFault value)
{
    if (fault != nullptr) {
        *fault = value;
    }
}

Error selfTestError()
{
    return Error{ErrorCode::Internal,
                 SCRIM_TR_NOOP("CoreErrors",
                               "The encryption self-test failed: this build is not using SQLCipher or the store "
                               "file is not encrypted. Scrim will not write the store unencrypted; reinstall Scrim.")};
}

Error cipherSettingError()
{
    return Error{ErrorCode::Internal,
                 SCRIM_TR_NOOP("CoreErrors",
                               "The encrypted store's cipher settings could not be applied; this SQLCipher version "
                               "is not supported.")};
}

// Runs a statement that returns at most one interesting row and gives back its first column as
// text ("" when no row). Used for PRAGMAs, which cannot take bound parameters.
Result<std::string> firstText(sqlite3* db, const std::string& sql, std::string_view what)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return sqlError(rc, what);
    }
    std::string out;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const auto* p = sqlite3_column_text(stmt, 0);
        if (p != nullptr) {
            out.assign(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt, 0)));
        }
        // Drain the statement so a PRAGMA with several rows finishes its work.
        while (rc == SQLITE_ROW) {
            rc = sqlite3_step(stmt);
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        return sqlError(rc, what);
    }
    return out;
}

bool isIdentifier(std::string_view s)
{
    if (s.empty()) {
        return false;
    }
    for (const char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool isAllowedAlgorithm(std::string_view name)
{
    static constexpr std::array<std::string_view, 6> allowed = {
        "HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512", "PBKDF2_HMAC_SHA1", "PBKDF2_HMAC_SHA256", "PBKDF2_HMAC_SHA512"};
    for (const auto a : allowed) {
        if (a == name) {
            return true;
        }
    }
    return false;
}

// Sets one cipher PRAGMA and reads it back: an unknown PRAGMA is silently ignored by SQLite, so a
// setting only counts once the connection reports the value we asked for.
Result<void> setAndCheck(sqlite3* db, std::string_view name, const std::string& value, const std::string& expected)
{
    const std::string n(name);
    auto set = firstText(db, "PRAGMA " + n + " = " + value, "setting a cipher parameter");
    if (!set) {
        return set.error();
    }
    auto got = firstText(db, "PRAGMA " + n, "reading a cipher parameter");
    if (!got) {
        return got.error();
    }
    if (got.value() != expected) {
        Log::get("store")->error("cipher parameter {} reads back as '{}', expected '{}'", n, got.value(), expected);
        return cipherSettingError();
    }
    return {};
}

// The raw-key form SQLCipher recognises, x'<64 hex digits>', built in a buffer that is wiped on
// every path. It is handed to sqlite3_key() as key material, never to the SQL parser.
class RawKeySpec
{
public:
    explicit RawKeySpec(const StoreKey& key)
    {
        static constexpr char hex[] = "0123456789abcdef";
        std::size_t i = 0;
        m_buf[i++] = 'x';
        m_buf[i++] = '\'';
        for (const std::uint8_t b : key.bytes()) {
            m_buf[i++] = hex[b >> 4];
            m_buf[i++] = hex[b & 0x0f];
        }
        m_buf[i++] = '\'';
    }
    ~RawKeySpec() { OPENSSL_cleanse(m_buf.data(), m_buf.size()); }
    RawKeySpec(const RawKeySpec&) = delete;
    RawKeySpec& operator=(const RawKeySpec&) = delete;
    const char* data() const { return m_buf.data(); }
    static constexpr int size() { return static_cast<int>(StoreKey::Size * 2 + 3); }

private:
    std::array<char, StoreKey::Size * 2 + 3> m_buf{};
};

} // namespace

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db != nullptr) {
        // close_v2 defers the close until every statement is finalized, so a forgotten Statement
        // cannot leave the handle half-closed.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

std::string Database::headerThroughSqlite() const
{
    sqlite3_file* file = nullptr;
    if (m_db == nullptr || sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK
        || file == nullptr || file->pMethods == nullptr) {
        return {};
    }
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK || size <= 0) {
        return {};
    }
    char buf[16] = {};
    const int n = static_cast<int>(std::min<sqlite3_int64>(size, sizeof buf));
    if (file->pMethods->xRead(file, buf, n, 0) != SQLITE_OK) {
        return {};
    }
    return std::string(buf, static_cast<std::size_t>(n));
}

std::string Database::fileHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray b = f.read(16);
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

Result<void> Database::checkSelfTest(std::string_view cipherVersion, std::span<const char> header)
{
    if (cipherVersion.empty()) {
        Log::get("store")->critical("self-test: PRAGMA cipher_version gave no answer; the linked library is not "
                                    "SQLCipher");
        return selfTestError();
    }
    if (isPlainHeader(header)) {
        Log::get("store")->critical("self-test: the store file is a plaintext SQLite database");
        return selfTestError();
    }
    return {};
}

Result<void> Database::checkFileNotPlain(const QString& path)
{
    if (isPlainHeader(fileHeader(path))) {
        Log::get("store")->critical("self-test: the store file is a plaintext SQLite database");
        return selfTestError();
    }
    return {};
}

Result<Database> Database::open(const QString& path, const StoreKey& key, const Options& options, OpenFault* fault)
{
    auto log = Log::get("store");
    setFault(fault, OpenFault::None);
    if (!key.valid()) {
        setFault(fault, OpenFault::WrongKeyOrDamaged);
        return Error{ErrorCode::InvalidArgument,
                     SCRIM_TR_NOOP("CoreErrors", "No key is available for the encrypted store.")};
    }
    if (!isAllowedAlgorithm(options.cipher.hmacAlgorithm) || !isAllowedAlgorithm(options.cipher.kdfAlgorithm)
        || options.cipher.pageSize < 512 || options.cipher.pageSize > 65536 || options.cipher.kdfIter < 1) {
        setFault(fault, OpenFault::SelfTestFailed);
        return cipherSettingError();
    }

    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (!info.exists() && !options.create) {
        setFault(fault, OpenFault::Io);
        return Error{ErrorCode::NotFound, SCRIM_TR_NOOP("CoreErrors", "The encrypted store does not exist yet.")};
    }
    // Before anything touches the file: refuse a plaintext database outright.
    if (auto st = checkFileNotPlain(path); !st) {
        setFault(fault, OpenFault::SelfTestFailed);
        return st.error();
    }

    Database db;
    db.m_path = path;
    const QByteArray native = QFile::encodeName(path);
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (options.create) {
        flags |= SQLITE_OPEN_CREATE;
    }
    int rc = sqlite3_open_v2(native.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setFault(fault, OpenFault::Io);
        return sqlError(rc, "opening the store");
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, options.busyTimeoutMs);

    // Self-test, part 1: plain SQLite ignores unknown PRAGMAs, so an empty answer means no SQLCipher.
    auto version = firstText(db.m_db, "PRAGMA cipher_version", "reading the cipher version");
    if (!version || !checkSelfTest(version.value(), {})) {
        setFault(fault, OpenFault::SelfTestFailed);
        return selfTestError();
    }
    // SQLCipher 4.6 writes HMAC failures to stderr on a wrong key; keep them out of the user's terminal.
    if (auto r = firstText(db.m_db, "PRAGMA cipher_log_source = NONE", "silencing cipher logging"); !r) {
        setFault(fault, OpenFault::SelfTestFailed);
        return r.error();
    }

    {
        const RawKeySpec spec(key);
        rc = sqlite3_key(db.m_db, spec.data(), RawKeySpec::size());
    }
    if (rc != SQLITE_OK) {
        setFault(fault, OpenFault::SelfTestFailed);
        return sqlError(rc, "keying the store");
    }

    const CipherSettings& c = options.cipher;
    const std::string ps = std::to_string(c.pageSize);
    const std::string iter = std::to_string(c.kdfIter);
    const std::string mem = c.memorySecurity ? "1" : "0";
    for (const auto& [name, value, expected] :
         {std::tuple<std::string_view, std::string, std::string>{"cipher_page_size", ps, ps},
          {"cipher_hmac_algorithm", c.hmacAlgorithm, c.hmacAlgorithm},
          {"cipher_kdf_algorithm", c.kdfAlgorithm, c.kdfAlgorithm},
          {"kdf_iter", iter, iter},
          {"cipher_memory_security", c.memorySecurity ? "ON" : "OFF", mem}}) {
        if (auto r = setAndCheck(db.m_db, name, value, expected); !r) {
            setFault(fault, OpenFault::SelfTestFailed);
            return r.error();
        }
    }

    // The first read decrypts page 1: a wrong key (or a damaged page 1) fails here with SQLITE_NOTADB,
    // before anything has been written.
    if (auto first = firstText(db.m_db, "SELECT count(*) FROM sqlite_master", "first read"); !first) {
        const int code = sqlite3_errcode(db.m_db) & 0xff;
        if (code == SQLITE_NOTADB) {
            log->error("first read: wrong key or damaged page 1; the file is left unchanged");
            setFault(fault, OpenFault::WrongKeyOrDamaged);
        } else if (code == SQLITE_CORRUPT) {
            setFault(fault, OpenFault::Corrupt);
        } else {
            setFault(fault, OpenFault::Io);
        }
        db.close();
        return first.error();
    }

    if (existed && options.verifyPages) {
        if (auto v = db.verifyPages(); !v) {
            setFault(fault, v.error().code == ErrorCode::InvalidData ? OpenFault::Corrupt : OpenFault::Io);
            db.close();
            return v.error();
        }
    }

    auto mode = firstText(db.m_db, "PRAGMA temp_store = MEMORY", "setting temp_store");
    if (mode) {
        mode = firstText(db.m_db, "PRAGMA journal_mode = WAL", "setting WAL mode");
    }
    if (mode && mode.value() != "wal") {
        log->error("journal_mode reads back as '{}'", mode.value());
        setFault(fault, OpenFault::Io);
        return Error{ErrorCode::IoError,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The encrypted store could not switch to write-ahead logging. Check that its "
                                   "folder is writable.")};
    }
    if (mode) {
        mode = firstText(db.m_db,
                         options.synchronousFull ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL",
                         "setting synchronous");
    }
    if (mode) {
        mode = firstText(db.m_db, "PRAGMA foreign_keys = ON", "enabling foreign keys");
    }
    if (!mode) {
        setFault(fault, OpenFault::Io);
        return mode.error();
    }

    // Self-test, part 2: whatever is on disk now must not be plaintext. Read through SQLite's own file
    // handle: opening and closing another descriptor of the file would drop this process's POSIX locks
    // on it, and another process could then delete the WAL this connection still writes to.
    if (auto st = checkSelfTest(version.value(), db.headerThroughSqlite()); !st) {
        setFault(fault, OpenFault::SelfTestFailed);
        return st.error();
    }
    log->info("store opened (SQLCipher {}, {} file)", version.value(), existed ? "existing" : "new");
    return db;
}

Result<void> Database::exec(std::string_view sql)
{
    const std::string s(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) {
        return sqlError(sqlite3_extended_errcode(m_db), "executing SQL");
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        Log::get("store")->error("prepare failed: {}", sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return sqlError(rc, "preparing a statement");
    }
    return Statement(m_db, stmt);
}

Result<std::string> Database::pragma(std::string_view name)
{
    if (!isIdentifier(name)) {
        return Error{ErrorCode::InvalidArgument, SCRIM_TR_NOOP("CoreErrors", "Not a PRAGMA name.")};
    }
    return firstText(m_db, "PRAGMA " + std::string(name), "reading a PRAGMA");
}

Result<int> Database::userVersion()
{
    auto v = pragma("user_version");
    if (!v) {
        return v.error();
    }
    int version = 0;
    const std::string& text = v.value();
    if (!text.empty()) {
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), version);
        if (ec != std::errc{} || end != text.data() + text.size()) {
            return sqlError(SQLITE_CORRUPT, "reading user_version");
        }
    }
    return version;
}

Result<void> Database::migrate(std::span<const Migration> migrations)
{
    auto current = userVersion();
    if (!current) {
        return current.error();
    }
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (current.value() > latest) {
        Log::get("store")->error("schema version {} is newer than this program's {}", current.value(), latest);
        return Error{
            ErrorCode::InvalidData,
            SCRIM_TR_NOOP("CoreErrors", "The encrypted store was written by a newer Scrim. Update Scrim to open it.")};
    }
    for (const Migration& m : migrations) {
        if (m.version <= current.value()) {
            continue;
        }
        auto tx = Transaction::begin(*this);
        if (!tx) {
            return tx.error();
        }
        if (auto r = exec(m.sql); !r) {
            return r.error();
        }
        // PRAGMA user_version takes no bound parameter; the value is a program constant.
        if (auto r = exec("PRAGMA user_version = " + std::to_string(m.version)); !r) {
            return r.error();
        }
        if (auto r = tx->commit(); !r) {
            return r.error();
        }
        Log::get("store")->info("schema migrated to version {}", m.version);
    }
    return {};
}

Result<void> Database::verifyPages()
{
    // cipher_integrity_check returns one row per bad page and nothing when all HMACs match.
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "PRAGMA cipher_integrity_check", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return sqlError(rc, "preparing cipher_integrity_check");
    }
    int bad = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++bad;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        return sqlError(rc, "cipher_integrity_check");
    }
    if (bad > 0) {
        Log::get("store")->error("cipher_integrity_check: {} problem(s)", bad);
        return sqlError(SQLITE_CORRUPT, "cipher_integrity_check");
    }
    auto quick = firstText(m_db, "PRAGMA quick_check", "quick_check");
    if (!quick) {
        return quick.error();
    }
    if (quick.value() != "ok") {
        return sqlError(SQLITE_CORRUPT, "quick_check");
    }
    return {};
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db != nullptr && sqlite3_get_autocommit(m_db) == 0;
}

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto r = db.exec("BEGIN IMMEDIATE"); !r) {
        return r.error();
    }
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Transaction::~Transaction()
{
    if (m_db != nullptr && m_db->inTransaction()) {
        // Nothing half-written survives a failed step: the whole transaction goes.
        (void)m_db->exec("ROLLBACK");
    }
}

Result<void> Transaction::commit()
{
    if (m_db == nullptr) {
        return Error{ErrorCode::Internal, SCRIM_TR_NOOP("CoreErrors", "The transaction was already finished.")};
    }
    auto r = m_db->exec("COMMIT");
    if (r) {
        m_db = nullptr;
    }
    return r;
}
