// SPDX-License-Identifier: GPL-3.0-or-later
// Policy files: the strict JSON reader, the linter's diagnostics (with line and column), the
// built-in default policy, keyword hashing, and Ed25519 signatures (also checked with openssl).
#include "core/detect/RuleSet.h"
#include "core/policy/DictionaryIndex.h"
#include "core/policy/Json.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyRules.h"
#include "core/policy/Signing.h"
#include "core/policy/Trust.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The Debian packages the set-up installs (python3-yaml, python3-jsonschema) belong to the system
// Python; another python3 earlier on PATH may lack them.
QString pythonProgram()
{
    return QFile::exists(u"/usr/bin/python3"_qs) ? u"/usr/bin/python3"_qs : u"python3"_qs;
}

std::vector<PolicyDiagnostic> lint(std::string_view text)
{
    std::vector<PolicyDiagnostic> d;
    (void)Policy::parse(text, d);
    return d;
}

QString describe(const std::vector<PolicyDiagnostic>& ds)
{
    QStringList out;
    for (const auto& d : ds) {
        QString m = QString::fromStdString(d.message);
        for (const auto& a : d.args) {
            m = m.arg(QString::fromStdString(a));
        }
        out << u"%1:%2 %3"_qs.arg(d.pos.line).arg(d.pos.column).arg(m);
    }
    return out.join(u" | "_qs);
}

