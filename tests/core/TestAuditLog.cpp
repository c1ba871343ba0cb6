// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log's hash chain: a clean log verifies; every change made through SQL with the key
// (an attacker who has it) is found at the row where it was made; no raw value reaches a row.
#include "core/audit/AuditLog.h"
#include "core/audit/Retention.h"
#include "core/detect/RuleSet.h"
#include "core/redact/Vault.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <random>

namespace {

Store::Options optionsFor(const QTemporaryDir& dir)
{
    Store::Options o;
    o.dataDir = dir.path();
    o.key.dataDir = dir.path();
    o.key.useKeychain = false;
    return o;
}

AuditEvent sampleEvent(int i)
{
    AuditEvent e;
    e.timeMs = 1'700'000'000'000 + i;
    e.type = (i % 3 == 0) ? AuditEventType::AnonymizedCopy : AuditEventType::ClipboardFlagged;
    e.sourceApp = "editor";
    e.destApp = (i % 2) ? "chat.example" : "";
    e.destIsApprovedAi = i % 2;
    e.categories = "PII:" + std::to_string(1 + i % 4);
    e.ruleIds = "email";
    e.action = "warn";
    e.contentHmac = std::string(32, static_cast<char>('a' + i % 6));
    e.preview = "[EMAIL]";
    e.osUser = "alice";
    e.host = "laptop";
    e.policySerial = 7;
    return e;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    // A fresh store with `rows` events, open; the caller mutates it and verifies.
    struct Fixture
    {
        QTemporaryDir dir;
        std::optional<Store> store;
        std::optional<AuditLog> log;
    };
    static std::unique_ptr<Fixture> makeLog(int rows)
    {
        auto f = std::make_unique<Fixture>();
        auto s = Store::open(optionsFor(f->dir));
        if (!s) {
            qFatal("store: %s", s.error().message.c_str());
        }
        f->store.emplace(std::move(s.value()));
        auto l = AuditLog::open(*f->store);
        if (!l) {
            qFatal("log: %s", l.error().message.c_str());
        }
        f->log.emplace(std::move(l.value()));
        for (int i = 0; i < rows; ++i) {
            auto seq = f->log->append(sampleEvent(i));
            if (!seq || seq.value() != static_cast<std::uint64_t>(i + 1)) {
                qFatal("append failed");
            }
        }
        return f;
    }
    static AuditLog::Verification verifyOf(Fixture& f)
    {
        auto v = f.log->verify();
        if (!v) {
            qFatal("verify: %s", v.error().message.c_str());
        }
        return v.value();
    }

private slots:
    void cleanLogVerifies()
    {
        auto f = makeLog(1000);
        const auto v = verifyOf(*f);
        QVERIFY2(v.ok(), v.problem.c_str());
        QCOMPARE(v.rowsChecked, std::uint64_t(1000));
        auto latest = f->log->list(3);
        QVERIFY(latest.ok());
        QCOMPARE(latest->size(), std::size_t(3));
        QCOMPARE(latest->front().seq, std::uint64_t(1000));
        QCOMPARE(latest->front().prevHash, (*latest)[1].hash);
    }

    void everyFieldChangeIsFound_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        for (const auto& [c, v] : std::vector<std::pair<const char*, const char*>>{{"time_ms", "1700000000999"},
                                                                                   {"type", "'allowed'"},
                                                                                   {"source_app", "'x'"},
                                                                                   {"dest_app", "'x'"},
                                                                                   {"dest_ai", "2"},
                                                                                   {"categories", "'PCI:1'"},
                                                                                   {"rule_ids", "'x'"},
                                                                                   {"action", "'allow'"},
                                                                                   {"content_hmac", "'00'"},
                                                                                   {"preview", "'[PERSON]'"},
                                                                                   {"os_user", "'mallory'"},
                                                                                   {"host", "'x'"},
                                                                                   {"policy_serial", "6"},
                                                                                   {"prev_hash", "'00'"},
                                                                                   {"hash", "'00'"}}) {
            QTest::newRow(c) << QString::fromLatin1(c) << QString::fromLatin1(v);
        }
    }
    void everyFieldChangeIsFound()
    {
        // Each field of rows spread over the log; the first broken row is the changed one.
        QFETCH(QString, column);
        QFETCH(QString, value);
        for (const int row : {1, 57, 200}) {
            auto fresh = makeLog(200);
            const std::string sql = "UPDATE audit_events SET " + column.toStdString() + " = " + value.toStdString()
                                    + " WHERE seq = " + std::to_string(row);
            QVERIFY(fresh->store->database().exec(sql).ok());
            const auto v = verifyOf(*fresh);
            QVERIFY2(!v.ok(), qPrintable(column));
            QCOMPARE(v.firstBrokenSeq.value(), static_cast<std::uint64_t>(row));
        }
    }

