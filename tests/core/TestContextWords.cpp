// SPDX-License-Identifier: GPL-3.0-or-later
// ContextWords: the words around a value, four questions in one walk, against a plain search.
#include "core/detect/ContextWords.h"
#include "core/detect/validators/CharClass.h"

#include <QTest>

#include <random>
#include <string>
#include <vector>

namespace {

// The reference: each word looked for at every position of the region, case folded, whole.
bool plainSearch(std::string_view text, std::size_t from, std::size_t to, const std::vector<std::string>& words)
{
    for (const std::string& w : words) {
        for (std::size_t i = from; !w.empty() && i + w.size() <= to; ++i) {
            bool same = true;
            for (std::size_t k = 0; k < w.size() && same; ++k) {
                same = CharClass::toLower(text[i + k]) == w[k];
            }
            if (same && (i == from || !CharClass::isAlpha(text[i - 1]))
                && (i + w.size() == to || !CharClass::isAlpha(text[i + w.size()]))) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

class TestContextWords : public QObject
{
    Q_OBJECT

private slots:
    void examples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("begin");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("context");
        QTest::addColumn<bool>("negative");
        // Value "V" at [begin, end); context word "card", negative word "order".
        QTest::newRow("word before") << "Card: V" << 6 << 7 << true << false;
        QTest::newRow("word after") << "V (card)" << 0 << 1 << true << false;
        QTest::newRow("glued letter") << "Scorecard V" << 10 << 11 << false << false;
        QTest::newRow("glued after") << "cards V" << 6 << 7 << false << false;
        QTest::newRow("both") << "card order V" << 11 << 12 << true << true;
        QTest::newRow("negative out of its region") << "order is long ago V" << 18 << 19 << false << false;
        QTest::newRow("word ends at the value") << "cardV" << 4 << 5 << true << false;
        QTest::newRow("digits are not letters") << "card1234" << 4 << 8 << true << false;
    }

    void examples()
    {
        QFETCH(QString, text);
        QFETCH(int, begin);
        QFETCH(int, end);
        QFETCH(bool, context);
        QFETCH(bool, negative);
        const std::string t = text.toStdString();
        const ContextWords words({"card"}, {"order"});
        const auto b = static_cast<std::size_t>(begin);
        const auto e = static_cast<std::size_t>(end);
        // Context words anywhere within 64 bytes; negative words within the 8 bytes before.
        const auto found = words.find(
            t, b, e, {b - std::min<std::size_t>(b, 64), t.size()}, {b - std::min<std::size_t>(b, 8), t.size()});
        QCOMPARE(found.context, context);
        QCOMPARE(found.negative, negative);
    }

    void findAnswersAsAPlainSearch_data()
    {
        QTest::addColumn<int>("firstBytes");
        QTest::newRow("few first bytes (sixteen bytes at a time)") << 6;
        QTest::newRow("first bytes of any kind (up to 24 sixteen at a time, more byte by byte)") << 40;
    }

    void findAnswersAsAPlainSearch()
    {
        // Random text from an alphabet that makes words, glued letters, capitals, line breaks and
        // bytes beyond ASCII common; random lists and regions, values anywhere (also at the text's
        // ends, where the last sixteen bytes are read from a copy).
        QFETCH(int, firstBytes);
        std::mt19937 rng(20261129u + static_cast<unsigned>(firstBytes));
        const std::string alphabet = "abcdeABCDE  -_.:\n12\xc3\xa9#";
        const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
        std::size_t checked = 0;
        std::size_t hits[2] = {0, 0};
        for (int round = 0; round < 400; ++round) {
            // Words over the same alphabet, lower case; first bytes drawn from a wider set when
            // many are wanted.
            std::vector<std::string> lists[2];
            for (auto& list : lists) {
                const std::size_t n = 1 + pick(firstBytes > 20 ? 30 : 4);
                for (std::size_t w = 0; w < n; ++w) {
                    std::string word;
                    word += firstBytes > 20 ? static_cast<char>('!' + pick(90)) : "abcde#\xc3"[pick(7)];
                    for (std::size_t k = pick(4); k > 0; --k) {
                        word += "abcde -"[pick(7)];
                    }
                    for (auto& c : word) {
                        c = CharClass::toLower(c);
                    }
                    list.push_back(word);
                }
            }
            const ContextWords words(lists[0], lists[1]);
            std::string text;
            for (std::size_t n = pick(140); n > 0; --n) {
                text += alphabet[pick(alphabet.size())];
            }
            for (int value = 0; value < 20; ++value) {
                const std::size_t begin = pick(text.size() + 1);
                const std::size_t end = begin + pick(text.size() - begin + 1);
                ContextWords::Regions regions[2];
                for (auto& r : regions) {
                    r.before = begin - pick(std::min<std::size_t>(begin, 64) + 1);
                    r.after = end + pick(std::min<std::size_t>(text.size() - end, 32) + 1);
                }
                const auto found = words.find(text, begin, end, regions[0], regions[1]);
                const bool expected[2] = {plainSearch(text, regions[0].before, begin, lists[0])
                                              || plainSearch(text, end, regions[0].after, lists[0]),
                                          plainSearch(text, regions[1].before, begin, lists[1])
                                              || plainSearch(text, end, regions[1].after, lists[1])};
                if (found.context != expected[0] || found.negative != expected[1]) {
                    qWarning() << "text" << QByteArray::fromStdString(text) << "value" << begin << end << "regions"
                               << regions[0].before << regions[0].after << regions[1].before << regions[1].after;
                }
                QCOMPARE(found.context, expected[0]);
                QCOMPARE(found.negative, expected[1]);
                hits[0] += expected[0] ? 1 : 0;
                hits[1] += expected[1] ? 1 : 0;
                ++checked;
            }
            // anyIn, on a lower-case text (a table's header cell).
            std::string lower = text;
            for (auto& c : lower) {
                c = CharClass::toLower(c);
            }
            QCOMPARE(words.anyIn(ContextWords::Context, lower), plainSearch(lower, 0, lower.size(), lists[0]));
            QCOMPARE(words.anyIn(ContextWords::Negative, lower), plainSearch(lower, 0, lower.size(), lists[1]));
        }
        // Both answers came out both ways often enough to mean something.
        QVERIFY(hits[0] > checked / 10 && hits[0] < checked * 9 / 10);
        QVERIFY(hits[1] > checked / 10 && hits[1] < checked * 9 / 10);
    }
};

QTEST_GUILESS_MAIN(TestContextWords)
#include "TestContextWords.moc"
