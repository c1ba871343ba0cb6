// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TrayController.h"

#include "core/audit/AuditLog.h"
#include "core/common/Translations.h"
#include "core/log/Log.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyRules.h"
#include "core/redact/Anonymizer.h"
#include "core/redact/Restorer.h"
#include "core/redact/Vault.h"
#include "ui/ActivityWindow.h"
#include "ui/ClipboardWriter.h"
#include "ui/NoticePopup.h"
#include "ui/PasteBox.h"
#include "ui/ReasonDialog.h"
#include "ui/SettingsWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <map>
#include <optional>

namespace {
constexpr int trayPollMs = 250;
// Clipboard text beyond this is not scanned on demand here (the guard of the UI issue streams it).
constexpr qsizetype maxClipboardBytes = 8 * 1024 * 1024;
} // namespace

TrayController::TrayController(std::shared_ptr<const RuleSet> rules, int trayWaitMs, QObject* parent)
    : QObject(parent)
    , m_rules(std::move(rules))
    , m_trayWaitMs(trayWaitMs)
{
    m_menu = new QMenu();
    m_statusAction = m_menu->addAction(statusText());
    m_statusAction->setEnabled(false);
    m_menu->addSeparator();
    m_pasteBoxAction = m_menu->addAction(tr("Open &paste-box"));
    connect(m_pasteBoxAction, &QAction::triggered, this, [this] { openPasteBox(); });
    m_scanAction = m_menu->addAction(tr("&Scan clipboard now"));
    connect(m_scanAction, &QAction::triggered, this, &TrayController::scanClipboard);
    m_anonymizeAction = m_menu->addAction(tr("&Anonymize clipboard"));
    connect(m_anonymizeAction, &QAction::triggered, this, &TrayController::anonymizeClipboard);
    m_restoreAction = m_menu->addAction(tr("&Restore from clipboard"));
    connect(m_restoreAction, &QAction::triggered, this, &TrayController::restoreClipboard);
    setVault(nullptr);
    m_reasonAction = m_menu->addAction(tr("Give a reason to get the &original back…"));
    m_reasonAction->setVisible(false);
    connect(m_reasonAction, &QAction::triggered, this, &TrayController::askReason);
    m_menu->addSeparator();
    m_pauseMenu = m_menu->addMenu(tr("&Pause protection"));
    const auto addPause = [this](const QString& label, int minutes) {
        connect(m_pauseMenu->addAction(label), &QAction::triggered, this, [this, minutes] {
            if (m_guard == nullptr) {
                return;
            }
            m_pausedUntilMs = minutes > 0 ? QDateTime::currentMSecsSinceEpoch() + std::int64_t{minutes} * 60000 : 0;
            if (!m_guard->pause(m_pausedUntilMs)) {
                showMessage(tr("Pause protection"), tr("Your organisation's policy does not allow pausing."));
            }
        });
    };
    addPause(tr("For 15 minutes"), 15);
    addPause(tr("For 1 hour"), 60);
    addPause(tr("Until I resume it"), 0);
    m_pauseMenu->setEnabled(false);
    m_resumeAction = m_menu->addAction(tr("&Resume protection"));
    m_resumeAction->setVisible(false);
    connect(m_resumeAction, &QAction::triggered, this, [this] {
        if (m_guard != nullptr) {
            m_guard->resume();
        }
    });
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("A&ctivity")), &QAction::triggered, this, &TrayController::openActivity);
    connect(m_menu->addAction(tr("Po&licy status")), &QAction::triggered, this, &TrayController::openPolicyStatus);
    connect(m_menu->addAction(tr("Se&ttings…")), &QAction::triggered, this, &TrayController::openSettings);
    QAction* training = m_menu->addAction(tr("T&raining"));
    training->setEnabled(false);
    training->setToolTip(tr("Awareness demos for trainers come in a later version."));
    connect(m_menu->addAction(tr("&About Scrim")), &QAction::triggered, this, &TrayController::showAbout);
    m_quitAction = m_menu->addAction(tr("&Quit"));
    connect(m_quitAction, &QAction::triggered, qApp, &QCoreApplication::quit);

    m_trayTimer.setInterval(trayPollMs);
    connect(&m_trayTimer, &QTimer::timeout, this, &TrayController::waitForTray);
}

