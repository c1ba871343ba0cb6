// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/StreamScanner.h"

#include <QTest>

#include <random>
#include <string>

namespace {

struct Collected
{
    std::vector<Finding> findings;
    std::vector<StreamScanner::Located> located;
    std::vector<std::string> values;
};

Collected streamScan(const std::shared_ptr<const RuleSet>& rules,
                     std::string_view text,
                     std::size_t chunk,
                     std::size_t piece,
                     StreamScanner* keep = nullptr)
{
    StreamScanner local(rules, chunk);
    StreamScanner& s = keep ? *keep : local;
    Collected c;
    const auto sink = [&](const StreamScanner::Located& l, std::string_view v) {
        c.findings.push_back(l.finding);
        c.located.push_back(l);
        c.values.emplace_back(v);
    };
    for (std::size_t i = 0; i < text.size(); i += piece) {
        if (!s.feed(text.substr(i, piece), sink)) {
            qFatal("feed failed");
        }
    }
    if (!s.finish(sink)) {
        qFatal("finish failed");
    }
    return c;
}

std::string keyBlock()
{
    std::string body;
    std::uint32_t x = 99;
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int l = 0; l < 30; ++l) {
        for (int i = 0; i < 64; ++i) {
            x = x * 1103515245u + 12345u;
            body.push_back(alphabet[(x >> 16) % 64]);
        }
        body.push_back('\n');
    }
    return "-----BEGIN EC PRIVATE KEY-----\n" + body + "-----END EC PRIVATE KEY-----";
}

} // namespace

class TestStreamScanner : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const RuleSet> m_rules;

