#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kept for the commands in README and bench/results: same as bench/run.sh detect.
exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" detect "$@"
