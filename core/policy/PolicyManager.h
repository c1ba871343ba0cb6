// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/policy/Fetcher.h"
#include "core/policy/Policy.h"
#include "core/policy/Trust.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

class AuditLog;
class Store;

/**
 * The policy an endpoint enforces: the last known good one (kept in the encrypted store, written in
 * one transaction, verified again at every start), else the built-in default; and the refresh that
 * fetches a newer one from the managed configuration's URL.
 *
 * A refresh is three steps so the download can run off the UI thread: prepare() and apply() on the
 * store's thread, download() on any. Every decision is recorded in the audit log: policy_applied
 * (serial), policy_rejected (reason code), and an alert when the stored copy was found tampered.
 * A rejected download never touches the last known good copy.
 */
class PolicyManager
{
public:
    struct Request
    {
        Fetcher::Options options; ///< url, ETag, CA
    };
    struct Download
    {
        bool ok = false;
        Fetcher::Failure failure = Fetcher::Failure::None;
        bool notModified = false;
        std::string bytes;
        std::string signature;
        std::string etag;
    };
    struct Outcome
    {
        bool applied = false;
        bool notModified = false;
        Rejection rejection = Rejection::None;
        Fetcher::Failure failure = Fetcher::Failure::None;
        bool cacheWasTampered = false;
    };

    /** `log` may be null. `clock`: UTC ms (empty: the system clock). */
    PolicyManager(Store& store, AuditLog* log, ManagedConfig config, std::function<std::int64_t()> clock = {});

    /** Loads and re-verifies the last known good policy; a bad copy is dropped (alert) and the default applies. */
    void start();

    const Policy& current() const { return m_current ? *m_current : Policy::builtinDefault(); }
    bool usingBuiltinDefault() const { return !m_current.has_value(); }
    /** The managed configuration this manager follows. */
    const ManagedConfig& config() const { return m_config; }
    /** UTC ms of the last successful download (0: never). */
    std::int64_t lastFetchMs() const { return m_lastFetchMs; }

    Request prepare() const;
    static Download download(const Request& request);
    Outcome apply(const Download& download);
    /** prepare → download → apply, blocking (the CLI and tests). */
    Outcome refreshOnce();

    /** For tests and tools: the stored copy's bytes (empty when none). */
    std::string storedBytes() const;

private:
    std::int64_t now() const;
    void record(int type, const std::string& action, const std::string& preview);
    Result<void> save(const std::string& bytes, const std::string& sig, const std::string& etag);
    void forget();

    Store& m_store;
    AuditLog* m_log;
    ManagedConfig m_config;
    std::function<std::int64_t()> m_clock;
    std::optional<Policy> m_current;
    std::optional<AcceptedPolicy> m_accepted;
    std::string m_etag;
    std::int64_t m_lastFetchMs = 0;
    bool m_forceFullFetch = false;
};
