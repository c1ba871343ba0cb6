// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Statement.h"

#include "core/common/Tr.h"
#include "core/log/Log.h"
#include "core/store/SqlError.h"

#include <sqlcipher/sqlite3.h>

#include <limits>
#include <utility>

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Result<void> Statement::checkBind(int rc, int index)
{
    if (rc == SQLITE_OK) {
        return {};
    }
    Log::get("store")->error("binding parameter {} failed: {} ({})", index, sqlite3_errstr(rc), rc);
    return Error{ErrorCode::InvalidArgument,
                 SCRIM_TR_NOOP("CoreErrors", "A value could not be passed to the encrypted store (internal error).")};
}

Result<void> Statement::bind(int index, std::int64_t value)
{
    return checkBind(sqlite3_bind_int64(m_stmt, index, value), index);
}

Result<void> Statement::bind(int index, double value)
{
    return checkBind(sqlite3_bind_double(m_stmt, index, value), index);
}

Result<void> Statement::bind(int index, std::string_view text)
{
    if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        return checkBind(SQLITE_TOOBIG, index);
    }
    return checkBind(sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT),
                     index);
}

Result<void> Statement::bindBlob(int index, std::span<const std::uint8_t> bytes)
{
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        return checkBind(SQLITE_TOOBIG, index);
    }
    // A zero-length blob must stay a blob, not NULL: sqlite3_bind_zeroblob for that case.
    if (bytes.empty()) {
        return checkBind(sqlite3_bind_zeroblob(m_stmt, index, 0), index);
    }
    return checkBind(sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT),
                     index);
}

Result<void> Statement::bindNull(int index)
{
    return checkBind(sqlite3_bind_null(m_stmt, index), index);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    // After a failed step the statement must be reset before it can run again.
    Error e = sqlError(rc, "statement");
    sqlite3_reset(m_stmt);
    return e;
}

Result<void> Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r) {
            return r.error();
        }
        if (!r.value()) {
            return {};
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    const auto* p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    if (p == nullptr || n <= 0) {
        return {};
    }
    return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
}

std::vector<std::uint8_t> Statement::columnBlob(int column) const
{
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    if (p == nullptr || n <= 0) {
        return {};
    }
    return std::vector<std::uint8_t>(p, p + n);
}