TrayController::~TrayController()
{
    delete m_reasonDialog;
    delete m_pasteBox;
    delete m_activity;
    delete m_policyStatusWindow;
    delete m_settingsWindow;
    delete m_popup;
    delete m_window;
    delete m_tray;
    delete m_menu;
}

void TrayController::setAuditProblem(const QString& problem)
{
    m_auditProblem = problem;
    if (m_auditAction == nullptr) {
        m_auditAction = new QAction(m_menu);
        m_auditAction->setEnabled(false);
        m_menu->insertAction(m_menu->actions().value(1), m_auditAction);
    }
    m_auditAction->setText(problem);
    m_auditAction->setVisible(!problem.isEmpty());
    updateState();
}

QString TrayController::statusText() const
{
    const QString policy = m_policyDescription.isEmpty() ? tr("built-in default policy") : m_policyDescription;
    const ClipboardGuard::State state = m_guard != nullptr ? m_guard->state() : ClipboardGuard::State::Protected;
    switch (state) {
    case ClipboardGuard::State::Protected:
        break;
    case ClipboardGuard::State::Flagged:
        return tr("Sensitive text on the clipboard (%1)").arg(policy);
    case ClipboardGuard::State::Swapped:
        return m_guard->awaitingReason()
                   ? tr("Clipboard blocked for %1 (%2)").arg(m_guard->destinationName(), policy)
                   : tr("Clipboard anonymized for %1 (%2)").arg(m_guard->destinationName(), policy);
    case ClipboardGuard::State::Paused:
        return m_pausedUntilMs > 0 ? tr("Paused until %1 (%2)")
                                         .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_pausedUntilMs).time(),
                                                                 QLocale::ShortFormat),
                                              policy)
                                   : tr("Paused (%1)").arg(policy);
    case ClipboardGuard::State::Unavailable:
        return tr("Not protecting the clipboard (%1)").arg(policy);
    }
    return tr("Protected: %1").arg(policy);
}

void TrayController::setGuard(ClipboardGuard* guard)
{
    m_guard = guard;
    if (guard == nullptr) {
        return;
    }
    guard->setReviewAvailable(true);
    connect(guard, &ClipboardGuard::stateChanged, this, &TrayController::updateState);
    connect(guard, &ClipboardGuard::notice, this, [this](const GuardNotice& n) {
        m_noticeGeneration = n.generation;
        noticePopup()->present(n);
        emit messageShown(n.title, n.text);
        if (n.askReasonNow) {
            askReason(); // justify: the reason comes first
        }
    });
    connect(guard, &ClipboardGuard::withdrawNotices, this, [this] {
        if (m_popup != nullptr) {
            m_popup->hide();
        }
    });
    updateState();
}

NoticePopup* TrayController::noticePopup()
{
    if (m_popup == nullptr) {
        m_popup = new NoticePopup();
        connect(m_popup, &NoticePopup::actionChosen, this, &TrayController::onNoticeAction);
    }
    return m_popup;
}

void TrayController::onNoticeAction(GuardNotice::Action action)
{
    if (m_guard == nullptr) {
        return;
    }
    // Each button acts on the copy its notice was about, never on a newer one.
    switch (action) {
    case GuardNotice::Action::AnonymizeCopy:
        m_guard->anonymizeCopy(m_noticeGeneration);
        break;
    case GuardNotice::Action::Ignore:
        m_guard->ignore(m_noticeGeneration);
        break;
    case GuardNotice::Action::Undo:
        m_guard->undo(m_noticeGeneration);
        break;
    case GuardNotice::Action::GiveReason:
        askReason();
        break;
    case GuardNotice::Action::Review:
        if (m_guard->isCurrent(m_noticeGeneration)) {
            openPasteBox(m_guard->originalText());
        }
        break;
    }
}

