"""Help → Keyboard shortcuts: the keys Bond answers to, read from its actions and shortcuts.

The list is built from the live ``QAction``/``QShortcut`` objects, so it cannot drift from what
the keys really do; the one key that is not a shortcut (Shift three times, watched by
:class:`~bond.gui.lock.LockWatcher`) is added by the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
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
        self.table.setWordWrap(True)  # on a narrow screen an entry wraps rather than being cut
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Rows grow with their wrapped text as the columns settle.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setIcon(QIcon())  # the style's icon crowded the word at large sizes
        self._fit_to_contents()
        if rows:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def _fit_to_contents(self) -> None:
        """As wide as the longest entry needs at the current text size, within the screen."""
        self.ensurePolished()
        table = self.table
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        columns = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(table.columnCount())
        )
        frame = 2 * table.frameWidth()
        scroll = table.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        width = columns + frame + scroll + margins.left() + margins.right()
        rows = sum(table.sizeHintForRow(r) for r in range(table.rowCount()))
        height = self.layout().sizeHint().height() - table.sizeHint().height()
        height += header.sizeHint().height() + rows + frame
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(
            min(max(width, self.sizeHint().width()), screen.width()),
            min(height, screen.height() * 4 // 5),
        )

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
