// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/BuiltinRules.h"
#include "core/detect/EdgeCapture.h"

#include <QTest>

#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

namespace {

RE2::Options options()
{
    RE2::Options o;
    o.set_log_errors(false);
    return o;
}

// Every match RE2 finds in text[from, to) (the whole text its context, as in a scan's window),
// left to right as the scan finds them, checked against EdgeCapture: where it answers, its group
// is RE2's. Returns how many it answered, of `matches`.
std::size_t compareAll(const std::string& pattern,
                       const std::string& text,
                       std::size_t& matches,
                       std::size_t from = 0,
                       std::size_t to = std::string::npos)
{
    to = std::min(to, text.size());
    RE2 re(pattern, options());
    if (!re.ok()) {
        qFatal("pattern does not compile: %s", pattern.c_str());
    }
    const auto edges = EdgeCapture::build(pattern, options());
    if (!edges) {
        qFatal("no edges read in %s", pattern.c_str());
    }
    std::size_t answered = 0;
    re2::StringPiece m[2];
    for (std::size_t pos = from; pos <= to;) {
        if (!re.Match(text, pos, to, RE2::UNANCHORED, m, 2)) {
            break;
        }
        ++matches;
        const auto b = static_cast<std::size_t>(m[0].data() - text.data());
        const auto e = b + m[0].size();
        std::size_t g0 = 0;
        std::size_t g1 = 0;
        if (edges->group(text, b, e, g0, g1)) {
            ++answered;
            const auto want0 = static_cast<std::size_t>(m[1].data() - text.data());
            if (g0 != want0 || g1 != want0 + m[1].size()) {
                qWarning("pattern %s, match [%zu, %zu): group [%zu, %zu), RE2 says [%zu, %zu)",
                         pattern.c_str(),
                         b,
                         e,
                         g0,
                         g1,
                         want0,
                         want0 + m[1].size());
                return std::size_t(-1);
            }
        }
        pos = e > b ? e : e + 1;
    }
    return answered;
}

// Random lines over an alphabet that reaches every edge: letters in both cases, digits, "_"
// and "-", blanks, line breaks, letters of two, three and four bytes, a stray continuation byte
// and a byte that leads nothing.
std::string randomText(std::mt19937& rng, std::size_t length, const std::vector<std::string>& seeds)
{
    // clang-format off
    static const std::vector<std::string> alphabet{
        "a", "b", "k", "z", "A", "B", "K", "Z", "0", "7", "_", "-", " ", " ", "\n", ".", ",", "'",
        "\xC3\xA9", "\xC3\x89", "\xC3\x97", "\xE2\x84\xAA", "\xF0\x9F\x98\x80", "\x80", "\xFF"};
    // clang-format on
    std::string text;
    while (text.size() < length) {
        if (!seeds.empty() && rng() % 6 == 0) {
            text += seeds[rng() % seeds.size()];
        } else {
            text += alphabet[rng() % alphabet.size()];
        }
    }
    return text;
}

} // namespace

