#!/usr/bin/env bash
# Run a command inside a private desktop: its own D-Bus session, an unlocked gnome-keyring
# Secret Service, and an Xvfb display. Nothing touches the real user's keyring or display.
set -euo pipefail
tmp=$(mktemp -d -t bond-desktop-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/runtime" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/state"
chmod 700 "$tmp/runtime"
export XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state"
export BOND_DESKTOP_TESTS=1 QT_QPA_PLATFORM=xcb
unset PYTHON_KEYRING_BACKEND
exec dbus-run-session -- bash -c '
  set -euo pipefail
  eval "$(printf "%s" "desktop-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
  exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$@"
' bash "$@"
