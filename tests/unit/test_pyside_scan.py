"""Bond's modules are not read back by PySide6's import hook (bond.gui.app, DECISIONS 29)."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import inspect
import bond.gui.app  # loads PySide6, then enters Bond's modules in its table
read = []
source = inspect.getsource
inspect.getsource = lambda module: (read.append(getattr(module, "__name__", "")), source(module))[1]
import bond.gui.main_window, bond.gui.feature_set, bond.gui.screens.home
from bond.gui.screens.home import HomeScreen
assert "bond.gui.main_window" in __import__("sys").modules
print(sorted(name for name in read if name.startswith("bond")))
"""


def test_bonds_modules_are_not_read_back_by_pyside() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
