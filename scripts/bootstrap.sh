#!/usr/bin/env bash
# Set up everything Bond needs on this machine: system packages (installed when run as root,
# printed otherwise), a virtual environment in .venv, and Bond with its locked dependencies
# (requirements.lock, hashes checked).
# Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt on a bare Debian/Ubuntu, the xcb platform under Xvfb, a real Secret Service, screenshots,
# and a real screen reader (Orca, the AT-SPI bus, speech-dispatcher: tests/screen_reader).
APT_PACKAGES=(
  libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
)
if [ "${BOND_BOOTSTRAP_TEST_TOOLS:-0}" = 1 ]; then
  APT_PACKAGES+=(xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick xdotool strace
    poppler-utils python3-dbusmock orca speech-dispatcher at-spi2-core)
fi
# Packaging (scripts/build-bundle.sh, build-deb.sh and their checks in CI): PyInstaller needs
# objdump/strip from binutils; the desktop file and AppStream metadata validators; dpkg-deb.
if [ "${BOND_BOOTSTRAP_TEST_TOOLS:-0}" = 1 ] || [ "${BOND_BOOTSTRAP_BUNDLE_TOOLS:-0}" = 1 ]; then
  APT_PACKAGES+=(binutils desktop-file-utils appstream dpkg-dev)
fi

PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null 2>&1 || ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
  APT_PACKAGES+=(python3 python3-venv)
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "bootstrap: installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "bootstrap: these system packages are missing. Please run:" >&2
      echo "  sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
else
  echo "bootstrap: not a Debian-based system; make sure Qt's runtime libraries are installed." >&2
fi

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "bootstrap: Bond needs Python 3.11 or newer ($("$PYTHON" --version 2>&1) found)." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.bond-installed
want=$(cat pyproject.toml requirements.lock | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "bootstrap: installing Bond and its locked dependencies into .venv"
  # Every package from requirements.lock (scripts/lock.sh), pip and the build backend included,
  # each checked against the hashes recorded there; then Bond itself, editable, built by that
  # backend with nothing else fetched.
  .venv/bin/python -m pip install --quiet --require-hashes -r requirements.lock
  .venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
  echo "$want" > "$stamp"
fi
