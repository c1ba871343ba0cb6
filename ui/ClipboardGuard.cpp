// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ClipboardGuard.h"

#include "core/audit/AuditLog.h"
#include "core/common/Crypto.h"
#include "core/common/Translations.h"
#include "core/log/Log.h"
#include "core/policy/PolicyRules.h"
#include "core/redact/Anonymizer.h"
#include "core/redact/Vault.h"
#include "ui/ClipboardWriter.h"
#include "ui/TrayController.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMimeData>
#include <QSocketNotifier>
#include <QTextDocumentFragment>
#include <QWidget>

#include <algorithm>
#include <new>

struct ClipboardGuard::ScanOutcome
{
    std::vector<Finding> findings;
    bool cancelled = false;
    Error error;
    bool failed = false;
};

namespace {

// A clipboard read slower than this is logged (format and size only).
constexpr qint64 kSlowReadMs = 200;

// Formats with which other programs ask clipboard monitors to look away: KDE's password-manager
// hint, and the Windows clipboard-history exclusions (as Qt names foreign Windows formats).
bool markedSecret(const QMimeData& mime)
{
    if (mime.hasFormat(u"x-kde-passwordManagerHint"_qs)
        && mime.data(u"x-kde-passwordManagerHint"_qs).trimmed() == QByteArrayLiteral("secret")) {
        return true;
    }
    const QStringList formats = mime.formats();
    return std::any_of(formats.begin(), formats.end(), [](const QString& f) {
        return f.contains(u"ExcludeClipboardContentFromMonitorProcessing"_qs)
               || f.contains(u"Clipboard Viewer Ignore"_qs);
    });
}

// Cuts UTF-8 to at most `max` bytes without splitting a character.
std::string cutUtf8(const QByteArray& utf8, std::size_t max, bool& truncated)
{
    std::size_t n = static_cast<std::size_t>(utf8.size());
    truncated = n > max;
    if (truncated) {
        n = max;
        while (n > 0 && (static_cast<unsigned char>(utf8[static_cast<qsizetype>(n)]) & 0xC0) == 0x80) {
            --n;
        }
    }
    return std::string(utf8.constData(), n);
}

} // namespace

ClipboardGuard::ClipboardGuard(std::shared_ptr<const RuleSet> rules,
                               std::unique_ptr<ActiveWindowSource> windows,
                               QObject* parent)
    : QObject(parent)
    , m_rules(std::move(rules))
    , m_policy(std::make_shared<Policy>(Policy::builtinDefault()))
    , m_windows(std::move(windows))
    , m_classifier(std::make_unique<AiAppClassifier>(m_policy->aiApps))
    , m_latest(std::make_shared<std::atomic<std::uint64_t>>(0))
{
    m_focusTimer.setInterval(250);
    connect(&m_focusTimer, &QTimer::timeout, this, &ClipboardGuard::checkFocus);
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, &ClipboardGuard::resume);
    m_pool.setMaxThreadCount(2);
}

ClipboardGuard::~ClipboardGuard()
{
    m_focusNotifier.reset();
    // Stop scans at their next piece and wait, so none posts to a destroyed guard.
    m_latest->store(UINT64_MAX);
    m_pool.waitForDone();
}

void ClipboardGuard::setPolicy(const Policy& policy, std::shared_ptr<const RuleSet> rules, bool strict)
{
    m_policy = std::make_shared<Policy>(policy);
    if (rules) {
        m_rules = std::move(rules);
    }
    m_strict = strict;
    m_classifier = std::make_unique<AiAppClassifier>(m_policy->aiApps);
    if (m_paused && !m_policy->userMayPause) {
        resume(); // the new policy does not let users pause
    }
    if (m_lastWindow) {
        m_destination = m_classifier->classify(*m_lastWindow);
    }
    evaluate();
}

void ClipboardGuard::setStrict(bool strict)
{
    if (strict == m_strict) {
        return;
    }
    m_strict = strict;
    Log::get("clipboard")
        ->warn("policy expired with on_expiry=strict: {}", strict ? "everything sensitive is anonymized" : "over");
    evaluate();
}

