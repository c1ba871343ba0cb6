// SPDX-License-Identifier: GPL-3.0-or-later
// The tray app's face: a real tray under Xvfb + trayer, and the fallback window where there is none.
#include "core/audit/AuditLog.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyRules.h"
#include "core/redact/Vault.h"
#include "core/store/Store.h"
#include "tests/ui/AuditTestSupport.h"
#include "ui/TrayController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

class TestTrayController : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const RuleSet> m_rules;

private slots:
    void initTestCase()
    {
        auto r = RuleSet::builtin();
        QVERIFY(r.ok());
        m_rules = r.value();
    }

    void trayWhereOneExists()
    {
        // CI runs this under Xvfb with trayer as the tray host (scripts/run-tests-in-session.sh).
        if (QGuiApplication::platformName() != u"xcb"_qs) {
            QSKIP("needs an X display with a tray host; run through scripts/dev.sh test");
        }
        TrayController tray(m_rules, 5000);
        tray.start();
        QTRY_VERIFY_WITH_TIMEOUT(tray.usingTray(), 6000);
        QVERIFY(tray.fallbackWindow() == nullptr);
        QVERIFY(tray.menu()->actions().size() >= 4);
    }

    void fallbackWindowWithoutTray()
    {
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            QSKIP("a tray is available on this display; the offscreen run covers the fallback");
        }
        TrayController tray(m_rules, 300);
        tray.start();
        QTRY_VERIFY_WITH_TIMEOUT(tray.fallbackWindow() != nullptr, 3000);
        QVERIFY(!tray.usingTray());
        QWidget* w = tray.fallbackWindow();
        QVERIFY(w->isVisible());
        const auto* reason = w->findChild<QLabel*>(u"reasonLabel"_qs);
        QVERIFY(reason != nullptr);
        QVERIFY(reason->text().contains(u"no system tray"_qs));
    }

    void scanClipboardSummarisesWithoutValues()
    {
        TrayController tray(m_rules, 100);
        tray.start();
        QSignalSpy shown(&tray, &TrayController::messageShown);
        QGuiApplication::clipboard()->setText(u"card 4111 1111 1111 1111, mail jane@example.com"_qs);
        tray.scanAction()->trigger();
        QCOMPARE(shown.size(), 1);
        const QString text = shown.at(0).at(1).toString();
        QVERIFY2(text.contains(u"2 sensitive value"_qs) && text.contains(u"1 payment detail"_qs)
                     && text.contains(u"1 personal detail"_qs),
                 qPrintable(text));
        // Payment data (higher rank) is named before personal data.
        QVERIFY(text.indexOf(u"payment"_qs) < text.indexOf(u"personal"_qs));
        QVERIFY(!text.contains(u"4111"_qs));
        QVERIFY(!text.contains(u"jane"_qs));

        // Recorded in the audit log: metadata only.
        QTemporaryDir dir;
        Store::Options o;
        o.dataDir = dir.path();
        o.key.dataDir = dir.path();
        o.key.useKeychain = false;
        auto store = Store::open(o);
        QVERIFY(store.ok());
        auto audit = AuditLog::open(store.value());
        QVERIFY(audit.ok());
        tray.setAuditLog(&audit.value());
        tray.scanClipboard();
        const auto events = audit->list(10).value();
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].type, AuditEventType::ClipboardFlagged);
        QCOMPARE(QString::fromStdString(events[0].preview), u"[CREDIT_CARD] [EMAIL]"_qs);
        const std::string row = AuditTestSupport::valueBearingText(events[0]);
        QVERIFY(row.find("4111") == std::string::npos && row.find("jane") == std::string::npos);
        tray.setAuditLog(nullptr);

        // A problem with the audit log shows in the menu, under the status.
        tray.setAuditProblem(u"Audit log key kept in a file"_qs);
        QCOMPARE(tray.menu()->actions().value(1)->text(), u"Audit log key kept in a file"_qs);
        QVERIFY(tray.menu()->actions().value(1)->isVisible());
        tray.setAuditProblem(QString());
        QVERIFY(!tray.menu()->actions().value(1)->isVisible());

        QGuiApplication::clipboard()->setText(u"just words"_qs);
        QVERIFY(tray.scanClipboard().contains(u"Nothing sensitive"_qs));
        QGuiApplication::clipboard()->clear();
        QVERIFY(tray.scanClipboard().contains(u"no text"_qs));
    }

    void anonymizeAndRestoreThroughTheClipboard()
    {
        TrayController tray(m_rules, 100);
        tray.start();
        // Without the store, the two actions are there but disabled, and say why.
        QVERIFY(!tray.anonymizeAction()->isEnabled());
        QVERIFY(!tray.anonymizeAction()->toolTip().isEmpty());
        QTemporaryDir dir;
        Store::Options o;
        o.dataDir = dir.path();
        o.key.dataDir = dir.path();
        o.key.useKeychain = false;
        auto store = Store::open(o);
        QVERIFY(store.ok());
        auto audit = AuditLog::open(store.value());
        QVERIFY(audit.ok());
        auto vault = StoreVault::open(store.value(), {});
        QVERIFY(vault.ok());
        tray.setAuditLog(&audit.value());
        tray.setVault(vault.value().get());
        QVERIFY(tray.anonymizeAction()->isEnabled() && tray.restoreAction()->isEnabled());
        QSignalSpy shown(&tray, &TrayController::messageShown);

        const QString original =
            u"John Smith's account 123-456-7890 needs review for high blood pressure medication"_qs;
        QGuiApplication::clipboard()->setText(original);
        tray.anonymizeAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"[PERSON_1]'s account [ACCOUNT_1] needs review for [CONDITION_1] medication"_qs);
        const QMimeData* mine = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mine->hasFormat(QString::fromLatin1(TrayController::kOwnerFormat)));
        QVERIFY(!mine->hasFormat(u"x-kde-passwordManagerHint"_qs)); // tokens may stay in a history
        QCOMPARE(shown.size(), 1);
        const QString said = shown.at(0).at(1).toString();
        QVERIFY2(said.contains(u"3 value"_qs) && !said.contains(u"Smith"_qs) && !said.contains(u"7890"_qs),
                 qPrintable(said));

        // The AI's answer, copied: tokens back, a value that was not in the text reported.
        QGuiApplication::clipboard()->setText(
            u"**[PERSON_1]** (acct [ACCOUNT_1]) should see a doctor about [condition_1]. Write to "
            "help@clinic-example.org. [PERSON_9] agrees."_qs);
        tray.restoreAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"**John Smith** (acct 123-456-7890) should see a doctor about high blood pressure. Write to "
                 "help@clinic-example.org. [PERSON_9] agrees."_qs);
        mine = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mine->data(u"x-kde-passwordManagerHint"_qs), QByteArray("secret")); // originals: kept out of histories
        const QString restored = shown.last().at(1).toString();
        QVERIFY2(restored.contains(u"Restored 3"_qs) && restored.contains(u"1 token"_qs)
                     && restored.contains(u"stay as they are."_qs) && restored.contains(u"1 personal detail"_qs)
                     && !restored.contains(u"clinic"_qs),
                 qPrintable(restored));

        // Nothing to restore: the clipboard stays as it is.
        QGuiApplication::clipboard()->setText(u"no tokens here"_qs);
        QVERIFY(tray.restoreClipboard().contains(u"left as it is"_qs));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"no tokens here"_qs);
        QVERIFY(tray.anonymizeClipboard().contains(u"Nothing sensitive"_qs));

        // Both recorded, metadata only.
        const auto events = audit->list(10).value();
        QCOMPARE(events.size(), std::size_t(3));
        QCOMPARE(events[2].type, AuditEventType::AnonymizedCopy);
        QCOMPARE(events[1].type, AuditEventType::Restored);
        for (const auto& e : events) {
            const std::string row = AuditTestSupport::valueBearingText(e);
            QVERIFY(row.find("Smith") == std::string::npos && row.find("7890") == std::string::npos
                    && row.find("clinic") == std::string::npos);
        }
        // With a policy: its dictionary terms are replaced, its allowlist spared, its operators used.
        Policy policy = Policy::builtinDefault();
        PolicyDictionary dict;
        dict.name = "codenames";
        dict.saltHex = "00112233445566778899aabbccddeeff";
        dict.hashes = {PolicyTerms::hash(dict.saltHex, "Project Falcon")};
        policy.dictionaries.push_back(dict);
        policy.allowValues = {"help@acme.example"};
        tray.setPolicy(&policy, PolicyRules::ruleSet(policy).value());
        QGuiApplication::clipboard()->setText(u"Project falcon: ask help@acme.example or jane.doe@gmail.com"_qs);
        tray.anonymizeClipboard();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"[CONFIDENTIAL_1]: ask help@acme.example or [EMAIL_1]"_qs);
        tray.setPolicy(nullptr, nullptr);
        tray.setVault(nullptr);
        tray.setAuditLog(nullptr);
        QGuiApplication::clipboard()->clear();
    }
};

QTEST_MAIN(TestTrayController)
#include "TestTrayController.moc"
