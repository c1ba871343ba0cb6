// SPDX-License-Identifier: GPL-3.0-or-later
// The token vault: sessions kept in the encrypted store (and in memory only), their TTL, forgetting,
// and that an original never reaches a plain file.
#include "core/detect/RuleSet.h"
#include "core/redact/Anonymizer.h"
#include "core/redact/Restorer.h"
#include "core/redact/Vault.h"
#include "core/store/Store.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace {

Store::Options optionsFor(const QString& dir)
{
    Store::Options o;
    o.dataDir = dir;
    o.key.dataDir = dir;
    o.key.useKeychain = false;
    return o;
}

const std::string kCanaryEmail = "canary.vault.5d1e@scrim-test.example";
const std::string kCanaryName = "Quillon Marbrook";

std::string anonymizeInto(TokenVault& vault, const std::string& session, const std::string& text)
{
    auto map = vault.load(session);
    if (!map) {
        qFatal("load failed");
    }
    auto found = RuleSet::builtin().value()->scan(text);
    Anonymizer::Options o;
    o.hashKey = vault.hashKey();
    o.seed = 1;
    auto r = Anonymizer(o).anonymize(text, found.value(), map.value());
    if (!r || !vault.save(session, map.value())) {
        qFatal("anonymize or save failed");
    }
    return r->text;
}

RestoreResult restoreFrom(TokenVault& vault, const std::string& session, const std::string& answer)
{
    auto map = vault.load(session);
    if (!map) {
        qFatal("load failed");
    }
    return restoreText(answer, map.value(), nullptr);
}

QByteArray qb(const std::string& s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    // The behaviour both kinds of vault share; `clock` is advanced by the test.
    void sharedBehaviour(TokenVault& vault, std::int64_t& clock)
    {
        const std::string text = "Ask Mr. John Smith (" + kCanaryEmail + ") about it.";
        const std::string safe = anonymizeInto(vault, "chat-1", text);
        QCOMPARE(qb(safe), QByteArray("Ask Mr. [PERSON_1] ([EMAIL_1]) about it."));
        QCOMPARE(vault.state("chat-1").value(), SessionState::Active);
        QCOMPARE(vault.state("other").value(), SessionState::Unknown);
        // Restore in a later load of the session; other sessions know nothing of it.
        QCOMPARE(qb(restoreFrom(vault, "chat-1", safe).text), qb(text));
        const auto elsewhere = restoreFrom(vault, "chat-2", safe);
        QCOMPARE(elsewhere.unknownTokens, (std::vector<std::string>{"PERSON_1", "EMAIL_1"}));
        // The same value in a later text of the session: the same token.
        QCOMPARE(qb(anonymizeInto(vault, "chat-1", "cc " + kCanaryEmail)), QByteArray("cc [EMAIL_1]"));
        auto sessions = vault.list();
        QVERIFY(sessions.ok());
        QCOMPARE(sessions->size(), std::size_t{1});
        QCOMPARE(sessions->front().entries, std::size_t{2});

        // The TTL runs from the last use: 23 h later it is still there, then it expires.
        clock += 23 * 3600 * 1000;
        QCOMPARE(vault.state("chat-1").value(), SessionState::Active);
        QCOMPARE(qb(anonymizeInto(vault, "chat-1", "again second.person@example.net")), QByteArray("again [EMAIL_2]"));
        clock += 24 * 3600 * 1000 + 1;
        QCOMPARE(vault.state("chat-1").value(), SessionState::Expired);
        QCOMPARE(vault.purgeExpired().value(), std::size_t{1});
        const auto late = restoreFrom(vault, "chat-1", safe);
        QCOMPARE(qb(late.text), qb(safe));                                               // left as it is ...
        QCOMPARE(late.retiredTokens, (std::vector<std::string>{"PERSON_1", "EMAIL_1"})); // ... and said why
        QVERIFY(late.unknownTokens.empty());
        // Reusing the name starts afresh, and never reissues an old number for another value.
        const std::string next = anonymizeInto(vault, "chat-1", "Contact Jane Doe at jd@example.org");
        QVERIFY2(next.find("[PERSON_1]") == std::string::npos && next.find("[EMAIL_1]") == std::string::npos,
                 next.c_str());
        QCOMPARE(vault.state("chat-1").value(), SessionState::Active);

        // Forget: the originals are gone at once.
        anonymizeInto(vault, "chat-3", "mail " + kCanaryEmail);
        QCOMPARE(vault.forget("chat-3").value(), true);
        QCOMPARE(vault.forget("never-was").value(), false);
        QCOMPARE(vault.state("chat-3").value(), SessionState::Forgotten);
        QCOMPARE(restoreFrom(vault, "chat-3", "[EMAIL_1]").retiredTokens, (std::vector<std::string>{"EMAIL_1"}));
        QCOMPARE(vault.forgetAll().value(), std::size_t{1}); // chat-1 was the one still active
        const auto after = vault.list();
        QVERIFY(after.ok());
        for (const auto& s : after.value()) {
            QCOMPARE(s.entries, std::size_t{0});
            QVERIFY(s.state != SessionState::Active);
        }
        // 30 days after their last use, expired and forgotten sessions are gone from the list too.
        clock += TokenVault::kTombstoneMs + 1;
        QCOMPARE(vault.purgeExpired().value(), std::size_t{0});
        QCOMPARE(vault.list().value().size(), std::size_t{0});
        QCOMPARE(vault.state("chat-3").value(), SessionState::Unknown);
        // Names are checked.
        QVERIFY(!vault.load("").ok());
        QVERIFY(!vault.load("a b").ok());
        QVERIFY(!vault.load(std::string(65, 'x')).ok());
        QVERIFY(vault.load(std::string(64, 'x')).ok());
    }

    static QByteArray allFiles(const QString& dir)
    {
        QByteArray all;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                all += f.readAll();
            }
        }
        return all;
    }

