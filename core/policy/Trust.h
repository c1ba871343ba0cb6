// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/policy/Policy.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/**
 * What the installer pins on an endpoint (`/etc/scrim/managed.json` on Linux; SCRIM_MANAGED_CONFIG
 * overrides the path for tests): where the policy lives, whose it is, and which admin keys may sign
 * it (two during a key rotation). A user cannot change what it pins.
 */
struct ManagedConfig
{
    std::string policyUrl;
    std::string org;
    std::vector<std::string> adminKeysPem;
    std::string caFile; ///< an extra CA bundle (a corporate CA); empty: the system's
    /** Optional pin of the policy server's public key ("sha256//BASE64" of its SubjectPublicKeyInfo);
     *  off by default: TLS inspection proxies break pins, and the signature protects the content. */
    std::string serverKeyPin;
    bool usersMayChangeSettings = false;

    /** The default path, or SCRIM_MANAGED_CONFIG. */
    static std::string defaultPath();
    /** Reads and checks a managed configuration (strict JSON; keys must be Ed25519 PEM). */
    static Result<ManagedConfig> load(std::string_view text);
};

/** Why a downloaded policy was not applied: the reason code of a policy_rejected event. */
enum class Rejection
{
    None,
    BadSignature,      ///< no pinned key signed these exact bytes
    Malformed,         ///< not a valid policy document (after a good signature)
    UnknownSchema,     ///< a schema version this Scrim does not know
    WrongOrg,          ///< signed for another organisation
    FromFuture,        ///< issued_at more than 5 minutes ahead of this machine's clock
    Expired,           ///< expires_at is past
    Rollback,          ///< a lower serial than the last accepted one
    SameSerialDiffers, ///< the last accepted serial with different bytes
};

std::string_view rejectionName(Rejection r);

/** The last policy this endpoint accepted: what a new one is compared with. */
struct AcceptedPolicy
{
    std::int64_t serial = 0;
    std::string bytesSha256; ///< hex
};

/**
 * Decides whether downloaded bytes become the policy, in this order: the signature over the exact
 * bytes with one of the pinned keys (before anything parses them), the strict parse, the org, the
 * issue and expiry times, the serial against the last accepted one. Returns the policy, or an Error
 * with `*why` set to the reason.
 */
Result<Policy> checkPolicy(std::string_view bytes,
                           std::string_view signatureBase64,
                           const ManagedConfig& config,
                           const std::optional<AcceptedPolicy>& last,
                           std::int64_t nowMs,
                           Rejection* why);
