// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted store: round trips, wrong key, self-test, damaged files, I/O failures, key file, canaries.
#include "core/log/Log.h"
#include "core/store/Database.h"
#include "core/store/KeyProvider.h"
#include "core/store/Store.h"
#include "core/store/StoreKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_n = 0;

    // A fresh data folder per test.
    QString freshDir()
    {
        const QString d = m_root.filePath(u"d%1"_qs.arg(++m_n));
        QDir().mkpath(d);
        return d;
    }

    static Store::Options optionsFor(const QString& dir)
    {
        Store::Options o;
        o.dataDir = dir;
        o.key.useKeychain = false;
        return o;
    }

    static QByteArray sha256(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static QStringList listing(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    static StoreKey keyFromFile(const QString& dir)
    {
        QFile f(KeyProvider::keyFilePath(dir));
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QByteArray b = f.readAll();
        return StoreKey::fromBytes(
            {reinterpret_cast<const std::uint8_t*>(b.constData()), static_cast<std::size_t>(b.size())});
    }

    // Runs python3's sqlite3 module (plain SQLite, no SQLCipher) in a child process: libsqlite3 and
    // libsqlcipher in one process would interpose each other's symbols.
    static QProcess* python(const QString& script, const QStringList& args)
    {
        auto* p = new QProcess;
        p->start(u"python3"_qs, QStringList{u"-c"_qs, script} + args);
        p->waitForFinished(30000);
        return p;
    }

    static Result<void> fillTable(Database& db, int rows, int bytesPerRow)
    {
        if (auto r = db.exec("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)"); !r) {
            return r;
        }
        auto tx = Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        auto st = db.prepare("INSERT INTO t (body) VALUES (?1)");
        if (!st) {
            return st.error();
        }
        std::vector<std::uint8_t> body(static_cast<std::size_t>(bytesPerRow));
        for (int i = 0; i < rows; ++i) {
            for (auto& b : body) {
                b = static_cast<std::uint8_t>(QRandomGenerator::global()->bounded(256));
            }
            if (auto r = st->bindBlob(1, body); !r) {
                return r;
            }
            if (auto r = st->run(); !r) {
                return r;
            }
            st->reset();
        }
        return tx->commit();
    }

    static qint64 rowCount(Database& db, const char* table)
    {
        auto st = db.prepare(std::string("SELECT count(*) FROM ") + table);
        if (!st || !st->step().value()) {
            return -1;
        }
        return st->columnInt(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // Never reach a real keychain from this test (TestKeyProviderKeychain does that): an
        // unreachable bus makes every keychain job fail at once.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/scrim-test-bus");
        qputenv("SCRIM_DATA_DIR", m_root.filePath(u"logs-home"_qs).toUtf8());
        QDir().mkpath(m_root.filePath(u"logs-home"_qs));
        Log::init("TestStore");
    }

    void roundTripAndReopen()
    {
        const QString dir = freshDir();
        {
            auto s = Store::open(optionsFor(dir));
            QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
            QVERIFY(s->report().created);
            QVERIFY(s->report().keyCreated);
            QVERIFY(s->report().movedAsidePath.isEmpty());
            QVERIFY(s->setMeta("greeting", "hello, store").ok());
            // Values are bound, never spliced into SQL.
            QVERIFY(s->setMeta("tricky", "'); DROP TABLE meta; --").ok());
            auto v = s->meta("greeting");
            QVERIFY(v.ok() && v.value().has_value());
            QCOMPARE(QString::fromStdString(*v.value()), u"hello, store"_qs);
        }
        auto s = Store::open(optionsFor(dir));
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
        QVERIFY(!s->report().created);
        QVERIFY(!s->report().keyCreated);
        QCOMPARE(QString::fromStdString(*s->meta("greeting").value()), u"hello, store"_qs);
        QCOMPARE(QString::fromStdString(*s->meta("tricky").value()), u"'); DROP TABLE meta; --"_qs);
        QVERIFY(s->meta("created_at").value().has_value());
        QVERIFY(!s->meta("missing").value().has_value());
        QCOMPARE(s->database().userVersion().value(), Store::migrations().back().version);
    }

    void cipherSettingsReadBack()
    {
        const QString dir = freshDir();
        auto s = Store::open(optionsFor(dir));
        QVERIFY(s.ok());
        Database& db = s->database();
        QVERIFY(!db.pragma("cipher_version").value().empty());
        QCOMPARE(db.pragma("cipher_page_size").value(), std::string("4096"));
        QCOMPARE(db.pragma("cipher_hmac_algorithm").value(), std::string("HMAC_SHA512"));
        QCOMPARE(db.pragma("cipher_kdf_algorithm").value(), std::string("PBKDF2_HMAC_SHA512"));
        QCOMPARE(db.pragma("kdf_iter").value(), std::string("256000"));
        QCOMPARE(db.pragma("cipher_memory_security").value(), std::string("1"));
        QCOMPARE(db.pragma("cipher_log_source").value(), std::string("NONE"));
        QCOMPARE(db.pragma("journal_mode").value(), std::string("wal"));
        QCOMPARE(db.pragma("temp_store").value(), std::string("2"));  // MEMORY
        QCOMPARE(db.pragma("synchronous").value(), std::string("2")); // FULL
        QVERIFY(!db.pragma("bad name; DROP").ok());
    }

    void wrongKeyLeavesFileUntouched()
    {
        const QString dir = freshDir();
        {
            auto s = Store::open(optionsFor(dir));
            QVERIFY(s.ok());
            QVERIFY(s->setMeta("x", "y").ok());
        }
        const QString db = dir + u"/scrim.db"_qs;
        const QByteArray before = sha256(db);
        const QStringList filesBefore = listing(dir);

        // A key for another database.
        OpenFault fault = OpenFault::None;
        QElapsedTimer t;
        t.start();
        auto wrong = Database::open(db, StoreKey::generate(), &fault);
        QVERIFY(!wrong.ok());
        QCOMPARE(fault, OpenFault::WrongKeyOrDamaged);
        QVERIFY(QString::fromStdString(wrong.error().message).contains(u"wrong key or damaged file"_qs));
        QVERIFY(t.elapsed() < 2000);

        // The same through the Store, with the key file replaced: nothing moved, nothing recreated.
        {
            QFile k(KeyProvider::keyFilePath(dir));
            QVERIFY(k.open(QIODevice::WriteOnly | QIODevice::Truncate));
            const StoreKey other = StoreKey::generate();
            k.write(reinterpret_cast<const char*>(other.bytes().data()), 32);
        }
        auto s = Store::open(optionsFor(dir));
        QVERIFY(!s.ok());
        QVERIFY(QString::fromStdString(s.error().message).contains(u"wrong key or damaged file"_qs));
        QCOMPARE(sha256(db), before);
        QCOMPARE(listing(dir), filesBefore);
    }

    void sqlcipherStaysQuietOnAWrongKey()
    {
        // SQLCipher 4.6 prints "ERROR CORE ... hmac check failed" to stderr unless told not to; run the
        // wrong-key case in a child (this same binary) and read its stderr.
        if (qEnvironmentVariableIsSet("SCRIM_TESTSTORE_CHILD")) {
            QSKIP("already the child");
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SCRIM_TESTSTORE_CHILD"_qs, u"1"_qs);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"wrongKeyLeavesFileUntouched"_qs});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(!err.contains("hmac") && !err.contains("ERROR CORE"), err.constData());
    }

    void twoConnectionsShareTheFile()
    {
        // The tray app and scrim-cli open the same store: WAL lets one read while the other writes.
        const QString dir = freshDir();
        auto a = Store::open(optionsFor(dir));
        QVERIFY(a.ok());
        auto b = Store::open(optionsFor(dir));
        QVERIFY2(b.ok(), b.ok() ? "" : b.error().message.c_str());
        QVERIFY(a->setMeta("from", "a").ok());
        QCOMPARE(QString::fromStdString(*b->meta("from").value()), u"a"_qs);
        auto tx = Transaction::begin(a->database());
        QVERIFY(tx.ok());
        QVERIFY(a->setMeta("from", "a-uncommitted").ok());
        QCOMPARE(QString::fromStdString(*b->meta("from").value()), u"a"_qs); // readers see committed data
        QVERIFY(tx->commit().ok());
        QCOMPARE(QString::fromStdString(*b->meta("from").value()), u"a-uncommitted"_qs);
    }

    void plainSqliteCannotReadTheFile()
    {
        const QString dir = freshDir();
        {
            auto s = Store::open(optionsFor(dir));
            QVERIFY(s.ok());
            QVERIFY(s->setMeta("x", "y").ok());
        }
        std::unique_ptr<QProcess> p(python(u"import sqlite3, sys\n"
                                           "c = sqlite3.connect(sys.argv[1])\n"
                                           "try:\n"
                                           "    c.execute('SELECT count(*) FROM sqlite_master').fetchall()\n"
                                           "    print('READABLE')\n"
                                           "except sqlite3.DatabaseError as e:\n"
                                           "    print('REFUSED', e)\n"_qs,
                                           {dir + u"/scrim.db"_qs}));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(out.startsWith(u"REFUSED"_qs), qPrintable(out + QString::fromUtf8(p->readAllStandardError())));
        QVERIFY(out.contains(u"not a database"_qs));
    }

    void rawKeyOpensInTheSqlcipherShell()
    {
        // The key really is used as a raw key (no passphrase KDF): the stock sqlcipher shell opens
        // the file with PRAGMA key = "x'<hex>'" and the same cipher parameters.
        const QString dir = freshDir();
        {
            auto s = Store::open(optionsFor(dir));
            QVERIFY(s.ok());
            QVERIFY(s->setMeta("probe", "raw-key-ok").ok());
        }
        const StoreKey key = keyFromFile(dir);
        const QByteArray hex = QByteArray(reinterpret_cast<const char*>(key.bytes().data()), 32).toHex();
        QProcess shell;
        shell.start(u"sqlcipher"_qs, {dir + u"/scrim.db"_qs});
        if (!shell.waitForStarted(5000)) {
            QSKIP("the sqlcipher shell is not installed");
        }
        shell.write("PRAGMA key = \"x'" + hex
                    + "'\";\n"
                      "PRAGMA cipher_page_size = 4096;\n"
                      "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;\n"
                      "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;\n"
                      "PRAGMA kdf_iter = 256000;\n"
                      "SELECT value FROM meta WHERE key = 'probe';\n");
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(30000));
        QVERIFY(shell.readAllStandardOutput().contains("raw-key-ok"));
    }

    void selfTestRefusesPlainSqliteFile()
    {
        const QString dir = freshDir();
        const QString db = dir + u"/scrim.db"_qs;
        std::unique_ptr<QProcess> p(python(u"import sqlite3, sys\n"
                                           "c = sqlite3.connect(sys.argv[1])\n"
                                           "c.execute('CREATE TABLE meta (key TEXT, value TEXT)')\n"
                                           "c.commit()\n"_qs,
                                           {db}));
        QCOMPARE(p->exitCode(), 0);
        const QByteArray before = sha256(db);
        QVERIFY(!before.isEmpty());

        OpenFault fault = OpenFault::None;
        auto plain = Database::open(db, StoreKey::generate(), &fault);
        QVERIFY(!plain.ok());
        QCOMPARE(fault, OpenFault::SelfTestFailed);

        // The Store fails closed too: the plaintext file is neither used nor moved nor rewritten.
        const QStringList filesBefore = listing(dir);
        auto s = Store::open(optionsFor(dir));
        QVERIFY(!s.ok());
        QVERIFY(QString::fromStdString(s.error().message).contains(u"self-test"_qs));
        QCOMPARE(sha256(db), before);
        QCOMPARE(listing(dir), filesBefore);
    }

    void selfTestRefusesHeaderBytes()
    {
        const QString dir = freshDir();
        const QString db = dir + u"/scrim.db"_qs;
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        f.close();
        OpenFault fault = OpenFault::None;
        QVERIFY(!Database::open(db, StoreKey::generate(), &fault).ok());
        QCOMPARE(fault, OpenFault::SelfTestFailed);
    }

    void selfTestRefusesMissingCipherVersion()
    {
        // What plain SQLite answers to PRAGMA cipher_version: no row at all.
        std::unique_ptr<QProcess> p(python(u"import sqlite3\n"
                                           "rows = sqlite3.connect(':memory:').execute('PRAGMA cipher_version')"
                                           ".fetchall()\n"
                                           "print(rows[0][0] if rows else '')\n"_qs,
                                           {}));
        QCOMPARE(p->exitCode(), 0);
        const std::string answer = QString::fromUtf8(p->readAllStandardOutput()).trimmed().toStdString();
        QVERIFY(answer.empty());
        QVERIFY(!Database::checkSelfTest(answer, {}).ok());
        // And what SQLCipher answers passes.
        QVERIFY(Database::checkSelfTest("4.6.1 community", {}).ok());
        const std::string encryptedHeader(16, '\x5a');
        QVERIFY(Database::checkSelfTest("4.6.1 community", encryptedHeader).ok());
        QVERIFY(!Database::checkSelfTest("4.6.1 community", std::string("SQLite format 3\0", 16)).ok());
    }

    void damagedPagesAreMovedAside_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
            QTest::newRow(qPrintable(u"seed %1"_qs.arg(seed))) << seed;
        }
    }
    void damagedPagesAreMovedAside()
    {
        QFETCH(quint32, seed);
        const QString dir = freshDir();
        const QString db = dir + u"/scrim.db"_qs;
        {
            auto s = Store::open(optionsFor(dir));
            QVERIFY(s.ok());
            QVERIFY(fillTable(s->database(), 200, 700).ok());
        }
        QVERIFY(!QFile::exists(db + u"-wal"_qs)); // checkpointed on close
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype pages = bytes.size() / 4096;
        QVERIFY(pages > 20);
        QRandomGenerator rng(seed);
        const int damaged = 1 + rng.bounded(3);
        for (int i = 0; i < damaged; ++i) {
            // Any page but the first (page 1 damage reads as a wrong key; see the next test).
            const qsizetype page = 1 + rng.bounded(pages - 1);
            const qsizetype at = page * 4096 + rng.bounded(4096);
            bytes[at] = static_cast<char>(bytes[at] ^ (1 << rng.bounded(8)));
        }
        f.seek(0);
        f.write(bytes);
        f.close();
        const QByteArray damagedHash = sha256(db);

        auto s = Store::open(optionsFor(dir));
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
        const QString aside = s->report().movedAsidePath;
        QVERIFY(!aside.isEmpty());
        QVERIFY(QFileInfo(aside).fileName().startsWith(u"scrim.db.damaged-"_qs));
        QCOMPARE(sha256(aside), damagedHash); // kept as it was
        QVERIFY(s->report().created);
        QCOMPARE(rowCount(s->database(), "sqlite_master WHERE name = 't'"), 0); // a fresh store
        QVERIFY(s->meta("created_at").value().has_value());
    }

    void damagedFirstPageIsTheWrongKeyState()
    {
        const QString dir = freshDir();
        const QString db = dir + u"/scrim.db"_qs;
        {
            auto s = Store::open(optionsFor(dir));
            QVERIFY(s.ok());
            QVERIFY(s->setMeta("x", "y").ok());
        }
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(200);
        char c = 0;
        f.getChar(&c);
        f.seek(200);
        f.putChar(static_cast<char>(c ^ 0x01));
        f.close();
        const QByteArray before = sha256(db);
        auto s = Store::open(optionsFor(dir));
        QVERIFY(!s.ok());
        QVERIFY(QString::fromStdString(s.error().message).contains(u"wrong key or damaged file"_qs));
        QCOMPARE(sha256(db), before);

        // The user's explicit choice: keep the old file aside, start afresh with the same key.
        auto fresh = Store::startFresh(optionsFor(dir));
        QVERIFY2(fresh.ok(), fresh.ok() ? "" : fresh.error().message.c_str());
        QCOMPARE(sha256(fresh->report().movedAsidePath), before);
        QVERIFY(!fresh->meta("x").value().has_value());
    }

    void missingOrUnwritableFolderIsAnError()
    {
        const QString dir = freshDir();
        const QString notADir = dir + u"/file"_qs;
        QFile f(notADir);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto s = Store::open(optionsFor(notADir));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::IoError);

        OpenFault fault = OpenFault::None;
        auto db = Database::open(notADir + u"/scrim.db"_qs, StoreKey::generate(), &fault);
        QVERIFY(!db.ok());
        QCOMPARE(fault, OpenFault::Io);
        QCOMPARE(db.error().code, ErrorCode::IoError);

        if (::geteuid() == 0) {
            // Root ignores permission bits; /proc refuses new files even to root.
            auto r = Store::open(optionsFor(u"/proc/self"_qs));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::IoError);
            auto d = Database::open(u"/proc/self/scrim.db"_qs, StoreKey::generate(), &fault);
            QVERIFY(!d.ok());
            QCOMPARE(fault, OpenFault::Io);
            return; // as root the read-only case is the /proc one above; permission bits would not bind
        }
        const QString ro = freshDir();
        QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto r = Store::open(optionsFor(ro));
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::IoError);
    }

    void diskFullIsAnErrorAndWritesNothingHalf()
    {
        const QString dir = freshDir();
        {
            auto s = Store::open(optionsFor(dir));
            QVERIFY(s.ok());
            QVERIFY(fillTable(s->database(), 10, 100).ok());
            // max_page_count makes SQLite answer SQLITE_FULL exactly as a full disk does.
            const std::string pages = s->database().pragma("page_count").value();
            QVERIFY(s->database().exec("PRAGMA max_page_count = " + pages).ok());
            auto r = fillTable(s->database(), 200, 2000);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::IoError);
            QVERIFY(QString::fromStdString(r.error().message).contains(u"disk is full"_qs));
            QVERIFY(!s->database().inTransaction());
            QCOMPARE(rowCount(s->database(), "t"), 10);
        }
        auto s = Store::open(optionsFor(dir));
        QVERIFY(s.ok());
        QCOMPARE(rowCount(s->database(), "t"), 10);
        QVERIFY(s->database().verifyPages().ok());
    }

    void keyFileHasMode0600()
    {
        const QString dir = freshDir();
        auto s = Store::open(optionsFor(dir));
        QVERIFY(s.ok());
        QCOMPARE(s->report().keyBackend, KeyBackend::KeyFile);
        QVERIFY(!s->report().warning.empty());
        const QString key = KeyProvider::keyFilePath(dir);
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(key).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(st.st_size, 32);

        // Widened by someone: narrowed again on the next read.
        QCOMPARE(::chmod(QFile::encodeName(key).constData(), 0644), 0);
        auto again = KeyProvider::obtain(KeyProvider::Options{.dataDir = dir, .useKeychain = false});
        QVERIFY(again.ok());
        QCOMPARE(::stat(QFile::encodeName(key).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void envVarForcesKeyFile()
    {
        const QString dir = freshDir();
        qputenv("SCRIM_KEYCHAIN", "off");
        Store::Options o;
        o.dataDir = dir; // useKeychain stays true: the variable decides
        auto s = Store::open(o);
        qunsetenv("SCRIM_KEYCHAIN");
        QVERIFY(s.ok());
        QCOMPARE(s->report().keyBackend, KeyBackend::KeyFile);
        QVERIFY(QFile::exists(KeyProvider::keyFilePath(dir)));
    }

    void unreachableKeychainFallsBackToKeyFile()
    {
        const QString dir = freshDir();
        Store::Options o;
        o.dataDir = dir;
        o.key.service = u"Scrim-TestStore"_qs;
        QElapsedTimer t;
        t.start();
        auto s = Store::open(o); // the bus address set in initTestCase goes nowhere
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
        QVERIFY(t.elapsed() < 4000);
        QCOMPARE(s->report().keyBackend, KeyBackend::KeyFile);
        QVERIFY(!s->report().warning.empty());
    }

    void noNewKeyWhileAStoreExists()
    {
        const QString dir = freshDir();
        {
            auto s = Store::open(optionsFor(dir));
            QVERIFY(s.ok());
        }
        QVERIFY(QFile::remove(KeyProvider::keyFilePath(dir)));
        const QByteArray before = sha256(dir + u"/scrim.db"_qs);
        auto s = Store::open(optionsFor(dir));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(KeyProvider::keyFilePath(dir)));
        QCOMPARE(sha256(dir + u"/scrim.db"_qs), before);
    }

    void migrationsGoForwardOnly()
    {
        const QString dir = freshDir();
        const QString path = dir + u"/m.db"_qs;
        const StoreKey key = StoreKey::generate();
        const std::vector<Migration> steps = {
            {1, "CREATE TABLE a (x INTEGER);"},
            {2, "CREATE TABLE b (y TEXT); INSERT INTO a (x) VALUES (42);"},
        };
        {
            auto db = Database::open(path, key);
            QVERIFY(db.ok());
            QVERIFY(db->migrate(std::span(steps).first(1)).ok());
            QCOMPARE(db->userVersion().value(), 1);
            QVERIFY(db->migrate(steps).ok());
            QCOMPARE(db->userVersion().value(), 2);
            QVERIFY(db->migrate(steps).ok()); // idempotent
            QCOMPARE(rowCount(*db, "a"), 1);
            // A broken step changes nothing, user_version included.
            const std::vector<Migration> broken = {steps[0], steps[1], {3, "CREATE TABLE c (z); NOT SQL;"}};
            QVERIFY(!db->migrate(broken).ok());
            QCOMPARE(db->userVersion().value(), 2);
            QCOMPARE(rowCount(*db, "sqlite_master WHERE name = 'c'"), 0);
            QVERIFY(db->exec("PRAGMA user_version = 99").ok());
        }
        auto db = Database::open(path, key);
        QVERIFY(db.ok());
        auto r = db->migrate(steps);
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains(u"newer Scrim"_qs));
    }

    void statementsBindEveryType()
    {
        const QString dir = freshDir();
        auto db = Database::open(dir + u"/s.db"_qs, StoreKey::generate());
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE v (i INTEGER, d REAL, t TEXT, b BLOB, n)").ok());
        auto ins = db->prepare("INSERT INTO v VALUES (?1, ?2, ?3, ?4, ?5)");
        QVERIFY(ins.ok());
        const std::vector<std::uint8_t> blob = {0, 1, 2, 255};
        QVERIFY(ins->bind(1, std::int64_t{-7}).ok());
        QVERIFY(ins->bind(2, 2.5).ok());
        QVERIFY(ins->bind(3, std::string_view("caf\xc3\xa9")).ok());
        QVERIFY(ins->bindBlob(4, blob).ok());
        QVERIFY(ins->bindNull(5).ok());
        QVERIFY(ins->run().ok());
        QVERIFY(!ins->bind(9, std::int64_t{1}).ok()); // out of range
        auto sel = db->prepare("SELECT i, d, t, b, n FROM v");
        QVERIFY(sel.ok());
        QVERIFY(sel->step().value());
        QCOMPARE(sel->columnInt(0), -7);
        QCOMPARE(sel->columnDouble(1), 2.5);
        QCOMPARE(sel->columnText(2), std::string("caf\xc3\xa9"));
        QCOMPARE(sel->columnBlob(3), blob);
        QVERIFY(sel->isNull(4));
        QVERIFY(!sel->step().value());
        QVERIFY(!db->prepare("SELECT FROM nowhere").ok());
    }

    void crashSafety()
    {
        // SIGKILL at random moments; afterwards the store opens cleanly (every page verified), nothing
        // is moved aside, and every acknowledged row is there. SCRIM_CRASH_ROUNDS raises the count.
        const int rounds =
            qEnvironmentVariableIsSet("SCRIM_CRASH_ROUNDS") ? qEnvironmentVariableIntValue("SCRIM_CRASH_ROUNDS") : 24;
        const QString dir = freshDir();
        QRandomGenerator rng(20261127);
        long long lastAcked = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"SCRIM_TESTSTORE_WRITER"_qs, dir);
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
            QTest::qSleep(static_cast<int>(rng.bounded(5, 120)));
            QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
            QVERIFY(child.waitForFinished(10000));
            out += child.readAllStandardOutput();
            for (const QByteArray& line : out.split('\n')) {
                if (line.startsWith("ACK ")) {
                    lastAcked = std::max(lastAcked, line.mid(4).toLongLong());
                }
            }

            auto s = Store::open(optionsFor(dir));
            QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
            QVERIFY(s->report().movedAsidePath.isEmpty());
            QCOMPARE(s->database().pragma("quick_check").value(), std::string("ok"));
            QVERIFY(s->database().verifyPages().ok());
            auto st = s->database().prepare("SELECT count(*), coalesce(max(id), 0) FROM ack");
            QVERIFY(st.ok() && st->step().value());
            const long long count = st->columnInt(0);
            const long long maxId = st->columnInt(1);
            QVERIFY2(maxId >= lastAcked, qPrintable(u"acked %1, stored %2"_qs.arg(lastAcked).arg(maxId)));
            QCOMPARE(count, maxId); // no holes: nothing acknowledged went missing
        }
        QVERIFY(lastAcked > rounds);
        std::fprintf(stderr, "crashSafety: %d SIGKILL rounds, %lld rows acknowledged and found\n", rounds, lastAcked);
    }

    void canariesNeverReachTheDisk()
    {
        const QString dir = freshDir();
        const QByteArray canaries[] = {"canary-5f1c2e7a@example.test",
                                       "sk-canary0123456789abcdef0123456789abcdef",
                                       "4539 1488 0343 6467",
                                       "Winifred Canarysdottir"};
        auto s = Store::open(optionsFor(dir));
        QVERIFY(s.ok());
        QVERIFY(s->database().exec("CREATE TABLE vault (id INTEGER PRIMARY KEY, original TEXT)").ok());
        auto ins = s->database().prepare("INSERT INTO vault (original) VALUES (?1)");
        QVERIFY(ins.ok());
        for (const QByteArray& c : canaries) {
            QVERIFY(ins->bind(1, std::string_view(c.constData(), static_cast<std::size_t>(c.size()))).ok());
            QVERIFY(ins->run().ok());
            ins->reset();
            QVERIFY(s->setMeta("note", c.toStdString()).ok());
        }
        QVERIFY(QFile::exists(dir + u"/scrim.db-wal"_qs));

        const auto scan = [&](const QString& where, int minFiles) {
            QDirIterator it(where, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            int files = 0;
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray raw = f.readAll();
                ++files;
                for (const QByteArray& c : canaries) {
                    const QString text = QString::fromUtf8(c);
                    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
                    for (const QByteArray& form :
                         {c, utf16, c.toBase64(), c.toHex(), c.toLower(), c.mid(1).toBase64(), c.mid(2).toBase64()}) {
                        QVERIFY2(!raw.contains(form), qPrintable(path));
                    }
                }
            }
            QVERIFY(files >= minFiles);
        };
        scan(dir, 4); // open: key file, main file, WAL and SHM
        Database& db = s->database();
        QCOMPARE(rowCount(db, "vault"), 4);
        s = Error{}; // close
        scan(dir, 2);
        scan(m_root.filePath(u"logs-home"_qs), 1); // the diagnostics log
    }

    void keyNeverInTheLog()
    {
        const QString dir = freshDir();
        {
            auto s = Store::open(optionsFor(dir));
            QVERIFY(s.ok());
            OpenFault fault = OpenFault::None;
            QVERIFY(!Database::open(dir + u"/scrim.db"_qs, StoreKey::generate(), &fault).ok());
        }
        const StoreKey key = keyFromFile(dir);
        QVERIFY(key.valid());
        const QByteArray raw(reinterpret_cast<const char*>(key.bytes().data()), 32);
        QFile log(QString::fromStdString(Log::filePath()));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("store opened"));
        QVERIFY(!text.contains(raw));
        QVERIFY(!text.contains(raw.toHex()));
        QVERIFY(!text.contains(raw.toHex().toUpper()));
        QVERIFY(!text.contains(raw.toBase64()));
    }
};

