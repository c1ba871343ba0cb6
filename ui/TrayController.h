// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"
#include "core/detect/RuleSet.h"
#include "core/policy/UserSettings.h"
#include "core/redact/Restorer.h"
#include "ui/ClipboardGuard.h"
#include "ui/PolicyStatusWindow.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class AuditLog;
class TokenVault;
struct Policy;
class NoticePopup;
class PasteBox;
class ActivityWindow;
class PolicyStatusWindow;
class SettingsWindow;
class ReasonDialog;
class QAction;
class QLabel;
class QPushButton;
class QMenu;
class QSystemTrayIcon;
class QWidget;

/**
 * The tray daemon's face: a tray icon with its menu, or, where the desktop has no system tray,
 * a small window that says so and offers the same actions.
 *
 * Responsibilities: show the protection state; let the user scan the clipboard on demand, put an
 * anonymized copy of it on the clipboard in one click and restore the originals in an AI's answer
 * (vault session "clipboard"); About; Quit. (The clipboard guard, paste-box and views come with
 * their own issue.)
 * Lives on the GUI thread.
 */
class TrayController : public QObject
{
    Q_OBJECT

public:
    /** `trayWaitMs`: how long to wait for a tray to appear before falling back to a window. */
    TrayController(std::shared_ptr<const RuleSet> rules, int trayWaitMs, QObject* parent = nullptr);
    ~TrayController() override;

    /** Shows the tray icon, or starts waiting for a tray (then the fallback window). */
    void start();

    /** Scans the clipboard's text now and reports a summary (never the values). Returns the summary.
     *  With an audit log set, a scan with findings is recorded as a clipboard_flagged event. */
    QString scanClipboard();

    /**
     * Replaces the sensitive values of the clipboard's text with tokens and puts the result on the
     * clipboard (marked as Scrim's own). The originals go to the vault session kClipboardSession.
     * Returns the message shown (types and counts, never values).
     */
    QString anonymizeClipboard();
    /**
     * Puts the originals back into the clipboard's text (an AI's answer) and puts the result on the
     * clipboard, marked so clipboard managers do not keep it. Reports unknown or expired tokens and
     * sensitive values that did not come from the session. Returns the message shown.
     */
    QString restoreClipboard();

    /** The vault session the tray's anonymize and restore share (one conversation at a time). */
    static constexpr const char* kClipboardSession = ClipboardGuard::kSession;
    /** The clipboard format that marks Scrim's own writes. */
    static constexpr const char* kOwnerFormat = ClipboardGuard::kOwnerFormat;

    /** Where events go; may be null (no store: the app says so in its status). Not owned. */
    void setAuditLog(AuditLog* log);
    /** Where the originals of anonymized copies go; null disables anonymize and restore. Not owned. */
    void setVault(TokenVault* vault);
    /**
     * The policy in force and the rules built from it (built-in plus its custom rules). Anonymize
     * then also replaces its dictionary terms, spares its allowlist and uses its operators for
     * approved AI tools. `policy` is not owned; null: the built-in behaviour.
     */
    void setPolicy(const Policy* policy, std::shared_ptr<const RuleSet> rules);

    /**
     * The clipboard guard whose state the icon and status show, whose notices appear as a notice
     * window with buttons, and whose pause the menu offers. Not owned; may stay unset (no guard).
     */
    void setGuard(ClipboardGuard* guard);
    /** Opens the paste-box (created on first use), with `text` in its editor when given. */
    PasteBox* openPasteBox(const QString& text = QString());
    PasteBox* pasteBox() const;
    QAction* pasteBoxAction() const { return m_pasteBoxAction; }
    /** Opens the Activity window (the audit log; created on first use, reloaded on every open). */
    ActivityWindow* openActivity();
    /** Opens the Policy status window. */
    PolicyStatusWindow* openPolicyStatus();
    /** What the Policy status window shows; the app updates it after every refresh. */
    void setPolicyStatus(const PolicyStatus& status);
    /** Where the Settings window keeps the user's settings, whether the managed configuration lets
     *  users change them, and the program start at login runs. */
    void setSettings(const QString& path, bool mayChange, const QString& program);
    /** Opens the Settings window. */
    SettingsWindow* openSettings();
    /** The notice window (created on first use; for tests). */
    NoticePopup* noticePopup();
    /** Opens the dialog that asks why the original of a blocked text is needed. */
    ReasonDialog* askReason();
    ReasonDialog* reasonDialog() const;
    QMenu* pauseMenu() const { return m_pauseMenu; }
    QAction* resumeAction() const { return m_resumeAction; }
    QAction* reasonAction() const { return m_reasonAction; }
    QAction* quitAction() const { return m_quitAction; }

