// SPDX-License-Identifier: GPL-3.0-or-later
// scrim: the tray app.
#include "core/audit/AuditLog.h"
#include "core/audit/Retention.h"
#include "core/common/Paths.h"
#include "core/common/Translations.h"
#include "core/detect/RuleSet.h"
#include "core/log/Log.h"
#include "core/platform/ActiveWindow.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyManager.h"
#include "core/policy/PolicyRules.h"
#include "core/policy/Signing.h"
#include "core/policy/UserSettings.h"
#include "core/redact/Vault.h"
#include "core/store/Store.h"
#include "ui/ClipboardGuard.h"
#include "ui/SingleInstance.h"
#include "ui/TrayController.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <memory>
#include <optional>

namespace {

// What the Policy status window shows.
PolicyStatus policyStatus(const PolicyManager* m, std::int64_t nextFetchMs, const QString& problem)
{
    PolicyStatus s;
    if (m == nullptr) {
        return s;
    }
    s.builtin = false;
    s.source = QString::fromStdString(m->config().policyUrl);
    s.org = QString::fromStdString(m->config().org);
    for (const std::string& pem : m->config().adminKeysPem) {
        if (auto f = Signing::fingerprint(pem); f) {
            s.pinnedKeys << QString::fromStdString(f.value());
        }
    }
    if (!m->usingBuiltinDefault()) {
        const Policy& p = m->current();
        s.serial = p.serial;
        s.issuedAt = QString::fromStdString(p.issuedAt);
        s.expiresAt = QString::fromStdString(p.expiresAt);
        s.expired = p.expiredAt(QDateTime::currentMSecsSinceEpoch());
        s.onExpiry = QString::fromStdString(p.onExpiry);
    }
    s.lastFetchMs = m->lastFetchMs();
    s.nextFetchMs = nextFetchMs;
    s.lastProblem = problem;
    return s;
}

void describePolicy(const PolicyManager& m, TrayController& tray)
{
    if (m.usingBuiltinDefault()) {
        tray.setPolicyDescription(QString());
        return;
    }
    const Policy& p = m.current();
    QString text = TrayController::tr("policy %1 of %2").arg(p.serial).arg(QString::fromStdString(p.org));
    if (p.expiredAt(QDateTime::currentMSecsSinceEpoch())) {
        // A visible warning: no newer policy arrived before this one expired.
        text += u", "_qs
                + (p.onExpiry == "strict" ? TrayController::tr("expired %1: everything sensitive is anonymized")
                                          : TrayController::tr("expired %1, still enforced"))
                      .arg(QString::fromStdString(p.expiresAt));
    }
    tray.setPolicyDescription(text);
}

// The managed configuration decides where policies come from; without one the built-in default applies.
std::unique_ptr<PolicyManager> startPolicy(Store& store, AuditLog* audit, TrayController& tray)
{
    QFile file(QString::fromStdString(ManagedConfig::defaultPath()));
    if (!file.exists()) {
        Log::get("policy")->info("no managed configuration at {}: the built-in default policy applies",
                                 file.fileName().toStdString());
        return nullptr;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Log::get("policy")->error("the managed configuration {} cannot be read", file.fileName().toStdString());
        tray.setAuditProblem(TrayController::tr("The managed configuration cannot be read; the built-in default "
                                                "policy applies."));
        return nullptr;
    }
    auto config = ManagedConfig::load(file.readAll().toStdString());
    if (!config) {
        Log::get("policy")->error("the managed configuration {} is not valid", file.fileName().toStdString());
        tray.setAuditProblem(Translations::errorMessage(config.error()));
        return nullptr;
    }
    Log::get("policy")->info("managed configuration {}: organisation {}, {} admin key(s)",
                             file.fileName().toStdString(),
                             config->org,
                             config->adminKeysPem.size());
    auto m = std::make_unique<PolicyManager>(store, audit, config.value());
    m->start();
    describePolicy(*m, tray);
    return m;
}

} // namespace

