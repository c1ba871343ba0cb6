// SPDX-License-Identifier: GPL-3.0-or-later
// Cryptocurrency addresses.
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

std::vector<Rule> RuleFamilies::wallet()
{
    std::vector<Rule> r;
    r.push_back({
        .id = "bitcoin-address",
        .type = EntityType::CryptoWallet,
        .category = Category::Pci,
        .pattern = R"(\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b)",
        .prefilter = R"(\b[13][1-9A-HJ-NP-Za-km-z]{8})",
        .validator = "base58check",
        .contextWords = {"bitcoin", "btc", "wallet", "address", "send", "pay"},
        .baseScore = 0.8,
        .reason = SCRIM_TR_NOOP("Rules", "Bitcoin address (valid base58check checksum)"),
    });
    r.push_back({
        .id = "bitcoin-segwit-address",
        .type = EntityType::CryptoWallet,
        .category = Category::Pci,
        .pattern = R"(\b(?:bc1[02-9ac-hj-np-z]{11,71}|BC1[02-9AC-HJ-NP-Z]{11,71})\b)",
        .prefilter = R"(\b(?:bc|BC)1)",
        .validator = "bech32",
        .contextWords = {"bitcoin", "btc", "wallet", "address", "send", "pay"},
        .baseScore = 0.8,
        .reason = SCRIM_TR_NOOP("Rules", "Bitcoin SegWit address (valid bech32 checksum)"),
    });
    r.push_back({
        .id = "ethereum-address",
        .type = EntityType::CryptoWallet,
        .category = Category::Pci,
        .pattern = R"(\b0x[0-9a-fA-F]{40}\b)",
        .prefilter = R"(\b0x[0-9a-fA-F]{8})",
        .validator = "eip55",
        .contextWords = {"ethereum", "eth", "wallet", "address", "send", "pay", "erc20", "usdt", "usdc"},
        .baseScore = 0.3,
        .contextBoost = 0.4,
        .reason = SCRIM_TR_NOOP("Rules", "Ethereum address"),
    });
    return r;
}