    /** A problem with the audit log the user should know about (key in a file, no store); shown
     *  under the status in the menu, the tooltip and the fallback window. Empty clears it. */
    void setAuditProblem(const QString& problem);
    /** What the status line says is in force ("policy 7 of acme"); empty: the built-in default policy. */
    void setPolicyDescription(const QString& description);

    bool usingTray() const;
    QWidget* fallbackWindow() const;
    QMenu* menu() const { return m_menu; }
    QAction* scanAction() const { return m_scanAction; }
    QAction* anonymizeAction() const { return m_anonymizeAction; }
    QAction* restoreAction() const { return m_restoreAction; }
    QString statusText() const;
    /** "2 payment details", "1 secret": a category and a count in words users know. */
    static QString categoryLabel(Category category, int count);
    /** "1 secret, 2 personal details": the findings' categories, highest-ranked first. */
    static QString summary(const std::vector<Finding>& findings);
    /** What a restore left as it was, in sentences: expired and foreign tokens, and sensitive
     *  values the answer holds that were not in the user's text. `marked`: the tokens are shown
     *  in grey and red (the paste box), and the sentences say so. */
    static QStringList restoreNotes(const RestoreResult& result, bool marked);

signals:
    /** The user changed a setting (already saved). */
    void settingsChanged(const UserSettings& settings);
    /** A message for the user was shown (tray balloon or the fallback window's label). */
    void messageShown(const QString& title, const QString& text);

private:
    void updateState();
    static QIcon stateIcon(ClipboardGuard::State state);
    void onNoticeAction(GuardNotice::Action action);
    void waitForTray();
    void showFallback();
    void showMessage(const QString& title, const QString& text);
    void showAbout();
    /** The clipboard's text (UTF-8), cut to the scan limit; empty with a message shown when none. */
    QByteArray clipboardText(const QString& title, bool& truncated);
    void putOnClipboard(const QString& text, bool holdsOriginals);
    void record(AuditEventType type,
                const std::string& action,
                const std::vector<Finding>& findings,
                std::string_view content,
                std::string preview = {});

    std::shared_ptr<const RuleSet> m_rules;
    AuditLog* m_audit = nullptr;
    TokenVault* m_vault = nullptr;
    const Policy* m_policy = nullptr;
    int m_trayWaitMs;
    int m_waited = 0;
    QTimer m_trayTimer;
    QMenu* m_menu = nullptr;
    QAction* m_statusAction = nullptr;
    QAction* m_scanAction = nullptr;
    QAction* m_anonymizeAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QPointer<QWidget> m_window;
    QLabel* m_windowMessage = nullptr;
    QLabel* m_windowStatus = nullptr;
    QAction* m_auditAction = nullptr;
    QString m_auditProblem;
    QString m_policyDescription;
    ClipboardGuard* m_guard = nullptr;
    NoticePopup* m_popup = nullptr;
    QPointer<ReasonDialog> m_reasonDialog;
    QPointer<PasteBox> m_pasteBox;
    QPointer<ActivityWindow> m_activity;
    QPointer<PolicyStatusWindow> m_policyStatusWindow;
    PolicyStatus m_policyStatus;
    QPointer<SettingsWindow> m_settingsWindow;
    QString m_settingsPath;
    bool m_settingsMayChange = true;
    QString m_program;
    QAction* m_pasteBoxAction = nullptr;
    QMenu* m_pauseMenu = nullptr;
    QAction* m_resumeAction = nullptr;
    QAction* m_reasonAction = nullptr;
    QAction* m_quitAction = nullptr;
    QPushButton* m_quitButton = nullptr;
    std::int64_t m_pausedUntilMs = 0;
    std::uint64_t m_noticeGeneration = 0; ///< the clipboard change the notice on screen is about
};
