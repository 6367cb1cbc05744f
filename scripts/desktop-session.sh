#!/usr/bin/env bash
# Run a command inside a private desktop: its own D-Bus session, an unlocked gnome-keyring
# Secret Service, and an Xvfb display. Nothing touches the real user's keyring or display.
#
#   ./scripts/desktop-session.sh COMMAND [ARGS...]
#
# Everything the session keeps is in one new folder (mktemp: under $TMPDIR, else /tmp): the XDG
# folders, the keyring, the D-Bus socket and the X cookie. The keyring's password is random for
# each run and never written down, so nothing outside the session can open it. The command runs
# as a child of this script, which passes INT, TERM and HUP on to it. However the command ends
# (exit, crash, killed), Xvfb, the D-Bus daemon (and whatever it started) and gnome-keyring-daemon
# are stopped, anything else still running from the session is ended, and the folder is deleted.
# The script then exits with the command's status, or dies of the signal that ended the command.
set -euo pipefail

me=desktop-session
if (($# == 0)); then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

tmp='' child='' received='' cleaning=''
helpers=()  # Xvfb, dbus-daemon, gnome-keyring-daemon: each in a session of its own (setsid), out
# of reach of the terminal's Ctrl-C, so that they outlive the command and are stopped after it

alive() {  # PID: is it running (not gone, not a zombie)?
  local stat
  { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
  stat=${stat##*) }
  [[ ${stat%% *} != Z ]]
}

session_processes() {  # the running processes started in this session, found by its folder
  [[ -n $tmp ]] || return 0
  # grep sees its own environment too, so it runs without the variable it looks for.
  XDG_RUNTIME_DIR='' grep -lzxF "XDG_RUNTIME_DIR=$tmp/runtime" /proc/[0-9]*/environ \
    2>/dev/null | while IFS=/ read -r _ _ pid _; do
    [[ $pid != "$$" ]] && alive "$pid" && echo "$pid"
  done || true
}

others() {  # PID...: those that are not Xvfb, dbus-daemon or gnome-keyring-daemon
  local pid
  for pid in "$@"; do [[ " ${helpers[*]} " == *" $pid "* ]] || echo "$pid"; done
}

stop() {  # FILTER: end the session's processes that FILTER keeps: politely, then after 5 s not
  local left i
  # shellcheck disable=SC2046
  left=$("$1" $(session_processes))
  [[ -n $left ]] || return 0
  # shellcheck disable=SC2086
  kill -TERM $left 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    # shellcheck disable=SC2046
    left=$("$1" $(session_processes))
    [[ -n $left ]] || return 0
    sleep 0.1
  done
  # shellcheck disable=SC2086
  kill -KILL $left 2>/dev/null || true
}

cleanup() {  # idempotent; signals are ignored meanwhile so that it always finishes
  [[ -z $cleaning ]] || return 0
  cleaning=1
  trap '' INT TERM HUP
  local pid
  # Every process of the session carries its XDG_RUNTIME_DIR, so it is found by that, and only
  # they are: first whatever the command left running and what D-Bus started for it (while the
  # display and the bus are still there), then Xvfb, dbus-daemon and gnome-keyring-daemon.
  stop others
  stop echo
  for pid in "${helpers[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -z $tmp ]] || rm -rf -- "$tmp"
}

die_like() {  # SIGNAL: end this script by that signal, as the command ended
  trap - "$1"
  kill -s "$1" "$$"
  exit $((128 + $(kill -l "$1")))
}

from_terminal() {  # is this script in the terminal's foreground group (so Ctrl-C hit us all)?
  local stat
  { read -r stat <"/proc/$$/stat"; } 2>/dev/null || return 1
  # shellcheck disable=SC2086  # state ppid pgrp session tty_nr tpgid ...
  set -- ${stat##*) }
  [[ ${5:-0} != 0 && ${6:-} == "${3:-}" ]]
}

on_signal() {  # SIGNAL
  received=$1
  if [[ -n $child ]] && alive "$child"; then
    # Ctrl-C in a terminal already reached the command, which is in this script's process group;
    # any other INT, TERM or HUP is passed on. This script goes on waiting for the command.
    if [[ $1 != INT ]] || ! from_terminal; then kill -s "$1" "$child" 2>/dev/null || true; fi
    return 0
  fi
  cleanup  # still setting up: stop what has started, then die the same way
  die_like "$1"
}

trap cleanup EXIT
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM
trap 'on_signal HUP' HUP

fail() {  # WHAT: a part of the session did not start
  echo "$me: $1 did not start" >&2
  [[ ! -s $tmp/xvfb.log ]] || sed 's/^/  Xvfb: /' "$tmp/xvfb.log" >&2
  exit 1
}

wait_for() {  # WHAT PID CHECK...: run CHECK until it succeeds (20 s at most) while PID runs
  local what=$1 pid=$2 i
  shift 2
  for ((i = 0; i < 200; i++)); do
    "$@" && return 0
    alive "$pid" || break
    sleep 0.1
  done
  fail "$what"
}

secrets_ready() {  # is the Secret Service on the bus, with the login keyring unlocked?
  local reply
  reply=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null) || return 1
  [[ $reply == *"boolean true"* ]] || return 1
  reply=$(dbus-send --session --print-reply --dest=org.freedesktop.secrets \
    /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
    string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null) || return 1
  [[ $reply == *"boolean false"* ]]
}

random_hex() {  # BYTES
  od -An -v -N "$1" -tx1 /dev/urandom | tr -d ' \n'
}

tmp=$(mktemp -d -t bond-desktop-XXXXXX)
mkdir -p "$tmp/runtime" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/state"
chmod 700 "$tmp" "$tmp/runtime"
echo "$me: a private display, D-Bus and keyring in $tmp, deleted when the command ends." >&2
echo "$me: the keyring lasts only for this session, so a vault made in it needs its passphrase" \
  "to open again." >&2

export XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state"
export BOND_DESKTOP_TESTS=1 QT_QPA_PLATFORM=xcb
unset PYTHON_KEYRING_BACKEND GNOME_KEYRING_CONTROL DBUS_STARTER_ADDRESS DBUS_STARTER_BUS_TYPE

# The X display: the first free number, and only clients holding this run's cookie may connect.
cookie=$(random_hex 16)
: >"$tmp/xvfb.auth"
: >"$tmp/Xauthority"
printf 'add :0 . %s\n' "$cookie" | xauth -q -f "$tmp/xvfb.auth" source -
setsid Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -auth "$tmp/xvfb.auth" \
  3>"$tmp/display" </dev/null >/dev/null 2>"$tmp/xvfb.log" &
helpers+=("$!")
wait_for Xvfb "$!" test -s "$tmp/display"
display=$(<"$tmp/display")
export DISPLAY=":$display" XAUTHORITY="$tmp/Xauthority"
printf 'add :%s . %s\n' "$display" "$cookie" | xauth -q -f "$XAUTHORITY" source -
unset cookie

# The D-Bus session, listening in the session's folder ($XDG_RUNTIME_DIR/bus).
setsid dbus-daemon --session --nofork --nopidfile --address=unix:runtime=yes \
  --print-address=3 3>"$tmp/bus" </dev/null >/dev/null &
helpers+=("$!")
wait_for "the D-Bus session" "$!" test -s "$tmp/bus"
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$tmp/bus")
export DBUS_SESSION_BUS_ADDRESS

# The Secret Service: a login keyring made and unlocked with a password nobody else ever sees.
printf '%s' "$(random_hex 32)" |
  setsid gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
helpers+=("$!")
wait_for gnome-keyring-daemon "$!" secrets_ready

# The command, as a child with its own stdin and the usual reaction to Ctrl-C.
(
  trap - INT TERM HUP EXIT
  exec "$@"
) <&0 &
child=$!
status=0
while :; do
  if ((BASH_VERSINFO[0] * 100 + BASH_VERSINFO[1] >= 501)); then
    ended=''
    wait -p ended "$child" && status=0 || status=$?
    [[ -z ${ended:-} ]] || break  # otherwise a signal interrupted the wait, and was passed on
  else
    wait "$child" && status=0 || status=$?
    alive "$child" || break
  fi
done
child=''

cleanup
if [[ -n $received ]] && ((status == 128 + $(kill -l "$received"))); then
  die_like "$received"
fi
exit "$status"
