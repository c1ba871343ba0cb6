// SPDX-License-Identifier: GPL-3.0-or-later
// bench_anonymize: the clipboard path's cost — detect, the guard's decision (built-in policy, text
// bound for an unapproved AI tool) and anonymize (a fresh session each time), as ClipboardGuard runs
// them — as p50/p99 latency for 1 KB, 10 KB, 100 KB and 1 MB texts cut from the generated
// mixed corpus, and throughput of detect + anonymize and of restore over 1, 2, 5 and 10 MiB (time per
// byte should stay flat). Corpus generation and rule compilation are not timed. One thread.
#include "bench/BenchSupport.h"
#include "bench/CorpusGenerator.h"
#include "core/detect/RuleSet.h"
#include "core/guard/Guard.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyRules.h"
#include "core/redact/Anonymizer.h"
#include "core/redact/Restorer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#ifndef SCRIM_BENCH_BUILD_TYPE
#define SCRIM_BENCH_BUILD_TYPE "unknown"
#endif

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

// Cuts a piece of about `bytes` from the corpus, at line boundaries.
std::string_view piece(const std::string& corpus, std::size_t offset, std::size_t bytes)
{
    std::size_t start = corpus.find('\n', offset % (corpus.size() - bytes - 1));
    start = start == std::string::npos ? 0 : start + 1;
    std::size_t end = corpus.find('\n', start + bytes);
    end = end == std::string::npos ? corpus.size() : end + 1;
    return std::string_view(corpus).substr(start, end - start);
}

struct Cost
{
    double scanMs = 0;
    double anonymizeMs = 0;
    std::size_t replaced = 0;
    std::string out;
};

// The clipboard path of ClipboardGuard: scan, decide for an unapproved AI tool, anonymize what the
// verdict acts on with the verdict's operators.
Cost anonymizeOnce(const RuleSet& rules, std::string_view text, TokenMap& map)
{
    Cost c;
    const auto t0 = std::chrono::steady_clock::now();
    // As the guard scans: in pieces it could stop between, then through the policy's step (its
    // dictionaries and allowlist; the built-in policy has neither, so the step only merges).
    const std::atomic<std::uint64_t> latest{1};
    bool stopped = false;
    auto found = rules.scanStoppable(
        text, RuleSet::kInteractivePiece, [&] { return latest.load() != 1; }, stopped);
    if (!found || stopped) {
        std::fprintf(stderr, "scan failed\n");
        std::exit(2);
    }
    const Policy& policy = Policy::builtinDefault();
    std::vector<Finding> findings = PolicyRules::withPolicy(text, std::move(found.value()), policy);
    const auto t1 = std::chrono::steady_clock::now();
    const Verdict verdict = Guard::decide(findings, GuardContext{Destination::UnapprovedAi, "ChatGPT", false}, policy);
    Anonymizer::Options o = Guard::anonymizerOptions(verdict, "bench", 0);
    o.seed = 1;
    auto r = Anonymizer(o).anonymize(text, verdict.acted, map);
    const auto t2 = std::chrono::steady_clock::now();
    if (!r) {
        std::fprintf(stderr, "anonymize failed\n");
        std::exit(2);
    }
    c.scanMs = std::chrono::duration<double, std::milli>(t1 - t0).count();
    c.anonymizeMs = std::chrono::duration<double, std::milli>(t2 - t1).count();
    c.replaced = r->replacements.size();
    c.out = std::move(r->text);
    return c;
}

} // namespace

