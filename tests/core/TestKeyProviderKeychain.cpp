// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain path of the store key against a real gnome-keyring (run by scripts/run-with-keyring.sh
// under its own session bus and a throw-away HOME; see tests/CMakeLists.txt).
#include "core/store/KeyProvider.h"
#include "core/store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

class TestKeyProviderKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_service;

    KeyProvider::Options options() const
    {
        KeyProvider::Options o;
        o.dataDir = m_dir.path();
        o.service = m_service;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_service = u"Scrim-test-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
        qunsetenv("SCRIM_KEYCHAIN");
    }

    void keyLivesInTheKeychain()
    {
        auto first = KeyProvider::obtain(options());
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
        QCOMPARE(first->backend, KeyBackend::Keychain);
        QVERIFY(first->created);
        QVERIFY(first->warning.empty());
        QVERIFY(!QFile::exists(KeyProvider::keyFilePath(m_dir.path()))); // no key file beside the data

        auto second = KeyProvider::obtain(options());
        QVERIFY(second.ok());
        QCOMPARE(second->backend, KeyBackend::Keychain);
        QVERIFY(!second->created);
        QVERIFY(std::equal(first->key.bytes().begin(), first->key.bytes().end(), second->key.bytes().begin()));

        // The Secret Service itself holds exactly this key (QtKeychain stores binary data as base64
        // under the attributes server=<service>, user=<account>). Compared, never printed.
        QProcess tool;
        tool.start(u"secret-tool"_qs, {u"lookup"_qs, u"server"_qs, m_service, u"user"_qs, options().account});
        QVERIFY2(tool.waitForFinished(10000), "secret-tool (libsecret-tools) did not run");
        const QByteArray stored = tool.readAllStandardOutput().trimmed();
        const QByteArray expected =
            QByteArray(reinterpret_cast<const char*>(first->key.bytes().data()), StoreKey::Size).toBase64();
        QVERIFY2(stored == expected, "the keychain entry differs from the key handed out");
    }

    void storeOpensWithTheKeychainKey()
    {
        Store::Options o;
        o.dataDir = m_dir.path();
        o.key = options();
        {
            auto s = Store::open(o);
            QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
            QCOMPARE(s->report().keyBackend, KeyBackend::Keychain);
            QVERIFY(s->report().warning.empty());
            QVERIFY(s->setMeta("k", "v").ok());
        }
        auto s = Store::open(o);
        QVERIFY(s.ok());
        QCOMPARE(QString::fromStdString(*s->meta("k").value()), u"v"_qs);
        QVERIFY(!QFile::exists(KeyProvider::keyFilePath(m_dir.path())));
    }

    void aTimeoutFallsBackInsteadOfHanging()
    {
        QTemporaryDir other;
        KeyProvider::Options o = options();
        o.dataDir = other.path();
        o.service = m_service + u"-timeout"_qs;
        o.timeoutMs = 0; // the timer fires before any D-Bus answer can arrive
        QElapsedTimer t;
        t.start();
        auto k = KeyProvider::obtain(o);
        QVERIFY(k.ok());
        QVERIFY(t.elapsed() < 2000);
        QCOMPARE(k->backend, KeyBackend::KeyFile);
        QVERIFY(!k->warning.empty());
        // The abandoned job finishes later on its own without harm.
        QTest::qWait(500);
    }

    void removeAndForget()
    {
        QVERIFY(KeyProvider::removeFromKeychain(options()).ok());
        QVERIFY(KeyProvider::removeFromKeychain(options()).ok()); // already gone is fine
        KeyProvider::Options o = options();
        o.allowCreate = false;
        auto k = KeyProvider::obtain(o);
        QVERIFY(!k.ok());
        QCOMPARE(k.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeyProviderKeychain)
#include "TestKeyProviderKeychain.moc"
