#!/usr/bin/env bash
# Regenerate the committed icon set from resources/icons/bond.svg (needs rsvg-convert from
# librsvg2-bin, and ImageMagick's convert for the Windows .ico). Run after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../.."
APP_ID=io.github.bond.Bond
svg=resources/icons/bond.svg
out=packaging/linux/icons/hicolor
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$out/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/${size}x${size}/apps/$APP_ID.png"
done
# The app's own window icon (bond/gui/app.py): small PNGs, so no SVG plugin loads at start.
for size in 16 32 48 64 128; do
  cp "$out/${size}x${size}/apps/$APP_ID.png" "resources/icons/bond-$size.png"
done
mkdir -p "$out/scalable/apps"
cp "$svg" "$out/scalable/apps/$APP_ID.svg"
convert "$out"/{16x16,24x24,32x32,48x48,64x64,256x256}/apps/$APP_ID.png packaging/windows/bond.ico
# High contrast's mark in the top bar (bond/gui/frame.py), from its own SVG.
rsvg-convert -w 128 -h 128 resources/icons/bond-hc.svg -o resources/icons/bond-hc-128.png
echo "icons written under $out and packaging/windows/bond.ico"