    void rowLevelTampering()
    {
        {
            auto f = makeLog(100);
            QVERIFY(f->store->database().exec("DELETE FROM audit_events WHERE seq = 40").ok());
            QCOMPARE(verifyOf(*f).firstBrokenSeq.value(), std::uint64_t(41));
        }
        {
            // Swap two neighbours' contents (keeping their sequence numbers).
            auto f = makeLog(100);
            auto& db = f->store->database();
            QVERIFY(db.exec("UPDATE audit_events SET seq = -1 WHERE seq = 10").ok());
            QVERIFY(db.exec("UPDATE audit_events SET seq = 10 WHERE seq = 11").ok());
            QVERIFY(db.exec("UPDATE audit_events SET seq = 11 WHERE seq = -1").ok());
            QCOMPARE(verifyOf(*f).firstBrokenSeq.value(), std::uint64_t(10));
        }
        {
            // A forged row inserted in the middle (renumbering what follows).
            auto f = makeLog(100);
            auto& db = f->store->database();
            QVERIFY(db.exec("UPDATE audit_events SET seq = seq + 1000 WHERE seq > 50").ok());
            QVERIFY(db.exec("UPDATE audit_events SET seq = seq - 999 WHERE seq > 1000").ok());
            QVERIFY(db.exec("INSERT INTO audit_events SELECT 51, time_ms, type, source_app, dest_app, dest_ai, "
                            "categories, rule_ids, action, content_hmac, preview, os_user, host, policy_serial, "
                            "prev_hash, hash FROM audit_events WHERE seq = 50")
                        .ok());
            QCOMPARE(verifyOf(*f).firstBrokenSeq.value(), std::uint64_t(51));
        }
        {
            // A duplicated row appended at the end.
            auto f = makeLog(100);
            QVERIFY(f->store->database()
                        .exec("INSERT INTO audit_events SELECT 101, time_ms, type, source_app, dest_app, dest_ai, "
                              "categories, rule_ids, action, content_hmac, preview, os_user, host, policy_serial, "
                              "prev_hash, hash FROM audit_events WHERE seq = 100")
                        .ok());
            QCOMPARE(verifyOf(*f).firstBrokenSeq.value(), std::uint64_t(101));
        }
    }

    void tenThousandMutations()
    {
        // 10,000 random changes, each to one field of one event of an anchored log (appending,
        // replacing or removing characters of text fields, shifting numbers), made through SQL with
        // the key and rolled back after the check: every one is found at the event it touched.
        auto base = makeLog(100);
        QVERIFY(base->log->anchorNow().ok());
        std::mt19937 rng(20261127);
        const std::vector<std::string> textColumns{"type",
                                                   "source_app",
                                                   "dest_app",
                                                   "categories",
                                                   "rule_ids",
                                                   "action",
                                                   "content_hmac",
                                                   "preview",
                                                   "os_user",
                                                   "host",
                                                   "prev_hash",
                                                   "hash"};
        const std::vector<std::string> intColumns{"time_ms", "dest_ai", "policy_serial"};
        auto& db = base->store->database();
        // One outer transaction, each mutation in a savepoint: nothing is ever committed.
        QVERIFY(db.exec("BEGIN").ok());
        int effective = 0;
        int detected = 0;
        for (int total = 0; total < 10000; ++total) {
            const int row = 1 + static_cast<int>(rng() % 100);
            std::string set;
            std::string only; // keeps the change a real change
            if (rng() % 4 == 0) {
                const std::string& col = intColumns[rng() % intColumns.size()];
                set = col + " = " + col + (rng() % 2 ? " + " : " - ") + std::to_string(1 + rng() % 1000);
            } else {
                const std::string& col = textColumns[rng() % textColumns.size()];
                switch (rng() % 3) {
                case 0:
                    set = col + " = " + col + " || 'x'";
                    break;
                case 1:
                    set = col + " = 'z' || substr(" + col + ", 2)";
                    only = " AND substr(" + col + ", 1, 1) <> 'z'";
                    break;
                default:
                    set = col + " = substr(" + col + ", 1, length(" + col + ") - 1)";
                    only = " AND length(" + col + ") > 0";
                    break;
                }
            }
            if (!db.exec("SAVEPOINT m").ok()
                || !db.exec("UPDATE audit_events SET " + set + " WHERE seq = " + std::to_string(row) + only).ok()) {
                QFAIL("mutation failed to apply");
            }
            if (db.changes() == 1) {
                ++effective;
                const auto v = verifyOf(*base);
                detected += (!v.ok() && v.firstBrokenSeq.value() == static_cast<std::uint64_t>(row)) ? 1 : 0;
            }
            if (!db.exec("ROLLBACK TO m").ok() || !db.exec("RELEASE m").ok()) {
                QFAIL("rollback failed");
            }
        }
        QVERIFY(db.exec("ROLLBACK").ok());
        qInfo("%d of %d effective mutations detected", detected, effective);
        QVERIFY(effective > 9500);
        QCOMPARE(detected, effective);
        QVERIFY(verifyOf(*base).ok()); // and the log is clean again
    }

