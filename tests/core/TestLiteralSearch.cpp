// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redact/LiteralSearch.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace {

bool space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

// The contract, spelled out the slow way: at each word of the text (left to right, not inside a
// hit), every needle is tried, longest first (folded: lower case, white space runs as one space),
// and the first that stands there as a whole word is the hit.
std::vector<LiteralSearch::Hit> reference(std::string_view text, const std::vector<std::string_view>& needles)
{
    struct N
    {
        std::size_t index;
        std::string folded;
        std::size_t lead;
        std::string word;
    };
    std::vector<N> ns;
    for (std::size_t i = 0; i < needles.size(); ++i) {
        std::string f;
        for (const char c : needles[i]) {
            if (space(c)) {
                if (!f.empty() && f.back() != ' ') {
                    f += ' ';
                }
            } else {
                f += lower(c);
            }
        }
        while (!f.empty() && f.back() == ' ') {
            f.pop_back();
        }
        std::size_t ws = 0;
        while (ws < f.size() && !alnum(f[ws])) {
            ++ws;
        }
        if (ws == f.size() || f.substr(0, ws).find(' ') != std::string::npos) {
            continue;
        }
        std::size_t we = ws;
        while (we < f.size() && alnum(f[we])) {
            ++we;
        }
        ns.push_back({i, f, ws, f.substr(ws, we - ws)});
    }
    std::stable_sort(ns.begin(), ns.end(), [](const N& a, const N& b) { return a.folded.size() > b.folded.size(); });
    std::vector<LiteralSearch::Hit> hits;
    std::size_t lastEnd = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (!alnum(text[i])) {
            ++i;
            continue;
        }
        const std::size_t ws = i;
        std::string word;
        for (; i < text.size() && alnum(text[i]); ++i) {
            word += lower(text[i]);
        }
        for (const N& n : ns) {
            if (n.word != word || n.lead > ws || ws - n.lead < lastEnd) {
                continue;
            }
            const std::size_t start = ws - n.lead;
            std::size_t t = start;
            bool ok = true;
            for (std::size_t k = 0; ok && k < n.folded.size(); ++k) {
                if (n.folded[k] == ' ') {
                    ok = t < text.size() && space(text[t]);
                    while (t < text.size() && space(text[t])) {
                        ++t;
                    }
                } else {
                    ok = t < text.size() && lower(text[t]) == n.folded[k];
                    ++t;
                }
            }
            if (!ok || (start > 0 && alnum(text[start - 1]) && alnum(text[start]))
                || (t < text.size() && alnum(text[t]) && alnum(text[t - 1]))) {
                continue;
            }
            hits.push_back({start, t, n.index});
            lastEnd = t;
            i = std::max(i, t);
            break;
        }
    }
    return hits;
}

QString describe(const std::vector<LiteralSearch::Hit>& hits)
{
    QStringList out;
    for (const auto& h : hits) {
        out << QStringLiteral("%1-%2:%3").arg(h.start).arg(h.end).arg(h.needle);
    }
    return out.join(u' ');
}

} // namespace

class TestLiteralSearch : public QObject
{
    Q_OBJECT

private slots:
    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("needles");
        QTest::addColumn<QString>("hits"); // start-end:needle
        QTest::newRow("case and white space")
            << u"Dear  JOHN\tsmith, hi"_qs << QStringList{u"John Smith"_qs} << u"6-16:0"_qs;
        QTest::newRow("whole words only")
            << u"johnsmith john smithers john smith"_qs << QStringList{u"john smith"_qs} << u"24-34:0"_qs;
        QTest::newRow("longest first, then the first given")
            << u"call 10.0.0.12 or 10.0.0.1"_qs << QStringList{u"10.0.0.1"_qs, u"10.0.0.12"_qs, u"10.0.0.12"_qs}
            << u"5-14:1 18-26:0"_qs;
        QTest::newRow("bytes before the first word")
            << u"ring +46 70 123 45 67 now"_qs << QStringList{u"+46 70 123 45 67"_qs, u"46 70"_qs} << u"5-21:0"_qs;
        QTest::newRow("white space around a needle is dropped") << u"a  b"_qs << QStringList{u" b "_qs} << u"3-4:0"_qs;
        QTest::newRow("white space before the first word: never found")
            << u"ring + 46 now"_qs << QStringList{u"+ 46"_qs} << QString();
        // Needles of one word with different bytes before it: of two as long, the first given wins.
        QTest::newRow("equal lengths, different leads")
            << u"-+1."_qs << QStringList{u"+1.xyz"_qs, u"-+1"_qs, u"+1."_qs} << u"0-3:1"_qs;
        QTest::newRow("a hit is not searched inside")
            << u"anna berg berg"_qs << QStringList{u"anna berg"_qs, u"berg"_qs} << u"0-9:0 10-14:1"_qs;
        QTest::newRow("a value ending in a mark, glued to a word")
            << u"see x.y.z.more"_qs << QStringList{u"x.y.z."_qs} << u"4-10:0"_qs;
    }

    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, needles);
        QFETCH(QString, hits);
        const std::string t = text.toStdString();
        std::vector<std::string> owned;
        for (const auto& n : needles) {
            owned.push_back(n.toStdString());
        }
        const std::vector<std::string_view> views(owned.begin(), owned.end());
        QCOMPARE(describe(LiteralSearch::find(t, views)), hits);
        QCOMPARE(describe(reference(t, views)), hits);
    }

    void findsWhatTheSlowWayFinds()
    {
        // Texts of few words, so that needles share their first word by the hundred (as the IPv4
        // addresses of a log share "10"), with marks, blanks of several kinds and case.
        // clang-format off
        const std::vector<std::string> alphabet{
            "10", "0", "1", "12", "ab", "AB", "Ab", "x", ".", ".", "-", "+", " ", " ", "  ", "\t", "\n", ",",
            "\xC3\xA9"};
        // clang-format on
        std::mt19937 rng(11);
        std::size_t total = 0;
        for (int round = 0; round < 300; ++round) {
            std::string text;
            while (text.size() < 400) {
                text += alphabet[rng() % alphabet.size()];
            }
            std::vector<std::string> owned;
            for (int k = 0; k < 60; ++k) {
                const std::size_t a = rng() % text.size();
                std::string n = text.substr(a, 1 + rng() % 12);
                if (rng() % 4 == 0) {
                    std::transform(n.begin(), n.end(), n.begin(), [](char c) {
                        return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
                    });
                }
                owned.push_back(n);
            }
            const std::vector<std::string_view> views(owned.begin(), owned.end());
            const auto want = reference(text, views);
            total += want.size();
            QCOMPARE(describe(LiteralSearch::find(text, views)), describe(want));
        }
        QVERIFY(total > 3000);
    }
};

QTEST_GUILESS_MAIN(TestLiteralSearch)
#include "TestLiteralSearch.moc"
