#!/usr/bin/env python3
"""Compile Qt Designer forms and refresh the translation source.

    python packaging/tools/build_qt.py           # ui/*.ui -> src/bond/gui/forms/ui_*.py, bond.ts
    python packaging/tools/build_qt.py --check   # exit 1 if a committed form differs from its .ui

Forms are generated with the pinned ``pyside6-uic`` and committed, so a clean clone runs without a
build step; ``--check`` regenerates them in memory and compares (file times mean nothing in a
clone, DECISIONS 26).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "bond" / "gui" / "forms"
TS_FILE = ROOT / "resources" / "i18n" / "bond.ts"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project's dependencies first")
    return found


def form_path(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [_tool("pyside6-uic"), str(ui_file)], check=True, capture_output=True, text=True
    )
    return result.stdout


def stale_forms() -> list[str]:
    problems = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = form_path(ui_file)
        if not target.exists():
            problems.append(f"{target.relative_to(ROOT)} is missing")
        elif target.read_text(encoding="utf-8") != compile_form(ui_file):
            problems.append(f"{target.relative_to(ROOT)} differs from {ui_file.relative_to(ROOT)}")
    known = {form_path(u).name for u in UI_DIR.glob("*.ui")} | {"__init__.py"}
    problems += [
        f"{p.relative_to(ROOT)} has no .ui source"
        for p in FORMS_DIR.glob("*.py")
        if p.name not in known
    ]
    return problems


def build_forms() -> None:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        form_path(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"compiled {ui_file.relative_to(ROOT)}")


def update_translations() -> None:
    sources = sorted(str(p) for p in (ROOT / "src" / "bond" / "gui").rglob("*.py"))
    sources = [s for s in sources if "/forms/" not in s]
    sources += sorted(str(p) for p in UI_DIR.glob("*.ui"))
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.txt"
        listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                f"@{listing}",
                "-ts",
                str(TS_FILE),
            ],
            check=True,
            capture_output=True,
        )
    print(f"refreshed {TS_FILE.relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed forms")
    args = parser.parse_args()
    if args.check:
        problems = stale_forms()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python packaging/tools/build_qt.py", file=sys.stderr)
        return 1 if problems else 0
    build_forms()
    update_translations()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
