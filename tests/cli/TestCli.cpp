// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real scrim-cli binary: exit codes, formats, bad input, streaming, and that values stay out
// of every output and file unless asked for.
#include "core/audit/AuditLog.h"
#include "core/store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Values that must never appear anywhere unless --show-values is given.
const QByteArray canaryCard = "4556 7375 8689 9855";
const QByteArray canaryEmail = "canary.7f3a9@scrim-test.example";
const QByteArray canaryKey = "AKIAZ7CANARY4Q2WXYZ3";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cli;

    Run run(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SCRIM_DATA_DIR"_qs, m_dir.filePath(u"data"_qs));
        p.setProcessEnvironment(env);
        p.start(m_cli, args);
        if (!p.waitForStarted(10000)) {
            qFatal("cannot start scrim-cli");
        }
        if (!input.isEmpty()) {
            p.write(input);
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(300000)) {
            p.kill();
            qFatal("scrim-cli did not finish");
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
            qFatal("cannot write test file");
        }
        return path;
    }

    QByteArray canaryText() const
    {
        return "Customer notes\nPay with " + canaryCard + " please.\nReply to " + canaryEmail + "\naws key " + canaryKey
               + "\n";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = qEnvironmentVariable("SCRIM_BIN_DIR") + u"/scrim-cli"_qs;
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    }

    void exitCodes()
    {
        const QString clean = write(u"clean.txt"_qs, "Nothing to see here.\nJust prose, 42 and 3.14.\n");
        const QString dirty = write(u"dirty.txt"_qs, canaryText());
        QCOMPARE(run({u"scan"_qs, clean}).code, 0);
        QCOMPARE(run({u"scan"_qs, dirty}).code, 1);
        QCOMPARE(run({u"scan"_qs, u"-"_qs}, canaryText()).code, 1);
        QCOMPARE(run({u"scan"_qs}, "nothing\n").code, 0);

        const Run missing = run({u"scan"_qs, m_dir.filePath(u"nope.txt"_qs)});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains("no such file"), missing.err.constData());

        const Run dir = run({u"scan"_qs, m_dir.path()});
        QCOMPARE(dir.code, 2);
        QVERIFY2(dir.err.contains("is a folder"), dir.err.constData());

        static constexpr char elf[] = "\x7f"
                                      "ELF\x02\x01\x01\0\0\0 plus 4111111111111111";
        const QByteArray binary(elf, sizeof(elf) - 1);
        const Run bin = run({u"scan"_qs, write(u"prog.bin"_qs, binary)});
        QCOMPARE(bin.code, 2);
        QVERIFY2(bin.err.contains("looks binary"), bin.err.constData());
        QVERIFY(bin.out.isEmpty());

        QCOMPARE(run({u"scan"_qs, u"--format"_qs, u"xml"_qs, clean}).code, 2);
        QCOMPARE(run({u"scan"_qs, clean, dirty}).code, 2);
        QCOMPARE(run({u"frobnicate"_qs}).code, 2);
        QCOMPARE(run({}).code, 2);
        const Run help = run({u"scan"_qs, u"--help"_qs});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--records"));
    }

    void textReport()
    {
        const Run r = run({u"scan"_qs, write(u"t.txt"_qs, canaryText())});
        QCOMPARE(r.code, 1);
        // file:line:column, category, type, masked value, reason, rule id.
        QVERIFY2(r.out.contains("t.txt:2:10: PCI CREDIT_CARD **** **** **** 9855"), r.out.constData());
        QVERIFY(r.out.contains("[credit-card,"));
        QVERIFY(r.out.contains("t.txt:3:10: PII EMAIL c***@***.example"));
        QVERIFY2(r.out.contains("3 findings (1 PCI, 1 PII, 1 SECRET)"), r.out.constData());
    }

    void jsonReport()
    {
        const QByteArray text = "caf\xc3\xa9 jane@example.com\n4111111111111111\n";
        const Run r = run({u"scan"_qs, u"--format"_qs, u"json"_qs, u"-"_qs}, text);
        QCOMPARE(r.code, 1);
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(u"input"_qs).toString(), u"<stdin>"_qs);
        QCOMPARE(root.value(u"bytes"_qs).toInt(), text.size());
        const QJsonArray findings = root.value(u"findings"_qs).toArray();
        QCOMPARE(findings.size(), 2);
        const QJsonObject email = findings.at(0).toObject();
        QCOMPARE(email.value(u"type"_qs).toString(), u"EMAIL"_qs);
        QCOMPARE(email.value(u"category"_qs).toString(), u"PII"_qs);
        QCOMPARE(email.value(u"rule"_qs).toString(), u"email"_qs);
        QCOMPARE(email.value(u"start"_qs).toInt(), 6);
        QCOMPARE(email.value(u"codepoint_start"_qs).toInt(), 5);
        QCOMPARE(email.value(u"codepoint_end"_qs).toInt(), 21);
        QCOMPARE(email.value(u"line"_qs).toInt(), 1);
        QCOMPARE(email.value(u"column"_qs).toInt(), 6);
        QVERIFY(!email.contains(u"value"_qs));
        QCOMPARE(root.value(u"summary"_qs).toObject().value(u"total"_qs).toInt(), 2);
        QCOMPARE(root.value(u"invalid_utf8"_qs).toObject().value(u"count"_qs).toInt(), 0);
    }

    void sarifReport()
    {
        const Run r = run({u"scan"_qs, u"--format"_qs, u"sarif"_qs, write(u"s t.txt"_qs, canaryText())});
        QCOMPARE(r.code, 1);
        QJsonParseError e{};
        const QJsonObject root = QJsonDocument::fromJson(r.out, &e).object();
        QVERIFY(e.error == QJsonParseError::NoError);
        // The SARIF 2.1.0 structure: required properties and their types and enums.
        QCOMPARE(root.value(u"version"_qs).toString(), u"2.1.0"_qs);
        QVERIFY(root.value(u"$schema"_qs).toString().contains(u"sarif-2.1.0"_qs));
        const QJsonArray runs = root.value(u"runs"_qs).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run0 = runs.at(0).toObject();
        const QJsonObject driver = run0.value(u"tool"_qs).toObject().value(u"driver"_qs).toObject();
        QVERIFY(!driver.value(u"name"_qs).toString().isEmpty());
        QVERIFY(QSet<QString>({u"utf16CodeUnits"_qs, u"unicodeCodePoints"_qs})
                    .contains(run0.value(u"columnKind"_qs).toString()));
        const QJsonArray rules = driver.value(u"rules"_qs).toArray();
        QSet<QString> ruleIds;
        for (const auto& rv : rules) {
            const QJsonObject rule = rv.toObject();
            QVERIFY(!rule.value(u"id"_qs).toString().isEmpty());
            QVERIFY(!ruleIds.contains(rule.value(u"id"_qs).toString()));
            ruleIds.insert(rule.value(u"id"_qs).toString());
            QVERIFY(!rule.value(u"shortDescription"_qs).toObject().value(u"text"_qs).toString().isEmpty());
        }
        const QJsonArray results = run0.value(u"results"_qs).toArray();
        QCOMPARE(results.size(), 3);
        const QSet<QString> levels{u"none"_qs, u"note"_qs, u"warning"_qs, u"error"_qs};
        for (const auto& resv : results) {
            const QJsonObject res = resv.toObject();
            const QString id = res.value(u"ruleId"_qs).toString();
            QVERIFY(ruleIds.contains(id));
            QCOMPARE(rules.at(res.value(u"ruleIndex"_qs).toInt()).toObject().value(u"id"_qs).toString(), id);
            QVERIFY(levels.contains(res.value(u"level"_qs).toString()));
            QVERIFY(!res.value(u"message"_qs).toObject().value(u"text"_qs).toString().isEmpty());
            const QJsonObject loc = res.value(u"locations"_qs).toArray().at(0).toObject();
            const QJsonObject phys = loc.value(u"physicalLocation"_qs).toObject();
            QCOMPARE(
                phys.value(u"artifactLocation"_qs).toObject().value(u"uri"_qs).toString().endsWith(u"s%20t.txt"_qs),
                true);
            const QJsonObject region = phys.value(u"region"_qs).toObject();
            QVERIFY(region.value(u"startLine"_qs).toInt() >= 1);
            QVERIFY(region.value(u"startColumn"_qs).toInt() >= 1);
            QVERIFY(region.value(u"endLine"_qs).toInt() >= region.value(u"startLine"_qs).toInt());
            QVERIFY(region.value(u"endColumn"_qs).toInt() > region.value(u"startColumn"_qs).toInt());
        }
        QVERIFY(results.at(0).toObject().value(u"level"_qs).toString() == u"error"_qs); // PCI
    }

    void invalidUtf8()
    {
        QByteArray text = "ok line\nbad \xff\xfe here, still scanned: jane@example.com\n";
        const Run r = run({u"scan"_qs, write(u"latin.txt"_qs, text)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("has 2 byte") // "bytes" or "byte(s)", by locale
                     && r.err.contains("that are not valid UTF-8, the first at line 2, column 5 (byte offset 12)"),
                 r.err.constData());
        QVERIFY(r.out.contains("EMAIL"));
        const Run j = run({u"scan"_qs, u"--format"_qs, u"json"_qs, write(u"latin.txt"_qs, text)});
        const QJsonObject inv = QJsonDocument::fromJson(j.out).object().value(u"invalid_utf8"_qs).toObject();
        QCOMPARE(inv.value(u"count"_qs).toInt(), 2);
        QCOMPARE(inv.value(u"first"_qs).toArray().at(0).toObject().value(u"offset"_qs).toInt(), 12);
    }

    void hugeFileStreamed()
    {
        // 200 MB of lines with a value every ~4 MB, several right across 1 MiB chunk boundaries:
        // every value found exactly once, at the right line.
        const QString path = m_dir.filePath(u"huge.txt"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray filler = QByteArray(99, 'x') + '\n';
        const QByteArray value = "4111 1111 1111 1111";
        qint64 written = 0;
        int planted = 0;
        QList<qint64> lines;
        qint64 line = 1;
        const qint64 total = 200ll << 20;
        qint64 nextPlant = (1 << 20) - 7; // straddles the first chunk boundary
        while (written < total) {
            if (written >= nextPlant) {
                const QByteArray l = "pay " + value + " now\n";
                f.write(l);
                written += l.size();
                lines << line;
                ++planted;
                nextPlant += (4ll << 20) + 13;
            } else {
                f.write(filler);
                written += filler.size();
            }
            ++line;
        }
        f.close();
        const Run r = run({u"scan"_qs, u"--format"_qs, u"json"_qs, path});
        QCOMPARE(r.code, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(u"bytes"_qs).toInteger(), written);
        const QJsonArray findings = root.value(u"findings"_qs).toArray();
        QCOMPARE(findings.size(), planted);
        for (int i = 0; i < findings.size(); ++i) {
            QCOMPARE(findings.at(i).toObject().value(u"line"_qs).toInteger(), lines.at(i));
        }
        QFile::remove(path);
    }

    void smallChunksOption()
    {
        QByteArray text;
        // About 200 KB, so 4 KiB steps (with their 65 KiB look-ahead) take many rounds.
        for (int i = 0; i < 5000; ++i) {
            text += "row " + QByteArray::number(i) + " mail user" + QByteArray::number(i) + "@example.com ok\n";
        }
        const QString path = write(u"rows.txt"_qs, text);
        const Run big = run({u"scan"_qs, u"--format"_qs, u"json"_qs, path});
        const Run small = run({u"scan"_qs, u"--format"_qs, u"json"_qs, u"--chunk-size"_qs, u"4096"_qs, path});
        QCOMPARE(small.code, 1);
        QCOMPARE(QJsonDocument::fromJson(small.out).object().value(u"findings"_qs).toArray().size(), 5000);
        QCOMPARE(small.out, big.out);
        QCOMPARE(run({u"scan"_qs, u"--chunk-size"_qs, u"13"_qs, path}).code, 2);
        QCOMPARE(run({u"scan"_qs, u"--output"_qs, m_dir.filePath(u"x.json"_qs), path}).code, 2);
    }

    // Dates are listed next to other personal data, or all with --all-dates, and never counted
    // (core/detect/Dates.h).
    void datesListedNotCounted()
    {
        const QByteArray log = "2024-02-24T10:11:12Z INFO started\nbuild of 03/14/2024\n";
        const Run alone = run({u"scan"_qs, u"-"_qs}, log);
        QCOMPARE(alone.code, 0);
        QVERIFY2(!alone.out.contains("DATE") && !alone.out.contains("dates listed"), alone.out.constData());
        const Run all = run({u"scan"_qs, u"--all-dates"_qs, u"-"_qs}, log);
        QCOMPARE(all.code, 0);
        QVERIFY2(all.out.contains("<stdin>:1:1: PII DATE 2************  Calendar date [date, 0.30]"),
                 all.out.constData());
        QVERIFY2(all.out.contains("no findings") && all.out.contains("2 dates listed"), all.out.constData());

        const Run note =
            run({u"scan"_qs, u"--format"_qs, u"json"_qs, u"-"_qs}, "Patient John Smith was admitted on 03/14/2024.\n");
        QCOMPARE(note.code, 1);
        const QJsonObject doc = QJsonDocument::fromJson(note.out).object();
        const QJsonArray findings = doc.value(u"findings"_qs).toArray();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(1).toObject().value(u"type"_qs).toString(), u"DATE"_qs);
        QCOMPARE(findings.at(1).toObject().value(u"codepoint_start"_qs).toInt(), 35);
        const QJsonObject summary = doc.value(u"summary"_qs).toObject();
        QCOMPARE(summary.value(u"total"_qs).toInt(), 1);
        QCOMPARE(summary.value(u"dates"_qs).toInt(), 1);

        // A policy's own rule that reports DATE counts like any finding (only the date finder's do not).
        const QString fiscal =
            write(u"fiscal-policy.json"_qs,
                  "{\"schema_version\": 1, \"serial\": 1, \"issued_at\": \"2026-11-27T10:00:00Z\", "
                  "\"org\": \"acme\", \"custom_rules\": [{\"id\": \"close\", \"pattern\": "
                  "\"\\\\bQ[1-4]-CLOSE\\\\b\", \"type\": \"DATE\", \"category\": \"CONFIDENTIAL\"}]}\n");
        const Run custom = run({u"scan"_qs, u"--policy"_qs, fiscal, u"-"_qs}, "Numbers due at Q3-CLOSE.\n");
        QCOMPARE(custom.code, 1);
        QVERIFY2(custom.out.contains("1 finding (1 CONFIDENTIAL)"), custom.out.constData());

        // Benchmark records: the same choice, offsets in code points.
        const QString gold = write(u"dates.jsonl"_qs, "{\"id\": \"d\", \"text\": \"Caf\\u00e9 on 5-20-2021\"}\n");
        const QString pred = m_dir.filePath(u"dates-pred.jsonl"_qs);
        const auto entities = [&] {
            QFile f(pred);
            return f.open(QIODevice::ReadOnly)
                       ? QJsonDocument::fromJson(f.readAll()).object().value(u"entities"_qs).toArray()
                       : QJsonArray{};
        };
        QCOMPARE(run({u"scan"_qs, u"--records"_qs, gold, u"--output"_qs, pred}).code, 0);
        QVERIFY(QFile::exists(pred));
        QCOMPARE(entities().size(), 0);
        QCOMPARE(run({u"scan"_qs, u"--all-dates"_qs, u"--records"_qs, gold, u"--output"_qs, pred}).code, 0);
        const QJsonObject e = entities().at(0).toObject();
        QCOMPARE(e.value(u"type"_qs).toString(), u"DATE"_qs);
        QCOMPARE(e.value(u"start"_qs).toInt(), 8);
        QCOMPARE(e.value(u"end"_qs).toInt(), 17);

        // A stream read in small chunks (about 50 of 4 KiB) lists the same dates as one read of it.
        QByteArray many;
        for (int i = 0; i < 4000; ++i) {
            const QByteArray day = QByteArray::number(101 + i % 28).mid(1);
            many += "entry " + QByteArray::number(i) + " on 2024-02-" + day + " and May " + day + ", 1999\n";
        }
        const Run small = run({u"scan"_qs, u"--all-dates"_qs, u"--chunk-size"_qs, u"4096"_qs, u"-"_qs}, many);
        const Run whole = run({u"scan"_qs, u"--all-dates"_qs, u"-"_qs}, many);
        QCOMPARE(small.code, 0);
        QCOMPARE(small.out, whole.out);
        QVERIFY2(whole.out.contains("8000 dates listed"), whole.out.constData());
        QVERIFY(!run({u"scan"_qs, u"-"_qs}, many).out.contains("dates listed")); // no one is named

        // A date beside a value across a chunk's edge is that value's companion too: read in chunks
        // of 4 KiB, the text lists the dates one read of it lists. Here a name's e-mail address ends
        // a chunk and a date starts the next, and a date ends a chunk before the address that
        // starts the next; between them, filler.
        const QByteArray filler = "The quarterly review covers roadmap items and budget lines for the team.\n";
        QByteArray edges;
        const auto fillTo = [&](qsizetype at) {
            while (edges.size() + filler.size() <= at) {
                edges += filler;
            }
            edges += QByteArray(at - edges.size() - 1, 'x') + "\n";
        };
        fillTo(4096 - 33);
        edges += "Contact: anna.berg@tallowcorp.se\nVisit on 2024-03-15 confirmed.\n"; // the edge after ".se\n"
        fillTo(3 * 4096 - 31);
        edges += "Visit on 2024-04-02 was moved.\nContact: jonas.ek@fjordline.no\n"; // the edge before "Contact"
        // Long enough after the edges that their chunks are scanned while the stream is read, each
        // with the look-ahead the scanner keeps (about 66 KiB), not all at its end.
        while (edges.size() < 64 * 4096) {
            edges += filler;
        }
        const Run chunked = run({u"scan"_qs, u"--chunk-size"_qs, u"4096"_qs, u"-"_qs}, edges);
        const Run once = run({u"scan"_qs, u"-"_qs}, edges);
        QVERIFY2(once.out.contains("2 dates listed"), once.out.constData());
        QCOMPARE(chunked.out, once.out);
    }

    void recordsMode()
    {
        const QByteArray in = "{\"id\": \"a\", \"text\": \"Chlo\\u00eb: chloe@example.com\"}\n"
                              "\n"
                              "{\"id\": \"b\", \"text\": \"nothing here\"}\n"
                              "not json at all\n"
                              "{\"id\": \"c\", \"text\": \"\\ud83d\\ude00 4111111111111111\"}\n";
        const QString inPath = write(u"gold.jsonl"_qs, in);
        const QString outPath = m_dir.filePath(u"pred.jsonl"_qs);
        const Run r = run({u"scan"_qs, u"--records"_qs, inPath, u"--output"_qs, outPath});
        QCOMPARE(r.code, 2); // one malformed record
        QVERIFY2(r.err.contains("gold.jsonl:4:"), r.err.constData());
        QVERIFY(!r.err.contains("not json at all"));
        QFile f(outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject a = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(a.value(u"id"_qs).toString(), u"a"_qs);
        const QJsonObject ea = a.value(u"entities"_qs).toArray().at(0).toObject();
        QCOMPARE(ea.value(u"type"_qs).toString(), u"EMAIL"_qs);
        QCOMPARE(ea.value(u"start"_qs).toInt(), 7); // code points: "Chloë: " is 7
        QCOMPARE(ea.value(u"end"_qs).toInt(), 24);
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(u"entities"_qs).toArray().size(), 0);
        const QJsonObject ec =
            QJsonDocument::fromJson(lines[2]).object().value(u"entities"_qs).toArray().at(0).toObject();
        QCOMPARE(ec.value(u"start"_qs).toInt(), 2); // the emoji is one code point
        QCOMPARE(ec.value(u"end"_qs).toInt(), 18);
    }

    void rulesCommand()
    {
        const Run text = run({u"rules"_qs});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("credit-card"));
        const Run json = run({u"rules"_qs, u"--format"_qs, u"json"_qs});
        QCOMPARE(json.code, 0);
        const QJsonArray rules = QJsonDocument::fromJson(json.out).array();
        QVERIFY(rules.size() > 50);
        QSet<QString> ids;
        for (const auto& v : rules) {
            const QJsonObject r = v.toObject();
            QVERIFY(!r.value(u"reason"_qs).toString().isEmpty());
            ids.insert(r.value(u"id"_qs).toString());
        }
        QCOMPARE(ids.size(), rules.size()); // ids are unique
        QVERIFY(ids.contains(u"date"_qs));  // the date finder is listed with the rules
        const Run md = run({u"rules"_qs, u"--format"_qs, u"markdown"_qs});
        QVERIFY2(md.out.contains("| `date` | DATE | PII | Calendar date | – | a person-linked value nearby |"),
                 md.out.constData());
        QCOMPARE(run({u"rules"_qs, u"--format"_qs, u"xml"_qs}).code, 2);
    }

    void logCommand()
    {
        // A fresh store (key file, no keychain in this test): an empty log verifies.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SCRIM_DATA_DIR"_qs, m_dir.filePath(u"logdata"_qs));
        env.insert(u"SCRIM_KEYCHAIN"_qs, u"off"_qs);
        p.setProcessEnvironment(env);
        p.start(m_cli, {u"log"_qs, u"verify"_qs});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(p.readAllStandardOutput().contains("no audit log yet"), "verify output");
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"logdata/scrim.db"_qs))); // reading created nothing
        p.start(m_cli, {u"log"_qs, u"list"_qs});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        p.start(m_cli, {u"log"_qs, u"frobnicate"_qs});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);

        // A log with events (written through the core, as the app will): verify, export, purge.
        const QString dir = m_dir.filePath(u"logdata"_qs);
        {
            Store::Options o;
            o.dataDir = dir;
            o.key.dataDir = dir;
            o.key.useKeychain = false;
            auto store = Store::open(o);
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
            auto log = AuditLog::open(store.value());
            QVERIFY(log.ok());
            for (int i = 0; i < 5; ++i) {
                AuditEvent e;
                e.timeMs = 1'000'000'000'000 + i; // 2001: old enough to purge
                e.categories = "PII:1";
                e.preview = "[EMAIL]";
                e.sourceApp = "editor, \"quoted\"";
                QVERIFY(log->append(e).ok());
            }
        }
        const auto cli = [&](const QStringList& args) {
            p.start(m_cli, args);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        auto [vc, vout] = cli({u"log"_qs, u"verify"_qs});
        QCOMPARE(vc, 0);
        QVERIFY2(vout.contains("5 events checked"), vout.constData());
        auto [jc, jout] = cli({u"log"_qs, u"export"_qs});
        QCOMPARE(jc, 0);
        const QList<QByteArray> lines = jout.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"preview"_qs).toString(), u"[EMAIL]"_qs);
        auto [cc, cout] = cli({u"log"_qs, u"export"_qs, u"--format"_qs, u"csv"_qs});
        QCOMPARE(cc, 0);
        QVERIFY(cout.startsWith("seq,time,type,"));
        QVERIFY(cout.contains("\"editor, \"\"quoted\"\"\""));
        auto [pc, pout] = cli({u"log"_qs, u"purge"_qs, u"--older-than-days"_qs, u"30"_qs});
        QCOMPARE(pc, 0);
        QVERIFY2(pout.contains("5 event"), pout.constData());
        auto [v2, v2out] = cli({u"log"_qs, u"verify"_qs});
        QCOMPARE(v2, 0);                                  // still intact after the purge
        QCOMPARE(cli({u"log"_qs, u"purge"_qs}).first, 2); // the age is required
    }

    void anonymizeAndRestore()
    {
        // The whole loop through the real binary and a real encrypted store: anonymize, an AI's answer
        // that plays with the tokens, restore; sessions listed and forgotten; events recorded.
        const QString data = m_dir.filePath(u"vaultdata"_qs);
        const auto cli = [&](const QStringList& args, const QByteArray& input = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"SCRIM_DATA_DIR"_qs, data);
            env.insert(u"SCRIM_KEYCHAIN"_qs, u"off"_qs);
            p.setProcessEnvironment(env);
            p.start(m_cli, args);
            p.waitForStarted();
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(120000);
            return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        const QByteArray text =
            "John Smith's account 123-456-7890 needs review for high blood pressure medication.\nMail " + canaryEmail
            + ", card " + canaryCard + ".\n";
        // Reading commands create nothing.
        QCOMPARE(cli({u"session"_qs, u"list"_qs}).code, 0);
        const Run noVault = cli({u"restore"_qs}, "[PERSON_1]");
        QCOMPARE(noVault.code, 1); // nothing to restore: the text passes through, and the user is told
        QCOMPARE(noVault.out, QByteArray("[PERSON_1]"));
        QVERIFY(!QFileInfo::exists(data + u"/scrim.db"_qs));

        const Run a = cli({u"anonymize"_qs, u"--session"_qs, u"chat-7"_qs}, text);
        QCOMPARE(a.code, 0);
        QCOMPARE(a.out,
                 QByteArray("[PERSON_1]'s account [ACCOUNT_1] needs review for [CONDITION_1] medication.\nMail "
                            "[EMAIL_1], card [CARD_1].\n"));
        QVERIFY2(a.err.contains("scrim-cli restore --session chat-7"), a.err.constData());
        const QByteArray answer = "Sure. **[PERSON_1]** should check `[email_1]`; the card CARD_1 and\n"
                                  "[ACCOUNT\n_1] are fine. Also seen: [PERSON_4] and 555-867-5309.\n";
        const Run r = cli({u"restore"_qs, u"--session"_qs, u"chat-7"_qs}, answer);
        QCOMPARE(r.code, 1); // restored, with something to report
        QCOMPARE(r.out,
                 "Sure. **John Smith** should check `" + canaryEmail + "`; the card " + canaryCard
                     + " and\n123-456-7890 are fine. Also seen: [PERSON_4] and 555-867-5309.\n");
        QVERIFY2(r.err.contains("PERSON_4"), r.err.constData());
        QVERIFY2(r.err.contains("PHONE"), r.err.constData());
        QVERIFY(!r.err.contains("867-5309")); // reported masked
        // The exact round trip, and JSON output.
        QCOMPARE(cli({u"restore"_qs, u"--session"_qs, u"chat-7"_qs}, a.out).out, text);
        const Run j = cli({u"anonymize"_qs, u"--session"_qs, u"chat-7"_qs, u"--json"_qs}, text);
        QCOMPARE(j.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(doc.value(u"text"_qs).toString().toUtf8(), a.out);
        QCOMPARE(doc.value(u"replacements"_qs).toArray().size(), 5);
        QVERIFY(!j.out.contains(canaryEmail)); // values only with --show-values
        const Run shown =
            cli({u"anonymize"_qs, u"--session"_qs, u"chat-7"_qs, u"--json"_qs, u"--show-values"_qs}, text);
        QVERIFY(shown.out.contains(canaryEmail));
        QCOMPARE(cli({u"anonymize"_qs, u"--show-values"_qs}, text).code, 2); // needs --json
        // One-way operators keep nothing to restore.
        const Run m = cli({u"anonymize"_qs, u"--operator"_qs, u"mask"_qs, u"--session"_qs, u"m"_qs}, text);
        QCOMPARE(m.code, 0);
        QVERIFY2(m.out.contains("**** **** **** 9855"), m.out.constData());
        QCOMPARE(cli({u"anonymize"_qs, u"--operator"_qs, u"shuffle"_qs}, text).code, 2);
        QCOMPARE(cli({u"anonymize"_qs, u"--session"_qs, u"no spaces"_qs}, text).code, 2);
        QCOMPARE(cli({u"anonymize"_qs, write(u"bin.dat"_qs, QByteArray("ab\0cd", 5))}).code, 2);
        QCOMPARE(cli({u"anonymize"_qs, m_dir.filePath(u"missing.txt"_qs)}).code, 2);

        // Sessions: listed without values, then forgotten for good.
        const Run list = cli({u"session"_qs, u"list"_qs, u"--json"_qs});
        QCOMPARE(list.code, 0);
        const QJsonArray sessions = QJsonDocument::fromJson(list.out).array();
        QVERIFY(std::any_of(sessions.begin(), sessions.end(), [](const QJsonValue& v) {
            return v.toObject().value(u"name"_qs).toString() == u"chat-7"_qs
                   && v.toObject().value(u"entries"_qs).toInt() == 5;
        }));
        QCOMPARE(cli({u"session"_qs, u"forget"_qs, u"chat-7"_qs}).code, 0);
        QCOMPARE(cli({u"session"_qs, u"forget"_qs, u"chat-7x"_qs}).code, 2);
        const Run gone = cli({u"restore"_qs, u"--session"_qs, u"chat-7"_qs}, a.out);
        QCOMPARE(gone.code, 1);
        QCOMPARE(gone.out, a.out);                                      // tokens stay as they are ...
        QVERIFY2(gone.err.contains("forgotten"), gone.err.constData()); // ... and the user is told why
        const Run nope = cli({u"restore"_qs, u"--session"_qs, u"nope"_qs}, a.out);
        QCOMPARE(nope.code, 1);
        QCOMPARE(nope.out, a.out);
        QVERIFY2(nope.err.contains("no session 'nope'"), nope.err.constData());
        // Text typed where a file belongs is not echoed into the error message.
        const Run typed = cli({u"anonymize"_qs, u"Patient John Smith, SSN 123-45-6789"_qs});
        QCOMPARE(typed.code, 2);
        QVERIFY2(!typed.err.contains("Smith") && !typed.err.contains("6789") && typed.err.contains("no such file"),
                 typed.err.constData());
        QCOMPARE(cli({u"session"_qs, u"forget"_qs, u"--all"_qs}).code, 0);

        // The audit log has the events, with types and counts only; no value in any file.
        const Run events = cli({u"log"_qs, u"export"_qs});
        QVERIFY(events.out.contains("\"type\":\"anonymized_copy\""));
        QVERIFY(events.out.contains("\"type\":\"restored\""));
        QVERIFY(events.out.contains("[PERSON] [BANK_ACCOUNT] [MEDICAL]"));
        QByteArray files;
        QDirIterator it(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            files += f.readAll();
        }
        for (const QByteArray& canary :
             {canaryEmail, canaryCard, QByteArray("John Smith"), QByteArray("123-456-7890")}) {
            QVERIFY2(!files.contains(canary), canary.constData());
            QVERIFY2(!events.out.contains(canary), canary.constData());
            QVERIFY2(!files.contains(canary.toBase64()), canary.constData());
        }
    }

    void concurrentCommandsLoseNothing()
    {
        // Several scrim-cli processes at once on one store: one session shared by half of them,
        // one session each for the others. Every value must restore to itself and every event be there.
        const QString data = m_dir.filePath(u"concurrent"_qs);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SCRIM_DATA_DIR"_qs, data);
        env.insert(u"SCRIM_KEYCHAIN"_qs, u"off"_qs);
        const auto runOne = [&](const QStringList& args, const QByteArray& input) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(m_cli, args);
            p.waitForStarted();
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(120000);
            return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        QCOMPARE(runOne({u"anonymize"_qs, u"--session"_qs, u"shared"_qs}, "first a0@example.com\n").code, 0);
        constexpr int n = 8;
        std::vector<std::unique_ptr<QProcess>> procs;
        for (int i = 0; i < n; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            const QString session = i % 2 == 0 ? u"shared"_qs : u"own-%1"_qs.arg(i);
            p->start(m_cli, {u"anonymize"_qs, u"--session"_qs, session});
            QVERIFY(p->waitForStarted());
            p->write("mail person" + QByteArray::number(i) + ".x@example.com\n");
            p->closeWriteChannel();
            procs.push_back(std::move(p));
        }
        std::vector<QByteArray> outs;
        for (auto& p : procs) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitCode(), 0);
            outs.push_back(p->readAllStandardOutput());
        }
        QSet<QByteArray> sharedTokens;
        for (int i = 0; i < n; ++i) {
            const QString session = i % 2 == 0 ? u"shared"_qs : u"own-%1"_qs.arg(i);
            if (i % 2 == 0) {
                QVERIFY2(!sharedTokens.contains(outs[i]), outs[i].constData()); // one token per value
                sharedTokens.insert(outs[i]);
            }
            const Run back = runOne({u"restore"_qs, u"--session"_qs, session}, outs[i]);
            QCOMPARE(back.out, "mail person" + QByteArray::number(i) + ".x@example.com\n");
        }
        const Run events = runOne({u"log"_qs, u"verify"_qs}, {});
        QCOMPARE(events.code, 0);
        QVERIFY2(events.out.contains(QByteArray::number(1 + n + n) + " events checked"), events.out.constData());
    }

    void policyTools()
    {
        // An admin's round: keygen, lint, sign, verify (and a tampered file), hash-terms, show.
        QTemporaryDir dir;
        const QString prefix = dir.filePath(u"admin"_qs);
        const Run keygen = run({u"policy"_qs, u"keygen"_qs, u"--out"_qs, prefix});
        QCOMPARE(keygen.code, 0);
        QCOMPARE(QFile(prefix + u".key.pem"_qs).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions{}); // the private key is readable by its owner only
        QCOMPARE(run({u"policy"_qs, u"keygen"_qs, u"--out"_qs, prefix}).code, 2); // never overwritten
        const QString good = write(u"good-policy.json"_qs,
                                   "{\"schema_version\": 1, \"serial\": 7, \"issued_at\": \"2026-11-27T10:00:00Z\", "
                                   "\"org\": \"acme\", \"retention_days\": 90}\n");
        const Run lintGood = run({u"policy"_qs, u"lint"_qs, good});
        QCOMPARE(lintGood.code, 0);
        QVERIFY(lintGood.out.contains("no problems found (serial 7, org 'acme')"));
        const QString bad = write(u"bad-policy.json"_qs,
                                  "{\"schema_version\": 1, \"serial\": 7, \"issued_at\": \"2026-11-27T10:00:00Z\",\n"
                                  " \"org\": \"acme\", \"custom_rules\": [{\"id\": \"x\", \"pattern\": \"(a\"}]}\n");
        const Run lintBad = run({u"policy"_qs, u"lint"_qs, bad});
        QCOMPARE(lintBad.code, 1);
        QVERIFY2(lintBad.err.contains("bad-policy.json:2:57: error: the pattern of custom rule \"x\" does not compile"),
                 lintBad.err.constData());
        QVERIFY(lintBad.err.contains("fix: "));
        QCOMPARE(run({u"policy"_qs, u"sign"_qs, u"--key"_qs, prefix + u".key.pem"_qs, bad}).code, 2); // not signed
        QCOMPARE(run({u"policy"_qs, u"sign"_qs, u"--key"_qs, prefix + u".key.pem"_qs, good}).code, 0);
        QVERIFY(QFile::exists(good + u".sig"_qs));
        const Run ok = run({u"policy"_qs, u"verify"_qs, u"--pubkey"_qs, prefix + u".pub.pem"_qs, good});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains("Good signature"));
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::Append));
            f.write(" ");
        }
        const Run tampered = run({u"policy"_qs, u"verify"_qs, u"--pubkey"_qs, prefix + u".pub.pem"_qs, good});
        QCOMPARE(tampered.code, 1);
        QVERIFY(tampered.out.contains("BAD signature"));
        const Run hashed = run({u"policy"_qs, u"hash-terms"_qs, u"--salt"_qs, u"00112233445566778899aabbccddeeff"_qs},
                               "Project Falcon\nACME  Corp\nacme corp\n");
        QCOMPARE(hashed.code, 0);
        const QJsonObject dict = QJsonDocument::fromJson(hashed.out).object();
        QCOMPARE(dict.value(u"terms"_qs).toArray().size(), 2); // "ACME  Corp" and "acme corp" are one term
        QVERIFY(!hashed.out.contains("Falcon") && !hashed.out.contains("ACME"));
        // scan --policy: the policy's own rule and its allowlist.
        const QString withRules =
            write(u"rules-policy.json"_qs,
                  "{\"schema_version\": 1, \"serial\": 8, \"issued_at\": \"2026-11-27T10:00:00Z\", \"org\": \"acme\", "
                  "\"custom_rules\": [{\"id\": \"codes\", \"pattern\": \"\\\\bPRJ-[0-9]{4}\\\\b\", \"category\": "
                  "\"CONFIDENTIAL\"}], \"allowlist\": {\"values\": [\"help@acme-corp.com\"]}}\n");
        const QString sample = write(u"policy-sample.txt"_qs, "Ask help@acme-corp.com about PRJ-1234.\n");
        const auto rules = [](const QByteArray& json) {
            QStringList ids;
            for (const auto& f : QJsonDocument::fromJson(json).object().value(u"findings"_qs).toArray()) {
                ids << f.toObject().value(u"rule"_qs).toString();
            }
            return ids;
        };
        const Run plain = run({u"scan"_qs, u"--format"_qs, u"json"_qs, sample});
        QCOMPARE(rules(plain.out), QStringList{u"email"_qs});
        const Run withPolicy = run({u"scan"_qs, u"--format"_qs, u"json"_qs, u"--policy"_qs, withRules, sample});
        QCOMPARE(withPolicy.code, 1);
        QCOMPARE(rules(withPolicy.out), QStringList{u"policy:codes"_qs});
        QCOMPARE(run({u"scan"_qs, u"--policy"_qs, bad, sample}).code, 2);
        // anonymize --policy: custom rule, dictionary term (from hash-terms), allowlist, the policy's operator.
        {
            QJsonObject policy = QJsonDocument::fromJson(
                                     "{\"schema_version\": 1, \"serial\": 9, \"issued_at\": \"2026-11-27T10:00:00Z\", "
                                     "\"org\": \"acme\", \"allowlist\": {\"values\": [\"help@acme-corp.com\"]}, "
                                     "\"categories\": {\"PII\": {\"approved_ai\": {\"operator\": \"mask\"}}}}")
                                     .object();
            QJsonObject codenames = dict;
            codenames.insert(u"name"_qs, u"codenames"_qs);
            codenames.insert(u"category"_qs, u"CONFIDENTIAL"_qs);
            policy.insert(u"dictionaries"_qs, QJsonArray{codenames});
            const QString file = write(u"anon-policy.json"_qs, QJsonDocument(policy).toJson());
            QTemporaryDir data;
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"SCRIM_DATA_DIR"_qs, data.path());
            env.insert(u"SCRIM_KEYCHAIN"_qs, u"off"_qs);
            p.setProcessEnvironment(env);
            p.start(m_cli, {u"anonymize"_qs, u"--policy"_qs, file});
            p.write("Project   FALCON for acme corp: ask help@acme-corp.com or jane.doe@gmail.com\n");
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60000));
            const QByteArray out = p.readAllStandardOutput();
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(out,
                     QByteArray("[CONFIDENTIAL_1] for [CONFIDENTIAL_2]: ask help@acme-corp.com or j***@gmail.com\n"));
            // scan --policy finds the hashed terms too, streaming: also where a term straddles the
            // scanner's chunks (4 KiB here), each once, at its line and column.
            QByteArray big;
            for (int i = 0; i < 200; ++i) {
                big += "Ordinary notes about the weekly meeting, line " + QByteArray::number(i) + ".\n";
            }
            const qsizetype termAt = 4096 - 8; // the term starts 8 bytes before the first chunk ends
            big.resize(termAt - 1);
            big += " Project Falcon ships; acme corp pays.\n";
            for (int i = 0; i < 300; ++i) { // enough after it that the first chunk is scanned on its own
                big += "More ordinary notes, line " + QByteArray::number(i) + ".\n";
            }
            const QString terms = write(u"terms.txt"_qs, big);
            const Run scanned = run(
                {u"scan"_qs, u"--format"_qs, u"json"_qs, u"--chunk-size"_qs, u"4096"_qs, u"--policy"_qs, file, terms});
            QCOMPARE(scanned.code, 1);
            const QJsonArray findings = QJsonDocument::fromJson(scanned.out).object().value(u"findings"_qs).toArray();
            QStringList dictionaryHits;
            for (const auto& v : findings) {
                const QJsonObject o = v.toObject();
                if (o.value(u"rule"_qs).toString() == u"dictionary:codenames"_qs) {
                    dictionaryHits << u"%1:%2"_qs.arg(o.value(u"line"_qs).toInt()).arg(o.value(u"column"_qs).toInt());
                }
            }
            const int line = static_cast<int>(big.left(termAt).count('\n')) + 1;
            const int column = static_cast<int>(termAt - big.left(termAt).lastIndexOf('\n'));
            QCOMPARE(dictionaryHits,
                     (QStringList{u"%1:%2"_qs.arg(line).arg(column), u"%1:%2"_qs.arg(line).arg(column + 22)}));
            QVERIFY(!scanned.out.contains("Falcon") && !scanned.out.contains("acme corp"));
            // --records --policy: the same terms, and the allowlist, per record.
            const QString records = write(
                u"policy-records.jsonl"_qs,
                "{\"id\": \"a\", \"text\": \"Project Falcon: write to help@acme-corp.com or jane.doe@gmail.com\"}\n");
            const Run recs = run({u"scan"_qs, u"--records"_qs, records, u"--policy"_qs, file});
            QCOMPARE(recs.code, 0);
            const QJsonArray ents =
                QJsonDocument::fromJson(recs.out.trimmed()).object().value(u"entities"_qs).toArray();
            QStringList got;
            for (const auto& e : ents) {
                got << u"%1@%2"_qs.arg(e.toObject().value(u"type"_qs).toString())
                           .arg(e.toObject().value(u"start"_qs).toInt());
            }
            QCOMPARE(got, (QStringList{u"ORG_CONFIDENTIAL@0"_qs, u"EMAIL@47"_qs}));
        }
        const Run shown = run({u"policy"_qs, u"show"_qs});
        QCOMPARE(shown.code, 0);
        QVERIFY(QJsonDocument::fromJson(shown.out).object().value(u"org"_qs).toString() == u"builtin"_qs);
    }

    void valuesNeverLeak()
    {
        // Canary values go through every format; none may appear in any output, error or file that
        // Scrim writes unless --show-values asks for them.
        const QString path = write(u"canary.txt"_qs, canaryText());
        QByteArray everything;
        for (const QString& fmt : {u"text"_qs, u"json"_qs, u"sarif"_qs}) {
            const Run r = run({u"scan"_qs, u"--format"_qs, fmt, path});
            QCOMPARE(r.code, 1);
            everything += r.out + r.err;
            const Run s = run({u"scan"_qs, u"--format"_qs, fmt, u"-"_qs}, canaryText());
            everything += s.out + s.err;
        }
        const Run rec =
            run({u"scan"_qs,
                 u"--records"_qs,
                 write(u"canary.jsonl"_qs, "{\"id\":\"x\",\"text\":\"" + canaryEmail + " " + canaryKey + "\"}\n")});
        everything += rec.out + rec.err;
        QDirIterator it(m_dir.filePath(u"data"_qs), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += f.readAll();
            ++files;
        }
        QVERIFY2(files > 0, "the CLI wrote no log file to check");
        const QByteArray compactCard = QByteArray(canaryCard).replace(" ", "");
        for (const QByteArray& canary : {canaryCard, compactCard, canaryEmail, canaryKey}) {
            QVERIFY2(!everything.contains(canary), canary.constData());
        }
        // The check can fail: with --show-values the values are there.
        const Run shown = run({u"scan"_qs, u"--show-values"_qs, path});
        QVERIFY(shown.out.contains(canaryCard) && shown.out.contains(canaryEmail) && shown.out.contains(canaryKey));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
