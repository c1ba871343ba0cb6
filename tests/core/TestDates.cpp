// SPDX-License-Identifier: GPL-3.0-or-later
// Dates (core/detect/Dates.h): which strings are dates, that pieces of a text find what the whole
// text finds, and that the built-in rule set keeps dates only near a person-linked value.
#include "core/detect/BuiltinRules.h"
#include "core/detect/Dates.h"
#include "core/detect/RuleSet.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyRules.h"
#include "core/redact/Anonymizer.h"
#include "core/redact/Restorer.h"
#include "tests/core/RuleTestSupport.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>

namespace {

QStringList datesIn(const std::string& text, std::size_t begin, std::size_t end)
{
    std::vector<Finding> found;
    Dates::find(text, begin, end, found);
    QStringList out;
    for (const Finding& f : found) {
        out << QString::fromUtf8(text.substr(f.start, f.length()));
    }
    return out;
}

QStringList datesIn(const QString& text)
{
    const std::string t = text.toStdString();
    return datesIn(t, 0, t.size());
}

std::shared_ptr<const RuleSet> builtin()
{
    static auto rules = RuleSet::builtin().value();
    return rules;
}

// The built-in rule set's findings as "TYPE=value".
QStringList scanned(const std::string& text)
{
    auto found = builtin()->scan(text);
    if (!found) {
        qFatal("scan failed");
    }
    QStringList out;
    for (const Finding& f : found.value()) {
        out << QString::fromUtf8(entityTypeName(f.type).data()) + u'='
                   + QString::fromStdString(text.substr(f.start, f.length()));
    }
    return out;
}

using RuleTestSupport::finding;

// Text with every shape of date and of the lookalikes next to each other, for the split tests.
const std::string kMixed = "Seen 5/20/2021, 21.5.21 and 2024-03-15T14:30:00.123Z; v1.12.10 at 10.1.1.10, "
                           "May 1st, 1977 or 21-May or May-2021; 12. März 1985\n1.2.34.5 12:30 555-123-4567 "
                           "5-MAY-2021 Dec-85 1st of May, 2021 2024/03/15 06-12-34-56-78 SEPTEMBER 3 x";

} // namespace

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("dates");
        const auto row = [](const char* name, const char* text, QStringList dates) {
            QTest::newRow(name) << QString::fromUtf8(text) << dates;
        };
        // Day, month and year in either order, '/', '-' or '.', two- or four-digit years.
        row("us dashes", "Today is 5-20-2021", {u"5-20-2021"_qs});
        row("us slashes", "Today is 05/21/21.", {u"05/21/21"_qs});
        row("eu slashes", "am 21/05/21 um", {u"21/05/21"_qs});
        row("eu dots", "Today is 21.5.21", {u"21.5.21"_qs});
        row("eu dots full", "Termin am 03.11.2024.", {u"03.11.2024"_qs});
        row("iso", "Today is 2021-05-21", {u"2021-05-21"_qs});
        row("year first slashes", "2024/3/15 and 2024.03.15", {u"2024/3/15"_qs, u"2024.03.15"_qs});
        // ISO 8601 with time, fraction and zone; a log's "date time".
        row("iso zone", "Today is 2024-06-05T09:15:30.500-07:00 or not?", {u"2024-06-05T09:15:30.500-07:00"_qs});
        row("iso utc", "at 2024-03-15T14:30Z\n or not", {u"2024-03-15T14:30Z"_qs});
        row("iso micro", "x,2024-03-15T14:30:00.123456Z or", {u"2024-03-15T14:30:00.123456Z"_qs});
        row("log line", "2024-02-24 10:11:13,123 WARN retry", {u"2024-02-24 10:11:13,123"_qs});
        row("iso bad hour", "2024-03-15 25:00 ok", {u"2024-03-15"_qs});
        // Month names.
        row("day month year", "5-MAY-2021 and 5-May-2021", {u"5-MAY-2021"_qs, u"5-May-2021"_qs});
        row("month two digits", "Today is May-21", {u"May-21"_qs});
        row("day month", "Today is 21-May", {u"21-May"_qs});
        row("month year", "Today is May-2021, March 2024", {u"May-2021"_qs, u"March 2024"_qs});
        row("ordinal", "May 1st", {u"May 1st"_qs});
        row("ordinal year", "I bought my car on May 1st, 1977", {u"May 1st, 1977"_qs});
        row("us long", "on December 24, 2023.", {u"December 24, 2023"_qs});
        row("of", "the 1st of May, 2021", {u"1st of May, 2021"_qs});
        row("abbreviation", "Sept. 3 and Dec-85", {u"Sept. 3"_qs, u"Dec-85"_qs});
        row("german", "geboren am 12. März 1985", {u"12. März 1985"_qs});
        row("french", "le 7 juillet 1985", {u"7 juillet 1985"_qs});
        row("swedish", "den 3 maj 1990", {u"3 maj 1990"_qs});
        row("two", "from 01/02/2020 to 2020-02-03", {u"01/02/2020"_qs, u"2020-02-03"_qs});
        row("json escapes",
            "{\"note\": \"Smith\\n03/14/2024\\tMay 5th\\r2024-01-02\"}",
            {u"03/14/2024"_qs, u"May 5th"_qs, u"2024-01-02"_qs});
        row("escaped backslash", "C:\\\\n03\\12", {});
        row("ordinals", "May 22nd, June 3rd, 11th of May", {u"May 22nd"_qs, u"June 3rd"_qs, u"11th of May"_qs});
        row("leap day", "29.02.2024 and 2023-02-29 and 02/29/23", {u"29.02.2024"_qs, u"02/29/23"_qs});
        // Not dates: lookalikes, impossible values, a bare month or year, digits glued to more.
        row("version", "version 1.2.3", {});
        row("version glued", "v1.12.10 and 1.12.10.4", {});
        row("ipv4", "host 10.1.1.10", {});
        row("glued to word", "Today is2024-06-05T09:15:30 and is5/21", {});
        row("no such day", "13/13/2021 2021-13-01 2021-02-30 31.04.2020", {});
        row("year range", "1899-01-01 and 01/01/2100", {});
        row("day range", "32-May and May 32", {});
        row("bare month and year", "I bought my car in May 1972, year 1972", {u"May 1972"_qs});
        row("month alone", "I bought my car in May.", {});
        row("verb", "I may 5 times; MAy 5", {});
        row("two parts", "Today is 5/21 and 05/2021", {});
        row("time", "at 12:30:45", {});
        row("phone", "call 555-123-4567 or 06-12-34-56-78", {});
        row("name", "Mayor 5 and Marchetti 2020", {});
        row("three digit year", "5/20/202", {});
        row("month first with dots is a version", "bump lodash from 4.17.20 to 4.17.21", {});
        row("day first with dots", "am 21.5.21 und am 4.12.2020", {u"21.5.21"_qs, u"4.12.2020"_qs});
        row("wrong ordinal", "May 1th and 2st of May", {});
    }
    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, dates);
        QCOMPARE(datesIn(text), dates);
    }

    // StreamScanner and the CLI find dates piece by piece: every split of a text gives the dates of
    // the whole, each once.
    void piecesFindWhatTheWholeFinds()
    {
        const QStringList whole = datesIn(kMixed, 0, kMixed.size());
        QCOMPARE(whole,
                 (QStringList{u"5/20/2021"_qs,
                              u"21.5.21"_qs,
                              u"2024-03-15T14:30:00.123Z"_qs,
                              u"May 1st, 1977"_qs,
                              u"21-May"_qs,
                              u"May-2021"_qs,
                              u"12. März 1985"_qs,
                              u"5-MAY-2021"_qs,
                              u"Dec-85"_qs,
                              u"1st of May, 2021"_qs,
                              u"2024/03/15"_qs,
                              u"SEPTEMBER 3"_qs}));
        for (std::size_t k = 0; k <= kMixed.size(); ++k) {
            const QStringList split = datesIn(kMixed, 0, k) + datesIn(kMixed, k, kMixed.size());
            QVERIFY2(split == whole, qPrintable(u"split at %1: %2"_qs.arg(k).arg(split.join(u" | "_qs))));
        }
    }

    // A text where where one date begins depends on the one before ("1 May 1 May …" reads as
    // "1 May" each time from the start, as "May 1" from any "M"): a split resumes after the last
    // word no date holds, so each piece still reads it from the same place.
    void piecesOfRepetitiveText()
    {
        std::string t = "Notes: ";
        for (int i = 0; i < 30; ++i) {
            t += "1 May ";
        }
        t += "end. 2 June 2 June 2 June";
        const QStringList whole = datesIn(t, 0, t.size());
        QCOMPARE(whole.size(), 33);
        QCOMPARE(whole.first(), u"1 May"_qs);
        for (std::size_t k = 0; k <= t.size(); ++k) {
            const QStringList split = datesIn(t, 0, k) + datesIn(t, k, t.size());
            QVERIFY2(split == whole, qPrintable(u"split at %1"_qs.arg(k)));
        }
    }

    // Random text made of date parts: pieces agree with the whole, and every
    // date found is found again alone (no date depends on text outside it).
    void randomTextIsConsistent()
    {
        std::mt19937 rng(20261128);
        // Pieces dates are made of, joined at random: numbers of every width, separators, names,
        // ordinals, time and zone parts.
        const std::vector<std::string> pieces{
            "5",  "21", "05",         "12",    "1977",  "2021",  "123",   "-",          "/",     ".",     ":", " ",
            ", ", "T",  "Z",          "+",     "st",    " of ",  "May",   "DEC",        "Sept",  "März",  "x", "_",
            "30", "\n", "2024-03-15", "14:30", "5/20/", "21.5.", "May 1", "1st of May", " 2021", "-07:00"};
        std::size_t total = 0;
        for (int round = 0; round < 2000; ++round) {
            std::string t;
            const int n = 5 + static_cast<int>(rng() % 80);
            for (int i = 0; i < n; ++i) {
                t += pieces[rng() % pieces.size()];
            }
            std::vector<Finding> whole;
            Dates::find(t, 0, t.size(), whole);
            total += whole.size();
            for (std::size_t i = 0; i < whole.size(); ++i) {
                QVERIFY(i == 0 || whole[i].start >= whole[i - 1].end);
                const std::string alone = t.substr(whole[i].start, whole[i].length());
                QCOMPARE(datesIn(alone, 0, alone.size()), QStringList{QString::fromStdString(alone)});
            }
            for (std::size_t k = 0; k <= t.size(); ++k) {
                // Three pieces: [0, k), [k, k + 7), the rest.
                const std::size_t k2 = std::min(t.size(), k + 7);
                std::vector<Finding> split;
                Dates::find(t, 0, k, split);
                Dates::find(t, k, k2, split);
                Dates::find(t, k2, t.size(), split);
                QCOMPARE(split.size(), whole.size());
                for (std::size_t i = 0; i < whole.size(); ++i) {
                    QCOMPARE(split[i].start, whole[i].start);
                    QCOMPARE(split[i].end, whole[i].end);
                }
            }
        }
        QVERIFY2(total > 500, qPrintable(u"only %1 dates in the random texts"_qs.arg(total)));
    }

    void mergeLeavesOutOverlaps()
    {
        std::vector<Finding> findings{finding(Category::Pii, EntityType::Person, 0, 10),
                                      finding(Category::Pii, EntityType::Email, 30, 40)};
        std::vector<Finding> dates{finding(Category::Pii, EntityType::Date, 5, 12),   // overlaps the name
                                   finding(Category::Pii, EntityType::Date, 12, 20),  // free
                                   finding(Category::Pii, EntityType::Date, 35, 45),  // inside-overlaps the e-mail
                                   finding(Category::Pii, EntityType::Date, 40, 50)}; // right after it
        Dates::merge(findings, dates);
        QCOMPARE(findings.size(), std::size_t{4});
        QCOMPARE(findings[0].type, EntityType::Person);
        QCOMPARE(findings[1].start, std::size_t{12});
        QCOMPARE(findings[2].type, EntityType::Email);
        QCOMPARE(findings[3].start, std::size_t{40});

        // A finding nested in a longer one: a date after the inner one's end but inside the outer one goes.
        std::vector<Finding> nested{finding(Category::Secret, EntityType::Secret, 0, 50),
                                    finding(Category::Pii, EntityType::Email, 5, 10)};
        Dates::merge(
            nested,
            {finding(Category::Pii, EntityType::Date, 20, 25), finding(Category::Pii, EntityType::Date, 50, 55)});
        QCOMPARE(nested.size(), std::size_t{3});
        QCOMPARE(nested[2].start, std::size_t{50});
    }

    // A date is a companion when fewer than kCompanionReach bytes lie between it and an anchor.
    void keepCompanionsByDistance()
    {
        const std::size_t r = Dates::kCompanionReach;
        std::vector<Finding> findings{finding(Category::Pii, EntityType::Person, 1000, 1010),
                                      finding(Category::Secret, EntityType::Secret, 2000, 2040)};
        std::vector<Finding> dates{finding(Category::Pii, EntityType::Date, 1000 - r - 10, 1000 - r), // r between
                                   finding(Category::Pii, EntityType::Date, 1000 - r + 1 - 10, 1000 - r + 1), // r - 1
                                   finding(Category::Pii, EntityType::Date, 1010 + r - 1, 1010 + r + 9),      // r - 1
                                   finding(Category::Pii, EntityType::Date, 1010 + r, 1010 + r + 10),         // r
                                   finding(Category::Pii, EntityType::Date, 2045, 2055)}; // near a secret only
        std::sort(dates.begin(), dates.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
        Dates::keepCompanions(findings, dates);
        QCOMPARE(dates.size(), std::size_t{2});
        QCOMPARE(dates[0].end, 1000 - r + 1);
        QCOMPARE(dates[1].start, 1010 + r - 1);
    }

    // findCompanions reads only around the anchors, and finds what find() and keepCompanions() find.
    void findCompanionsEqualsFindThenKeep()
    {
        std::string t;
        for (int i = 0; i < 40; ++i) {
            t += kMixed + (i % 3 == 0 ? "\n" : " ");
        }
        std::mt19937 rng(7);
        std::size_t kept = 0;
        for (int round = 0; round < 200; ++round) {
            std::vector<Finding> anchors;
            const int n = 1 + static_cast<int>(rng() % 6);
            for (int i = 0; i < n; ++i) {
                const std::size_t at = rng() % t.size();
                anchors.push_back(
                    finding(Category::Pii, EntityType::Email, at, std::min(t.size(), at + 1 + rng() % 30)));
            }
            std::sort(
                anchors.begin(), anchors.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
            const std::size_t begin = round % 2 == 0 ? 0 : rng() % t.size();
            const std::size_t end = begin + rng() % (t.size() - begin + 1);
            std::vector<Finding> expected;
            Dates::find(t, begin, end, expected);
            Dates::keepCompanions(anchors, expected);
            std::vector<Finding> got;
            Dates::findCompanions(t, begin, end, anchors, got);
            QCOMPARE(got, expected);
            kept += got.size();
        }
        QVERIFY(kept > 200);
    }

    void anchorsArePersonalFindingsButDates()
    {
        QVERIFY(Dates::anchors(finding(Category::Pii, EntityType::Person, 0, 1)));
        QVERIFY(Dates::anchors(finding(Category::Phi, EntityType::Medical, 0, 1)));
        QVERIFY(Dates::anchors(finding(Category::Pii, EntityType::DateOfBirth, 0, 1)));
        QVERIFY(!Dates::anchors(finding(Category::Pii, EntityType::Date, 0, 1)));
        QVERIFY(!Dates::anchors(finding(Category::Secret, EntityType::Secret, 0, 1)));
        QVERIFY(Dates::anchors(finding(Category::Pci, EntityType::CreditCard, 0, 1)));
        QVERIFY(!Dates::anchors(finding(Category::Pii, EntityType::IpAddress, 0, 1)));
        QVERIFY(!Dates::anchors(finding(Category::Pii, EntityType::Url, 0, 1)));
        QVERIFY(!Dates::anchors(finding(Category::Pii, EntityType::MacAddress, 0, 1)));
        Finding test = finding(Category::Pii, EntityType::Email, 0, 1);
        test.testValue = true; // jane@example.com says nothing about anyone
        QVERIFY(!Dates::anchors(test));
        Finding policyDate = finding(Category::Pii, EntityType::Date, 0, 1);
        policyDate.ruleId = "policy:fiscal-year";
        QVERIFY(!Dates::isDate(policyDate)); // a policy's own rule typed DATE is no companion
        policyDate.ruleId = std::string(Dates::kRuleId);
        QVERIFY(Dates::isDate(policyDate));
        QVERIFY(!Dates::anchors(finding(Category::Confidential, EntityType::OrgConfidential, 0, 1)));
    }

    // The built-in rule set: dates next to a name or patient data are findings; alone they are not.
    void builtinRulesKeepDatesOnlyBesidePersonalData_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("findings");
        QTest::newRow("patient") << u"Patient John Smith was admitted on 03/14/2024."_qs
                                 << QStringList{u"PERSON=John Smith"_qs, u"DATE=03/14/2024"_qs};
        QTest::newRow("log alone") << u"2024-02-24T10:11:12Z INFO started\n2024-02-24 10:11:13 WARN retry\n"_qs
                                   << QStringList{};
        QTest::newRow("far from the name")
            << (u"Patient John Smith.\n"_qs + QString(300, u'x') + u"\nBackup of 03/14/2024."_qs)
            << QStringList{u"PERSON=John Smith"_qs};
        QTest::newRow("log lines") << u"2024-02-24 10:11:12 login jane.doe@corp-mail.com\n2024-02-24 10:11:13 ok\n"_qs
                                          + QString(300, u'-') + u"\n2024-02-25 09:00:00 ok\n"_qs
                                   << QStringList{u"DATE=2024-02-24 10:11:12"_qs,
                                                  u"EMAIL=jane.doe@corp-mail.com"_qs,
                                                  u"DATE=2024-02-24 10:11:13"_qs};
        QTest::newRow("server log") << u"2024-02-24 10:11:12 GET / from 10.20.30.40\n"_qs
                                    << QStringList{u"IP_ADDRESS=10.20.30.40"_qs};
        QTest::newRow("escaped note") << u"{\"note\": \"Patient John Smith\\nadmitted 03/14/2024\"}"_qs
                                      << QStringList{u"PERSON=John Smith"_qs, u"DATE=03/14/2024"_qs};
        QTest::newRow("secret is no anchor")
            << u"2024-02-24 deploy with AKIAZ7VRSQ5TJN2XMY6B\n"_qs << QStringList{u"SECRET=AKIAZ7VRSQ5TJN2XMY6B"_qs};
        QTest::newRow("birth date wins")
            << u"Anna Berg, born 12 March 1985.\nShe came back to the clinic for her yearly check-up on 2024-01-05."_qs
            << QStringList{u"PERSON=Anna Berg"_qs, u"DATE_OF_BIRTH=12 March 1985"_qs, u"DATE=2024-01-05"_qs};
    }
    void builtinRulesKeepDatesOnlyBesidePersonalData()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, findings);
        QCOMPARE(scanned(text.toStdString()), findings);
    }

    // scanStoppable adds the same dates as scan; a rule set without the option adds none.
    void scanStoppableAndOptions()
    {
        const std::string text = "Dear Anna Berg, your visit on 12/03/2024 at 10:30 is confirmed.";
        bool stopped = false;
        auto a = builtin()->scan(text).value();
        auto b = builtin()
                     ->scanStoppable(
                         text, 16, [] { return false; }, stopped)
                     .value();
        QCOMPARE(a, b);
        QVERIFY(std::any_of(a.begin(), a.end(), [](const Finding& f) { return f.type == EntityType::Date; }));

        // The same rules without the option: the name, and no date.
        auto plain = RuleSet::create(BuiltinRules::all(), RuleSet::Options{}).value();
        const auto withoutDates = plain->scan(text).value();
        QVERIFY(std::any_of(
            withoutDates.begin(), withoutDates.end(), [](const Finding& f) { return f.type == EntityType::Person; }));
        QVERIFY(std::none_of(withoutDates.begin(), withoutDates.end(), Dates::isDate));
    }

    // The policy decides last: an allowlisted anchor leaves no dates, a dictionary term anchors them,
    // an allowlisted date is never listed.
    void policyDecidesDatesLast()
    {
        const std::string salt = "00112233445566778899aabbccddeeff";
        const std::string json =
            "{\"schema_version\": 1, \"serial\": 1, \"issued_at\": \"2026-01-01T00:00:00Z\", \"org\": \"t\", "
            "\"allowlist\": {\"values\": [\"support@acme-corp.com\", \"2024-12-24\"], \"patterns\": []}, "
            "\"dictionaries\": [{\"name\": \"patients\", \"category\": \"PHI\", \"salt\": \""
            + salt + "\", \"max_words\": 2, \"terms\": [\"" + PolicyTerms::hash(salt, "Falcon Ward") + "\"]}]}";
        std::vector<PolicyDiagnostic> diagnostics;
        auto policy = Policy::parse(json, diagnostics);
        QVERIFY2(policy, diagnostics.empty() ? "" : diagnostics.front().message.c_str());
        const auto rules = PolicyRules::ruleSet(policy.value()).value();
        const auto run = [&](const std::string& text, PolicyRules::DateListing listing) {
            auto found = rules->scan(text).value();
            QStringList out;
            for (const Finding& f : PolicyRules::withPolicy(text, std::move(found), policy.value(), listing)) {
                out << QString::fromUtf8(entityTypeName(f.type).data()) + u'='
                           + QString::fromStdString(text.substr(f.start, f.length()));
            }
            return out;
        };
        const auto companions = PolicyRules::DateListing::Companions;
        // The e-mail address anchored the scan's dates; the allowlist takes it, and the dates with it.
        QCOMPARE(builtin()->scan(std::string("Mail support@acme-corp.com on 03/14/2024.")).value().size(),
                 std::size_t{2});
        QCOMPARE(run("Mail support@acme-corp.com on 03/14/2024.", companions), QStringList{});
        // A dictionary term (of a PHI dictionary) is the anchor the scan did not see.
        QCOMPARE(run("Moved to Falcon Ward on 03/14/2024.", companions),
                 (QStringList{u"ORG_CONFIDENTIAL=Falcon Ward"_qs, u"DATE=03/14/2024"_qs}));
        // Where the policy changes no anchor, the scan's dates stand, but not an allowed one.
        QCOMPARE(run("Dear Anna Berg, seen 2024-12-24 and 03/14/2024.", companions),
                 (QStringList{u"PERSON=Anna Berg"_qs, u"DATE=03/14/2024"_qs}));
        // Every date for a report, but not an allowed one.
        QCOMPARE(run("Build of 03/14/2024 and 2024-12-24.", PolicyRules::DateListing::All),
                 QStringList{u"DATE=03/14/2024"_qs});
    }

    // Anonymizing a patient note replaces its dates with the name; restore brings both back.
    void anonymizeReplacesCompanionDates()
    {
        const std::string text = "Patient John Smith was admitted on 03/14/2024.";
        auto found = builtin()->scan(text).value();
        TokenMap map(std::string(32, 'k'));
        auto r = Anonymizer(Anonymizer::Options{}).anonymize(text, found, map);
        QVERIFY(r);
        QCOMPARE(QString::fromStdString(r.value().text), u"Patient [PERSON_1] was admitted on [DATE_1]."_qs);
        QCOMPARE(QString::fromStdString(restoreText(r.value().text, map, builtin().get()).text),
                 QString::fromStdString(text));
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "TestDates.moc"
