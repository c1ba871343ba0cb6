#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the screenshots in docs/ from the real app under Xvfb with trayer as the tray host.
# Needs a built tree (scripts/dev.sh run or test) and the test packages (xvfb, trayer, xdotool, xclip, imagemagick).
# Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$here/build}
out=$here/docs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export DISPLAY=:77 LC_ALL=C.UTF-8 LANGUAGE=en SCRIM_DATA_DIR=$tmp/data SCRIM_KEYCHAIN=off
Xvfb :77 -screen 0 800x560x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$tmp"' EXIT
sleep 1
export SCRIM_BIN="$build/bin/scrim" OUT="$out" TMPD="$tmp"
dbus-run-session -- bash -c '
    trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 &
    sleep 1
    "$SCRIM_BIN" >/dev/null 2>&1 &
    sleep 2
    # The icon sits at the right end of the tray, 12 px from the top and right edges.
    xdotool mousemove 788 12 click 3
    sleep 1
    import -window root "$TMPD/menu.png"
    xdotool key Escape
    kill %1 %2 2>/dev/null || true
'
convert "$tmp/menu.png" -crop 460x290+340+0 +repage "$out/tray-menu.png"
echo "wrote $out/tray-menu.png"
# The windows, drawn by the app's own widget classes with made-up content.
"$build/bin/scrim-screenshots" "$out"
