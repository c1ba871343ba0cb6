#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run-with-keyring.sh PROGRAM [ARGS...]: runs PROGRAM against a real, unlocked gnome-keyring on its
# own session bus, with a throw-away HOME (the keyring file lands there), and no display, so no
# keyring prompt can ever appear and hang. Used by the keychain tests (see tests/CMakeLists.txt).
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "run-with-keyring: $tool is missing (scripts/dev.sh test installs it)" >&2; exit 2; }
done
home=$(mktemp -d "${TMPDIR:-/tmp}/scrim-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -m 700 "$home/run"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
# gnome-keyring-daemon leaves when the session bus ends, so nothing outlives this script.
dbus-run-session -- sh -c '
    printf scrim-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 2
    "$@"
' sh "$@"