ReasonDialog* TrayController::askReason()
{
    if (m_guard == nullptr || !m_guard->awaitingReason()) {
        return nullptr;
    }
    if (m_reasonDialog == nullptr) {
        m_reasonDialog = new ReasonDialog(m_guard->destinationName(), ClipboardGuard::kMinReasonChars);
        m_reasonDialog->setAttribute(Qt::WA_DeleteOnClose);
        const std::uint64_t generation = m_guard->generation();
        connect(m_reasonDialog, &QDialog::accepted, this, [this, generation] {
            if (m_guard != nullptr && m_reasonDialog != nullptr) {
                m_guard->releaseWithReason(m_reasonDialog->reason(), generation);
            }
        });
    }
    m_reasonDialog->show();
    m_reasonDialog->raise();
    m_reasonDialog->activateWindow();
    return m_reasonDialog;
}

void TrayController::updateState()
{
    const ClipboardGuard::State state = m_guard != nullptr ? m_guard->state() : ClipboardGuard::State::Protected;
    const bool mayPause = m_policy == nullptr || m_policy->userMayPause;
    m_pauseMenu->setEnabled(m_guard != nullptr && mayPause && state != ClipboardGuard::State::Paused
                            && state != ClipboardGuard::State::Unavailable);
    m_pauseMenu->menuAction()->setToolTip(mayPause ? QString()
                                                   : tr("Your organisation's policy does not allow pausing."));
    m_resumeAction->setVisible(state == ClipboardGuard::State::Paused);
    m_reasonAction->setVisible(m_guard != nullptr && m_guard->awaitingReason());
    const bool mayQuit = m_policy == nullptr || m_policy->userMayQuit;
    m_quitAction->setVisible(mayQuit);
    if (m_quitButton != nullptr) {
        m_quitButton->setVisible(mayQuit);
    }
    m_statusAction->setText(statusText());
    if (m_tray != nullptr) {
        m_tray->setIcon(stateIcon(state));
    }
    QString problem = m_auditProblem;
    if (m_guard != nullptr && !m_guard->monitoringProblem().isEmpty()) {
        problem = problem.isEmpty() ? m_guard->monitoringProblem() : problem + u'\n' + m_guard->monitoringProblem();
    }
    if (m_tray != nullptr) {
        m_tray->setToolTip(problem.isEmpty() ? tr("Scrim: %1").arg(statusText())
                                             : tr("Scrim: %1").arg(statusText()) + u'\n' + problem);
    }
    if (m_windowStatus != nullptr) {
        m_windowStatus->setText(problem.isEmpty() ? statusText() : statusText() + u'\n' + problem);
    }
}

QIcon TrayController::stateIcon(ClipboardGuard::State state)
{
    // The app icon with a badge: amber for flagged text, blue for an anonymized clipboard, grey when
    // paused, red when the clipboard is not protected.
    const QIcon base(u":/icons/scrim.svg"_qs);
    QColor badge;
    switch (state) {
    case ClipboardGuard::State::Protected:
        return base;
    case ClipboardGuard::State::Flagged:
        badge = QColor(0xE0, 0x8E, 0x00);
        break;
    case ClipboardGuard::State::Swapped:
        badge = QColor(0x1E, 0x6F, 0xD9);
        break;
    case ClipboardGuard::State::Paused:
        badge = QColor(0x80, 0x80, 0x80);
        break;
    case ClipboardGuard::State::Unavailable:
        badge = QColor(0xC6, 0x28, 0x28);
        break;
    }
    QPixmap pm = base.pixmap(64, 64, state == ClipboardGuard::State::Paused ? QIcon::Disabled : QIcon::Normal);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 4));
    p.setBrush(badge);
    p.drawEllipse(QRectF(34, 34, 28, 28));
    p.end();
    return QIcon(pm);
}

void TrayController::setPolicyDescription(const QString& description)
{
    if (description == m_policyDescription && m_tray != nullptr) {
        return; // the app says it every few seconds; the icon and menu are redrawn only on a change
    }
    m_policyDescription = description;
    setAuditProblem(m_auditProblem); // refreshes the tooltip and the fallback window
}

