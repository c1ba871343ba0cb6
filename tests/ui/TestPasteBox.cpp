// SPDX-License-Identifier: GPL-3.0-or-later
// The paste-box, offscreen: highlights sit exactly on the findings (also after emoji), the buttons
// put the expected text on the clipboard, unticking keeps a value, the Restore tab puts values back
// and points out what it could not, the policy can withhold the original, and a 10 MB paste is
// scanned off the UI thread.
#include "core/audit/AuditLog.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyRules.h"
#include "core/redact/Vault.h"
#include "core/store/Store.h"
#include "tests/ui/AuditTestSupport.h"
#include "ui/ClipboardGuard.h"
#include "ui/PasteBox.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

const QString kCard = u"4556 7375 8689 9855"_qs;
const QString kEmail = u"maria.lindqvist@gmail.com"_qs;
const QString kKey = u"AKIAQ3EGRJ7NZW5XK2TB"_qs;

} // namespace

class TestPasteBox : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const RuleSet> m_rules;
    QTemporaryDir m_dir;
    std::optional<Store> m_store;
    std::optional<AuditLog> m_audit;
    std::unique_ptr<MemoryVault> m_vault;

    void waitScanned(PasteBox& box) { QTRY_VERIFY_WITH_TIMEOUT(box.idle(), 30000); }