void ClipboardGuard::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (QGuiApplication::platformName().startsWith(u"wayland"_qs)) {
        // Wayland gives applications without the focus no clipboard access (GNOME enforces it).
        setMonitoringProblem(tr("Not protecting the clipboard: on Wayland Scrim cannot see what other applications "
                                "copy. Use the paste-box to check text before you paste it."));
        return;
    }
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
    if (const std::string why = m_windows->unavailableReason(); !why.empty()) {
        m_focusProblem = tr("Scrim cannot tell which window has the focus (%1), so it warns on copy but cannot "
                            "swap the clipboard for AI tools.")
                             .arg(QString::fromStdString(why));
        Log::get("clipboard")->warn("focused window unknown: {}", why);
    } else {
        // React to focus changes as the window system reports them (a quick Alt+Tab and Ctrl+V must
        // not beat the swap); the poll stays as a fallback.
        if (const int fd = m_windows->changeNotifier(); fd >= 0) {
            m_focusNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
            connect(m_focusNotifier.get(), &QSocketNotifier::activated, this, [this] {
                m_windows->drainChanges();
                checkFocus();
            });
        }
        m_focusTimer.start();
        checkFocus();
    }
    Log::get("clipboard")
        ->info("clipboard guard started (platform {}, focus {})",
               QGuiApplication::platformName().toStdString(),
               m_focusProblem.isEmpty() ? "known" : "unknown");
    // What is on the clipboard already counts too.
    onClipboardChanged();
}

void ClipboardGuard::setMonitoringProblem(const QString& problem)
{
    m_clipboardProblem = problem;
    Log::get("clipboard")
        ->warn("clipboard not monitored on platform {}", QGuiApplication::platformName().toStdString());
    AuditEvent e;
    e.type = AuditEventType::Alert;
    e.action = "clipboard_unmonitored";
    if (m_audit != nullptr) {
        (void)m_audit->append(std::move(e));
    }
    emit stateChanged();
}

ClipboardGuard::State ClipboardGuard::state() const
{
    if (!m_clipboardProblem.isEmpty()) {
        return State::Unavailable;
    }
    if (m_paused) {
        return State::Paused;
    }
    if (m_clip.swapped) {
        return State::Swapped;
    }
    return m_clip.findings.empty() ? State::Protected : State::Flagged;
}

QString ClipboardGuard::monitoringProblem() const
{
    return m_clipboardProblem.isEmpty() ? m_focusProblem : m_clipboardProblem;
}

GuardContext ClipboardGuard::context() const
{
    return {m_destination.destination, m_destination.appName, m_strict};
}

void ClipboardGuard::checkFocus()
{
    std::optional<WindowInfo> w = m_windows->activeWindow();
    if (!w || (m_lastWindow && *w == *m_lastWindow)) {
        return;
    }
    // Scrim's own windows (the paste-box, the reason dialog) count as any other application: there
    // the original is what the user wants to see. (Notices never take the focus.)
    m_lastWindow = w;
    const AiAppClassifier::Result next = m_classifier->classify(*w);
    Log::get("clipboard")->debug("focus: destination {}", ::destinationName(next.destination));
    if (next.destination == m_destination.destination && next.appName == m_destination.appName) {
        return;
    }
    m_destination = next;
    evaluate();
    guardSelection();
}

