// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/BuiltinRules.h"
#include "core/detect/Matchers.h"

#include <QTest>

#include <re2/re2.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace {

// As RuleSet compiles a rule's pattern.
RE2::Options options()
{
    RE2::Options o;
    o.set_log_errors(false);
    o.set_encoding(RE2::Options::EncodingUTF8);
    return o;
}

// The matches a scan's window [from, to) yields, left to right, as RuleSet's span search takes
// them (each search starts where the match before ended, one byte later after an empty match),
// by RE2 and by the hand-written search; false (with the first difference in `why`) if they differ.
// Where the search leaves the answer to RE2, RE2's is taken, as the scan does (`asked` counts it).
bool sameMatches(const RE2& re,
                 Matchers::Search search,
                 const std::string& text,
                 std::size_t from,
                 std::size_t to,
                 std::size_t& matches,
                 std::size_t& asked,
                 std::string& why)
{
    std::size_t pos = from;
    while (pos <= to) {
        re2::StringPiece m;
        const bool byRe2 = re.Match(text, pos, to, RE2::UNANCHORED, &m, 1);
        std::size_t b = 0;
        std::size_t e = 0;
        const Matchers::Found answer = search(text, pos, to, b, e);
        if (answer == Matchers::Found::AskRe2) {
            ++asked; // the scan takes RE2's answer here
            if (!byRe2) {
                return true;
            }
            pos = m.empty() ? static_cast<std::size_t>(m.data() - text.data()) + 1
                            : static_cast<std::size_t>(m.data() - text.data()) + m.size();
            continue;
        }
        const bool byHand = answer == Matchers::Found::Match;
        if (byRe2 != byHand) {
            why = "RE2 " + std::string(byRe2 ? "matches" : "does not match") + " from " + std::to_string(pos) + " in ["
                  + text.substr(from, to - from) + "]";
            return false;
        }
        if (!byRe2) {
            return true;
        }
        const auto mb = static_cast<std::size_t>(m.data() - text.data());
        const auto me = mb + m.size();
        if (mb != b || me != e) {
            why = "RE2 [" + std::to_string(mb) + ", " + std::to_string(me) + ") '" + std::string(m) + "', by hand ["
                  + std::to_string(b) + ", " + std::to_string(e) + ") in [" + text.substr(from, to - from) + "]";
            return false;
        }
        ++matches;
        pos = me > mb ? me : me + 1;
    }
    return true;
}

// Random text from pieces that meet each pattern's edges: digits in runs of every length, the
// separators and punctuation the patterns read, letters and '_' (word bytes that \b sees), bytes
// beyond ASCII, top-level domains and lookalikes, line breaks; now and then a long run of one
// piece, so that label and run lengths cross their limits. `asciiOnly`: without the bytes beyond
// ASCII, where the e-mail search leaves the answer to RE2.
std::string randomText(std::mt19937& rng, bool asciiOnly)
{
    static const std::vector<std::string> pieces{"0",
                                                 "1",
                                                 "2",
                                                 "3",
                                                 "9",
                                                 "12",
                                                 "255",
                                                 "1234",
                                                 "4111",
                                                 ".",
                                                 ".",
                                                 ".",
                                                 "/",
                                                 "/3",
                                                 "/32",
                                                 "/33",
                                                 "/24",
                                                 "/1",
                                                 " ",
                                                 " ",
                                                 "-",
                                                 "-",
                                                 "_",
                                                 "a",
                                                 "Z",
                                                 "x-",
                                                 "com",
                                                 "co",
                                                 "comp",
                                                 "org",
                                                 "in",
                                                 "info",
                                                 "int",
                                                 "io",
                                                 "za",
                                                 "COM",
                                                 "mail",
                                                 "a1",
                                                 "\n",
                                                 "é",
                                                 "\xff",
                                                 ":",
                                                 "@",
                                                 "e.g",
                                                 "192.168.0.1",
                                                 "10.0.0.12/24",
                                                 "4111 1111 1111 1111",
                                                 "4111-1111-1111-1111-111",
                                                 "example.com",
                                                 "sub.example.co.uk",
                                                 "a.b.c.d.e",
                                                 "v1.2.3.4",
                                                 "1.2.3.4.5",
                                                 "@",
                                                 "jane.doe@",
                                                 "a_b%c+d-e@",
                                                 "xn--",
                                                 "xn--p1ai",
                                                 "-x",
                                                 "j\xc3\xb6rg@",
                                                 "\xc2\xa0",
                                                 "ab",
                                                 "@mail.example.org",
                                                 "@x.co",
                                                 "@a-b.info",
                                                 "@y.xn--p1ai",
                                                 "@z.abcdefghijklmnopqrstuvwxyz",
                                                 "@z.abcdefghijklmnopqrstuvwxy",
                                                 "@z.abcdefghijklmnopqrstuvwx",
                                                 "078-05-1120",
                                                 "078 05 1120",
                                                 "078.05.1120",
                                                 "078-05.1120",
                                                 "2345 6789 0123",
                                                 "2345-6789-0123",
                                                 "2345:6789:0123",
                                                 "234567890123",
                                                 "1345 6789 0123",
                                                 "DE89 3704 0044 0532 0130 00",
                                                 "de89370400440532013000",
                                                 "GB82-WEST-1234-5698-7654-32",
                                                 "AB12",
                                                 "CD"};
    std::string t;
    const std::size_t n = rng() % 40;
    for (std::size_t k = 0; k < n; ++k) {
        const std::string& p = pieces[rng() % pieces.size()];
        if (asciiOnly
            && std::any_of(p.begin(), p.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
            continue;
        }
        const std::size_t times = rng() % 12 == 0 ? 1 + rng() % 70 : 1;
        for (std::size_t i = 0; i < times; ++i) {
            t += p;
        }
    }
    return t;
}

} // namespace

