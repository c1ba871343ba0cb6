// SPDX-License-Identifier: GPL-3.0-or-later
// bench_scaling: how detection cost grows with what it is given, on one core.
//   - text size: RuleSet::scan over 1 ... 100 MiB of the generated mixed corpus;
//   - custom policy rules: 0, 100, 1,000 rules on top of the built-in ones (compile time, MiB/s);
//   - hashed dictionary terms: 0, 10,000, 1,000,000 terms (index build time, MiB/s of the
//     dictionary pass that `scrim-cli scan --policy` and the clipboard guard run beside the rules).
// Each figure should stay close to flat per byte. Corpus generation and hashing the terms are not timed.
#include "bench/BenchSupport.h"
#include "bench/CorpusGenerator.h"
#include "core/common/Crypto.h"
#include "core/detect/RuleSet.h"
#include "core/policy/DictionaryIndex.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyRules.h"

#include <algorithm>
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

// The first `bytes` of the corpus, cut after a line.
std::string_view prefix(const std::string& corpus, std::size_t bytes)
{
    if (bytes >= corpus.size()) {
        return corpus;
    }
    const std::size_t nl = corpus.find('\n', bytes);
    return std::string_view(corpus).substr(0, nl == std::string::npos ? corpus.size() : nl + 1);
}

struct Timed
{
    double seconds = 0;
    std::size_t findings = 0;
};

Timed scanOnce(const RuleSet& rules, std::string_view text)
{
    const auto t0 = std::chrono::steady_clock::now();
    auto found = rules.scan(text);
    if (!found) {
        std::fprintf(stderr, "scan failed: %s\n", found.error().message.c_str());
        std::exit(2);
    }
    return {secondsSince(t0), found.value().size()};
}

Timed medianScan(const RuleSet& rules, std::string_view text, int runs)
{
    std::vector<double> s;
    std::size_t findings = 0;
    for (int r = 0; r < runs; ++r) {
        const Timed t = scanOnce(rules, text);
        s.push_back(t.seconds);
        findings = t.findings;
    }
    return {median(s), findings};
}

Timed medianDictionary(std::string_view text, int runs, const Policy& policy)
{
    std::vector<double> s;
    std::size_t findings = 0;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        findings = PolicyRules::dictionaryFindings(text, policy).size();
        s.push_back(secondsSince(t0));
    }
    return {median(s), findings};
}