void ClipboardGuard::guardSelection()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard->supportsSelection() || m_paused) {
        return;
    }
    const QString own = QString::fromLatin1(kOwnerFormat);
    if (m_destination.destination == Destination::Other) {
        // Leaving the AI tool: the selection the user made comes back, if nothing replaced ours.
        if (m_selection) {
            const QMimeData* now = clipboard->mimeData(QClipboard::Selection);
            if (now != nullptr && now->hasFormat(own) && now->text() == m_selection->second) {
                auto* mime = new QMimeData();
                mime->setText(m_selection->first);
                mime->setData(own, ClipboardWriter::kHoldsOriginals);
                clipboard->setMimeData(mime, QClipboard::Selection);
            }
            m_selection.reset();
        }
        return;
    }
    // The X11 PRIMARY selection (what a middle click pastes) holds whatever was last selected. It
    // is read only now, as an AI tool takes the focus; selections change too often to watch.
    const QMimeData* mime = clipboard->mimeData(QClipboard::Selection);
    if (mime == nullptr || !mime->hasText() || mime->hasFormat(own) || markedSecret(*mime)) {
        return;
    }
    const QString text = mime->text();
    bool truncated = false;
    const std::string utf8 =
        cutUtf8(text.toUtf8(), static_cast<std::size_t>(m_policy->clipboardMaxScanKib) * 1024, truncated);
    auto found = m_rules->scan(utf8);
    std::vector<Finding> findings =
        found ? PolicyRules::withPolicy(utf8, std::move(found.value()), *m_policy) : std::vector<Finding>{};
    QString replacement;
    if (!found || truncated) {
        replacement = tr("[Scrim held this selection back: it could not be checked.]");
    } else {
        const Verdict v = Guard::decide(findings, context(), *m_policy);
        if (!v.replacesClipboard()) {
            return;
        }
        TokenMap scratch(Crypto::randomBytes(32));
        const auto run = [&](TokenMap& map) -> Result<void> {
            auto r =
                Anonymizer(Guard::anonymizerOptions(v,
                                                    m_vault != nullptr ? m_vault->hashKey() : Crypto::randomBytes(32),
                                                    QDateTime::currentMSecsSinceEpoch()))
                    .anonymize(utf8, v.acted, map);
            if (!r) {
                return r.error();
            }
            replacement = QString::fromUtf8(r->text.data(), static_cast<qsizetype>(r->text.size()));
            return {};
        };
        const Result<void> done = m_vault != nullptr ? m_vault->update(kSession, run) : run(scratch);
        if (!done) {
            replacement = tr("[Scrim held this selection back: it could not be anonymized.]");
        }
        record(AuditEventType::AnonymizedCopy, "selection", v.acted, "", utf8);
    }
    auto* out = new QMimeData();
    out->setText(replacement);
    out->setData(own, QByteArrayLiteral("1"));
    clipboard->setMimeData(out, QClipboard::Selection);
    m_selection.emplace(text, replacement);
    Log::get("clipboard")
        ->info("selection anonymized for destination {}", ::destinationName(m_destination.destination));
}

