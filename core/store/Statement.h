// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

/**
 * One prepared SQLCipher statement (RAII: finalized on destruction). Values only ever enter SQL
 * through the bind functions; indexes start at 1 as in SQLite. Column indexes start at 0.
 *
 * Errors come back as values; their messages are generic and translatable, the SQLite detail goes
 * to the diagnostics log (never bound values). A Statement belongs to the Database that prepared it
 * and must not outlive it; use it on that Database's thread only.
 */
class Statement
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Result<void> bind(int index, std::int64_t value);
    Result<void> bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Result<void> bind(int index, double value);
    /** Binds UTF-8 text; SQLite copies it. */
    Result<void> bind(int index, std::string_view text);
    Result<void> bindBlob(int index, std::span<const std::uint8_t> bytes);
    Result<void> bindNull(int index);

    /** Runs one step: true when a row is available, false when the statement is done. */
    Result<bool> step();
    /** Steps until done, for statements that return no rows (INSERT, UPDATE, DDL). */
    Result<void> run();
    /** Makes the statement runnable again and clears its bindings. */
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::vector<std::uint8_t> columnBlob(int column) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    Result<void> checkBind(int rc, int index);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};
