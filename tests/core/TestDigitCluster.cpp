// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/BuiltinRules.h"
#include "core/detect/DigitCluster.h"

#include <QTest>

#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

class TestDigitCluster : public QObject
{
    Q_OBJECT

private slots:
    void largest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("no digits") << "plain words" << 0;
        QTest::newRow("phone with parens") << "call +1 (415) 555-0100 now" << 11;
        QTest::newRow("ISO time splits at T and colons") << "2024-02-14T04:48:22.786Z" << 8;
        QTest::newRow("comma ends a cluster") << "12,345,678" << 3;
        QTest::newRow("letters end a cluster") << "AB12CD3456" << 4;
        QTest::newRow("card with spaces") << "4111 1111 1111 1111" << 16;
        QTest::newRow("separators alone") << " - / . ( ) + " << 0;
        QTest::newRow("largest of several") << "1 22 333 x 4444-55" << 6;
        QTest::newRow("non-ASCII ends a cluster") << "12\u00a034" << 2;
    }

    void largest()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(DigitCluster::measure(text.toStdString()).cluster, static_cast<std::size_t>(expected));
    }

    void runs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("date") << "2024-02-14" << 4;
        QTest::newRow("separators end a run") << "4111 1111 1111 1111" << 4;
        QTest::newRow("ID") << "id 19811218-9876 x" << 8;
        QTest::newRow("none") << "no digits" << 0;
    }

    void runs()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(DigitCluster::measure(text.toStdString()).run, static_cast<std::size_t>(expected));
    }

    // measure() skips eight bytes at a time outside clusters; it must agree with a plain byte loop
    // on any bytes: every byte value at every offset of the word, digits next to word edges.
    void measureMatchesByteLoop()
    {
        const auto reference = [](const std::string& t) {
            DigitCluster::Bounds best;
            std::size_t cluster = 0;
            std::size_t run = 0;
            for (const char ch : t) {
                const bool digit = ch >= '0' && ch <= '9';
                const bool joiner = DigitCluster::kSeparators.find(ch) != std::string_view::npos;
                cluster = digit ? cluster + 1 : (joiner ? cluster : 0);
                run = digit ? run + 1 : 0;
                best.cluster = std::max(best.cluster, cluster);
                best.run = std::max(best.run, run);
            }
            return best;
        };
        for (int b = 0; b < 256; ++b) {
            for (std::size_t at = 0; at < 20; ++at) {
                std::string t(20, 'x');
                t[at] = static_cast<char>(b);
                t += "12";
                const auto got = DigitCluster::measure(t);
                const auto want = reference(t);
                QCOMPARE(got.cluster, want.cluster);
                QCOMPARE(got.run, want.run);
            }
        }
        std::mt19937 rng(7);
        const std::string alphabet = "0123456789 -./()+aZ,:*\xc3\xa9\n";
        for (int i = 0; i < 20000; ++i) {
            // Up to 300 bytes: measure() reads 64 at a time, so runs and clusters cross blocks.
            std::string t(rng() % (i % 2 ? 64 : 300), ' ');
            for (auto& c : t) {
                c = rng() % 4 == 0 ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
            }
            const auto got = DigitCluster::measure(t);
            const auto want = reference(t);
            QCOMPARE(got.cluster, want.cluster);
            QCOMPARE(got.run, want.run);
        }
        // A range of a longer text: the bytes after it are read but never counted.
        for (int i = 0; i < 5000; ++i) {
            std::string all(rng() % 200, ' ');
            for (auto& c : all) {
                c = alphabet[rng() % alphabet.size()];
            }
            const std::size_t begin = all.empty() ? 0 : rng() % all.size();
            const std::size_t end = begin + (all.size() == begin ? 0 : rng() % (all.size() - begin + 1));
            const auto got = DigitCluster::measure(all, begin, end);
            const auto want = reference(all.substr(begin, end - begin));
            QCOMPARE(got.cluster, want.cluster);
            QCOMPARE(got.run, want.run);
        }
        // Long runs and clusters of each kind across block edges, at every offset.
        for (const std::string_view fill : {"7", " ", "7 ", "7-", "( 7"}) {
            for (std::size_t lead = 0; lead < 70; ++lead) {
                for (const std::size_t length : {1, 63, 64, 65, 128, 200}) {
                    std::string t(lead, 'x');
                    while (t.size() < lead + length) {
                        t += fill;
                    }
                    t += lead % 3 == 0 ? "x12" : "9";
                    const auto got = DigitCluster::measure(t);
                    const auto want = reference(t);
                    QCOMPARE(got.cluster, want.cluster);
                    QCOMPARE(got.run, want.run);
                }
            }
        }
    }

    void minRun_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("expected");
        QTest::newRow("SSN groups") << R"(\b[0-9]{3}-[0-9]{2}-[0-9]{4}\b)" << 4;
        QTest::newRow("unformatted") << R"(\b[0-9]{9}\b)" << 9;
        QTest::newRow("optional separator") << R"([0-9]{6}-?[0-9]{4})" << 6;
        QTest::newRow("any grouping") << R"([0-9](?:[ \-]?[0-9]){11,18})" << 1;
        QTest::newRow("branches") << R"((?:[0-9]{8}|[A-Z][0-9]{7}))" << 7;
    }

    void minRun()
    {
        QFETCH(QString, pattern);
        QFETCH(int, expected);
        QCOMPARE(DigitCluster::minBounds(pattern.toStdString()).run, static_cast<std::size_t>(expected));
    }

    void minCluster_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("expected");
        QTest::newRow("SSN") << R"(\b[0-9]{3}-[0-9]{2}-[0-9]{4}\b)" << 9;
        QTest::newRow("\\d counts") << R"(\d{3} ?\d{4})" << 7;
        QTest::newRow("optional separators join") << R"([0-9](?:[ \-]?[0-9]){11,18})" << 12;
        QTest::newRow("colon breaks") << R"([0-9]{3}:[0-9]{4})" << 4;
        QTest::newRow("alternation takes the smaller") << R"((?:[0-9]{9}|[0-9]{3}-[0-9]{3}))" << 6;
        QTest::newRow("letters between break") << R"([0-9]{4}[A-Z][0-9]{5})" << 5;
        QTest::newRow("class with a letter breaks") << R"([0-9]{4}[0-9A-F][0-9]{4})" << 4;
        QTest::newRow("optional digits count nothing") << R"(x[0-9]?[0-9]*y)" << 0;
        QTest::newRow("plus is one or more") << R"([0-9]+)" << 1;
        QTest::newRow("open range counts its minimum") << R"([0-9]{5,})" << 5;
        QTest::newRow("groups and flags") << R"((?i)(?P<v>[0-9]{2})(?:[ .]?(?:[0-9]{2})){2}\b)" << 6;
        QTest::newRow("escaped separators") << R"([0-9]{3}\.[0-9]{3}\/[0-9]{2}\([0-9]\))" << 9;
        QTest::newRow("negated class breaks") << R"([0-9]{3}[^a-z][0-9]{3})" << 3;
        QTest::newRow("dot breaks") << R"([0-9]{3}.[0-9]{3})" << 3;
        QTest::newRow("non-ASCII literal breaks") << "[0-9]{3}\u00e9[0-9]{2}" << 3;
        QTest::newRow("lazy quantifier") << R"([0-9]{4,8}?)" << 4;
        QTest::newRow("huge count is capped, not wrapped") << R"([0-9]{1000})" << 1000;
        QTest::newRow("literal brace") << R"([0-9]{2}{x)" << 2;
        QTest::newRow("unbalanced gives nothing") << R"(([0-9]{5})" << 0;
        QTest::newRow("word list gives nothing") << R"((?i)\b(?:account|iban)\b)" << 0;
    }

    void minCluster()
    {
        QFETCH(QString, pattern);
        QFETCH(int, expected);
        QCOMPARE(DigitCluster::minBounds(pattern.toStdString()).cluster, static_cast<std::size_t>(expected));
    }

    // survey() lists every line whose measure() reaches the floor (a line it leaves out is never
    // read by the scan's groups found by digits), lists no line without at least a digit followed
    // by floor.cluster bytes of digits and separators or floor.run digits in a row, lists one byte
    // per line in order, and finds exactly the lines longer than the limit. Random text with
    // stretches that cross the 64-byte blocks, with the range inside a longer text.
    void surveyListsEveryLineThatReachesTheFloor()
    {
        const auto lineOf = [](const std::string& all, std::size_t begin, std::size_t at) {
            std::size_t start = at;
            while (start > begin && all[start - 1] != '\n') {
                --start;
            }
            return start;
        };
        // Whether a line has a digit followed by `cluster` bytes of digits and separators (the
        // digit included), or `run` digits in a row: what survey() may list.
        const auto loose = [](std::string_view line, DigitCluster::Bounds floor) {
            std::size_t joined = 0;
            std::size_t run = 0;
            for (const char ch : line) {
                const bool digit = ch >= '0' && ch <= '9';
                const bool joiner = DigitCluster::kSeparators.find(ch) != std::string_view::npos;
                joined = digit || (joiner && joined > 0) ? joined + 1 : 0;
                run = digit ? run + 1 : 0;
                if (joined >= floor.cluster || run >= floor.run) {
                    return true;
                }
            }
            return false;
        };
        std::mt19937 rng(23);
        const std::vector<std::string> bits{"0",
                                            "7",
                                            "12",
                                            " ",
                                            "-",
                                            ".",
                                            "(",
                                            "+",
                                            "x",
                                            "\n",
                                            "2024-02-14 10:11",
                                            "4111 1111 1111 1111",
                                            "        ",
                                            "1 2 3 4 5 6 7 8 9 0 1 2 3",
                                            "\xc3\xa9",
                                            ",",
                                            ":"};
        const std::vector<std::size_t> floors{1, 2, 5, 6, 9, 12, 30, 64, 65, 100, DigitCluster::kNever};
        std::size_t listedLines = 0;
        std::size_t breaksChecked = 0;
        for (int i = 0; i < 4000; ++i) {
            std::string all;
            const std::size_t pieces = rng() % 120;
            for (std::size_t k = 0; k < pieces; ++k) {
                const std::string& b = bits[rng() % bits.size()];
                // Now and then a long stretch of one piece, so runs cross several blocks.
                const std::size_t times = rng() % 16 == 0 ? 1 + rng() % 60 : 1;
                for (std::size_t t = 0; t < times; ++t) {
                    all += b;
                }
            }
            const std::size_t begin = all.empty() || i % 3 != 0 ? 0 : rng() % all.size();
            std::size_t end = all.size();
            if (i % 5 == 0 && end > begin) {
                end = begin + rng() % (end - begin + 1);
            }
            const DigitCluster::Bounds floor{floors[rng() % floors.size()], floors[rng() % floors.size()]};
            const std::size_t longLine = 64 + rng() % 100;
            DigitCluster::Survey got;
            DigitCluster::survey(all, begin, end, floor, longLine, got);

            std::vector<std::size_t> wantLong;
            std::vector<std::size_t> lines; // line starts in [begin, end)
            for (std::size_t start = begin; start <= end;) {
                std::size_t stop = all.find('\n', start);
                stop = stop == std::string::npos || stop > end ? end : stop;
                lines.push_back(start);
                if (stop - start > longLine) {
                    wantLong.push_back(start);
                }
                start = stop + 1;
            }
            QCOMPARE(got.longLines, wantLong);
            std::size_t last = 0;
            for (std::size_t k = 0; k < got.lines.size(); ++k) {
                const std::size_t at = got.lines[k];
                QVERIFY(at >= begin && at < end);
                QVERIFY(all[at] != '\n');
                if (k > 0) {
                    QVERIFY2(lineOf(all, begin, at) > last, "one byte per line, in order");
                }
                last = lineOf(all, begin, at);
            }
            std::size_t next = 0;
            for (const std::size_t start : lines) {
                std::size_t stop = all.find('\n', start);
                stop = stop == std::string::npos || stop > end ? end : stop;
                const bool listed = next < got.lines.size() && got.lines[next] < stop && got.lines[next] >= start;
                if (listed) {
                    ++next;
                    ++listedLines;
                }
                const auto measured = DigitCluster::measure(all, start, stop);
                const std::string line = all.substr(start, stop - start);
                if (measured.cluster >= floor.cluster || measured.run >= floor.run) {
                    QVERIFY2(listed, ("left out: " + line).c_str());
                }
                if (listed) {
                    QVERIFY2(loose(line, floor), ("listed without cause: " + line).c_str());
                }
            }
            QCOMPARE(next, got.lines.size());
            // The line breaks it keeps: the next break from each byte and the last before it, as
            // a search of the bytes finds them, over spans of every length (across blocks too).
            for (std::size_t from = begin; from <= end; from += 1 + rng() % 7) {
                const std::size_t to = from + rng() % (end - from + 1);
                const std::size_t nl = all.find('\n', from);
                QCOMPARE(got.nextBreak(from, to), nl == std::string::npos || nl >= to ? to : nl);
                const std::size_t back = to > from ? all.rfind('\n', to - 1) : std::string::npos;
                QCOMPARE(got.afterLastBreak(from, to), back == std::string::npos || back < from ? from : back + 1);
                breaksChecked += nl != std::string::npos && nl < to ? 1 : 0;
            }
        }
        QVERIFY(listedLines > 1000);
        QVERIFY(breaksChecked > 10000);
    }

    void boundHoldsForEveryMatchOfTheBuiltInRules()
    {
        // The promise RuleSet relies on: whatever a pattern matches holds a cluster and a run at
        // least as large as minBounds() says. Random strings over digits, separators and a few other
        // characters, and each built-in rule's pattern and prefilter.
        const std::string alphabet = "0123456789012345678901234567890123456789 -./()+:,xAZ\n";
        std::mt19937 rng(11);
        std::vector<std::string> texts;
        for (int i = 0; i < 3000; ++i) {
            std::string t;
            const std::size_t n = 4 + rng() % 40;
            for (std::size_t k = 0; k < n; ++k) {
                t += alphabet[rng() % alphabet.size()];
            }
            texts.push_back(t);
        }
        RE2::Options o;
        o.set_log_errors(false);
        std::size_t checked = 0;
        for (const auto& rule : BuiltinRules::all()) {
            for (const std::string& pattern : {rule.pattern, rule.prefilter}) {
                const auto bound = DigitCluster::minBounds(pattern);
                if (pattern.empty() || (bound.cluster == 0 && bound.run == 0)) {
                    continue;
                }
                const RE2 re("(" + pattern + ")", o); // group 1: the whole match
                QVERIFY2(re.ok(), rule.id.c_str());
                for (const auto& t : texts) {
                    re2::StringPiece in(t);
                    re2::StringPiece m;
                    while (RE2::FindAndConsume(&in, re, &m)) {
                        ++checked;
                        const auto got = DigitCluster::measure(std::string(m));
                        QVERIFY2(got.cluster >= bound.cluster && got.run >= bound.run,
                                 (rule.id + ": " + std::string(m)).c_str());
                        if (m.empty()) {
                            break;
                        }
                    }
                }
            }
        }
        QVERIFY(checked > 1000);
    }
};

QTEST_APPLESS_MAIN(TestDigitCluster)
#include "TestDigitCluster.moc"
