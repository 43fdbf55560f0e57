#!/usr/bin/env bash
# The one entry point for building Pinstripe on Debian 12 (root, or a user with sudo):
#
#   bash cmake/dev.sh demo      install missing packages, build, start the app on the demo sandbox
#   bash cmake/dev.sh test      install missing packages, build with warnings as errors, run every test
#   bash cmake/dev.sh sanitize  the same tests in a build with AddressSanitizer and UBSan
#   bash cmake/dev.sh package   build the .deb from the test build, install it, check it starts
#   bash cmake/dev.sh fuzz [N]  build the libFuzzer targets (clang) and run each N seconds (default 30)
#   bash cmake/dev.sh gallery   render the main views light and dark; refresh the README's docs/screenshots/
#
# Packages come from packaging/debian/*.txt; only missing ones are installed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "installing packages needs root: run as root or install sudo"
    fi
}

# Lines are "package" or "package command": the second form is skipped when the command is
# already on PATH from elsewhere (e.g. Node.js from another source, which conflicts with Debian's npm).
package_list() {
    local file package command
    for file in "$@"; do
        while read -r package command; do
            case "$package" in ''|'#'*) continue ;; esac
            if [ -n "$command" ] && command -v "$command" >/dev/null 2>&1; then
                continue
            fi
            echo "$package"
        done < "packaging/debian/$file"
    done
}

install_packages() {
    command -v apt-get >/dev/null 2>&1 || die "this script needs Debian 12 (apt-get); see README.md for other systems"
    local missing=() pkg
    for pkg in $(package_list "$@"); do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        say "Installing ${#missing[@]} Debian packages: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

# Prism (the OpenAPI validating proxy of the contract test) from npm, pinned by
# tests/contract/package-lock.json, into build/ci/prism. Runs npm only when node_modules is
# missing or the lock file changed since the last install.
install_prism() {
    local dir=build/ci/prism lock=tests/contract/package-lock.json
    if [ -d "$dir/node_modules" ] && cmp -s "$lock" "$dir/package-lock.json"; then
        return
    fi
    say "Installing Prism for the contract test into $dir"
    mkdir -p "$dir"
    cp tests/contract/package.json "$lock" "$dir/"
    npm ci --no-audit --no-fund --prefix "$dir"
}

build() {
    local preset=$1
    say "Configuring ($preset preset)"
    cmake --preset "$preset"
    say "Building ($preset preset)"
    cmake --build --preset "$preset"
}

case "${1:-}" in
demo)
    install_packages build-depends.txt
    build dev
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        die "no display to show the window on; start this from a desktop session (or under xvfb-run -a)"
    fi
    say "Starting Pinstripe on the demo sandbox"
    exec build/dev/app/pinstripe --demo
    ;;
test)
    install_packages build-depends.txt test-depends.txt
    build ci
    install_prism
    say "Running the test suite"
    # Node and the npm tools are installed above, so a contract check may not skip for want of them.
    PINSTRIPE_REQUIRE_CONTRACT_TOOLS=1 ctest --preset ci
    ;;
sanitize)
    install_packages build-depends.txt test-depends.txt
    build asan
    install_prism
    say "Running the test suite under AddressSanitizer and UBSan"
    ctest --preset asan
    ;;
gallery)
    install_packages build-depends.txt test-depends.txt
    build dev
    say "Rendering the gallery (light and dark)"
    ctest --preset dev -R '^tst_gallery(_200)?$' --output-on-failure
    mkdir -p docs/screenshots
    for shot in light-table-and-details dark-table-and-details light-pending-changes light-performance light-editor-2 light-welcome; do
        cp "build/dev/test-artifacts/gallery/$shot.png" docs/screenshots/
    done
    say "The gallery is in build/dev/test-artifacts/gallery/; the README's pictures are in docs/screenshots/"
    ;;
package)
    install_packages build-depends.txt test-depends.txt
    [ -x build/ci/app/pinstripe ] || build ci
    say "Building the .deb"
    (cd build/ci && cpack -G DEB)
    deb=$(ls -t build/ci/pinstripe_*.deb | head -n 1)
    say "Installing $deb"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "./$deb"
    say "Checking the installed program"
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/pinstripe --version
    home=$(mktemp -d)
    HOME="$home" XDG_CONFIG_HOME="$home/.config" QT_QPA_PLATFORM=offscreen /usr/bin/pinstripe --smoke-test
    HOME="$home" XDG_CONFIG_HOME="$home/.config" QT_QPA_PLATFORM=offscreen /usr/bin/pinstripe --demo --smoke-test
    [ -x /usr/bin/pinstripe-sandbox ] || die "the .deb does not install pinstripe-sandbox"
    rm -rf "$home"
    dpkg -L pinstripe | grep -q "/usr/share/applications/app.pinstripe.Pinstripe.desktop" \
        || die "the .deb does not install the desktop file"
    say "The installed package starts and exits cleanly"
    ;;
fuzz)
    install_packages build-depends.txt test-depends.txt
    bash tests/fuzz/run.sh "${2:-30}"
    ;;
*)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
