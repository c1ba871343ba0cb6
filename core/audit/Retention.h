// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <functional>

class AuditLog;
class TokenVault;

/**
 * Retention in a running app: at start and then once a day, deletes audit events older than the
 * retention period (AuditLog::purgeOlderThan, which records a log_purged event and keeps the chain
 * verifiable) and expires vault sessions whose TTL ran out. The retention period comes from the
 * policy; until a policy sets it, kDefaultRetentionDays applies.
 *
 * Lives on the thread of the store (the GUI thread in the app); needs an event loop for the timer.
 */
class RetentionTimer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultRetentionDays = 365;

    struct Options
    {
        int retentionDays = kDefaultRetentionDays;
        std::chrono::milliseconds interval = std::chrono::hours(24);
        /** UTC milliseconds now; empty means the system clock. */
        std::function<std::int64_t()> clock;
    };

    /** `vault` may be null. Neither is owned; both must outlive this object. */
    RetentionTimer(AuditLog& log, TokenVault* vault, Options options, QObject* parent = nullptr);

    /** Runs once now, then every `interval`. */
    void start();
    void setRetentionDays(int days) { m_options.retentionDays = days; }
    /** The vault whose expired sessions go too (it changes when the policy switches vault.memory_only). */
    void setVault(TokenVault* vault) { m_vault = vault; }

    /** One round: returns how many audit events were deleted (problems go to the diagnostics log). */
    std::uint64_t runNow();

signals:
    /** After each round: events deleted and vault sessions expired. */
    void ran(quint64 eventsDeleted, quint64 sessionsExpired);

private:
    AuditLog& m_log;
    TokenVault* m_vault;
    Options m_options;
    QTimer m_timer;
};
