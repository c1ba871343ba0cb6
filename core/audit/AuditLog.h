// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"
#include "core/common/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class Store;

/**
 * The tamper-evident audit log in the encrypted store. Each row carries
 * hash = SHA-256(prev_hash ‖ canonical row) and a sequence number; verify() walks the chain and
 * names the first row that breaks it. The content hash is an HMAC with a per-install key kept in
 * the store, so equal texts can be recognised without the text being recoverable.
 *
 * Not yet here (next increments of the audit-log milestone): anchoring the head outside the
 * database, retention checkpoints, export, purge.
 *
 * Use from the thread that opened the Store; the Store must outlive the AuditLog.
 */
class AuditLog
{
public:
    /** Prepares the log (creates the per-install HMAC key on first use). */
    static Result<AuditLog> open(Store& store);

    /** Appends one event in its own transaction; returns its sequence number. */
    Result<std::uint64_t> append(AuditEvent event);

    /** HMAC-SHA-256 of `content` with the per-install key, as 32 hex characters. */
    std::string contentHash(std::string_view content) const;

    struct Verification
    {
        std::uint64_t rowsChecked = 0;
        /** The first row that breaks the chain, if any, and why (English; translatable, context "CoreErrors"). */
        std::optional<std::uint64_t> firstBrokenSeq;
        std::string problem;
        bool ok() const { return !firstBrokenSeq; }
    };
    /** Walks the whole chain. Fails only on a database error; a broken chain is a Verification. */
    Result<Verification> verify();

    /** The newest `limit` events, newest first. */
    Result<std::vector<AuditEvent>> list(std::size_t limit);

    /** The canonical, unambiguous byte form of a row that the chain hash covers. */
    static std::string canonical(const AuditEvent& event);

private:
    explicit AuditLog(Store& store, std::string hmacKey);

    Store* m_store;
    std::string m_hmacKey; // raw bytes
};