void TrayController::start()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/scrim.svg"_qs));
        m_tray->setContextMenu(m_menu);
        updateState();
        m_tray->show();
        Log::get("ui")->info("tray icon shown");
        return;
    }
    // WORKAROUND: at login the tray host may start after us; wait a little before giving up on it.
    m_waited = 0;
    m_trayTimer.start();
}

void TrayController::waitForTray()
{
    m_waited += trayPollMs;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayTimer.stop();
        start();
        return;
    }
    if (m_waited >= m_trayWaitMs) {
        m_trayTimer.stop();
        showFallback();
    }
}

void TrayController::showFallback()
{
    Log::get("ui")->warn("no system tray after {} ms; showing the fallback window", m_waited);
    m_window = new QWidget();
    m_window->setWindowTitle(tr("Scrim"));
    m_window->setWindowIcon(QIcon(u":/icons/scrim.svg"_qs));
    auto* layout = new QVBoxLayout(m_window);
    auto* why = new QLabel(tr("This desktop has no system tray, so Scrim shows this window instead. "
                              "Closing it keeps Scrim running; use Quit to stop it."));
    why->setWordWrap(true);
    why->setObjectName(u"reasonLabel"_qs);
    layout->addWidget(why);
    auto* status = new QLabel(m_auditProblem.isEmpty() ? statusText() : statusText() + u'\n' + m_auditProblem);
    m_windowStatus = status;
    status->setObjectName(u"statusLabel"_qs);
    layout->addWidget(status);
    m_windowMessage = new QLabel();
    m_windowMessage->setObjectName(u"messageLabel"_qs);
    m_windowMessage->setWordWrap(true);
    layout->addWidget(m_windowMessage);
    for (QAction* action : {m_pasteBoxAction, m_scanAction, m_anonymizeAction, m_restoreAction}) {
        auto* button = new QPushButton(action->text());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        layout->addWidget(button);
    }
    m_quitButton = new QPushButton(tr("&Quit"));
    connect(m_quitButton, &QPushButton::clicked, qApp, &QCoreApplication::quit);
    layout->addWidget(m_quitButton);
    updateState();
    m_window->resize(420, 280);
    m_window->show();
}

bool TrayController::usingTray() const
{
    return m_tray != nullptr && m_tray->isVisible();
}

QWidget* TrayController::fallbackWindow() const
{
    return m_window;
}

void TrayController::setPolicy(const Policy* policy, std::shared_ptr<const RuleSet> rules)
{
    m_policy = policy;
    if (rules) {
        m_rules = std::move(rules);
    }
    if (m_pasteBox != nullptr) {
        m_pasteBox->setPolicy(policy != nullptr ? *policy : Policy::builtinDefault(), m_rules);
    }
    updateState();
}

PasteBox* TrayController::openPasteBox(const QString& text)
{
    if (m_pasteBox == nullptr) {
        m_pasteBox = new PasteBox(m_rules);
        m_pasteBox->setPolicy(m_policy != nullptr ? *m_policy : Policy::builtinDefault(), m_rules);
        m_pasteBox->setVault(m_vault);
        m_pasteBox->setAuditLog(m_audit);
    }
    if (!text.isEmpty()) {
        m_pasteBox->review(text);
    } else {
        m_pasteBox->show();
        m_pasteBox->raise();
        m_pasteBox->activateWindow();
    }
    return m_pasteBox;
}

void TrayController::setAuditLog(AuditLog* log)
{
    m_audit = log;
    if (m_pasteBox != nullptr) {
        m_pasteBox->setAuditLog(log);
    }
}

ActivityWindow* TrayController::openActivity()
{
    if (m_activity == nullptr) {
        m_activity = new ActivityWindow(m_audit);
    } else {
        m_activity->reload();
    }
    m_activity->show();
    m_activity->raise();
    m_activity->activateWindow();
    return m_activity;
}

PolicyStatusWindow* TrayController::openPolicyStatus()
{
    if (m_policyStatusWindow == nullptr) {
        m_policyStatusWindow = new PolicyStatusWindow();
    }
    m_policyStatusWindow->setStatus(m_policyStatus);
    m_policyStatusWindow->show();
    m_policyStatusWindow->raise();
    m_policyStatusWindow->activateWindow();
    return m_policyStatusWindow;
}