private slots:
    void initTestCase()
    {
        auto r = RuleSet::builtin();
        QVERIFY(r.ok());
        m_rules = r.value();
    }

    void valueAcrossEveryChunkBoundaryFoundOnce()
    {
        // Slide a card number across a chunk boundary one byte at a time: it is reported exactly
        // once, whole, wherever the boundary falls.
        const std::string card = "4111 1111 1111 1111";
        const std::size_t chunk = 4096;
        for (std::size_t shift = 0; shift <= card.size() + 1; ++shift) {
            std::string text(3 * chunk, '.');
            const std::size_t at = chunk - shift;
            text[at - 1] = ' ';
            text.replace(at, card.size(), card);
            text[at + card.size()] = ' ';
            const auto c = streamScan(m_rules, text, chunk, 1000);
            QCOMPARE(c.findings.size(), std::size_t(1));
            QCOMPARE(c.findings[0].start, at);
            QCOMPARE(c.values[0], card);
        }
    }

    // A range that ends inside a line reads that line to its end and stops at its line break
    // (RuleSet::scanBlanked's passes end there): a value the range's end cuts is found whole,
    // values on the lines after are not the range's, and a word on the line before a value
    // still sends its rule there.
    void rangeEndingInsideALine()
    {
        const std::string text = "intro\nCard 4111 1111 1111 1111 due\nmail jane@example.org\n"
                                 "Account number:\n12345678\nlast 4556737586899855\n";
        const std::size_t card = text.find("4111");
        for (std::size_t end = card + 1; end < card + 19; ++end) {
            std::vector<Finding> out;
            QVERIFY(m_rules->scanRange(text, 0, end, out));
            QCOMPARE(out.size(), std::size_t(1));
            QCOMPARE(text.substr(out[0].start, out[0].length()), std::string("4111 1111 1111 1111"));
        }
        // The word on the line before the value, the range's end just inside the value.
        const std::size_t label = text.find("Account");
        std::vector<Finding> out;
        QVERIFY(m_rules->scanRange(text, label, text.find("12345678") + 1, out));
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(text.substr(out[0].start, out[0].length()), std::string("12345678"));
        QCOMPARE(out[0].ruleId, std::string("bank-account-context"));
    }

    void keyBlockAcrossBoundary()
    {
        const std::string key = keyBlock();
        const std::size_t chunk = 1024; // the block is about 2 KB: it spans two or three chunks
        std::string text = std::string(1000, 'a') + "\n" + key + "\nafter";
        const auto c = streamScan(m_rules, text, chunk, 333);
        QCOMPARE(c.findings.size(), std::size_t(1));
        QCOMPARE(c.values[0], key);
        QCOMPARE(c.located[0].begin.line, std::uint64_t(2));
        QCOMPARE(c.located[0].endLine, std::uint64_t(33));
    }

    void sameAsWholeScanForAnyChunking()
    {
        // Property: streaming in any chunk and piece size gives exactly the whole-buffer findings.
        std::mt19937 rng(20261127);
        const std::vector<std::string> values = {"jane@example.com",
                                                 "4111111111111111",
                                                 "DE89370400440532013000",
                                                 "123-45-6789",
                                                 "+44 20 7946 0958",
                                                 "10.1.2.3",
                                                 "AKIAQ3EGRBNZ7XWPLM4D",
                                                 "ghp_R7mK2pX9qL4vN8wB3zT6yH1cJ5dF0gAsE2uI"};
        std::string text;
        while (text.size() < 300000) {
            const auto r = rng() % 10;
            if (r < 3) {
                text += values[rng() % values.size()];
            } else if (r < 5) {
                text += "\n";
            } else {
                text += std::string(1 + rng() % 40, static_cast<char>('a' + rng() % 26));
            }
            text += (rng() % 2) ? " " : ", ";
        }
        text += keyBlock();
        auto whole = m_rules->scan(text);
        QVERIFY(whole.ok());
        QVERIFY(whole->size() > 100);
        for (const std::size_t chunk : {std::size_t(97), std::size_t(4096), std::size_t(65536)}) {
            for (const std::size_t piece : {std::size_t(1000), std::size_t(7777), std::size_t(1 << 20)}) {
                const auto c = streamScan(m_rules, text, chunk, piece);
                QCOMPARE(c.findings, whole.value());
            }
        }
        // One-byte chunks (the extreme) on a shorter stretch.
        const std::string head = text.substr(0, 20000);
        auto wholeHead = m_rules->scan(head);
        QVERIFY(wholeHead.ok());
        QCOMPARE(streamScan(m_rules, head, 1, 333).findings, wholeHead.value());
    }

    void tableHeaderKeptAcrossChunks()
    {
        // A CSV export's header is its first line; its cells are context for the values below
        // them however far down. Chunks after the first no longer hold it: they are given it, and
        // none of their own lines is taken for one. Here a row taken for a header would put
        // "build-agent-4" above the address column, and "build" marks a version, not an address.
        std::string text = "date,host,count,release\n";
        for (int i = 0; text.size() < 200000; ++i) {
            const std::string day = "2024-02-" + std::to_string(10 + i % 19);
            if (i % 2 == 0) {
                text += day + ",build-agent-" + std::to_string(i % 9) + "," + std::to_string(100000 + 7 * i) + ",v3."
                        + std::to_string(i % 31) + ".4\n";
            } else {
                text += day + ",10." + std::to_string(i % 250) + "." + std::to_string(7 * i % 250) + "."
                        + std::to_string(13 * i % 250) + "," + std::to_string(70000 + i) + ",v9.6\n";
            }
        }
        std::vector<Finding> whole;
        QVERIFY(m_rules->scanRange(text, 0, text.size(), whole));
        QVERIFY(whole.size() > 1000);
        for (const std::size_t chunk : {std::size_t(4096), std::size_t(65536)}) {
            QCOMPARE(streamScan(m_rules, text, chunk, 10000).findings, whole);
        }
        // The same, directly: a piece that starts with such a row, given the text's header, finds
        // what the whole scan finds in it; taking its own first line for the header, it does not.
        const std::size_t row = text.find("\n2024-02-12,build-agent-2,", 100000) + 1;
        const std::size_t end = text.find('\n', row + 60000);
        const std::string_view piece = std::string_view(text).substr(row, end - row);
        const std::size_t own = 30000; // values from here on have the piece's first line far above them
        std::vector<Finding> expected;
        for (const Finding& f : whole) {
            if (f.start >= row + own && f.start < end) {
                Finding g = f;
                g.start -= row;
                g.end -= row;
                expected.push_back(g);
            }
        }
        QVERIFY(expected.size() > 100);
        std::vector<Finding> given;
        QVERIFY(m_rules->scanRange(piece, own, piece.size(), given, RuleSet::tableHeaderLine(text)));
        QCOMPARE(given, expected);
        std::vector<Finding> ownLine;
        QVERIFY(m_rules->scanRange(piece, own, piece.size(), ownLine));
        QVERIFY(ownLine.size() < expected.size()); // "build" above the address column
        // A header holding a line escape reads as the whole text reads it, blanked: "\tbuild" is
        // the word "build" above the address, which is then a version's number.
        const std::string_view rows = "x\n1,10.1.2.3\n";
        std::vector<Finding> plain;
        QVERIFY(m_rules->scanRange(rows, 2, rows.size(), plain, std::string_view("id,host")));
        QCOMPARE(plain.size(), std::size_t(1));
        std::vector<Finding> inWhole;
        QVERIFY(m_rules->scanRange("id,\\tbuild\n1,10.1.2.3\n", 0, 23, inWhole));
        QCOMPARE(inWhole.size(), std::size_t(0));
        std::vector<Finding> inPiece;
        QVERIFY(m_rules->scanRange(rows, 2, rows.size(), inPiece, std::string_view("id,\\tbuild")));
        QCOMPARE(inPiece.size(), std::size_t(0));

        QCOMPARE(RuleSet::tableHeaderLine(text), std::string_view("date,host,count,release"));
        QCOMPARE(RuleSet::tableHeaderLine("no delimiter\na,b\n"), std::string_view());
        QCOMPARE(RuleSet::tableHeaderLine("a,b without a line end"), std::string_view());
    }

    void locations()
    {
        const std::string text = "first line\nsecond caf\xc3\xa9 jane@example.com\n";
        const auto c = streamScan(m_rules, text, 1 << 20, 5);
        QCOMPARE(c.located.size(), std::size_t(1));
        const auto& l = c.located[0];
        QCOMPARE(l.begin.line, std::uint64_t(2));
        QCOMPARE(l.begin.column, std::uint64_t(13)); // "second café " is 12 code points
        QCOMPARE(l.begin.codePoint, std::uint64_t(23));
        QCOMPARE(l.codePointEnd, std::uint64_t(23 + 16));
        QCOMPARE(l.finding.start, std::size_t(24)); // é is two bytes
    }

    void invalidUtf8Located()
    {
        StreamScanner s(m_rules, 64);
        std::string text = "ok\nx\xff y jane@example.com\n";
        text += std::string(200, 'z') + "\xc3";
        const auto c = streamScan(m_rules, text, 64, 3, &s);
        QCOMPARE(c.findings.size(), std::size_t(1));
        QCOMPARE(s.invalidByteCount(), std::uint64_t(2));
        QCOMPARE(s.invalidBytes().size(), std::size_t(2));
        QCOMPARE(s.invalidBytes()[0].offset, std::uint64_t(4));
        QCOMPARE(s.invalidBytes()[0].line, std::uint64_t(2));
        QCOMPARE(s.invalidBytes()[0].column, std::uint64_t(2));
        QCOMPARE(s.invalidBytes()[1].offset, std::uint64_t(text.size() - 1));
        QCOMPARE(s.bytesSeen(), std::uint64_t(text.size()));
    }

    void manyInvalidBytesCapped()
    {
        StreamScanner s(m_rules, 4096);
        const std::string text(10000, '\xff');
        streamScan(m_rules, text, 4096, 4096, &s);
        QCOMPARE(s.invalidByteCount(), std::uint64_t(10000));
        QCOMPARE(s.invalidBytes().size(), StreamScanner::kMaxInvalidReported);
    }
};

QTEST_GUILESS_MAIN(TestStreamScanner)
#include "TestStreamScanner.moc"
