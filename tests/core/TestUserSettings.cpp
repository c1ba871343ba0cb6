// SPDX-License-Identifier: GPL-3.0-or-later
// The user's settings file and how it overlays the policy; start at login through XDG autostart.
#include "core/platform/Autostart.h"
#include "core/policy/UserSettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestUserSettings : public QObject
{
    Q_OBJECT

private slots:
    void savedAndLoaded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_qs);
        QCOMPARE(UserSettings::load(path), UserSettings{}); // no file: the defaults
        UserSettings s;
        s.operators[static_cast<int>(Category::Pii)] = Operator::Surrogate;
        s.operators[static_cast<int>(Category::Pci)] = Operator::Mask;
        s.notices = false;
        s.language = u"sv"_qs;
        QVERIFY(s.save(path));
        QCOMPARE(UserSettings::load(path), s);
        // Unknown values in a hand-edited file are ignored, not guessed at.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[General]\nlanguage=tlh\nnotices=false\n[operators]\nPII=shred\nSECRET=redact\n");
        f.close();
        const UserSettings odd = UserSettings::load(path);
        QVERIFY(odd.language.isEmpty());
        QVERIFY(!odd.notices);
        QVERIFY(!odd.operators[static_cast<int>(Category::Pii)].has_value());
        QCOMPARE(odd.operators[static_cast<int>(Category::Secret)], Operator::Redact);
        // A place that cannot be written (here a folder stands where the file should be) says so.
        QVERIFY(QDir(dir.path()).mkpath(u"taken.ini"_qs));
        QVERIFY(!s.save(dir.filePath(u"taken.ini"_qs)));
    }

    void overlayOnlyWhereAllowed()
    {
        UserSettings s;
        s.operators[static_cast<int>(Category::Pii)] = Operator::Surrogate;
        const Policy& base = Policy::builtinDefault();
        const Policy mine = s.applyTo(base, true);
        for (const Destination d : {Destination::Other, Destination::ApprovedAi, Destination::UnapprovedAi}) {
            QCOMPARE(mine.handle(Category::Pii, d).op, Operator::Surrogate);
            QCOMPARE(mine.handle(Category::Pii, d).action, base.handle(Category::Pii, d).action); // actions stay
            QCOMPARE(mine.handle(Category::Pci, d).op, base.handle(Category::Pci, d).op);
        }
        const Policy locked = s.applyTo(base, false);
        QCOMPARE(locked.handle(Category::Pii, Destination::UnapprovedAi).op,
                 base.handle(Category::Pii, Destination::UnapprovedAi).op);
    }

    void autostartFollowsXdg()
    {
        QTemporaryDir home;
        QTemporaryDir system;
        qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_DIRS", system.path().toUtf8());
        QVERIFY(!Autostart::isEnabled());
        // A build from source: switching on writes a full entry (a path with a space is quoted).
        QCOMPARE(Autostart::setEnabled(true, u"/opt/my apps/scrim"_qs), QString());
        QVERIFY(Autostart::isEnabled());
        QFile entry(Autostart::userEntryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QVERIFY(entry.readAll().contains("Exec=\"/opt/my apps/scrim\"\n"));
        entry.close();
        QCOMPARE(Autostart::setEnabled(false, u"/opt/my apps/scrim"_qs), QString());
        QVERIFY(!Autostart::isEnabled());
        // Installed: the system entry starts it; off is a Hidden=true override, on removes the override.
        QVERIFY(QDir(system.path()).mkpath(u"autostart"_qs));
        QFile sys(system.filePath(u"autostart/io.scrim.Scrim.desktop"_qs));
        QVERIFY(sys.open(QIODevice::WriteOnly));
        sys.write("[Desktop Entry]\nType=Application\nExec=scrim\n");
        sys.close();
        QVERIFY(!Autostart::isEnabled()); // the user's Hidden=true override from above
        QCOMPARE(Autostart::setEnabled(true, u"scrim"_qs), QString());
        QVERIFY(!QFile::exists(Autostart::userEntryPath()));
        QVERIFY(Autostart::isEnabled());
        QCOMPARE(Autostart::setEnabled(false, u"scrim"_qs), QString());
        QVERIFY(!Autostart::isEnabled());
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_CONFIG_DIRS");
    }
};

QTEST_GUILESS_MAIN(TestUserSettings)
#include "TestUserSettings.moc"