void ClipboardGuard::onClipboardChanged()
{
    if (m_writing) {
        return; // the guard's own write
    }
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    // A new clip: whatever was decided about the old one is over.
    const bool hadFlagged = !m_clip.findings.empty();
    m_clip = Clip{};
    m_clip.generation = ++m_generation;
    m_latest->store(m_generation);
    const bool ownOriginal = mime != nullptr && mime->hasFormat(QString::fromLatin1(kOwnerFormat))
                             && mime->data(QString::fromLatin1(kOwnerFormat)) == ClipboardWriter::kHoldsOriginals;
    if (mime != nullptr && mime->hasFormat(QString::fromLatin1(kOwnerFormat)) && !ownOriginal) {
        // An anonymized copy written by another part of Scrim (the tray, the paste-box): not scanned
        // again. A restored answer holds originals, and is scanned like any copy.
        emit withdrawNotices();
        if (hadFlagged) {
            emit stateChanged();
        }
        emit decided();
        return;
    }
    emit withdrawNotices();
    m_clip.sourceApp = m_lastWindow ? m_lastWindow->className : std::string();
    if (ownOriginal) {
        // Scrim's own restored answer: guarded towards AI tools, but the user who just restored it
        // needs no warning that it holds their values.
        m_clip.sourceApp = "scrim";
        m_clip.warned.push_back(Destination::Other);
    }
    if (m_paused || mime == nullptr) {
        if (hadFlagged) {
            emit stateChanged();
        }
        emit decided();
        return;
    }
    if (!ownOriginal && markedSecret(*mime)) {
        Log::get("clipboard")->info("clipboard change skipped: its owner marked it secret");
        if (hadFlagged) {
            emit stateChanged();
        }
        emit decided();
        return;
    }
    // text/plain first; text/html only when there is no plain text; never images.
    QElapsedTimer timer;
    timer.start();
    const char* format = "text/plain";
    QByteArray utf8;
    try {
        if (mime->hasText()) {
            m_clip.text = mime->text();
        } else if (mime->hasHtml()) {
            format = "text/html";
            m_clip.html = mime->html();
            m_clip.text = QTextDocumentFragment::fromHtml(m_clip.html).toPlainText();
        }
        utf8 = m_clip.text.toUtf8();
    } catch (const std::bad_alloc&) {
        Log::get("clipboard")->error("clipboard read failed: out of memory ({})", format);
        m_clip = Clip{};
        m_clip.generation = m_generation;
        m_clip.failed = true; // fail closed: nothing of it goes to an AI tool
        emit notice({tr("Clipboard not checked"),
                     tr("The clipboard's content is too big to read; treat it as sensitive."),
                     {},
                     m_clip.generation});
        evaluate();
        emit decided();
        return;
    }
    if (mime->hasText() && mime->hasHtml()) {
        m_clip.html = mime->html(); // kept so the original comes back with its formatting
    }
    if (const qint64 ms = timer.elapsed(); ms > kSlowReadMs) {
        Log::get("clipboard")->warn("slow clipboard read: {} of {} bytes took {} ms", format, utf8.size(), ms);
    }
    if (utf8.isEmpty()) {
        if (hadFlagged) {
            emit stateChanged();
        }
        emit decided();
        return;
    }
    bool truncated = false;
    std::string text = cutUtf8(utf8, static_cast<std::size_t>(m_policy->clipboardMaxScanKib) * 1024, truncated);
    m_clip.truncated = truncated;
    ++m_scanning;
    const std::uint64_t generation = m_generation;
    m_pool.start([this, text = std::move(text), rules = m_rules, policy = m_policy, latest = m_latest, generation]() {
        auto outcome = std::make_shared<ScanOutcome>();
        std::vector<Finding> found;
        auto r = rules->scanStoppable(
            text, RuleSet::kInteractivePiece, [&] { return latest->load() != generation; }, outcome->cancelled);
        if (r) {
            found = std::move(r.value());
        } else {
            outcome->failed = true;
            outcome->error = r.error();
        }
        if (!outcome->failed && !outcome->cancelled) {
            outcome->findings = PolicyRules::withPolicy(text, std::move(found), *policy);
        }
        QMetaObject::invokeMethod(
            this, [this, generation, outcome] { onScanned(generation, outcome); }, Qt::QueuedConnection);
    });
}

void ClipboardGuard::onScanned(std::uint64_t generation, const std::shared_ptr<ScanOutcome>& outcome)
{
    --m_scanning;
    if (generation != m_clip.generation || outcome->cancelled) {
        Log::get("clipboard")->debug("scan of an older clipboard change dropped");
        if (m_scanning == 0) {
            emit decided();
        }
        return;
    }
    if (outcome->failed) {
        // Nothing is known about the text, which is not "nothing found": say so.
        Log::get("clipboard")->error("clipboard scan failed: code {}", static_cast<int>(outcome->error.code));
        m_clip.failed = true; // fail closed: nothing of it goes to an AI tool
        emit notice({tr("Clipboard not checked"),
                     tr("The clipboard could not be checked (%1). Treat its content as sensitive; Scrim keeps it "
                        "from AI tools.")
                         .arg(Translations::errorMessage(outcome->error)),
                     {},
                     m_clip.generation});
        evaluate();
        emit decided();
        return;
    }
    m_clip.findings = outcome->findings;
    Log::get("clipboard")
        ->info("clipboard change scanned: {} bytes, {} findings{}",
               m_clip.text.size(),
               m_clip.findings.size(),
               m_clip.truncated ? " (cut to the policy's limit)" : "");
    if (!m_clip.findings.empty()) {
        const Verdict v = Guard::decide(m_clip.findings, context(), *m_policy);
        record(AuditEventType::ClipboardFlagged,
               std::string(policyActionName(v.action)),
               m_clip.findings,
               m_clip.truncated ? "scanned in part" : "");
        alertIfNeeded(false);
    }
    emit stateChanged();
    if (m_clip.findings.empty() && m_clip.truncated) {
        emit notice({tr("Clipboard checked in part"),
                     tr("Only the first %1 KiB of the clipboard were checked; nothing sensitive was found there. "
                        "The rest is left out when it goes to an AI tool. Check it with the paste-box or scrim-cli "
                        "scan.")
                         .arg(m_policy->clipboardMaxScanKib),
                     {},
                     m_clip.generation});
    }
    evaluate();
    emit decided();
}

