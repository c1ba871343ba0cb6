// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/Retention.h"

#include "core/audit/AuditLog.h"
#include "core/log/Log.h"
#include "core/redact/Vault.h"

#include <QDateTime>

RetentionTimer::RetentionTimer(AuditLog& log, TokenVault* vault, Options options, QObject* parent)
    : QObject(parent)
    , m_log(log)
    , m_vault(vault)
    , m_options(std::move(options))
{
    m_timer.setInterval(m_options.interval);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RetentionTimer::runNow);
}

void RetentionTimer::start()
{
    runNow();
    m_timer.start();
}

std::uint64_t RetentionTimer::runNow()
{
    const std::int64_t now = m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
    const std::int64_t cutoff = now - static_cast<std::int64_t>(m_options.retentionDays) * 24 * 3600 * 1000;
    std::uint64_t deleted = 0;
    if (auto r = m_log.purgeOlderThan(cutoff); r) {
        deleted = r.value();
    } else {
        Log::get("audit")->error("retention purge failed: code {}", static_cast<int>(r.error().code));
    }
    std::uint64_t expired = 0;
    if (m_vault != nullptr) {
        if (auto r = m_vault->purgeExpired(); r) {
            expired = r.value();
        } else {
            Log::get("vault")->error("vault expiry failed: code {}", static_cast<int>(r.error().code));
        }
    }
    Log::get("audit")->info("retention round: {} events older than {} days deleted, {} vault sessions expired",
                            deleted,
                            m_options.retentionDays,
                            expired);
    emit ran(deleted, expired);
    return deleted;
}
