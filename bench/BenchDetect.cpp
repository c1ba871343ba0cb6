// SPDX-License-Identifier: GPL-3.0-or-later
// bench_detect: single-thread throughput of the built-in rules over a generated mixed corpus, through
// RuleSet::scan (whole text at once) and StreamScanner (fed in 1 MiB pieces), plus how many of the
// planted values each rule found. Corpus generation and rule compilation are not timed.
#include "bench/BenchSupport.h"
#include "bench/CorpusGenerator.h"
#include "core/detect/BuiltinRules.h"
#include "core/detect/Dates.h"
#include "core/detect/RuleSet.h"
#include "core/detect/StreamScanner.h"
#include "core/policy/PolicyRules.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <new>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <tuple>
#include <vector>

// Every operator new of this process is counted, for the figure "allocations in a warm scan": the
// engine allocates nothing per candidate (bench/README.md), so what is left is per finding.
namespace {
std::atomic<std::uint64_t> g_allocations{0};
}

void* operator new(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) {
        return p;
    }
    throw std::bad_alloc();
}

void operator delete(void* p) noexcept
{
    std::free(p);
}

void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}

#ifndef SCRIM_BENCH_BUILD_TYPE
#define SCRIM_BENCH_BUILD_TYPE "unknown"
#endif

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
constexpr std::size_t kStreamPiece = 1 << 20;
constexpr std::size_t kColdBytes = 64 * 1024;

// The rule each planted kind is meant for (ids from core/detect/BuiltinRules.cpp).
constexpr std::array<std::string_view, kPlantedKindCount> kExpectedRule{
    "email",
    "phone-e164",
    "us-ssn",
    "ipv4",
    "credit-card",
    "iban",
    "aws-access-key-id",
    "github-token",
    "jwt",
    "private-key-block",
};

struct Options
{
    double sizeMiB = 10.0;
    std::uint64_t seed = 1;
    int runs = 5;
    std::string jsonPath;
    std::string dumpPath;
    int showMisses = 0;
    int showUnplanted = 0;
    bool perRule = false;
};

void usage(std::FILE* out)
{
    std::fputs("Usage: bench_detect [options]\n"
               "  --size MB          corpus size in MiB (default 10)\n"
               "  --seed N           corpus seed (default 1)\n"
               "  --runs N           timed runs per path (default 5)\n"
               "  --json FILE        also write the results as JSON\n"
               "  --dump FILE        write the generated corpus to FILE (for inspection)\n"
               "  --show-misses N    print up to N missed planted values per kind (prints values)\n"
               "  --show-unplanted N print up to N findings per rule that hit no planted value\n"
               "  --per-rule         also time each built-in rule alone (one run each)\n",
               out);
}

struct KindStats
{
    std::size_t planted = 0;
    std::size_t found = 0;     // overlapped by a finding of the expected rule
    std::size_t exact = 0;     // ... with exactly the planted span
    std::size_t otherRule = 0; // overlapped only by findings of other rules
    std::size_t missed = 0;    // overlapped by no finding at all
    std::vector<std::size_t> missedExamples;
    std::vector<std::size_t> otherExamples;
};

struct Timing
{
    std::vector<double> seconds;
    std::vector<double> mibPerSecond;
    double median = 0.0;
};

// std::strtod rather than std::from_chars: libc++ had no floating-point from_chars until LLVM 20.
bool parseDouble(std::string_view s, double& out)
{
    const std::string copy(s);
    char* end = nullptr;
    out = std::strtod(copy.c_str(), &end);
    return !copy.empty() && end == copy.c_str() + copy.size();
}

template <typename T>
bool parseNumber(std::string_view s, T& out)
{
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}

