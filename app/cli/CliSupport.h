// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"
#include "core/audit/AuditLog.h"
#include "core/redact/Vault.h"
#include "core/store/Store.h"

#include <QByteArray>

#include <memory>
#include <optional>

/** What the anonymize, restore and session commands share: whole-text input and the vault. */
namespace CliSupport {

/**
 * Reads FILE (or standard input for "" and "-") whole into `out`. Refuses a missing file, a folder
 * and binary input (a NUL byte in the first 8 KiB) with a sentence on io.err that names `command`;
 * warns about bytes that are not UTF-8 (they pass through unchanged, and never match a rule).
 */
bool readText(const QString& path, const QString& command, CliIo& io, QByteArray& out);

/** `path` in quotes for a message, or a phrase instead when the path itself looks like sensitive text. */
QString displayName(const QString& path);

/** The encrypted store with the audit log and the token vault in it. */
struct VaultAccess
{
    std::unique_ptr<Store> store;
    std::optional<AuditLog> log;
    std::unique_ptr<StoreVault> vault;
};

/**
 * Opens the store (creating it when `create`), the audit log and the vault. On failure writes why
 * to io.err and returns false; when !create and there is no store yet, returns false with
 * `*missing` set and writes nothing.
 */
bool openVault(const QString& command, CliIo& io, bool create, VaultAccess& out, bool* missing = nullptr);

/** Fills the fields every CLI audit event shares (source app, OS user, host, time). */
void stampEvent(AuditEvent& event);

} // namespace CliSupport
