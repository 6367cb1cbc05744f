"""The only package that imports QtWidgets.

``None``, ``True`` and ``False`` are kept alive by ``import bond`` itself
(:func:`bond.hardening.keep_singletons_alive`), which runs before this package and before the
command-line verbs that use QtCore.
"""

from __future__ import annotations

import contextlib
import os
import sys

import PySide6.QtCore  # noqa: F401  (first: its import hook is what this package tames)


def _skip_pyside_source_scan() -> None:
    """PySide6 reads the source of each module named in an import statement run after it is
    loaded, once per name, to see whether it mentions PySide6 (for its opt-in ``__feature__``
    switches, which Bond never uses): ~0.1-0.9 ms a module, ~8-25 ms of every start of an
    installed Bond (the bundle's modules have no source, so it is spared). The modules loaded
    so far, and Bond's own modules, are entered in PySide6's table beforehand as its scan would
    enter them, so their source is not read again. Only speed depends on this (DECISIONS 29);
    a PySide6 without that table scans as before."""
    known = getattr(sys.modules.get("PySide6.support.feature"), "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    for name in list(sys.modules):  # loaded before Qt: none of them mentions PySide6
        known.setdefault(name, 0 if name.startswith(("bond", "PySide6", "shiboken")) else -1)

    def enter(folder: str, prefix: str) -> None:
        for entry in os.scandir(folder):
            if entry.name.endswith(".py"):
                name = prefix + entry.name.removesuffix(".py")
                known.setdefault(name.removesuffix(".__init__"), 0)
            elif entry.is_dir() and not entry.name.startswith("_"):  # not __pycache__
                enter(entry.path, f"{prefix}{entry.name}.")

    with contextlib.suppress(OSError):
        enter(os.path.dirname(os.path.dirname(__file__)), "bond.")


_skip_pyside_source_scan()
