"""The Help menu's two windows: every key Bond answers to, and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QMainWindow, QMenuBar, QMessageBox, QPushButton

from bond import version
from bond.gui.shortcuts_dialog import ShortcutsDialog, action_rows, shortcut_rows


def shortcuts_dialog(window: QMainWindow, hide_button: QPushButton) -> ShortcutsDialog:
    """A list of every key Bond answers to, built from the actions themselves (opened)."""
    menus = window.findChild(QMenuBar)  # in the top bar (gui/frame.py)
    rows = action_rows(menus) + shortcut_rows(window.findChildren(QShortcut))
    three_shifts = QCoreApplication.translate("HelpMenu", "Shift, three times")
    rows.append((three_shifts, hide_button.accessibleName()))
    dialog = ShortcutsDialog(rows, window)
    dialog.open()
    return dialog


def show_about(window: QMainWindow) -> None:
    translate = QCoreApplication.translate
    QMessageBox.about(
        window,
        translate("HelpMenu", "About Bond"),
        translate(
            "HelpMenu",
            "Bond %1\n\nA private, offline companion for keeping and repairing close "
            "relationships. It is not therapy.\n\nCode: GPL-3.0-or-later. "
            "Written content: CC BY-SA 4.0.",
        ).replace("%1", version()),
    )
