"""DECISIONS 32: the last theme used is applied before the first frame, and nothing heavy comes
with it: no SVG renderer (QtSvg), no PySide6 ``Qt`` namespace, even with the navigation rail and
its icons on that frame. The system's scheme is asked only after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIRST_FRAME = """
import sys
import PySide6.QtCore as core
from PySide6.QtCore import QSettings
from bond.config import resolve_paths
from bond.gui.app import build_window
from bond.gui.design import system_theme
from bond.security.secrets import MemoryStore

asked = []
real = system_theme.style_hints
system_theme.style_hints = lambda: (asked.append(1), real())[1]
paths = resolve_paths(sys.argv[1])
settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
settings.setValue("appearance/applied_theme", "dark")  # the last run ended dark
settings.sync()
del settings
window = build_window(paths, MemoryStore(), complete=False)

rail = window.rail  # the shell's rail is on the first frame, its icons drawn (no place yet)
window.show()
from bond.gui.theme import current_theme
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
colour = QApplication.instance().palette().color(QPalette.ColorRole.Window).name().upper()
print(current_theme(), colour, "PySide6.QtSvg" in sys.modules, "Qt" in vars(core), len(asked))
print(not rail.button("home").icon().isNull(), rail.icon_px())
"""


def test_the_last_theme_comes_before_the_first_frame_and_costs_no_svg(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
    }
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    )
    # dark, with its window colour; no QtSvg, no Qt namespace; the system not asked yet
    assert out.stdout.splitlines() == ["dark #16191D False False 0", "True 20"]
