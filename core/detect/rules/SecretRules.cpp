// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets: provider keys and tokens, JWTs, private key blocks.
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

std::vector<Rule> RuleFamilies::secret()
{
    std::vector<Rule> r;
    r.push_back({
        .id = "aws-access-key-id",
        .type = EntityType::Secret,
        .category = Category::Secret,
        .pattern = R"(\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b)",
        .validator = "aws-key-id",
        .contextWords = {"aws", "access key", "key id"},
        .baseScore = 0.9,
        .reason = SCRIM_TR_NOOP("Rules", "AWS access key ID"),
    });
    r.push_back({
        .id = "github-token",
        .type = EntityType::Secret,
        .category = Category::Secret,
        .pattern = R"(\b(?:(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b)",
        .validator = "random-token",
        .contextWords = {"github", "token", "gh"},
        .baseScore = 0.9,
        .reason = SCRIM_TR_NOOP("Rules", "GitHub access token"),
    });
    r.push_back({
        .id = "private-key-block",
        .type = EntityType::Secret,
        .category = Category::Secret,
        // Used when no END line is in reach: the header and the base64 lines that follow it.
        .pattern = R"(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:\r?\n[A-Za-z0-9+/=]{1,100})+)",
        .validator = "pem-block",
        .baseScore = 1.0,
        .reason = SCRIM_TR_NOOP("Rules", "Private key (PEM / OpenSSH / PGP block)"),
        .anchor = R"(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)",
        .terminator = R"(-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)",
        .maxSpan = 64 * 1024,
    });
    r.push_back({
        .id = "jwt",
        .type = EntityType::Secret,
        .category = Category::Secret,
        .pattern = R"(\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*)",
        .validator = "jwt",
        .contextWords = {"bearer", "token", "jwt", "authorization"},
        .baseScore = 0.8,
        .reason = SCRIM_TR_NOOP("Rules", "JSON Web Token"),
    });
    return r;
}
