// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"
#include "core/common/Result.h"

#include <QString>

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
 * The head of the chain (sequence number and hash) is anchored outside the database, in
 * `<database>.anchor`, at least every kAnchorEvery events or kAnchorInterval, and on anchorNow():
 * cutting events off the end or putting back an older copy of the file is then found; events after
 * the last anchor are reported as an unanchored tail, never as verified.
 *
 * A retention purge deletes the oldest events and records where the chain now starts twice: as
 * the store's chain base (sequence number and hash of the last deleted event) and in a log_purged
 * event inside the chain, so the rest still verifies and a moved start is found.
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

    static constexpr std::uint64_t kAnchorEvery = 100;
    static constexpr std::int64_t kAnchorIntervalMs = 15 * 60 * 1000;

    /** Writes the current head to the anchor file now (also done by append() as it goes). */
    Result<void> anchorNow();

    struct Verification
    {
        std::uint64_t rowsChecked = 0;
        /** The sequence number the anchor file vouches for (0: no anchor yet). */
        std::uint64_t anchoredSeq = 0;
        /** Events after the anchor: their chain is intact but a cut there could not be seen. */
        std::uint64_t unanchoredTail = 0;
        /** The first row that breaks the chain, if any, and why (English; translatable, context "CoreErrors"). */
        std::optional<std::uint64_t> firstBrokenSeq;
        std::string problem;
        bool ok() const { return !firstBrokenSeq; }
    };
    /** Walks the whole chain. Fails only on a database error; a broken chain is a Verification. */
    Result<Verification> verify();

    /** The newest `limit` events, newest first. */
    Result<std::vector<AuditEvent>> list(std::size_t limit);

    /** All events, oldest first. */
    Result<std::vector<AuditEvent>> all();

    /**
     * Deletes the events older than `cutoffMs` (UTC ms) and appends a log_purged event that records
     * the new start of the chain. Returns how many events were deleted (0: nothing to do).
     */
    Result<std::uint64_t> purgeOlderThan(std::int64_t cutoffMs);

    /** The canonical, unambiguous byte form of a row that the chain hash covers. */
    static std::string canonical(const AuditEvent& event);

private:
    explicit AuditLog(Store& store, std::string hmacKey);

    struct Anchor
    {
        std::uint64_t seq = 0;
        std::string hash;
        std::int64_t timeMs = 0;
    };
    Result<void> writeAnchor(const Anchor& anchor);
    std::optional<Anchor> readAnchor() const;
    QString anchorPath() const;

    Store* m_store;
    std::string m_hmacKey; // raw bytes
    Anchor m_lastAnchor;   // what this process last wrote (or read at open)
};
