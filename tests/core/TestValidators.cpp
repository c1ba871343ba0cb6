// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/Validators.h"

#include <QTest>

#include <string>

class TestValidators : public QObject
{
    Q_OBJECT

private:
    // Runs a named validator over the whole of `text`; returns the accepted span or "" when rejected.
    static QString run(const char* name, const std::string& text)
    {
        const ValidatorFn fn = Validators::byName(name);
        if (fn == nullptr) {
            return u"<no such validator>"_qs;
        }
        Candidate c{text, 0, text.size()};
        if (!fn(c)) {
            return {};
        }
        return QString::fromStdString(std::string(c.value()));
    }

private slots:
    void luhn_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("visa test") << u"4111111111111111"_qs << true;
        QTest::newRow("visa 2") << u"4012888888881881"_qs << true;
        QTest::newRow("amex") << u"378282246310005"_qs << true;
        QTest::newRow("one off") << u"4111111111111112"_qs << false;
        QTest::newRow("transposed") << u"4111111111111121"_qs << false;
        QTest::newRow("zero") << u"0"_qs << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("not digits") << u"41111a1111111111"_qs << false;
    }
    void luhn()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(Validators::luhn(digits.toStdString()), valid);
    }

    void cards_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("accepted");
        QTest::newRow("visa") << u"4111111111111111"_qs << u"4111111111111111"_qs;
        QTest::newRow("visa 13") << u"4222222222222"_qs << u"4222222222222"_qs;
        QTest::newRow("visa spaced") << u"4111 1111 1111 1111"_qs << u"4111 1111 1111 1111"_qs;
        QTest::newRow("mastercard") << u"5555-5555-5555-4444"_qs << u"5555-5555-5555-4444"_qs;
        QTest::newRow("mastercard 2-series") << u"2223003122003222"_qs << u"2223003122003222"_qs;
        QTest::newRow("amex") << u"3782 822463 10005"_qs << u"3782 822463 10005"_qs;
        QTest::newRow("discover") << u"6011111111111117"_qs << u"6011111111111117"_qs;
        QTest::newRow("jcb") << u"3530111333300000"_qs << u"3530111333300000"_qs;
        QTest::newRow("diners 14") << u"30569309025904"_qs << u"30569309025904"_qs;
        QTest::newRow("unionpay") << u"6200000000000005"_qs << u"6200000000000005"_qs;
        QTest::newRow("maestro") << u"6759649826438453"_qs << u"6759649826438453"_qs;
        QTest::newRow("mir") << u"2200000000000004"_qs << u"2200000000000004"_qs;
        QTest::newRow("uatp") << u"122000000000003"_qs << u"122000000000003"_qs;
        QTest::newRow("trailing group dropped") << u"4111 1111 1111 1111 42"_qs << u"4111 1111 1111 1111"_qs;
        QTest::newRow("row number before") << u"1 5425 2334 3010 9903"_qs << u"5425 2334 3010 9903"_qs;
        QTest::newRow("quantity before, compact") << u"3 4532015112830366"_qs << u"4532015112830366"_qs;
        QTest::newRow("number before and after") << u"12 4532 0151 1283 0366 42"_qs << u"4532 0151 1283 0366"_qs;
        QTest::newRow("four digits before are no row number") << u"2024 4532 0151 1283"_qs << QString();
        QTest::newRow("row number before a bad checksum") << u"1 4111111111111112"_qs << QString();
        QTest::newRow("bad checksum") << u"4111111111111112"_qs << QString();
        QTest::newRow("visa wrong length") << u"41111111111111113"_qs << QString();
        QTest::newRow("amex wrong length") << u"3782822463100053"_qs << QString();
        QTest::newRow("unknown issuer") << u"9111111111111119"_qs << QString();
        QTest::newRow("all zeros") << u"0000000000000000"_qs << QString();
    }
    void cards()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, accepted);
        QCOMPARE(run("luhn", candidate.toStdString()), accepted);
    }

    void iban_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("accepted");
        QTest::newRow("DE") << u"DE89370400440532013000"_qs << u"DE89370400440532013000"_qs;
        QTest::newRow("DE grouped") << u"DE89 3704 0044 0532 0130 00"_qs << u"DE89 3704 0044 0532 0130 00"_qs;
        QTest::newRow("GB") << u"GB29NWBK60161331926819"_qs << u"GB29NWBK60161331926819"_qs;
        QTest::newRow("FR letters") << u"FR1420041010050500013M02606"_qs << u"FR1420041010050500013M02606"_qs;
        QTest::newRow("SE") << u"SE4550000000058398257466"_qs << u"SE4550000000058398257466"_qs;
        QTest::newRow("NO shortest") << u"NO9386011117947"_qs << u"NO9386011117947"_qs;
        QTest::newRow("CH") << u"CH9300762011623852957"_qs << u"CH9300762011623852957"_qs;
        QTest::newRow("ran into next group")
            << u"DE89 3704 0044 0532 0130 00 12"_qs << u"DE89 3704 0044 0532 0130 00"_qs;
        QTest::newRow("wrong check") << u"DE89370400440532013001"_qs << QString();
        QTest::newRow("too short") << u"GB29NWBK6016133192681"_qs << QString();
        QTest::newRow("unknown country") << u"XX89370400440532013000"_qs << QString();
        QTest::newRow("glued to a longer token") << u"DE89370400440532013000X"_qs << QString();
    }
    void iban()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, accepted);
        QCOMPARE(run("iban", candidate.toStdString()), accepted);
    }

    void ibanLengths()
    {
        QCOMPARE(Validators::ibanLength("DE"), 22);
        QCOMPARE(Validators::ibanLength("NO"), 15);
        QCOMPARE(Validators::ibanLength("LC"), 32);
        QCOMPARE(Validators::ibanLength("US"), 0);
        QCOMPARE(Validators::ibanLength("D"), 0);
    }

    void ssn_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dashed") << u"123-45-6789"_qs << true;
        QTest::newRow("spaced") << u"078 05 1121"_qs << true;
        QTest::newRow("plain") << u"536221234"_qs << true;
        QTest::newRow("area 000") << u"000-12-3456"_qs << false;
        QTest::newRow("area 666") << u"666-12-3456"_qs << false;
        QTest::newRow("area 9xx") << u"912-12-3456"_qs << false;
        QTest::newRow("group 00") << u"123-00-4567"_qs << false;
        QTest::newRow("serial 0000") << u"123-45-0000"_qs << false;
        QTest::newRow("one digit repeated") << u"111-11-1111"_qs << false;
        QTest::newRow("eight digits") << u"12345678"_qs << false;
    }
    void ssn()
    {
        QFETCH(QString, candidate);
        QFETCH(bool, valid);
        QCOMPARE(!run("us-ssn", candidate.toStdString()).isEmpty(), valid);
    }

    void ssnNeighbours()
    {
        // The same nine digits inside a longer number are not an SSN.
        const std::string text = "tel 1-123-45-6789 ext";
        Candidate c{text, 6, 17};
        QVERIFY(!Validators::byName("us-ssn")(c));
    }

    void ipv4_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("begin");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("valid");
        QTest::newRow("private") << u"host 192.168.1.20 up"_qs << 5 << 17 << true;
        QTest::newRow("edge values") << u"255.255.255.0"_qs << 0 << 13 << true;
        QTest::newRow("octet too big") << u"256.1.1.1"_qs << 0 << 9 << false;
        QTest::newRow("leading zero") << u"10.01.1.1"_qs << 0 << 9 << false;
        QTest::newRow("version run before") << u"1.2.3.4.5"_qs << 2 << 9 << false;
        QTest::newRow("version run after") << u"1.2.3.4.5"_qs << 0 << 7 << false;
        QTest::newRow("sentence end") << u"at 10.0.0.1."_qs << 3 << 11 << true;
    }
    void ipv4()
    {
        QFETCH(QString, text);
        QFETCH(int, begin);
        QFETCH(int, end);
        QFETCH(bool, valid);
        const std::string t = text.toStdString();
        Candidate c{t, static_cast<std::size_t>(begin), static_cast<std::size_t>(end)};
        QCOMPARE(Validators::byName("ipv4")(c), valid);
    }

    void email_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"jane.doe@example.com"_qs << true;
        QTest::newRow("plus and subdomain") << u"a+b@mail.corp.example.co.uk"_qs << true;
        QTest::newRow("retina image") << u"logo@2x.png"_qs << false;
        QTest::newRow("retina image, avif") << u"banner@3x.avif"_qs << false;
        QTest::newRow("a top-level domain named like a file type") << u"press@studio.mov"_qs << true;
        QTest::newRow("double dot") << u"a..b@example.com"_qs << false;
        QTest::newRow("trailing dot local") << u"ab.@example.com"_qs << false;
        QTest::newRow("numeric tld") << u"a@example.123"_qs << false;
        QTest::newRow("punycode tld") << u"a@xn--d1acufc.xn--p1ai"_qs << true;
    }
    void email()
    {
        QFETCH(QString, candidate);
        QFETCH(bool, valid);
        QCOMPARE(!run("email", candidate.toStdString()).isEmpty(), valid);
    }

    void e164_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("accepted");
        QTest::newRow("compact") << u"+14155552671"_qs << u"+14155552671"_qs;
        QTest::newRow("spaced") << u"+44 20 7946 0958"_qs << u"+44 20 7946 0958"_qs;
        QTest::newRow("brackets") << u"+49 (30) 1234567"_qs << u"+49 (30) 1234567"_qs;
        QTest::newRow("trailing dash trimmed") << u"+46 70 123 45 67-"_qs << u"+46 70 123 45 67"_qs;
        QTest::newRow("too short") << u"+1 555 12"_qs << QString();
        QTest::newRow("too long") << u"+1234567890123456"_qs << QString();
        QTest::newRow("unbalanced") << u"+49 (30 1234567"_qs << QString();
    }
    void e164()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, accepted);
        QCOMPARE(run("e164", candidate.toStdString()), accepted);
    }

    void secrets()
    {
        QVERIFY(!run("aws-key-id", "AKIAQ3EGRBNZ7XWPLM4D").isEmpty());
        Candidate example{"AKIAIOSFODNN7EXAMPLE", 0, 20};
        QVERIFY(Validators::byName("aws-key-id")(example));
        QVERIFY(example.testValue);
        QVERIFY(run("aws-key-id", "AKIAXXXXXXXXXXXXXXXX").isEmpty());
        QVERIFY(!run("random-token", "ghp_R7mK2pX9qL4vN8wB3zT6yH1cJ5dF0gAsE2uI").isEmpty());
        QVERIFY(run("random-token", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").isEmpty());
        QVERIFY(run("random-token", "ghp_abababababababababababababababababab").isEmpty());
    }

    void jwt()
    {
        const std::string good =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaW"
            "F0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        QVERIFY(!run("jwt", good).isEmpty());
        // Header decodes to JSON without alg/typ: not a token.
        QVERIFY(run("jwt", "eyJmb28iOiJiYXIifQ.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc").isEmpty());
        // Not base64.
        QVERIFY(run("jwt", "eyJ!!!.eyJ!!!.x").isEmpty());
    }

    void pem()
    {
        std::string body;
        std::uint32_t x = 12345;
        const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int line = 0; line < 6; ++line) {
            for (int i = 0; i < 64; ++i) {
                x = x * 1103515245u + 12345u;
                body.push_back(alphabet[(x >> 16) % 64]);
            }
            body.push_back('\n');
        }
        const std::string key = "-----BEGIN RSA PRIVATE KEY-----\n" + body + "-----END RSA PRIVATE KEY-----";
        QVERIFY(!run("pem-block", key).isEmpty());
        const std::string placeholder =
            "-----BEGIN PRIVATE KEY-----\n" + std::string(200, 'x') + "\n-----END PRIVATE KEY-----";
        QVERIFY(run("pem-block", placeholder).isEmpty());
        QVERIFY(run("pem-block", "-----BEGIN PRIVATE KEY-----\nMIIEvQ==\n-----END PRIVATE KEY-----").isEmpty());
    }

    void entropyAndBase64()
    {
        QCOMPARE(Validators::shannonEntropy(""), 0.0);
        QCOMPARE(Validators::shannonEntropy("aaaa"), 0.0);
        QCOMPARE(Validators::shannonEntropy("abcd"), 2.0);
        std::string out;
        QVERIFY(Validators::base64Decode("eyJhIjoxfQ", out));
        QCOMPARE(QString::fromStdString(out), u"{\"a\":1}"_qs);
        QVERIFY(!Validators::base64Decode("a b", out));
    }

    void registry()
    {
        QVERIFY(Validators::byName("nope") == nullptr);
        for (const auto n : Validators::names()) {
            QVERIFY(Validators::byName(n) != nullptr);
        }
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "TestValidators.moc"