    void anchorCatchesCutsAndRewrites()
    {
        {
            // Anchored at the first event and then every 100: 250 events leave a tail of 49.
            auto f = makeLog(250);
            const auto v = verifyOf(*f);
            QVERIFY(v.ok());
            QCOMPARE(v.anchoredSeq, std::uint64_t(201));
            QCOMPARE(v.unanchoredTail, std::uint64_t(49));
            QVERIFY(f->log->anchorNow().ok());
            QCOMPARE(verifyOf(*f).unanchoredTail, std::uint64_t(0));
        }
        {
            // Cutting off the end (or putting back an older copy) behind the anchor's back.
            auto f = makeLog(250);
            QVERIFY(f->log->anchorNow().ok());
            QVERIFY(f->store->database().exec("DELETE FROM audit_events WHERE seq > 180").ok());
            const auto v = verifyOf(*f);
            QVERIFY(!v.ok());
            QCOMPARE(v.firstBrokenSeq.value(), std::uint64_t(181));
        }
        {
            // An attacker with the key rewrites an event and recomputes every hash after it: the
            // chain is consistent again, but no longer the anchored one.
            auto f = makeLog(150);
            QVERIFY(f->log->anchorNow().ok());
            auto& db = f->store->database();
            auto rows = f->log->list(1000).value();
            std::reverse(rows.begin(), rows.end());
            std::string prev = rows[59].hash;
            for (std::size_t i = 60; i < rows.size(); ++i) {
                AuditEvent e = rows[i];
                if (i == 60) {
                    e.preview = "[NOTHING]";
                }
                e.prevHash = prev;
                const QByteArray h =
                    QCryptographicHash::hash(QByteArray::fromStdString(e.prevHash + AuditLog::canonical(e)),
                                             QCryptographicHash::Sha256)
                        .toHex();
                e.hash = h.toStdString();
                auto st = db.prepare("UPDATE audit_events SET preview = ?1, prev_hash = ?2, hash = ?3 WHERE seq = ?4");
                QVERIFY(st.ok());
                QVERIFY(st->bind(1, std::string_view(e.preview)).ok());
                QVERIFY(st->bind(2, std::string_view(e.prevHash)).ok());
                QVERIFY(st->bind(3, std::string_view(e.hash)).ok());
                QVERIFY(st->bind(4, static_cast<std::int64_t>(e.seq)).ok());
                QVERIFY(st->run().ok());
                prev = e.hash;
            }
            const auto v = verifyOf(*f);
            QVERIFY(!v.ok());
            QCOMPARE(v.firstBrokenSeq.value(), std::uint64_t(150)); // the anchored head
        }
    }

    void retentionRunsAtStartAndThenOnItsInterval()
    {
        auto f = makeLog(300); // event i happened at 1'700'000'000'000 + i ms
        // Retention of one day, "now" one day and 100 ms after the first event: events 0..99 are too old.
        std::int64_t now = 1'700'000'000'100 + 24ll * 3600 * 1000;
        MemoryVault vault(TokenVault::Options{24ll * 3600 * 1000, [&now] { return now; }});
        TokenMap map = vault.load("s").value();
        VaultEntry e;
        e.text = "EMAIL_1";
        e.label = "EMAIL";
        e.number = 1;
        e.original = "x@example.com";
        map.add(e);
        QVERIFY(vault.save("s", map).ok());
        RetentionTimer::Options o;
        o.retentionDays = 1;
        o.interval = std::chrono::milliseconds(50);
        o.clock = [&now] { return now; };
        RetentionTimer retention(*f->log, &vault, o);
        QSignalSpy ran(&retention, &RetentionTimer::ran);
        retention.start();
        QCOMPARE(ran.size(), 1); // at start, at once
        QCOMPARE(ran.at(0).at(0).toULongLong(), 100ull);
        QCOMPARE(ran.at(0).at(1).toULongLong(), 0ull);
        QVERIFY(verifyOf(*f).ok());
        // Time passes: the next round (on the timer) takes the next 50 events and expires the vault session.
        now += 24ll * 3600 * 1000 + 50;
        QTRY_VERIFY_WITH_TIMEOUT(ran.size() >= 2, 5000);
        QVERIFY(ran.at(1).at(0).toULongLong() >= 200ull);
        QCOMPARE(ran.at(1).at(1).toULongLong(), 1ull);
        QCOMPARE(vault.state("s").value(), SessionState::Expired);
        QVERIFY(verifyOf(*f).ok());
    }

