#!/usr/bin/env python3
"""Compile Qt Designer forms, refresh the translation sources and compile the translations.

    python packaging/tools/build_qt.py           # ui/*.ui -> forms; sources -> *.ts; *.ts -> *.qm
    python packaging/tools/build_qt.py --check   # exit 1 if anything committed is stale

It also pre-renders the first frame's icons to PNG (``build_icons.py``).

Forms are generated with the pinned ``pyside6-uic`` and committed, so a clean clone runs without a
build step; ``--check`` regenerates them in memory and compares (file times mean nothing in a
clone, DECISIONS 26). Translations work the same way: ``pyside6-lupdate`` refreshes
``bond.ts`` (the English source list) and every ``bond_<lang>.ts`` (keeping what is already
translated), ``pyside6-lrelease`` compiles each ``bond_<lang>.ts`` into the committed
``bond_<lang>.qm`` that the app loads. ``--check`` fails when a translation has unfinished or
missing entries (including strings added to the code since the last refresh), or when a committed
``.qm`` is not what its ``.ts`` compiles to.

English is the source language, so ``bond_en.ts`` holds only the messages with plural forms
(``tr("%n time(s)", "", n)``): lupdate's ``-pluralonly`` keeps it to those, and its ``.qm`` turns
"1 time(s)" into "1 time" and "2 time(s)" into "2 times". ``--check`` also fails when a plural
message has no finished English forms.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "bond" / "gui" / "forms"
I18N_DIR = ROOT / "resources" / "i18n"
TS_FILE = I18N_DIR / "bond.ts"
#: The source language's own catalogue: plural forms only.
SOURCE_PLURALS = I18N_DIR / "bond_en.ts"


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
    return prune_imports(result.stdout)


def prune_imports(source: str) -> str:
    """Keep only the PySide6 names a form uses. ``pyside6-uic`` imports a fixed list (``Qt``
    and ~20 QtGui classes among them), and PySide6 builds each name's type on first access:
    the main window's form took ~80 ms to import instead of ~10 (DECISIONS 29)."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
            keep = [alias.name for alias in node.names if alias.name in used]
            text = f"from {node.module} import {', '.join(keep)}\n" if keep else ""
            lines[node.lineno - 1 : node.end_lineno] = [text]
    return "".join(lines)


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


def translation_files() -> list[Path]:
    """Every ``bond_<lang>.ts`` (``bond.ts`` itself is the untranslated source list)."""
    return sorted(I18N_DIR.glob("bond_*.ts"))


def qm_path(ts_file: Path) -> Path:
    return ts_file.with_suffix(".qm")


def _lupdate(ts_files: list[Path], *, plural_only: bool = False) -> None:
    sources = sorted(str(p) for p in (ROOT / "src" / "bond" / "gui").rglob("*.py"))
    sources = [s for s in sources if "/forms/" not in s]
    sources += sorted(str(p) for p in UI_DIR.glob("*.ui"))
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.txt"
        listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                *(["-pluralonly", "-target-language", "en"] if plural_only else []),
                "-locations",
                "none",
                f"@{listing}",
                "-ts",
                *(str(t) for t in ts_files),
            ],
            check=True,
            capture_output=True,
        )


def _lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )


def _refresh(ts_files: list[Path]) -> None:
    """lupdate every catalogue; the English one with plural forms only."""
    _lupdate([t for t in ts_files if t.name != SOURCE_PLURALS.name])
    plurals = [t for t in ts_files if t.name == SOURCE_PLURALS.name]
    if plurals:
        _lupdate(plurals, plural_only=True)


def update_translations() -> None:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    files = translation_files()
    if SOURCE_PLURALS not in files:
        files.append(SOURCE_PLURALS)  # lupdate creates it
    _refresh([TS_FILE, *files])
    print(f"refreshed {TS_FILE.relative_to(ROOT)}")
    for ts_file in translation_files():
        _lrelease(ts_file, qm_path(ts_file))
        print(f"refreshed {ts_file.relative_to(ROOT)}, compiled {qm_path(ts_file).name}")
        for problem in translation_problems(ts_file):
            print(f"  to translate: {problem}", file=sys.stderr)


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"%\d", text))


def translation_problems(ts_file: Path, name: str | None = None) -> list[str]:
    """Unfinished, empty or leftover entries, and %N placeholders that differ from the source."""
    label = name or str(ts_file.relative_to(ROOT))
    problems = []
    root = ET.parse(ts_file).getroot()  # noqa: S314 - the project's own file, not input
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{label}: [{context_name}] {source[:60]!r}"
            kind = None if translation is None else translation.get("type")
            texts = (
                []
                if translation is None
                else [f.text or "" for f in translation.iter("numerusform")]
                or [translation.text or ""]
            )
            if translation is None or kind in {"unfinished", "vanished", "obsolete"}:
                problems.append(f"{where} is {kind or 'missing'}")
            elif not all(t.strip() for t in texts):
                problems.append(f"{where} has an empty translation")
            elif any(_placeholders(t) != _placeholders(source) for t in texts):
                problems.append(f"{where} does not keep the same %N placeholders")
    return problems


def stale_translations() -> list[str]:
    """Refresh copies of the .ts files from the sources, then check them and the committed .qm."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts_file in translation_files():
            copy = Path(tmp) / ts_file.name
            shutil.copyfile(ts_file, copy)
            copies.append(copy)
        if copies:
            _refresh(copies)
        for ts_file, copy in zip(translation_files(), copies, strict=True):
            problems += translation_problems(copy, name=str(ts_file.relative_to(ROOT)))
            qm = qm_path(ts_file)
            fresh = Path(tmp) / qm.name
            _lrelease(ts_file, fresh)
            if not qm.exists():
                problems.append(f"{qm.relative_to(ROOT)} is missing")
            elif qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.relative_to(ROOT)} differs from {ts_file.name}")
    return problems


def missing_catalogues() -> list[str]:
    return [] if SOURCE_PLURALS.exists() else [f"{SOURCE_PLURALS.relative_to(ROOT)} is missing"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check the committed forms and translations"
    )
    args = parser.parse_args()
    from build_icons import build_icons, stale_icons  # the first frame's icons, pre-rendered

    if args.check:
        problems = stale_forms() + stale_icons() + missing_catalogues() + stale_translations()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python packaging/tools/build_qt.py", file=sys.stderr)
        return 1 if problems else 0
    build_forms()
    build_icons()
    update_translations()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
