// SPDX-License-Identifier: GPL-3.0-or-later
// bench_instructions: the instructions one warm scan costs, counted by callgrind, which, unlike a
// timing on a shared machine, does not vary from run to run. Scans the first N MiB (default 2) of
// the seeded corpus once to build RE2's DFA states, then again with callgrind's instrumentation
// on. Run it under valgrind:
//   valgrind --tool=callgrind --instr-atstart=no build-release/bin/bench_instructions [MiB]
//   callgrind_annotate --inclusive=yes --tree=calling callgrind.out.<pid>
// Outside valgrind it just scans twice.
#include "bench/CorpusGenerator.h"
#include "core/detect/RuleSet.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <valgrind/callgrind.h>

int main(int argc, char** argv)
{
    const double mib = argc > 1 ? std::atof(argv[1]) : 2.0;
    if (mib <= 0 || mib > 1024) {
        std::fprintf(stderr, "usage: bench_instructions [MiB, 0 < MiB <= 1024]\n");
        return 2;
    }
    CorpusGenerator generator(1);
    const std::string text = generator.generate(static_cast<std::size_t>(mib * 1024 * 1024)).text;
    auto rules = RuleSet::builtin();
    if (!rules) {
        std::fprintf(stderr, "the built-in rules did not compile\n");
        return 1;
    }
    const auto warm = (*rules)->scan(text);
    CALLGRIND_START_INSTRUMENTATION;
    const auto counted = (*rules)->scan(text);
    CALLGRIND_STOP_INSTRUMENTATION;
    if (!warm || !counted) {
        std::fprintf(stderr, "the scan failed\n");
        return 1;
    }
    std::printf("%zu bytes, %zu findings (warm scan %zu)\n", text.size(), counted->size(), warm->size());
    return 0;
}
