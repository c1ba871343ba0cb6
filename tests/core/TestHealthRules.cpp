// SPDX-License-Identifier: GPL-3.0-or-later
// Health data: conditions and medications from the word lists, record numbers, diagnosis codes.
#include "core/detect/Dictionaries.h"
#include "tests/core/RuleTestSupport.h"

#include <QFile>
#include <QSet>

class TestHealthRules : public QObject
{
    Q_OBJECT

private slots:
    void dictionariesAreSortedAndLowerCase()
    {
        // Dictionaries::contains relies on both.
        for (const auto list : {Dictionaries::medicalConditions(),
                                Dictionaries::medicalConditionsIntl(),
                                Dictionaries::medications(),
                                Dictionaries::firstNames(),
                                Dictionaries::surnames(),
                                Dictionaries::nameStopwords(),
                                Dictionaries::nameBrands(),
                                Dictionaries::surrogateFemaleNames(),
                                Dictionaries::surrogateMaleNames()}) {
            QVERIFY(list.size() > 20);
            QVERIFY(std::is_sorted(list.begin(), list.end()));
            for (const auto w : list) {
                QVERIFY(!w.empty());
                QCOMPARE(QString::fromUtf8(w.data(), qsizetype(w.size())).toLower(),
                         QString::fromUtf8(w.data(), qsizetype(w.size())));
            }
        }
        QVERIFY(Dictionaries::contains(Dictionaries::medications(), "metformin"));
        QVERIFY(!Dictionaries::contains(Dictionaries::medications(), "metform"));
    }

    void hashIndexAnswersAsTheListDoes()
    {
        // Dictionaries::Index (the person validators' lookups) against the binary search: every
        // entry, every entry cut short, lengthened or with one byte changed, and words that are
        // in no list.
        for (const auto list : {Dictionaries::firstNames(),
                                Dictionaries::surnames(),
                                Dictionaries::nameStopwords(),
                                Dictionaries::nameBrands(),
                                Dictionaries::medications()}) {
            const Dictionaries::Index index(list);
            std::size_t found = 0;
            std::size_t asked = 0;
            const auto same = [&](std::string_view w) {
                ++asked;
                const bool inList = Dictionaries::contains(list, w);
                found += inList ? 1 : 0;
                if (index.contains(w) != inList) {
                    qWarning() << "index and list disagree on" << QByteArray(w.data(), qsizetype(w.size()));
                    return false;
                }
                return true;
            };
            for (const std::string_view w : list) {
                QVERIFY(same(w));
                QVERIFY(same(w.substr(0, w.size() - 1)));
                std::string longer(w);
                longer += 's';
                QVERIFY(same(longer));
                std::string changed(w);
                changed[changed.size() / 2] = changed[changed.size() / 2] == 'x' ? 'y' : 'x';
                QVERIFY(same(changed));
            }
            for (const std::string_view w : {"", "a", "zzzzzz", "john smith", "JOHN", "x-ray"}) {
                QVERIFY(same(w));
            }
            // Every entry was found; some of the changed words are entries too.
            QVERIFY(found >= list.size());
            QVERIFY(found < asked);
        }
        const Dictionaries::Index empty(std::span<const std::string_view>{});
        QVERIFY(!empty.contains(""));
        QVERIFY(!empty.contains("anna"));
    }