private slots:
    void initTestCase()
    {
        auto r = RuleSet::builtin();
        QVERIFY(r.ok());
        m_rules = r.value();
        Store::Options o;
        o.dataDir = m_dir.path();
        o.key.dataDir = m_dir.path();
        o.key.useKeychain = false;
        auto store = Store::open(o);
        QVERIFY(store.ok());
        m_store.emplace(std::move(store.value()));
        auto audit = AuditLog::open(*m_store);
        QVERIFY(audit.ok());
        m_audit.emplace(std::move(audit.value()));
        m_vault = std::make_unique<MemoryVault>(TokenVault::Options{});
    }

    void highlightsSitOnTheFindings_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("ascii") << u"Note: "_qs;
        QTest::newRow("emoji and a joined emoji") << u"\U0001F600 \U0001F469\u200D\U0001F4BB \u00e9t\u00e9: "_qs;
        QTest::newRow("line breaks") << u"first line\r\nsecond line\n"_qs;
    }
    void highlightsSitOnTheFindings()
    {
        QFETCH(QString, prefix);
        PasteBox box(m_rules);
        const QString text = prefix + u"card "_qs + kCard + u" and mail "_qs + kEmail + u" today"_qs;
        box.editor()->setPlainText(text);
        waitScanned(box);
        QCOMPARE(box.findings().size(), std::size_t{2});
        const QList<QTextEdit::ExtraSelection> sel = box.editor()->extraSelections();
        QCOMPARE(sel.size(), 2);
        const QString plain = box.editor()->toPlainText(); // \r\n reads back as one paragraph break
        QCOMPARE(sel[0].cursor.selectionStart(), plain.indexOf(kCard));
        QCOMPARE(sel[0].cursor.selectionEnd(), plain.indexOf(kCard) + kCard.size());
        QCOMPARE(sel[1].cursor.selectionStart(), plain.indexOf(kEmail));
        QCOMPARE(sel[1].cursor.selectionEnd(), plain.indexOf(kEmail) + kEmail.size());
        QCOMPARE(sel[0].format.background().color(), PasteBox::categoryColor(Category::Pci));
        QCOMPARE(sel[1].format.background().color(), PasteBox::categoryColor(Category::Pii));
        QCOMPARE(box.findingsList()->topLevelItemCount(), 2);
        // The list shows a stand-in, never the whole value.
        const QString shown = box.findingsList()->topLevelItem(0)->text(1);
        QVERIFY2(!shown.contains(kCard) && shown.contains(u"9855"_qs), qPrintable(shown));
    }

    void buttonsCopyAndUntickingKeeps()
    {
        PasteBox box(m_rules);
        box.setVault(m_vault.get());
        box.setAuditLog(&*m_audit);
        const QString text = u"card "_qs + kCard + u" and mail "_qs + kEmail;
        box.editor()->setPlainText(text);
        waitScanned(box);
        QTest::mouseClick(box.copyAnonymizedButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"card [CARD_1] and mail [EMAIL_1]"_qs);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1(ClipboardGuard::kOwnerFormat)));

        // Copy original: an ordinary copy, which the clipboard guard will look at like any other.
        QVERIFY(box.copyOriginalButton()->isEnabled());
        QTest::mouseClick(box.copyOriginalButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
        QVERIFY(
            !QGuiApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1(ClipboardGuard::kOwnerFormat)));

        // Untick the card: it stays, the address is still replaced; the choice is recorded.
        QTreeWidgetItem* card = box.findingsList()->topLevelItem(0);
        QCOMPARE(card->text(0), u"CREDIT_CARD"_qs);
        card->setCheckState(0, Qt::Unchecked);
        QCOMPARE(box.anonymizedText(), u"card "_qs + kCard + u" and mail [EMAIL_1]"_qs);
        QCOMPARE(box.editor()->extraSelections().at(0).format.underlineStyle(), QTextCharFormat::DotLine);
        const auto events = m_audit->all().value();
        QCOMPARE(events.back().type, AuditEventType::Overridden);
        QCOMPARE(events.back().action, std::string("keep"));
        QVERIFY(AuditTestSupport::valueBearingText(events.back()).find("4556") == std::string::npos);
        card->setCheckState(0, Qt::Checked);
        QCOMPARE(box.anonymizedText(), u"card [CARD_1] and mail [EMAIL_1]"_qs);

        // Typing on: the scan follows, and a copy right after an edit uses the new text.
        box.editor()->appendPlainText(u"key "_qs + kKey);
        const QString now = box.anonymizedText();
        QVERIFY2(now.startsWith(u"card [CARD_1] and mail [EMAIL_1]\nkey ["_qs) && !now.contains(u"AKIA"_qs),
                 qPrintable(now));
    }

    void restoreTabPutsValuesBack()
    {
        PasteBox box(m_rules);
        box.setVault(m_vault.get());
        box.editor()->setPlainText(u"Refund card "_qs + kCard + u" for "_qs + kEmail);
        waitScanned(box);
        const QString anonymized = box.anonymizedText();
        QCOMPARE(anonymized, u"Refund card [CARD_1] for [EMAIL_1]"_qs);
        QSignalSpy restored(&box, &PasteBox::restored);
        box.answerEditor()->setPlainText(
            u"Done: [card_1] refunded; told [EMAIL_1]. Ask [PERSON_7] or jane.roe@gmail.com."_qs);
        QVERIFY(restored.wait(10000));
        QCOMPARE(box.restoredView()->toPlainText(),
                 u"Done: "_qs + kCard + u" refunded; told "_qs + kEmail
                     + u". Ask [PERSON_7] or jane.roe@gmail.com."_qs);
        const QString report = box.restoreReport();
        // The same sentences as the tray's, and they name the colour the token is marked in.
        QVERIFY2(report.contains(u"Restored 2"_qs) && report.contains(u"1 token"_qs)
                     && report.contains(u"stay as they are (red)"_qs) && report.contains(u"1 personal detail"_qs),
                 qPrintable(report));
        // The leftovers are marked in the answer: the unknown token and the new address.
        const auto marks = box.answerEditor()->extraSelections();
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks[0].cursor.selectedText(), u"[PERSON_7]"_qs);
        QCOMPARE(marks[1].cursor.selectedText(), u"jane.roe@gmail.com"_qs);
        QVERIFY(box.copyRestoredButton()->isEnabled());
        QTest::mouseClick(box.copyRestoredButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), box.restoredView()->toPlainText());
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_qs), QByteArray("secret"));
    }

    void policyCanWithholdTheOriginal()
    {
        std::vector<PolicyDiagnostic> d;
        auto policy = Policy::parse(
            "{\"schema_version\": 1, \"serial\": 2, \"issued_at\": \"2026-11-01T00:00:00Z\", \"org\": \"acme\", "
            "\"categories\": {\"SECRET\": {\"unapproved_ai\": {\"action\": \"block\", \"operator\": \"redact\"},"
            " \"approved_ai\": {\"action\": \"anonymize\", \"operator\": \"redact\"}}}}",
            d);
        QVERIFY(policy.ok());
        PasteBox box(m_rules);
        box.setPolicy(policy.value(), PolicyRules::ruleSet(policy.value(), m_rules).value());
        box.editor()->setPlainText(u"mail "_qs + kEmail);
        waitScanned(box);
        QVERIFY(box.copyOriginalButton()->isEnabled());
        box.editor()->setPlainText(u"key "_qs + kKey);
        waitScanned(box);
        QVERIFY(!box.copyOriginalButton()->isEnabled());
        QCOMPARE(box.anonymizedText(), u"key [REDACTED]"_qs); // the policy's operator
        // A value the policy blocks cannot be kept here either: that would be a way around the reason.
        QTreeWidgetItem* key = box.findingsList()->topLevelItem(0);
        QVERIFY(!(key->flags() & Qt::ItemIsEnabled));
        key->setCheckState(0, Qt::Unchecked); // even if something unticks it
        QCOMPARE(box.anonymizedText(), u"key [REDACTED]"_qs);
        QVERIFY(!box.copyOriginalButton()->isEnabled());
    }

    // A 10 MB paste: the scan runs off the UI thread, so the event loop keeps turning meanwhile.
    void bigPasteKeepsTheWindowResponsive()
    {
        PasteBox box(m_rules);
        QString big;
        big.reserve(10 << 20);
        while (big.size() < (10 << 20)) {
            big += u"Meeting notes, nothing special, line after line of ordinary words.\n"_qs;
        }
        big += u"card "_qs + kCard;
        int ticks = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, [&] { ++ticks; });
        QSignalSpy scanned(&box, &PasteBox::scanned);
        box.editor()->setPlainText(big);
        tick.start();
        QVERIFY(scanned.wait(120000));
        QVERIFY2(ticks >= 2, qPrintable(QString::number(ticks)));
        QCOMPARE(box.findings().size(), std::size_t{1});
        QCOMPARE(box.positions().front().first, static_cast<int>(big.indexOf(kCard)));
    }
};

QTEST_MAIN(TestPasteBox)
#include "TestPasteBox.moc"
