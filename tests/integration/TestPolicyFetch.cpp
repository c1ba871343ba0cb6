// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching a signed policy from a real nginx over TLS, with certificates from the test's own
// throw-away CA: the happy path, 304 on no change, and each rejection a server can produce.
#include "core/audit/AuditLog.h"
#include "core/policy/Fetcher.h"
#include "core/policy/PolicyManager.h"
#include "core/policy/Signing.h"
#include "core/policy/Trust.h"
#include "core/store/Store.h"
#include "tests/integration/TlsServer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>

namespace {

std::string jsonEscape(const std::string& s)
{
    std::string out;
    for (const char c : s) {
        if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string policyText(std::int64_t serial, const std::string& org, const std::string& extra = {})
{
    return "{\"schema_version\": 1, \"serial\": " + std::to_string(serial)
           + ", \"issued_at\": \"2026-01-01T00:00:00Z\", \"org\": \"" + org + "\"" + extra + "}\n";
}

} // namespace

class TestPolicyFetch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TlsServer m_server{m_dir.path()};
    Signing::KeyPair m_keys;

    QString www(const QString& name) const { return m_server.www(name); }

    void put(const QString& name, const std::string& data) { QVERIFY(m_server.put(name, data)); }

    void publish(const QString& name, const std::string& data)
    {
        put(name, data);
        auto sig = Signing::sign(data, m_keys.privatePem);
        QVERIFY(sig.ok());
        put(name + u".sig"_qs, sig.value() + "\n");
    }

    std::string url(const QString& path, const char* host = "localhost") const { return m_server.url(path, host); }

    Fetcher::Options options(const std::string& u) const
    {
        Fetcher::Options o;
        o.url = u;
        o.caFile = m_server.caFile().toStdString();
        o.connectTimeoutS = 5;
        o.totalTimeoutS = 10;
        return o;
    }

    ManagedConfig config() const
    {
        ManagedConfig c;
        c.org = "acme";
        c.adminKeysPem = {m_keys.publicPem};
        return c;
    }

    // Downloads NAME and NAME.sig and runs the trust checks.
    Rejection fetchAndCheck(const QString& name, const std::optional<AcceptedPolicy>& last = std::nullopt)
    {
        auto body = Fetcher::get(options(url(name)));
        auto sig = Fetcher::get(options(url(name + u".sig"_qs)));
        if (!body || !sig) {
            qWarning("download failed");
            return Rejection::Malformed;
        }
        Rejection why = Rejection::None;
        (void)checkPolicy(body->body, sig->body, config(), last, QDateTime::currentMSecsSinceEpoch(), &why);
        return why;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto keys = Signing::generate();
        QVERIFY(keys.ok());
        m_keys = keys.value();
        publish(u"policy.json"_qs, policyText(5, "acme"));
        const QString problem = m_server.start(u"    location = /redirect-to-http { return 301 "
                                               "http://localhost:%PORT%/policy.json; }\n"
                                               "    location = /loop { return 302 /loop; }\n"_qs,
                                               [this] { return Fetcher::get(options(url(u"policy.json"_qs))).ok(); });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_server.stop(); }

    void happyPathAndNotModified()
    {
        QCOMPARE(fetchAndCheck(u"policy.json"_qs), Rejection::None);
        auto first = Fetcher::get(options(url(u"policy.json"_qs)));
        QVERIFY(first.ok());
        QVERIFY(!first->etag.empty());
        auto o = options(url(u"policy.json"_qs));
        o.etag = first->etag;
        auto again = Fetcher::get(o);
        QVERIFY(again.ok());
        QVERIFY(again->notModified); // 304: nothing downloaded
        QVERIFY(again->body.empty());
        // A new serial is applied after the one in force.
        publish(u"next.json"_qs, policyText(6, "acme"));
        QCOMPARE(fetchAndCheck(u"next.json"_qs, AcceptedPolicy{5, "x"}), Rejection::None);
    }

    void signedContentRejections()
    {
        // Changed after signing.
        publish(u"tampered.json"_qs, policyText(7, "acme"));
        put(u"tampered.json"_qs, policyText(7, "acme", ", \"user_may_quit\": true"));
        QCOMPARE(fetchAndCheck(u"tampered.json"_qs), Rejection::BadSignature);
        // Signed by a key that is not pinned.
        {
            auto other = Signing::generate().value();
            const std::string text = policyText(7, "acme");
            put(u"foreign.json"_qs, text);
            put(u"foreign.json.sig"_qs, Signing::sign(text, other.privatePem).value());
            QCOMPARE(fetchAndCheck(u"foreign.json"_qs), Rejection::BadSignature);
        }
        publish(u"wrong-org.json"_qs, policyText(7, "globex"));
        QCOMPARE(fetchAndCheck(u"wrong-org.json"_qs), Rejection::WrongOrg);
        publish(u"expired.json"_qs, policyText(7, "acme", ", \"expires_at\": \"2026-02-01T00:00:00Z\""));
        QCOMPARE(fetchAndCheck(u"expired.json"_qs), Rejection::Expired);
        publish(u"future.json"_qs,
                "{\"schema_version\": 1, \"serial\": 8, \"issued_at\": \"2099-01-01T00:00:00Z\", "
                "\"org\": \"acme\"}\n");
        QCOMPARE(fetchAndCheck(u"future.json"_qs), Rejection::FromFuture);
        publish(u"old.json"_qs, policyText(3, "acme"));
        QCOMPARE(fetchAndCheck(u"old.json"_qs, AcceptedPolicy{5, "x"}), Rejection::Rollback);
        QCOMPARE(fetchAndCheck(u"policy.json"_qs, AcceptedPolicy{5, "not the same bytes"}),
                 Rejection::SameSerialDiffers);
        publish(u"schema2.json"_qs,
                "{\"schema_version\": 2, \"serial\": 9, \"issued_at\": \"2026-01-01T00:00:00Z\", "
                "\"org\": \"acme\"}\n");
        QCOMPARE(fetchAndCheck(u"schema2.json"_qs), Rejection::UnknownSchema);
        publish(u"truncated.json"_qs, policyText(9, "acme").substr(0, 40));
        QCOMPARE(fetchAndCheck(u"truncated.json"_qs), Rejection::Malformed);
        // A 200 that carries an HTML error page instead of the policy.
        put(u"html.json"_qs, "<html><body>Service unavailable</body></html>\n");
        put(u"html.json.sig"_qs, Signing::sign(policyText(5, "acme"), m_keys.privatePem).value());
        QCOMPARE(fetchAndCheck(u"html.json"_qs), Rejection::BadSignature);
    }

    // The optional pin of the server's key (managed configuration "server_key_pin"): the right pin
    // fetches, any other is a TLS failure.
    void pinnedServerKey()
    {
        QProcess sh;
        sh.setWorkingDirectory(m_dir.path());
        sh.start(u"sh"_qs,
                 {u"-c"_qs,
                  u"openssl x509 -in srv.pem -pubkey -noout | openssl pkey -pubin -outform der | "
                  "openssl dgst -sha256 -binary | base64"_qs});
        QVERIFY(sh.waitForFinished(30000));
        const std::string pin = "sha256//" + sh.readAllStandardOutput().trimmed().toStdString();
        QCOMPARE(pin.size(), std::size_t{52});
        Fetcher::Options o = options(url(u"policy.json"_qs));
        o.pinnedServerKey = pin;
        QVERIFY(Fetcher::get(o).ok());
        o.pinnedServerKey = "sha256//" + std::string(43, 'A') + "=";
        Fetcher::Failure why = Fetcher::Failure::None;
        QVERIFY(!Fetcher::get(o, &why).ok());
        QCOMPARE(why, Fetcher::Failure::Tls);
        // Read from the managed configuration, strictly.
        const std::string base = "{\"policy_url\": \"https://x.example/p.json\", \"org\": \"acme\", \"admin_keys\": [\""
                                 + jsonEscape(m_keys.publicPem) + "\"]";
        auto c = ManagedConfig::load(base + ", \"server_key_pin\": \"" + pin + "\"}");
        QVERIFY(c.ok());
        QCOMPARE(c->serverKeyPin, pin);
        QVERIFY(!ManagedConfig::load(base + ", \"server_key_pin\": \"sha1//abc\"}").ok());
        QVERIFY(ManagedConfig::load(base + "}").ok()); // off by default
    }

    void transportRejections()
    {
        Fetcher::Failure why = Fetcher::Failure::None;
        // Larger than a policy can be.
        put(u"big.json"_qs, std::string(2u << 20, ' '));
        QVERIFY(!Fetcher::get(options(url(u"big.json"_qs)), &why).ok());
        QCOMPARE(why, Fetcher::Failure::TooLarge);
        QVERIFY(!Fetcher::get(options(url(u"missing.json"_qs)), &why).ok());
        QCOMPARE(why, Fetcher::Failure::HttpStatus);
        QVERIFY(!Fetcher::get(options(url(u"redirect-to-http"_qs)), &why).ok());
        QCOMPARE(why, Fetcher::Failure::Redirect);
        QVERIFY(!Fetcher::get(options(url(u"loop"_qs)), &why).ok());
        QCOMPARE(why, Fetcher::Failure::Redirect);
        // The certificate: not trusted without the test CA, and issued for localhost, not 127.0.0.1.
        auto untrusted = options(url(u"policy.json"_qs));
        untrusted.caFile.clear();
        QVERIFY(!Fetcher::get(untrusted, &why).ok());
        QCOMPARE(why, Fetcher::Failure::Tls);
        QVERIFY(!Fetcher::get(options(url(u"policy.json"_qs, "127.0.0.1")), &why).ok());
        QCOMPARE(why, Fetcher::Failure::Tls);
        // Plain http is refused before anything is sent.
        QVERIFY(
            !Fetcher::get(options("http://localhost:" + std::to_string(m_server.port()) + "/policy.json"), &why).ok());
        QCOMPARE(why, Fetcher::Failure::BadUrl);
        QVERIFY(!Fetcher::get(options("file:///etc/passwd"), &why).ok());
        QCOMPARE(why, Fetcher::Failure::BadUrl);
    }

    void handleOptionsAreStrict()
    {
        // What every fetch sets on its libcurl handle (Debian 12's 7.88 defaults are weaker).
        Fetcher::Options o;
        o.url = "https://policy.example/policy.json";
        std::map<std::string, std::string> set;
        for (const auto& c : Fetcher::curlSettings(o)) {
            set[std::string(c.name)] = c.isText ? c.text : std::to_string(c.number);
        }
        QCOMPARE(set["PROTOCOLS_STR"], std::string("https"));
        QCOMPARE(set["REDIR_PROTOCOLS_STR"], std::string("https"));
        QCOMPARE(set["SSL_VERIFYPEER"], std::string("1"));
        QCOMPARE(set["SSL_VERIFYHOST"], std::string("2"));
        QCOMPARE(set["SSLVERSION"], std::to_string(6)); // CURL_SSLVERSION_TLSv1_2
        QCOMPARE(set["NOSIGNAL"], std::string("1"));
        QCOMPARE(set["MAXREDIRS"], std::string("3"));
        QVERIFY(std::stol(set["CONNECTTIMEOUT"]) <= 10);
        QVERIFY(std::stol(set["TIMEOUT"]) <= 30);
        QCOMPARE(set["LOW_SPEED_LIMIT"], std::string("1024"));
        QCOMPARE(set["LOW_SPEED_TIME"], std::string("10"));
        QCOMPARE(set["MAXFILESIZE_LARGE"], std::to_string(1 << 20));
        QCOMPARE(set["ACCEPT_ENCODING"], std::string("identity"));
        QVERIFY(set.find("CAINFO") == set.end());          // the system's trust store unless a CA is configured
        QVERIFY(set.find("PINNEDPUBLICKEY") == set.end()); // no pin unless the managed configuration sets one
        o.allowHttp = true;
        for (const auto& c : Fetcher::curlSettings(o)) {
            if (c.name == "PROTOCOLS_STR") {
                QCOMPARE(c.text, std::string("http,https"));
            }
        }
    }

    void misbehavingServers()
    {
        // A loopback server of the test's own for what nginx cannot be made to do: drip one byte a
        // second, accept and never answer, flood headers. Plain http (allowHttp, tests only).
        const char* script = R"PY(
import socket, sys, threading, time
mode = sys.argv[1]
CRLF = bytes([13, 10])
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 0)); s.listen(4)
print(s.getsockname()[1], flush=True)
def serve(c):
    try:
        c.recv(65536)
        if mode == 'drip':
            c.sendall(b'HTTP/1.1 200 OK' + CRLF + b'Content-Length: 100000' + CRLF + CRLF)
            while True:
                c.sendall(b'x'); time.sleep(1)
        elif mode == 'silent':
            time.sleep(60)
        elif mode == 'headers':
            c.sendall(b'HTTP/1.1 200 OK' + CRLF)
            while True:
                c.sendall(b'X-Flood: ' + b'a' * 1000 + CRLF)
    except Exception:
        pass
while True:
    c, _ = s.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
)PY";
        const auto tryMode = [&](const QString& mode, Fetcher::Failure expected) {
            QProcess server;
            server.start(u"python3"_qs, {u"-c"_qs, QString::fromLatin1(script), mode});
            QVERIFY(server.waitForReadyRead(10000));
            const int port = server.readLine().trimmed().toInt();
            Fetcher::Options o;
            o.url = "http://127.0.0.1:" + std::to_string(port) + "/policy.json";
            o.allowHttp = true;
            o.totalTimeoutS = 4; // the same limits, shortened so the test is quick
            o.lowSpeedSeconds = 2;
            Fetcher::Failure why = Fetcher::Failure::None;
            QVERIFY(!Fetcher::get(o, &why).ok());
            QCOMPARE(why, expected);
            server.kill();
            server.waitForFinished(5000);
        };
        tryMode(u"drip"_qs, Fetcher::Failure::Timeout);
        tryMode(u"silent"_qs, Fetcher::Failure::Timeout);
        tryMode(u"headers"_qs, Fetcher::Failure::TooLarge);
    }

    void lastKnownGoodAndAuditTrail()
    {
        // An endpoint's life: built-in default, first policy, no change, a rollback attempt, a
        // tampered local copy, a restart.
        QTemporaryDir dataDir;
        Store::Options so;
        so.dataDir = dataDir.path();
        so.key.dataDir = dataDir.path();
        so.key.useKeychain = false;
        auto store = Store::open(so);
        QVERIFY(store.ok());
        auto log = AuditLog::open(store.value());
        QVERIFY(log.ok());
        ManagedConfig c = config();
        c.policyUrl = url(u"endpoint.json"_qs);
        c.caFile = m_dir.filePath(u"ca.pem"_qs).toStdString();
        publish(u"endpoint.json"_qs, policyText(5, "acme", ", \"retention_days\": 30"));
        {
            PolicyManager m(store.value(), &log.value(), c);
            m.start();
            QVERIFY(m.usingBuiltinDefault());
            auto o = m.refreshOnce();
            QVERIFY(o.applied);
            QCOMPARE(m.current().serial, std::int64_t{5});
            QCOMPARE(m.current().retentionDays, 30);
            QVERIFY(m.lastFetchMs() > 0);
            // No change on the server: 304, nothing downloaded, still serial 5.
            o = m.refreshOnce();
            QVERIFY(o.notModified && !o.applied);
            // The local copy is tampered behind Scrim's back.
            QVERIFY(store
                        ->setMeta("policy_lkg_bytes",
                                  QByteArray::fromStdString(policyText(5, "acme", ", \"retention_days\": 3650"))
                                      .toBase64()
                                      .toStdString())
                        .ok());
            o = m.refreshOnce(); // the server says 304, but the copy no longer matches: a full download
            QVERIFY(o.cacheWasTampered);
            QCOMPARE(m.current().retentionDays, 30);
            QCOMPARE(m.storedBytes(), policyText(5, "acme", ", \"retention_days\": 30"));
            // A rollback: rejected, recorded, the stored copy byte-identical.
            const std::string before = m.storedBytes();
            publish(u"endpoint.json"_qs, policyText(4, "acme"));
            o = m.refreshOnce();
            QCOMPARE(o.rejection, Rejection::Rollback);
            QCOMPARE(m.current().serial, std::int64_t{5});
            QCOMPARE(m.storedBytes(), before);
        }
        {
            // A restart: the stored copy is verified again and enforced.
            PolicyManager m(store.value(), &log.value(), c);
            m.start();
            QVERIFY(!m.usingBuiltinDefault());
            QCOMPARE(m.current().serial, std::int64_t{5});
            // A copy whose signature no longer fits is dropped at start: built-in default and an alert.
            QVERIFY(store->setMeta("policy_lkg_sig", "AAAA").ok());
            PolicyManager n(store.value(), &log.value(), c);
            n.start();
            QVERIFY(n.usingBuiltinDefault());
        }
        // The audit trail: applied, rejected with its reason, alerts; verifiable.
        const auto events = log->all().value();
        QStringList kinds;
        for (const auto& e : events) {
            kinds << QString::fromStdString(std::string(auditEventTypeName(e.type)) + ":" + e.action);
        }
        const QString all = kinds.join(u' ');
        QVERIFY2(all.contains(u"policy_applied:applied"_qs), qPrintable(all));
        QVERIFY2(all.contains(u"policy_rejected:rollback"_qs), qPrintable(all));
        QVERIFY2(all.contains(u"alert:policy_cache_tampered"_qs), qPrintable(all));
        QVERIFY2(all.contains(u"alert:policy_cache_rejected"_qs), qPrintable(all));
        QVERIFY(log->verify().value().ok());
    }

    void cliFetch()
    {
        const QString cli = qEnvironmentVariable("SCRIM_BIN_DIR") + u"/scrim-cli"_qs;
        {
            QFile f(m_dir.filePath(u"admin.pub.pem"_qs));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_keys.publicPem.data(), static_cast<qint64>(m_keys.publicPem.size()));
        }
        const auto fetch = [&](const QString& name) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"SCRIM_MANAGED_CONFIG"_qs, m_dir.filePath(u"no-managed.json"_qs));
            env.insert(u"SCRIM_DATA_DIR"_qs, m_dir.filePath(u"data"_qs));
            p.setProcessEnvironment(env);
            p.start(cli,
                    {u"policy"_qs,
                     u"fetch"_qs,
                     u"--url"_qs,
                     QString::fromStdString(url(name)),
                     u"--org"_qs,
                     u"acme"_qs,
                     u"--pubkey"_qs,
                     m_dir.filePath(u"admin.pub.pem"_qs),
                     u"--ca"_qs,
                     m_dir.filePath(u"ca.pem"_qs)});
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        const auto [okCode, okOut] = fetch(u"policy.json"_qs);
        QCOMPARE(okCode, 0);
        QVERIFY2(okOut.contains("Accepted: serial 5"), okOut.constData());
        publish(u"tampered2.json"_qs, policyText(7, "acme"));
        put(u"tampered2.json"_qs, policyText(7, "acme", " "));
        const auto [badCode, badOut] = fetch(u"tampered2.json"_qs);
        QCOMPARE(badCode, 1);
        QVERIFY2(badOut.contains("Rejected (bad_signature)"), badOut.constData());
    }
};

QTEST_GUILESS_MAIN(TestPolicyFetch)
#include "TestPolicyFetch.moc"
