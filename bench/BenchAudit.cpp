// SPDX-License-Identifier: GPL-3.0-or-later
// bench_audit: the audit log's costs on this machine's disk — opening the encrypted store,
// appending one event with its chain hash (one transaction each, as the app does), verifying.
// Usage: bench_audit [--events N] [--dir DIR]   (DIR must be on the disk to measure; default /tmp)
#include "core/audit/AuditLog.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int events = 2000;
    QString base = QStringLiteral("/tmp");
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--events") == 0) {
            events = std::max(10, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--dir") == 0) {
            base = QString::fromLocal8Bit(argv[++i]);
        }
    }
    QTemporaryDir dir(base + QStringLiteral("/scrim-bench-XXXXXX"));
    Store::Options o;
    o.dataDir = dir.path();
    o.key.dataDir = dir.path();
    o.key.useKeychain = false;

    auto t0 = Clock::now();
    auto store = Store::open(o);
    const double createMs = ms(Clock::now() - t0);
    if (!store) {
        std::fprintf(stderr, "store: %s\n", store.error().message.c_str());
        return 2;
    }
    auto log = AuditLog::open(store.value());
    if (!log) {
        return 2;
    }
    std::vector<double> append;
    for (int i = 0; i < events; ++i) {
        AuditEvent e;
        e.categories = "PII:2,PCI:1";
        e.ruleIds = "email,credit-card";
        e.action = "warn";
        e.contentHmac = log->contentHash("text " + std::to_string(i));
        e.preview = "[EMAIL] [CREDIT_CARD] [EMAIL]";
        e.sourceApp = "editor";
        e.destApp = "chat";
        const auto a = Clock::now();
        if (!log->append(e)) {
            return 2;
        }
        append.push_back(ms(Clock::now() - a));
    }
    t0 = Clock::now();
    auto v = log->verify();
    const double verifyMs = ms(Clock::now() - t0);
    if (!v || !v->ok()) {
        return 2;
    }
    // Reopen with the log in place (page check included).
    store.value().database().close();
    t0 = Clock::now();
    auto reopened = Store::open(o);
    const double reopenMs = ms(Clock::now() - t0);
    if (!reopened) {
        return 2;
    }
    std::printf("bench_audit: %d events in %s\n", events, qPrintable(dir.path()));
    std::printf("open (new store, key created)   %8.2f ms\n", createMs);
    std::printf("open (existing, pages checked)  %8.2f ms\n", reopenMs);
    std::printf("append, one transaction each     p50 %.3f ms  p99 %.3f ms  max %.3f ms\n",
                percentile(append, 0.5),
                percentile(append, 0.99),
                percentile(append, 1.0));
    std::printf("verify                           %.0f rows/s (%llu rows in %.1f ms)\n",
                static_cast<double>(v->rowsChecked) / (verifyMs / 1000.0),
                static_cast<unsigned long long>(v->rowsChecked),
                verifyMs);
    return 0;
}