const std::string kHeader =
    "{\n  \"schema_version\": 1,\n  \"serial\": 4,\n  \"issued_at\": \"2026-11-27T10:00:00Z\",\n"
    "  \"org\": \"acme\"";

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void jsonIsStrict_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error"); // "line:column message" prefix
        QTest::newRow("duplicate key") << QByteArray("{\"a\": 1,\n \"a\": 2}") << u"2:2 duplicate key \"a\""_qs;
        QTest::newRow("trailing text") << QByteArray("{} x") << u"1:4 unexpected text"_qs;
        QTest::newRow("unterminated") << QByteArray("{\"a\": \"x") << u"1:9 unterminated string"_qs;
        QTest::newRow("control char") << QByteArray("[\"a\tb\"]") << u"1:4 control character"_qs;
        QTest::newRow("leading zero") << QByteArray("[01]") << u"1:4 a number must not start with 0"_qs;
        QTest::newRow("huge number") << QByteArray("[1e999]") << u"1:7 number out of range"_qs;
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << u"1:5 invalid escape"_qs;
        QTest::newRow("lone surrogate") << QByteArray("[\"\\udc00\"]") << u"1:9 unpaired surrogate"_qs;
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\n \"\xC3\x28\"}")
                                       << u"2:3 bytes that are not valid UTF-8"_qs;
        QTest::newRow("too deep") << QByteArray(40, '[') << u"1:34 nesting deeper than 32"_qs;
        QTest::newRow("column counts code points") << QByteArray("[\"é\", x]") << u"1:7 unexpected character"_qs;
    }

    void jsonIsStrict()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        Json::Value v;
        Json::ParseError e;
        QVERIFY(!Json::parse(text.toStdString(), v, e));
        const QString got = u"%1:%2 %3"_qs.arg(e.pos.line).arg(e.pos.column).arg(QString::fromStdString(e.message));
        QVERIFY2(got.startsWith(error), qPrintable(got));
    }

    void jsonReadsValues()
    {
        Json::Value v;
        Json::ParseError e;
        QVERIFY(
            Json::parse("{\"s\": \"a\\u00e9\\ud83d\\ude00\", \"n\": -12.5e1, \"i\": 7, \"b\": [true, null]}", v, e));
        QCOMPARE(v.member("s")->string, std::string("aé😀"));
        QCOMPARE(v.member("n")->number, -125.0);
        QVERIFY(!v.member("n")->integer && v.member("i")->integer);
        QCOMPARE(v.member("b")->items.size(), std::size_t{2});
        QVERIFY(v.member("missing") == nullptr);
    }

    void builtinDefaultIsCompleteAndMatchesTheDesign()
    {
        std::vector<PolicyDiagnostic> d;
        auto p = Policy::parse(Policy::builtinDefaultText(), d, Policy{});
        QVERIFY2(p.ok(), qPrintable(describe(d)));
        const Policy& def = Policy::builtinDefault();
        QCOMPARE(def.org, std::string("builtin"));
        // The table of ../shared/DESIGN.md: other apps / approved AI / unapproved AI.
        const auto act = [&](Category c, Destination dst) { return def.handle(c, dst).action; };
        QCOMPARE(act(Category::Secret, Destination::Other), PolicyAction::Warn);
        QCOMPARE(act(Category::Secret, Destination::ApprovedAi), PolicyAction::Anonymize);
        QCOMPARE(act(Category::Pci, Destination::UnapprovedAi), PolicyAction::Anonymize);
        QCOMPARE(act(Category::Phi, Destination::Other), PolicyAction::Allow);
        QCOMPARE(act(Category::Phi, Destination::ApprovedAi), PolicyAction::Warn);
        QCOMPARE(act(Category::Phi, Destination::UnapprovedAi), PolicyAction::Anonymize);
        QCOMPARE(act(Category::Pii, Destination::UnapprovedAi), PolicyAction::Warn);
        QCOMPARE(act(Category::Injection, Destination::ApprovedAi), PolicyAction::Warn);
        QVERIFY(def.aiApps.size() >= 5);
        QCOMPARE(def.retentionDays, 365);
        QCOMPARE(def.vaultTtlHours, 24);
        // show writes every field; what it writes reads back to the same policy.
        std::vector<PolicyDiagnostic> d2;
        auto again = Policy::parse(def.toJson(), d2, Policy{});
        QVERIFY2(again.ok(), qPrintable(describe(d2)));
        QCOMPARE(again->toJson(), def.toJson());
    }

    void lintNamesEveryProblemWithItsPlace()
    {
        const std::string text =
            kHeader
            + ",\n"
              "  \"categories\": {\"SECRETS\": {}, \"PII\": {\"other\": {\"action\": \"shout\"}}},\n"
              "  \"custom_rules\": [{\"id\": \"codes\", \"pattern\": \"(?<=PRJ)-[0-9]+\"}],\n"
              "  \"dictionaries\": [{\"name\": \"customers\", \"salt\": "
              "\"00112233445566778899aabbccddeeff\", \"terms\": [\"ACME Corp\"]}],\n"
              "  \"retention_days\": 0,\n"
              "  \"colour\": \"blue\"\n}\n";
        const auto d = lint(text);
        const QString all = describe(d);
        QCOMPARE(d.size(), std::size_t{6});
        QVERIFY2(all.contains(u"10:3 unknown field \"colour\""_qs), qPrintable(all));
        QVERIFY2(all.contains(u"6:18 unknown category \"SECRETS\""_qs), qPrintable(all));
        QVERIFY2(all.contains(u"6:61 unknown action \"shout\""_qs), qPrintable(all));
        QVERIFY2(all.contains(u"7:47 the pattern of custom rule \"codes\" does not compile"_qs), qPrintable(all));
        QVERIFY2(all.contains(u"dictionary \"customers\" is not a hash"_qs), qPrintable(all));
        QVERIFY2(all.contains(u"9:21 retention_days must be a whole number from 1 to 3650"_qs), qPrintable(all));
        for (const auto& x : d) {
            QVERIFY(!x.fix.empty()); // every error says how to fix it
        }
        // A clean file that states only what it changes.
        const auto clean = lint(kHeader + ",\n  \"retention_days\": 30\n}\n");
        QVERIFY2(clean.empty(), qPrintable(describe(clean)));
        // Required fields and the schema version.
        QVERIFY(describe(lint("{\"schema_version\": 2, \"serial\": 1}")).contains(u"schema version 2 is not known"_qs));
        QVERIFY(describe(lint("{\"schema_version\": 1}")).contains(u"\"serial\" is missing"_qs));
        QVERIFY(describe(lint("{\"a\": 1, \"a\": 2}")).contains(u"duplicate key"_qs));
        QVERIFY(describe(lint(kHeader + ", \"clipboard\": {\"max_scan_kib\": 1}}"))
                    .contains(u"max_scan_kib must be a whole number from 16 to 65536"_qs));
        QVERIFY(describe(lint(kHeader + ", \"clipboard\": {\"clear_after\": 1}}")).contains(u"unknown field"_qs));
        QVERIFY(describe(lint(kHeader + ", \"expires_at\": \"2026-01-01T00:00:00Z\"}"))
                    .contains(u"not after issued_at"_qs));
        QVERIFY(describe(lint(kHeader + ", \"ai_apps\": [{\"name\": \"X\", \"url_hosts\": [\"https://x.ai/\"]}]}"))
                    .contains(u"is not a host name"_qs));
        // A pattern that compiles but is too big for the RE2 budget is named like a bad one.
        QVERIFY(
            describe(lint(kHeader + ", \"custom_rules\": [{\"id\": \"big\", \"pattern\": \"((a{100}){100}){100}\"}]}"))
                .contains(u"custom rule \"big\" does not compile"_qs));
    }

    void customRulesAndAllowlist()
    {
        const std::string text = kHeader
                                 + ",\n"
                                   "  \"custom_rules\": [{\"id\": \"codes\", \"pattern\": \"\\\\bPRJ-[0-9]{4}\\\\b\", "
                                   "\"type\": \"ORG_CONFIDENTIAL\", "
                                   "\"category\": \"CONFIDENTIAL\"},\n"
                                   "    {\"id\": \"ticket\", \"pattern\": \"\\\\bTCK[0-9]{6}\\\\b\", "
                                   "\"context_words\": [\"ticket\"], \"min_score\": 0.9}],\n"
                                   "  \"allowlist\": {\"values\": [\"Support@Acme.example\"], \"patterns\": "
                                   "[\"[a-z]+@acme-public\\\\.example\"]}\n}\n";
        std::vector<PolicyDiagnostic> d;
        auto p = Policy::parse(text, d);
        QVERIFY2(p.ok(), qPrintable(describe(d)));
        auto rules = PolicyRules::ruleSet(p.value());
        QVERIFY(rules.ok());
        const std::string sample =
            "About PRJ-1234 and TCK123456.\n" + std::string(300, '.') + "\nTicket TCK654321 is open.";
        std::vector<std::string> found;
        const auto scanned = rules.value()->scan(sample);
        QVERIFY(scanned.ok());
        for (const auto& f : scanned.value()) {
            found.push_back(f.ruleId + "=" + sample.substr(f.start, f.length()));
        }
        // The 0.9 rule needs its context word; the default one fires anywhere.
        QCOMPARE(found, (std::vector<std::string>{"policy:codes=PRJ-1234", "policy:ticket=TCK654321"}));
        const PolicyRules::Allowlist allow(p.value());
        QVERIFY(allow.allows("support@acme.example"));
        QVERIFY(allow.allows("help@acme-public.example"));
        QVERIFY(!allow.allows("x.help@acme-public.example.com"));
        QVERIFY(!allow.allows("jane@gmail.com"));
    }

    // test_values: flag (the default) keeps documented test values, handled as their category
    // says; ignore treats them as allowed values.
    void testValuesAreThePolicysChoice()
    {
        QCOMPARE(Policy::builtinDefault().testValues, std::string("flag"));
        QVERIFY(describe(lint(kHeader + ", \"test_values\": \"skip\"}")).contains(u"unknown test_values \"skip\""_qs));
        std::vector<PolicyDiagnostic> d;
        auto ignoring = Policy::parse(kHeader + ", \"test_values\": \"ignore\"}", d);
        QVERIFY2(ignoring.ok(), qPrintable(describe(d)));
        QCOMPARE(ignoring->testValues, std::string("ignore"));
        QVERIFY(QString::fromStdString(ignoring->toJson()).contains(u"\"test_values\": \"ignore\""_qs));
        const std::string text = "Test card 4111 1111 1111 1111, mail jane@example.com.\n"
                                 "Customer card 4532 0151 1283 0366.";
        const auto kept = [&](const Policy& policy) {
            auto found = RuleSet::builtin().value()->scan(text);
            std::vector<std::string> out;
            for (const auto& f : PolicyRules::withPolicy(text, std::move(found.value()), policy)) {
                out.push_back(f.ruleId + "=" + text.substr(f.start, f.length()));
            }
            return out;
        };
        const auto flagged = kept(Policy::builtinDefault());
        QVERIFY(std::find(flagged.begin(), flagged.end(), "credit-card=4111 1111 1111 1111") != flagged.end());
        QVERIFY(std::find(flagged.begin(), flagged.end(), "email=jane@example.com") != flagged.end());
        QCOMPARE(kept(ignoring.value()), (std::vector<std::string>{"credit-card=4532 0151 1283 0366"}));
    }

    void dictionaryIndexFindsEveryTermAndNothingElse()
    {
        // Enough terms to fill many buckets and the Bloom filter; every term is found, none of
        // 20,000 other strings is (the filter's false positives are settled by the digests).
        const std::string salt = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
        PolicyDictionary d;
        d.name = "big";
        d.saltHex = salt;
        for (int i = 0; i < 20000; ++i) {
            d.hashes.push_back(PolicyTerms::hash(salt, "term " + std::to_string(i)));
        }
        d.hashes.push_back("not hex at all"); // a hand-built policy may hold garbage: skipped
        const auto index = DictionaryIndex::build(d);
        QVERIFY(index != nullptr);
        QCOMPARE(index->size(), std::size_t{20000});
        DictionaryIndex::Hasher hasher(*index);
        for (int i = 0; i < 20000; ++i) {
            QVERIFY(index->contains(hasher.digest("term " + std::to_string(i))));
            QVERIFY(!index->contains(hasher.digest("other " + std::to_string(i))));
        }
        d.saltHex = "zz";
        QVERIFY(DictionaryIndex::build(d) == nullptr);
    }

    void dictionariesMatchHashedTerms()
    {
        // The policy holds only salted hashes; the text's word runs are hashed the same way.
        const std::string salt = "00112233445566778899aabbccddeeff";
        Policy p = Policy::builtinDefault();
        PolicyDictionary d;
        d.name = "codenames";
        d.saltHex = salt;
        d.maxWords = 3;
        d.hashes = {PolicyTerms::hash(salt, "Project Falcon"),
                    PolicyTerms::hash(salt, "Globex"),
                    PolicyTerms::hash(salt, "Globex Corporation")};
        p.dictionaries.push_back(d);
        p.allowValues = {"support@acme.example"};
        const std::string text = "Status of PROJECT  falcon for Globex Corporation and globex; falconry is fine. "
                                 "Mail support@acme.example.";
        std::vector<std::string> found;
        for (const auto& f : PolicyRules::dictionaryFindings(text, p)) {
            found.push_back(f.ruleId + "=" + text.substr(f.start, f.length()));
        }
        // Other spacing and case match; the longest term wins; a word that merely starts alike does not.
        QCOMPARE(found,
                 (std::vector<std::string>{"dictionary:codenames=PROJECT  falcon",
                                           "dictionary:codenames=Globex Corporation",
                                           "dictionary:codenames=globex"}));
        // withPolicy adds them to the scan's findings and removes what the allowlist allows.
        auto scanned = RuleSet::builtin().value()->scan(text);
        QVERIFY(scanned.ok());
        const auto all = PolicyRules::withPolicy(text, scanned.value(), p);
        QCOMPARE(all.size(), std::size_t{3});
        for (const auto& f : all) {
            QVERIFY(f.ruleId.starts_with("dictionary:"));
        }
    }

    void termsAreHashedAfterNormalising()
    {
        QCOMPARE(PolicyTerms::normalise("  ACME   Corp. "), std::string("acme corp"));
        QCOMPARE(PolicyTerms::normalise("Project-Falcon"), std::string("project falcon"));
        const std::string salt = "00112233445566778899aabbccddeeff";
        QCOMPARE(PolicyTerms::hash(salt, "ACME Corp"), PolicyTerms::hash(salt, "acme  corp"));
        QVERIFY(PolicyTerms::hash(salt, "ACME Corp")
                != PolicyTerms::hash("ffeeddccbbaa99887766554433221100", "ACME Corp"));
        QCOMPARE(PolicyTerms::hash(salt, "x").size(), std::size_t{64});
    }

    void signaturesCoverTheExactBytes()
    {
        auto keys = Signing::generate();
        QVERIFY(keys.ok());
        QVERIFY(keys->privatePem.starts_with("-----BEGIN PRIVATE KEY-----"));
        const std::string doc = std::string(Policy::builtinDefaultText());
        auto sig = Signing::sign(doc, keys->privatePem);
        QVERIFY(sig.ok());
        QCOMPARE(sig->size(), std::size_t{88}); // base64 of 64 bytes
        QCOMPARE(Signing::verify(doc, sig.value(), keys->publicPem).value(), true);
        QCOMPARE(Signing::verify(doc + " ", sig.value(), keys->publicPem).value(), false); // one byte more
        auto other = Signing::generate();
        QCOMPARE(Signing::verify(doc, sig.value(), other->publicPem).value(), false); // another admin's key
        QVERIFY(!Signing::verify(doc, "AAAA", keys->publicPem).ok());                 // not a signature
        QVERIFY(!Signing::verify(doc, sig.value(), "-----BEGIN PUBLIC KEY-----\nxx\n").ok());
        QCOMPARE(Signing::fingerprint(keys->publicPem)->size(), std::size_t{16});

        // The stock tool agrees: openssl pkeyutl -verify -rawin over the same bytes.
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const std::string& data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data.data(), static_cast<qint64>(data.size()));
        };
        write(u"policy.json"_qs, doc);
        write(u"pub.pem"_qs, keys->publicPem);
        write(u"sig.bin"_qs, QByteArray::fromBase64(QByteArray::fromStdString(sig.value())).toStdString());
        QProcess openssl;
        openssl.start(u"openssl"_qs,
                      {u"pkeyutl"_qs,
                       u"-verify"_qs,
                       u"-pubin"_qs,
                       u"-inkey"_qs,
                       dir.filePath(u"pub.pem"_qs),
                       u"-rawin"_qs,
                       u"-in"_qs,
                       dir.filePath(u"policy.json"_qs),
                       u"-sigfile"_qs,
                       dir.filePath(u"sig.bin"_qs)});
        QVERIFY2(openssl.waitForFinished(30000), "openssl is needed (Debian package openssl)");
        QCOMPARE(openssl.exitCode(), 0);
        QVERIFY(openssl.readAllStandardOutput().contains("Signature Verified Successfully"));
    }

    void schemaAcceptsWhatScrimWrites()
    {
        // resources/policy.schema.json, checked with Python's jsonschema (Draft 2020-12): the built-in
        // policy and `policy show`'s output are valid, a policy with a misspelt field is not.
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const std::string& data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data.data(), static_cast<qint64>(data.size()));
        };
        write(u"default.json"_qs, std::string(Policy::builtinDefaultText()));
        write(u"shown.json"_qs, Policy::builtinDefault().toJson());
        write(u"bad.json"_qs, kHeader + ", \"retention\": 30}");
        const QString schema = qEnvironmentVariable("SCRIM_SOURCE_DIR") + u"/resources/policy.schema.json"_qs;
        const auto valid = [&](const QString& file) {
            QProcess py;
            py.start(pythonProgram(),
                     {u"-c"_qs,
                      u"import json,sys,jsonschema; jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))."
                      "validate(json.load(open(sys.argv[2])))"_qs,
                      schema,
                      dir.filePath(file)});
            py.waitForFinished(60000);
            return py.exitCode() == 0;
        };
        QVERIFY2(QFile::exists(schema), qPrintable(schema));
        QVERIFY(valid(u"default.json"_qs));
        QVERIFY(valid(u"shown.json"_qs));
        QVERIFY(!valid(u"bad.json"_qs));
    }

    // The example managed configuration (the one the test package installs) is one Scrim accepts.
    void exampleManagedConfigLoads()
    {
        QFile f(qEnvironmentVariable("SCRIM_SOURCE_DIR") + u"/tests/data/managed-example.json"_qs);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto c = ManagedConfig::load(f.readAll().toStdString());
        QVERIFY(c.ok());
        QCOMPARE(c->org, std::string("acme"));
        QCOMPARE(c->adminKeysPem.size(), std::size_t{1});
        QVERIFY(!c->usersMayChangeSettings);
        QVERIFY(c->policyUrl.starts_with("https://"));
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "TestPolicy.moc"
