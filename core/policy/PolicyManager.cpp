// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/PolicyManager.h"

#include "core/audit/AuditLog.h"
#include "core/common/Crypto.h"
#include "core/log/Log.h"
#include "core/store/Store.h"

#include <QByteArray>
#include <QDateTime>

namespace {

constexpr std::string_view kBytes = "policy_lkg_bytes";
constexpr std::string_view kSig = "policy_lkg_sig";
constexpr std::string_view kEtag = "policy_lkg_etag";
constexpr std::string_view kFetched = "policy_lkg_fetched_ms";

std::string toBase64(const std::string& s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size())).toBase64().toStdString();
}

std::string fromBase64(const std::string& s)
{
    return QByteArray::fromBase64(QByteArray(s.data(), static_cast<qsizetype>(s.size()))).toStdString();
}

} // namespace

PolicyManager::PolicyManager(Store& store, AuditLog* log, ManagedConfig config, std::function<std::int64_t()> clock)
    : m_store(store)
    , m_log(log)
    , m_config(std::move(config))
    , m_clock(std::move(clock))
{}

std::int64_t PolicyManager::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void PolicyManager::record(int type, const std::string& action, const std::string& preview)
{
    if (m_log == nullptr) {
        return;
    }
    AuditEvent e;
    e.type = static_cast<AuditEventType>(type);
    e.action = action;
    e.preview = preview;
    e.policySerial = m_current ? m_current->serial : 0;
    if (auto r = m_log->append(std::move(e)); !r) {
        Log::get("policy")->warn("policy event not recorded: code {}", static_cast<int>(r.error().code));
    }
}

std::string PolicyManager::storedBytes() const
{
    auto b = m_store.meta(kBytes);
    return b && b->has_value() ? fromBase64(**b) : std::string();
}

void PolicyManager::forget()
{
    m_current.reset();
    m_accepted.reset();
    m_etag.clear();
}

void PolicyManager::start()
{
    auto bytes = m_store.meta(kBytes);
    auto sig = m_store.meta(kSig);
    if (!bytes || !sig || !bytes->has_value() || !sig->has_value()) {
        return; // never had one: the built-in default
    }
    const std::string text = fromBase64(**bytes);
    // The stored copy is checked like a download, except for expiry (which decides what to enforce,
    // not whether the copy is genuine) and the serial (it is the last accepted one).
    Rejection why = Rejection::None;
    auto p = checkPolicy(text, **sig, m_config, std::nullopt, now(), &why);
    if (!p && why == Rejection::Expired) {
        std::vector<PolicyDiagnostic> d;
        p = Policy::parse(text, d);
    }
    if (!p) {
        Log::get("policy")->error("the stored policy failed its check at start ({})", rejectionName(why));
        record(static_cast<int>(AuditEventType::Alert), "policy_cache_rejected", std::string(rejectionName(why)));
        forget();
        m_forceFullFetch = true;
        return;
    }
    m_current = std::move(p.value());
    m_accepted = AcceptedPolicy{m_current->serial, Crypto::sha256Hex(text)};
    if (auto e = m_store.meta(kEtag); e && e->has_value()) {
        m_etag = **e;
    }
    if (auto f = m_store.meta(kFetched); f && f->has_value()) {
        m_lastFetchMs = std::stoll(**f);
    }
}

PolicyManager::Request PolicyManager::prepare() const
{
    Request r;
    r.options.url = m_config.policyUrl;
    r.options.caFile = m_config.caFile;
    r.options.pinnedServerKey = m_config.serverKeyPin;
    r.options.etag = m_forceFullFetch ? std::string() : m_etag;
    return r;
}

PolicyManager::Download PolicyManager::download(const Request& request)
{
    Download d;
    auto body = Fetcher::get(request.options, &d.failure);
    if (!body) {
        return d;
    }
    if (body->notModified) {
        d.ok = true;
        d.notModified = true;
        return d;
    }
    Fetcher::Options sigOptions = request.options;
    sigOptions.url += ".sig";
    sigOptions.etag.clear();
    sigOptions.maxBytes = 4096;
    auto sig = Fetcher::get(sigOptions, &d.failure);
    if (!sig) {
        return d;
    }
    d.ok = true;
    d.bytes = std::move(body->body);
    d.signature = std::move(sig->body);
    d.etag = std::move(body->etag);
    return d;
}

Result<void> PolicyManager::save(const std::string& bytes, const std::string& sig, const std::string& etag)
{
    auto tx = Transaction::begin(m_store.database());
    if (!tx) {
        return tx.error();
    }
    for (const auto& [key, value] : {std::pair<std::string_view, std::string>{kBytes, toBase64(bytes)},
                                     {kSig, sig},
                                     {kEtag, etag},
                                     {kFetched, std::to_string(now())}}) {
        if (auto r = m_store.setMeta(key, value); !r) {
            return r;
        }
    }
    return tx->commit();
}

PolicyManager::Outcome PolicyManager::apply(const Download& d)
{
    Outcome out;
    if (!d.ok) {
        out.failure = d.failure;
        record(
            static_cast<int>(AuditEventType::PolicyRejected), "download", std::string(Fetcher::failureName(d.failure)));
        return out;
    }
    m_lastFetchMs = now();
    if (d.notModified) {
        // 304: the server says our copy is current; make sure our copy is still what we accepted.
        const std::string stored = storedBytes();
        auto sig = m_store.meta(kSig);
        Rejection why = Rejection::None;
        const bool genuine = m_accepted && sig && sig->has_value()
                             && Crypto::sha256Hex(stored) == m_accepted->bytesSha256
                             && checkPolicy(stored, **sig, m_config, std::nullopt, now(), &why).ok();
        if (!genuine) {
            out.cacheWasTampered = true;
            record(static_cast<int>(AuditEventType::Alert), "policy_cache_tampered", "forcing a full download");
            if (m_forceFullFetch) {
                // A 304 to a request without an ETag: the server misbehaves; keep what we have.
                out.failure = Fetcher::Failure::HttpStatus;
                return out;
            }
            m_forceFullFetch = true;
            Outcome full = apply(download(prepare()));
            full.cacheWasTampered = true;
            return full;
        }
        out.notModified = true;
        (void)m_store.setMeta(kFetched, std::to_string(m_lastFetchMs));
        return out;
    }
    Rejection why = Rejection::None;
    auto p = checkPolicy(d.bytes, d.signature, m_config, m_accepted, now(), &why);
    if (!p) {
        out.rejection = why;
        record(static_cast<int>(AuditEventType::PolicyRejected), std::string(rejectionName(why)), m_config.policyUrl);
        return out;
    }
    std::string sig = d.signature;
    while (!sig.empty() && (sig.back() == '\n' || sig.back() == '\r')) {
        sig.pop_back();
    }
    if (auto r = save(d.bytes, sig, d.etag); !r) {
        // Not stored, so not applied: the next start must not find a different policy than this run.
        Log::get("policy")->error("the new policy could not be stored: code {}", static_cast<int>(r.error().code));
        out.rejection = Rejection::None;
        return out;
    }
    const bool same = m_accepted && m_accepted->serial == p->serial;
    m_current = std::move(p.value());
    m_accepted = AcceptedPolicy{m_current->serial, Crypto::sha256Hex(d.bytes)};
    m_etag = d.etag;
    m_forceFullFetch = false;
    out.applied = !same;
    if (!same) {
        record(
            static_cast<int>(AuditEventType::PolicyApplied), "applied", "serial " + std::to_string(m_current->serial));
    }
    return out;
}

PolicyManager::Outcome PolicyManager::refreshOnce()
{
    return apply(download(prepare()));
}