void TrayController::setSettings(const QString& path, bool mayChange, const QString& program)
{
    m_settingsPath = path;
    m_settingsMayChange = mayChange;
    m_program = program;
}

SettingsWindow* TrayController::openSettings()
{
    if (m_settingsWindow == nullptr) {
        m_settingsWindow =
            new SettingsWindow(m_settingsPath.isEmpty() ? UserSettings::defaultPath() : m_settingsPath,
                               m_settingsMayChange,
                               m_program.isEmpty() ? QCoreApplication::applicationFilePath() : m_program);
        connect(m_settingsWindow, &SettingsWindow::changed, this, &TrayController::settingsChanged);
    }
    m_settingsWindow->show();
    m_settingsWindow->raise();
    m_settingsWindow->activateWindow();
    return m_settingsWindow;
}

void TrayController::setPolicyStatus(const PolicyStatus& status)
{
    m_policyStatus = status;
    if (m_policyStatusWindow != nullptr) {
        m_policyStatusWindow->setStatus(status);
    }
}

PasteBox* TrayController::pasteBox() const
{
    return m_pasteBox;
}

void TrayController::setVault(TokenVault* vault)
{
    m_vault = vault;
    if (m_pasteBox != nullptr) {
        m_pasteBox->setVault(vault);
    }
    const QString why = vault == nullptr ? tr("Needs the encrypted store, which is not available.") : QString();
    for (QAction* a : {m_anonymizeAction, m_restoreAction}) {
        a->setEnabled(vault != nullptr);
        a->setToolTip(why);
    }
}

QByteArray TrayController::clipboardText(const QString& title, bool& truncated)
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QByteArray text;
    if (mime != nullptr && mime->hasText()) {
        text = mime->text().toUtf8();
    }
    truncated = false;
    if (text.isEmpty()) {
        showMessage(title, tr("The clipboard holds no text."));
        return text;
    }
    if (text.size() > maxClipboardBytes) {
        // Cut at a character boundary.
        qsizetype cut = maxClipboardBytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        text.truncate(cut);
        truncated = true;
    }
    return text;
}

void TrayController::putOnClipboard(const QString& text, bool holdsOriginals)
{
    ClipboardWriter::write(text, QString(), holdsOriginals);
}

void TrayController::record(AuditEventType type,
                            const std::string& action,
                            const std::vector<Finding>& findings,
                            std::string_view content,
                            std::string preview)
{
    if (m_audit == nullptr) {
        return;
    }
    // Metadata only: categories, counts, rule ids, type tokens and a keyed hash.
    AuditEvent e;
    e.type = type;
    e.action = action;
    e.describeFindings(findings);
    if (!preview.empty()) {
        e.preview = std::move(preview);
    }
    e.contentHmac = m_audit->contentHash(content);
    e.stamp("scrim");
    if (auto r = m_audit->append(std::move(e)); !r) {
        Log::get("ui")->warn("audit event not recorded: code {}", static_cast<int>(r.error().code));
    }
}

QString TrayController::summary(const std::vector<Finding>& findings)
{
    // Highest-ranked category first: "1 secret, 2 personal details".
    std::map<int, std::pair<Category, int>, std::greater<>> byCategory;
    for (const auto& f : findings) {
        auto& entry = byCategory[categoryRank(f.category)];
        entry.first = f.category;
        ++entry.second;
    }
    QStringList parts;
    for (const auto& [rank, entry] : byCategory) {
        parts << categoryLabel(entry.first, entry.second);
    }
    return parts.join(u", "_qs);
}

