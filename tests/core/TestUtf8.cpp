// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Utf8.h"

#include <QTest>

#include <string>
#include <vector>

class TestUtf8 : public QObject
{
    Q_OBJECT

private:
    static std::vector<std::uint64_t> invalidOf(const std::vector<std::string>& pieces)
    {
        Utf8::Validator v;
        std::vector<std::uint64_t> bad;
        for (const auto& p : pieces) {
            v.feed(p, [&](std::uint64_t o) { bad.push_back(o); });
        }
        v.finish([&](std::uint64_t o) { bad.push_back(o); });
        return bad;
    }

private slots:
    // Byte offsets become QString positions: ASCII, two- and three-byte characters, an emoji (two
    // UTF-16 units), unsorted and repeated offsets, the end of the text.
    void utf16PositionsMatchQString()
    {
        const QString text = u"a\u00e9\u20ac\U0001F600 z\U0001F469\u200D\U0001F4BBend"_qs;
        const QByteArray utf8 = text.toUtf8();
        const std::string_view view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        std::vector<std::size_t> offsets;
        std::vector<std::size_t> expected;
        for (qsizetype i = text.size(); i >= 0; --i) {
            if (i < text.size() && text.at(i).isLowSurrogate()) {
                continue; // no byte offset points into a surrogate pair
            }
            offsets.push_back(static_cast<std::size_t>(text.left(i).toUtf8().size()));
            expected.push_back(static_cast<std::size_t>(i));
        }
        offsets.push_back(0);
        expected.push_back(0);
        QCOMPARE(Utf8::utf16Positions(view, offsets), expected);
        QVERIFY(Utf8::utf16Positions(view, {}).empty());
    }

    void validator_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<int>>("invalid");
        QTest::newRow("ascii") << QByteArray("hello") << QList<int>{};
        QTest::newRow("two-byte") << QByteArray("caf\xc3\xa9") << QList<int>{};
        QTest::newRow("four-byte emoji") << QByteArray("a\xf0\x9f\x98\x80z") << QList<int>{};
        QTest::newRow("lone continuation") << QByteArray("a\x80z") << QList<int>{1};
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QList<int>{0, 1};
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QList<int>{0, 1, 2};
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QList<int>{0, 1, 2, 3};
        QTest::newRow("truncated at end") << QByteArray("ab\xe2\x82") << QList<int>{2, 3};
        QTest::newRow("broken then ascii") << QByteArray("\xe2\x28\xa1") << QList<int>{0, 2};
        QTest::newRow("latin-1 text") << QByteArray("na\xefve") << QList<int>{2};
    }
    void validator()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<int>, invalid);
        const std::string s(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        std::vector<std::uint64_t> expected(invalid.begin(), invalid.end());
        QCOMPARE(invalidOf({s}), expected);
        // Any split into two pieces reports the same bytes.
        for (std::size_t cut = 0; cut <= s.size(); ++cut) {
            QCOMPARE(invalidOf({s.substr(0, cut), s.substr(cut)}), expected);
        }
        // And byte by byte.
        std::vector<std::string> bytesOneByOne;
        for (const char c : s) {
            bytesOneByOne.emplace_back(1, c);
        }
        QCOMPARE(invalidOf(bytesOneByOne), expected);
    }

    void codePoints()
    {
        QCOMPARE(Utf8::codePointCount(""), std::size_t(0));
        QCOMPARE(Utf8::codePointCount("abc"), std::size_t(3));
        QCOMPARE(Utf8::codePointCount("Chlo\xc3\xab"), std::size_t(5));
        QCOMPARE(Utf8::codePointCount("\xf0\x9f\x98\x80!"), std::size_t(2));
    }

    // Long texts are counted 16 bytes at a time with per-byte tallies summed every 255 blocks:
    // the counts and positions must equal a byte-by-byte count at every length and split,
    // past 255 blocks of only continuation bytes or only line feeds too.
    void longTextsCountedAsByteByByte()
    {
        struct Reference
        {
            std::uint64_t line = 1;
            std::uint64_t column = 1;
            std::uint64_t codePoint = 0;
        };
        const auto reference = [](std::string_view t) {
            Reference r;
            for (const char ch : t) {
                if ((static_cast<unsigned char>(ch) & 0xC0) == 0x80) {
                    continue;
                }
                ++r.codePoint;
                if (ch == '\n') {
                    ++r.line;
                    r.column = 1;
                } else {
                    ++r.column;
                }
            }
            return r;
        };
        std::string mixed;
        const char* pieces[] = {"ab", "\n", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "xyz\n\n", " "};
        std::uint32_t seed = 12345;
        while (mixed.size() < 9000) {
            seed = seed * 1103515245u + 12345u;
            mixed += pieces[(seed >> 16) % std::size(pieces)];
        }
        const std::string texts[] = {mixed,
                                     std::string(5000, '\n'),
                                     "\xf0" + std::string(5000, '\x80'), // continuation bytes: no code points
                                     std::string(4097, 'a')};
        for (const std::string& text : texts) {
            for (std::size_t len : {std::size_t(0),
                                    std::size_t(15),
                                    std::size_t(16),
                                    std::size_t(17),
                                    std::size_t(4079),
                                    std::size_t(4080),
                                    std::size_t(4081),
                                    std::size_t(4096),
                                    text.size()}) {
                len = std::min(len, text.size());
                const std::string_view prefix = std::string_view(text).substr(0, len);
                const Reference want = reference(prefix);
                QCOMPARE(Utf8::codePointCount(prefix), static_cast<std::size_t>(want.codePoint));
                // The same prefix in two pieces, split at every 997th byte.
                for (std::size_t cut = 0; cut <= len; cut += 997) {
                    Utf8::PositionTracker t;
                    t.advance(prefix.substr(0, cut));
                    t.advance(prefix.substr(cut));
                    QCOMPARE(t.position().line, want.line);
                    QCOMPARE(t.position().column, want.column);
                    QCOMPARE(t.position().codePoint, want.codePoint);
                }
            }
        }
    }

    // The ASCII fast path skips 32 bytes at a time: a bad byte at any place of a long ASCII run
    // is still reported at its own offset, and the run after it read again.
    void invalidByteInLongAsciiRun()
    {
        for (std::size_t at = 0; at < 100; ++at) {
            std::string s(100, 'a');
            s[at] = '\xff';
            s += "\xc3"; // a sequence cut off at the end
            QCOMPARE(invalidOf({s}), (std::vector<std::uint64_t>{at, 100}));
        }
    }

    void positions()
    {
        Utf8::PositionTracker t;
        t.advance("ab\n\xc3\xa9x");
        QCOMPARE(t.position().line, std::uint64_t(2));
        QCOMPARE(t.position().column, std::uint64_t(3));
        QCOMPARE(t.position().codePoint, std::uint64_t(5));
    }
};

QTEST_GUILESS_MAIN(TestUtf8)
#include "TestUtf8.moc"
