#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, types, forms, the offscreen pass, then the real
# desktop pass (Xvfb + a real Secret Service from gnome-keyring inside a private D-Bus session).
set -euo pipefail
cd "$(dirname "$0")/.."
BOND_BOOTSTRAP_TEST_TOOLS=1 ./scripts/bootstrap.sh
PY=.venv/bin/python

echo "== ruff"
$PY -m ruff check src tests packaging
$PY -m ruff format --check src tests packaging
echo "== mypy (Qt-free packages)"
$PY -m mypy
echo "== compiled forms match ui/"
$PY packaging/tools/build_qt.py --check
echo "== offscreen pass"
QT_QPA_PLATFORM=offscreen $PY -m pytest -m "not desktop" -q -p no:cacheprovider "$@"
echo "== real desktop pass (Xvfb + gnome-keyring)"
./scripts/desktop-session.sh $PY -m pytest -m desktop tests/desktop -q -p no:cacheprovider "$@"
