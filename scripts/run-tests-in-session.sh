#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside xvfb-run + dbus-run-session (see scripts/dev.sh test): starts a tray host, runs ctest.
set -u
build=$1; shift
trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 &
tray=$!
for _ in $(seq 50); do xdotool search --class trayer >/dev/null 2>&1 && break; sleep 0.1; done
export SCRIM_TRAY_HOST=trayer
ctest --test-dir "$build" --output-on-failure -j2 "$@"
rc=$?
kill "$tray" 2>/dev/null
exit $rc