class TestMatchers : public QObject
{
    Q_OBJECT

private slots:
    // The built-in rules that the searches were written for still have the same patterns; else
    // their searches would silently fall back to RE2.
    void builtInRulesUseTheSearches()
    {
        std::size_t count = 0;
        const std::string_view* list = Matchers::patterns(count);
        QCOMPARE(count, std::size_t{7});
        const std::vector<std::string> ids{
            "ipv4", "credit-card", "domain-name", "email", "us-ssn", "in-aadhaar", "iban"};
        std::size_t used = 0;
        for (const auto& rule : BuiltinRules::all()) {
            if (Matchers::forPattern(rule.pattern) != nullptr) {
                ++used;
                QVERIFY2(std::find(ids.begin(), ids.end(), rule.id) != ids.end(), rule.id.c_str());
            }
        }
        QCOMPARE(used, count);
        for (std::size_t i = 0; i < count; ++i) {
            QVERIFY(Matchers::forPattern(list[i]) != nullptr);
            QVERIFY(Matchers::forPattern(std::string(list[i]) + " ") == nullptr);
        }
    }

    void examples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("address and prefix") << "host 10.0.0.12/24 and 192.168.1.1" << 2;
        QTest::newRow("five groups: the first four match") << "1.2.3.4.5" << 1;
        QTest::newRow("prefix too large") << "10.0.0.1/33 x" << 1;
        // Counts are of all the patterns: three groups of four digits are also an Aadhaar number's shape.
        QTest::newRow("card in groups") << "card 4111 1111 1111 1111 exp" << 2;
        QTest::newRow("card too long, shorter at a separator") << "4111 1111 1111 1111 1111 11" << 2;
        QTest::newRow("domains") << "see mail.example.com, example.company and a.co.uk." << 2;
        QTest::newRow("label of 63") << QString(63, QLatin1Char('a')) + QStringLiteral(".com") << 1;
        QTest::newRow("label of 64") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << 0;
        QTest::newRow("e-mails, one holding a domain name") << "mail jane.doe@mail.example.org or x@y.xn--p1ai" << 3;
        // The card-digit pattern matches twice here too, and an Aadhaar number's shape in the IBAN.
        QTest::newRow("SSN, Aadhaar, IBAN")
            << "SSN 078-05-1120, Aadhaar 2345 6789 0123, IBAN DE89 3704 0044 0532 0130 00" << 6;
        QTest::newRow("nothing") << "no values here" << 0;
    }

    // Each search agrees with RE2 on the examples (and finds the count given: the cases are what
    // they say).
    void examples()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        const std::string t = text.toStdString();
        std::size_t n = 0;
        const std::string_view* list = Matchers::patterns(n);
        std::size_t total = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const RE2 re{std::string(list[i]), options()};
            QVERIFY(re.ok());
            std::size_t matches = 0;
            std::size_t asked = 0;
            std::string why;
            QVERIFY2(sameMatches(re, Matchers::forPattern(list[i]), t, 0, t.size(), matches, asked, why), why.c_str());
            total += matches;
        }
        QCOMPARE(total, static_cast<std::size_t>(count));
    }

    // Each search against RE2 on random text, over windows that start and end anywhere (\b at a
    // window's edge sees the bytes outside it, as in a scan).
    void sameAsRe2OnRandomText()
    {
        std::size_t n = 0;
        const std::string_view* list = Matchers::patterns(n);
        std::mt19937 rng(41);
        for (std::size_t i = 0; i < n; ++i) {
            const RE2 re{std::string(list[i]), options()};
            QVERIFY(re.ok());
            const Matchers::Search search = Matchers::forPattern(list[i]);
            std::size_t matches = 0;
            std::size_t asked = 0;
            for (int round = 0; round < 20000; ++round) {
                const std::string t = randomText(rng, round % 4 >= 2);
                std::size_t from = 0;
                std::size_t to = t.size();
                if (round % 2 == 1 && !t.empty()) {
                    from = rng() % t.size();
                    to = from + rng() % (t.size() - from + 1);
                }
                std::string why;
                QVERIFY2(sameMatches(re, search, t, from, to, matches, asked, why),
                         (std::string(list[i]) + ": " + why).c_str());
            }
            // Most answers are the search's own.
            qInfo("%s: %zu matches, %zu left to RE2", std::string(list[i]).c_str(), matches, asked);
            QVERIFY2(matches > 500 && asked < matches / 4, std::string(list[i]).c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestMatchers)
#include "TestMatchers.moc"