    void purgeKeepsTheChainVerifiable()
    {
        auto f = makeLog(300); // event i happened at 1'700'000'000'000 + i ms
        auto purged = f->log->purgeOlderThan(1'700'000'000'100);
        QVERIFY(purged.ok());
        QCOMPARE(purged.value(), std::uint64_t(100));
        auto v = verifyOf(*f);
        QVERIFY2(v.ok(), v.problem.c_str());
        QCOMPARE(v.rowsChecked, std::uint64_t(201)); // 200 left and the log_purged event
        QCOMPARE(v.unanchoredTail, std::uint64_t(0));
        QCOMPARE(f->log->list(1).value().front().type, AuditEventType::LogPurged);
        // A second purge moves the start again.
        QCOMPARE(f->log->purgeOlderThan(1'700'000'000'150).value(), std::uint64_t(50));
        QVERIFY(verifyOf(*f).ok());
        QCOMPARE(f->log->purgeOlderThan(1'600'000'000'000).value(), std::uint64_t(0));

        // Removing more old events, with or without moving the recorded start, is found.
        {
            auto g = makeLog(300);
            QVERIFY(g->log->purgeOlderThan(1'700'000'000'100).ok());
            QVERIFY(g->store->database().exec("DELETE FROM audit_events WHERE seq = 101").ok());
            QCOMPARE(verifyOf(*g).firstBrokenSeq.value(), std::uint64_t(102));
        }
        {
            auto g = makeLog(300);
            QVERIFY(g->log->purgeOlderThan(1'700'000'000'100).ok());
            auto& db = g->store->database();
            const std::string hash101 = g->log->all().value().front().hash;
            QVERIFY(db.exec("DELETE FROM audit_events WHERE seq = 101").ok());
            QVERIFY(g->store->setMeta("audit_chain_base_seq", "101").ok());
            QVERIFY(g->store->setMeta("audit_chain_base_hash", hash101).ok());
            const auto w = verifyOf(*g);
            QVERIFY(!w.ok());
            QCOMPARE(w.firstBrokenSeq.value(), std::uint64_t(102));
        }
    }

