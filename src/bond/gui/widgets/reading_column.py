"""The reading measure and the layouts that hold a page's rows to a width.

*The measure*: prose (a wrapped paragraph, an article) is held to :data:`MEASURE_PX` at 100%
text, growing with the text-size setting: 600 px, about 75 to 80 characters of body text, the
long end of DESIGN principle 4's "Read like a book" and what the design review asked for.
It starts on the left edge of the column it is in (a card's, an article pane's); it is never
centred in a second column of its own (``widgets.page`` centres the page, not its prose).

*A held layout* lays one inner layout out in a part of the room it is given (:class:`HeldLayout`):
the page's frame (``widgets.page.PageLayout``) and a column a number of characters wide
(:class:`ColumnLayout`: the lock screen's words, an exercise's detail). Either is a layout, not
margins or a maximum width: it never asks for more room than what it holds needs, so a window
can always be made as small as before, and the widgets keep their parent, their Tab order and
their names (:func:`gather`).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QVBoxLayout,
    QWidget,
)

#: Characters per line aimed at: GOV.UK and most typographers say 60 to 75.
READING_CHARS = 70
#: The longest line of prose at 100% text, in pixels (it grows with the text size).
MEASURE_PX = 600

_UNLIMITED = 16777215  # QWIDGETSIZE_MAX


def measure_px(scale: int | None = None) -> int:
    """The longest line of prose at ``scale`` percent text (the text size in force if None)."""
    if scale is None:
        from bond.gui.theme import current_scale

        scale = current_scale()
    return round(MEASURE_PX * scale / 100)


def column_width(widget: QWidget, chars: int = READING_CHARS) -> int:
    """How wide ``chars`` characters of ``widget``'s text are, in pixels, at its font now."""
    return round(QFontMetricsF(widget.font()).averageCharWidth() * chars)


class HeldLayout(QLayout):
    """One inner layout, laid out at the x and width :meth:`place` gives (subclasses say)."""

    def __init__(self, inner: QLayout) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self._inner: QLayoutItem | None = None
        self.addChildLayout(inner)
        self._inner = inner

    def inner(self) -> QLayout | None:
        item = self._inner
        return item.layout() if item is not None else None

    def place(self, rect: QRect) -> tuple[int, int]:
        """(x, width) of what it holds, in ``rect``'s coordinates."""
        raise NotImplementedError

    # -- what a QLayout must answer --------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        raise TypeError("a held layout holds the one layout it was made with")

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

    def hasHeightForWidth(self) -> bool:
        return self._inner is not None and self._inner.hasHeightForWidth()

    def least_width(self) -> int:
        """The narrowest what it holds can be."""
        return self._inner.minimumSize().width() if self._inner is not None else 0


def gather(
    box: QBoxLayout, first: int = 0, last: int | None = None, *, least_spacing: int = 0
) -> tuple[QVBoxLayout, int]:
    """Move ``box``'s items ``first`` to ``last`` (to its end by default) into a new vertical
    layout, not yet placed anywhere, with ``box``'s spacing; returns it and the largest stretch
    they had. The widgets keep their parent, so the Tab order and every reference stay. A row
    of them that took its spacing from ``box`` keeps it (at least ``least_spacing``), whatever
    spacing the new layout is given."""
    end = box.count() if last is None else last + 1
    spacing = box.spacing()
    inner = QVBoxLayout()
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(spacing)
    most = 0
    for _ in range(first, end):
        stretch = box.stretch(first)
        most = max(most, stretch)
        item = box.itemAt(first)
        widget = item.widget() if item is not None else None
        if widget is not None:
            alignment = item.alignment()
            # Removed, not taken: a widget's sizes are cached in the one layout item that is
            # its own, the first made for it; while the old item lived, the new one would not
            # be, and would keep a stale height for its width when the text changed.
            box.removeWidget(widget)
            inner.addWidget(widget, stretch, alignment)
            continue
        if item is not None and (row := item.layout()) is not None:
            _keep_spacing(row, box, max(spacing, least_spacing))
        item = box.takeAt(first)
        if item is None:
            break
        layout, spacer = item.layout(), item.spacerItem()
        if layout is not None:
            inner.addLayout(layout, stretch)
        elif spacer is not None:
            inner.addSpacerItem(spacer)
            inner.setStretch(inner.count() - 1, stretch)
    return inner, most


def _spacings(layout: QLayout) -> tuple[int, int]:
    if isinstance(layout, (QGridLayout, QFormLayout)):
        return layout.horizontalSpacing(), layout.verticalSpacing()
    return layout.spacing(), layout.spacing()


def _keep_spacing(row: QLayout, box: QBoxLayout, inherited: int) -> None:
    """Give ``row`` (still in ``box``) the spacing it will need once moved: ``inherited``
    where it takes ``box``'s (a layout with no spacing of its own takes its parent's), its
    own otherwise."""
    spacing = box.spacing()
    box.setSpacing(spacing + 1)  # which of the row's spacings follow box's?
    follows = [value == spacing + 1 for value in _spacings(row)]
    box.setSpacing(spacing)
    if isinstance(row, (QGridLayout, QFormLayout)):
        if follows[0]:
            row.setHorizontalSpacing(inherited)
        if follows[1]:
            row.setVerticalSpacing(inherited)
    elif follows[0]:
        row.setSpacing(inherited)


class ColumnLayout(HeldLayout):
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
        super().__init__(inner)
        self._font_of, self._chars, self._centred = font_of, chars, centred

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

    def heightForWidth(self, width: int) -> int:
        assert self._inner is not None
        return self._inner.heightForWidth(self._width(width))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if self._inner is not None:
            x, width = self.place(rect)
            self._inner.setGeometry(QRect(x, rect.y(), width, rect.height()))

    def place(self, rect: QRect) -> tuple[int, int]:
        width = self._width(rect.width())
        return rect.x() + ((rect.width() - width) // 2 if self._centred else 0), width

    # -- the column ------------------------------------------------------------------------
    def column(self) -> int:
        """The column's width at the current text size, in pixels."""
        return column_width(self._font_of, self._chars)

    def _width(self, room: int) -> int:
        return min(room, max(self.column(), self.least_width()))


def into_column(
    box: QBoxLayout, font_of: QWidget, *, chars: int = READING_CHARS, centred: bool = True
) -> ColumnLayout:
    """Move everything ``box`` holds into a reading column inside it (the widgets keep their
    parent, so the Tab order and every reference stay as they were)."""
    inner, _stretch = gather(box)
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
