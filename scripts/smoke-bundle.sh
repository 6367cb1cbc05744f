#!/usr/bin/env bash
# Smoke-test the built bundle (dist/bond) inside a private desktop: --version, a vault made and
# checked with the keyring, a PDF export, and a real window under Xvfb that opens and quits.
# Build it first with scripts/build-bundle.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./scripts/desktop-session.sh .venv/bin/python -m pytest -m bundle tests/bundle -q \
  -p no:cacheprovider "$@"