int main(int argc, char* argv[])
{
#if defined(Q_OS_LINUX)
    // Without a display QApplication aborts with a message about plugins; say what is wrong instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("scrim: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the tray app cannot start.\n"
                   "Use scrim-cli for the same checks without a display, e.g.: scrim-cli scan FILE\n",
                   stderr);
        return 2;
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"scrim"_qs);
    QApplication::setApplicationDisplayName(u"Scrim"_qs);
    QApplication::setApplicationVersion(QStringLiteral(SCRIM_VERSION));
    QApplication::setQuitOnLastWindowClosed(false);
    // The user's own settings; a chosen language applies from the start.
    const QString settingsPath = UserSettings::defaultPath();
    UserSettings userSettings = UserSettings::load(settingsPath);
    if (!userSettings.language.isEmpty()) {
        QLocale::setDefault(QLocale(userSettings.language));
    }
    Translations::install(app);
    const std::string logProblem = Log::init("scrim");
    // One instance per user: a second start brings the running one forward and ends.
    SingleInstance instance(Paths::dataDir());
    if (!instance.claim()) {
        std::puts(qPrintable(TrayController::tr("Scrim is already running; its paste-box was brought forward.")));
        return 0;
    }

    auto rules = RuleSet::builtin();
    if (!rules) {
        // Fail closed: without rules Scrim cannot protect anything; do not pretend otherwise.
        std::fprintf(stderr, "scrim: %s\n", rules.error().message.c_str());
        return 2;
    }
    bool ok = false;
    int wait = qEnvironmentVariableIntValue("SCRIM_TRAY_WAIT_MS", &ok);
    TrayController tray(rules.value(), ok ? wait : 3000);
    // The clipboard guard: every copy is scanned; the focused window decides where it is going.
    ClipboardGuard guard(rules.value(), ActiveWindowSource::create());
    // The audit log. Without it Scrim still protects, and says where the problem is.
    std::optional<Store> store;
    std::optional<AuditLog> audit;
    std::optional<VaultSelector> vaults;
    std::unique_ptr<PolicyManager> policyManager;
    if (auto s = Store::open(); s) {
        store.emplace(std::move(s.value()));
        if (auto a = AuditLog::open(*store); a) {
            audit.emplace(std::move(a.value()));
            tray.setAuditLog(&*audit);
            // The policy in force: the last known good one of the managed configuration's server,
            // else the built-in default.
            policyManager = startPolicy(*store, &*audit, tray);
            const Policy& policy = policyManager ? policyManager->current() : Policy::builtinDefault();
            guard.setAuditLog(&*audit);
            // The vault of anonymized copies (its TTL purge runs as it opens and on each use).
            TokenVault::Options vaultOptions;
            vaultOptions.ttlMs = static_cast<std::int64_t>(policy.vaultTtlHours) * 3600 * 1000;
            vaults.emplace(&*store, vaultOptions);
            TokenVault* v = vaults->select(policy.vaultMemoryOnly);
            if (v == nullptr) {
                Log::get("app")->error("the token vault cannot be used: code {}",
                                       static_cast<int>(vaults->problem()->code));
            }
            tray.setVault(v);
            guard.setVault(v);
            if (!store->report().movedAsidePath.isEmpty()) {
                AuditEvent e;
                e.type = AuditEventType::StoreRecovered;
                e.action = "moved_aside";
                (void)audit->append(e);
            }
        }
        if (!store->report().warning.empty()) {
            Log::get("app")->warn("store key is kept in a file (no OS keychain answered)");
            tray.setAuditProblem(TrayController::tr("Audit log key kept in a file: no OS keychain in use."));
        }
    } else {
        const QString why = Translations::errorMessage(s.error());
        std::fprintf(stderr, "scrim: %s\n", why.toLocal8Bit().constData());
        tray.setAuditProblem(TrayController::tr("Audit log unavailable: %1").arg(why));
    }
    // The policy in force, with the user's operators where the managed configuration allows them.
    const bool mayChangeSettings = policyManager == nullptr || policyManager->config().usersMayChangeSettings;
    Policy effective;
    const auto applyPolicy = [&] {
        const Policy& inForce = policyManager ? policyManager->current() : Policy::builtinDefault();
        effective = userSettings.applyTo(inForce, mayChangeSettings);
        if (auto policyRules = PolicyRules::ruleSet(effective, rules.value()); policyRules) {
            tray.setPolicy(&effective, policyRules.value());
            guard.setPolicy(effective, policyRules.value(), effective.strictAt(QDateTime::currentMSecsSinceEpoch()));
        } else {
            Log::get("policy")->error("the policy's rules do not compile: code {}",
                                      static_cast<int>(policyRules.error().code));
        }
        guard.setNotices(!mayChangeSettings || userSettings.notices);
    };
    applyPolicy();
    tray.setSettings(settingsPath, mayChangeSettings, QCoreApplication::applicationFilePath());
    QObject::connect(&tray, &TrayController::settingsChanged, &tray, [&](const UserSettings& changed) {
        userSettings = changed;
        applyPolicy();
    });
    // Retention: old audit events and expired vault sessions go at start and once a day.
    std::unique_ptr<RetentionTimer> retention;
    if (audit) {
        RetentionTimer::Options retentionOptions;
        retentionOptions.retentionDays =
            (policyManager ? policyManager->current() : Policy::builtinDefault()).retentionDays;
        retention = std::make_unique<RetentionTimer>(*audit, vaults ? vaults->current() : nullptr, retentionOptions);
        retention->start();
    }
    // Policy refresh: the download runs off the UI thread; the result is applied here.
    QTimer refreshTimer;
    std::future<PolicyManager::Download> pending;
    std::int64_t nextRefreshMs = 0;
    int failures = 0;
    if (policyManager) {
        refreshTimer.setInterval(5000);
        QObject::connect(&refreshTimer, &QTimer::timeout, [&] {
            const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
            // An expired policy with on_expiry=strict anonymizes everything sensitive; either way the
            // tray says it has expired.
            guard.setStrict(policyManager->current().strictAt(now));
            describePolicy(*policyManager, tray);
            if (pending.valid()) {
                if (pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
                    return;
                }
                const auto outcome = policyManager->apply(pending.get());
                const bool fetched = outcome.applied || outcome.notModified;
                QString problem;
                if (!fetched) {
                    Log::get("policy")->warn("policy refresh failed: {} {}",
                                             Fetcher::failureName(outcome.failure),
                                             rejectionName(outcome.rejection));
                    problem = outcome.rejection != Rejection::None
                                  ? TrayController::tr("the downloaded policy was rejected (%1)")
                                        .arg(QString::fromLatin1(rejectionName(outcome.rejection)))
                                  : TrayController::tr("the server could not be reached (%1)")
                                        .arg(QString::fromLatin1(Fetcher::failureName(outcome.failure)));
                }
                failures = fetched ? 0 : std::min(failures + 1, 6);
                describePolicy(*policyManager, tray);
                if (outcome.applied) {
                    Log::get("policy")->info("policy applied: serial {}", policyManager->current().serial);
                    applyPolicy();
                }
                if (retention) {
                    retention->setRetentionDays(policyManager->current().retentionDays);
                }
                if (vaults) {
                    vaults->setTtlMs(std::int64_t{policyManager->current().vaultTtlHours} * 3600 * 1000);
                    // vault.memory_only switched by a new policy: takes effect now, not at the next start.
                    const bool memoryOnly = policyManager->current().vaultMemoryOnly;
                    if (memoryOnly != vaults->memoryOnly()) {
                        TokenVault* v = vaults->select(memoryOnly);
                        tray.setVault(v);
                        guard.setVault(v);
                        if (retention) {
                            retention->setVault(v);
                        }
                        Log::get("app")->info("vault switched to {}: {} stored sessions forgotten",
                                              memoryOnly ? "memory only" : "the encrypted store",
                                              vaults->forgottenOnSwitch());
                    }
                }
                // Jittered, with back-off after failures (1, 2, 4 … minutes, at most the refresh interval).
                const std::int64_t interval = std::int64_t{policyManager->current().refreshMinutes} * 60000;
                const std::int64_t delay = fetched ? interval : std::min(interval, std::int64_t{60000} << failures);
                nextRefreshMs = now + delay + QRandomGenerator::global()->bounded(static_cast<int>(delay / 10 + 1));
                tray.setPolicyStatus(policyStatus(policyManager.get(), nextRefreshMs, problem));
                return;
            }
            if (now >= nextRefreshMs) {
                Log::get("policy")->debug("policy refresh started");
                pending = std::async(std::launch::async, &PolicyManager::download, policyManager->prepare());
            }
        });
        refreshTimer.start();
    }
    tray.setPolicyStatus(
        policyStatus(policyManager.get(), policyManager ? QDateTime::currentMSecsSinceEpoch() + 5000 : 0, QString()));
    tray.setGuard(&guard);
    QObject::connect(&instance, &SingleInstance::activationRequested, &tray, [&tray] { tray.openPasteBox(); });
    tray.start();
    guard.start();
    if (!logProblem.empty()) {
        std::fprintf(stderr, "scrim: %s\n", logProblem.c_str());
    }
    return QApplication::exec();
}
