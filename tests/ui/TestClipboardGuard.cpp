// SPDX-License-Identifier: GPL-3.0-or-later
// The clipboard guard with Qt's clipboard (offscreen, in-process) and a focused window the test
// sets: copy, focus an AI tool, focus another window; warn, anonymize, block with a reason; what
// is not scanned; newer changes cancelling older scans; pausing; the tray's notice window.
#include "core/audit/AuditLog.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyRules.h"
#include "core/redact/Vault.h"
#include "core/store/Store.h"
#include "tests/ui/AuditTestSupport.h"
#include "ui/ClipboardGuard.h"
#include "ui/ClipboardWriter.h"
#include "ui/NoticePopup.h"
#include "ui/ReasonDialog.h"
#include "ui/TrayController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCard = u"4556 7375 8689 9855"_qs;
const QString kKey = u"AKIAQ3EGRJ7NZW5XK2TB"_qs;

WindowInfo window(std::uint64_t id, const char* title, const char* cls)
{
    WindowInfo w;
    w.id = id;
    w.title = title;
    w.className = cls;
    return w;
}

const WindowInfo kEditor = window(0x7000011, "notes.txt - Text Editor", "Gedit");
const WindowInfo kChatGpt = window(0x7000012, "ChatGPT \u2014 Mozilla Firefox", "firefox");

Policy parsed(const std::string& text)
{
    std::vector<PolicyDiagnostic> d;
    auto p = Policy::parse(text, d);
    if (!p) {
        qFatal("test policy does not parse");
    }
    return p.value();
}

} // namespace

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const RuleSet> m_rules;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Store> m_store;
    std::optional<AuditLog> m_audit;
    std::unique_ptr<MemoryVault> m_vault;
    FixedActiveWindow* m_windows = nullptr;
    std::unique_ptr<ClipboardGuard> m_guard;

    // A guard on the built-in default policy, with a fresh audit log and vault, the editor focused.
    void makeGuard(const Policy& policy = Policy::builtinDefault())
    {
        m_guard.reset();
        m_audit.reset();
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        Store::Options o;
        o.dataDir = m_dir->path();
        o.key.dataDir = m_dir->path();
        o.key.useKeychain = false;
        auto store = Store::open(o);
        QVERIFY(store.ok());
        m_store.emplace(std::move(store.value()));
        auto audit = AuditLog::open(*m_store);
        QVERIFY(audit.ok());
        m_audit.emplace(std::move(audit.value()));
        m_vault = std::make_unique<MemoryVault>(TokenVault::Options{});
        auto windows = std::make_unique<FixedActiveWindow>();
        m_windows = windows.get();
        m_windows->set(kEditor);
        QGuiApplication::clipboard()->clear();
        m_guard = std::make_unique<ClipboardGuard>(m_rules, std::move(windows));
        m_guard->setAuditLog(&*m_audit);
        m_guard->setVault(m_vault.get());
        m_guard->setPolicy(policy, PolicyRules::ruleSet(policy, m_rules).value(), false);
        m_guard->setFocusPollInterval(60000); // the test reads the focus itself
        m_guard->start();
        QTRY_VERIFY(m_guard->idle());
    }

    // Copies `text` as another application would, and waits until the guard has decided.
    void copy(const QString& text)
    {
        QSignalSpy decided(m_guard.get(), &ClipboardGuard::decided);
        QGuiApplication::clipboard()->setText(text);
        QTRY_VERIFY_WITH_TIMEOUT(decided.size() >= 1 && m_guard->idle(), 20000);
    }

    void focus(const WindowInfo& w)
    {
        m_windows->set(w);
        m_guard->checkFocus();
    }

    static QString clip() { return QGuiApplication::clipboard()->text(); }

    std::vector<AuditEvent> events() { return m_audit->all().value(); }

