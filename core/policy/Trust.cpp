// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/Trust.h"

#include "core/common/Crypto.h"
#include "core/common/Tr.h"
#include "core/policy/Json.h"
#include "core/policy/Signing.h"

#include <QDateTime>

namespace {

constexpr std::int64_t kClockSkewMs = 5 * 60 * 1000;

Error reject(Rejection r, Rejection* why, const char* message)
{
    if (why != nullptr) {
        *why = r;
    }
    return Error{ErrorCode::InvalidData, message};
}

std::int64_t msOf(const std::string& iso)
{
    return QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

std::string_view rejectionName(Rejection r)
{
    switch (r) {
    case Rejection::None:
        return "none";
    case Rejection::BadSignature:
        return "bad_signature";
    case Rejection::Malformed:
        return "malformed";
    case Rejection::UnknownSchema:
        return "unknown_schema";
    case Rejection::WrongOrg:
        return "wrong_org";
    case Rejection::FromFuture:
        return "issued_in_future";
    case Rejection::Expired:
        return "expired";
    case Rejection::Rollback:
        return "rollback";
    case Rejection::SameSerialDiffers:
        return "same_serial_differs";
    }
    return "malformed";
}

std::string ManagedConfig::defaultPath()
{
    const QByteArray env = qgetenv("SCRIM_MANAGED_CONFIG");
    return env.isEmpty() ? std::string("/etc/scrim/managed.json") : env.toStdString();
}

Result<ManagedConfig> ManagedConfig::load(std::string_view text)
{
    const auto bad = [] {
        return Error{ErrorCode::InvalidData,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The managed configuration is damaged (it needs policy_url, org and one or two "
                                   "admin_keys); ask your administrator.")};
    };
    Json::Value doc;
    Json::ParseError err;
    if (!Json::parse(text, doc, err) || doc.kind != Json::Value::Kind::Object) {
        return bad();
    }
    ManagedConfig c;
    const Json::Value* url = doc.member("policy_url");
    const Json::Value* org = doc.member("org");
    const Json::Value* keys = doc.member("admin_keys");
    if (url == nullptr || url->kind != Json::Value::Kind::String || org == nullptr
        || org->kind != Json::Value::Kind::String || org->string.empty() || keys == nullptr
        || keys->kind != Json::Value::Kind::Array || keys->items.empty() || keys->items.size() > 2) {
        return bad();
    }
    c.policyUrl = url->string;
    c.org = org->string;
    for (const auto& k : keys->items) {
        if (k.kind != Json::Value::Kind::String || !Signing::fingerprint(k.string)) {
            return bad();
        }
        c.adminKeysPem.push_back(k.string);
    }
    if (const Json::Value* ca = doc.member("ca_file"); ca != nullptr && ca->kind == Json::Value::Kind::String) {
        c.caFile = ca->string;
    }
    if (const Json::Value* pin = doc.member("server_key_pin"); pin != nullptr) {
        // libcurl's form: sha256// and the base64 of a 32-byte hash (44 characters).
        if (pin->kind != Json::Value::Kind::String || pin->string.rfind("sha256//", 0) != 0
            || pin->string.size() != 8 + 44) {
            return bad();
        }
        c.serverKeyPin = pin->string;
    }
    if (const Json::Value* m = doc.member("users_may_change_settings");
        m != nullptr && m->kind == Json::Value::Kind::Bool) {
        c.usersMayChangeSettings = m->boolean;
    }
    return c;
}

Result<Policy> checkPolicy(std::string_view bytes,
                           std::string_view signatureBase64,
                           const ManagedConfig& config,
                           const std::optional<AcceptedPolicy>& last,
                           std::int64_t nowMs,
                           Rejection* why)
{
    if (why != nullptr) {
        *why = Rejection::None;
    }
    bool signedByPinnedKey = false;
    for (const auto& key : config.adminKeysPem) {
        auto ok = Signing::verify(bytes, signatureBase64, key);
        if (ok && ok.value()) {
            signedByPinnedKey = true;
            break;
        }
    }
    if (!signedByPinnedKey) {
        return reject(Rejection::BadSignature,
                      why,
                      SCRIM_TR_NOOP("CoreErrors", "The policy's signature is not valid for the pinned admin keys."));
    }
    std::vector<PolicyDiagnostic> diags;
    auto p = Policy::parse(bytes, diags);
    if (!p) {
        const bool schema = std::any_of(diags.begin(), diags.end(), [](const PolicyDiagnostic& d) {
            return d.message.find("schema version") != std::string::npos;
        });
        return reject(
            schema ? Rejection::UnknownSchema : Rejection::Malformed,
            why,
            SCRIM_TR_NOOP("CoreErrors", "The policy is signed but not valid; run scrim-cli policy lint on it."));
    }
    if (p->org != config.org) {
        return reject(
            Rejection::WrongOrg, why, SCRIM_TR_NOOP("CoreErrors", "The policy was signed for another organisation."));
    }
    if (msOf(p->issuedAt) > nowMs + kClockSkewMs) {
        return reject(
            Rejection::FromFuture,
            why,
            SCRIM_TR_NOOP("CoreErrors", "The policy's issue time lies in the future; check this computer's clock."));
    }
    if (p->expiredAt(nowMs)) {
        return reject(Rejection::Expired, why, SCRIM_TR_NOOP("CoreErrors", "The policy has expired."));
    }
    if (last) {
        if (p->serial < last->serial) {
            return reject(Rejection::Rollback,
                          why,
                          SCRIM_TR_NOOP("CoreErrors", "The policy is older than the one in force (a lower serial)."));
        }
        if (p->serial == last->serial && Crypto::sha256Hex(bytes) != last->bytesSha256) {
            return reject(
                Rejection::SameSerialDiffers,
                why,
                SCRIM_TR_NOOP("CoreErrors", "The policy has the serial of the one in force but different content."));
        }
    }
    return p;
}
