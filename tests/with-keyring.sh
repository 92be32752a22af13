#!/usr/bin/env bash
# Runs a test in a D-Bus session of its own with an unlocked GNOME Keyring: the Secret Service
# QtKeychain talks to. The keyring lives in a temporary folder, so the user's is never touched;
# both go away with the session.
set -euo pipefail
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export XDG_DATA_HOME="$data" XDG_RUNTIME_DIR="$data/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c 'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' keyring "$@"