    void dictionaryEntriesAreWholeLinesOfTheirFiles_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("list");
        QTest::newRow("first names") << QStringList{u"first-names.txt"_qs, u"first-names-intl.txt"_qs} << 0;
        QTest::newRow("surnames") << QStringList{u"surnames.txt"_qs, u"surnames-intl.txt"_qs} << 1;
        QTest::newRow("name stopwords") << QStringList{u"name-stopwords.txt"_qs} << 2;
        QTest::newRow("conditions") << QStringList{u"medical-conditions.txt"_qs} << 3;
        QTest::newRow("conditions intl") << QStringList{u"medical-conditions-intl.txt"_qs} << 4;
        QTest::newRow("medications") << QStringList{u"medications.txt"_qs} << 5;
        QTest::newRow("name brands") << QStringList{u"name-brands.txt"_qs} << 6;
        QTest::newRow("surrogate female") << QStringList{u"surrogate-first-names-female.txt"_qs} << 7;
        QTest::newRow("surrogate male") << QStringList{u"surrogate-first-names-male.txt"_qs} << 8;
    }

    void dictionaryEntriesAreWholeLinesOfTheirFiles()
    {
        // Every compiled entry is one line of its word list, never a piece of a comment: the embed
        // step once cut comment lines at their ';' and "the terms" became a medical condition.
        QFETCH(QStringList, files);
        QFETCH(int, list);
        const std::span<const std::string_view> lists[] = {Dictionaries::firstNames(),
                                                           Dictionaries::surnames(),
                                                           Dictionaries::nameStopwords(),
                                                           Dictionaries::medicalConditions(),
                                                           Dictionaries::medicalConditionsIntl(),
                                                           Dictionaries::medications(),
                                                           Dictionaries::nameBrands(),
                                                           Dictionaries::surrogateFemaleNames(),
                                                           Dictionaries::surrogateMaleNames()};
        QSet<QString> lines;
        for (const QString& name : files) {
            QFile f(qEnvironmentVariable("SCRIM_SOURCE_DIR") + u"/resources/dictionaries/"_qs + name);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            for (const QByteArray& raw : f.readAll().split('\n')) {
                const QString line = QString::fromUtf8(raw).trimmed().toLower();
                if (!line.isEmpty() && !line.startsWith(u'#')) {
                    lines.insert(line);
                }
            }
        }
        QCOMPARE(qsizetype(lists[list].size()), lines.size());
        for (const auto w : lists[list]) {
            const QString entry = QString::fromUtf8(w.data(), qsizetype(w.size()));
            QVERIFY2(lines.contains(entry), qPrintable(entry));
        }
    }

    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("product example") << u"needs review for high blood pressure medication"_qs
                                         << QStringList{u"medical-condition=high blood pressure"_qs};
        QTest::newRow("longest term wins")
            << u"diagnosed with type 2 diabetes in 2019"_qs << QStringList{u"medical-condition=type 2 diabetes"_qs};
        QTest::newRow("case and spacing")
            << u"History of Chronic  Kidney Disease"_qs << QStringList{u"medical-condition=Chronic  Kidney Disease"_qs};
        QTest::newRow("medication") << u"Rx: atorvastatin 20 mg daily, Ozempic weekly"_qs
                                    << QStringList{u"medication=atorvastatin"_qs, u"medication=Ozempic"_qs};
        QTest::newRow("apostrophe term") << u"early Alzheimer's disease"_qs
                                         << QStringList{u"medical-condition=Alzheimer's disease"_qs};
        QTest::newRow("german brands") << u"Novalgin bei Bedarf, Medikinet morgens"_qs
                                       << QStringList{u"medication=Novalgin"_qs, u"medication=Medikinet"_qs};
        QTest::newRow("who has the condition") << u"Er ist Diabetiker; elle est asthmatique; hon är astmatiker"_qs
                                               << QStringList{u"medical-condition=Diabetiker"_qs,
                                                              u"medical-condition=asthmatique"_qs,
                                                              u"medical-condition=astmatiker"_qs};
        QTest::newRow("who has the condition, female and plural")
            << u"Diabetikerinnen und Epileptikern"_qs
            << QStringList{u"medical-condition=Diabetikerinnen"_qs, u"medical-condition=Epileptikern"_qs};
        QTest::newRow("german compounds")
            << u"Termin zur Brustkrebsvorsorge; Depressionsbehandlung seit 2021; ein Epilepsieanfall"_qs
            << QStringList{u"medical-condition-compound=Brustkrebsvorsorge"_qs,
                           u"medical-condition-compound=Depressionsbehandlung"_qs,
                           u"medical-condition-compound=Epilepsieanfall"_qs};
        QTest::newRow("german compound, a term ending beyond ASCII")
            << u"Das Obésitérisiko steigt"_qs << QStringList{u"medical-condition-compound=Obésitérisiko"_qs};
        QTest::newRow("german compounds: other second parts")
            << u"Krebsgang am Strand, Asthmaspray im Regal, die Diabetesberatungsstelle"_qs << QStringList{};
        QTest::newRow("abbreviation in capitals")
            << u"patient diagnosed with ALS and COPD"_qs
            << QStringList{u"medical-condition=ALS"_qs, u"medical-condition=COPD"_qs};
        QTest::newRow("abbreviation: lower-case word")
            << u"Lösungsweg 3 ist einfacher als 4; hearing aids"_qs << QStringList{};
        QTest::newRow("short word in any case")
            << u"his Gout and acne flared"_qs
            << QStringList{u"medical-condition=Gout"_qs, u"medical-condition=acne"_qs};
        QTest::newRow("not inside a word") << u"the stroked cat and the cancerous rumour"_qs << QStringList{};
        QTest::newRow("german") << u"Der Patient hat Bluthochdruck und nimmt Metformin."_qs
                                << QStringList{u"medical-condition=Bluthochdruck"_qs, u"medication=Metformin"_qs};
        QTest::newRow("french, accents") << u"Elle souffre de DIABÈTE et d'une dépression ; Doliprane 1 g"_qs
                                         << QStringList{u"medical-condition=DIABÈTE"_qs,
                                                        u"medical-condition=dépression"_qs,
                                                        u"medication=Doliprane"_qs};
        QTest::newRow("swedish") << u"Hon har högt blodtryck och ledgångsreumatism."_qs
                                 << QStringList{u"medical-condition=högt blodtryck"_qs,
                                                u"medical-condition=ledgångsreumatism"_qs};
        // Terms that start or end beyond ASCII: their word edges are checked by the validator.
        QTest::newRow("accented edges") << u"crises d'épilepsie, obésité; ångestsyndrom"_qs
                                        << QStringList{u"medical-condition=épilepsie"_qs,
                                                       u"medical-condition=obésité"_qs,
                                                       u"medical-condition=ångestsyndrom"_qs};
        // German, French and Swedish plural and definite endings.
        QTest::newRow("inflected") << u"astman och hjärtinfarkten; zwei Depressionen; des obésités"_qs
                                   << QStringList{u"medical-condition=astman"_qs,
                                                  u"medical-condition=hjärtinfarkten"_qs,
                                                  u"medical-condition=Depressionen"_qs,
                                                  u"medical-condition=obésités"_qs};
        QTest::newRow("ambiguous, inflected") << u"Les dépressions atlantiques arrivent"_qs << QStringList{};
        QTest::newRow("inside a longer word") << u"prédiabète, Überdepression"_qs << QStringList{};
        // Everyday senses: a lizard, a weather system, an aid agency, a video codec. Next to a
        // health word they count.
        QTest::newRow("ambiguous alone")
            << u"Ein Waran im Terrarium; une dépression atlantique; SIDA finanzierar; H.264/AVC"_qs << QStringList{};
        QTest::newRow("ambiguous with context") << u"Patientin mit Rheuma, verschrieben: Waran"_qs
                                                << QStringList{u"medical-condition=Rheuma"_qs, u"medication=Waran"_qs};
        // "sida" is Swedish for page; the French abbreviation for AIDS counts in capitals only.
        QTest::newRow("abbreviation: swedish word")
            << u"Se sida 4. Le patient a le SIDA."_qs << QStringList{u"medical-condition=SIDA"_qs};
        QTest::newRow("mrn") << u"MRN: 00482913"_qs << QStringList{u"medical-record-number=00482913"_qs};
        QTest::newRow("mrn long label") << u"Medical record number #A-4471902"_qs
                                        << QStringList{u"medical-record-number=A-4471902"_qs};
        QTest::newRow("mrn: no number") << u"MRN pending"_qs << QStringList{};
        QTest::newRow("icd10 with context")
            << u"Diagnosis code E11.9 recorded"_qs << QStringList{u"icd10-code=E11.9"_qs};
        QTest::newRow("icd10 german") << u"Diagnose C50.9"_qs << QStringList{u"icd10-code=C50.9"_qs};
        QTest::newRow("icd10: without context") << u"part E11.9 shipped"_qs << QStringList{};
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(RuleTestSupport::scanDescribed(text), expected);
    }

    void everyTermMakesCompounds()
    {
        // Every international term (not an abbreviation, not a phrase) joined to a second part is
        // found as one compound: the prefilter must not miss a term's last letter.
        int checked = 0;
        for (const std::string_view term : Dictionaries::medicalConditionsIntl()) {
            if (term.size() <= 4 || term.find(' ') != std::string_view::npos) {
                continue;
            }
            const QString word = QString::fromUtf8(term.data(), static_cast<qsizetype>(term.size())) + u"risiko"_qs;
            const QString text = u"Das "_qs + word + u" steigt"_qs;
            const QStringList found = RuleTestSupport::scanDescribed(text);
            QVERIFY2(found.size() == 1 && found.front().startsWith(u"medical-condition-compound="_qs)
                         && found.front().compare(u"medical-condition-compound="_qs + word, Qt::CaseInsensitive) == 0,
                     qPrintable(text + u" -> "_qs + found.join(u", "_qs)));
            ++checked;
        }
        QVERIFY(checked > 100);
    }
};

QTEST_GUILESS_MAIN(TestHealthRules)
#include "TestHealthRules.moc"
