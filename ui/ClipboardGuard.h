// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"
#include "core/detect/RuleSet.h"
#include "core/guard/Guard.h"
#include "core/platform/ActiveWindow.h"
#include "core/platform/AiAppClassifier.h"
#include "ui/ClipboardWriter.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class AuditLog;
class TokenVault;
class QMimeData;
class QSocketNotifier;

/** Something the guard wants the user to know, with the buttons to offer. */
struct GuardNotice
{
    enum class Action
    {
        AnonymizeCopy, ///< put an anonymized copy on the clipboard
        Review,        ///< open the paste-box with the text
        Ignore,        ///< keep the original, stop warning about this text
        GiveReason,    ///< write a justification to get the original back
        Undo,          ///< put the original back (recorded as an override)
    };
    QString title;
    QString text;
    std::vector<Action> actions;
    /** The clipboard change the notice is about; its buttons act on that one only. */
    std::uint64_t generation = 0;
    /** The policy says justify: ask for the reason at once rather than offer a button. */
    bool askReasonNow = false;
};
Q_DECLARE_METATYPE(GuardNotice)

/**
 * The clipboard guard (DESIGN.md; ui/ presents what core/guard decides). Every clipboard change
 * (text/plain, else text/html reduced to its text; never images) is scanned off the UI thread, up to
 * the policy's byte cap; a newer change cancels the scan of an older one. Content marked secret by
 * its owner (password managers' hints) is neither scanned nor logged, and Scrim's own writes carry an
 * owner format and are not scanned again.
 *
 * The focused window is polled (ActiveWindowSource) and classified with the policy's AI
 * applications. While the clipboard holds flagged text and an AI tool has the focus, the verdict for
 * that destination applies: anonymize puts the anonymized text on the clipboard (originals in the
 * vault session "clipboard", so the answer can be restored) and puts the original back when the focus
 * leaves; block and justify keep the anonymized text until the user writes a reason. Warn raises a
 * notice with Anonymize copy / Review / Ignore. Every decision is an audit event without values.
 *
 * Lives on the GUI thread. Not owned: the audit log and the vault (either may be null).
 */
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Protected,   ///< watching; nothing flagged on the clipboard
        Flagged,     ///< the clipboard holds sensitive text
        Swapped,     ///< the clipboard holds the anonymized copy of flagged text
        Paused,      ///< the user paused protection
        Unavailable, ///< the clipboard cannot be watched here (see monitoringProblem())
    };

    /** The vault session of the clipboard's anonymized copies (the tray's Restore reads it). */
    static constexpr const char* kSession = "clipboard";
    /** The clipboard format that marks Scrim's own writes. */
    static constexpr const char* kOwnerFormat = ClipboardWriter::kOwnerFormat;

    ClipboardGuard(std::shared_ptr<const RuleSet> rules,
                   std::unique_ptr<ActiveWindowSource> windows,
                   QObject* parent = nullptr);
    ~ClipboardGuard() override;

    /** `policy` is copied; `rules` are the policy's (built-in plus custom). `strict`: the policy has
     *  expired and says on_expiry=strict. */
    void setPolicy(const Policy& policy, std::shared_ptr<const RuleSet> rules, bool strict);
    /** An expired policy with on_expiry=strict (see Policy::strictAt). */
    void setStrict(bool strict);
    void setAuditLog(AuditLog* log) { m_audit = log; }
    void setVault(TokenVault* vault) { m_vault = vault; }
    /** Whether a paste-box exists to review a text in (the notice offers Review only then). */
    void setReviewAvailable(bool available) { m_reviewAvailable = available; }
    /** Notices for warnings and automatic anonymization on or off; notices that ask for a decision
     *  (a reason) always show. */
    void setNotices(bool on) { m_notices = on; }
    /** How often the focused window is read (default 250 ms). */
    void setFocusPollInterval(int ms) { m_focusTimer.setInterval(ms); }

    /** Starts watching the clipboard and the focused window. */
    void start();

    State state() const;
    /** Why the clipboard or the focused window cannot be watched; empty when both can. */
    QString monitoringProblem() const;
    /** The destination of the focused window as last read, and the AI tool's name. */
    Destination destination() const { return m_destination.destination; }
    QString destinationName() const { return QString::fromStdString(m_destination.appName); }
    /** Findings of the text on the clipboard (after the policy's dictionaries and allowlist). */
    const std::vector<Finding>& findings() const { return m_clip.findings; }
    /** The original text of the flagged clip (for Review); empty when none. */
    QString originalText() const { return m_clip.text; }
    /** True while the clipboard holds anonymized text that comes back only after a reason. */
    bool awaitingReason() const { return m_clip.swapped && m_clip.needsReason; }

    /** Pauses protection until `untilMs` (UTC ms; 0: until resume() or a restart). Refused (false) when
     *  the policy does not let users pause. A swapped clipboard gets its original back. */
    bool pause(std::int64_t untilMs);
    void resume();
    bool paused() const { return m_paused; }

    /** Reads the focused window now (the poll timer calls this). */
    void checkFocus();

    /** The notice's actions, for the clipboard change `generation` (a notice's; 0: the current one).
     *  A notice about an earlier copy changes nothing and says so. Each returns a sentence for the user. */
    QString anonymizeCopy(std::uint64_t generation = 0);
    QString ignore(std::uint64_t generation = 0);
    QString undo(std::uint64_t generation = 0);
    /** Puts the original back after a justification (recorded in the audit log, redacted). Refused
     *  when `reason` has fewer than kMinReasonChars characters. */
    QString releaseWithReason(const QString& reason, std::uint64_t generation = 0);
    /** True when `generation` is the clipboard change the guard is looking after (0 always is). */
    bool isCurrent(std::uint64_t generation) const;
    /** The clipboard change the guard is looking after. */
    std::uint64_t generation() const { return m_clip.generation; }
    static constexpr int kMinReasonChars = 10;

    /** True once the last clipboard change has been scanned and decided (for tests and the tray). */
    bool idle() const { return m_scanning == 0; }

