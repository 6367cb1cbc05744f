#!/usr/bin/env python3
"""Pre-render the first frame's icons to PNG masks (DECISIONS 32: no SVG renderer before it).

    python packaging/tools/build_icons.py           # resources/icons/lucide -> rendered/*.png
    python packaging/tools/build_icons.py --check   # exit 1 if the committed masks are stale

``packaging/tools/build_qt.py`` runs this too. Which icons and sizes: ``FIRST_FRAME`` and
``MASK_SIZES`` in ``src/bond/gui/design/icons.py``. A mask is the icon's shape in black on
transparent; the app tints it with the theme's colour.

Up to date means: one PNG per icon and size, of that size, and ``manifest.json`` records the
SHA-256 of the SVG each was drawn from. The check compares those hashes, not the PNGs' bytes, so
it holds across Qt versions (whose antialiasing may differ by a shade).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from bond.gui.design import icons  # noqa: E402 - after the path above

RENDERED = ROOT / "resources" / "icons" / "rendered"
LUCIDE = ROOT / "resources" / "icons" / "lucide"
MANIFEST = RENDERED / "manifest.json"


def expected() -> dict[str, str]:
    """Each mask's file name → the SHA-256 of the SVG it is drawn from."""
    out = {}
    for name in icons.FIRST_FRAME:
        svg = LUCIDE / f"{icons.ICONS[name]}.svg"
        digest = hashlib.sha256(svg.read_bytes()).hexdigest()
        for px in icons.MASK_SIZES:
            out[f"{icons.ICONS[name]}-{px}.png"] = digest
    return out


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return (0, 0)
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def stale_icons() -> list[str]:
    want = expected()
    problems = []
    try:
        recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [f"{MANIFEST.relative_to(ROOT)} is missing or unreadable"]
    for file, digest in want.items():
        path = RENDERED / file
        px = int(file.rsplit("-", 1)[1].removesuffix(".png"))
        if not path.exists():
            problems.append(f"{path.relative_to(ROOT)} is missing")
        elif png_size(path) != (px, px):
            problems.append(f"{path.relative_to(ROOT)} is not {px}×{px}")
        elif recorded.get(file) != digest:
            problems.append(f"{path.relative_to(ROOT)} was drawn from another SVG")
    extra = sorted({p.name for p in RENDERED.glob("*.png")} - want.keys())
    problems += [f"{(RENDERED / name).relative_to(ROOT)} is not needed" for name in extra]
    if set(recorded) != set(want):
        problems.append(f"{MANIFEST.relative_to(ROOT)} lists other files")
    return problems


def build_icons() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    RENDERED.mkdir(parents=True, exist_ok=True)
    want = expected()
    for old in RENDERED.glob("*.png"):
        if old.name not in want:
            old.unlink()
    for name in icons.FIRST_FRAME:
        for px in icons.MASK_SIZES:
            target = RENDERED / f"{icons.ICONS[name]}-{px}.png"
            if not icons.svg_mask(name, px).save(str(target), "PNG"):
                raise SystemExit(f"could not write {target}")
    MANIFEST.write_text(json.dumps(want, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"rendered {len(want)} icon masks into {RENDERED.relative_to(ROOT)}")
    del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed masks")
    args = parser.parse_args()
    if args.check:
        problems = stale_icons()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python packaging/tools/build_icons.py", file=sys.stderr)
        return 1 if problems else 0
    build_icons()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
