// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, as a user meets it: the real `scrim` on its own Xvfb display with openbox keeping
// _NET_ACTIVE_WINDOW, text copied with xclip, stand-in windows of this test (an editor and
// "ChatGPT — Mozilla Firefox") focused with xdotool, the clipboard read back with `xclip -o`. The
// policy comes signed from a real nginx over TLS: it blocks secrets towards unapproved AI tools.
// Covered: anonymize while the AI tool has the focus, the warn notice's Anonymize copy button, the
// block path with a reason typed into the dialog, and that no value reached a plain file.
//
// This process never owns the clipboard (xclip and scrim do), so reading it cannot deadlock.
#include "core/platform/ActiveWindow.h"
#include "core/policy/Fetcher.h"
#include "core/policy/Signing.h"
#include "tests/integration/TlsServer.h"
#include "ui/NoticePopup.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWidget>

#include <optional>
#include <poll.h>

namespace {

const QString kCard = u"4556 7375 8689 9855"_qs;
const QString kKey = u"AKIAQ3EGRJ7NZW5XK2TB"_qs;
const QString kEmail = u"maria.lindqvist@gmail.com"_qs;

QString binDir()
{
    return qEnvironmentVariable("SCRIM_BIN_DIR");
}

// Runs a tool to completion; its output, or nothing when it failed.
std::optional<QString> tool(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        return std::nullopt;
    }
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(15000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning(
            "%s %s failed: %s", qPrintable(program), qPrintable(args.value(0)), p.readAllStandardError().constData());
        return std::nullopt;
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestGuardEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TlsServer> m_server;
    QProcess m_wm;
    QProcess m_scrim;
    std::unique_ptr<QWidget> m_editor;
    std::unique_ptr<QWidget> m_chat;
    std::unique_ptr<ActiveWindowSource> m_windows;
    QWidget* m_focused = nullptr; // the stand-in window that has the focus

    QString dataDir() const { return m_dir.filePath(u"data"_qs); }

    QString log() const
    {
        QFile f(dataDir() + u"/logs/scrim.log"_qs);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    int logCount(const QString& what) const { return static_cast<int>(log().count(what)); }

    static QString clipboard()
    {
        return tool(u"xclip"_qs, {u"-o"_qs, u"-selection"_qs, u"clipboard"_qs}).value_or(u"(no clipboard)"_qs);
    }

    // Puts text on the clipboard as another program would (xclip stays in the background as its owner).
    void copy(const QString& text)
    {
        const int before = logCount(u"clipboard change scanned"_qs);
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start(u"xclip"_qs, {u"-selection"_qs, u"clipboard"_qs, u"-i"_qs});
        QVERIFY(p.waitForStarted(10000));
        p.write(text.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(15000));
        QTRY_VERIFY_WITH_TIMEOUT(logCount(u"clipboard change scanned"_qs) > before, 20000);
    }

    // Gives `w` the focus through the window manager, and waits until scrim has read the change.
    void focus(QWidget* w)
    {
        if (w == m_focused) {
            return;
        }
        m_focused = w;
        const int before = logCount(u"focus: destination"_qs);
        const auto id = static_cast<std::uint64_t>(w->winId());
        QVERIFY(tool(u"xdotool"_qs, {u"windowactivate"_qs, u"--sync"_qs, QString::number(id)}).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(m_windows->activeWindow() && m_windows->activeWindow()->id == id, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(logCount(u"focus: destination"_qs) > before, 10000);
    }

    // Clicks a button of scrim's notice window: `fromRight` 0 is the rightmost.
    void clickNoticeButton(int fromRight)
    {
        const QString ids = tool(u"xdotool"_qs, {u"search"_qs, u"--onlyvisible"_qs, u"--name"_qs, u"^Scrim notice$"_qs})
                                .value_or(QString());
        QVERIFY2(!ids.trimmed().isEmpty(), "no notice window");
        const QString id = ids.trimmed().split(u'\n').last();
        const QString geometry = tool(u"xdotool"_qs, {u"getwindowgeometry"_qs, u"--shell"_qs, id}).value_or(QString());
        int x = 0, y = 0, w = 0, h = 0;
        for (const QString& line : geometry.split(u'\n')) {
            const auto kv = line.split(u'=');
            if (kv.size() != 2) {
                continue;
            }
            const int v = kv[1].toInt();
            if (kv[0] == u"X"_qs) {
                x = v;
            } else if (kv[0] == u"Y"_qs) {
                y = v;
            } else if (kv[0] == u"WIDTH"_qs) {
                w = v;
            } else if (kv[0] == u"HEIGHT"_qs) {
                h = v;
            }
        }
        QVERIFY2(w > 0 && h > 0, qPrintable(geometry));
        const int cx = x + w - NoticePopup::kMargin - NoticePopup::kButtonWidth / 2
                       - fromRight * (NoticePopup::kButtonWidth + NoticePopup::kButtonSpacing);
        const int cy = y + h - NoticePopup::kMargin - NoticePopup::kButtonHeight / 2;
        QVERIFY(tool(u"xdotool"_qs,
                     {u"mousemove"_qs, u"--sync"_qs, QString::number(cx), QString::number(cy), u"click"_qs, u"1"_qs})
                    .has_value());
    }

    std::unique_ptr<QWidget> window(const QString& title, int x)
    {
        auto w = std::make_unique<QLabel>(title);
        w->setWindowTitle(title);
        w->setGeometry(x, 300, 360, 200);
        w->show();
        return w;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == u"xcb"_qs,
                 "runs on its own Xvfb display (see tests/CMakeLists.txt)");
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(dataDir()));
        // The window manager that keeps _NET_ACTIVE_WINDOW.
        m_wm.setProcessChannelMode(QProcess::ForwardedChannels);
        m_wm.start(u"openbox"_qs, {u"--sm-disable"_qs});
        QVERIFY2(m_wm.waitForStarted(10000), "openbox is needed (Debian package openbox)");
        QTRY_VERIFY_WITH_TIMEOUT(tool(u"xprop"_qs, {u"-root"_qs, u"_NET_SUPPORTING_WM_CHECK"_qs})
                                     .value_or(QString())
                                     .contains(u"window id"_qs),
                                 20000);
        m_windows = ActiveWindowSource::create();
        QVERIFY2(m_windows->unavailableReason().empty(), m_windows->unavailableReason().c_str());
        m_editor = window(u"notes.txt - Text Editor"_qs, 40);
        m_chat = window(u"ChatGPT \u2014 Mozilla Firefox"_qs, 440);
        // core/platform reads what the window manager says (openbox may take a moment to manage them).
        QTRY_VERIFY_WITH_TIMEOUT(
            tool(u"xdotool"_qs, {u"windowactivate"_qs, u"--sync"_qs, QString::number(m_chat->winId())}).has_value()
                && m_windows->activeWindow().has_value()
                && m_windows->activeWindow()->title == "ChatGPT \u2014 Mozilla Firefox",
            20000);
        QVERIFY(!m_windows->activeWindow()->className.empty());
        // ... and says at once when the focus moves (the guard reacts to that, not to its poll).
        const int fd = m_windows->changeNotifier();
        QVERIFY(fd >= 0);
        m_windows->drainChanges();
        QVERIFY(
            tool(u"xdotool"_qs, {u"windowactivate"_qs, u"--sync"_qs, QString::number(m_editor->winId())}).has_value());
        pollfd p{fd, POLLIN, 0};
        QCOMPARE(::poll(&p, 1, 5000), 1);
        m_windows->drainChanges();
        QTRY_VERIFY_WITH_TIMEOUT(m_windows->activeWindow()->id == static_cast<std::uint64_t>(m_editor->winId()), 5000);
        QVERIFY(
            tool(u"xdotool"_qs, {u"windowactivate"_qs, u"--sync"_qs, QString::number(m_chat->winId())}).has_value());
        m_focused = m_chat.get();

        // The organisation's policy: secrets towards unapproved AI tools are blocked.
        auto keys = Signing::generate();
        QVERIFY(keys.ok());
        const std::string policy =
            "{\"schema_version\": 1, \"serial\": 2, \"issued_at\": \"2026-01-01T00:00:00Z\", \"org\": \"acme\", "
            "\"categories\": {\"SECRET\": {\"unapproved_ai\": {\"action\": \"block\", \"operator\": \"token\"}}}}\n";
        m_server = std::make_unique<TlsServer>(m_dir.filePath(u"server"_qs));
        QVERIFY(m_server->put(u"policy.json"_qs, policy));
        auto sig = Signing::sign(policy, keys->privatePem);
        QVERIFY(sig.ok());
        QVERIFY(m_server->put(u"policy.json.sig"_qs, sig.value() + "\n"));
        const QString problem = m_server->start(QString(), [this] {
            Fetcher::Options o;
            o.url = m_server->url(u"policy.json"_qs);
            o.caFile = m_server->caFile().toStdString();
            return Fetcher::get(o).ok();
        });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString pub = QString::fromStdString(keys->publicPem);
        pub.replace(u"\n"_qs, u"\\n"_qs);
        QFile managed(m_dir.filePath(u"managed.json"_qs));
        QVERIFY(managed.open(QIODevice::WriteOnly));
        managed.write(QStringLiteral("{\"policy_url\": \"%1\", \"org\": \"acme\", \"admin_keys\": [\"%2\"], "
                                     "\"ca_file\": \"%3\"}\n")
                          .arg(QString::fromStdString(m_server->url(u"policy.json"_qs)), pub, m_server->caFile())
                          .toUtf8());
        managed.close();

        // scrim, as a user starts it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SCRIM_DATA_DIR"_qs, dataDir());
        env.insert(u"SCRIM_MANAGED_CONFIG"_qs, managed.fileName());
        env.insert(u"SCRIM_KEYCHAIN"_qs, u"off"_qs);
        env.insert(u"SCRIM_LOG_LEVEL"_qs, u"debug"_qs);
        env.insert(u"SCRIM_TRAY_WAIT_MS"_qs, u"500"_qs);
        env.insert(u"QT_QPA_PLATFORM"_qs, u"xcb"_qs);
        m_scrim.setProcessEnvironment(env);
        m_scrim.setProcessChannelMode(QProcess::ForwardedChannels);
        m_scrim.start(binDir() + u"/scrim"_qs, {});
        QVERIFY(m_scrim.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(log().contains(u"clipboard guard started (platform xcb, focus known)"_qs), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(log().contains(u"policy applied: serial 2"_qs), qPrintable(log().right(700)), 30000);
    }

    void cleanupTestCase()
    {
        if (m_scrim.state() != QProcess::NotRunning) {
            m_scrim.terminate();
            if (!m_scrim.waitForFinished(10000)) {
                m_scrim.kill();
                m_scrim.waitForFinished(5000);
            }
        }
        m_chat.reset();
        m_editor.reset();
        m_wm.terminate();
        m_wm.waitForFinished(5000);
        if (m_server) {
            m_server->stop();
        }
    }

    // The clipboard holds the anonymized text while ChatGPT has the focus, the original otherwise.
    void anonymizedWhileChatGptHasTheFocus()
    {
        focus(m_editor.get());
        const QString original = u"Charge card "_qs + kCard + u" on Friday."_qs;
        copy(original);
        QCOMPARE(clipboard(), original);
        focus(m_chat.get());
        QTRY_COMPARE_WITH_TIMEOUT(clipboard(), u"Charge card [CARD_1] on Friday."_qs, 10000);
        focus(m_editor.get());
        QTRY_COMPARE_WITH_TIMEOUT(clipboard(), original, 10000);
        focus(m_chat.get());
        QTRY_COMPARE_WITH_TIMEOUT(clipboard(), u"Charge card [CARD_1] on Friday."_qs, 10000);
        focus(m_editor.get());
        QTRY_COMPARE_WITH_TIMEOUT(clipboard(), original, 10000);
    }

    // The PRIMARY selection (middle click) is anonymized as ChatGPT takes the focus, and given back.
    void primarySelectionIsGuarded()
    {
        focus(m_editor.get());
        const QString selected = u"Selected: card "_qs + kCard + u" for the refund"_qs;
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start(u"xclip"_qs, {u"-selection"_qs, u"primary"_qs, u"-i"_qs});
        QVERIFY(p.waitForStarted(10000));
        p.write(selected.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(15000));
        const auto primary = [] {
            return tool(u"xclip"_qs, {u"-o"_qs, u"-selection"_qs, u"primary"_qs}).value_or(u"(none)"_qs);
        };
        QCOMPARE(primary(), selected);
        focus(m_chat.get());
        QTRY_VERIFY_WITH_TIMEOUT(primary().startsWith(u"Selected: card [CARD_"_qs), 10000);
        QVERIFY(!primary().contains(u"4556"_qs));
        focus(m_editor.get());
        QTRY_COMPARE_WITH_TIMEOUT(primary(), selected, 10000);
    }

    // Personal data towards ChatGPT: a notice; its Anonymize copy button puts the copy on the
    // clipboard, where it stays when the focus leaves.
    void warnNoticeAnonymizesACopy()
    {
        focus(m_editor.get());
        const QString original = u"Please reply to "_qs + kEmail + u" today."_qs;
        copy(original);
        focus(m_chat.get());
        QCOMPARE(clipboard(), original); // warn leaves the clipboard alone
        // Buttons: [Anonymize copy] [Review] [Ignore]; Anonymize copy is the third from the right.
        const int swapsBefore = logCount(u"clipboard swapped"_qs);
        clickNoticeButton(2);
        QTRY_VERIFY_WITH_TIMEOUT(logCount(u"clipboard swapped"_qs) > swapsBefore, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(clipboard(), u"Please reply to [EMAIL_1] today."_qs, 10000);
        focus(m_editor.get());
        QCOMPARE(clipboard(), u"Please reply to [EMAIL_1] today."_qs);
    }

    // The organisation blocks secrets towards unapproved AI tools: the original comes back only
    // after a reason, typed into the dialog.
    void blockNeedsAReason()
    {
        focus(m_editor.get());
        const QString original = u"deploy with "_qs + kKey + u" tonight"_qs;
        copy(original);
        focus(m_chat.get());
        QTRY_VERIFY_WITH_TIMEOUT(!clipboard().contains(u"AKIA"_qs), 10000);
        const QString blocked = clipboard();
        QVERIFY2(blocked.startsWith(u"deploy with ["_qs), qPrintable(blocked));
        focus(m_editor.get());
        QCOMPARE(clipboard(), blocked); // leaving the AI tool does not bring it back
        clickNoticeButton(0);           // [Give a reason…]
        const QString dialogs =
            tool(u"xdotool"_qs,
                 {u"search"_qs, u"--sync"_qs, u"--onlyvisible"_qs, u"--name"_qs, u"^Reason for the original text$"_qs})
                .value_or(QString());
        QVERIFY2(!dialogs.trimmed().isEmpty(), "no reason dialog");
        const QString dialog = dialogs.trimmed().split(u'\n').last();
        QVERIFY(tool(u"xdotool"_qs, {u"windowactivate"_qs, u"--sync"_qs, dialog}).has_value());
        QVERIFY(tool(u"xdotool"_qs, {u"type"_qs, u"--delay"_qs, u"5"_qs, u"Rotating it with the vendor today"_qs})
                    .has_value());
        QVERIFY(tool(u"xdotool"_qs, {u"key"_qs, u"ctrl+Return"_qs}).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(clipboard(), original, 10000);
    }

    // One instance per user: a second start brings the running one's paste-box forward and ends.
    void secondStartBringsTheFirstForward()
    {
        QProcess second;
        second.setProcessEnvironment(m_scrim.processEnvironment());
        second.start(binDir() + u"/scrim"_qs, {});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardOutput().contains("already running"), "no message from the second start");
        QCOMPARE(m_scrim.state(), QProcess::Running);
        QTRY_VERIFY_WITH_TIMEOUT(
            tool(u"xdotool"_qs, {u"search"_qs, u"--onlyvisible"_qs, u"--name"_qs, u"^Scrim paste-box$"_qs}).has_value(),
            10000);
    }

    // Nothing sensitive reached a plain file: logs, the store's files, whatever scrim wrote.
    void noValueInAnyFile()
    {
        QDirIterator it(dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            for (const QString& canary : {kCard, kKey, kEmail, u"4556737586899855"_qs}) {
                QVERIFY2(!bytes.contains(canary.toUtf8()), qPrintable(f.fileName() + u": "_qs + canary));
            }
        }
        QVERIFY(files >= 2); // the log and the store at least
        QVERIFY(log().contains(u"clipboard swapped for destination unapproved_ai"_qs));
    }
};

QTEST_MAIN(TestGuardEndToEnd)
#include "TestGuardEndToEnd.moc"