void ClipboardGuard::evaluate()
{
    if (m_paused || m_clip.released) {
        return;
    }
    // A blocked text stays anonymized, whatever has the focus, until a reason is given.
    if (m_clip.swapped && m_clip.needsReason) {
        return;
    }
    if (m_clip.failed || (m_clip.truncated && m_clip.findings.empty())) {
        // Nothing, or not all, is known about the text: it does not go to an AI tool as it is.
        if (m_destination.destination != Destination::Other && !m_clip.swapped) {
            Verdict v;
            v.action = PolicyAction::Anonymize;
            swapIn(v, SwapReason::Unchecked);
        } else if (m_destination.destination == Destination::Other && m_clip.swapped) {
            swapOut();
        }
        return;
    }
    if (m_clip.findings.empty()) {
        return;
    }
    const Verdict v = Guard::decide(m_clip.findings, context(), *m_policy);
    if (v.replacesClipboard()) {
        if (!m_clip.swapped) {
            swapIn(v, SwapReason::Policy);
        }
        return;
    }
    if (m_clip.swapped) {
        swapOut();
    }
    if (v.action == PolicyAction::Warn
        && std::find(m_clip.warned.begin(), m_clip.warned.end(), destination()) == m_clip.warned.end()) {
        m_clip.warned.push_back(destination());
        GuardNotice n;
        n.generation = m_clip.generation;
        n.title = tr("Sensitive text on the clipboard");
        n.text =
            destination() == Destination::Other
                ? tr("The clipboard holds %1. Paste it only where it belongs.").arg(TrayController::summary(v.acted))
                : tr("The clipboard holds %1, and %2 has the focus. Anonymize it before you paste it there.")
                      .arg(TrayController::summary(v.acted), destinationName());
        if (m_clip.truncated) {
            n.text += u' ' + tr("Only the first %1 KiB were checked.").arg(m_policy->clipboardMaxScanKib);
        }
        n.actions = {GuardNotice::Action::AnonymizeCopy};
        if (m_reviewAvailable) {
            n.actions.push_back(GuardNotice::Action::Review);
        }
        n.actions.push_back(GuardNotice::Action::Ignore);
        tell(n);
    }
}