// Custom rules as organisations write them: a code with its own prefix and a number
// ("KX-204-118842"), some of them only next to a word.
std::vector<PolicyCustomRule> customRules(int count)
{
    std::vector<PolicyCustomRule> out;
    for (int i = 0; i < count; ++i) {
        std::string code;
        for (int k = i + 26 * 26; k > 0; k /= 26) {
            code.insert(code.begin(), static_cast<char>('A' + k % 26));
        }
        PolicyCustomRule r;
        r.id = "scale-" + std::to_string(i);
        r.pattern = "\\b" + code + "-[0-9]{3}-[0-9]{6}\\b";
        r.type = EntityType::OtherId;
        r.category = Category::Confidential;
        if (i % 4 == 0) {
            r.contextWords = {"contract", "customer"};
            r.minScore = 0.9;
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    std::string jsonPath;
    int maxMiB = 100;
    int runs = 3;
    std::string sections = "size,rules,dictionary";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json" && i + 1 < argc) {
            jsonPath = argv[++i];
        } else if (a == "--max-mib" && i + 1 < argc) {
            maxMiB = std::max(1, std::atoi(argv[++i]));
        } else if (a == "--only" && i + 1 < argc) {
            sections = argv[++i];
        } else if (a == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fputs("Usage: bench_scaling [--max-mib N (100)] [--runs N (3)] [--only size,rules,dictionary] [--json "
                       "FILE]\n",
                       a == "--help" ? stdout : stderr);
            return a == "--help" ? 0 : 2;
        }
    }
    const MachineInfo machine = machineInfo();
    std::printf(
        "machine: %s, %u logical CPUs; build: %s\n", machine.cpu.c_str(), machine.logicalCpus, SCRIM_BENCH_BUILD_TYPE);
    auto builtin = RuleSet::builtin();
    if (!builtin) {
        std::fprintf(stderr, "rules: %s\n", builtin.error().message.c_str());
        return 2;
    }
    CorpusGenerator gen(1);
    const Corpus corpus = gen.generate(static_cast<std::size_t>(maxMiB) << 20);
    const std::string_view ten = prefix(corpus.text, std::min<std::size_t>(corpus.text.size(), 10u << 20));

    std::string json = "{\n  \"benchmark\": \"bench_scaling\",\n  \"build\": " + jsonString(SCRIM_BENCH_BUILD_TYPE)
                       + ",\n  \"machine\": {\"cpu\": " + jsonString(machine.cpu)
                       + ", \"logicalCpus\": " + std::to_string(machine.logicalCpus) + "},\n";

    // Each size is a longer prefix of the same corpus, so its first pass meets text the rule set has
    // not seen yet (RE2 then builds DFA states, the cost a long-running app pays on every new text)
    // and its second pass runs over states already built.
    std::printf("\ntext size (built-in rules, one RuleSet, RuleSet::scan): first pass over the prefix, then again\n");
    std::printf("%8s %14s %14s %10s\n", "MiB", "1st pass MiB/s", "2nd pass MiB/s", "findings");
    json += "  \"size\": [";
    bool first = true;
    for (const int mib : {1, 2, 5, 10, 20, 50, 100}) {
        if (mib > maxMiB || sections.find("size") == std::string::npos) {
            break;
        }
        const std::string_view text = prefix(corpus.text, static_cast<std::size_t>(mib) << 20);
        const Timed t = scanOnce(*builtin.value(), text);
        const Timed again = scanOnce(*builtin.value(), text);
        const double mb = static_cast<double>(text.size()) / kMiB;
        std::printf("%8d %14.1f %14.1f %10zu\n", mib, mb / t.seconds, mb / again.seconds, t.findings);
        json += std::string(first ? "" : ",") + "\n    {\"mib\": " + std::to_string(mb)
                + ", \"firstPassMibPerSecond\": " + std::to_string(mb / t.seconds) + ", \"secondPassMibPerSecond\": "
                + std::to_string(mb / again.seconds) + ", \"findings\": " + std::to_string(t.findings) + "}";
        first = false;
    }
    json += "\n  ],\n";

    const double tenMb = static_cast<double>(ten.size()) / kMiB;
    // The sections below time text the rule set has seen: RE2 builds DFA states lazily.
    (void)scanOnce(*builtin.value(), ten);
    std::printf("\ncustom policy rules on top of the built-in ones (%.0f MiB, median of %d runs)\n", tenMb, runs);
    std::printf("%8s %12s %10s %10s\n", "rules", "compile ms", "MiB/s", "findings");
    json += "  \"customRules\": [";
    first = true;
    for (const int count : {0, 100, 1000}) {
        if (sections.find("rules") == std::string::npos) {
            break;
        }
        Policy policy = Policy::builtinDefault();
        policy.customRules = customRules(count);
        const auto t0 = std::chrono::steady_clock::now();
        auto rules = PolicyRules::ruleSet(policy);
        const double compileMs = secondsSince(t0) * 1000;
        if (!rules) {
            std::printf("%8d  does not compile: %s\n", count, rules.error().message.c_str());
            json += std::string(first ? "" : ",") + "\n    {\"rules\": " + std::to_string(count)
                    + ", \"error\": " + jsonString(rules.error().message) + "}";
            first = false;
            continue;
        }
        (void)scanOnce(*rules.value(), ten);
        const Timed t = medianScan(*rules.value(), ten, runs);
        std::printf("%8d %12.1f %10.1f %10zu\n", count, compileMs, tenMb / t.seconds, t.findings);
        json += std::string(first ? "" : ",") + "\n    {\"rules\": " + std::to_string(count) + ", \"compileMs\": "
                + std::to_string(compileMs) + ", \"mibPerSecond\": " + std::to_string(tenMb / t.seconds)
                + ", \"findings\": " + std::to_string(t.findings) + "}";
        first = false;
    }
    json += "\n  ],\n";

    std::printf(
        "\nhashed dictionary terms (the dictionary pass alone, terms of up to 3 words; %.0f MiB, median of %d runs)\n",
        tenMb,
        runs);
    std::printf("%10s %12s %10s %10s\n", "terms", "index ms", "MiB/s", "findings");
    json += "  \"dictionaryTerms\": [";
    first = true;
    const std::string salt = "5c41d2f0a9b8c7e6d5f4a3b2c1d0e9f8";
    std::string saltRaw;
    Crypto::fromHex(salt, saltRaw);
    for (const int count : {0, 10000, 1000000}) {
        if (sections.find("dictionary") == std::string::npos) {
            break;
        }
        Policy policy = Policy::builtinDefault();
        if (count > 0) {
            PolicyDictionary dict;
            dict.name = "scale";
            dict.saltHex = salt;
            dict.maxWords = 3;
            dict.hashes.reserve(static_cast<std::size_t>(count));
            // Terms that do not occur in the corpus, plus a few word pairs that do ("office build"),
            // so lookups both miss and hit.
            for (int i = 0; i < count - 3; ++i) {
                dict.hashes.push_back(Crypto::sha256Hex(saltRaw, "codename " + std::to_string(i)));
            }
            for (const char* term : {"office build", "weather change", "retrying upstream call"}) {
                dict.hashes.push_back(Crypto::sha256Hex(saltRaw, term));
            }
            const auto t0 = std::chrono::steady_clock::now();
            dict.index = DictionaryIndex::build(dict);
            const double indexMs = secondsSince(t0) * 1000;
            policy.dictionaries.push_back(std::move(dict));
            const Timed t = medianDictionary(ten, runs, policy);
            std::printf("%10d %12.1f %10.1f %10zu\n", count, indexMs, tenMb / t.seconds, t.findings);
            json += std::string(first ? "" : ",") + "\n    {\"terms\": " + std::to_string(count) + ", \"indexMs\": "
                    + std::to_string(indexMs) + ", \"mibPerSecond\": " + std::to_string(tenMb / t.seconds)
                    + ", \"findings\": " + std::to_string(t.findings) + "}";
        } else {
            // Without a dictionary there is no pass at all.
            std::printf("%10d %12s %10s %10s\n", 0, "-", "no pass", "-");
            json += std::string(first ? "" : ",") + "\n    {\"terms\": 0, \"pass\": false}";
        }
        first = false;
    }
    json += "\n  ]\n}\n";
    if (!jsonPath.empty()) {
        std::ofstream(jsonPath) << json;
        std::printf("\nwrote %s\n", jsonPath.c_str());
    }
    return 0;
}
