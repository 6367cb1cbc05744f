#!/usr/bin/env bash
# Build Bond's one-folder bundle (dist/bond/, the program dist/bond/bond) with PyInstaller and
# pack it as dist/bond-<version>-linux-x86_64.tar.gz. PyInstaller comes with everything else
# from requirements.lock, hashes checked (bootstrap.sh). Prints the build time and the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
BOND_BOOTSTRAP_BUNDLE_TOOLS=1 ./scripts/bootstrap.sh
PY=.venv/bin/python

want=$($PY -c 'import tomllib; d = tomllib.load(open("pyproject.toml", "rb"));
print(next(r for r in d["project"]["optional-dependencies"]["bundle"] if r.startswith("pyinstaller==")).split("==")[1])')
have=$($PY -c 'import PyInstaller; print(PyInstaller.__version__)' 2>/dev/null || true)
if [ "$have" != "$want" ]; then
  echo "build-bundle: .venv has PyInstaller '${have:-none}' but pyproject.toml pins $want;" \
    "run scripts/lock.sh, then scripts/bootstrap.sh" >&2
  exit 1
fi

version=$($PY -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
tarball="dist/bond-$version-linux-$arch.tar.gz"

start=$(date +%s)
rm -rf dist/bond "$tarball"
$PY -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/bond.spec
built=$(date +%s)
tar -C dist -czf "$tarball" bond
end=$(date +%s)

size_mb() { du -s --block-size=1M --apparent-size "$1" | cut -f1; }
echo "build-bundle: dist/bond: $(size_mb dist/bond) MB unpacked, $(find dist/bond -type f | wc -l) files"
echo "build-bundle: $tarball: $(size_mb "$tarball") MB"
echo "build-bundle: PyInstaller $((built - start)) s, tar.gz $((end - built)) s"
