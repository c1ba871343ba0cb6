// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Crypto.h"
#include "core/common/Sha256Ni.h"
#include "core/policy/DictionaryIndex.h"
#include "core/policy/Policy.h"

#include <QTest>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <random>
#include <string>
#include <vector>

namespace {

std::string randomBytes(std::mt19937& rng, std::size_t n)
{
    std::string s(n, '\0');
    for (char& c : s) {
        c = static_cast<char>(rng());
    }
    return s;
}

std::string hex(const Sha256Ni::Digest& d)
{
    return Crypto::toHex(std::string_view(reinterpret_cast<const char*>(d.data()), d.size()));
}

} // namespace

// The SHA-instruction hasher against OpenSSL's SHA-256, which the dictionaries were hashed with.
class TestSha256Ni : public QObject
{
    Q_OBJECT

private slots:
    void availableMatchesTheProcessor()
    {
        // The CI machines (x86-64 with the SHA extensions) run the code below; elsewhere the
        // dictionary hasher uses OpenSSL, which the last test checks.
#if defined(__x86_64__) && defined(__GNUC__)
        __builtin_cpu_init();
        QCOMPARE(Sha256Ni::available(), __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1"));
#endif
    }

    void knownAnswers()
    {
        if (!Sha256Ni::available()) {
            return; // nothing here runs the instructions; the dictionary test below still does
        }
        // FIPS 180-4 examples: one block, two blocks (56 bytes need a second for the length).
        QCOMPARE(hex(Sha256Ni("").digest("abc")),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(hex(Sha256Ni("").digest("")),
                 std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(hex(Sha256Ni("abcdbcdecdefdefgefghfghighij").digest("hijkijkljklmklmnlmnomnopnopq")),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }

    void hmacMatchesOpenSsl()
    {
        // Crypto::hmacSha256Hex (the vault's and the audit log's keyed hash; over the SHA
        // instructions where the processor has them) against OpenSSL's HMAC: RFC 4231's cases of
        // a short key and of a key longer than a block, then random keys of every length around
        // the block's 64 bytes and messages of up to 300 bytes.
        QCOMPARE(Crypto::hmacSha256Hex(std::string(20, '\x0b'), "Hi There"),
                 std::string("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        QCOMPARE(
            Crypto::hmacSha256Hex(std::string(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First"),
            std::string("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
        QCOMPARE(Crypto::hmacSha256Hex("key", "message", 8), std::string("6e9ef29b"));
        std::mt19937 rng(4231);
        for (const std::size_t keyLength : {0, 1, 31, 32, 55, 63, 64, 65, 100, 128, 200}) {
            for (std::size_t messageLength = 0; messageLength <= 300; messageLength += 1 + rng() % 9) {
                const std::string key = randomBytes(rng, keyLength);
                const std::string message = randomBytes(rng, messageLength);
                unsigned char md[EVP_MAX_MD_SIZE];
                unsigned int len = 0;
                HMAC(EVP_sha256(),
                     key.data(),
                     static_cast<int>(key.size()),
                     reinterpret_cast<const unsigned char*>(message.data()),
                     message.size(),
                     md,
                     &len);
                QCOMPARE(Crypto::hmacSha256Hex(key, message),
                         Crypto::toHex(std::string_view(reinterpret_cast<const char*>(md), len)));
            }
        }
    }

    void everyLengthOfPrefixAndMessage()
    {
        if (!Sha256Ni::available()) {
            return;
        }
        // Lengths around every block edge: the prefix's whole blocks are hashed at construction,
        // the message's whole blocks from where they stand, the rest with one or two padding blocks.
        std::mt19937 rng(7);
        for (std::size_t p = 0; p <= 140; ++p) {
            const std::string prefix = randomBytes(rng, p);
            const Sha256Ni hasher(prefix);
            for (std::size_t m = 0; m <= 200; ++m) {
                const std::string message = randomBytes(rng, m);
                QCOMPARE(hex(hasher.digest(message)), Crypto::sha256Hex(prefix, message));
            }
        }
    }

    void batchesMatchSingleDigests()
    {
        if (!Sha256Ni::available()) {
            return;
        }
        // Batches of one to eight, interleaved three at a time where each takes one block, one at
        // a time where one needs two or more.
        std::mt19937 rng(11);
        for (int round = 0; round < 3000; ++round) {
            const std::string prefix = randomBytes(rng, rng() % 100);
            const Sha256Ni hasher(prefix);
            const std::size_t n = 1 + rng() % 8;
            std::vector<std::string> messages(n);
            std::vector<std::string_view> views(n);
            for (std::size_t i = 0; i < n; ++i) {
                messages[i] = randomBytes(rng, rng() % (round % 2 ? 40 : 150));
                views[i] = messages[i];
            }
            std::vector<Sha256Ni::Digest> out(n);
            hasher.digests(views.data(), n, out.data());
            for (std::size_t i = 0; i < n; ++i) {
                QCOMPARE(hex(out[i]), Crypto::sha256Hex(prefix, messages[i]));
            }
        }
    }

    void dictionaryHasherAgreesWithThePolicyHash()
    {
        // Whichever way the hasher runs, a term's digest is the one PolicyTerms::hash wrote into
        // the policy, alone and in a batch of the runs a scan hashes together.
        const std::string salt = "00112233445566778899aabbccddeeff0011223344556677";
        PolicyDictionary d;
        d.saltHex = salt;
        d.hashes.push_back(PolicyTerms::hash(salt, "falcon"));
        const auto index = DictionaryIndex::build(d);
        QVERIFY(index != nullptr);
        DictionaryIndex::Hasher hasher(*index);
        const std::vector<std::string> terms = {"falcon", "falcon project", "falcon project q3", "x"};
        std::vector<std::string_view> views(terms.begin(), terms.end());
        std::vector<DictionaryIndex::Digest> out(terms.size());
        hasher.digests(views.data(), views.size(), out.data());
        for (std::size_t i = 0; i < terms.size(); ++i) {
            QCOMPARE(hex(out[i]), PolicyTerms::hash(salt, terms[i]));
            QCOMPARE(hex(hasher.digest(terms[i])), PolicyTerms::hash(salt, terms[i]));
        }
        QVERIFY(index->contains(out[0]));
        QVERIFY(!index->contains(out[1]));
    }
};

QTEST_APPLESS_MAIN(TestSha256Ni)
#include "TestSha256Ni.moc"
