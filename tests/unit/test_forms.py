"""Committed forms are exactly what the pinned pyside6-uic makes of ui/*.ui (DECISIONS 26)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_compiled_forms_match_their_designer_files() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "tools" / "build_qt.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_every_screen_has_a_designer_file() -> None:
    screens = {p.stem for p in (ROOT / "src" / "bond" / "gui" / "screens").glob("*.py")}
    screens.discard("__init__")
    forms = {p.stem for p in (ROOT / "ui").glob("*.ui")}
    assert screens <= forms