bool ClipboardGuard::swapIn(const Verdict& verdict, SwapReason why)
{
    const QByteArray utf8 = m_clip.text.toUtf8();
    // Only what was scanned goes out; an unscanned tail is left out, and said so.
    bool cut = false;
    const auto scanned = static_cast<qsizetype>(
        cutUtf8(utf8, static_cast<std::size_t>(m_policy->clipboardMaxScanKib) * 1024, cut).size());
    const std::string_view view(utf8.constData(), static_cast<std::size_t>(scanned));
    std::optional<AnonymizeResult> result;
    Result<void> done;
    if (why == SwapReason::Unchecked && m_clip.failed) {
        done = Error{ErrorCode::InvalidData, "unchecked"};
    } else {
        std::vector<Finding> acted = verdict.acted.empty() ? m_clip.findings : verdict.acted;
        const auto run = [&](TokenMap& map) -> Result<void> {
            auto r =
                Anonymizer(Guard::anonymizerOptions(verdict,
                                                    m_vault != nullptr ? m_vault->hashKey() : Crypto::randomBytes(32),
                                                    QDateTime::currentMSecsSinceEpoch()))
                    .anonymize(view, std::move(acted), map);
            if (!r) {
                return r.error();
            }
            result.emplace(std::move(r.value()));
            return {};
        };
        if (m_vault != nullptr) {
            done = m_vault->update(kSession, run);
        } else {
            // No vault: the copy is still safe to paste, only its tokens cannot be restored.
            TokenMap map(Crypto::randomBytes(32));
            done = run(map);
        }
    }
    if (!done) {
        // Fail closed: the original must not stay on the clipboard for this destination.
        if (!m_clip.failed) {
            Log::get("clipboard")
                ->error("anonymize for the focused AI tool failed: code {}", static_cast<int>(done.error().code));
        }
        m_clip.anonymized = tr("[Scrim held this text back: it could not be checked or anonymized. Use the "
                               "paste-box.]");
    } else {
        m_clip.anonymized = QString::fromUtf8(result->text.data(), static_cast<qsizetype>(result->text.size()));
        if (scanned < utf8.size()) {
            m_clip.anonymized += u'\n'
                                 + tr("[Scrim left out the rest of this text (%1 KiB): it was not checked.]")
                                       .arg((utf8.size() - scanned + 1023) / 1024);
        }
    }
    write(m_clip.anonymized, QString(), false);
    m_clip.swapped = true;
    m_clip.needsReason = verdict.needsJustification();
    const std::vector<Finding>& replaced = result ? result->findings : m_clip.findings;
    const QString what = TrayController::summary(replaced);
    Log::get("clipboard")
        ->info("clipboard swapped for destination {}: {} values",
               ::destinationName(m_destination.destination),
               replaced.size());
    emit stateChanged();
    // One record and one notice per text and destination, however often the focus comes back.
    const Destination d = why == SwapReason::UserChoice ? Destination::Other : destination();
    const bool first = std::find(m_clip.swappedFor.begin(), m_clip.swappedFor.end(), d) == m_clip.swappedFor.end();
    if (!first && why != SwapReason::UserChoice) {
        return static_cast<bool>(done);
    }
    m_clip.swappedFor.push_back(d);
    record(m_clip.needsReason ? AuditEventType::Blocked : AuditEventType::AnonymizedCopy,
           why == SwapReason::UserChoice  ? std::string("anonymize_copy")
           : why == SwapReason::Unchecked ? std::string("unchecked")
                                          : std::string(policyActionName(verdict.action)),
           replaced,
           "");
    GuardNotice n;
    n.generation = m_clip.generation;
    if (why == SwapReason::UserChoice) {
        n.title = tr("Anonymized copy on the clipboard");
        n.text = tr("%1 replaced. It stays on the clipboard until you copy something else. To put the values back "
                    "into an answer, copy it and choose Restore from clipboard.")
                     .arg(what);
        n.actions = {GuardNotice::Action::Undo};
    } else if (why == SwapReason::Unchecked) {
        n.title = tr("Clipboard held back from %1").arg(destinationName());
        n.text = tr("Scrim could not check all of the copied text, so %1 gets a placeholder instead. The text comes "
                    "back when you switch to another window.")
                     .arg(destinationName());
    } else if (m_clip.needsReason) {
        n.title = tr("Clipboard blocked for %1").arg(destinationName());
        n.text = tr("The clipboard now holds an anonymized copy (%1 replaced). Your organisation asks for a reason "
                    "before the original can go to %2.")
                     .arg(what, destinationName());
        n.actions = {GuardNotice::Action::GiveReason};
        n.askReasonNow = verdict.action == PolicyAction::Justify;
    } else {
        n.title = tr("Clipboard anonymized for %1").arg(destinationName());
        n.text = tr("While %1 has the focus, the clipboard holds an anonymized copy (%2 replaced). The original comes "
                    "back when you switch to another window. To put the values back into the answer, copy it and "
                    "choose Restore from clipboard.")
                     .arg(destinationName(), what);
        n.actions = {GuardNotice::Action::Undo};
    }
    if (!m_vault && why != SwapReason::Unchecked) {
        n.text += u' ' + tr("The encrypted store is not available, so the values cannot be restored later.");
    }
    tell(n);
    return static_cast<bool>(done);
}

void ClipboardGuard::swapOut()
{
    if (clipboardStillHolds(m_clip.anonymized)) {
        write(m_clip.text, m_clip.html, true);
        Log::get("clipboard")->info("focus left the AI tool: original text back on the clipboard");
    }
    m_clip.swapped = false;
    emit withdrawNotices(); // an Undo for a swap that is over would do nothing
    emit stateChanged();
}

