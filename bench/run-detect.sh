#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds bench_detect in an optimized build folder (build-release) and runs it; arguments go to
# bench_detect (e.g. --size 50 --runs 9 --json results.json). JOBS sets the build's parallelism
# (default 1, niced, so it does not starve other builds on a small machine).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SCRIM_BENCH_BUILD_DIR:-$root/build-release}"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DSCRIM_BUILD_TESTS=OFF
fi
nice -n 10 cmake --build "$build" --target bench_detect -j"${JOBS:-1}"
exec "$build/bin/bench_detect" "$@"
