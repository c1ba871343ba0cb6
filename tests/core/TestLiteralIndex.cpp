// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/InterleavedStreams.h"
#include "core/detect/LiteralIndex.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace {

using Hits = std::vector<std::tuple<std::size_t, std::uint32_t, std::uint32_t>>; // end, id, length

Hits sorted(const std::vector<LiteralIndex::Hit>& hits)
{
    Hits out;
    for (const auto& h : hits) {
        out.emplace_back(h.end, h.id, h.length);
    }
    std::sort(out.begin(), out.end());
    return out;
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Every occurrence in text[begin, end), the slow way; a literal whose `wordStart` is set only where
// the byte before it is not a letter (or at `begin`, which is a line's start), one whose `wordEnd`
// is set and that ends with a letter only where the byte after it is not a letter (or the text
// ends; the byte after `end` counts).
Hits naive(const std::vector<std::string>& literals,
           const std::vector<bool>& wordStart,
           const std::vector<bool>& wordEnd,
           std::string_view text,
           std::size_t begin,
           std::size_t end)
{
    Hits out;
    for (std::uint32_t id = 0; id < literals.size(); ++id) {
        const std::string& lit = literals[id];
        for (std::size_t at = begin; at + lit.size() <= end; ++at) {
            if (wordStart[id] && at > begin && letter(text[at - 1])) {
                continue;
            }
            if (wordEnd[id] && letter(lit.back()) && at + lit.size() < text.size() && letter(text[at + lit.size()])) {
                continue;
            }
            bool same = true;
            for (std::size_t k = 0; k < lit.size() && same; ++k) {
                same = lower(text[at + k]) == lower(lit[k]);
            }
            if (same) {
                out.emplace_back(at + lit.size(), id, static_cast<std::uint32_t>(lit.size()));
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestLiteralIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryOccurrence_data()
    {
        QTest::addColumn<QByteArray>("literals"); // separated by '|'
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected"); // "end:id" pairs, sorted
        QTest::newRow("nested suffixes") << QByteArray("he|she|hers|his") << QByteArray("ushers")
                                         << QByteArray("4:0 4:1 6:2");
        QTest::newRow("either case") << QByteArray("ghp_|Account") << QByteArray("GHP_x account ACCOUNT")
                                     << QByteArray("4:0 13:1 21:1");
        QTest::newRow("overlapping") << QByteArray("aa") << QByteArray("aaaa") << QByteArray("2:0 3:0 4:0");
        QTest::newRow("none") << QByteArray("token") << QByteArray("tok en t-o-k-e-n") << QByteArray("");
        QTest::newRow("non-ASCII bytes exactly") << QByteArray("stra\xc3\x9f"
                                                               "e")
                                                 << QByteArray("Stra\xc3\x9f"
                                                               "e STRASSE")
                                                 << QByteArray("7:0");
        QTest::newRow("same literal, two ids") << QByteArray("key|key") << QByteArray("a key") << QByteArray("5:0 5:1");
        QTest::newRow("punctuation") << QByteArray("://|-----begin") << QByteArray("https://x -----BEGIN")
                                     << QByteArray("8:0 20:1");
        // "^": the literal must start a word (no ASCII letter before it; a line's start is one).
        QTest::newRow("word start") << QByteArray("^le|le") << QByteArray("le table, née le 3; Le\nle")
                                    << QByteArray("2:0 2:1 8:1 17:0 17:1 23:0 23:1 26:0 26:1");
        QTest::newRow("word start after digits and other bytes") << QByteArray("^dea|^nin")
                                                                 << QByteArray("idea 1dea _dea \xc3\xa9"
                                                                               "dea running nin")
                                                                 << QByteArray("9:0 14:0 20:0 32:1");
        // "$": a literal that ends with a letter must end a word (no ASCII letter after it; the
        // text's end is one); one that ends with another byte is found as it is.
        QTest::newRow("word end") << QByteArray("le$|^le$|le") << QByteArray("level le, table; ale\nle")
                                  << QByteArray("2:2 8:0 8:1 8:2 15:0 15:2 20:0 20:2 23:0 23:1 23:2");
        QTest::newRow("word end after punctuation and at the text's end")
            << QByteArray("api-$|key$") << QByteArray("api-x keys key") << QByteArray("4:0 14:1");
        QTest::newRow("word start with punctuation inside")
            << QByteArray("^api-|://") << QByteArray("xapi- api-x http://") << QByteArray("10:0 19:1");
    }

    void findsEveryOccurrence()
    {
        QFETCH(QByteArray, literals);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        LiteralIndex index;
        const auto list = literals.split('|');
        for (int i = 0; i < list.size(); ++i) {
            const bool wordStart = list[i].startsWith('^');
            const bool wordEnd = list[i].endsWith('$');
            const QByteArray literal = list[i].mid(wordStart ? 1 : 0).chopped(wordEnd ? 1 : 0);
            index.add(literal.toStdString(), static_cast<std::uint32_t>(i), wordStart, wordEnd);
        }
        QVERIFY(index.build());
        const std::string t = text.toStdString();
        std::vector<LiteralIndex::Hit> hits;
        index.findAll(t, 0, t.size(), hits);
        std::string got;
        for (const auto& [end, id, length] : sorted(hits)) {
            got += (got.empty() ? "" : " ") + std::to_string(end) + ":" + std::to_string(id);
        }
        QCOMPARE(QByteArray::fromStdString(got), expected);
    }

    void matchesNaiveSearchOnRandomLines()
    {
        // Many short literals over a small alphabet, so they overlap and share prefixes and
        // suffixes, some of them only at a word's start; letters and other bytes in literals and
        // text alike; texts of many lines (the search runs in interleaved streams split at line
        // breaks) and of one line; ranges that start and end inside the text.
        // Both ways the streams read their classes: from blocks (written 64 bytes at a time where
        // the processor has AVX-512 VBMI, else byte by byte) and each byte's class in the loop.
        std::mt19937 rng(5);
        const std::string alphabet = "abAB-_.\n";
        for (int round = 0; round < 400; ++round) {
            const InterleavedStreams::ScopedPath path(round % 2 == 0 ? InterleavedStreams::Path::Blocks
                                                                     : InterleavedStreams::Path::Direct);
            std::vector<std::string> literals;
            const std::size_t count = 1 + rng() % 12;
            for (std::size_t i = 0; i < count; ++i) {
                std::string lit;
                const std::size_t n = 1 + rng() % 4;
                for (std::size_t k = 0; k < n; ++k) {
                    lit += alphabet[rng() % (alphabet.size() - 1)]; // no line break in a literal
                }
                literals.push_back(lit);
            }
            // Some must start a word, some end one, some both.
            std::vector<bool> wordStart;
            std::vector<bool> wordEnd;
            LiteralIndex index;
            for (std::uint32_t id = 0; id < literals.size(); ++id) {
                wordStart.push_back(rng() % 3 == 0);
                wordEnd.push_back(rng() % 3 == 0);
                index.add(literals[id], id, wordStart.back(), wordEnd.back());
            }
            QVERIFY(index.build());
            std::string text;
            // Every fourth text is long enough that each stream reads several blocks.
            const std::size_t n = round % 8 < 2 ? rng() % 9000 : rng() % 400;
            const bool oneLine = round % 5 == 0;
            for (std::size_t k = 0; k < n; ++k) {
                text += alphabet[rng() % (alphabet.size() - (oneLine ? 1 : 0))];
            }
            // A range between line starts, as RuleSet asks for.
            std::size_t begin = text.empty() ? 0 : rng() % (text.size() + 1);
            while (begin > 0 && text[begin - 1] != '\n') {
                --begin;
            }
            const std::size_t end = begin + rng() % (text.size() - begin + 1);
            std::vector<LiteralIndex::Hit> hits;
            index.findAll(text, begin, end, hits);
            QVERIFY(
                std::is_sorted(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.end < b.end; }));
            QCOMPARE(sorted(hits), naive(literals, wordStart, wordEnd, text, begin, end));
        }
    }

    void denseHitsAcrossBlocks()
    {
        // A hit at nearly every byte of every stream: the loop notes more stops than it has room
        // for and leaves early, and the streams cross several blocks; the hits are as the slow
        // search finds them, in order.
        const std::vector<std::string> literals{"a", "aa", "ab", "b-"};
        const std::vector<bool> wordStart{false, true, false, false};
        const std::vector<bool> wordEnd{false, false, false, false};
        LiteralIndex index;
        for (std::uint32_t id = 0; id < literals.size(); ++id) {
            index.add(literals[id], id, wordStart[id], wordEnd[id]);
        }
        QVERIFY(index.build());
        std::mt19937 rng(9);
        std::string text;
        while (text.size() < 30000) {
            const std::size_t len = rng() % 700;
            for (std::size_t k = 0; k < len; ++k) {
                text += "aaab-"[rng() % 5];
            }
            text += '\n';
        }
        // From the text's start and from its second line, with classes from blocks and in the loop.
        using InterleavedStreams::Path;
        for (const auto& [begin, way] : {std::pair{std::size_t{0}, Path::Blocks},
                                         std::pair{text.find('\n') + 1, Path::Blocks},
                                         std::pair{std::size_t{0}, Path::Direct},
                                         std::pair{text.find('\n') + 1, Path::Direct}}) {
            const InterleavedStreams::ScopedPath path(way);
            std::vector<LiteralIndex::Hit> hits;
            index.findAll(text, begin, text.size(), hits);
            QVERIFY(
                std::is_sorted(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.end < b.end; }));
            const Hits expected = naive(literals, wordStart, wordEnd, text, begin, text.size());
            QVERIFY(expected.size() > 20000);
            QCOMPARE(sorted(hits), expected);
        }
    }

    void classifiesWideAsByteByByte()
    {
        // The classes of each part's block, written 64 bytes at a time with AVX-512 VBMI where the
        // processor has it, are the table's classes byte by byte, for every byte value, for blocks
        // cut short anywhere, and no byte of a row before its n-th is left unwritten.
        using namespace InterleavedStreams;
        std::mt19937 rng(13);
        unsigned char cls[256];
        for (unsigned char& c : cls) {
            c = static_cast<unsigned char>(rng());
        }
        std::string text;
        while (text.size() < 20000) {
            text += static_cast<char>(rng() % 9 == 0 ? '\n' : static_cast<char>(rng()));
        }
        const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
        const Parts parts = split(text, 3, text.size());
        QVERIFY(parts.common > 2 * kBlock);
        if (!hasWideClassify()) {
            qInfo("this processor has no AVX-512 VBMI: both sides are the byte-by-byte loop");
        }
        for (const std::size_t n : {std::size_t{0},
                                    std::size_t{1},
                                    std::size_t{63},
                                    std::size_t{64},
                                    std::size_t{65},
                                    std::size_t{130},
                                    kBlock - 1,
                                    kBlock}) {
            for (const std::size_t i : {std::size_t{0}, std::size_t{5}, parts.common - n}) {
                std::vector<unsigned char> wide(kStreams * kBlock, 0xAA);
                std::vector<unsigned char> narrow(kStreams * kBlock, 0x55);
                classify(cls, bytes, parts, i, n, wide.data(), true);
                classify(cls, bytes, parts, i, n, narrow.data(), false);
                for (std::size_t k = 0; k < kStreams; ++k) {
                    for (std::size_t j = 0; j < n; ++j) {
                        const unsigned char want = cls[bytes[parts.from[k] + i + j]];
                        QCOMPARE(wide[k * kBlock + j], want);
                        QCOMPARE(narrow[k * kBlock + j], want);
                    }
                }
            }
        }
    }

    void wordStartLooksBeforeTheRange()
    {
        // A range that starts inside a word: the byte before it still counts.
        LiteralIndex index;
        index.add("le", 0, true);
        QVERIFY(index.build());
        const std::string text = "table le";
        std::vector<LiteralIndex::Hit> hits;
        index.findAll(text, 3, text.size(), hits);
        QCOMPARE(hits.size(), std::size_t{1});
        QCOMPARE(hits[0].end, std::size_t{8});
        hits.clear();
        index.findAll(text, 6, text.size(), hits);
        QCOMPARE(hits.size(), std::size_t{1});
    }

    void wordEndLooksAfterTheRange()
    {
        // A range that ends inside a word: the byte after it still counts.
        LiteralIndex index;
        index.add("le", 0, false, true);
        QVERIFY(index.build());
        const std::string text = "le level";
        std::vector<LiteralIndex::Hit> hits;
        index.findAll(text, 0, 5, hits); // "le le|vel"
        QCOMPARE(hits.size(), std::size_t{1});
        QCOMPARE(hits[0].end, std::size_t{2});
        hits.clear();
        index.findAll(text, 0, 2, hits); // "le| level"
        QCOMPARE(hits.size(), std::size_t{1});
    }

    void tooLargeATableIsRefused()
    {
        // Three literals of 4 bytes: 13 states over 15 columns (12 letters, the other letters,
        // the other bytes, and the edge after a byte that is not a letter).
        LiteralIndex index;
        for (const char* l : {"abcd", "efgh", "ijkl"}) {
            index.add(l, 0);
        }
        QVERIFY(!index.build(194)); // 195 entries are needed
        std::vector<LiteralIndex::Hit> hits;
        index.findAll("abcd efgh", 0, 9, hits);
        QVERIFY(hits.empty());
        LiteralIndex fits;
        for (const char* l : {"abcd", "efgh", "ijkl"}) {
            fits.add(l, 0);
        }
        QVERIFY(fits.build(195));
        fits.findAll("abcd efgh", 0, 9, hits);
        QCOMPARE(hits.size(), std::size_t{2});
    }

    void emptyIndexFindsNothing()
    {
        LiteralIndex index;
        QVERIFY(index.build());
        std::vector<LiteralIndex::Hit> hits;
        index.findAll("anything at all", 0, 15, hits);
        QVERIFY(hits.empty());
    }
};

QTEST_APPLESS_MAIN(TestLiteralIndex)
#include "TestLiteralIndex.moc"
