// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are embedded, load for each shipped language, and cover the strings users see.
#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void languagesLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::newRow("de reason") << u"de"_qs << u"Rules"_qs << u"E-mail address"_qs;
        QTest::newRow("sv reason") << u"sv"_qs << u"Rules"_qs << u"E-mail address"_qs;
        QTest::newRow("fr reason") << u"fr"_qs << u"Rules"_qs << u"E-mail address"_qs;
        QTest::newRow("de tray") << u"de"_qs << u"TrayController"_qs << u"&Scan clipboard now"_qs;
        QTest::newRow("sv error") << u"sv"_qs << u"CoreErrors"_qs << u"The scan already failed; start a new one."_qs;
    }
    void languagesLoad()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QTranslator t;
        QVERIFY(t.load(u":/i18n/scrim_"_qs + language + u".qm"_qs));
        const QString translated = t.translate(context.toUtf8().constData(), source.toUtf8().constData());
        QVERIFY2(!translated.isEmpty() && translated != source, qPrintable(translated));
    }

    void englishPlurals()
    {
        QTranslator t;
        QVERIFY(t.load(u":/i18n/scrim_en.qm"_qs));
        QCoreApplication::installTranslator(&t);
        QCOMPARE(QCoreApplication::translate("TrayController", "%n secret(s)", nullptr, 1), u"1 secret"_qs);
        QCOMPARE(QCoreApplication::translate("TrayController", "%n secret(s)", nullptr, 3), u"3 secrets"_qs);
        QCoreApplication::removeTranslator(&t);
    }

    void installFollowsLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Translations::install(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("CoreErrors", "The scan already failed; start a new one.")
                     .startsWith(u"Die"_qs),
                 true);
        Error e{ErrorCode::Internal, "The scan already failed; start a new one."};
        QVERIFY(Translations::errorMessage(e) != QString::fromStdString(e.message));
        // A message the core did not mark (a rule error naming a rule) stays as written.
        Error rule{ErrorCode::RuleError, "Rule 'x': unknown validator 'y'."};
        QCOMPARE(Translations::errorMessage(rule), QString::fromStdString(rule.message));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
