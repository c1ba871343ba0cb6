// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

/**
 * One HTTPS GET with libcurl, with every option set explicitly (Debian 12's libcurl 7.88 has weak
 * defaults): HTTPS only, also for redirects (plain HTTP only with allowHttp, for tests), peer and
 * host verification on, TLS 1.2 or newer, at most 3 redirects, connect timeout 10 s, total 30 s,
 * abort below 1 KiB/s for 10 s, a body cap enforced while receiving, a header-size cap, proxy from
 * the environment, If-None-Match with the last ETag. Blocking: call it off the UI thread.
 */
namespace Fetcher {

struct Options
{
    std::string url;
    std::string etag;   ///< sent as If-None-Match when not empty
    std::string caFile; ///< extra CA bundle (tests; a corporate CA); empty: the system's
    /** Optional pin of the server's public key, "sha256//BASE64" (libcurl's form); empty: no pin. */
    std::string pinnedServerKey;
    bool allowHttp = false; ///< tests only
    std::size_t maxBytes = 1u << 20;
    std::size_t maxHeaderBytes = 64u << 10;
    long connectTimeoutS = 10;
    long totalTimeoutS = 30;
    long lowSpeedBytes = 1024;
    long lowSpeedSeconds = 10;
};

struct Response
{
    long status = 0;
    bool notModified = false; ///< 304: the cached copy is still current
    std::string body;
    std::string etag;
    std::string contentType;
};

/** Why a fetch failed, for the audit log's policy_rejected reason code. */
enum class Failure
{
    None,
    BadUrl,     ///< not https (or http without allowHttp)
    Tls,        ///< certificate or handshake: untrusted, expired, wrong host, not the pinned key
    Network,    ///< no connection, DNS, reset
    Timeout,    ///< connect, total or low-speed limit
    TooLarge,   ///< body or headers over their caps
    HttpStatus, ///< anything but 200 and 304
    Redirect,   ///< too many, or to a scheme that is not allowed
};

std::string_view failureName(Failure f);

/** One libcurl option the fetcher sets: its CURLoption number, name, and value (a number or text). */
struct CurlSetting
{
    int option = 0;
    std::string_view name;
    long number = 0;
    std::string text;
    bool isText = false;
};

/**
 * Every option get() sets on its handle besides callbacks and headers, in the order it sets them:
 * the one place they are decided, so a test can assert them.
 */
std::vector<CurlSetting> curlSettings(const Options& options);

/** Performs the request; on failure `*failure` (when given) says why. */
Result<Response> get(const Options& options, Failure* failure = nullptr);

} // namespace Fetcher
