// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TrayController.h"

#include "core/audit/AuditLog.h"
#include "core/common/Translations.h"
#include "core/log/Log.h"

#include <QApplication>
#include <QClipboard>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSysInfo>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <map>

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
    m_scanAction = m_menu->addAction(tr("&Scan clipboard now"));
    connect(m_scanAction, &QAction::triggered, this, &TrayController::scanClipboard);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&About Scrim")), &QAction::triggered, this, &TrayController::showAbout);
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, qApp, &QCoreApplication::quit);

    m_trayTimer.setInterval(trayPollMs);
    connect(&m_trayTimer, &QTimer::timeout, this, &TrayController::waitForTray);
}

TrayController::~TrayController()
{
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
    if (m_tray != nullptr) {
        m_tray->setToolTip(problem.isEmpty() ? tr("Scrim: %1").arg(statusText())
                                             : tr("Scrim: %1").arg(statusText()) + u'\n' + problem);
    }
    if (m_windowStatus != nullptr) {
        m_windowStatus->setText(problem.isEmpty() ? statusText() : statusText() + u'\n' + problem);
    }
}

QString TrayController::statusText() const
{
    return tr("Protected: built-in default policy");
}

void TrayController::start()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/scrim.svg"_qs));
        m_tray->setToolTip(tr("Scrim: %1").arg(statusText()));
        m_tray->setContextMenu(m_menu);
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
    auto* scan = new QPushButton(m_scanAction->text());
    connect(scan, &QPushButton::clicked, m_scanAction, &QAction::trigger);
    layout->addWidget(scan);
    auto* quit = new QPushButton(tr("&Quit"));
    connect(quit, &QPushButton::clicked, qApp, &QCoreApplication::quit);
    layout->addWidget(quit);
    m_window->resize(420, 220);
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

QString TrayController::scanClipboard()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QByteArray text;
    if (mime != nullptr && mime->hasText()) {
        text = mime->text().toUtf8();
    }
    if (text.isEmpty()) {
        const QString msg = tr("The clipboard holds no text.");
        showMessage(tr("Clipboard"), msg);
        return msg;
    }
    bool truncated = false;
    if (text.size() > maxClipboardBytes) {
        text.truncate(maxClipboardBytes);
        truncated = true;
    }
    auto found = m_rules->scan(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    QString msg;
    if (!found) {
        msg = tr("The clipboard could not be checked (%1). Treat its content as sensitive.")
                  .arg(Translations::errorMessage(found.error()));
    } else if (found->empty()) {
        msg = tr("Nothing sensitive found on the clipboard.");
    } else {
        // Highest-ranked category first: "1 secret, 2 personal data".
        std::map<int, std::pair<Category, int>, std::greater<>> byCategory;
        for (const auto& f : found.value()) {
            auto& entry = byCategory[categoryRank(f.category)];
            entry.first = f.category;
            ++entry.second;
        }
        QStringList parts;
        for (const auto& [rank, entry] : byCategory) {
            parts << categoryLabel(entry.first, entry.second);
        }
        msg = tr("The clipboard holds %n sensitive value(s): %1.", nullptr, static_cast<int>(found->size()))
                  .arg(parts.join(u", "_qs));
    }
    if (truncated) {
        msg += u' ' + tr("Only the first %1 MiB were checked.").arg(maxClipboardBytes >> 20);
    }
    Log::get("ui")->info("on-demand clipboard scan: {} bytes, {} findings",
                         text.size(),
                         found ? static_cast<long long>(found->size()) : -1LL);
    if (m_audit != nullptr && found && !found->empty()) {
        // Metadata only: categories, counts, rule ids, type tokens and a keyed hash.
        AuditEvent e;
        e.type = AuditEventType::ClipboardFlagged;
        e.action = "scan";
        e.describeFindings(found.value());
        e.contentHmac = m_audit->contentHash(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        e.osUser = qEnvironmentVariable("USER").toStdString();
        e.host = QSysInfo::machineHostName().toStdString();
        if (auto r = m_audit->append(std::move(e)); !r) {
            Log::get("ui")->warn("audit event not recorded: code {}", static_cast<int>(r.error().code));
        }
    }
    showMessage(tr("Clipboard"), msg);
    return msg;
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