private slots:
    void storeVault()
    {
        QTemporaryDir dir;
        std::int64_t clock = 1'700'000'000'000;
        auto store = Store::open(optionsFor(dir.path()));
        QVERIFY(store.ok());
        TokenVault::Options vo;
        vo.clock = [&clock] { return clock; };
        auto vault = StoreVault::open(store.value(), vo);
        QVERIFY(vault.ok());
        sharedBehaviour(*vault.value(), clock);

        // What is left in the table after forgetting: token names, no originals, no value hashes.
        auto st =
            store->database().prepare("SELECT count(*) FROM vault_entries WHERE original <> '' OR norm_key <> ''");
        QVERIFY(st.ok());
        QVERIFY(st->step().value());
        QCOMPARE(st->columnInt(0), 0);
        QCOMPARE(QByteArray::fromStdString(store->database().pragma("secure_delete").value()), QByteArray("1"));
    }

    void storeVaultPersists()
    {
        QTemporaryDir dir;
        const std::string text = "Card 4556 7375 8689 9855 for " + kCanaryName + ", " + kCanaryEmail;
        std::string safe;
        std::string hashKey;
        {
            auto store = Store::open(optionsFor(dir.path()));
            QVERIFY(store.ok());
            auto vault = StoreVault::open(store.value(), {});
            QVERIFY(vault.ok());
            safe = anonymizeInto(*vault.value(), "work", text);
            hashKey = vault.value()->hashKey();
        }
        // A new process: the same session, the same keys.
        auto store = Store::open(optionsFor(dir.path()));
        QVERIFY(store.ok());
        auto vault = StoreVault::open(store.value(), {});
        QVERIFY(vault.ok());
        QCOMPARE(vault.value()->hashKey(), hashKey);
        QCOMPARE(qb(restoreFrom(*vault.value(), "work", safe).text), qb(text));
        QCOMPARE(qb(anonymizeInto(*vault.value(), "work", text)), qb(safe));
        // The originals are in the encrypted file only: no plain copy in any file of the folder.
        const QByteArray all = allFiles(dir.path());
        for (const auto& canary :
             {kCanaryEmail, kCanaryName, std::string("4556737586899855"), std::string("4556 7375")}) {
            QVERIFY2(!all.contains(qb(canary)), canary.c_str());
            QVERIFY2(!all.contains(QString::fromStdString(canary).toUtf8().toBase64()), canary.c_str());
        }
    }

    // A policy that switches vault.memory_only while the app runs: the store's sessions are forgotten
    // at once when memory-only begins, and memory's are dropped when it ends.
    void selectorSwitchesAndForgets()
    {
        QTemporaryDir dir;
        const std::string text = "Card 4556 7375 8689 9855 for " + kCanaryName;
        auto store = Store::open(optionsFor(dir.path()));
        QVERIFY(store.ok());
        VaultSelector vaults(&store.value(), {});
        TokenVault* disk = vaults.select(false);
        QVERIFY(disk != nullptr);
        QVERIFY(!vaults.memoryOnly());
        const std::string safe = anonymizeInto(*disk, "clipboard", text);
        QCOMPARE(disk->list().value().size(), std::size_t{1});

        TokenVault* memory = vaults.select(true);
        QVERIFY(memory != nullptr && vaults.memoryOnly());
        QCOMPARE(vaults.forgottenOnSwitch(), std::size_t{1});
        QVERIFY(!vaults.problem().has_value());
        {
            auto check = StoreVault::open(store.value(), {});
            QVERIFY(check.ok());
            auto sessions = check.value()->list();
            QVERIFY(sessions.ok());
            for (const auto& info : sessions.value()) {
                QVERIFY(info.entries == 0); // nothing restorable is left on disk
            }
            QCOMPARE(qb(restoreFrom(*check.value(), "clipboard", safe).text), qb(safe));
        }
        const std::string inMemory = anonymizeInto(*memory, "clipboard", text);
        QCOMPARE(qb(restoreFrom(*memory, "clipboard", inMemory).text), qb(text));

        TokenVault* diskAgain = vaults.select(false);
        QVERIFY(diskAgain != nullptr && !vaults.memoryOnly());
        QCOMPARE(qb(restoreFrom(*diskAgain, "clipboard", inMemory).text), qb(inMemory)); // memory's went with it
        QCOMPARE(vaults.select(false), diskAgain);                                       // no switch, the same vault
    }

    void memoryVault()
    {
        QTemporaryDir dir;
        qputenv("SCRIM_DATA_DIR", dir.path().toUtf8());
        std::int64_t clock = 1'700'000'000'000;
        TokenVault::Options vo;
        vo.clock = [&clock] { return clock; };
        MemoryVault vault(vo);
        sharedBehaviour(vault, clock);
        // Nothing was written anywhere.
        QVERIFY(allFiles(dir.path()).isEmpty());
        // Another memory vault knows nothing of this one.
        MemoryVault other(vo);
        QCOMPARE(other.state("chat-1").value(), SessionState::Unknown);
        QVERIFY(other.hashKey() != vault.hashKey());
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
