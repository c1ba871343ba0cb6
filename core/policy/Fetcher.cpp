// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/Fetcher.h"

#include "core/common/Tr.h"
#include "core/log/Log.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace {

struct Transfer
{
    std::string body;
    std::size_t maxBytes = 0;
    std::size_t headerBytes = 0;
    std::size_t maxHeaderBytes = 0;
    bool tooLarge = false;
    std::string etag;
    std::string contentType;
};

std::size_t onBody(char* data, std::size_t size, std::size_t n, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const std::size_t bytes = size * n;
    if (t->body.size() + bytes > t->maxBytes) {
        t->tooLarge = true;
        return 0; // aborts the transfer (CURLE_WRITE_ERROR)
    }
    t->body.append(data, bytes);
    return bytes;
}

std::string trimmed(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) {
        v.remove_prefix(1);
    }
    while (!v.empty() && (v.back() == '\r' || v.back() == '\n' || v.back() == ' ')) {
        v.remove_suffix(1);
    }
    return std::string(v);
}

std::size_t onHeader(char* data, std::size_t size, std::size_t n, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const std::size_t bytes = size * n;
    t->headerBytes += bytes;
    if (t->headerBytes > t->maxHeaderBytes) {
        t->tooLarge = true;
        return 0;
    }
    const std::string_view line(data, bytes);
    const auto colon = line.find(':');
    if (colon != std::string_view::npos) {
        std::string name(line.substr(0, colon));
        for (auto& c : name) {
            c = static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
        }
        if (name == "etag") {
            t->etag = trimmed(line.substr(colon + 1));
        } else if (name == "content-type") {
            t->contentType = trimmed(line.substr(colon + 1));
        }
    }
    return bytes;
}

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Error failWith(Fetcher::Failure why, Fetcher::Failure* out, const char* message)
{
    if (out != nullptr) {
        *out = why;
    }
    return Error{ErrorCode::IoError, message};
}

} // namespace

