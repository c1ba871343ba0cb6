// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/Masking.h"

#include <QTest>

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void masks_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("card") << int(EntityType::CreditCard) << u"4111 1111 1111 1234"_qs << u"**** **** **** 1234"_qs;
        QTest::newRow("ssn") << int(EntityType::NationalId) << u"123-45-6789"_qs << u"***-**-**89"_qs;
        QTest::newRow("email") << int(EntityType::Email) << u"jane.doe@acme.com"_qs << u"j***@***.com"_qs;
        QTest::newRow("iban") << int(EntityType::Iban) << u"DE89 3704 0044 0532 0130 00"_qs
                              << u"DE** **** **** **** **** 00"_qs;
        QTest::newRow("ip") << int(EntityType::IpAddress) << u"192.168.1.20"_qs << u"192.*.*.*"_qs;
        QTest::newRow("aws") << int(EntityType::Secret) << u"AKIAQ3EGRBNZ7XWPLM4D"_qs << u"AKIA…(20 chars)"_qs;
        QTest::newRow("short secret") << int(EntityType::Secret) << u"hunter2"_qs << u"…(7 chars)"_qs;
        QTest::newRow("pem") << int(EntityType::Secret) << u"-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END"_qs
                             << u"-----BEGIN RSA PRIVATE KEY----- [...]"_qs;
        QTest::newRow("other") << int(EntityType::Person) << u"Jörg Müller"_qs << u"J**********"_qs;
    }
    void masks()
    {
        QFETCH(int, type);
        QFETCH(QString, value);
        QFETCH(QString, masked);
        const QByteArray v = value.toUtf8();
        const std::string out =
            Masking::forDisplay(static_cast<EntityType>(type), std::string_view(v.constData(), v.size()));
        QCOMPARE(QString::fromStdString(out), masked);
        QVERIFY(QString::fromStdString(out) != value);
        QVERIFY(out.find('\n') == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "TestMasking.moc"