void ClipboardGuard::write(const QString& text, const QString& html, bool holdsOriginals)
{
    // The clipboard's change signal comes while this runs: m_writing tells it apart from writes of
    // the tray or the paste-box, which replace what the guard was looking after.
    m_writing = true;
    ClipboardWriter::write(text, html, holdsOriginals);
    m_writing = false;
}

bool ClipboardGuard::clipboardStillHolds(const QString& text) const
{
    return ClipboardWriter::holds(text);
}

bool ClipboardGuard::isCurrent(std::uint64_t generation) const
{
    return generation == 0 || generation == m_clip.generation;
}

QString ClipboardGuard::anonymizeCopy(std::uint64_t generation)
{
    if (!isCurrent(generation)) {
        return stale();
    }
    if (m_clip.findings.empty()) {
        return tr("Nothing sensitive is on the clipboard.");
    }
    if (m_clip.swapped) {
        return tr("The clipboard already holds an anonymized copy.");
    }
    Verdict v = Guard::decide(m_clip.findings, context(), *m_policy);
    if (v.acted.empty()) {
        v.acted = m_clip.findings;
    }
    swapIn(v, SwapReason::UserChoice);
    // The user chose the anonymized copy: it stays, wherever the focus goes.
    m_clip.released = true;
    m_clip.needsReason = false;
    return tr("An anonymized copy is on the clipboard.");
}

QString ClipboardGuard::ignore(std::uint64_t generation)
{
    if (!isCurrent(generation)) {
        return stale();
    }
    if (m_clip.findings.empty() || (m_clip.swapped && m_clip.needsReason)) {
        return QString();
    }
    m_clip.released = true;
    record(AuditEventType::Overridden, "ignore", m_clip.findings, "");
    alertIfNeeded(true);
    return tr("Scrim will not warn again about this text.");
}

QString ClipboardGuard::undo(std::uint64_t generation)
{
    if (!isCurrent(generation)) {
        return stale();
    }
    if (!m_clip.swapped || m_clip.needsReason || m_clip.failed) {
        const QString msg = tr("There is nothing to undo.");
        tell({tr("Nothing to undo"), msg, {}, m_clip.generation});
        return msg;
    }
    if (clipboardStillHolds(m_clip.anonymized)) {
        write(m_clip.text, m_clip.html, true);
    }
    m_clip.swapped = false;
    m_clip.released = true;
    record(AuditEventType::Overridden, "undo", m_clip.findings, "");
    alertIfNeeded(true);
    emit stateChanged();
    const QString msg = tr("The original text is back on the clipboard. This was recorded.");
    tell({tr("Original restored"), msg, {}, m_clip.generation});
    return msg;
}

QString ClipboardGuard::stale()
{
    const QString msg = tr("That notice was about an earlier copy; nothing was changed.");
    emit notice({tr("Notice out of date"), msg, {}, m_clip.generation});
    return msg;
}

