// SPDX-License-Identifier: GPL-3.0-or-later
// Cryptocurrency addresses: checksums decide, context helps where there is none.
#include "tests/core/RuleTestSupport.h"

class TestWalletRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // Addresses from the Bitcoin and Ethereum specifications' examples (BIP 173, BIP 350, EIP-55).
        QTest::newRow("p2pkh") << u"pay 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 now"_qs
                               << QStringList{u"bitcoin-address=1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"_qs};
        QTest::newRow("p2sh") << u"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"_qs
                              << QStringList{u"bitcoin-address=3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"_qs};
        QTest::newRow("p2pkh: checksum broken") << u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"_qs << QStringList{};
        QTest::newRow("p2pkh: one char too many") << u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN22"_qs << QStringList{};
        QTest::newRow("bech32 v0") << u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_qs
                                   << QStringList{
                                          u"bitcoin-segwit-address=bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_qs};
        QTest::newRow("bech32 upper") << u"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"_qs
                                      << QStringList{
                                             u"bitcoin-segwit-address=BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"_qs};
        QTest::newRow("bech32m v1")
            << u"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"_qs
            << QStringList{u"bitcoin-segwit-address=bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"_qs};
        QTest::newRow("bech32: checksum broken") << u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"_qs << QStringList{};
        // Witness programs (BIP 141): 20 or 32 bytes for version 0, 2 to 40 for later versions.
        QTest::newRow("bech32 v0, 32-byte program")
            << u"bc1q8c37s9sq89v55vuffajkfcd3xj9m67sq3r2zcjktw0h2a4vuqzwskcfe8r"_qs
            << QStringList{u"bitcoin-segwit-address=bc1q8c37s9sq89v55vuffajkfcd3xj9m67sq3r2zcjktw0h2a4vuqzwskcfe8r"_qs};
        QTest::newRow("bech32m v1, 32-byte program")
            << u"bc1przkruu6r7qtgjrz3p6fljdfxz95ancl4v4pkg2vrp7hsjd85lrjqjdhg0q"_qs
            << QStringList{u"bitcoin-segwit-address=bc1przkruu6r7qtgjrz3p6fljdfxz95ancl4v4pkg2vrp7hsjd85lrjqjdhg0q"_qs};
        QTest::newRow("bech32: v0 with a 16-byte program (BIP 173)")
            << u"BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P"_qs << QStringList{};
        QTest::newRow("bech32: v0 with a 16-byte program")
            << u"bc1q9e7jcqaf2pawye0v7k6n26y955htq4sj"_qs << QStringList{};
        QTest::newRow("bech32m: a 41-byte program")
            << u"bc1p8aumk76rtvzny9j3mthaxaxdc6qacph65e0rwn3cxdac3jsydh4z2tcseqmpp672rgu03e0d"_qs << QStringList{};
        QTest::newRow("bech32: v0 with bech32m checksum")
            << u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh"_qs << QStringList{};
        QTest::newRow("eth checksummed") << u"to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_qs
                                         << QStringList{
                                                u"ethereum-address=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_qs};
        QTest::newRow("eth checksum 2") << u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"_qs
                                        << QStringList{
                                               u"ethereum-address=0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"_qs};
        QTest::newRow("eth: checksum broken") << u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"_qs << QStringList{};
        QTest::newRow("eth lower with context")
            << u"my eth wallet 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"_qs
            << QStringList{u"ethereum-address=0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"_qs};
        QTest::newRow("eth: lower without context")
            << u"commit 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"_qs << QStringList{};
        QTest::newRow("eth: zero address") << u"wallet 0x0000000000000000000000000000000000000000"_qs << QStringList{};
        QTest::newRow("sha256 hex is no wallet")
            << u"8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189"_qs << QStringList{};
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(RuleTestSupport::scanDescribed(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestWalletRules)
#include "TestWalletRules.moc"
