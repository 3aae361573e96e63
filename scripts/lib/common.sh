# Shared by scripts/run and scripts/test: install what is missing from Debian's packages, quietly.
# shellcheck shell=bash

SCIM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Packages to build the console (ARCHITECTURE.md, Dependencies).
SCIM_BUILD_PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-svg-dev qtkeychain-qt6-dev qcoro-qt6-dev qt6-httpserver-dev
    qt6-websockets-dev libxkbcommon-dev libgl-dev)
# …and to run every test: a real Secret Service, a virtual display, certificate and report tools.
SCIM_TEST_PACKAGES=(dbus gnome-keyring libsecret-tools xvfb xauth openssl poppler-utils libxml2-utils curl
    clang-format clang libclang-rt-14-dev dpkg-dev file lintian desktop-file-utils appstream)
# …and to build the Debian package and check it (scripts/package; the package test uses them too).
SCIM_PACKAGE_PACKAGES=(dpkg-dev file lintian desktop-file-utils appstream)

say() { printf '%s\n' "$*" >&2; }

# ensure_packages PKG...: installs whichever of PKG is not installed; silent when none is missing.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { say "Missing packages: ${missing[*]}. Run as root, or install them first."; return 1; }
        sudo=(sudo)
    fi
    say "Installing ${missing[*]} …"
    local log
    log=$(mktemp)
    if ! { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
        --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        say "Could not install: ${missing[*]}. apt-get said:"
        tail -n 20 "$log" >&2
        rm -f "$log"
        return 1
    fi
    rm -f "$log"
}

# build PRESET [TARGET...]: configure (quietly) and build one CMake preset, or only TARGETs of it.
build() {
    local preset=$1 targets=("${@:2}")
    cmake -S "$SCIM_ROOT" --preset "$preset" --log-level=WARNING >/dev/null || {
        say "Configuring the '$preset' build failed; run: cmake --preset $preset"
        return 1
    }
    local only=()
    [ ${#targets[@]} -eq 0 ] || only=(--target "${targets[@]}")
    cmake --build "$SCIM_ROOT/build/$preset" "${only[@]}" -- --quiet 2>/dev/null \
        || cmake --build "$SCIM_ROOT/build/$preset" "${only[@]}"
}

# build_fuzz: the libFuzzer targets (tests/fuzz), a project of their own built with clang.
build_fuzz() {
    cmake -S "$SCIM_ROOT/tests/fuzz" -B "$SCIM_ROOT/build/fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=Debug --log-level=WARNING >/dev/null || {
        say "Configuring the fuzz targets failed; run: cmake -S tests/fuzz -B build/fuzz -DCMAKE_CXX_COMPILER=clang++"
        return 1
    }
    cmake --build "$SCIM_ROOT/build/fuzz" -- --quiet 2>/dev/null || cmake --build "$SCIM_ROOT/build/fuzz"
}

# ensure_interop_peer: Node.js and the pinned SCIMMY packages for the interoperability peer.
# Debian's nodejs and npm only when npm is absent (an image may ship NodeSource's Node.js, which
# conflicts with Debian's npm package); npm ci only when the lock file changed.
ensure_interop_peer() {
    command -v npm >/dev/null || ensure_packages nodejs npm || return 1
    local dir="$SCIM_ROOT/tests/interop" stamp
    stamp=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
    [ -f "$dir/node_modules/.scim-stamp" ] && [ "$(cat "$dir/node_modules/.scim-stamp")" = "$stamp" ] && return 0
    say "Installing the interoperability peer's npm packages …"
    (cd "$dir" && npm ci --no-audit --no-fund --silent) || { say "npm ci failed in $dir"; return 1; }
    echo "$stamp" >"$dir/node_modules/.scim-stamp"
}