// The writer of crashSafety, in a child process (SCRIM_TESTSTORE_WRITER set): appends rows one
// commit at a time and reports each committed id on stdout until it is killed.
static int crashChildWriter(const QString& dir)
{
    Store::Options o;
    o.dataDir = dir;
    o.key.dataDir = dir;
    o.key.useKeychain = false;
    auto s = Store::open(o);
    if (!s) {
        return 3;
    }
    Database& db = s->database();
    if (!db.exec("CREATE TABLE IF NOT EXISTS ack (id INTEGER PRIMARY KEY, body BLOB NOT NULL)").ok()) {
        return 3;
    }
    auto ins = db.prepare("INSERT INTO ack (body) VALUES (?1)");
    if (!ins) {
        return 3;
    }
    std::vector<std::uint8_t> body(300);
    for (int i = 0; i < 1000000; ++i) {
        for (auto& b : body) {
            b = static_cast<std::uint8_t>(QRandomGenerator::global()->bounded(256));
        }
        if (!ins->bindBlob(1, body).ok() || !ins->run().ok()) {
            return 3;
        }
        ins->reset();
        // Acknowledged only after the commit returned.
        std::printf("ACK %lld\n", static_cast<long long>(db.lastInsertRowId()));
        std::fflush(stdout);
    }
    return 0;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString dir = qEnvironmentVariable("SCRIM_TESTSTORE_WRITER"); !dir.isEmpty()) {
        return crashChildWriter(dir);
    }
    TestStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestStore.moc"
