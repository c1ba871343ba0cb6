// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymize and restore (core/redact): the token grammar, every operator, overlap and escaping
// rules, restore's tolerance, and the round-trip property over generated texts.
#include "core/detect/Dictionaries.h"
#include "core/detect/RuleSet.h"
#include "core/detect/Validators.h"
#include "core/redact/Anonymizer.h"
#include "core/redact/Restorer.h"
#include "core/redact/TextContext.h"
#include "core/redact/Tokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

namespace {

const std::string kKey(32, 'k');

std::shared_ptr<const RuleSet> rules()
{
    static const auto set = RuleSet::builtin().value();
    return set;
}

std::vector<Finding> scan(std::string_view text)
{
    auto r = rules()->scan(text);
    if (!r) {
        qFatal("scan failed");
    }
    return r.value();
}

Anonymizer anonymizer(Operator op = Operator::Token, std::uint64_t seed = 42)
{
    Anonymizer::Options o;
    o.defaultOperator = op;
    o.hashKey = "install-key";
    o.seed = seed;
    o.nowMs = 1;
    return Anonymizer(o);
}

AnonymizeResult anonymizeText(std::string_view text, TokenMap& map, Operator op = Operator::Token)
{
    auto r = anonymizer(op).anonymize(text, scan(text), map);
    if (!r) {
        qFatal("anonymize failed");
    }
    return std::move(r.value());
}

Finding finding(std::size_t start, std::size_t end, EntityType type, Category category, std::string rule = "t")
{
    Finding f;
    f.start = start;
    f.end = end;
    f.type = type;
    f.category = category;
    f.ruleId = std::move(rule);
    return f;
}

QByteArray qb(const std::string& s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

class TestRedact : public QObject
{
    Q_OBJECT

private slots:
    void productExample()
    {
        // The example that explains the product, end to end and back.
        const std::string text = "John Smith's account 123-456-7890 needs review for high blood pressure medication";
        TokenMap map(kKey);
        const auto a = anonymizeText(text, map);
        QCOMPARE(qb(a.text), QByteArray("[PERSON_1]'s account [ACCOUNT_1] needs review for [CONDITION_1] medication"));
        const auto back = restoreText(a.text, map, rules().get());
        QCOMPARE(qb(back.text), qb(text));
        QCOMPARE(back.restored, std::size_t{3});
        QVERIFY(back.unknownTokens.empty());
        QVERIFY(back.unexpected.empty());
    }

    void tokensAreConsistent()
    {
        TokenMap map(kKey);
        const std::string text = "Mail ann.lee@example.com, then ANN.LEE@EXAMPLE.COM and bob.ray@example.com. "
                                 "Card 4556 7375 8689 9855 or 4556737586899855.";
        const auto a = anonymizeText(text, map);
        QCOMPARE(qb(a.text), QByteArray("Mail [EMAIL_1], then [EMAIL_1] and [EMAIL_2]. Card [CARD_1] or [CARD_1]."));
        // A second text in the same session continues the numbering and reuses known values.
        const auto b = anonymizeText("Write to bob.ray@example.com and cy.ho@example.com", map);
        QCOMPARE(qb(b.text), QByteArray("Write to [EMAIL_2] and [EMAIL_3]"));
        // Spelling variants of one value come back in the first spelling the session saw.
        QCOMPARE(qb(restoreText("[EMAIL_1]", map, nullptr).text), QByteArray("ann.lee@example.com"));
    }

    void restoreIsTolerant_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("exact") << QByteArray("Hi [PERSON_1].") << QByteArray("Hi John Smith.");
        QTest::newRow("bold") << QByteArray("**[EMAIL_1]**") << QByteArray("**jo@example.com**");
        QTest::newRow("backticks") << QByteArray("`[EMAIL_1]`") << QByteArray("`jo@example.com`");
        QTest::newRow("no brackets") << QByteArray("Dear PERSON_1,") << QByteArray("Dear John Smith,");
        QTest::newRow("capitalised bare") << QByteArray("Dear Person_1,") << QByteArray("Dear John Smith,");
        QTest::newRow("lower in brackets") << QByteArray("[person_1]") << QByteArray("John Smith");
        QTest::newRow("possessive") << QByteArray("[PERSON_1]'s file") << QByteArray("John Smith's file");
        QTest::newRow("space for underscore") << QByteArray("[PERSON 1]") << QByteArray("John Smith");
        QTest::newRow("markdown escapes") << QByteArray("\\[EMAIL\\_1\\]") << QByteArray("jo@example.com");
        QTest::newRow("bare escaped") << QByteArray("EMAIL\\_1") << QByteArray("jo@example.com");
        QTest::newRow("wrapped inside") << QByteArray("see [EMA\n  IL_1] now") << QByteArray("see jo@example.com now");
        QTest::newRow("wrapped at underscore") << QByteArray("[PERSON_\n1]") << QByteArray("John Smith");
        // Left alone: lower-case bare words are identifiers, and longer names are other words.
        QTest::newRow("identifier") << QByteArray("person_1 = load()") << QByteArray("person_1 = load()");
        QTest::newRow("embedded") << QByteArray("XPERSON_1 and PERSON_10") << QByteArray("XPERSON_1 and PERSON_10");
    }

    void restoreIsTolerant()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QByteArray, expected);
        TokenMap map(kKey);
        const std::string text = "John Smith wrote from jo@example.com";
        const auto a = anonymizeText(text, map);
        QCOMPARE(qb(a.text), QByteArray("[PERSON_1] wrote from [EMAIL_1]"));
        const auto r = restoreText(answer.toStdString(), map, nullptr);
        QCOMPARE(qb(r.text), expected);
    }

    void restoreReportsUnknownAndUnexpected()
    {
        TokenMap map(kKey);
        anonymizeText("Ask John Smith.", map);
        const auto r =
            restoreText("[PERSON_1] and [PERSON_2] and [EMAIL_4]; also mail eve.k@example.net", map, rules().get());
        QCOMPARE(qb(r.text), QByteArray("John Smith and [PERSON_2] and [EMAIL_4]; also mail eve.k@example.net"));
        QCOMPARE(r.unknownTokens, (std::vector<std::string>{"PERSON_2", "EMAIL_4"}));
        QVERIFY(r.scanned);
        QCOMPARE(r.unexpected.size(), std::size_t{1});
        QCOMPARE(r.unexpected.front().type, EntityType::Email);
    }

    void restoreEscapesForItsContext()
    {
        // A private key taken from prose, restored into a JSON string in a code block: \n escapes.
        const std::string key = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                                "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                                "QyNTUxOQAAACDx9ZlP1nJmQZ3W6r2n0XyBv3kH8eCz4yqL7bLxS0t1XAAAAJgAAAAA\n"
                                "-----END OPENSSH PRIVATE KEY-----";
        TokenMap map(kKey);
        const auto a = anonymizeText("My key:\n" + key + "\nthanks", map);
        QVERIFY2(a.text.find("[SECRET_1]") != std::string::npos, a.text.c_str());
        const std::string answer = "Put it in config.json:\n```json\n{\"key\": \"[SECRET_1]\", \"quote\": \"say "
                                   "\\\"[SECRET_1]\\\"\"}\n```\nand in prose: [SECRET_1]";
        const auto r = restoreText(answer, map, nullptr);
        const auto open = r.text.find("```json\n") + 8;
        const auto close = r.text.find("\n```", open);
        const std::string json = r.text.substr(open, close - open);
        QJsonParseError err;
        const auto doc = QJsonDocument::fromJson(qb(json), &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
        QCOMPARE(doc.object().value(u"key"_qs).toString().toStdString(), key);
        QCOMPARE(doc.object().value(u"quote"_qs).toString().toStdString(), "say \"" + key + "\"");
        QVERIFY(r.text.ends_with("and in prose: " + key));
    }

    void jsonStaysValid()
    {
        const std::string doc = "{\"name\": \"John Smith\", \"mail\": \"jo\\\"hn@example.com\", \"ssn\": 123456789,\n"
                                " \"account\": 12345678, \"list\": [\"ann.lee@example.com\", 4556737586899855], "
                                "\"esc\": \"a\\\\b\\nc\", \"u\": \"\\u00e9 John Smith\"}";
        std::vector<Finding> fs{
            finding(doc.find("123456789"), doc.find("123456789") + 9, EntityType::NationalId, Category::Pii),
            finding(doc.find("12345678,"), doc.find("12345678,") + 8, EntityType::BankAccount, Category::Pci),
            finding(doc.find("4556"), doc.find("4556") + 16, EntityType::CreditCard, Category::Pci),
            // a span that ends in the backslash of an escape and one that starts on an escaped char
            finding(doc.find("a\\\\b"), doc.find("a\\\\b") + 2, EntityType::OtherId, Category::Pii),
            finding(doc.find("\\nc") + 1, doc.find("\\nc") + 3, EntityType::OtherId, Category::Pii)};
        for (const auto& f : scan(doc)) {
            fs.push_back(f);
        }
        std::sort(fs.begin(), fs.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
        for (const Operator op :
             {Operator::Token, Operator::Mask, Operator::Redact, Operator::Hash, Operator::Surrogate}) {
            TokenMap map(kKey);
            auto a = anonymizer(op).anonymize(doc, fs, map);
            QVERIFY(a.ok());
            QJsonParseError err;
            QJsonDocument::fromJson(qb(a->text), &err);
            QVERIFY2(err.error == QJsonParseError::NoError, (std::string(operatorName(op)) + ": " + a->text).c_str());
            QVERIFY2(a->text.find("John Smith") == std::string::npos, a->text.c_str());
            QVERIFY(a->text.find("4556737586899855") == std::string::npos);
            if (op == Operator::Token || op == Operator::Surrogate) {
                QCOMPARE(qb(restoreText(a->text, map, nullptr).text), qb(doc));
            }
        }
    }

    void knownValuesAreReplacedEverywhere()
    {
        // Found once, replaced wherever it stands: also where the detector alone would miss it.
        TokenMap map(kKey);
        auto a = anonymizeText("Patient John Smith arrived; later john smith called and JOHN SMITH signed.", map);
        QCOMPARE(qb(a.text), QByteArray("Patient [PERSON_1] arrived; later [PERSON_1] called and [PERSON_1] signed."));
        // A later text of the session: the value is known even without its context words.
        a = anonymizeText("and john smith again", map);
        QCOMPARE(qb(a.text), QByteArray("and [PERSON_1] again"));
        // Other spacing of the same value: two spaces, a tab, a line break (a hard-wrapped e-mail).
        a = anonymizeText("John  Smith, John\tSmith and John\nSmith", map);
        QCOMPARE(qb(a.text), QByteArray("[PERSON_1], [PERSON_1] and [PERSON_1]"));
        // Whole words only, and never a short value inside other words.
        a = anonymizeText("Smithsonian johnsmith", map);
        QCOMPARE(qb(a.text), QByteArray("Smithsonian johnsmith"));
    }

    void escapesInJsonStringsAreNotPartOfValues()
    {
        // "\n" written in a JSON string is a line break: the value after it is found and replaced.
        TokenMap map(kKey);
        const std::string doc =
            "{\"a\":\"SSN:\\n123-45-6789\",\"b\":\"card\\t4556737586899855\",\"c\":\"x\\\\n192.168.10.20\"}";
        const auto a = anonymizeText(doc, map);
        QVERIFY2(a.text.find("123-45-6789") == std::string::npos
                     && a.text.find("4556737586899855") == std::string::npos,
                 a.text.c_str());
        QCOMPARE(qb(restoreText(a.text, map, nullptr).text), qb(doc));
    }

    void reviewFindings()
    {
        // Restoring the unchanged anonymized text reports nothing: the rest of a URL around a token
        // is not an unexpected value.
        TokenMap map(kKey);
        const std::string url = "see https://intranet.acme.com/u/ann.lee@example.com now";
        const auto a = anonymizeText(url, map);
        const auto r = restoreText(a.text, map, rules().get());
        QCOMPARE(qb(r.text), qb(url));
        QVERIFY2(r.unexpected.empty(), a.text.c_str());
        // A surrogate connection URL keeps its scheme, port and path; user, password and host are new.
        TokenMap sm(kKey);
        const std::string conn = "DB=postgres://john.smith:S3cr3tPassw0rd@db.acme.internal:5432/app";
        const auto s = anonymizeText(conn, sm, Operator::Surrogate);
        QVERIFY2(s.text.find("postgres://") != std::string::npos && s.text.find(":5432/app") != std::string::npos,
                 s.text.c_str());
        QVERIFY2(s.text.find("john") == std::string::npos && s.text.find("acme") == std::string::npos
                     && s.text.find("S3cr3t") == std::string::npos,
                 s.text.c_str());
        QCOMPARE(qb(restoreText(s.text, sm, nullptr).text), qb(conn));
        // A surrogate key=value connection string keeps its keys; the values are new.
        TokenMap km(kKey);
        const std::string kv = "Server=tcp:db.contoso.com,1433;Database=sales;User ID=admin;Password=Xk9#mQ2vLp7!;";
        const auto k = anonymizeText(kv, km, Operator::Surrogate);
        QVERIFY2(k.text.starts_with("Server=") && k.text.find(";Database=") != std::string::npos
                     && k.text.find(";User ID=") != std::string::npos && k.text.find(";Password=") != std::string::npos,
                 k.text.c_str());
        QVERIFY2(k.text.find("contoso") == std::string::npos && k.text.find("Xk9#mQ2vLp7!") == std::string::npos,
                 k.text.c_str());
        QCOMPARE(qb(restoreText(k.text, km, nullptr).text), qb(kv));
        // A surrogate address reads as one: other numbers and names, the street type and state kept.
        TokenMap am(kKey);
        const std::string addr = "Ship to 742 Evergreen Terrace, Springfield, OR 97403 today.";
        const auto sa = anonymizeText(addr, am, Operator::Surrogate);
        QVERIFY2(sa.text.find(" Terrace ") != std::string::npos && sa.text.find(" OR ") != std::string::npos
                     && sa.text.find("Evergreen") == std::string::npos && sa.text.find("742") == std::string::npos
                     && sa.text.find("97403") == std::string::npos,
                 sa.text.c_str());
        QCOMPARE(qb(restoreText(sa.text, am, nullptr).text), qb(addr));
        TokenMap dm(kKey);
        const auto sd = anonymizeText("Anschrift: Berliner Straße 12a, 10115 Berlin", dm, Operator::Surrogate);
        QVERIFY2(sd.text.find(" Straße ") != std::string::npos && sd.text.find("Berliner") == std::string::npos
                     && sd.text.find("10115") == std::string::npos,
                 sd.text.c_str());
        // YAML with a byte order mark, and a value after an anchor, stay strings.
        TokenMap ym(kKey);
        const auto y = anonymizeText("\xEF\xBB\xBFname: John Smith\nalias: &k Mary Johnson\n", ym);
        QVERIFY2(y.text.find("name: PERSON_1") != std::string::npos && y.text.find("&k PERSON_2") != std::string::npos,
                 y.text.c_str());
    }

    void markdownLinks()
    {
        TokenMap map(kKey);
        const std::string text = "Write [ann.lee@example.com](mailto:ann.lee@example.com) or Ann Lee(https://x.test/a)";
        const auto a = anonymizeText(text, map);
        // Never "[EMAIL_1](…": that reads as a link, whose brackets restore keeps.
        QVERIFY2(a.text.find("](mailto:") == std::string::npos || a.text.find("[[EMAIL_1]]") != std::string::npos,
                 a.text.c_str());
        QCOMPARE(qb(restoreText(a.text, map, nullptr).text), qb(text));
        // A link the AI wrote around tokens keeps its brackets.
        QCOMPARE(qb(restoreText("Mail [EMAIL_1](mailto:[EMAIL_1]).", map, nullptr).text),
                 QByteArray("Mail [ann.lee@example.com](mailto:ann.lee@example.com)."));
    }

    void restoreKnowsRawStringsAndDoubledQuotes()
    {
        TokenMap map(kKey);
        anonymizeText("Patient has Crohn's disease. Conn: Server=myhost\\SQLEXPRESS;Password=Xk9mP2vQw7zq!;", map);
        const std::string answer = "```sql\nSELECT 1 WHERE dx = '[CONDITION_1]';\n```\n```python\np = r\"[SECRET_1]\"\n"
                                   "q = '[CONDITION_1]'\n```\n";
        const auto r = restoreText(answer, map, nullptr);
        QVERIFY2(r.text.find("dx = 'Crohn''s disease'") != std::string::npos, r.text.c_str());
        QVERIFY2(r.text.find("p = r\"Server=myhost\\SQLEXPRESS;Password=Xk9mP2vQw7zq!\"") != std::string::npos,
                 r.text.c_str());
        QVERIFY2(r.text.find("q = 'Crohn\\'s disease'") != std::string::npos, r.text.c_str());
    }

    void overlapsFollowOneRule()
    {
        TokenMap map(kKey);
        // An e-mail inside a URL: the e-mail is replaced (a URL ranks lowest).
        auto a = anonymizeText("See https://ann.lee@example.com/x now", map);
        QVERIFY2(a.text.find("[EMAIL_1]") != std::string::npos, a.text.c_str());
        // A name inside an e-mail address: the address, whole.
        a = anonymizeText("Write to john.smith@example.com today", map);
        QCOMPARE(qb(a.text), QByteArray("Write to [EMAIL_2] today"));
        // A card number inside a longer run of digits is not a card.
        a = anonymizeText("ref 9945567375868998551234 ok", map);
        QVERIFY(a.text.find("[CARD_") == std::string::npos);
        // Partial overlaps merge into one stretch of the higher-ranked type; nothing of either survives.
        const std::string t = "xx AAAABBBBCCCC yy";
        std::vector<Finding> fs{finding(3, 11, EntityType::Person, Category::Pii),
                                finding(7, 15, EntityType::Secret, Category::Secret)};
        TokenMap m2(kKey);
        auto r = anonymizer().anonymize(t, fs, m2);
        QVERIFY(r.ok());
        QCOMPARE(qb(r->text), QByteArray("xx [SECRET_1] yy"));
        QCOMPARE(qb(restoreText(r->text, m2, nullptr).text), qb(t));
        // Findings outside the text are refused, not guessed at.
        QVERIFY(!anonymizer().anonymize(t, {finding(3, 99, EntityType::Person, Category::Pii)}, m2).ok());
    }

    void literalTokensSurvive()
    {
        // The user's text itself says "[EMAIL_1]": the real address gets another number, the literal stays.
        TokenMap map(kKey);
        const std::string text = "Template uses [EMAIL_1] and EMAIL_2; real one is ann.lee@example.com";
        auto a = anonymizeText(text, map);
        QCOMPARE(qb(a.text), QByteArray("Template uses [EMAIL_1] and EMAIL_2; real one is [EMAIL_3]"));
        auto r = restoreText(a.text, map, nullptr);
        QCOMPARE(qb(r.text), qb(text));
        QVERIFY(r.unknownTokens.empty()); // reserved literals are not "unknown"
        // Later, in the same session, a text quotes a token the session did issue: it is escaped.
        const std::string later = "You wrote [EMAIL_3] and Email_3 to bob.ray@example.com";
        a = anonymizeText(later, map);
        QCOMPARE(qb(a.text), QByteArray("You wrote [LITERAL_1] and [LITERAL_2] to [EMAIL_4]"));
        QCOMPARE(qb(restoreText(a.text, map, nullptr).text), qb(later));
    }

    void operators()
    {
        const std::string text =
            "Card 5555 5555 5555 4444, mail ann.lee@example.com, IBAN DE89 3704 0044 0532 0130 00, "
            "John Smith, phone (415) 555-2671.";
        {
            TokenMap map(kKey);
            const auto a = anonymizeText(text, map, Operator::Mask);
            QVERIFY2(a.text.find("**** **** **** 4444") != std::string::npos, a.text.c_str());
            QVERIFY2(a.text.find("a***@example.com") != std::string::npos, a.text.c_str());
            QCOMPARE(map.entries().size(), std::size_t{0}); // one-way: nothing kept
        }
        {
            TokenMap map(kKey);
            const auto a = anonymizeText(text, map, Operator::Redact);
            QVERIFY(a.text.find("[REDACTED]") != std::string::npos);
            QVERIFY(a.text.find("4444") == std::string::npos && a.text.find("Smith") == std::string::npos);
        }
        {
            // Hash: stable for one key (also across spellings), different under another key.
            TokenMap map(kKey);
            const auto a = anonymizeText("ann.lee@example.com ANN.LEE@example.com", map, Operator::Hash);
            const auto sp = a.text.find(' ');
            QCOMPARE(a.text.substr(0, sp), a.text.substr(sp + 1));
            QVERIFY(a.text.starts_with("[EMAIL#") && a.text.size() == 2 * 16 + 1);
            Anonymizer::Options o;
            o.defaultOperator = Operator::Hash;
            o.hashKey = "another-install";
            const auto other = Anonymizer(o).anonymize("ann.lee@example.com", scan("ann.lee@example.com"), map);
            QVERIFY(other->text != a.text.substr(0, sp));
        }
        {
            TokenMap map(kKey);
            const auto a = anonymizeText(text, map, Operator::Surrogate);
            const auto found = scan(a.text);
            bool card = false;
            bool iban = false;
            for (const auto& f : found) {
                const auto v = a.text.substr(f.start, f.length());
                if (f.type == EntityType::CreditCard) {
                    std::string d;
                    for (const char c : v) {
                        if (c >= '0' && c <= '9') {
                            d.push_back(c);
                        }
                    }
                    QVERIFY(Validators::luhn(d));
                    QVERIFY2(d.starts_with("5") && d != "5555555555554444", d.c_str()); // same brand, other number
                    QCOMPARE(v.size(), std::string_view("5555 5555 5555 4444").size());
                    card = true;
                }
                if (f.type == EntityType::Iban) {
                    std::string c;
                    for (const char ch : v) {
                        if (ch != ' ') {
                            c.push_back(ch);
                        }
                    }
                    QVERIFY(Validators::ibanValid(c));
                    QVERIFY(c.starts_with("DE") && c != "DE89370400440532013000");
                    iban = true;
                }
            }
            QVERIFY2(card && iban, a.text.c_str());
            QVERIFY2(a.text.find("@example.org") != std::string::npos, a.text.c_str());
            QVERIFY(a.text.find("John Smith") == std::string::npos);
            QVERIFY2(a.text.find("(415) 555-01") != std::string::npos, a.text.c_str());
            QCOMPARE(qb(restoreText(a.text, map, nullptr).text), qb(text));
        }
    }

    // A surrogate personnummer is one: a date that exists, the Luhn digit, the original's layout;
    // a samordningsnummer stays one (day + 60).
    void personnummerSurrogates_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<bool>("coordination");
        QTest::newRow("ten digits") << u"811218-9876"_qs << false;
        QTest::newRow("with century") << u"19811218-9876"_qs << false;
        QTest::newRow("samordningsnummer") << u"701063-2391"_qs << true;
    }
    void personnummerSurrogates()
    {
        QFETCH(QString, original);
        QFETCH(bool, coordination);
        const std::string value = original.toStdString();
        const std::string text = "Personnummer " + value + " tack";
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            TokenMap map(kKey);
            auto r = anonymizer(Operator::Surrogate, seed).anonymize(text, scan(text), map);
            QVERIFY(r.ok());
            const std::string out = r.value().text;
            QVERIFY2(out.starts_with("Personnummer ") && out.ends_with(" tack"), out.c_str());
            const std::string surrogate = out.substr(13, out.size() - 13 - 5);
            QCOMPARE(surrogate.size(), value.size());
            QVERIFY(surrogate != value);
            QCOMPARE(surrogate[surrogate.size() - 5], '-');
            Candidate cand{surrogate, 0, surrogate.size()};
            QVERIFY2(Validators::byName("se-personnummer")(cand), surrogate.c_str());
            const char dayTens = surrogate[surrogate.size() - 7];
            QCOMPARE(dayTens >= '6', coordination);
            if (value.size() == 13) {
                QCOMPARE(surrogate.substr(0, 2), value.substr(0, 2)); // the century stays
            }
        }
    }

    // A name after a gendered title keeps the gender in its surrogate: "Mrs Jane Smith" does not
    // become "Mrs Robert Miller".
    void surrogateNamesKeepTheTitlesGender()
    {
        const std::string text = "Dear Mrs Jane Smith, please call Herr Erik Larsson or Dr Alex Chen.";
        const auto findings = scan(text);
        QVERIFY(findings.size() >= 2);
        const auto firstAfter = [](const std::string& out, const std::string& title) {
            const std::size_t at = out.find(title + " ");
            if (at == std::string::npos) {
                return std::string();
            }
            const std::size_t b = at + title.size() + 1;
            std::string word = out.substr(b, out.find(' ', b) - b);
            std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
            return word;
        };
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            TokenMap map(kKey);
            auto r = anonymizer(Operator::Surrogate, seed).anonymize(text, findings, map);
            QVERIFY(r.ok());
            const std::string out = r.value().text;
            const std::string she = firstAfter(out, "Mrs");
            const std::string he = firstAfter(out, "Herr");
            QVERIFY2(she != "jane" && he != "erik", out.c_str());
            QVERIFY2(Dictionaries::contains(Dictionaries::surrogateFemaleNames(), she), out.c_str());
            QVERIFY2(Dictionaries::contains(Dictionaries::surrogateMaleNames(), he), out.c_str());
        }
    }

    void contextScanner()
    {
        const std::string t = "say \"hi\" then\n```\nx = \"abc\" + 'd'\n```\n`'q'` {\"k\": 1}";
        ContextScanner c(TextContext::isJsonDocument(t));
        QCOMPARE(c.at(t, t.find("hi")), LiteralContext::Plain); // prose quotes are not code
        QCOMPARE(c.at(t, t.find("abc")), LiteralContext::DoubleQuoted);
        QCOMPARE(c.at(t, t.find("d'")), LiteralContext::SingleQuoted);
        QCOMPARE(c.at(t, t.find("q'")), LiteralContext::SingleQuoted); // inline code
        QCOMPARE(c.at(t, t.find("k\"")), LiteralContext::Plain);
        QVERIFY(TextContext::isJsonDocument(" {\"a\":1}"));
        QVERIFY(TextContext::isJsonDocument("[1, 2]"));
        QVERIFY(!TextContext::isJsonDocument("[PERSON_1] called"));
        const std::string raw = "a\"b\\c\nd\x01";
        QCOMPARE(
            TextContext::decode(TextContext::encode(raw, LiteralContext::DoubleQuoted), LiteralContext::DoubleQuoted),
            raw);
        QCOMPARE(TextContext::encode(raw, LiteralContext::DoubleQuoted), std::string("a\\\"b\\\\c\\nd\\u0001"));
        QCOMPARE(TextContext::decode("\\ud83d\\ude00\\u00e9", LiteralContext::DoubleQuoted), std::string("😀é"));
        // Raw strings escape nothing; SQL and YAML blocks double the single quote.
        const std::string code = "```yaml\nk: 'it''s [X]'\n```\n```python\nr'a\\b [Y]' + rb\"[Z]\"\n```";
        ContextScanner c2(false);
        QCOMPARE(c2.at(code, code.find("[X]")), LiteralContext::SingleQuotedDoubled);
        QCOMPARE(c2.at(code, code.find("[Y]")), LiteralContext::Plain);
        QCOMPARE(c2.at(code, code.find("[Z]")), LiteralContext::Plain);
        QCOMPARE(TextContext::encode("it's", LiteralContext::SingleQuotedDoubled), std::string("it''s"));
        QCOMPARE(TextContext::decode("it''s", LiteralContext::SingleQuotedDoubled), std::string("it's"));
    }

    void roundTripProperty_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<bool>("reuseSession");
        QTest::newRow("token") << static_cast<int>(Operator::Token) << false;
        QTest::newRow("token, one session") << static_cast<int>(Operator::Token) << true;
        QTest::newRow("surrogate") << static_cast<int>(Operator::Surrogate) << false;
        QTest::newRow("surrogate, one session") << static_cast<int>(Operator::Surrogate) << true;
    }

    void roundTripProperty()
    {
        // restore(anonymize(x)) == x over generated texts: random UTF-8, sensitive values, token-like
        // literals, quotes, escapes, code fences, JSON; with detector findings and with random
        // (overlapping) synthetic ones. Each value appears in one spelling (variants: tokensAreConsistent).
        QFETCH(int, op);
        QFETCH(bool, reuseSession);
        std::mt19937_64 rng(0x5C12u + static_cast<unsigned>(op) * 7 + (reuseSession ? 1 : 0));
        const std::vector<std::string> pieces = {"John Smith",
                                                 "ann.lee@example.com",
                                                 "4556 7375 8689 9855",
                                                 "DE89 3704 0044 0532 0130 00",
                                                 "123-45-6789",
                                                 "(415) 555-2671",
                                                 "192.168.10.20",
                                                 "AKIAZ7CANARY4Q2WXYZ3",
                                                 "diabetes",
                                                 "metformin",
                                                 "[EMAIL_1]",
                                                 "EMAIL_2",
                                                 "[PERSON_1]",
                                                 "Person_3",
                                                 "[LITERAL_1]",
                                                 "[CARD 2]",
                                                 "\\[EMAIL\\_1\\]",
                                                 "\"",
                                                 "'",
                                                 "`",
                                                 "```\n",
                                                 "\\",
                                                 "\\\"",
                                                 "\\n",
                                                 "{",
                                                 "}",
                                                 "[",
                                                 "]",
                                                 ":",
                                                 ",",
                                                 "\n",
                                                 " ",
                                                 "  ",
                                                 "é",
                                                 "日本",
                                                 "😀",
                                                 "\xF0\x9F",
                                                 "\xC3",
                                                 "\t",
                                                 "Dr. ",
                                                 "'s",
                                                 "account ",
                                                 "patient ",
                                                 "key: ",
                                                 "- ",
                                                 "{\"a\": \"",
                                                 "\", \"b\": ",
                                                 "12345678"};
        const auto an = anonymizer(static_cast<Operator>(op), 7);
        TokenMap shared(kKey);
        // SCRIM_PROPERTY_ROUNDS raises the count for a long run (CI runs the default).
        const int rounds = qEnvironmentVariableIntValue("SCRIM_PROPERTY_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("SCRIM_PROPERTY_ROUNDS")
                               : 400;
        int checked = 0;
        for (int round = 0; round < rounds; ++round) {
            std::string x;
            const int n = std::uniform_int_distribution<int>(0, 40)(rng);
            for (int i = 0; i < n; ++i) {
                if (std::uniform_int_distribution<int>(0, 5)(rng) == 0) {
                    // random bytes, mostly printable ASCII
                    const int len = std::uniform_int_distribution<int>(1, 6)(rng);
                    for (int k = 0; k < len; ++k) {
                        x.push_back(static_cast<char>(std::uniform_int_distribution<int>(32, 126)(rng)));
                    }
                } else {
                    x += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
                }
                if (reuseSession) {
                    // Across many texts, random letters next to a value would make spelling variants of
                    // it ("Iann.lee@…" then "iann.lee@…"), which restore writes in the first spelling.
                    x.push_back(' ');
                }
            }
            if (round % 5 == 0) {
                x = "{\"t\": \"" + x + "\", \"n\": 5555555555554444}";
            }
            std::vector<Finding> fs = scan(x);
            if (round % 2 == 1 && !x.empty()) {
                // Random synthetic findings, overlapping each other and the detector's.
                for (int k = 0; k < 4; ++k) {
                    std::size_t a = std::uniform_int_distribution<std::size_t>(0, x.size() - 1)(rng);
                    std::size_t b = std::min(x.size(), a + std::uniform_int_distribution<std::size_t>(1, 12)(rng));
                    while (a > 0 && (static_cast<unsigned char>(x[a]) & 0xC0) == 0x80) {
                        --a;
                    }
                    while (b < x.size() && (static_cast<unsigned char>(x[b]) & 0xC0) == 0x80) {
                        ++b;
                    }
                    const auto cat = static_cast<Category>(std::uniform_int_distribution<int>(0, 5)(rng));
                    fs.push_back(finding(a, b, EntityType::Secret, cat)); // secrets: compared byte for byte
                }
                std::sort(fs.begin(), fs.end(), [](const Finding& l, const Finding& r) { return l.start < r.start; });
            }
            TokenMap fresh(kKey);
            TokenMap& map = reuseSession ? shared : fresh;
            auto a = an.anonymize(x, fs, map);
            if (!a.ok()) {
                qWarning("input: %s", x.c_str());
            }
            QVERIFY(a.ok());
            const auto r = restoreText(a->text, map, nullptr);
            // Across many texts of one session the generator's white-space pieces make spelling variants
            // of a value ("12345678 12345678" then "12345678   12345678"), which restore writes in the
            // first spelling (documented): there, equal up to white-space runs and ASCII case is the rule.
            const auto squeeze = [](std::string_view v) {
                std::string out;
                for (const char c : v) {
                    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
                    if (space) {
                        if (out.empty() || out.back() != ' ') {
                            out.push_back(' ');
                        }
                    } else {
                        out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
                    }
                }
                return out;
            };
            if (reuseSession && r.text != x && squeeze(r.text) == squeeze(x)) {
                ++checked;
                continue;
            }
            if (r.text != x) {
                qWarning("input:  %s\noutput: %s\nback:   %s", x.c_str(), a->text.c_str(), r.text.c_str());
                for (const auto& rep : a->replacements) {
                    qWarning("  [%zu,%zu) '%s' -> '%s' lit=%d",
                             rep.start,
                             rep.end,
                             x.substr(rep.start, rep.end - rep.start).c_str(),
                             rep.replacement.c_str(),
                             rep.literal);
                }
            }
            QCOMPARE(qb(r.text), qb(x));
            // And the values are gone from the anonymized text.
            for (const auto& rep : a->replacements) {
                const auto orig = x.substr(rep.start, rep.end - rep.start);
                // (Values with brackets are left out: "x [" can reappear as "x " before a token's "[".)
                if (!rep.literal && orig.size() >= 8 && orig.find_first_of("[]") == std::string_view::npos) {
                    QVERIFY2(a->text.find(orig) == std::string::npos || x.find(orig, rep.end) != std::string::npos
                                 || x.substr(0, rep.start).find(orig) != std::string::npos,
                             orig.data());
                }
            }
            ++checked;
        }
        QCOMPARE(checked, rounds);
    }

    void linearInSize()
    {
        // Anonymizing twice the text must cost about twice the work: counted as output size and
        // replacements (timing is for bench/), and a 4 MiB text with 100k values completes.
        std::string block = "Ann Lee <ann.lee@example.com> paid with 4556 7375 8689 9855; ";
        std::string big;
        while (big.size() < (4u << 20)) {
            big += block;
        }
        TokenMap map(kKey);
        const auto a = anonymizeText(big, map);
        QVERIFY(a.replacements.size() > 100000);
        // Many distinct values: each is searched for elsewhere in the text, in one linear pass.
        std::string many;
        for (int i = 0; i < 20000; ++i) {
            many += "user" + std::to_string(i) + ".x@example.com, ";
        }
        many = "Patient John Smith was seen. " + many + " Later john smith called.";
        TokenMap manyMap(kKey);
        const auto m = anonymizeText(many, manyMap);
        QCOMPARE(manyMap.entries().size(), std::size_t{20001});
        QVERIFY2(m.text.ends_with("Later [PERSON_1] called."), m.text.substr(m.text.size() - 60).c_str());
        // (The second spelling of the name comes back in the first one: see tokensAreConsistent.)
        std::string expected = many;
        expected.replace(expected.rfind("john smith"), 10, "John Smith");
        QCOMPARE(qb(restoreText(m.text, manyMap, nullptr).text), qb(expected));
        QCOMPARE(map.entries().size(), std::size_t{3}); // the same three values throughout
        QCOMPARE(qb(restoreText(a.text, map, nullptr).text), qb(big));
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "TestRedact.moc"
