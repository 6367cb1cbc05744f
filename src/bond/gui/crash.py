"""Unexpected errors: log them (redacted) and tell the person plainly, never with a traceback."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger("bond.crash")


def plain_message(log_file: Path) -> str:
    return QCoreApplication.translate(
        "Crash",
        "Something went wrong inside Bond. Everything you had already saved is safe.\n\n"
        "If this keeps happening, the log file can help someone fix it. It records what Bond "
        "was doing, never what you wrote:\n%1",
    ).replace("%1", str(log_file))


def show_unexpected(parent: QWidget | None, log_file: Path) -> None:
    from PySide6.QtWidgets import QMessageBox  # off the first window's path (DECISIONS 29)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Bond")
    box.setText(QCoreApplication.translate("Crash", "Something went wrong"))
    box.setInformativeText(plain_message(log_file))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def install_excepthook(parent: Callable[[], QWidget | None], log_file: Path) -> None:
    """Route uncaught exceptions in slots to the log and a plain dialog."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if showing:
            return
        showing = True
        try:
            show_unexpected(parent(), log_file)
        finally:
            showing = False

    sys.excepthook = hook