namespace Fetcher {

std::string_view failureName(Failure f)
{
    switch (f) {
    case Failure::None:
        return "none";
    case Failure::BadUrl:
        return "bad_url";
    case Failure::Tls:
        return "tls";
    case Failure::Network:
        return "network";
    case Failure::Timeout:
        return "timeout";
    case Failure::TooLarge:
        return "too_large";
    case Failure::HttpStatus:
        return "http_status";
    case Failure::Redirect:
        return "redirect";
    }
    return "network";
}

std::vector<CurlSetting> curlSettings(const Options& options)
{
    const std::string protocols = options.allowHttp ? "http,https" : "https";
    std::vector<CurlSetting> s;
    const auto num = [&](CURLoption o, std::string_view name, long v) {
        s.push_back({static_cast<int>(o), name, v, {}, false});
    };
    const auto txt = [&](CURLoption o, std::string_view name, std::string v) {
        s.push_back({static_cast<int>(o), name, 0, std::move(v), true});
    };
    txt(CURLOPT_URL, "URL", options.url);
    txt(CURLOPT_PROTOCOLS_STR, "PROTOCOLS_STR", protocols);
    txt(CURLOPT_REDIR_PROTOCOLS_STR, "REDIR_PROTOCOLS_STR", protocols);
    num(CURLOPT_FOLLOWLOCATION, "FOLLOWLOCATION", 1);
    num(CURLOPT_MAXREDIRS, "MAXREDIRS", 3);
    num(CURLOPT_SSL_VERIFYPEER, "SSL_VERIFYPEER", 1);
    num(CURLOPT_SSL_VERIFYHOST, "SSL_VERIFYHOST", 2);
    num(CURLOPT_SSLVERSION, "SSLVERSION", static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    if (!options.caFile.empty()) {
        txt(CURLOPT_CAINFO, "CAINFO", options.caFile);
    }
    if (!options.pinnedServerKey.empty()) {
        txt(CURLOPT_PINNEDPUBLICKEY, "PINNEDPUBLICKEY", options.pinnedServerKey);
    }
    num(CURLOPT_NOSIGNAL, "NOSIGNAL", 1);
    num(CURLOPT_CONNECTTIMEOUT, "CONNECTTIMEOUT", options.connectTimeoutS);
    num(CURLOPT_TIMEOUT, "TIMEOUT", options.totalTimeoutS);
    num(CURLOPT_LOW_SPEED_LIMIT, "LOW_SPEED_LIMIT", options.lowSpeedBytes);
    num(CURLOPT_LOW_SPEED_TIME, "LOW_SPEED_TIME", options.lowSpeedSeconds);
    num(CURLOPT_MAXFILESIZE_LARGE, "MAXFILESIZE_LARGE", static_cast<long>(options.maxBytes));
    txt(CURLOPT_USERAGENT, "USERAGENT", "Scrim policy fetcher");
    // Identity only: a compressed body could expand past the cap before the write callback counts it.
    txt(CURLOPT_ACCEPT_ENCODING, "ACCEPT_ENCODING", "identity");
    return s;
}

Result<Response> get(const Options& options, Failure* failure)
{
    if (failure != nullptr) {
        *failure = Failure::None;
    }
    const bool https = options.url.rfind("https://", 0) == 0;
    const bool http = options.url.rfind("http://", 0) == 0;
    if (!https && !(http && options.allowHttp)) {
        return failWith(
            Failure::BadUrl, failure, SCRIM_TR_NOOP("CoreErrors", "The policy address must start with https://."));
    }
    globalInit();
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        return failWith(Failure::Network, failure, SCRIM_TR_NOOP("CoreErrors", "The download could not be started."));
    }
    Transfer t;
    t.maxBytes = options.maxBytes;
    t.maxHeaderBytes = options.maxHeaderBytes;
    CURL* h = curl.get();
    for (const CurlSetting& c : curlSettings(options)) {
        const auto opt = static_cast<CURLoption>(c.option);
        if (c.isText) {
            curl_easy_setopt(h, opt, c.text.c_str());
        } else if (opt == CURLOPT_MAXFILESIZE_LARGE) {
            curl_easy_setopt(h, opt, static_cast<curl_off_t>(c.number));
        } else {
            curl_easy_setopt(h, opt, c.number);
        }
    }
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(nullptr, &curl_slist_free_all);
    if (!options.etag.empty()) {
        const std::string line = "If-None-Match: " + options.etag;
        headers.reset(curl_slist_append(nullptr, line.c_str()));
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    }
    // Proxy: libcurl reads https_proxy / no_proxy from the environment by default.
    const CURLcode rc = curl_easy_perform(h);
    auto log = Log::get("policy");
    if (rc != CURLE_OK) {
        log->warn("policy download failed: {}", curl_easy_strerror(rc));
        if (t.tooLarge || rc == CURLE_FILESIZE_EXCEEDED) {
            return failWith(Failure::TooLarge,
                            failure,
                            SCRIM_TR_NOOP("CoreErrors", "The server sent more than a policy can be; it was refused."));
        }
        switch (rc) {
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            return failWith(Failure::Tls,
                            failure,
                            SCRIM_TR_NOOP("CoreErrors",
                                          "The policy server's certificate was not trusted (unknown issuer, expired, "
                                          "or issued for another host)."));
        case CURLE_OPERATION_TIMEDOUT:
            return failWith(
                Failure::Timeout, failure, SCRIM_TR_NOOP("CoreErrors", "The policy server did not answer in time."));
        case CURLE_TOO_MANY_REDIRECTS:
        case CURLE_UNSUPPORTED_PROTOCOL:
            return failWith(
                Failure::Redirect,
                failure,
                SCRIM_TR_NOOP("CoreErrors",
                              "The policy server redirected too often or to an address that is not https."));
        default:
            return failWith(
                Failure::Network, failure, SCRIM_TR_NOOP("CoreErrors", "The policy server could not be reached."));
        }
    }
    Response r;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r.status);
    r.etag = t.etag;
    r.contentType = t.contentType;
    if (r.status == 304) {
        r.notModified = true;
        return r;
    }
    if (r.status != 200) {
        log->warn("policy download: HTTP status {}", r.status);
        return failWith(Failure::HttpStatus,
                        failure,
                        SCRIM_TR_NOOP("CoreErrors", "The policy server answered with an error status."));
    }
    r.body = std::move(t.body);
    return r;
}

} // namespace Fetcher