signals:
    void stateChanged();
    void notice(const GuardNotice& notice);
    /** Notices shown so far are out of date (a new copy, or a swap that is over). */
    void withdrawNotices();
    /** A clipboard change was scanned and decided (also when nothing was found). */
    void decided();

private:
    struct Clip
    {
        std::uint64_t generation = 0;
        QString text; ///< the original text/plain (or html reduced to text)
        QString html; ///< the original text/html, when it had one
        std::vector<Finding> findings;
        bool truncated = false;
        bool swapped = false;     ///< the clipboard holds `anonymized`
        bool needsReason = false; ///< swapped by block/justify
        bool failed = false;      ///< the scan failed or the text could not be read: kept from AI tools
        bool released = false;    ///< the user decided (reason, undo, ignore, anonymized copy): no more automatic steps
        QString anonymized;
        std::vector<Destination> warned;     ///< destinations already warned about
        std::vector<Destination> swappedFor; ///< destinations already recorded and told about a swap
        std::string sourceApp;               ///< class of the window focused when it was copied
    };
    struct ScanOutcome;

    void onClipboardChanged();
    void onScanned(std::uint64_t generation, const std::shared_ptr<ScanOutcome>& outcome);
    void evaluate();
    /** The X11 PRIMARY selection: anonymized as an AI tool takes the focus, given back when it leaves. */
    void guardSelection();
    enum class SwapReason
    {
        Policy,     ///< the verdict for the focused AI tool
        UserChoice, ///< Anonymize copy
        Unchecked,  ///< the text could not be (fully) checked and an AI tool has the focus
    };
    bool swapIn(const Verdict& verdict, SwapReason why);
    QString stale();
    void swapOut();
    /** Writes text (and html) marked as Scrim's own; `holdsOriginals` adds the password-manager hint. */
    void write(const QString& text, const QString& html, bool holdsOriginals);
    bool clipboardStillHolds(const QString& text) const;
    /** An audit event about the clipboard's text, or about `content` when given (the selection). */
    void record(AuditEventType type,
                const std::string& action,
                const std::vector<Finding>& findings,
                const std::string& preview,
                std::string_view content = {});
    void alertIfNeeded(bool overridden);
    /** Emits notice() unless notices are off and it asks for no reason. */
    void tell(const GuardNotice& n);
    void setMonitoringProblem(const QString& problem);
    GuardContext context() const;

    std::shared_ptr<const RuleSet> m_rules;
    std::shared_ptr<const Policy> m_policy;
    bool m_strict = false;
    std::unique_ptr<ActiveWindowSource> m_windows;
    std::unique_ptr<AiAppClassifier> m_classifier;
    AiAppClassifier::Result m_destination;
    std::optional<WindowInfo> m_lastWindow;
    AuditLog* m_audit = nullptr;
    TokenVault* m_vault = nullptr;
    bool m_reviewAvailable = false;
    QTimer m_focusTimer;
    std::unique_ptr<QSocketNotifier> m_focusNotifier;
    QTimer m_pauseTimer;
    bool m_paused = false;
    bool m_started = false;
    bool m_writing = false;
    bool m_notices = true;
    QString m_clipboardProblem;
    QString m_focusProblem;
    Clip m_clip;
    std::uint64_t m_generation = 0;
    std::shared_ptr<std::atomic<std::uint64_t>> m_latest;
    int m_scanning = 0;
    QThreadPool m_pool;
    GuardAlerts m_alerts;
    /** The selection the guard replaced: (original, what it put there). */
    std::optional<std::pair<QString, QString>> m_selection;
};