QString TrayController::scanClipboard()
{
    bool truncated = false;
    const QByteArray text = clipboardText(tr("Clipboard"), truncated);
    if (text.isEmpty()) {
        return tr("The clipboard holds no text.");
    }
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    auto found = m_rules->scan(view);
    QString msg;
    if (!found) {
        msg = tr("The clipboard could not be checked (%1). Treat its content as sensitive.")
                  .arg(Translations::errorMessage(found.error()));
    } else if (found->empty()) {
        msg = tr("Nothing sensitive found on the clipboard.");
    } else {
        msg = tr("The clipboard holds %n sensitive value(s): %1.", nullptr, static_cast<int>(found->size()))
                  .arg(summary(found.value()));
    }
    if (truncated) {
        msg += u' ' + tr("Only the first %1 MiB were checked.").arg(maxClipboardBytes >> 20);
    }
    Log::get("ui")->info("on-demand clipboard scan: {} bytes, {} findings",
                         text.size(),
                         found ? static_cast<long long>(found->size()) : -1LL);
    if (found && !found->empty()) {
        record(AuditEventType::ClipboardFlagged, "scan", found.value(), view);
    }
    showMessage(tr("Clipboard"), msg);
    return msg;
}

QString TrayController::anonymizeClipboard()
{
    const QString title = tr("Anonymize clipboard");
    if (m_vault == nullptr) {
        const QString msg = tr("Anonymized copies need the encrypted store, which is not available.");
        showMessage(title, msg);
        return msg;
    }
    bool truncated = false;
    const QByteArray text = clipboardText(title, truncated);
    if (text.isEmpty()) {
        return tr("The clipboard holds no text.");
    }
    if (truncated) {
        // Half a text anonymized would read as a whole one: refuse rather than cut.
        const QString msg = tr("The clipboard holds more than %1 MiB of text; it was left as it is. Use scrim-cli "
                               "anonymize for large texts.")
                                .arg(maxClipboardBytes >> 20);
        showMessage(title, msg);
        return msg;
    }
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    auto found = m_rules->scan(view);
    if (!found) {
        const QString msg = tr("The clipboard could not be checked (%1); it was left as it is.")
                                .arg(Translations::errorMessage(found.error()));
        showMessage(title, msg);
        return msg;
    }
    if (found->empty()) {
        const QString msg = tr("Nothing sensitive found on the clipboard; it was left as it is.");
        showMessage(title, msg);
        return msg;
    }
    Anonymizer::Options options;
    options.hashKey = m_vault->hashKey();
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    std::vector<Finding> findings = std::move(found.value());
    if (m_policy != nullptr) {
        findings = PolicyRules::withPolicy(view, std::move(findings), *m_policy);
        for (std::size_t c = 0; c < options.perCategory.size(); ++c) {
            options.perCategory[c] = m_policy->handle(static_cast<Category>(c), Destination::ApprovedAi).op;
        }
    }
    std::optional<AnonymizeResult> result;
    auto stored = m_vault->update(kClipboardSession, [&](TokenMap& map) -> Result<void> {
        auto r = Anonymizer(options).anonymize(view, std::move(findings), map);
        if (!r) {
            return r.error();
        }
        result.emplace(std::move(r.value()));
        return {};
    });
    if (!stored) {
        const QString msg = tr("The clipboard could not be anonymized (%1); it was left as it is.")
                                .arg(Translations::errorMessage(stored.error()));
        showMessage(title, msg);
        return msg;
    }
    putOnClipboard(QString::fromUtf8(result->text.data(), static_cast<qsizetype>(result->text.size())), false);
    record(AuditEventType::AnonymizedCopy, "token", result->findings, view);
    Log::get("ui")->info("clipboard anonymized: {} bytes, {} values", text.size(), result->findings.size());
    const QString msg = tr("Replaced %n value(s) with tokens: %1. Paste it into the AI tool; to put the values back "
                           "into its answer, copy the answer and choose Restore from clipboard.",
                           nullptr,
                           static_cast<int>(result->findings.size()))
                            .arg(summary(result->findings));
    showMessage(title, msg);
    return msg;
}

