// SPDX-License-Identifier: GPL-3.0-or-later
// The Activity window (the audit log as a table: sort, filter, chain status, export) and the Policy
// status window, offscreen, on a real encrypted store.
#include "core/audit/AuditLog.h"
#include "core/store/Store.h"
#include "ui/ActivityWindow.h"
#include "ui/PolicyStatusWindow.h"
#include "ui/SettingsWindow.h"
#include "ui/TrayController.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestWindows : public QObject
{
    Q_OBJECT

private slots:
    void activityShowsSortsFiltersAndExports()
    {
        QTemporaryDir dir;
        Store::Options o;
        o.dataDir = dir.path();
        o.key.dataDir = dir.path();
        o.key.useKeychain = false;
        auto store = Store::open(o);
        QVERIFY(store.ok());
        auto log = AuditLog::open(store.value());
        QVERIFY(log.ok());
        const auto add = [&](AuditEventType type,
                             const char* action,
                             const char* categories,
                             const char* dest,
                             std::int64_t timeMs) {
            AuditEvent e;
            e.type = type;
            e.action = action;
            e.categories = categories;
            e.destApp = dest;
            e.timeMs = timeMs;
            e.preview = "[CREDIT_CARD]";
            QVERIFY(log->append(e).ok());
        };
        add(AuditEventType::ClipboardFlagged, "warn", "PCI:1", "", 1'700'000'000'000);
        add(AuditEventType::AnonymizedCopy, "anonymize", "PCI:1", "ChatGPT", 1'700'000'100'000);
        add(AuditEventType::Overridden, "justify", "SECRET:1", "Claude", 1'700'000'200'000);

        ActivityWindow w(&log.value());
        QSortFilterProxyModel* proxy = w.proxy();
        QCOMPARE(proxy->rowCount(), 3);
        // Newest first by default; sorting by time the other way turns it round.
        QCOMPARE(proxy->index(0, ActivityWindow::Event).data().toString(), u"overridden"_qs);
        w.table()->sortByColumn(ActivityWindow::Time, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, ActivityWindow::Event).data().toString(), u"clipboard_flagged"_qs);
        QCOMPARE(proxy->index(1, ActivityWindow::Destination).data().toString(), u"ChatGPT (not approved)"_qs);
        // Any text filters.
        w.filter()->setText(u"chatgpt"_qs);
        QCOMPARE(proxy->rowCount(), 1);
        w.filter()->setText(u"SECRET"_qs);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, ActivityWindow::Action).data().toString(), u"justify"_qs);
        w.filter()->clear();
        QVERIFY2(w.chainStatus().contains(u"intact"_qs), qPrintable(w.chainStatus()));

        // Export: the same lines as scrim-cli log export; the export is itself recorded.
        const QString csv = dir.filePath(u"out.csv"_qs);
        QCOMPARE(w.exportTo(csv, AuditExport::Format::Csv), QString());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(u"seq,time,type"_qs));
        QVERIFY(lines[2].contains(u"\"ChatGPT\""_qs));
        QCOMPARE(proxy->rowCount(), 4);
        QCOMPARE(log->list(1).value().front().type, AuditEventType::LogExported);
        QVERIFY(!w.exportTo(dir.filePath(u"missing/dir/out.jsonl"_qs), AuditExport::Format::Jsonl).isEmpty());

        // Without a log the window says so instead of showing an empty table as if nothing happened.
        ActivityWindow none(nullptr);
        QVERIFY(none.chainStatus().contains(u"not available"_qs));
    }

    void settingsAreSavedAndAnnounced()
    {
        QTemporaryDir dir;
        qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_qs).toUtf8());
        qputenv("XDG_CONFIG_DIRS", dir.filePath(u"none"_qs).toUtf8());
        const QString path = dir.filePath(u"settings.ini"_qs);
        TrayController tray(nullptr, 0);
        tray.setSettings(path, true, u"/usr/bin/scrim"_qs);
        QSignalSpy changed(&tray, &TrayController::settingsChanged);
        SettingsWindow* w = tray.openSettings();
        QComboBox* pii = w->operatorBox(Category::Pii);
        QVERIFY(pii->isEnabled());
        pii->setCurrentIndex(pii->findData(u"surrogate"_qs));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<UserSettings>().operators[static_cast<int>(Category::Pii)],
                 Operator::Surrogate);
        QCOMPARE(UserSettings::load(path).operators[static_cast<int>(Category::Pii)], Operator::Surrogate);
        w->noticesBox()->setChecked(false);
        QVERIFY(!UserSettings::load(path).notices);
        w->languageBox()->setCurrentIndex(w->languageBox()->findData(u"de"_qs));
        QCOMPARE(UserSettings::load(path).language, u"de"_qs);
        QVERIFY(w->problem().contains(u"next start"_qs));
        // Start at login writes the user's autostart entry.
        QVERIFY(!w->autostartBox()->isChecked());
        w->autostartBox()->setChecked(true);
        QVERIFY(QFile::exists(dir.filePath(u"config/autostart/io.scrim.Scrim.desktop"_qs)));

        // Where the organisation does not let users change settings, they are shown, not editable.
        SettingsWindow locked(path, false, u"/usr/bin/scrim"_qs);
        QVERIFY(!locked.operatorBox(Category::Pii)->isEnabled());
        QCOMPARE(locked.operatorBox(Category::Pii)->currentData().toString(), u"surrogate"_qs);
        QVERIFY(!locked.noticesBox()->isEnabled());
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_CONFIG_DIRS");
    }

    void policyStatusNamesSourceAndFetches()
    {
        PolicyStatusWindow w;
        QVERIFY(w.value(u"Source"_qs).contains(u"Built-in default"_qs));
        PolicyStatus s;
        s.builtin = false;
        s.source = u"https://policy.acme.example/scrim/policy.json"_qs;
        s.org = u"acme"_qs;
        s.serial = 7;
        s.issuedAt = u"2026-11-20T08:00:00Z"_qs;
        s.pinnedKeys = {u"ab12cd34"_qs};
        s.lastFetchMs = 1'700'000'000'000;
        s.nextFetchMs = 1'700'003'600'000;
        s.lastProblem = u"the server could not be reached (timeout)"_qs;
        w.setStatus(s);
        QCOMPARE(w.value(u"Source"_qs), s.source);
        QVERIFY(w.value(u"Policy"_qs).contains(u"serial 7"_qs));
        QVERIFY(w.value(u"Signature"_qs).contains(u"ab12cd34"_qs));
        QVERIFY(w.value(u"Last problem"_qs).contains(u"timeout"_qs));
        QVERIFY(!w.value(u"Next fetch"_qs).isEmpty());
        // Through the tray.
        TrayController tray(nullptr, 0);
        tray.setPolicyStatus(s);
        QCOMPARE(tray.openPolicyStatus()->value(u"Organisation"_qs), u"acme"_qs);
    }
};

QTEST_MAIN(TestWindows)
#include "TestWindows.moc"
