#!/usr/bin/env bash
# Regenerate requirements.lock: every package that Bond, its `dev` and `bundle` extras, its build
# backend ([build-system] in pyproject.toml; `editables` for editable installs) and pip need,
# each pinned with the sha256 of every file the registry has for that version. One resolution
# for Python 3.11 to 3.13 on every platform; markers say where a package applies (SecretStorage
# on Linux, pywin32-ctypes on Windows...). scripts/bootstrap.sh (so run.sh, test.sh, CI and
# build-bundle.sh) installs from it with --require-hashes.
#
# Run it after changing a pin in pyproject.toml or PIP_VERSION below; tests/unit/test_lock.py
# fails until the two agree. Pins already in the lock are kept; pass uv's options to move others,
# e.g. `scripts/lock.sh --upgrade-package virtualenv` or `scripts/lock.sh --upgrade`.
set -euo pipefail
cd "$(dirname "$0")/.."

PIP_VERSION=26.3

# uv itself, hashes checked too (scripts/lock-tools.txt), in a throwaway environment.
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools/venv"
"$tools/venv/bin/python" -m pip install --quiet --require-hashes -r scripts/lock-tools.txt

# The build backend, and what it asks for to build Bond editable (bootstrap.sh builds it with
# --no-build-isolation, so nothing is fetched then).
build_backend=$(python3 -c 'import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))')
printf '%s\neditables~=0.3\npip==%s\n' "$build_backend" "$PIP_VERSION" |
  "$tools/venv/bin/uv" pip compile pyproject.toml - --extra dev --extra bundle --universal \
    --python-version 3.11 --generate-hashes --custom-compile-command scripts/lock.sh \
    --output-file requirements.lock --quiet "$@"
echo "lock: requirements.lock has $(grep -c '^[A-Za-z]' requirements.lock) packages"