QString ClipboardGuard::releaseWithReason(const QString& reason, std::uint64_t generation)
{
    if (!isCurrent(generation)) {
        return stale();
    }
    if (!m_clip.swapped || !m_clip.needsReason) {
        return tr("There is nothing to release.");
    }
    const QString trimmed = reason.simplified();
    if (trimmed.size() < kMinReasonChars) {
        return tr("Please write at least %n character(s) on why the original is needed.", nullptr, kMinReasonChars);
    }
    // The reason is recorded, but redacted: people paste the very values into it.
    const QByteArray utf8 = trimmed.toUtf8();
    const std::string_view view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    std::string preview = "reason: ";
    if (auto found = m_rules->scan(view); found) {
        Anonymizer::Options o;
        o.defaultOperator = Operator::Redact;
        o.hashKey = Crypto::randomBytes(32);
        TokenMap map(Crypto::randomBytes(32));
        auto r = Anonymizer(o).anonymize(view, PolicyRules::withPolicy(view, std::move(found.value()), *m_policy), map);
        preview += r ? r->text : std::string("[not recorded: it could not be redacted]");
    } else {
        preview += "[not recorded: it could not be checked]";
    }
    if (preview.size() > 200) {
        std::size_t cut = 200;
        while (cut > 0 && (static_cast<unsigned char>(preview[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        preview.resize(cut);
    }
    if (clipboardStillHolds(m_clip.anonymized)) {
        write(m_clip.text, m_clip.html, true);
    }
    m_clip.swapped = false;
    m_clip.needsReason = false;
    m_clip.released = true;
    record(AuditEventType::Overridden, "justify", m_clip.findings, preview);
    alertIfNeeded(true);
    emit stateChanged();
    const QString msg = tr("The original text is back on the clipboard. Your reason was recorded.");
    tell({tr("Original released"), msg, {}, m_clip.generation});
    return msg;
}

bool ClipboardGuard::pause(std::int64_t untilMs)
{
    if (!m_policy->userMayPause) {
        return false;
    }
    // A blocked text stays blocked (pausing is no way around a reason); anything else gets its
    // original back and is forgotten.
    const bool blocked = m_clip.swapped && m_clip.needsReason;
    if (m_clip.swapped && !blocked) {
        swapOut();
    }
    m_paused = true;
    if (!blocked) {
        m_clip.findings.clear();
    }
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    if (untilMs > now) {
        m_pauseTimer.start(static_cast<int>(std::min<std::int64_t>(untilMs - now, INT32_MAX)));
    } else {
        m_pauseTimer.stop();
    }
    AuditEvent e;
    e.type = AuditEventType::Overridden;
    e.action = "pause";
    e.preview = untilMs > 0 ? "minutes: " + std::to_string((untilMs - now + 59999) / 60000) : "until resumed";
    if (m_audit != nullptr) {
        (void)m_audit->append(std::move(e));
    }
    alertIfNeeded(true);
    Log::get("clipboard")->info("protection paused");
    emit stateChanged();
    return true;
}

void ClipboardGuard::resume()
{
    if (!m_paused) {
        return;
    }
    m_paused = false;
    m_pauseTimer.stop();
    Log::get("clipboard")->info("protection resumed");
    emit stateChanged();
    if (m_clip.swapped && clipboardStillHolds(m_clip.anonymized)) {
        return; // the blocked text is still there, still waiting for a reason
    }
    onClipboardChanged(); // check what was copied meanwhile
}

void ClipboardGuard::record(AuditEventType type,
                            const std::string& action,
                            const std::vector<Finding>& findings,
                            const std::string& preview,
                            std::string_view content)
{
    if (m_audit == nullptr) {
        return;
    }
    AuditEvent e;
    e.type = type;
    e.action = action;
    e.describeFindings(findings);
    if (!preview.empty()) {
        e.preview = preview;
    }
    const QByteArray utf8 = m_clip.text.toUtf8();
    e.contentHmac = m_audit->contentHash(
        content.data() != nullptr ? content
                                  : std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    e.stamp(m_clip.sourceApp);
    e.destApp = m_destination.appName;
    e.destIsApprovedAi = m_destination.destination == Destination::ApprovedAi;
    e.policySerial = m_policy->serial;
    if (auto r = m_audit->append(std::move(e)); !r) {
        Log::get("clipboard")->warn("audit event not recorded: code {}", static_cast<int>(r.error().code));
    }
}

void ClipboardGuard::tell(const GuardNotice& n)
{
    const bool needsDecision =
        std::find(n.actions.begin(), n.actions.end(), GuardNotice::Action::GiveReason) != n.actions.end();
    if (m_notices || needsDecision) {
        emit notice(n);
    }
}

void ClipboardGuard::alertIfNeeded(bool overridden)
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const bool crossed = overridden ? m_alerts.overridden(now, m_policy->alertOverridesPerDay)
                                    : m_alerts.flagged(now, m_policy->alertFlaggedPerHour);
    if (!crossed || m_audit == nullptr) {
        return;
    }
    AuditEvent e;
    e.type = AuditEventType::Alert;
    e.action = overridden ? "overrides_per_day" : "flagged_per_hour";
    e.preview =
        "threshold: " + std::to_string(overridden ? m_policy->alertOverridesPerDay : m_policy->alertFlaggedPerHour);
    e.policySerial = m_policy->serial;
    (void)m_audit->append(std::move(e));
}