class TestEdgeCapture : public QObject
{
    Q_OBJECT

private slots:
    void readsEdges_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("read");
        QTest::newRow("class or line start") << R"((?m)(?:^|[^a-z])([A-Z][a-z]+)(?:[^a-z]|$))" << true;
        QTest::newRow("word boundaries") << R"(\b(abc)\b)" << true;
        QTest::newRow("no edges") << R"((abc))" << true;
        QTest::newRow("boundary or underscore") << R"((?:\b|_)(x[0-9]+)(?:[^A-Za-z0-9_-]|(?m:$)))" << true;
        QTest::newRow("escaped and plain characters") << R"((?:\.|,|^)(x+)(?:\-|$))" << true;
        QTest::newRow("group inside the value") << R"((a(?:b|c)+d))" << true;
        QTest::newRow("class holding brackets") << R"((?:[]()[]|^)(x))" << true;
        QTest::newRow("a word before") << R"(x(abc))" << false;
        QTest::newRow("a phrase before") << R"((?:ab|c)(x))" << false;
        QTest::newRow("a second capture after") << R"((a)(b))" << false;
        QTest::newRow("a capture inside the value") << R"(((a)b))" << false;
        QTest::newRow("a class without (?:)") << R"([(](x))" << false;
        QTest::newRow("a repeated edge") << R"((?:^|[ \t])*(x))" << false;
        QTest::newRow("blank runs around") << R"((?m)^[ \t]*(x)[ \t]*$)" << true;
        QTest::newRow("a run without an assertion") << R"([ \t]*(x)\s*)" << true;
        QTest::newRow("a run of a repeated group") << R"((?:ab)*(x))" << false;
        QTest::newRow("a run after the assertion on the wrong side") << R"((x)$[ \t]*)" << false;
        QTest::newRow("quoted") << R"(\Q(\E(x))" << false;
        QTest::newRow("no capture") << R"((?:^|[^a-z])x)" << false;
        QTest::newRow("unbalanced") << R"((?:^|[^a-z])(x)" << false;
    }

    void readsEdges()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, read);
        QCOMPARE(EdgeCapture::build(pattern.toStdString(), options()) != nullptr, read);
    }

    void readsOnlyUtf8Patterns()
    {
        // Its characters are UTF-8 sequences: a pattern compiled as Latin-1 is left to RE2.
        RE2::Options latin1 = options();
        latin1.set_encoding(RE2::Options::EncodingLatin1);
        QVERIFY(EdgeCapture::build(R"(\b(abc)\b)", options()));
        QVERIFY(!EdgeCapture::build(R"(\b(abc)\b)", latin1));
    }

    void readsGroup_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("begin"); // the whole match, as RE2 finds it
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("g0"); // -1: no answer
        QTest::addColumn<int>("g1");
        const QString name = QString::fromUtf8(R"((?m)(?:^|[^A-Za-zÀ-ÿ])([A-ZÀ-Þ][a-zà-ÿ]+)(?:[^A-Za-zÀ-ÿ]|$))");
        QTest::newRow("between blanks") << name << QByteArray("so Anna, ok") << 2 << 8 << 3 << 7;
        QTest::newRow("after a line break") << name << QByteArray("x\nAnna\nB") << 1 << 7 << 2 << 6;
        QTest::newRow("at a line start") << name << QByteArray("Anna\nB") << 0 << 5 << 0 << 4;
        QTest::newRow("three-byte edges") << name << QByteArray("a\u2014\u00c9mile\u2014b") << 1 << 13 << 4 << 10;
        QTest::newRow("word boundaries") << R"(\b(ab)\b)" << QByteArray("x ab y") << 2 << 4 << 2 << 4;
        QTest::newRow("not at a line start") << R"((?m)(?:^|x)(x*y))" << QByteArray("axxy") << 1 << 4 << 2 << 4;
        QTest::newRow("two readings") << R"((?m)(?:^|x)(x*y))" << QByteArray("a\nxxy") << 2 << 5 << -1 << -1;
        QTest::newRow("underscore, then line end")
            << R"((?:\b|_)(x[0-9]+)(?:[^A-Za-z0-9_-]|(?m:$)))" << QByteArray("_x12\n") << 0 << 5 << 1 << 4;
        QTest::newRow("four-byte edge") << R"((x+)(?:😀|$))" << QByteArray("xx\U0001F600") << 0 << 6 << 0 << 2;
        const QString line = QString::fromUtf8(R"((?m)^[ \t]*([A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]*$)");
        QTest::newRow("blank runs") << line << QByteArray("x\n \tAnna Berg  \nB") << 2 << 15 << 4 << 13;
        QTest::newRow("no blanks") << line << QByteArray("Anna\n") << 0 << 4 << 0 << 4;
        QTest::newRow("a run longer than is tried")
            << line << QByteArray("         Anna") << 0 << 13 << -1 << -1; // nine blanks: RE2 reads it
        QTest::newRow("the value ends in a run character")
            << R"(( ?x ?)[ ]*)" << QByteArray("x  ") << 0 << 3 << -1 << -1; // "x" or "x ": two readings
    }

    void readsGroup()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArray, text);
        QFETCH(int, begin);
        QFETCH(int, end);
        QFETCH(int, g0);
        QFETCH(int, g1);
        const std::string t = text.toStdString();
        RE2 re(pattern.toStdString());
        re2::StringPiece m[2];
        QVERIFY(re.Match(t, 0, t.size(), RE2::UNANCHORED, m, 2));
        QCOMPARE(m[0].data() - t.data(), begin); // the row describes RE2's match
        QCOMPARE(int(m[0].size()), end - begin);
        const auto edges = EdgeCapture::build(pattern.toStdString(), options());
        QVERIFY(edges);
        std::size_t a = 0;
        std::size_t b = 0;
        const bool answered = edges->group(t, std::size_t(begin), std::size_t(end), a, b);
        QCOMPARE(answered, g0 >= 0);
        if (answered) {
            QCOMPARE(int(a), g0);
            QCOMPARE(int(b), g1);
        }
    }

    void answersAsRe2Does_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("alwaysAnswers"); // the edges never leave two readings
        QTest::newRow("name shape")
            << R"((?m)(?:^|[^A-Za-zÀ-ÿ0-9_])([A-ZÀ-Þ][a-zß-ÿ]+(?: [A-ZÀ-Þ][a-zß-ÿ]+)+)(?:[^A-Za-zÀ-ÿ]|$))" << true;
        QTest::newRow("token shape") << R"(\b(x[A-Za-z0-9_-]{3,})(?:[^A-Za-z0-9_-]|(?m:$)))" << true;
        QTest::newRow("letter or boundary") << R"((?:\b|[A-Za-z])([0-9]{3}-?[0-9]{2})\b)" << false;
        QTest::newRow("case-insensitive class") << R"((?i)(?:^|[^k])(k[a-z0-9]+)(?:[^a-z]|$))" << false;
        QTest::newRow("text edges") << R"((?m)(?:^|\s)([A-Za-z]+)(?:\s|$))" << false;
        // Edges that overlap the value: several readings fit, and the group decides or gives up.
        QTest::newRow("ambiguous start") << R"((?:^|[a-z])([a-z]*)(?:[a-z]|$))" << false;
        QTest::newRow("ambiguous lazy") << R"((?:[a-b]|\b)([a-z]+?)(?:b|\b))" << false;
        QTest::newRow("non-ASCII edges") << R"((?m)(?:[é×]|^)([^ \n]{2,5})(?:[😀É]|$))" << false;
        // Runs as edges: a line holding only the value, blanks around it; the value may start or
        // end with a run character itself, then several readings fit and the group decides.
        QTest::newRow("signature shape") << R"((?m)^[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]*$)" << false;
        QTest::newRow("runs that overlap the value") << R"( *([ a-z]*b)[ a]*)" << false;
        QTest::newRow("non-ASCII run") << R"((?m)^[é ]*([a-z]+)[ ×]*$)" << false;
        QTest::newRow("a value that starts with a run character") << R"([ ]*( a[a-z]*)[ ]*)" << false;
    }

    void answersAsRe2Does()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, alwaysAnswers);
        // Lines that hold only a value, with blanks around it, for the run edges.
        const std::vector<std::string> seeds{
            "Anna Berg", "Zoë Müller", "xab-12", "123-45", "kö", "Ké", "\n \tAnna Berg \n", "\nabc\n", "\né abc ×\n"};
        std::mt19937 rng(3);
        std::size_t matches = 0;
        std::size_t answered = 0;
        for (int round = 0; round < 400; ++round) {
            const std::string text = randomText(rng, 200, seeds);
            const std::size_t a = compareAll(pattern.toStdString(), text, matches);
            QVERIFY2(a != std::size_t(-1), "a group differs from RE2's");
            answered += a;
            // A window inside the text: the edges of a match at the window's edges are read with
            // the text beyond them as context, as RE2 reads them.
            const std::size_t from = rng() % text.size();
            const std::size_t b = compareAll(pattern.toStdString(), text, matches, from, from + rng() % 60);
            QVERIFY2(b != std::size_t(-1), "a group differs from RE2's in a window");
            answered += b;
        }
        QVERIFY(matches > 200);
        if (alwaysAnswers) {
            QCOMPARE(answered, matches);
        } else {
            QVERIFY(answered > 0);
        }
    }

    void answersAsRe2DoesForEveryBuiltinRule()
    {
        // Each built-in rule with edges, on random text seeded with its kind of value.
        const std::vector<std::string> seeds{"Anna Berg",
                                             "JOHN SMITH",
                                             "Nguyễn Thị Hương",
                                             "Mary-Jane van der Berg",
                                             "19811218-9876",
                                             "131052-308T",
                                             "SW1A 1AA",
                                             "90210-1234",
                                             "221B Baker Street",
                                             "Storgatan 12",
                                             "12 rue de la Paix",
                                             "Hauptstraße 5",
                                             "AIzaSyA-1234567890abcdefghijklmnopqrstu",
                                             "npm_0123456789abcdefghijklmnopqrstuvwxyz",
                                             "glpat-0123456789abcdefghij",
                                             "hf_0123456789abcdefghijklmnopqrstuvwx",
                                             "xoxb-123456789012-abc"};
        std::mt19937 rng(5);
        std::vector<std::string> texts;
        for (int i = 0; i < 200; ++i) {
            texts.push_back(randomText(rng, 400, seeds));
        }
        std::size_t rules = 0;
        std::size_t matches = 0;
        std::size_t answered = 0;
        for (const Rule& rule : BuiltinRules::all()) {
            if (!rule.anchor.empty() || !EdgeCapture::build(rule.pattern, options())) {
                continue;
            }
            ++rules;
            for (const auto& text : texts) {
                const std::size_t a = compareAll(rule.pattern, text, matches);
                QVERIFY2(a != std::size_t(-1), rule.id.c_str());
                answered += a;
            }
        }
        QVERIFY(rules >= 40);
        QVERIFY(matches > 800);
        QVERIFY(answered * 10 > matches * 9);
    }
};

QTEST_GUILESS_MAIN(TestEdgeCapture)
#include "TestEdgeCapture.moc"
