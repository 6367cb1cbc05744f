"""A reading column: body text about 70 characters wide, centred on a wide window (DESIGN
principle 4, "Read like a book").

The width follows the text: the font's average character width times :data:`READING_CHARS`, at
the current text size, so at 200% the column is twice as wide; where the window is narrower than
that, the column is simply as wide as the window, so nothing ever scrolls sideways. The column is
a layout, not margins or a maximum width: it never asks for more room than what it holds needs,
so a window can always be made as small as before.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QVBoxLayout, QWidget

#: Characters per line aimed at: GOV.UK and most typographers say 60 to 75.
READING_CHARS = 70

_UNLIMITED = 16777215  # QWIDGETSIZE_MAX


def column_width(widget: QWidget, chars: int = READING_CHARS) -> int:
    """How wide ``chars`` characters of ``widget``'s text are, in pixels, at its font now."""
    return round(QFontMetricsF(widget.font()).averageCharWidth() * chars)


class ColumnLayout(QLayout):
    """Lays out one inner layout in a column :data:`READING_CHARS` characters of
    ``font_of``'s text wide (or as wide as it must be, if what it holds needs more), centred
    in the room it is given, or at its start with ``centred=False``."""

    def __init__(
        self,
        inner: QLayout,
        font_of: QWidget,
        *,
        chars: int = READING_CHARS,
        centred: bool = True,
    ) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self._inner: QLayoutItem | None = None
        self._font_of, self._chars, self._centred = font_of, chars, centred
        self.addChildLayout(inner)
        self._inner = inner

    # -- what a QLayout must answer --------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        raise TypeError("a reading column holds the one layout it was made with")

    def count(self) -> int:
        return 0 if self._inner is None else 1

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._inner if index == 0 else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        item = self._inner if index == 0 else None
        self._inner = None if item is not None else self._inner
        return item

    def expandingDirections(self) -> Qt.Orientation:
        inner = self._inner
        expanding = inner.expandingDirections() if inner is not None else Qt.Orientation(0)
        return expanding | Qt.Orientation.Horizontal

    def minimumSize(self) -> QSize:
        return self._inner.minimumSize() if self._inner is not None else QSize()

    def maximumSize(self) -> QSize:
        height = self._inner.maximumSize().height() if self._inner is not None else _UNLIMITED
        return QSize(_UNLIMITED, height)

    def sizeHint(self) -> QSize:
        if self._inner is None:
            return QSize()
        hint = self._inner.sizeHint()
        return QSize(min(hint.width(), self._width(_UNLIMITED)), hint.height())

    def hasHeightForWidth(self) -> bool:
        return self._inner is not None and self._inner.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        assert self._inner is not None
        return self._inner.heightForWidth(self._width(width))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if self._inner is None:
            return
        width = self._width(rect.width())
        x = rect.x() + ((rect.width() - width) // 2 if self._centred else 0)
        self._inner.setGeometry(QRect(x, rect.y(), width, rect.height()))

    # -- the column ------------------------------------------------------------------------
    def column(self) -> int:
        """The column's width at the current text size, in pixels."""
        return column_width(self._font_of, self._chars)

    def _width(self, room: int) -> int:
        least = self._inner.minimumSize().width() if self._inner is not None else 0
        return min(room, max(self.column(), least))


def into_column(
    box: QBoxLayout, font_of: QWidget, *, chars: int = READING_CHARS, centred: bool = True
) -> ColumnLayout:
    """Move everything ``box`` holds into a reading column inside it (the widgets keep their
    parent, so the Tab order and every reference stay as they were)."""
    inner = QVBoxLayout()
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(box.spacing())
    while box.count():
        stretch = box.stretch(0)
        item = box.itemAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            alignment = item.alignment()
            # Deleted, not taken: a widget's sizes are cached in the one layout item that is
            # its own, the first made for it; while the old item lived, the new one would not
            # be, and would keep a stale height for its width when the text changed.
            box.removeWidget(widget)
            inner.addWidget(widget, stretch, alignment)
            continue
        item = box.takeAt(0)
        if item is None:
            break
        layout, spacer = item.layout(), item.spacerItem()
        if layout is not None:
            inner.addLayout(layout, stretch)
        elif spacer is not None:
            inner.addSpacerItem(spacer)
            inner.setStretch(inner.count() - 1, stretch)
    column = ColumnLayout(inner, font_of, chars=chars, centred=centred)
    box.addLayout(column, 1)
    return column


def line_percent(font: QFont, times: float) -> int:
    """Qt's proportional line height for lines ``times`` the font's size: Qt counts a
    percentage of the font's own line (about 1.2 times its size), so 150% was 1.8."""
    px = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 4 / 3
    natural = QFontMetricsF(font).lineSpacing()
    return max(100, round(100 * times * px / natural)) if natural > 0 else 100


def set_reading_rhythm(doc: QTextDocument) -> None:
    """Lines at about 1.55 times the text's size (``tokens.LINE_HEIGHT``), room after each
    paragraph and more before each heading (DESIGN principle 4): Qt's Markdown reader sets
    them flush, which reads as a wall."""
    from bond.gui.design.tokens import LINE_HEIGHT

    px = doc.defaultFont().pixelSize()
    px = px if px > 0 else round(doc.defaultFont().pointSizeF() * 4 / 3)
    proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    body = line_percent(doc.defaultFont(), LINE_HEIGHT["reading"])
    heading = line_percent(doc.defaultFont(), LINE_HEIGHT["heading"])
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        fmt.setLineHeight(heading if fmt.headingLevel() > 0 else body, proportional)
        if fmt.headingLevel() > 0:
            fmt.setTopMargin(round(px * 1.6))
            fmt.setBottomMargin(round(px * 0.5))
        elif block.textList() is None:
            fmt.setBottomMargin(round(px * 0.8))
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
