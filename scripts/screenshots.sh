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
Xvfb :77 -screen 0 800x420x24 -nolisten tcp >/dev/null 2>&1 &
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
    sleep 0.5
    printf "Refund card 4111 1111 1111 1111 for jane.doe@example.org" | xclip -selection clipboard -i
    sleep 0.5
    xdotool mousemove 788 12 click 3
    sleep 0.7
    xdotool key Down Return
    sleep 1.5
    import -window root "$TMPD/scan.png"
    sleep 8
    printf "John Smith'"'"'s account 123-456-7890 needs review for high blood pressure medication" | xclip -selection clipboard -i
    sleep 0.5
    xdotool mousemove 788 12 click 3
    sleep 0.7
    xdotool key Down Down Return
    sleep 1.5
    import -window root "$TMPD/anonymize.png"
    xclip -selection clipboard -o > "$TMPD/anonymized.txt" || true
    kill %1 %2 2>/dev/null || true
    pkill -x xclip || true
'
convert "$tmp/menu.png" -crop 460x180+340+0 +repage "$out/tray-menu.png"
convert "$tmp/scan.png" -crop 300x110+500+0 +repage "$out/tray-scan-clipboard.png"
convert "$tmp/anonymize.png" -crop 300x150+500+0 +repage "$out/tray-anonymize-clipboard.png"
echo "clipboard after Anonymize clipboard: $(cat "$tmp/anonymized.txt" 2>/dev/null)"
echo "wrote $out/tray-menu.png $out/tray-scan-clipboard.png $out/tray-anonymize-clipboard.png"
