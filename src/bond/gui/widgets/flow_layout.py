"""A layout that wraps its widgets onto more rows when they no longer fit side by side.

The top navigation used a single row: at 200% text in Spanish the buttons no longer fitted a
960-pixel window and Qt squeezed them until their words were cut ("jercicic"). Wrapping keeps
every word whole at any text size and window width; the order (and so the Tab order) is kept.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget


def _item(pointer: int) -> QLayoutItem:
    item = shiboken6.wrapInstance(pointer, QLayoutItem)
    assert isinstance(item, QLayoutItem)
    return item


class FlowLayout(QLayout):
    """Left-to-right rows, each as tall as its tallest item; wraps at the available width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        # The items by address, not their Python wrappers: Qt makes the items and owns them,
        # and PySide may invalidate a wrapper it did not make while the item lives on (then
        # every size asked of the layout raised, and PySide crashed reporting it).
        self._pointers: list[int] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    @property
    def _items(self) -> list[QLayoutItem]:
        return [_item(p) for p in self._pointers]

    def addItem(self, item: QLayoutItem) -> None:
        self._pointers.append(shiboken6.getCppPointer(item)[0])

    def count(self) -> int:
        return len(self._pointers)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return _item(self._pointers[index]) if 0 <= index < len(self._pointers) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return _item(self._pointers.pop(index)) if 0 <= index < len(self._pointers) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row, as wide as all the items: what it would like with room enough."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width, height).grownBy(margins)

    def minimumSize(self) -> QSize:
        """The widest single item: never narrower than one whole button."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        return size.grownBy(self.contentsMargins())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in rows (each item on its row's centre line, so a label sits level
        with the button beside it); returns the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._visible():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, hint))
            x += hint.width() + self._gap
        y = area.y()
        for row in rows:
            if not row:
                continue
            row_height = max(hint.height() for _item, hint in row)
            if move:
                x = area.x()
                for item, hint in row:
                    top = y + (row_height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                    x += hint.width() + self._gap
            y += row_height + self._gap
        used = y - self._gap if any(rows) else area.y()
        return used - rect.y() + margins.bottom()


def wrap_row(parent: QBoxLayout, row: QBoxLayout, name: str) -> FlowLayout:
    """Put ``row``'s widgets in a flow layout in its place, so they wrap onto a second row
    rather than being squeezed until their words are cut (200% text, longer Spanish words).
    The widgets keep their parent, so the Tab order is kept."""
    flow = FlowLayout(spacing=row.spacing())
    flow.setObjectName(name)
    while row.count():
        item = row.takeAt(0)
        if item is not None and item.widget() is not None:
            flow.addWidget(item.widget())
    parent.insertLayout(parent.indexOf(row), flow)
    parent.removeItem(row)
    row.deleteLater()
    return flow
