#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with gnome-keyring's Secret Service
# unlocked, in a throw-away HOME, so keychain tests never touch a real login keyring.
# Exits 77 (CTest "skipped") when the tools are not installed.
set -euo pipefail

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian packages dbus, gnome-keyring)" >&2
        exit 77
    fi
done

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
export XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# The keyring password is only for this throw-away keyring.
exec dbus-run-session -- bash -c '
    echo -n pinstripe-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keychain-session "$@"