// Returns 0 to go on, or the exit code.
int parseArgs(int argc, char** argv, Options& o)
{
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        std::string_view value;
        bool hasValue = false;
        if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            hasValue = true;
        }
        if (arg == "-h" || arg == "--help") {
            usage(stdout);
            return -1;
        }
        if (arg == "--per-rule") {
            o.perRule = true;
            continue;
        }
        const bool known = arg == "--size" || arg == "--seed" || arg == "--runs" || arg == "--json" || arg == "--dump"
                           || arg == "--show-misses" || arg == "--show-unplanted";
        if (!known) {
            std::fprintf(stderr, "bench_detect: unknown option '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        }
        if (!hasValue) {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "bench_detect: %s needs a value\n", argv[i]);
                return 2;
            }
            value = argv[++i];
        }
        bool ok = true;
        if (arg == "--size") {
            ok = parseDouble(value, o.sizeMiB) && o.sizeMiB > 0.0 && o.sizeMiB <= 4096.0;
        } else if (arg == "--seed") {
            ok = parseNumber(value, o.seed);
        } else if (arg == "--runs") {
            ok = parseNumber(value, o.runs) && o.runs >= 1;
        } else if (arg == "--json") {
            o.jsonPath = std::string(value);
        } else if (arg == "--dump") {
            o.dumpPath = std::string(value);
        } else if (arg == "--show-misses") {
            ok = parseNumber(value, o.showMisses) && o.showMisses >= 0;
        } else {
            ok = parseNumber(value, o.showUnplanted) && o.showUnplanted >= 0;
        }
        if (!ok || value.empty()) {
            std::fprintf(stderr,
                         "bench_detect: bad value for %.*s: '%.*s'\n",
                         static_cast<int>(arg.size()),
                         arg.data(),
                         static_cast<int>(value.size()),
                         value.data());
            return 2;
        }
    }
    return 0;
}

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The value with up to `context` bytes around it, on one line, the value in [[ ]]; never cuts a
// UTF-8 sequence.
std::string
excerpt(std::string_view text, std::size_t begin, std::size_t end, std::size_t context, std::size_t maxValue = 120)
{
    std::size_t from = begin > context ? begin - context : 0;
    std::size_t to = std::min(text.size(), end + context);
    while (from > 0 && isContinuation(text[from])) {
        --from;
    }
    while (to < text.size() && isContinuation(text[to])) {
        ++to;
    }
    std::string_view value = text.substr(begin, end - begin);
    std::string shownValue;
    if (value.size() > maxValue) {
        std::size_t cut = maxValue;
        while (cut > 0 && isContinuation(value[cut])) {
            --cut;
        }
        shownValue = std::string(value.substr(0, cut)) + "...";
    } else {
        shownValue = std::string(value);
    }
    std::string out = std::string(text.substr(from, begin - from)) + "[[" + shownValue + "]]"
                      + std::string(text.substr(end, to - end));
    std::string oneLine;
    for (const char c : out) {
        if (c == '\n') {
            oneLine += "\\n";
        } else if (c == '\t') {
            oneLine += "\\t";
        } else {
            oneLine += c;
        }
    }
    return oneLine;
}

std::string jsonNumbers(const std::vector<double>& v)
{
    std::string out = "[";
    for (std::size_t i = 0; i < v.size(); ++i) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%s%.6g", i == 0 ? "" : ", ", v[i]);
        out += buf;
    }
    return out + "]";
}

std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

template <typename Span>
std::size_t firstCandidate(const std::vector<Span>& spans, std::size_t from)
{
    // Spans sorted by begin; the first whose begin >= from.
    return static_cast<std::size_t>(
        std::lower_bound(spans.begin(), spans.end(), from, [](const Span& s, std::size_t v) { return s.begin < v; })
        - spans.begin());
}

std::size_t firstFinding(const std::vector<Finding>& findings, std::size_t from)
{
    return static_cast<std::size_t>(
        std::lower_bound(
            findings.begin(), findings.end(), from, [](const Finding& f, std::size_t v) { return f.start < v; })
        - findings.begin());
}