private slots:
    void initTestCase()
    {
        auto r = RuleSet::builtin();
        QVERIFY(r.ok());
        m_rules = r.value();
    }

    void cleanup()
    {
        m_guard.reset();
        QGuiApplication::clipboard()->clear();
    }

    // The product's sharpest idea: while the AI tool has the focus, the clipboard holds the
    // anonymized text; when the focus leaves, the original is back.
    void anonymizedWhileAnAiToolHasTheFocus()
    {
        makeGuard();
        QSignalSpy notices(m_guard.get(), &ClipboardGuard::notice);
        const QString original = u"Charge card "_qs + kCard + u" with key "_qs + kKey + u" today."_qs;
        copy(original);
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Flagged);
        QCOMPARE(clip(), original); // towards other apps: a warning, the text untouched
        QCOMPARE(notices.size(), 1);
        const auto warn = notices.at(0).at(0).value<GuardNotice>();
        QVERIFY(std::find(warn.actions.begin(), warn.actions.end(), GuardNotice::Action::AnonymizeCopy)
                != warn.actions.end());
        QVERIFY(!warn.text.contains(u"4556"_qs) && !warn.text.contains(u"AKIA"_qs));

        focus(kChatGpt);
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Swapped);
        QCOMPARE(m_guard->destination(), Destination::UnapprovedAi);
        QCOMPARE(m_guard->destinationName(), u"ChatGPT"_qs);
        const QString anonymized = clip();
        QVERIFY2(!anonymized.contains(u"4556"_qs) && !anonymized.contains(u"AKIA"_qs), qPrintable(anonymized));
        QVERIFY2(anonymized.startsWith(u"Charge card [CARD_1] with key ["_qs), qPrintable(anonymized));
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1(ClipboardGuard::kOwnerFormat)));
        const auto swapped = notices.last().at(0).value<GuardNotice>();
        QVERIFY2(swapped.title.contains(u"ChatGPT"_qs), qPrintable(swapped.title));

        // Focus moves to a window that is not an AI tool: the original comes back.
        focus(kEditor);
        QCOMPARE(clip(), original);
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Flagged);
        // And back to the AI tool: anonymized again, with the same tokens (one vault session).
        focus(kChatGpt);
        QCOMPARE(clip(), anonymized);
        // The answer can be restored from the same session the tray's Restore reads.
        auto map = m_vault->load(ClipboardGuard::kSession);
        QVERIFY(map.ok());
        QVERIFY(map->entries().size() >= 2);

        // The audit log knows what happened, never the values.
        // One record per text and destination, however often the focus comes back.
        const auto es = events();
        QCOMPARE(es.size(), std::size_t{2});
        QCOMPARE(es[0].type, AuditEventType::ClipboardFlagged);
        QCOMPARE(es[1].type, AuditEventType::AnonymizedCopy);
        QCOMPARE(QString::fromStdString(es[1].destApp), u"ChatGPT"_qs);
        QCOMPARE(QString::fromStdString(es[1].sourceApp), u"Gedit"_qs);
        for (const auto& e : es) {
            const std::string row = AuditTestSupport::valueBearingText(e);
            QVERIFY(row.find("4556") == std::string::npos && row.find("AKIA") == std::string::npos);
        }
    }

    // Personal data only warns towards an AI tool: Anonymize copy puts the copy on the clipboard, and it
    // stays there wherever the focus goes (the user chose it). Ignore stops the warnings.
    void warnOffersAnAnonymizedCopy()
    {
        makeGuard();
        QSignalSpy notices(m_guard.get(), &ClipboardGuard::notice);
        const QString original = u"Please reply to maria.lindqvist@gmail.com today."_qs;
        copy(original);
        QCOMPARE(notices.size(), 0); // personal data towards other apps: tray state only
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Flagged);
        focus(kChatGpt);
        QCOMPARE(clip(), original); // warn does not touch the clipboard
        QCOMPARE(notices.size(), 1);
        const auto warn = notices.at(0).at(0).value<GuardNotice>();
        QVERIFY2(warn.text.contains(u"ChatGPT"_qs), qPrintable(warn.text));
        m_guard->anonymizeCopy();
        const QString anonymized = clip();
        QCOMPARE(anonymized, u"Please reply to [EMAIL_1] today."_qs);
        focus(kEditor);
        QCOMPARE(clip(), anonymized);

        // Ignore: no second warning for the same text.
        copy(original);
        focus(kChatGpt);
        const qsizetype before = notices.size();
        QVERIFY(before >= 2);
        m_guard->ignore();
        focus(kEditor);
        focus(kChatGpt);
        QCOMPARE(notices.size(), before);
        QCOMPARE(clip(), original);
        QCOMPARE(events().back().type, AuditEventType::Overridden);
        QCOMPARE(events().back().action, std::string("ignore"));
    }

    // block: the original comes back only after a reason, which is recorded with its values redacted.
    void blockNeedsAReason()
    {
        const Policy policy = parsed(R"({"schema_version": 1, "serial": 3, "issued_at": "2026-11-01T00:00:00Z",
            "org": "acme", "categories": {"SECRET": {"unapproved_ai": {"action": "block", "operator": "token"}}}})");
        makeGuard(policy);
        const QString original = u"deploy with "_qs + kKey;
        copy(original);
        focus(kChatGpt);
        QVERIFY(m_guard->awaitingReason());
        QVERIFY(!clip().contains(u"AKIA"_qs));
        focus(kEditor); // leaving does not bring it back
        QVERIFY(!clip().contains(u"AKIA"_qs));
        QVERIFY(m_guard->awaitingReason());
        QVERIFY(m_guard->releaseWithReason(u"too short"_qs).contains(u"at least"_qs));
        QVERIFY(m_guard->awaitingReason());
        m_guard->releaseWithReason(u"Rotating the staging key "_qs + kKey + u" with the vendor's support"_qs);
        QCOMPARE(clip(), original);
        QVERIFY(!m_guard->awaitingReason());
        focus(kChatGpt); // released: no second block for the same text
        QCOMPARE(clip(), original);
        const auto es = events();
        auto blocked =
            std::find_if(es.begin(), es.end(), [](const AuditEvent& e) { return e.type == AuditEventType::Blocked; });
        QVERIFY(blocked != es.end());
        QCOMPARE(blocked->action, std::string("block"));
        QCOMPARE(blocked->policySerial, std::int64_t{3});
        const AuditEvent& reason = es.back();
        QCOMPARE(reason.type, AuditEventType::Overridden);
        QCOMPARE(reason.action, std::string("justify"));
        QVERIFY2(QString::fromStdString(reason.preview).startsWith(u"reason: Rotating the staging key [REDACTED]"_qs),
                 reason.preview.c_str());
        QVERIFY(reason.preview.find("AKIA") == std::string::npos);
    }

    // A notice's buttons act on the copy the notice was about; a newer copy is left alone.
    void noticeButtonsActOnTheirCopyOnly()
    {
        makeGuard();
        QSignalSpy notices(m_guard.get(), &ClipboardGuard::notice);
        copy(u"card "_qs + kCard);
        QCOMPARE(notices.size(), 1);
        const std::uint64_t cardNotice = notices.at(0).at(0).value<GuardNotice>().generation;
        QCOMPARE(cardNotice, m_guard->generation());
        const QString health = u"Patient diagnosed with type 2 diabetes, MRN 12345678"_qs;
        copy(health);
        QVERIFY(m_guard->generation() != cardNotice);
        QVERIFY(m_guard->ignore(cardNotice).contains(u"earlier copy"_qs));
        QVERIFY(m_guard->anonymizeCopy(cardNotice).contains(u"earlier copy"_qs));
        QCOMPARE(clip(), health);
        focus(kChatGpt); // health data towards an unapproved AI tool: still anonymized
        QVERIFY2(!clip().contains(u"diabetes"_qs), qPrintable(clip()));
        for (const auto& e : events()) {
            QVERIFY(e.action != "ignore");
        }
    }

    // No way around a reason: no warn notice while blocked, Anonymize copy and Undo refuse, pause and
    // resume leave it blocked.
    void blockHasNoBackDoor()
    {
        const Policy policy = parsed(R"({"schema_version": 1, "serial": 3, "issued_at": "2026-11-01T00:00:00Z",
            "org": "acme", "categories": {"SECRET": {"unapproved_ai": {"action": "justify", "operator": "token"}}}})");
        makeGuard(policy);
        QSignalSpy notices(m_guard.get(), &ClipboardGuard::notice);
        copy(u"deploy key "_qs + kKey);
        focus(kChatGpt);
        QVERIFY(m_guard->awaitingReason());
        const qsizetype before = notices.size();
        focus(kEditor);
        QCOMPARE(notices.size(), before); // no "Anonymize copy" offer for the blocked text
        m_guard->anonymizeCopy();
        m_guard->undo();
        m_guard->ignore();
        QVERIFY(m_guard->awaitingReason());
        QVERIFY(m_guard->pause(0));
        m_guard->resume();
        QVERIFY(m_guard->awaitingReason());
        focus(kChatGpt);
        QVERIFY(!clip().contains(u"AKIA"_qs));
        m_guard->releaseWithReason(u"rotating it with the vendor today"_qs);
        QVERIFY(clip().contains(kKey));
    }

    // A restored answer holds originals: it is scanned like any copy, and kept from AI tools.
    void restoredTextIsGuarded()
    {
        makeGuard();
        QSignalSpy notices(m_guard.get(), &ClipboardGuard::notice);
        ClipboardWriter::write(u"The card is "_qs + kCard, QString(), true);
        QTRY_VERIFY(m_guard->idle());
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Flagged);
        QCOMPARE(notices.size(), 0); // no warning about the values the user just restored
        focus(kChatGpt);
        QVERIFY2(!clip().contains(u"4556"_qs), qPrintable(clip()));
    }

    // Beyond the cap, what was not scanned does not go to an AI tool.
    void uncheckedTailIsLeftOut()
    {
        Policy policy = Policy::builtinDefault();
        policy.clipboardMaxScanKib = 16;
        makeGuard(policy);
        const QString text = QString(20 * 1024, u'x') + u" card "_qs + kCard;
        copy(text);
        focus(kChatGpt);
        const QString sent = clip();
        QVERIFY2(!sent.contains(u"4556"_qs), qPrintable(sent.right(200)));
        QVERIFY(sent.startsWith(QString(16 * 1024, u'x')));
        QVERIFY(sent.contains(u"left out the rest"_qs));
        focus(kEditor);
        QCOMPARE(clip(), text);
    }

    // What is not scanned: content marked secret by a password manager, and Scrim's own writes.
    void skipsSecretsAndOwnWrites()
    {
        makeGuard();
        QSignalSpy decided(m_guard.get(), &ClipboardGuard::decided);
        auto* mime = new QMimeData();
        mime->setText(u"card "_qs + kCard);
        mime->setData(u"x-kde-passwordManagerHint"_qs, QByteArrayLiteral("secret"));
        QGuiApplication::clipboard()->setMimeData(mime);
        QTRY_VERIFY(decided.size() >= 1);
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Protected);
        QVERIFY(m_guard->findings().empty());
        QVERIFY(events().empty());

        // A write of another part of Scrim (the tray's anonymized copy, a restored answer) is not
        // scanned, and ends what the guard looked after: the flagged text is no longer there.
        copy(u"card "_qs + kCard);
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Flagged);
        const std::size_t eventsBefore = events().size();
        auto* own = new QMimeData();
        own->setText(u"key "_qs + kKey);
        own->setData(QString::fromLatin1(ClipboardGuard::kOwnerFormat), QByteArrayLiteral("1"));
        QGuiApplication::clipboard()->setMimeData(own);
        QTRY_VERIFY(m_guard->idle());
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Protected);
        QVERIFY(m_guard->findings().empty());
        QCOMPARE(events().size(), eventsBefore);
        focus(kChatGpt); // nothing to swap: the key stays as Scrim wrote it
        QCOMPARE(clip(), u"key "_qs + kKey);
    }

    // text/html without text/plain is reduced to its text and scanned.
    void htmlIsReducedToText()
    {
        makeGuard();
        QSignalSpy decided(m_guard.get(), &ClipboardGuard::decided);
        auto* mime = new QMimeData();
        mime->setHtml(u"<p>Card <b>"_qs + kCard + u"</b></p>"_qs);
        QGuiApplication::clipboard()->setMimeData(mime);
        QVERIFY(decided.wait(10000));
        QTRY_VERIFY(m_guard->idle());
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Flagged);
        QCOMPARE(m_guard->findings().front().type, EntityType::CreditCard);
    }

    // A newer change supersedes an older scan, whose findings never land.
    void newerChangeWins()
    {
        makeGuard();
        QString big;
        big.reserve(3 << 20);
        while (big.size() < (3 << 20)) {
            big += u"An ordinary sentence about nothing in particular, repeated for size. "_qs;
        }
        big += u"card "_qs + kCard;
        QSignalSpy decided(m_guard.get(), &ClipboardGuard::decided);
        QGuiApplication::clipboard()->setText(big);
        QGuiApplication::clipboard()->setText(u"nothing to see"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(m_guard->idle(), 20000);
        QVERIFY(m_guard->findings().empty());
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Protected);
        // The big text alone is found, card at its end and all.
        copy(big);
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Flagged);
    }

    // A clip beyond the policy's cap is scanned up to it, and the user is told.
    void largeClipIsCutAndSaysSo()
    {
        Policy policy = Policy::builtinDefault();
        policy.clipboardMaxScanKib = 16;
        makeGuard(policy);
        QSignalSpy notices(m_guard.get(), &ClipboardGuard::notice);
        const QString text = QString(40 * 1024, u'x') + u" card "_qs + kCard;
        copy(text);
        QVERIFY(m_guard->findings().empty());
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.at(0).at(0).value<GuardNotice>().text.contains(u"16 KiB"_qs),
                 qPrintable(notices.at(0).at(0).value<GuardNotice>().text));
        // Within the cap it is found.
        copy(u"card "_qs + kCard + u'\n' + QString(40 * 1024, u'x'));
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Flagged);
    }

    void pauseAndResume()
    {
        makeGuard();
        QVERIFY(m_guard->pause(0));
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Paused);
        copy(u"card "_qs + kCard);
        QVERIFY(m_guard->findings().empty());
        focus(kChatGpt);
        QVERIFY(clip().contains(u"4556"_qs));
        QSignalSpy decided(m_guard.get(), &ClipboardGuard::decided);
        m_guard->resume(); // what was copied meanwhile is checked now
        QVERIFY(decided.wait(10000));
        QTRY_VERIFY(m_guard->idle());
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Swapped);
        QVERIFY(!clip().contains(u"4556"_qs));
        QCOMPARE(events().front().action, std::string("pause"));

        // A policy that does not let users pause.
        Policy strict = Policy::builtinDefault();
        strict.userMayPause = false;
        makeGuard(strict);
        QVERIFY(!m_guard->pause(0));
        QCOMPARE(m_guard->state(), ClipboardGuard::State::Protected);
    }

    // Notices off: no notice for warnings and automatic anonymization; a decision still asks.
    void noticesOffKeepsDecisions()
    {
        const Policy policy = parsed(R"({"schema_version": 1, "serial": 3, "issued_at": "2026-11-01T00:00:00Z",
            "org": "acme", "categories": {"SECRET": {"unapproved_ai": {"action": "block", "operator": "token"}}}})");
        makeGuard(policy);
        m_guard->setNotices(false);
        QSignalSpy notices(m_guard.get(), &ClipboardGuard::notice);
        copy(u"card "_qs + kCard);
        focus(kChatGpt);
        QVERIFY(!clip().contains(u"4556"_qs)); // still anonymized
        QCOMPARE(notices.size(), 0);
        focus(kEditor);
        copy(u"key "_qs + kKey);
        focus(kChatGpt);
        QCOMPARE(notices.size(), 1);
        const auto n = notices.at(0).at(0).value<GuardNotice>();
        QCOMPARE(n.actions, std::vector<GuardNotice::Action>{GuardNotice::Action::GiveReason});
    }

    // An expired policy with on_expiry=strict anonymizes even what it would only warn about.
    void strictExpiryAnonymizesEverything()
    {
        makeGuard();
        const QString original = u"Please reply to maria.lindqvist@gmail.com today."_qs;
        copy(original);
        focus(kChatGpt);
        QCOMPARE(clip(), original);
        m_guard->setStrict(true);
        QVERIFY2(!clip().contains(u"lindqvist"_qs), qPrintable(clip()));
    }

    // The tray shows the guard's notices in a window with buttons, and asks for a reason in a dialog.
    void trayPresentsNoticesAndReasons()
    {
        const Policy policy = parsed(R"({"schema_version": 1, "serial": 3, "issued_at": "2026-11-01T00:00:00Z",
            "org": "acme", "user_may_quit": false,
            "categories": {"PCI": {"unapproved_ai": {"action": "justify", "operator": "mask"}}}})");
        makeGuard(policy);
        TrayController tray(m_rules, 0);
        tray.setPolicy(&policy, m_rules);
        tray.setGuard(m_guard.get());
        tray.start();
        QVERIFY(!tray.quitAction()->isVisible()); // the policy does not let users quit
        QVERIFY(tray.pauseMenu()->isEnabled());

        // Warn (towards other apps): the notice window's Anonymize copy button.
        const QString original = u"card "_qs + kCard;
        copy(original);
        QVERIFY2(tray.statusText().contains(u"Sensitive text"_qs), qPrintable(tray.statusText()));
        NoticePopup* popup = tray.noticePopup();
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->button(GuardNotice::Action::Ignore) != nullptr);
        QPushButton* anonymize = popup->button(GuardNotice::Action::AnonymizeCopy);
        QVERIFY(anonymize != nullptr);
        QTest::mouseClick(anonymize, Qt::LeftButton);
        QVERIFY2(clip().startsWith(u"card **** **** **** 9855"_qs) || clip().startsWith(u"card [CARD_1]"_qs),
                 qPrintable(clip()));

        // justify towards ChatGPT: masked until a reason is given in the dialog.
        copy(original);
        focus(kChatGpt);
        QVERIFY2(clip().contains(u"**** 9855"_qs), qPrintable(clip()));
        QVERIFY(popup->button(GuardNotice::Action::GiveReason) != nullptr);
        QVERIFY(tray.reasonAction()->isVisible());
        QVERIFY2(tray.statusText().contains(u"blocked for ChatGPT"_qs), qPrintable(tray.statusText()));
        // justify asks for the reason up front: the dialog is already open.
        ReasonDialog* dialog = tray.reasonDialog();
        QVERIFY(dialog != nullptr && dialog->isVisible());
        QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->editor()->setPlainText(u"The customer asked us to check this payment"_qs);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(clip(), original);
        QVERIFY(!tray.reasonAction()->isVisible());
        tray.setGuard(nullptr);
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "TestClipboardGuard.moc"