int main(int argc, char** argv)
{
    std::string jsonPath;
    int runs = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json" && i + 1 < argc) {
            jsonPath = argv[++i];
        } else if (a == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fputs("Usage: bench_anonymize [--runs N] [--json FILE]\n", a == "--help" ? stdout : stderr);
            return a == "--help" ? 0 : 2;
        }
    }
    const MachineInfo machine = machineInfo();
    std::printf(
        "machine: %s, %u logical CPUs; build: %s\n", machine.cpu.c_str(), machine.logicalCpus, SCRIM_BENCH_BUILD_TYPE);
    auto rules = RuleSet::builtin();
    if (!rules) {
        std::fprintf(stderr, "rules: %s\n", rules.error().message.c_str());
        return 2;
    }
    CorpusGenerator gen(7);
    const Corpus corpus = gen.generate(12u << 20);
    const std::string key(32, 'b');

    std::string json = "{\n  \"benchmark\": \"bench_anonymize\",\n  \"build\": " + jsonString(SCRIM_BENCH_BUILD_TYPE)
                       + ",\n  \"machine\": {\"cpu\": " + jsonString(machine.cpu)
                       + ", \"logicalCpus\": " + std::to_string(machine.logicalCpus) + "},\n  \"latency\": [\n";
    // Warm-up: RE2 builds its DFA states lazily, so the first texts of a process pay for them once.
    std::vector<double> cold;
    for (int i = 0; i < 2000; ++i) {
        TokenMap map(key);
        const Cost c =
            anonymizeOnce(*rules.value(), piece(corpus.text, static_cast<std::size_t>(i) * 104729, 10240), map);
        if (i < 50) {
            cold.push_back(c.scanMs + c.anonymizeMs);
        }
    }
    std::printf("cold start: the first 10 KB text took %.3f ms, the first 50 a median of %.3f ms; warm from here on\n",
                cold.front(),
                median(cold));
    json += "    {\"coldFirstMs\": " + std::to_string(cold.front())
            + ", \"coldMedianFirst50Ms\": " + std::to_string(median(cold)) + "},\n";
    std::printf("\nclipboard path: detect, guard decision (built-in policy, unapproved AI tool), anonymize; fresh "
                "session each time\n");
    std::printf("%10s %8s %10s %10s %10s %12s %14s %14s\n",
                "size",
                "samples",
                "p50 ms",
                "p99 ms",
                "max ms",
                "replaced/op",
                "detect p50/p99",
                "decide+anon. p50/p99");
    const std::vector<std::pair<std::size_t, int>> sizes{
        {1024, 4000}, {10 * 1024, 2000}, {100 * 1024, 300}, {1 << 20, 30}};
    for (std::size_t k = 0; k < sizes.size(); ++k) {
        const auto [bytes, samples] = sizes[k];
        std::vector<double> total;
        std::vector<double> scanOnly;
        std::vector<double> anonOnly;
        std::size_t replaced = 0;
        for (int i = 0; i < samples; ++i) {
            const auto text = piece(corpus.text, static_cast<std::size_t>(i) * 7919 * 13, bytes);
            TokenMap map(key);
            const Cost c = anonymizeOnce(*rules.value(), text, map);
            total.push_back(c.scanMs + c.anonymizeMs);
            scanOnly.push_back(c.scanMs);
            anonOnly.push_back(c.anonymizeMs);
            replaced += c.replaced;
        }
        const double p50 = percentile(total, 0.5);
        const double p99 = percentile(total, 0.99);
        const double mx = percentile(total, 1.0);
        std::printf("%10zu %8d %10.3f %10.3f %10.3f %12.1f %7.3f/%-6.3f %7.3f/%-6.3f\n",
                    bytes,
                    samples,
                    p50,
                    p99,
                    mx,
                    static_cast<double>(replaced) / samples,
                    percentile(scanOnly, 0.5),
                    percentile(scanOnly, 0.99),
                    percentile(anonOnly, 0.5),
                    percentile(anonOnly, 0.99));
        json += "    {\"bytes\": " + std::to_string(bytes) + ", \"samples\": " + std::to_string(samples)
                + ", \"p50Ms\": " + std::to_string(p50) + ", \"p99Ms\": " + std::to_string(p99)
                + ", \"maxMs\": " + std::to_string(mx) + "}" + (k + 1 < sizes.size() ? ",\n" : "\n");
    }
    json += "  ],\n  \"throughput\": [\n";
    std::printf("\nthroughput (median of %d runs), MiB/s\n", runs);
    std::printf("%8s %12s %12s %12s %12s\n", "MiB", "detect", "anonymize", "detect+anon", "restore");
    const std::vector<double> mibs{1, 2, 5, 10};
    for (std::size_t k = 0; k < mibs.size(); ++k) {
        const auto bytes = static_cast<std::size_t>(mibs[k] * kMiB);
        const std::string_view text = std::string_view(corpus.text).substr(0, bytes);
        std::vector<double> scan;
        std::vector<double> anon;
        std::vector<double> rest;
        for (int r = 0; r < runs; ++r) {
            TokenMap map(key);
            const Cost c = anonymizeOnce(*rules.value(), text, map);
            scan.push_back(c.scanMs);
            anon.push_back(c.anonymizeMs);
            const auto t0 = std::chrono::steady_clock::now();
            const auto back = restoreText(c.out, map, nullptr);
            rest.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            if (back.text.size() != text.size()) {
                std::fprintf(stderr, "restore did not give the text back\n");
                return 2;
            }
        }
        const double mb = static_cast<double>(bytes) / kMiB;
        const double sMs = median(scan);
        const double aMs = median(anon);
        const double rMs = median(rest);
        std::printf("%8.0f %12.1f %12.1f %12.1f %12.1f\n",
                    mibs[k],
                    mb / (sMs / 1000),
                    mb / (aMs / 1000),
                    mb / ((sMs + aMs) / 1000),
                    mb / (rMs / 1000));
        json += "    {\"mib\": " + std::to_string(mibs[k]) + ", \"detectMs\": " + std::to_string(sMs)
                + ", \"anonymizeMs\": " + std::to_string(aMs) + ", \"restoreMs\": " + std::to_string(rMs) + "}"
                + (k + 1 < mibs.size() ? ",\n" : "\n");
    }
    // A log whose values share their first word: every IPv4 address of a 10.0.0.0/8 network is
    // filed under "10" when the values found are looked for again in the text (LiteralSearch).
    json += "  ],\n  \"sharedFirstWord\": [\n";
    std::printf("\nlog lines with distinct addresses of 10.0.0.0/8 (detect + anonymize, median of %d runs)\n", runs);
    std::printf("%10s %10s %12s %10s\n", "addresses", "KiB", "ms", "MiB/s");
    const std::vector<int> counts{1000, 10000, 50000};
    for (std::size_t k = 0; k < counts.size(); ++k) {
        std::string log;
        for (int i = 0; i < counts[k]; ++i) {
            log += "2024-01-10 12:00:00 accepted connection from 10." + std::to_string(i / 65536 % 256) + "."
                   + std::to_string(i / 256 % 256) + "." + std::to_string(i % 256) + " port 443\n";
        }
        std::vector<double> ms;
        for (int r = 0; r < runs; ++r) {
            TokenMap map(key);
            const Cost c = anonymizeOnce(*rules.value(), log, map);
            ms.push_back(c.scanMs + c.anonymizeMs);
        }
        const double m = median(ms);
        std::printf("%10d %10.0f %12.1f %10.1f\n",
                    counts[k],
                    static_cast<double>(log.size()) / 1024,
                    m,
                    static_cast<double>(log.size()) / kMiB / (m / 1000));
        json += "    {\"addresses\": " + std::to_string(counts[k]) + ", \"bytes\": " + std::to_string(log.size())
                + ", \"ms\": " + std::to_string(m) + "}" + (k + 1 < counts.size() ? ",\n" : "\n");
    }
    json += "  ]\n}\n";
    if (!jsonPath.empty()) {
        std::ofstream out(jsonPath);
        out << json;
        if (!out) {
            std::fprintf(stderr, "cannot write %s\n", jsonPath.c_str());
            return 2;
        }
        std::printf("\nwrote %s\n", jsonPath.c_str());
    }
    return 0;
}