    void crashSafety()
    {
        // A child appends events (one transaction each) and acknowledges each sequence number; it is
        // killed with SIGKILL at random moments. After each kill the store opens cleanly, every
        // acknowledged event is there without holes, and the chain verifies.
        QTemporaryDir dir;
        QRandomGenerator rng(7);
        std::uint64_t lastAcked = 0;
        for (int round = 0; round < 12; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"SCRIM_TESTAUDIT_WRITER"_qs, dir.path());
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted(10000));
            QByteArray out;
            QElapsedTimer t;
            t.start();
            while (!out.contains("ACK ") && t.elapsed() < 20000 && child.state() == QProcess::Running) {
                child.waitForReadyRead(100);
                out += child.readAllStandardOutput();
            }
            QVERIFY2(out.contains("ACK "), out.constData());
            QTest::qSleep(static_cast<int>(rng.bounded(5, 80)));
            QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
            QVERIFY(child.waitForFinished(10000));
            out += child.readAllStandardOutput();
            for (const QByteArray& line : out.split('\n')) {
                if (line.startsWith("ACK ")) {
                    lastAcked = std::max<std::uint64_t>(lastAcked, line.mid(4).toULongLong());
                }
            }
            auto store = Store::open(optionsFor(dir));
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
            QVERIFY(store->report().movedAsidePath.isEmpty());
            QCOMPARE(store->database().pragma("quick_check").value(), std::string("ok"));
            auto log = AuditLog::open(store.value());
            QVERIFY(log.ok());
            const auto v = log->verify();
            QVERIFY(v.ok());
            QVERIFY2(v->ok(), v->problem.c_str());
            QVERIFY(v->rowsChecked >= lastAcked); // all acknowledged events, no holes (verify checks seq)
        }
        QVERIFY(lastAcked > 12);
    }

    void canariesReachNoFile()
    {
        // Events for texts full of canary values; then every file in the data folder (database, WAL,
        // SHM, key file, anchor, diagnostics logs) is searched for each canary in several encodings.
        QTemporaryDir dir;
        auto rules = RuleSet::builtin();
        QVERIFY(rules.ok());
        const std::vector<std::string> canaries{
            "4929 1937 4012 6648", "canary.b7e2@scrim-leak.example", "AKIAZ7CANARY4Q2WXYZ3", "Wilhelmina Canaryfield"};
        {
            auto store = Store::open(optionsFor(dir));
            QVERIFY(store.ok());
            auto log = AuditLog::open(store.value());
            QVERIFY(log.ok());
            for (int i = 0; i < 20; ++i) {
                const std::string text =
                    "Dear " + canaries[3] + ", card " + canaries[0] + ", mail " + canaries[1] + ", key " + canaries[2];
                auto found = rules.value()->scan(text);
                QVERIFY(found.ok() && found->size() >= 3);
                AuditEvent e;
                e.describeFindings(found.value());
                e.contentHmac = log->contentHash(text);
                QVERIFY(log->append(e).ok());
            }
        }
        QByteArray everything;
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            everything += f.readAll();
            ++files;
        }
        QVERIFY(files >= 2);
        for (const auto& c : canaries) {
            const QByteArray raw = QByteArray::fromStdString(c);
            const QString q = QString::fromStdString(c);
            const QByteArray utf16(reinterpret_cast<const char*>(q.utf16()), q.size() * 2);
            for (const QByteArray& form : {raw, utf16, raw.toBase64(), raw.toHex()}) {
                QVERIFY2(!everything.contains(form), c.c_str());
            }
        }
    }

    void eventsHoldNoValues()
    {
        // describeFindings reads findings, not text: the row holds types, counts and rule ids only.
        auto rules = RuleSet::builtin();
        QVERIFY(rules.ok());
        const std::string text = "Pay 4556 7375 8689 9855, mail canary.7f3a9@scrim-test.example, John Smith";
        auto found = rules.value()->scan(text);
        QVERIFY(found.ok() && found->size() >= 3);
        auto f = makeLog(0);
        AuditEvent e;
        e.describeFindings(found.value());
        e.contentHmac = f->log->contentHash(text);
        QVERIFY(f->log->append(e).ok());
        const auto row = f->log->list(1).value().front();
        const std::string all = AuditLog::canonical(row) + row.hash;
        // Pieces of the values, as written and without blanks, long enough not to turn up by chance
        // in the row's hex digests and millisecond timestamps (a bare "4556" did, in one CI run).
        for (const char* canary : {"4556 7375", "45567375", "8689 9855", "86899855", "canary", ".7f3a9@", "Smith"}) {
            QVERIFY2(all.find(canary) == std::string::npos, canary);
        }
        QVERIFY(row.preview.find("[CREDIT_CARD]") != std::string::npos);
        QVERIFY(row.categories.find("PCI:1") != std::string::npos);
        // The keyed hash is stable for the same content and differs for other content.
        QCOMPARE(f->log->contentHash(text), row.contentHmac);
        QVERIFY(f->log->contentHash(text + " ") != row.contentHmac);
    }
};

// The writer of crashSafety, in a child process (SCRIM_TESTAUDIT_WRITER set): appends events one
// transaction at a time and reports each sequence number on stdout until it is killed.
static int crashChildWriter(const QString& dir)
{
    Store::Options o;
    o.dataDir = dir;
    o.key.dataDir = dir;
    o.key.useKeychain = false;
    auto store = Store::open(o);
    if (!store) {
        return 3;
    }
    auto log = AuditLog::open(store.value());
    if (!log) {
        return 3;
    }
    for (int i = 0; i < 1000000; ++i) {
        auto seq = log->append(sampleEvent(i));
        if (!seq) {
            return 3;
        }
        std::printf("ACK %llu\n", static_cast<unsigned long long>(seq.value()));
        std::fflush(stdout);
    }
    return 0;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString dir = qEnvironmentVariable("SCRIM_TESTAUDIT_WRITER"); !dir.isEmpty()) {
        return crashChildWriter(dir);
    }
    TestAuditLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAuditLog.moc"
