// SPDX-License-Identifier: GPL-3.0-or-later
// IPv6, MAC addresses, URLs and bare domain names: true positives, lookalikes, context.
#include "tests/core/RuleTestSupport.h"

class TestNetworkRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // IPv6
        QTest::newRow("ipv6 full") << u"ip 2001:0db8:85a3:0000:0000:8a2e:0370:7334 up"_qs
                                   << QStringList{u"ipv6=2001:0db8:85a3:0000:0000:8a2e:0370:7334"_qs};
        QTest::newRow("ipv6 compressed") << u"gw 2001:db8::8a2e:370:7334"_qs
                                         << QStringList{u"ipv6=2001:db8::8a2e:370:7334"_qs};
        QTest::newRow("ipv6 loopback") << u"from ::1 only"_qs << QStringList{u"ipv6=::1"_qs};
        // A colon after the address, as log lines write it; a colon and more groups are no address.
        QTest::newRow("ipv6 before a colon") << u"Received disconnect from 2001:4860:4860::8888: 11: Bye"_qs
                                             << QStringList{u"ipv6=2001:4860:4860::8888"_qs};
        QTest::newRow("ipv6 ending in ::") << u"route via fe80:: dev eth0"_qs << QStringList{u"ipv6=fe80::"_qs};
        QTest::newRow("ipv6 network ending in ::, no prefix")
            << u"allow 2a00:1450:4001:: only"_qs << QStringList{u"ipv6=2a00:1450:4001::"_qs};
        QTest::newRow("ipv6: a short group before :: is no address") << u"see a1:: and 1:: here"_qs << QStringList{};
        QTest::newRow("ipv6: a slice or a time before :: is no address")
            << u"x = data[1024::] at 12:30:: done"_qs << QStringList{};
        QTest::newRow("ipv6: groups go on past the address") << u"1:2:3:4:5:6:7:8:9"_qs << QStringList{};
        QTest::newRow("domain: a first label beyond ascii is not cut") << u"visit m\u00fcnchen.de"_qs << QStringList{};
        QTest::newRow("domain in curly quotes")
            << u"Visit \u201cacme-corp.com\u201d today."_qs << QStringList{u"domain-name=acme-corp.com"_qs};
        QTest::newRow("domain in guillemets")
            << u"Voir \u00abacme-corp.com\u00bb"_qs << QStringList{u"domain-name=acme-corp.com"_qs};
        QTest::newRow("domain after a no-break space")
            << u"Visit\u00a0acme-corp.com today"_qs << QStringList{u"domain-name=acme-corp.com"_qs};
        QTest::newRow("ipv6 zone") << u"link fe80::1%eth0."_qs << QStringList{u"ipv6=fe80::1%eth0"_qs};
        QTest::newRow("ipv6 bracketed with port") << u"[2001:db8::1]:8080"_qs << QStringList{u"ipv6=2001:db8::1"_qs};
        QTest::newRow("ipv4-mapped") << u"peer ::ffff:192.0.2.1"_qs << QStringList{u"ipv6=::ffff:192.0.2.1"_qs};
        QTest::newRow("ipv6 prefix") << u"route 2001:db8::/32 via"_qs << QStringList{u"ipv6=2001:db8::/32"_qs};
        QTest::newRow("ipv6 link-local prefix") << u"fe80::/10."_qs << QStringList{u"ipv6=fe80::/10"_qs};
        QTest::newRow("ipv6 host prefix") << u"lo ::1/128"_qs << QStringList{u"ipv6=::1/128"_qs};
        QTest::newRow("ipv6 default route") << u"allow ::/0 out"_qs << QStringList{u"ipv6=::/0"_qs};
        QTest::newRow("ipv6 zone and prefix") << u"fe80::1%eth0/64"_qs << QStringList{u"ipv6=fe80::1%eth0/64"_qs};
        QTest::newRow("ipv4-mapped prefix")
            << u"::ffff:192.168.1.0/96"_qs << QStringList{u"ipv6=::ffff:192.168.1.0/96"_qs};
        // A prefix length that cannot be one: the address is reported without it.
        QTest::newRow("ipv6: prefix too long") << u"2001:db8::/129"_qs << QStringList{u"ipv6=2001:db8::"_qs};
        QTest::newRow("ipv6: prefix far too long") << u"2001:db8::/9999"_qs << QStringList{u"ipv6=2001:db8::"_qs};
        QTest::newRow("ipv6: prefix with leading zero") << u"2001:db8::/032"_qs << QStringList{u"ipv6=2001:db8::"_qs};
        QTest::newRow("ipv6: default route, bad prefix") << u"::/999"_qs << QStringList{};
        QTest::newRow("ipv6 zone on a network")
            << u"2001:db8::%eth0/128"_qs << QStringList{u"ipv6=2001:db8::%eth0/128"_qs};
        QTest::newRow("ipv6: scope then slash") << u"std::/path"_qs << QStringList{};
        QTest::newRow("ipv6: time") << u"at 12:30:45 today"_qs << QStringList{};
        QTest::newRow("ipv6: unspecified only") << u"bind :: now"_qs << QStringList{};
        QTest::newRow("ipv6: scope operator") << u"Face::Bad and std::vector<int>"_qs << QStringList{};
        QTest::newRow("ipv6: two compressions") << u"1::2::3"_qs << QStringList{};
        QTest::newRow("ipv6: nine groups") << u"1:2:3:4:5:6:7:8:9"_qs << QStringList{};
        QTest::newRow("ipv6: group too long") << u"12345::1"_qs << QStringList{};
        // MAC
        QTest::newRow("mac colons") << u"MAC 00:1A:2B:3C:4D:5E"_qs << QStringList{u"mac-address=00:1A:2B:3C:4D:5E"_qs};
        QTest::newRow("mac dashes lower")
            << u"hw 0a-23-f5-67-89-ac"_qs << QStringList{u"mac-address=0a-23-f5-67-89-ac"_qs};
        QTest::newRow("mac cisco") << u"port 0012.3456.789a"_qs << QStringList{u"mac-address=0012.3456.789a"_qs};
        QTest::newRow("mac: five octets") << u"MAC 00:1A:2B:3C:4D"_qs << QStringList{};
        QTest::newRow("mac: mixed separators") << u"10:2F:33-AC-29-C3"_qs << QStringList{};
        QTest::newRow("mac: broadcast") << u"FF:FF:FF:FF:FF:FF"_qs << QStringList{};
        QTest::newRow("mac: zero") << u"00:00:00:00:00:00"_qs << QStringList{};
        QTest::newRow("mac: not hex") << u"ZZ:ZZ:ZZ:ZZ:ZZ:ZZ"_qs << QStringList{};
        // URL
        QTest::newRow("url") << u"see https://www.acme.example/store/abc/?q=1&b=2."_qs
                             << QStringList{u"url=https://www.acme.example/store/abc/?q=1&b=2"_qs};
        QTest::newRow("url in parentheses")
            << u"(http://acme.com/a_(b))"_qs << QStringList{u"url=http://acme.com/a_(b)"_qs};
        QTest::newRow("url in quotes") << u"\"https://docs.acme.org/\""_qs
                                       << QStringList{u"url=https://docs.acme.org/"_qs};
        QTest::newRow("www url") << u"go to www.acme.com/x"_qs << QStringList{u"url=www.acme.com/x"_qs};
        QTest::newRow("url in capitals") << u"log in at HTTPS://PORTAL.ACME-CORP.COM/Login"_qs
                                         << QStringList{u"url=HTTPS://PORTAL.ACME-CORP.COM/Login"_qs};
        QTest::newRow("www in capitals") << u"WWW.ACME-CORP.COM/x"_qs << QStringList{u"url=WWW.ACME-CORP.COM/x"_qs};
        QTest::newRow("url, a top-level domain beyond ascii")
            << u"see http://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/a"_qs
            << QStringList{u"url=http://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/a"_qs};
        QTest::newRow("url in curly quotes")
            << u"see \u201Chttps://docs.acme.org/a\u201D."_qs << QStringList{u"url=https://docs.acme.org/a"_qs};
        QTest::newRow("url in japanese brackets") << u"\u300Chttps://\u4f8b\u3048.\u30c6\u30b9\u30c8/a\u300D\u3068"_qs
                                                  << QStringList{u"url=https://\u4f8b\u3048.\u30c6\u30b9\u30c8/a"_qs};
        QTest::newRow("urls in japanese brackets, the first refused")
            << u"\u300Chttp://localhost:8080/\u300D\u3001\u300Chttps://acme-internal.com/admin\u300D\u3002"_qs
            << QStringList{u"url=https://acme-internal.com/admin"_qs};
        QTest::newRow("url before a no-break space")
            << u"https://acme.com/x\u00a0next"_qs << QStringList{u"url=https://acme.com/x"_qs};
        QTest::newRow("url, a punycode top-level domain")
            << u"see http://xn--e1afmkfd.xn--p1ai/a"_qs << QStringList{u"url=http://xn--e1afmkfd.xn--p1ai/a"_qs};
        // The address inside a URL is what identifies; the URL around it is not reported.
        QTest::newRow("url, an IPv6 host")
            << u"GET http://[2001:4860::8888]:8080/status"_qs << QStringList{u"ipv6=2001:4860::8888"_qs};
        QTest::newRow("url: no dot in host") << u"http://intranet"_qs << QStringList{};
        QTest::newRow("url: www without tld") << u"www.acme"_qs << QStringList{};
        QTest::newRow("url with email inside keeps the email")
            << u"https://acme.com/?to=jane@acme-corp.com"_qs << QStringList{u"email=jane@acme-corp.com"_qs};
        // bare domains
        QTest::newRow("domain") << u"my domains: acme.com and shop.acme.co.uk"_qs
                                << QStringList{u"domain-name=acme.com"_qs, u"domain-name=shop.acme.co.uk"_qs};
        QTest::newRow("domain: file names") << u"edit setup.py, index.js and notes.txt"_qs << QStringList{};
        QTest::newRow("domain: inside e-mail") << u"jane@acme.com"_qs << QStringList{u"email=jane@acme.com"_qs};
        QTest::newRow("domain: java package") << u"import com.acme.io.Reader;"_qs << QStringList{};
        // IPv4 and version numbers
        QTest::newRow("ipv4") << u"connect to 10.20.30.40 now"_qs << QStringList{u"ipv4=10.20.30.40"_qs};
        QTest::newRow("ipv4: version") << u"App version 4.2.10.3"_qs << QStringList{};
        QTest::newRow("ipv4: version first") << u"Version 2.14.0.1 fixed the crash"_qs << QStringList{};
        QTest::newRow("ipv4: release far away")
            << u"the release notes mention the host 10.20.30.40"_qs << QStringList{u"ipv4=10.20.30.40"_qs};
    }

    void ipv4TestValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("testValue");
        QTest::newRow("documentation range") << u"host 192.0.2.10"_qs << true;
        QTest::newRow("documentation range 2") << u"host 198.51.100.7"_qs << true;
        QTest::newRow("documentation range 3") << u"host 203.0.113.254"_qs << true;
        QTest::newRow("loopback") << u"bind 127.0.0.1"_qs << true;
        QTest::newRow("any") << u"listen on 0.0.0.0"_qs << true;
        QTest::newRow("broadcast") << u"to 255.255.255.255"_qs << true;
        QTest::newRow("private") << u"host 10.0.0.12"_qs << false;
        QTest::newRow("public") << u"host 8.8.4.4"_qs << false;
        // The IPv6 documentation prefix (RFC 3849) likewise.
        QTest::newRow("ipv6 documentation") << u"host 2001:db8::8a2e:370:7334"_qs << true;
        QTest::newRow("ipv6 documentation, leading zero") << u"host 2001:0DB8:0:0:0:0:0:1"_qs << true;
        QTest::newRow("ipv6 global") << u"host 2a00:1450:4001:82a::200e"_qs << false;
    }

    void macTestValues()
    {
        // The documentation range of RFC 7042 is a documented test value; other addresses are not.
        for (const auto& [text, testValue] : std::vector<std::pair<std::string, bool>>{
                 {"nic 00:00:5E:00:53:01", true}, {"nic 00:1A:2B:3C:4D:5E", false}}) {
            auto found = RuleTestSupport::builtinRules()->scan(text);
            QVERIFY(found.ok());
            QCOMPARE(found.value().size(), std::size_t{1});
            QCOMPARE(found.value().front().ruleId, std::string("mac-address"));
            QCOMPARE(found.value().front().testValue, testValue);
        }
    }

    void ipv4TestValues()
    {
        // Addresses that name no one are reported as documented test values (a low score and the
        // flag), not dropped, so a policy can choose.
        QFETCH(QString, text);
        QFETCH(bool, testValue);
        const QByteArray utf8 = text.toUtf8();
        auto found = RuleTestSupport::builtinRules()->scan(std::string_view(utf8.constData(), utf8.size()));
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), std::size_t{1});
        const Finding& f = found.value().front();
        QVERIFY(f.ruleId == "ipv4" || f.ruleId == "ipv6");
        QCOMPARE(f.testValue, testValue);
        QVERIFY(testValue ? f.score <= kTestValueScore : f.score >= 0.5);
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(RuleTestSupport::scanDescribed(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestNetworkRules)
#include "TestNetworkRules.moc"