// The runs after the first, or the one run there is.
std::vector<double> warmRuns(const std::vector<double>& runs)
{
    return runs.size() > 1 ? std::vector<double>(runs.begin() + 1, runs.end()) : runs;
}

void printTiming(const char* title, const Timing& t, const std::vector<std::size_t>& findingCounts)
{
    std::printf("%s\n", title);
    std::printf("  %-6s %10s %10s %10s\n", "run", "seconds", "MiB/s", "findings");
    for (std::size_t i = 0; i < t.seconds.size(); ++i) {
        std::printf("  %-6zu %10.3f %10.2f %10zu\n", i + 1, t.seconds[i], t.mibPerSecond[i], findingCounts[i]);
    }
    std::printf(
        "  %-6s %10.3f %10.2f   (of runs 2-%zu)\n", "median", median(warmRuns(t.seconds)), t.median, t.seconds.size());
}

} // namespace

int main(int argc, char** argv)
{
    Options opt;
    if (const int rc = parseArgs(argc, argv, opt); rc != 0) {
        return rc < 0 ? 0 : rc;
    }

    const MachineInfo machine = machineInfo();
    std::printf("bench_detect: built-in rules, single thread\n");
    std::printf("machine: %s, %u logical CPUs%s%s\n",
                machine.cpu.c_str(),
                machine.logicalCpus,
                machine.coresPerSocket.empty() ? "" : ", cores per socket: ",
                machine.coresPerSocket.c_str());
#if defined(__clang__)
    const std::string compiler = "Clang " __clang_version__;
#elif defined(__GNUC__)
    const std::string compiler = "GCC " __VERSION__;
#else
    const std::string compiler = "unknown compiler";
#endif
#if defined(__OPTIMIZE__)
    const bool optimized = true;
#else
    const bool optimized = false;
#endif
    std::printf("build: %s, CMAKE_BUILD_TYPE=%s%s\n",
                compiler.c_str(),
                SCRIM_BENCH_BUILD_TYPE,
                optimized ? "" : "  (WARNING: not optimized, numbers are meaningless)");

    // ---- setup (not timed) ----
    auto t0 = std::chrono::steady_clock::now();
    const auto bytes = static_cast<std::size_t>(opt.sizeMiB * kMiB);
    CorpusGenerator generator(opt.seed);
    const Corpus corpus = generator.generate(bytes);
    const double genSeconds = secondsSince(t0);
    const std::string_view text = corpus.text;
    if (!opt.dumpPath.empty()) {
        std::ofstream dump(opt.dumpPath, std::ios::binary);
        dump.write(corpus.text.data(), static_cast<std::streamsize>(corpus.text.size()));
        if (!dump) {
            std::fprintf(stderr, "bench_detect: cannot write %s\n", opt.dumpPath.c_str());
            return 1;
        }
    }

    t0 = std::chrono::steady_clock::now();
    auto built = RuleSet::builtin();
    if (!built) {
        std::fprintf(stderr, "bench_detect: the built-in rules do not compile: %s\n", built.error().message.c_str());
        return 1;
    }
    const std::shared_ptr<const RuleSet> rules = built.value();
    const double compileSeconds = secondsSince(t0);

    std::size_t plantedTotal = 0;
    for (const std::size_t n : corpus.plantedCounts) {
        plantedTotal += n;
    }
    std::size_t nearMissTotal = 0;
    for (const std::size_t n : corpus.nearMissCounts) {
        nearMissTotal += n;
    }
    std::printf("corpus: %.2f MiB (%zu bytes), %zu lines, seed %llu; generated in %.2f s (not timed)\n",
                static_cast<double>(text.size()) / kMiB,
                text.size(),
                corpus.lines,
                static_cast<unsigned long long>(opt.seed),
                genSeconds);
    std::printf("rules: %zu built-in, compiled in %.1f ms (not timed)\n", rules->rules().size(), compileSeconds * 1e3);
    std::printf("planted: %zu values on %zu lines (%.2f%% of lines), %zu near-misses\n",
                plantedTotal,
                corpus.linesWithPlanted,
                corpus.lines ? 100.0 * static_cast<double>(corpus.linesWithPlanted) / static_cast<double>(corpus.lines)
                             : 0.0,
                nearMissTotal);

    // ---- RuleSet::scan ----
    Timing scanTiming;
    std::vector<std::size_t> scanCounts;
    std::vector<Finding> findings;
    for (int run = 0; run < opt.runs; ++run) {
        t0 = std::chrono::steady_clock::now();
        auto result = rules->scan(text);
        const double s = secondsSince(t0);
        if (!result) {
            std::fprintf(stderr, "bench_detect: scan failed: %s\n", result.error().message.c_str());
            return 1;
        }
        scanTiming.seconds.push_back(s);
        scanTiming.mibPerSecond.push_back(static_cast<double>(text.size()) / kMiB / s);
        scanCounts.push_back(result->size());
        if (run == 0) {
            findings = std::move(result.value());
        }
    }
    // Run 1 builds RE2's DFA states for text the rules have not seen (bench/README.md); it is
    // printed, and the median is of the warm runs after it.
    scanTiming.median = median(warmRuns(scanTiming.mibPerSecond));
    // One more warm scan, not timed, to count its allocations.
    std::uint64_t warmAllocations = 0;
    std::size_t warmFindings = 0;
    {
        const std::uint64_t before = g_allocations.load();
        auto counted = rules->scan(text);
        warmAllocations = g_allocations.load() - before;
        warmFindings = counted ? counted->size() : 0;
    }

    // ---- StreamScanner, fed in 1 MiB pieces ----
    Timing streamTiming;
    std::vector<std::size_t> streamCounts;
    std::vector<Finding> streamFindings;
    for (int run = 0; run < opt.runs; ++run) {
        std::size_t count = 0;
        const bool collect = run == 0;
        const StreamScanner::Sink sink = [&](const StreamScanner::Located& located, std::string_view) {
            ++count;
            if (collect) {
                streamFindings.push_back(located.finding);
            }
        };
        t0 = std::chrono::steady_clock::now();
        StreamScanner scanner(rules);
        // As scrim-cli scan does without a policy: the dates near a personal value, also one
        // across the chunk's edges.
        scanner.setExtra([&rules](std::string_view t,
                                  std::size_t begin,
                                  std::size_t end,
                                  std::optional<std::string_view> header,
                                  std::vector<Finding>& out) {
            PolicyRules::streamExtras(*rules, nullptr, nullptr, false, t, begin, end, header, out);
        });
        for (std::size_t pos = 0; pos < text.size(); pos += kStreamPiece) {
            if (auto r = scanner.feed(text.substr(pos, kStreamPiece), sink); !r) {
                std::fprintf(stderr, "bench_detect: stream scan failed: %s\n", r.error().message.c_str());
                return 1;
            }
        }
        if (auto r = scanner.finish(sink); !r) {
            std::fprintf(stderr, "bench_detect: stream scan failed: %s\n", r.error().message.c_str());
            return 1;
        }
        const double s = secondsSince(t0);
        streamTiming.seconds.push_back(s);
        streamTiming.mibPerSecond.push_back(static_cast<double>(text.size()) / kMiB / s);
        streamCounts.push_back(count);
    }
    streamTiming.median = median(warmRuns(streamTiming.mibPerSecond));

    // ---- cold start: a fresh RuleSet's first scan of a clipboard-sized text ----
    // RE2 builds its DFA states lazily, so the first scans after a policy (re)load pay for them.
    const std::string_view coldText = text.substr(0, std::min(text.size(), kColdBytes));
    double coldMs = 0.0;
    double warmMs = 0.0;
    {
        auto fresh = RuleSet::builtin();
        if (!fresh) {
            std::fprintf(
                stderr, "bench_detect: the built-in rules do not compile: %s\n", fresh.error().message.c_str());
            return 1;
        }
        t0 = std::chrono::steady_clock::now();
        const auto cold = fresh.value()->scan(coldText);
        coldMs = secondsSince(t0) * 1e3;
        t0 = std::chrono::steady_clock::now();
        const auto warm = fresh.value()->scan(coldText);
        warmMs = secondsSince(t0) * 1e3;
        if (!cold || !warm) {
            std::fprintf(stderr, "bench_detect: scan failed\n");
            return 1;
        }
    }

    // ---- what was found (not timed) ----
    std::size_t maxFindingLength = 0;
    std::map<std::string, std::size_t> perRule;
    for (const Finding& f : findings) {
        maxFindingLength = std::max(maxFindingLength, f.length());
        ++perRule[f.ruleId];
    }
    for (const Rule& r : rules->rules()) {
        perRule.try_emplace(r.id, 0);
    }
    std::vector<bool> onPlanted(findings.size(), false);
    std::array<KindStats, kPlantedKindCount> stats{};
    for (const PlantedValue& p : corpus.planted) {
        KindStats& st = stats[static_cast<std::size_t>(p.kind)];
        ++st.planted;
        bool expected = false;
        bool exact = false;
        bool other = false;
        std::size_t otherIndex = 0;
        for (std::size_t i = firstFinding(findings, p.begin > maxFindingLength ? p.begin - maxFindingLength : 0);
             i < findings.size() && findings[i].start < p.end;
             ++i) {
            const Finding& f = findings[i];
            if (f.end <= p.begin) {
                continue;
            }
            onPlanted[i] = true;
            if (f.ruleId == kExpectedRule[static_cast<std::size_t>(p.kind)]) {
                expected = true;
                exact = exact || (f.start == p.begin && f.end == p.end);
            } else if (!other) {
                other = true;
                otherIndex = i;
            }
        }
        const std::size_t index = static_cast<std::size_t>(&p - corpus.planted.data());
        if (expected) {
            ++st.found;
            st.exact += exact ? 1 : 0;
        } else if (other) {
            ++st.otherRule;
            if (st.otherExamples.size() / 2 < static_cast<std::size_t>(opt.showMisses)) {
                st.otherExamples.push_back(index);
                st.otherExamples.push_back(otherIndex);
            }
        } else {
            ++st.missed;
            if (st.missedExamples.size() < static_cast<std::size_t>(opt.showMisses)) {
                st.missedExamples.push_back(index);
            }
        }
    }

    // Findings on no planted value: false positives, or look-alikes worth a look. Attribute them to
    // the near-miss they hit, if any.
    std::map<std::string, std::size_t> unplanted;
    std::map<std::string, std::vector<std::size_t>> unplantedExamples;
    std::map<std::string, std::size_t> unplantedPerRule;
    std::size_t unplantedTotal = 0;
    std::size_t dates = 0;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (onPlanted[i]) {
            continue;
        }
        const Finding& f = findings[i];
        if (Dates::isDate(f)) {
            ++dates; // companions of other personal data, not values planted or missed
            continue;
        }
        std::string label = "other text";
        for (std::size_t k = firstCandidate(corpus.nearMisses, f.start > 256 ? f.start - 256 : 0);
             k < corpus.nearMisses.size() && corpus.nearMisses[k].begin < f.end;
             ++k) {
            if (corpus.nearMisses[k].end > f.start) {
                label = "near-miss " + std::string(CorpusGenerator::kindName(corpus.nearMisses[k].kind));
                break;
            }
        }
        const std::string key = f.ruleId + " on " + label;
        ++unplanted[key];
        ++unplantedPerRule[f.ruleId];
        ++unplantedTotal;
        auto& ex = unplantedExamples[key];
        if (ex.size() < static_cast<std::size_t>(opt.showUnplanted)) {
            ex.push_back(i);
        }
    }

    // Stream findings must be the scan's findings.
    std::size_t onlyScan = 0;
    std::size_t onlyStream = 0;
    {
        const auto key = [](const Finding& f) { return std::make_tuple(f.start, f.end, f.ruleId); };
        std::vector<std::tuple<std::size_t, std::size_t, std::string>> a;
        std::vector<std::tuple<std::size_t, std::size_t, std::string>> b;
        for (const Finding& f : findings) {
            a.push_back(key(f));
        }
        for (const Finding& f : streamFindings) {
            b.push_back(key(f));
        }
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        std::vector<std::tuple<std::size_t, std::size_t, std::string>> diff;
        std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(diff));
        onlyScan = diff.size();
        diff.clear();
        std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(diff));
        onlyStream = diff.size();
    }

    // ---- report ----
    std::printf("\nplanted values by kind (found = a finding of the expected rule overlaps the value)\n");
    std::printf("  %-13s %-19s %8s %8s %8s %10s %8s\n",
                "kind",
                "expected rule",
                "planted",
                "found",
                "exact",
                "other-rule",
                "missed");
    for (std::size_t k = 0; k < kPlantedKindCount; ++k) {
        const KindStats& st = stats[k];
        std::printf("  %-13s %-19s %8zu %8zu %8zu %10zu %8zu\n",
                    std::string(CorpusGenerator::kindName(static_cast<PlantedKind>(k))).c_str(),
                    std::string(kExpectedRule[k]).c_str(),
                    st.planted,
                    st.found,
                    st.exact,
                    st.otherRule,
                    st.missed);
    }
    std::printf("\nnear-misses planted: ");
    for (std::size_t k = 0; k < kNearMissKindCount; ++k) {
        std::printf("%s%s %zu",
                    k == 0 ? "" : ", ",
                    std::string(CorpusGenerator::kindName(static_cast<NearMissKind>(k))).c_str(),
                    corpus.nearMissCounts[k]);
    }
    std::printf("\n\nfindings: %zu total, %zu dates (companions: docs/detection.md), %zu other findings on no planted "
                "value\n",
                findings.size(),
                dates,
                unplantedTotal);
    std::printf("  %-19s %-12s %9s %11s\n", "rule", "type", "findings", "unplanted");
    for (const auto& [rule, n] : perRule) {
        std::string type = rule == Dates::kRuleId ? "DATE" : "";
        for (const Rule& r : rules->rules()) {
            if (r.id == rule) {
                type = std::string(entityTypeName(r.type));
            }
        }
        std::printf("  %-19s %-12s %9zu %11zu\n", rule.c_str(), type.c_str(), n, unplantedPerRule[rule]);
    }
    if (!unplanted.empty()) {
        std::printf("findings on no planted value, by what they hit:\n");
        for (const auto& [key, n] : unplanted) {
            std::printf("  %-45s %7zu\n", key.c_str(), n);
        }
    }

    std::printf("\n");
    printTiming(
        "RuleSet::scan (whole corpus in one call; run 1 includes RE2's lazy DFA construction)", scanTiming, scanCounts);
    std::printf("\n");
    printTiming("StreamScanner (fed in 1 MiB pieces, chunk 1 MiB)", streamTiming, streamCounts);
    if (onlyScan == 0 && onlyStream == 0) {
        std::printf("  stream findings are identical to RuleSet::scan's (%zu)\n", streamFindings.size());
    } else {
        std::printf("  WARNING: stream findings differ from RuleSet::scan's: %zu only in scan, %zu only in stream\n",
                    onlyScan,
                    onlyStream);
    }
    std::printf("\ncold start: a fresh RuleSet's first scan of %zu KiB took %.1f ms, the second %.2f ms\n",
                coldText.size() / 1024,
                coldMs,
                warmMs);
    std::printf("allocations in a warm RuleSet::scan: %llu for %zu findings (%.2f a finding)\n",
                static_cast<unsigned long long>(warmAllocations),
                warmFindings,
                warmFindings ? static_cast<double>(warmAllocations) / static_cast<double>(warmFindings) : 0.0);
    std::printf("median: RuleSet::scan %.2f MiB/s, StreamScanner %.2f MiB/s\n", scanTiming.median, streamTiming.median);

    if (opt.perRule) {
        // Each rule alone: what its own RE2 (and its part of the prefilter) costs, cold and warm.
        std::printf("\neach built-in rule alone (a RuleSet of one rule)\n");
        std::printf(
            "  %-19s %14s %12s %12s %10s\n", "rule", "cold 64 KiB ms", "run 1 MiB/s", "run 2 MiB/s", "findings");
        for (const Rule& rule : BuiltinRules::all()) {
            auto one = RuleSet::create({rule});
            if (!one) {
                std::fprintf(stderr,
                             "bench_detect: rule %s does not compile: %s\n",
                             rule.id.c_str(),
                             one.error().message.c_str());
                return 1;
            }
            t0 = std::chrono::steady_clock::now();
            const auto cold = one.value()->scan(coldText);
            const double ms = secondsSince(t0) * 1e3;
            t0 = std::chrono::steady_clock::now();
            const auto first = one.value()->scan(text);
            const double s1 = secondsSince(t0);
            t0 = std::chrono::steady_clock::now();
            const auto second = one.value()->scan(text);
            const double s2 = secondsSince(t0);
            if (!cold || !first || !second) {
                std::fprintf(stderr, "bench_detect: scan failed\n");
                return 1;
            }
            const double mib = static_cast<double>(text.size()) / kMiB;
            std::printf(
                "  %-19s %14.1f %12.2f %12.2f %10zu\n", rule.id.c_str(), ms, mib / s1, mib / s2, second->size());
        }
    }

    if (opt.showMisses > 0) {
        std::printf("\nmissed planted values (up to %d per kind; synthetic values)\n", opt.showMisses);
        for (std::size_t k = 0; k < kPlantedKindCount; ++k) {
            for (const std::size_t idx : stats[k].missedExamples) {
                const PlantedValue& p = corpus.planted[idx];
                std::printf("  %-13s missed      %s\n",
                            std::string(CorpusGenerator::kindName(p.kind)).c_str(),
                            excerpt(text, p.begin, p.end, 24).c_str());
            }
            const auto& ex = stats[k].otherExamples;
            for (std::size_t j = 0; j + 1 < ex.size(); j += 2) {
                const PlantedValue& p = corpus.planted[ex[j]];
                const Finding& f = findings[ex[j + 1]];
                std::printf("  %-13s as %-8s  %s  (finding [%zu,%zu) vs planted [%zu,%zu))\n",
                            std::string(CorpusGenerator::kindName(p.kind)).c_str(),
                            f.ruleId.c_str(),
                            excerpt(text, p.begin, p.end, 24).c_str(),
                            f.start,
                            f.end,
                            p.begin,
                            p.end);
            }
        }
    }
    if (opt.showUnplanted > 0) {
        std::printf("\nfindings on no planted value (up to %d per rule and target)\n", opt.showUnplanted);
        for (const auto& [key, idxs] : unplantedExamples) {
            for (const std::size_t i : idxs) {
                const Finding& f = findings[i];
                std::printf("  %-40s %s\n", key.c_str(), excerpt(text, f.start, f.end, 24).c_str());
            }
        }
    }

    if (!opt.jsonPath.empty()) {
        std::string j = "{\n";
        j += "  \"machine\": {\"cpu\": " + jsonString(machine.cpu)
             + ", \"logicalCpus\": " + std::to_string(machine.logicalCpus) + "},\n";
        j += "  \"build\": {\"compiler\": " + jsonString(compiler) + ", \"buildType\": "
             + jsonString(SCRIM_BENCH_BUILD_TYPE) + ", \"optimized\": " + (optimized ? "true" : "false") + "},\n";
        j += "  \"corpus\": {\"bytes\": " + std::to_string(text.size()) + ", \"lines\": " + std::to_string(corpus.lines)
             + ", \"seed\": " + std::to_string(opt.seed)
             + ", \"linesWithPlanted\": " + std::to_string(corpus.linesWithPlanted)
             + ", \"generationSeconds\": " + fixed(genSeconds, 3) + ",\n    \"planted\": {";
        for (std::size_t k = 0; k < kPlantedKindCount; ++k) {
            const KindStats& st = stats[k];
            j += std::string(k == 0 ? "\n" : ",\n") + "      "
                 + jsonString(CorpusGenerator::kindName(static_cast<PlantedKind>(k)))
                 + ": {\"rule\": " + jsonString(kExpectedRule[k]) + ", \"planted\": " + std::to_string(st.planted)
                 + ", \"found\": " + std::to_string(st.found) + ", \"exact\": " + std::to_string(st.exact)
                 + ", \"otherRule\": " + std::to_string(st.otherRule) + ", \"missed\": " + std::to_string(st.missed)
                 + "}";
        }
        j += "\n    },\n    \"nearMisses\": {";
        for (std::size_t k = 0; k < kNearMissKindCount; ++k) {
            j += std::string(k == 0 ? "" : ", ") + jsonString(CorpusGenerator::kindName(static_cast<NearMissKind>(k)))
                 + ": " + std::to_string(corpus.nearMissCounts[k]);
        }
        j += "}\n  },\n";
        j += "  \"findings\": {\"total\": " + std::to_string(findings.size()) + ", \"dates\": " + std::to_string(dates)
             + ", \"unplanted\": " + std::to_string(unplantedTotal) + ", \"byRule\": {";
        bool first = true;
        for (const auto& [rule, n] : perRule) {
            j += std::string(first ? "" : ", ") + jsonString(rule) + ": {\"findings\": " + std::to_string(n)
                 + ", \"unplanted\": " + std::to_string(unplantedPerRule[rule]) + "}";
            first = false;
        }
        j += "}, \"unplantedByTarget\": {";
        first = true;
        for (const auto& [key, n] : unplanted) {
            j += std::string(first ? "" : ", ") + jsonString(key) + ": " + std::to_string(n);
            first = false;
        }
        j += "}},\n";
        j += "  \"scan\": {\"runsSeconds\": " + jsonNumbers(scanTiming.seconds)
             + ", \"runsMiBps\": " + jsonNumbers(scanTiming.mibPerSecond)
             + ", \"medianMiBps\": " + fixed(scanTiming.median, 3) + ", \"medianOf\": \"runs after the first\""
             + ", \"warmScanAllocations\": " + std::to_string(warmAllocations) + "},\n";
        j += "  \"stream\": {\"pieceBytes\": " + std::to_string(kStreamPiece) + ", \"runsSeconds\": "
             + jsonNumbers(streamTiming.seconds) + ", \"runsMiBps\": " + jsonNumbers(streamTiming.mibPerSecond)
             + ", \"medianMiBps\": " + fixed(streamTiming.median, 3) + ", \"findings\": "
             + std::to_string(streamFindings.size()) + ", \"onlyInScan\": " + std::to_string(onlyScan)
             + ", \"onlyInStream\": " + std::to_string(onlyStream) + "},\n";
        j += "  \"coldStart\": {\"bytes\": " + std::to_string(coldText.size())
             + ", \"firstScanMs\": " + fixed(coldMs, 3) + ", \"secondScanMs\": " + fixed(warmMs, 3) + "}\n";
        j += "}\n";
        std::ofstream out(opt.jsonPath, std::ios::binary);
        out << j;
        if (!out) {
            std::fprintf(stderr, "bench_detect: cannot write %s\n", opt.jsonPath.c_str());
            return 1;
        }
        std::printf("results written to %s\n", opt.jsonPath.c_str());
    }
    return 0;
}
