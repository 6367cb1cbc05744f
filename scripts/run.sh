#!/usr/bin/env bash
# Set up (first time only) and start Bond. Arguments go to `bond`, e.g. ./scripts/run.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
exec .venv/bin/bond "$@"
