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
