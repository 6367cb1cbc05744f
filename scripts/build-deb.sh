#!/usr/bin/env bash
# Build dist/bond_<version>_<arch>.deb from the one-folder bundle (dist/bond; built first when it
# is missing): Bond in /opt/bond, /usr/bin/bond, the desktop file, icons, AppStream metadata and
# docs with a Debian copyright file. Then shows dpkg-deb --info/--contents.
#   BOND_DEB_MAINTAINER  the Maintainer field for a release
#   BOND_DEB_COMPRESS    gzip (default: ~20 s here) or xz (smaller, ~5 minutes on two cores)
#   BOND_LINTIAN=1       also run lintian (slow; findings printed, not fatal: a PyInstaller
#                        bundle embeds libraries, which lintian expects a Debian package not to)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x dist/bond/bond ] || ./scripts/build-bundle.sh

PY=.venv/bin/python
APP_ID=io.github.bond.Bond
version=$($PY -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(dpkg --print-architecture)
maintainer=${BOND_DEB_MAINTAINER:-"The Bond developers <packaging@bond.invalid>"}
root=build/deb/bond_${version}_$arch
deb=dist/bond_${version}_$arch.deb

rm -rf "$root" "$deb"
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/doc/bond" "$root/usr/share/icons"
cp -a dist/bond "$root/opt/bond"
ln -s /opt/bond/bond "$root/usr/bin/bond"
install -m644 "packaging/linux/$APP_ID.desktop" "$root/usr/share/applications/"
install -m644 "packaging/linux/$APP_ID.metainfo.xml" "$root/usr/share/metainfo/"
cp -r packaging/linux/icons/hicolor "$root/usr/share/icons/"
install -m644 packaging/linux/debian/copyright "$root/usr/share/doc/bond/copyright"
install -m644 README.md "$root/usr/share/doc/bond/README.md"
gzip -9n -c CHANGELOG.md > "$root/usr/share/doc/bond/changelog.gz"
ln -s /opt/bond/THIRD_PARTY_NOTICES.txt "$root/usr/share/doc/bond/THIRD_PARTY_NOTICES.txt"
# Permissions as dpkg expects them, whatever the umask of the build.
find "$root" -type d -exec chmod 755 {} +
find "$root" -type f -exec chmod go-w,a+r {} +
find "$root/opt/bond/_internal" -type f -name '*.so*' -exec chmod 644 {} +

installed_size=$(du -sk --apparent-size --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@MAINTAINER@/$maintainer/" \
  -e "s/@INSTALLED_SIZE@/$installed_size/" packaging/linux/debian/control.in > "$root/DEBIAN/control"

start=$(date +%s)
dpkg-deb --root-owner-group "-Z${BOND_DEB_COMPRESS:-gzip}" --build "$root" "$deb" >/dev/null
end=$(date +%s)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb" | grep -v -e '/opt/bond/_internal/.' -e '/icons/hicolor/'
echo "   ... and $(dpkg-deb --contents "$deb" | grep -c '/opt/bond/_internal/.') files in /opt/bond/_internal"
echo "build-deb: $deb: $(du --block-size=1M --apparent-size "$deb" | cut -f1) MB ($((end - start)) s)"
if [ "${BOND_LINTIAN:-0}" = 1 ]; then
  echo "build-deb: lintian (informational):"
  lintian --tag-display-limit 0 "$deb" 2>/dev/null | cut -d' ' -f1-3 | sort | uniq -c | sort -rn || true
fi
