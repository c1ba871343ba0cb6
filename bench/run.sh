#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds one benchmark in an optimized build folder (build-release) and runs it:
#   bench/run.sh detect|anonymize|audit|scaling [arguments for the benchmark]
#   bench/run.sh instructions [MiB]   (callgrind's count of one warm scan; needs valgrind)
# e.g. bench/run.sh anonymize --json bench/results/anonymize-$(date +%F).json
# JOBS sets the build's parallelism (default 1, niced, so it does not starve other builds).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SCRIM_BENCH_BUILD_DIR:-$root/build-release}"
name="${1:-}"
case "$name" in
    detect|anonymize|audit|scaling|instructions) shift ;;
    *) echo "usage: bench/run.sh detect|anonymize|audit|scaling|instructions [arguments]" >&2; exit 2 ;;
esac

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DSCRIM_BUILD_TESTS=OFF
fi
nice -n 10 cmake --build "$build" --target "bench_$name" -j"${JOBS:-1}"
if [[ "$name" == instructions ]]; then
    command -v valgrind > /dev/null || { echo "bench/run.sh instructions needs valgrind (apt install valgrind)" >&2; exit 2; }
    out="$(mktemp -d)/callgrind.out"
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$out" "$build/bin/bench_instructions" "$@"
    exec callgrind_annotate --inclusive=yes --tree=calling "$out"
fi
exec "$build/bin/bench_$name" "$@"
