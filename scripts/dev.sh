#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a newcomer on Debian 12:
#   scripts/dev.sh run    install what is missing, build, start the tray app (built-in default policy)
#   scripts/dev.sh test   install what is missing, build with ASan+UBSan, run every test through ctest
# A second run skips everything already installed and only rebuilds what changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

say() { printf '\033[1m[scrim]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[scrim] error:\033[0m %s\n' "$*" >&2; exit 2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "installing packages needs root; run as root or install sudo"
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

BUILD_PKGS=(build-essential cmake ninja-build ccache pkg-config git clang-format
            qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6 qt6-qpa-plugins
            libre2-dev libcurl4-openssl-dev libspdlog-dev libssl-dev qtkeychain-qt6-dev libxcb1-dev)
TEST_PKGS=(xvfb xauth xclip xdotool trayer openbox x11-utils dbus dbus-daemon python3 python3-yaml python3-jsonschema openssl nginx-light imagemagick
           gnome-keyring libsecret-1-0 libsecret-tools)
SQLCIPHER_MIN=4.5

installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

sqlcipher_ok() {
    local v
    v=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null) || return 1
    # The sqlcipher shell (same backports version) is used by the store tests.
    installed libsqlcipher-dev && installed sqlcipher && dpkg --compare-versions "$v" ge "$SQLCIPHER_MIN"
}

# Adds bookworm-backports by copying the machine's own Debian source entry (same mirror, same
# signing key) with only the suite changed, so no mirror address is ever written into this repo.
enable_backports() {
    if grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return 0
    fi
    local codename
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    [ -n "$codename" ] || die "cannot tell the Debian release from /etc/os-release"
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        # deb822: take the first stanza (the main archive), change its suites.
        awk -v RS= 'NR==1' /etc/apt/sources.list.d/debian.sources \
            | sed "s/^Suites:.*/Suites: ${codename}-backports/" \
            | $SUDO tee /etc/apt/sources.list.d/scrim-backports.sources >/dev/null
    elif grep -qsE "^deb .* ${codename} " /etc/apt/sources.list; then
        grep -E "^deb .* ${codename} " /etc/apt/sources.list | head -n1 \
            | sed -E "s/ ${codename} / ${codename}-backports /" \
            | $SUDO tee /etc/apt/sources.list.d/scrim-backports.list >/dev/null
    else
        die "no Debian apt source entry found to derive ${codename}-backports from; add it by hand (see README)"
    fi
    say "enabled ${codename}-backports (derived from this machine's Debian apt source)"
}

setup() {
    local want=("${BUILD_PKGS[@]}")
    [ "${1:-}" = test ] && want+=("${TEST_PKGS[@]}")
    local missing=()
    for p in "${want[@]}"; do installed "$p" || missing+=("$p"); done
    local need_sqlcipher=0
    sqlcipher_ok || need_sqlcipher=1
    if [ ${#missing[@]} -eq 0 ] && [ $need_sqlcipher -eq 0 ]; then
        say "all packages present"
        return 0
    fi
    if [ $need_sqlcipher -eq 1 ]; then enable_backports; fi
    say "installing: ${missing[*]} $([ $need_sqlcipher -eq 1 ] && echo "libsqlcipher-dev(>=${SQLCIPHER_MIN}, backports)")"
    $SUDO apt-get update -qq
    if [ ${#missing[@]} -gt 0 ]; then
        $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    if [ $need_sqlcipher -eq 1 ]; then
        local codename
        codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
        $SUDO apt-get install -y -qq --no-install-recommends -t "${codename}-backports" libsqlcipher-dev sqlcipher >/dev/null
        sqlcipher_ok || die "SQLCipher >= ${SQLCIPHER_MIN} could not be installed"
    fi
}

build() { # build DIR [cmake args...]
    local dir=$1; shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@" >/dev/null
    fi
    cmake --build "$dir" -j2
}

cmd=${1:-}
case "$cmd" in
setup) # not one of the two README commands: installs only (used by the benchmark script)
    setup test
    ;;
run)
    setup run
    build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        say "No display: DISPLAY and WAYLAND_DISPLAY are not set, so the tray app cannot start here."
        say "Everything it checks is also in the command-line tool, build/bin/scrim-cli:"
        echo
        build/bin/scrim-cli --help
        echo
        say "Example: scanning resources/demo/sample.txt with the built-in default policy:"
        build/bin/scrim-cli scan resources/demo/sample.txt || true
        exit 0
    fi
    say "starting the tray app (built-in default policy); quit from its tray menu"
    exec build/bin/scrim
    ;;
test)
    setup test
    # The test package carries an example managed configuration, so the package test checks that path.
    build build-asan -DCMAKE_BUILD_TYPE=Debug -DSCRIM_SANITIZE=ON -DSCRIM_WERROR=ON \
        -DSCRIM_MANAGED_CONFIG="$here/tests/data/managed-example.json"
    say "running the test suite (Xvfb + session bus + tray host)"
    exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
        dbus-run-session -- "$here/scripts/run-tests-in-session.sh" "$here/build-asan" "${@:2}"
    ;;
*)
    echo "usage: scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac
