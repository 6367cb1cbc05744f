#!/usr/bin/env bash
# The screen-reader pass: a real Orca (speaking through speech-dispatcher's dummy module, so no
# sound device is needed) listening to a real `bond`, inside the private desktop of
# scripts/desktop-session.sh (Xvfb, D-Bus, gnome-keyring; the AT-SPI bus is started by that
# D-Bus when Orca asks for it). Extra arguments go to pytest.
#
#   ./scripts/screen-reader-session.sh [PYTEST ARGS...]
#
# Orca, speech-dispatcher and xdotool come from BOND_BOOTSTRAP_TEST_TOOLS=1 ./scripts/bootstrap.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in orca speech-dispatcher xdotool; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "screen-reader-session: $tool is missing; run BOND_BOOTSTRAP_TEST_TOOLS=1 ./scripts/bootstrap.sh" >&2
    exit 1
  fi
done
exec ./scripts/desktop-session.sh .venv/bin/python -m pytest -m screen_reader tests/screen_reader \
  -q -p no:cacheprovider "$@"
