// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymized CSV, YAML and Python source still parse, with the same structure, under every operator
// (parsed by Python's csv, yaml and ast modules); token and surrogate output restores exactly.
#include "core/detect/RuleSet.h"
#include "core/redact/Anonymizer.h"
#include "core/redact/Restorer.h"

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

const char* kShapeScript = R"PY(
import sys, json, csv, ast, io
import yaml
kind, path = sys.argv[1], sys.argv[2]
src = open(path, encoding='utf-8').read()
def shape(o):
    if isinstance(o, dict):
        return {k: shape(v) for k, v in o.items()}
    if isinstance(o, list):
        return [shape(v) for v in o]
    return type(o).__name__
if kind == 'csv':
    out = [len(r) for r in csv.reader(io.StringIO(src))]
elif kind == 'yaml':
    out = shape(yaml.safe_load(src))
else:
    out = [type(n).__name__ for n in ast.parse(src).body]
print(json.dumps(out, sort_keys=True))
)PY";

const std::string kCsv = "name,email,phone,card,note\n"
                         "John Smith,john.smith@example.com,(415) 555-2671,4556 7375 8689 9855,\"Patient has "
                         "diabetes, takes metformin\"\n"
                         "\"Smith, Jane\",jane.r@example.org,+44 20 7946 0958,5555 5555 5555 4444,\"said \"\"hi\"\" to "
                         "Dr. Mary Johnson\"\n";

const std::string kYaml = "user:\n"
                          "  name: John Smith\n"
                          "  email: john.smith@example.com\n"
                          "  phone: \"(415) 555-2671\"\n"
                          "  ssn: 123-45-6789\n"
                          "contacts:\n"
                          "  - ann.lee@example.com\n"
                          "  - name: Mary Johnson\n"
                          "    card: 4556 7375 8689 9855\n"
                          "aws_key: AKIAZ7CANARY4Q2WXYZ3\n"
                          "cc: [ann.lee@example.com, jane.r@example.org]\n"
                          "boss: {name: Mary Johnson, mail: mary.j@example.com}\n"
                          "note: 'Patient John Smith has high blood pressure'\n";

const std::string kPython =
    "DB_URL = \"postgres://admin:S3cr3tPassw0rd@db.example.com:5432/prod\"\n"
    "AWS_KEY = 'AKIAZ7CANARY4Q2WXYZ3'\n"
    "CUSTOMER = {\"name\": \"John Smith\", \"email\": \"john.smith@example.com\", \"card\": \"4556 7375 8689 9855\"}\n"
    "def notify():\n"
    "    send(\"ann.lee@example.com\", ip=\"192.168.10.20\")  # John Smith's ticket\n";

} // namespace

class TestRedactFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QByteArray shape(const QString& kind, const std::string& content)
    {
        const QString path = m_dir.filePath(u"in."_qs + kind);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qFatal("cannot write");
        }
        f.write(content.data(), static_cast<qint64>(content.size()));
        f.close();
        QProcess p;
        p.start(pythonProgram(), {u"-c"_qs, QString::fromUtf8(kShapeScript), kind, path});
        if (!p.waitForFinished(60000)) {
            qFatal("python3 did not finish");
        }
        if (p.exitCode() != 0) {
            qWarning(
                "%s does not parse:\n%s\n%s", qPrintable(kind), content.c_str(), p.readAllStandardError().constData());
            return {};
        }
        return p.readAllStandardOutput().trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess p;
        p.start(pythonProgram(), {u"-c"_qs, u"import yaml"_qs});
        QVERIFY2(p.waitForFinished(60000) && p.exitCode() == 0,
                 "python3 with the yaml module is needed (python3-yaml)");
    }

    void formatsKeepTheirStructure_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("op");
        for (const auto& kind : {u"csv"_qs, u"yaml"_qs, u"py"_qs}) {
            for (const Operator op :
                 {Operator::Token, Operator::Mask, Operator::Redact, Operator::Hash, Operator::Surrogate}) {
                QTest::addRow("%s %s", qPrintable(kind), std::string(operatorName(op)).c_str())
                    << kind << static_cast<int>(op);
            }
        }
    }

    void formatsKeepTheirStructure()
    {
        QFETCH(QString, kind);
        QFETCH(int, op);
        const std::string& input = kind == u"csv"_qs ? kCsv : kind == u"yaml"_qs ? kYaml : kPython;
        const QByteArray before = shape(kind, input);
        QVERIFY(!before.isEmpty());
        auto found = RuleSet::builtin().value()->scan(input);
        QVERIFY(found.ok());
        QVERIFY2(found->size() >= 5, "the sample should have values to replace");
        Anonymizer::Options o;
        o.defaultOperator = static_cast<Operator>(op);
        o.hashKey = "k";
        o.seed = 3;
        TokenMap map(std::string(32, 'x'));
        auto a = Anonymizer(o).anonymize(input, found.value(), map);
        QVERIFY(a.ok());
        QCOMPARE(shape(kind, a->text), before);
        for (const char* value : {"john.smith@example.com", "ann.lee@example.com", "4556 7375 8689 9855"}) {
            if (input.find(value) != std::string::npos) {
                QVERIFY2(a->text.find(value) == std::string::npos, a->text.c_str());
            }
        }
        if (o.defaultOperator == Operator::Token || o.defaultOperator == Operator::Surrogate) {
            const auto back = restoreText(a->text, map, nullptr);
            QCOMPARE(QByteArray::fromStdString(back.text), QByteArray::fromStdString(input));
        }
    }
};

QTEST_GUILESS_MAIN(TestRedactFormats)
#include "TestRedactFormats.moc"
