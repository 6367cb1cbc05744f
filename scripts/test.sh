#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, types, forms, the offscreen pass, then the real
# desktop pass (Xvfb + a real Secret Service from gnome-keyring inside a private D-Bus session),
# then the screen-reader pass (a real Orca in the same kind of session, about a minute),
# then the packaged build: the PyInstaller bundle, its smoke test in the same kind of session,
# and the .deb made from it (about 4 minutes more).
set -euo pipefail
cd "$(dirname "$0")/.."
BOND_BOOTSTRAP_TEST_TOOLS=1 ./scripts/bootstrap.sh
PY=.venv/bin/python

echo "== ruff"
$PY -m ruff check src tests packaging
$PY -m ruff format --check src tests packaging
echo "== mypy (the Qt-free packages, the shell and its features)"
$PY -m mypy
echo "== compiled forms match ui/"
$PY packaging/tools/build_qt.py --check
echo "== offscreen pass"
QT_QPA_PLATFORM=offscreen $PY -m pytest -m "not desktop and not bundle and not screen_reader" -q \
  -p no:cacheprovider "$@"
echo "== real desktop pass (Xvfb + gnome-keyring)"
./scripts/desktop-session.sh $PY -m pytest -m desktop tests/desktop -q -p no:cacheprovider "$@"
echo "== screen-reader pass (Orca + speech-dispatcher in the same kind of session)"
./scripts/screen-reader-session.sh "$@"
echo "== bundle: build, smoke test (Xvfb + gnome-keyring), .deb"
./scripts/build-bundle.sh
./scripts/smoke-bundle.sh
./scripts/build-deb.sh
