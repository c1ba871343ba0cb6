// SPDX-License-Identifier: GPL-3.0-or-later
// Names without a model: first-name and surname lists, titles, sign-offs, words that only look
// like names.
#include "core/detect/BuiltinRules.h"
#include "core/detect/Validators.h"
#include "tests/core/RuleTestSupport.h"

#include <random>
#include <string>
#include <vector>

class TestPersonRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first and surname")
            << u"John Smith's account needs review"_qs << QStringList{u"person-name=John Smith"_qs};
        QTest::newRow("leading capital word skipped")
            << u"Yesterday Mary Johnson called"_qs << QStringList{u"person-name=Mary Johnson"_qs};
        QTest::newRow("middle initial") << u"signed by Robert J. Wilson"_qs
                                        << QStringList{u"person-name=Robert J. Wilson"_qs};
        // The national lists (first-names-intl.txt, surnames-intl.txt), accents folded.
        QTest::newRow("swedish name") << u"Please call Erik Johansson tomorrow."_qs
                                      << QStringList{u"person-name=Erik Johansson"_qs};
        QTest::newRow("german name, umlaut")
            << u"I met Thomas Müller at the office."_qs << QStringList{u"person-name=Thomas Müller"_qs};
        QTest::newRow("french name") << u"Envoyé par Stéphane Lefebvre hier"_qs
                                     << QStringList{u"person-name=Stéphane Lefebvre"_qs};
        QTest::newRow("indian name") << u"Priya Sharma will join the call."_qs
                                     << QStringList{u"person-name=Priya Sharma"_qs};
        QTest::newRow("korean name, hyphenated")
            << u"Meeting notes from Ji-hoon Kim"_qs << QStringList{u"person-name=Ji-hoon Kim"_qs};
        // Surnames known by their shape: Irish and Scottish prefixes, the Arabic article; and one
        // in the census list without its apostrophe (OBRIEN).
        QTest::newRow("irish surname") << u"Fatima O'Neill called."_qs << QStringList{u"person-name=Fatima O'Neill"_qs};
        QTest::newRow("scottish surnames")
            << u"Maria McAllister and John MacLeod called."_qs
            << QStringList{u"person-name=Maria McAllister"_qs, u"person-name=John MacLeod"_qs};
        QTest::newRow("arabic surname") << u"Fatima Al-Sayed called."_qs
                                        << QStringList{u"person-name=Fatima Al-Sayed"_qs};
        QTest::newRow("a prefix without a capital after it") << u"Maria Macaroni called."_qs << QStringList{};
        // Latin Extended-A letters are folded like Latin-1 ones (Polish, Turkish, Czech).
        QTest::newRow("polish name") << u"Spotkanie z Łukasz Wiśniewski jutro"_qs
                                     << QStringList{u"person-name=Łukasz Wiśniewski"_qs};
        QTest::newRow("turkish name") << u"Ayşe Yılmaz called back"_qs << QStringList{u"person-name=Ayşe Yılmaz"_qs};
        // Named after a person, but a place, an organisation or a thing.
        QTest::newRow("named after a person")
            << u"The Elizabeth Line, the Hans Böckler Stiftung, Pascal Case"_qs << QStringList{};
        // Vietnamese names: surname, Van or Thi, given name.
        QTest::newRow("vietnamese") << u"Met Nguyen Van Minh and Tran Thi Huong today"_qs
                                    << QStringList{u"person-name=Nguyen Van Minh"_qs, u"person-name=Tran Thi Huong"_qs};
        QTest::newRow("vietnamese: not a known surname") << u"The Kiln Van Hire was late"_qs << QStringList{};
        // Written with their tone marks (Latin Extended Additional, and Ơ Ư), folded as other accents.
        QTest::newRow("vietnamese, tone marks")
            << u"Gặp Nguyễn Văn Minh và Trần Thị Hương hôm nay"_qs
            << QStringList{u"person-name=Nguyễn Văn Minh"_qs, u"person-name=Trần Thị Hương"_qs};
        QTest::newRow("two titles") << u"Termin mit Frau Dr. Müller am Montag"_qs
                                    << QStringList{u"person-after-title=Müller"_qs};
        QTest::newRow("three titles") << u"Befund von Frau Dr. med. Kretschmer"_qs
                                      << QStringList{u"person-after-title=Kretschmer"_qs};
        QTest::newRow("titles without dots")
            << u"Herr Prof Schneider kommt"_qs << QStringList{u"person-after-title=Schneider"_qs};
        QTest::newRow("french titles in full")
            << u"Rendez-vous avec Madame Lefèvre et Monsieur Dupont"_qs
            << QStringList{u"person-after-title=Lefèvre"_qs, u"person-after-title=Dupont"_qs};
        QTest::newRow("french M.") << u"Courrier de M. Dupont reçu"_qs << QStringList{u"person-after-title=Dupont"_qs};
        QTest::newRow("vietnamese, tone marks, after a title")
            << u"Dear Mr Đặng, the file is ready"_qs << QStringList{u"person-after-title=Đặng"_qs};
        QTest::newRow("vietnamese, sign-off")
            << u"Best regards,\nPhạm Ngọc Ánh"_qs << QStringList{u"person-signature=Phạm Ngọc Ánh"_qs};
        // Names in capitals: a known first name and a known surname.
        QTest::newRow("capitals") << u"NAMN: ERIK JOHANSSON, PERSONNUMMER SAKNAS; Kontakt SABINE KRÜGER"_qs
                                  << QStringList{u"person-name-caps=ERIK JOHANSSON"_qs,
                                                 u"person-name-caps=SABINE KRÜGER"_qs};
        QTest::newRow("capitals, three words and a hyphen")
            << u"PATIENT ANNA-LENA MARIA SVENSSON"_qs << QStringList{u"person-name-caps=ANNA-LENA MARIA SVENSSON"_qs};
        QTest::newRow("capitals, headings and brands")
            << u"ANNUAL REPORT 2024, MAY SALES, GRACE PERIOD, CALVIN KLEIN JEANS, NEW YORK CITY"_qs << QStringList{};
        // Brands, firms and venues named after people; a word that labels one as a person wins.
        QTest::newRow("brands") << u"Shirts from Calvin Klein and Tommy Hilfiger, a fund at Morgan Stanley"_qs
                                << QStringList{};
        QTest::newRow("brand in a name, labelled")
            << u"Dear John Lewis, your order has shipped"_qs << QStringList{u"person-name=John Lewis"_qs};
        QTest::newRow("brand in a name, label with a colon")
            << u"Kunde: Calvin Klein\nBetreff: Rechnung"_qs << QStringList{u"person-name=Calvin Klein"_qs};
        QTest::newRow("three words holding a brand") << u"The Hugo Boss Store opens"_qs << QStringList{};
        // Context words count when they label the name, not anywhere in the paragraph.
        QTest::newRow("street named after a person") << u"Leverans till Olof Palmes gata 12"_qs << QStringList{};
        QTest::newRow("context labels the name")
            << u"Kunde:\nLinda Oxenstierna hat angerufen"_qs << QStringList{u"person-name=Linda Oxenstierna"_qs};
        QTest::newRow("context word far away")
            << u"Hi team, the autumn collection of Massimo Dutti arrives next week"_qs << QStringList{};
        // Particles before a surname, and the surname first.
        QTest::newRow("particles") << u"Met Daan de Vries en Femke van Dijk gesproken"_qs
                                   << QStringList{u"person-name=Daan de Vries"_qs, u"person-name=Femke van Dijk"_qs};
        QTest::newRow("korean, surname first")
            << u"Notes: Kim Min-jun called"_qs << QStringList{u"person-name=Kim Min-jun"_qs};
        QTest::newRow("korean park") << u"Notes from Min-jun Park and Park Seo-yeon"_qs
                                     << QStringList{u"person-name=Min-jun Park"_qs, u"person-name=Park Seo-yeon"_qs};
        QTest::newRow("hyphenated word after a name")
            << u"Ask John Smith-based teams"_qs << QStringList{u"person-name=John Smith"_qs};
        QTest::newRow("a park") << u"Picnic at Hyde Park, then Central Park with Grace"_qs << QStringList{};
        QTest::newRow("surname first") << u"Meeting with Zhang Wei, then Sato Takumi"_qs
                                       << QStringList{u"person-name=Zhang Wei"_qs, u"person-name=Sato Takumi"_qs};
        QTest::newRow("unknown surname, no context") << u"Please call Erik Zwyrtholm tomorrow."_qs << QStringList{};
        // A first name that is an everyday word needs a known surname after it.
        QTest::newRow("word first name") << u"Per Month revenue grew; Till Monday only"_qs << QStringList{};
        QTest::newRow("word first name, known surname")
            << u"Ask Per Andersson"_qs << QStringList{u"person-name=Per Andersson"_qs};
        QTest::newRow("unknown surname needs context")
            << u"Dear Linda Oxenstierna,"_qs << QStringList{u"person-name=Linda Oxenstierna"_qs};
        QTest::newRow("introduced") << u"Hi, my name is Dan and I need help"_qs
                                    << QStringList{u"person-introduced=Dan"_qs};
        // The title rule finds the same name, with the title as its context word; one finding stays.
        QTest::newRow("introduced with title")
            << u"They call me Dr. Ingrid Sjölander"_qs << QStringList{u"person-after-title=Ingrid Sjölander"_qs};
        QTest::newRow("introduced with title, unknown name")
            << u"call me Mx Quill"_qs << QStringList{u"person-after-title=Quill"_qs};
        QTest::newRow("introduced: pronoun") << u"Ich heiße Sie herzlich willkommen"_qs << QStringList{};
        QTest::newRow("introduced: call me back") << u"Call me Maybe, or call me Back"_qs << QStringList{};
        QTest::newRow("introduced: cut from a word") << u"call me ChatGPT Assistant"_qs << QStringList{};
        QTest::newRow("introduced: call me and a first name")
            << u"just call me Jane"_qs << QStringList{u"person-introduced=Jane"_qs};
        QTest::newRow("introduced, German")
            << u"Ich heiße Jürgen Vogt."_qs << QStringList{u"person-introduced=Jürgen Vogt"_qs};
        QTest::newRow("introduced, French") << u"je m'appelle Amélie"_qs << QStringList{u"person-introduced=Amélie"_qs};
        QTest::newRow("introduced: lower-case word") << u"my name is not important"_qs << QStringList{};
        QTest::newRow("unknown surname, no context") << u"Linda Oxenstierna arrived"_qs << QStringList{};
        QTest::newRow("name-like word without surname") << u"May I ask? Will Power Tools ship?"_qs << QStringList{};
        QTest::newRow("name-like word with surname")
            << u"report by June Taylor"_qs << QStringList{u"person-name=June Taylor"_qs};
        QTest::newRow("street is not a person") << u"on James Street today"_qs << QStringList{};
        QTest::newRow("organisation") << u"at Thomas Group offices"_qs << QStringList{};
        QTest::newRow("after title") << u"Please call Dr. Okonkwo tomorrow"_qs
                                     << QStringList{u"person-after-title=Okonkwo"_qs};
        QTest::newRow("after title, two words")
            << u"Frau Anna Bergström"_qs << QStringList{u"person-after-title=Anna Bergström"_qs};
        // Letters of any script belong to the name: never cut before an accented letter.
        QTest::newRow("hyphenated surname")
            << u"Call Mary Smith-Jones today."_qs << QStringList{u"person-name=Mary Smith-Jones"_qs};
        QTest::newRow("accented names") << u"Dr. José García met Mary-Jane Watson.\nJosé Garcia wrote."_qs
                                        << QStringList{u"person-name=José García"_qs,
                                                       u"person-name=Mary-Jane Watson"_qs,
                                                       u"person-name=José Garcia"_qs};
        QTest::newRow("signature") << u"Thanks for the update.\n\nKind regards,\nPriya Raman\n"_qs
                                   << QStringList{u"person-signature=Priya Raman"_qs};
        QTest::newRow("signature: not after a sign-off") << u"Agenda\nProject Alpha\n"_qs << QStringList{};
        QTest::newRow("signature: team") << u"Best regards,\nSupport Team\n"_qs << QStringList{};
        QTest::newRow("swedish employee")
            << u"Anst\u00e4lld: Karin Lindberg"_qs << QStringList{u"person-name=Karin Lindberg"_qs};
        QTest::newRow("signature: department") << u"Kind regards,\nCustomer Service\n"_qs << QStringList{};
        QTest::newRow("signature: accounts payable") << u"Regards,\nAccounts Payable"_qs << QStringList{};
        QTest::newRow("signature: a bot") << u"Thanks,\nJira Automation"_qs << QStringList{};
        QTest::newRow("signature: german support") << u"Viele Gr\u00fc\u00dfe\nIhr Support"_qs << QStringList{};
        QTest::newRow("signature: swedish customer service")
            << u"Med v\u00e4nliga h\u00e4lsningar\nKundtj\u00e4nst"_qs << QStringList{};
        QTest::newRow("signature: a person after a swedish sign-off")
            << u"Med v\u00e4nliga h\u00e4lsningar\nKarin Lindberg"_qs
            << QStringList{u"person-signature=Karin Lindberg"_qs};
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(RuleTestSupport::scanDescribed(text), expected);
    }

    // The look for a known first name before the person-name searches (Validators::
    // mayHoldPersonName, on with Options::handMatchers) changes no finding: the two rules alone,
    // with and without it, on random lines of first names, surnames, particles, Vietnamese,
    // Korean, hyphenated and capitalised names, capitalised words that are no names, letters
    // beyond the patterns' classes and punctuation. And it does rule lines out.
    void firstNameLookChangesNoFinding()
    {
        std::vector<Rule> rules;
        for (const Rule& rule : BuiltinRules::all()) {
            if (rule.id == "person-name" || rule.id == "person-name-caps") {
                rules.push_back(rule);
            }
        }
        QCOMPARE(rules.size(), std::size_t{2});
        RuleSet::Options without;
        without.handMatchers = false;
        auto withLook = RuleSet::create(rules, RuleSet::Options{});
        auto withoutLook = RuleSet::create(rules, without);
        QVERIFY(withLook && withoutLook);
        // clang-format off
        static const std::vector<std::string> pieces{
            "Anna", "Erik", "Maria", "John", "Berg", "Smith", "Johansson", "M\u00fcller", "van", "de", "der",
            "della", "del", "Van", "V\u0103n", "Th\u1ecb", "Thi", "Nguyen", "Tran", "Minh", "Huong", "Annual",
            "Report", "New", "York", "Hans", "B\u00f6ckler", "Mary-Jane", "Seo-yeon", "Ji-hoon", "Kim", "Park",
            "O'Brien", "McDonald", "J.", "ANNA", "LENA", "ANNA-LENA", "SVENSSON", "REPORT", "\u0141ukasz",
            "Wi\u015bniewski", "Ay\u015fe", "Y\u0131lmaz", "Nguy\u1ec5n", "Tr\u1ea7n", "\u00c1nh", "\u01a0n",
            "\u00ab", "\u0391nna", "x", "called", "the", "1", "-", "'", ",", ".", "\t", "Dear", "Regards,", "Qx-anna", "Zz-erik"};
        // clang-format on
        std::mt19937 rng(23);
        std::size_t findings = 0;
        std::size_t ruledOut = 0;
        for (int round = 0; round < 4000; ++round) {
            std::string text;
            for (int line = 0; line < 3; ++line) {
                const std::size_t n = 1 + rng() % 10;
                const std::size_t lineStart = text.size();
                for (std::size_t k = 0; k < n; ++k) {
                    text += pieces[rng() % pieces.size()];
                    text += rng() % 4 != 0 ? " " : "";
                }
                ruledOut += Validators::mayHoldPersonName(text, lineStart, text.size()) ? 0 : 1;
                text += '\n';
            }
            auto a = withLook.value()->scan(text);
            auto b = withoutLook.value()->scan(text);
            QVERIFY(a && b);
            const std::vector<Finding>& fa = a.value();
            const std::vector<Finding>& fb = b.value();
            QCOMPARE(fa.size(), fb.size());
            for (std::size_t i = 0; i < fa.size(); ++i) {
                const Finding& x = fa[i];
                const Finding& y = fb[i];
                QVERIFY2(x.start == y.start && x.end == y.end && x.ruleId == y.ruleId && x.score == y.score,
                         text.c_str());
            }
            findings += fa.size();
        }
        qInfo("%zu findings; %zu of 12000 lines ruled out by the look", findings, ruledOut);
        QVERIFY(findings > 1000);
        QVERIFY(ruledOut > 1000);
        // One line longer than a segment (16 KiB), which the scan reads in overlapping pieces.
        std::string line;
        while (line.size() < 40000) {
            line += pieces[rng() % pieces.size()];
            line += ' ';
        }
        auto a = withLook.value()->scan(line);
        auto b = withoutLook.value()->scan(line);
        QVERIFY(a && b && a.value().size() > 50);
        QCOMPARE(a.value().size(), b.value().size());
        for (std::size_t i = 0; i < a.value().size(); ++i) {
            QCOMPARE(a.value()[i].start, b.value()[i].start);
            QCOMPARE(a.value()[i].end, b.value()[i].end);
        }
    }

    // The look is sound for the built-in patterns only: a policy's rule that pairs the validator
    // with a pattern of its own does not get it. Here the match "anna Berg" starts inside
    // "Xanna", a word the look does not take for a first name.
    void firstNameLookOnlyForBuiltinPatterns()
    {
        Rule custom;
        custom.id = "custom-person";
        custom.type = EntityType::Person;
        custom.category = Category::Pii;
        custom.pattern = "anna Berg";
        custom.validator = "person-name";
        custom.baseScore = 0.6;
        QVERIFY(!Validators::mayHoldPersonName("Xanna Berg", 0, 10));
        auto set = RuleSet::create({custom}, RuleSet::Options{});
        QVERIFY(set);
        auto found = set.value()->scan("Xanna Berg");
        QVERIFY(found);
        QCOMPARE(found.value().size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestPersonRules)
#include "TestPersonRules.moc"
