"""Help → Keyboard shortcuts: the keys Bond answers to, read from its actions and shortcuts.

The list is built from the live ``QAction``/``QShortcut`` objects, so it cannot drift from what
the keys really do; the one key that is not a shortcut (Shift three times, watched by
:class:`~bond.gui.lock.LockWatcher`) is added by the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _keys(sequences: Iterable[QKeySequence]) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def action_rows(menubar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, what they do) for every menu action that has a shortcut, in menu order."""
    rows = []
    for menu_action in menubar.actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if isinstance(action, QAction) and (keys := _keys(action.shortcuts())):
                rows.append((keys, action.text().replace("&", "").rstrip("…")))
    return rows


def shortcut_rows(shortcuts: Iterable[QShortcut]) -> list[tuple[str, str]]:
    """(keys, what they do) for each ``QShortcut`` that says what it does in its whatsThis."""
    return [(_keys(s.keys()), s.whatsThis()) for s in shortcuts if s.whatsThis() and s.keys()]


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Bond")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Keyboard shortcuts"))
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.resize(520, 480)
        if rows:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
