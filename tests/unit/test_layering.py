"""Qt widgets stay in bond.gui: the core packages must import without PySide6.QtWidgets."""

from __future__ import annotations

import subprocess
import sys

CORE = ["bond.domain", "bond.services", "bond.storage", "bond.security", "bond.content"]


def test_core_packages_do_not_import_qtwidgets() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules\n"
        "             if m.startswith(('PySide6.QtWidgets', 'PySide6.QtGui')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_first_window_does_not_need_the_storage_stack() -> None:
    """Importing the GUI (main window and app) must not pull in SQLAlchemy or Alembic."""
    code = (
        "import sys\n"
        "import bond.gui.app, bond.gui.main_window\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