QString TrayController::restoreClipboard()
{
    const QString title = tr("Restore from clipboard");
    if (m_vault == nullptr) {
        const QString msg = tr("Restoring needs the encrypted store, which is not available.");
        showMessage(title, msg);
        return msg;
    }
    bool truncated = false;
    const QByteArray text = clipboardText(title, truncated);
    if (text.isEmpty()) {
        return tr("The clipboard holds no text.");
    }
    if (truncated) {
        const QString msg = tr("The clipboard holds more than %1 MiB of text; it was left as it is. Use scrim-cli "
                               "restore for large texts.")
                                .arg(maxClipboardBytes >> 20);
        showMessage(title, msg);
        return msg;
    }
    auto map = m_vault->load(kClipboardSession);
    if (!map) {
        const QString msg = tr("The vault could not be read (%1); the clipboard was left as it is.")
                                .arg(Translations::errorMessage(map.error()));
        showMessage(title, msg);
        return msg;
    }
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    const RestoreResult result = restoreText(view, map.value(), m_rules.get());
    QStringList parts;
    if (result.restored > 0) {
        const QString restored = QString::fromUtf8(result.text.data(), static_cast<qsizetype>(result.text.size()));
        ClipboardWriter::writeRestored(
            restored, (m_policy != nullptr ? *m_policy : Policy::builtinDefault()).clearRestoredSeconds, this);
        parts << tr("Restored %n value(s); the clipboard now holds the original text.",
                    nullptr,
                    static_cast<int>(result.restored));
    } else {
        parts << tr("No token of the current session was found; the clipboard was left as it is.");
    }
    parts << restoreNotes(result, false);
    record(AuditEventType::Restored,
           "restore",
           result.unexpected,
           view,
           std::to_string(result.restored) + " restored, " + std::to_string(result.unknownTokens.size()) + " unknown, "
               + std::to_string(result.retiredTokens.size()) + " expired, " + std::to_string(result.unexpected.size())
               + " unexpected");
    Log::get("ui")->info("clipboard restored: {} tokens, {} unknown, {} expired, {} unexpected",
                         result.restored,
                         result.unknownTokens.size(),
                         result.retiredTokens.size(),
                         result.unexpected.size());
    const QString msg = parts.join(u' ');
    showMessage(title, msg);
    return msg;
}

QStringList TrayController::restoreNotes(const RestoreResult& result, bool marked)
{
    QStringList parts;
    if (const auto n = static_cast<int>(result.retiredTokens.size()); n > 0) {
        parts << (marked ? tr("%n token(s) expired or were forgotten and stay as they are (grey).", nullptr, n)
                         : tr("%n token(s) expired or were forgotten and stay as they are.", nullptr, n));
    }
    if (const auto n = static_cast<int>(result.unknownTokens.size()); n > 0) {
        parts << (marked ? tr("%n token(s) are not from this session and stay as they are (red).", nullptr, n)
                         : tr("%n token(s) are not from this session and stay as they are.", nullptr, n));
    }
    if (!result.unexpected.empty()) {
        parts << tr("The answer also holds %n sensitive value(s) that did not come from your text: %1.",
                    nullptr,
                    static_cast<int>(result.unexpected.size()))
                     .arg(summary(result.unexpected));
    }
    return parts;
}

QString TrayController::categoryLabel(Category category, int count)
{
    switch (category) {
    case Category::Secret:
        return tr("%n secret(s)", nullptr, count);
    case Category::Pci:
        return tr("%n payment detail(s)", nullptr, count);
    case Category::Phi:
        return tr("%n health detail(s)", nullptr, count);
    case Category::Pii:
        return tr("%n personal detail(s)", nullptr, count);
    case Category::Confidential:
        return tr("%n confidential term(s)", nullptr, count);
    case Category::Injection:
        return tr("%n prompt-injection text(s)", nullptr, count);
    }
    return QString::number(count);
}

void TrayController::showMessage(const QString& title, const QString& text)
{
    if (usingTray()) {
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    } else if (m_windowMessage != nullptr) {
        m_windowMessage->setText(text);
    }
    emit messageShown(title, text);
}

void TrayController::showAbout()
{
    QMessageBox::about(nullptr,
                       tr("About Scrim"),
                       tr("<b>Scrim %1</b><p>Flags personal, health and payment data, secrets and confidential text "
                          "before it is pasted into an AI chatbot.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

ReasonDialog* TrayController::reasonDialog() const
{
    return m_reasonDialog;
}
