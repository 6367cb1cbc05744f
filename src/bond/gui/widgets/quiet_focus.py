"""Where the keyboard is, on a pane, shown as GNOME shows it (GTK's ``:focus-visible``).

A pane (a list, an article's text, a page that scrolls) often takes the keyboard as its screen
opens, so that the arrow keys work at once and a screen reader says where it is. A 2 px ring
round the whole of it then said "focus" before anyone had touched a key: the heaviest line on
the page. GTK draws the ring only while the keyboard is in use: once focus is moved there by
Tab, Shift+Tab or a shortcut, or a key is pressed in the pane; a click puts it away again. A
pane here does the same: where the keyboard is stays where it was (screen readers follow it;
the list's current row keeps its tint and marker, the text its caret), only the ring waits.
High contrast follows the same rule: the keyboard's first use shows it (WCAG 2.4.7).

A list never rings the whole pane: where the keyboard is, in a list, is its current row, so
once the keyboard is in use that row is outlined (2 px, the focus colour) instead.

The style sheet still draws the ring (``QListView:focus``...); while it is not to show, the
pane's frame is drawn again over it as the style sheet draws it unfocused. Nothing is
re-polished, so no style change reaches the screens.

Not used before the first frame: it needs PySide6's ``Qt`` namespace.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QPainter, QPen, QRegion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QPlainTextEdit,
    QStyle,
    QStyleOption,
    QTextEdit,
    QWidget,
)

from bond.gui.design import tokens
from bond.gui.theme import current_theme

#: How focus comes when the keyboard brought it.
_KEYBOARD = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class QuietFocus(QObject):
    """Shows ``pane``'s focus ring only while the keyboard is in use (see the module)."""

    def __init__(self, pane: QAbstractScrollArea) -> None:
        super().__init__(pane)
        self._pane = pane
        self._keyboard = False
        self._viewport = pane.viewport()
        pane.installEventFilter(self)
        pane.viewport().installEventFilter(self)

    def ring_shown(self) -> bool:
        """Whether a focused pane shows its ring now (a list: never, its row does)."""
        return self._keyboard and not isinstance(self._pane, QAbstractItemView)

    def row_shown(self) -> bool:
        """Whether a focused list outlines its current row now."""
        return self._keyboard and isinstance(self._pane, QAbstractItemView)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pane, kind = self._pane, event.type()
        if watched is pane and kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            if event.reason() in _KEYBOARD:
                self._keyboard = True
            elif event.reason() != Qt.FocusReason.ActiveWindowFocusReason:
                self._keyboard = False  # a screen opening, a click: back as the window had it
        elif watched is pane and kind == QEvent.Type.KeyPress and not self._keyboard:
            self._keyboard = True
            pane.update()
            pane.viewport().update()
        elif kind == QEvent.Type.MouseButtonPress and self._keyboard:
            self._keyboard = False
            pane.update()
            pane.viewport().update()
        elif (
            watched is self._viewport
            and kind == QEvent.Type.Paint
            and pane.hasFocus()
            and self.row_shown()
        ):
            type(pane).viewportEvent(pane, event)  # the rows, as they are drawn
            self._outline_row()
            return True
        elif (
            watched is pane
            and kind == QEvent.Type.Paint
            and pane.hasFocus()
            and not self.ring_shown()
        ):
            type(pane).event(pane, event)  # the pane paints itself, as it would
            self._draw_unfocused()
            return True
        return super().eventFilter(watched, event)

    def _outline_row(self) -> None:
        """A 2 px ring in the focus colour just inside the current row."""
        pane = self._pane
        assert isinstance(pane, QAbstractItemView)
        index = pane.currentIndex()
        if not index.isValid():
            return
        ring = tokens.BORDER_PX[current_theme()]["control"]
        half = ring / 2  # a pen is centred on its line: the ring lies wholly inside the row
        rect = QRectF(pane.visualRect(index)).adjusted(half, half, -half, -half)
        painter = QPainter(pane.viewport())
        pen = QPen(QColor.fromString(tokens.colours(current_theme())["focus"]))
        pen.setWidthF(ring)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(rect)
        painter.end()

    def _draw_unfocused(self) -> None:
        """Draw the pane's frame (all but what its viewport covers) as if it had no focus."""
        pane = self._pane
        painter = QPainter(pane)
        painter.setClipRegion(QRegion(pane.rect()).subtracted(QRegion(pane.viewport().geometry())))
        behind = pane.parentWidget()
        if behind is not None:  # what shows past the frame's round corners
            painter.fillRect(pane.rect(), behind.palette().color(behind.backgroundRole()))
        option = QStyleOption()
        option.initFrom(pane)
        option.state &= ~QStyle.StateFlag.State_HasFocus
        pane.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, pane)
        painter.end()


def quiet_focus(root: QWidget) -> list[QuietFocus]:
    """Every pane in ``root`` that takes the keyboard and is not a text field shows its ring
    only while the keyboard is in use (once per pane)."""
    made: list[QuietFocus] = []
    for pane in root.findChildren(QAbstractScrollArea):
        editable = isinstance(pane, (QTextEdit, QPlainTextEdit)) and not pane.isReadOnly()
        elsewhere = pane.window() is not root.window()  # a drop-down's list, a pop-up
        taken = pane.property("quietFocus")
        if editable or elsewhere or taken or pane.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        pane.setProperty("quietFocus", True)
        made.append(QuietFocus(pane))
    return made
