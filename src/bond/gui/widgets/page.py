"""The page every screen sits in: the same margins, a maximum width, centred beside the rail.

A screen's content is held to a frame at most :data:`LIST_PX` wide for lists (at 100% text; it
grows with the text), or :data:`READING_PX` for a page to read or fill in (Home, Settings, Get
support now), centred in the room beside the rail, as Adwaita's clamp does: a reading page is
not pushed to the left with an empty band on its right. The page's margins come from the
spacing tokens: :func:`side_px` at the sides, :func:`end_px` above and below.

The frame is a layout, like the reading column: the widgets keep their parent, their Tab order
and their names; only where they sit changes. A page that scrolls keeps its scroll bar at the
window's edge: what is framed is what scrolls, not the scroll area.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QGroupBox,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bond.gui.design import tokens
from bond.gui.theme import current_scale

#: The widest a page's content gets at 100% text: lists and the screens built round them.
LIST_PX: Final = 1040
#: A page to read or fill in: about 90 characters of body text at 100%.
READING_PX: Final = 720
#: A page that is mostly prose (first run): about 70 characters a line, as DESIGN.md's reading
#: column (an article, long help).
PROSE_PX: Final = 560

#: Each screen's kind of page, by its form's name. Screens not named here lay themselves out
#: (the lock screen and the waiting screen centre what they show). The screens shown without
#: the rail (an exercise, first run, unlocking, a problem opening the vault) centre their
#: column.
PAGE_KINDS: Final = {
    "Home": "reading",
    "Settings": "reading",
    "Support": "reading",
    "Runner": "focus",
    "FirstRun": "prose",
    "Unlock": "focus",
    "Problem": "focus",
    "Exercises": "list",
    "Library": "list",
    "ArticleView": "list",
    "Agreements": "list",
    "Boundaries": "list",
    "Progress": "list",
    "History": "list",
}
_UNLIMITED = 16777215  # QWIDGETSIZE_MAX


def side_px() -> int:
    """The page's margin on either side, at the text size in force."""
    return tokens.space_px("xl", current_scale())


def end_px() -> int:
    """The page's margin above and below (the same as at its sides)."""
    return tokens.space_px("xl", current_scale())


def _grown(px: int) -> int:
    return round(px * current_scale() / 100)


def span(page_width: int, kind: str) -> tuple[int, int]:
    """Where a page ``page_width`` wide puts its content: (left edge, width), in the page's
    own pixels: the kind's width, centred between the side margins."""
    side = side_px()
    room = max(0, page_width - 2 * side)
    widest = {"list": LIST_PX, "prose": PROSE_PX}.get(kind, READING_PX)
    width = min(room, _grown(widest))
    return side + (room - width) // 2, width


def column_room(page: QWidget) -> int:
    """How wide the content of ``page`` is (the screens that reflow a row ask)."""
    kind = PAGE_KINDS.get(page.objectName(), "list")
    return span(page.width(), kind)[1]


class PageLayout(QLayout):
    """Lays out one inner layout in the page's frame (see :func:`span`), measured on ``page``
    (the screen, or the stack of pages) wherever this layout is, so rows above and inside a
    scrolled area share one edge. ``kind`` may be asked each time (the shell's notices take
    the kind of the page on show). ``top`` and ``bottom``: add the page's margin there too."""

    def __init__(
        self,
        inner: QLayout,
        page: QWidget,
        kind: str | Callable[[], str],
        *,
        top: bool = False,
        bottom: bool = False,
    ) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self._inner: QLayoutItem | None = None
        self._page, self._kind, self._top, self._bottom = page, kind, top, bottom
        self.addChildLayout(inner)
        self._inner = inner

    def inner(self) -> QLayout | None:
        item = self._inner
        return item.layout() if item is not None else None

    # -- what a QLayout must answer --------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        raise TypeError("a page holds the one layout it was made with")

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

    def _vertical(self) -> int:
        """The margins above and below: none while nothing in it shows (a box layout counts
        an empty layout's margins, unlike a hidden widget's)."""
        if self._inner is None or self._inner.isEmpty():
            return 0
        return end_px() * (int(self._top) + int(self._bottom))

    def minimumSize(self) -> QSize:
        # Where room is short the margins give way first (to the smallest space), so a page
        # never needs more room than before it was framed.
        if self._inner is None or self._inner.isEmpty():
            return QSize(0, 0)
        least = self._inner.minimumSize()
        tight = tokens.space_px("xs", current_scale())
        return QSize(least.width() + 2 * tight, least.height() + self._vertical())

    def maximumSize(self) -> QSize:
        return QSize(_UNLIMITED, _UNLIMITED)

    def sizeHint(self) -> QSize:
        if self._inner is None or self._inner.isEmpty():
            return QSize(0, 0)
        hint = self._inner.sizeHint()
        width = min(hint.width(), _grown(LIST_PX)) + 2 * side_px()
        return QSize(width, hint.height() + self._vertical())

    def hasHeightForWidth(self) -> bool:
        return self._inner is not None and self._inner.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        assert self._inner is not None
        _x, inner = self._place(QRect(0, 0, width, 0))
        return self._inner.heightForWidth(inner) + self._vertical()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if self._inner is None:
            return
        x, width = self._place(rect)
        top = end_px() if self._top and self._vertical() else 0
        height = rect.height() - self._vertical()
        self._inner.setGeometry(QRect(x, rect.y() + top, width, max(0, height)))

    # -- the frame -------------------------------------------------------------------------
    def _place(self, rect: QRect) -> tuple[int, int]:
        """(x, width) of the content in this layout's own widget's pixels."""
        least = self._inner.minimumSize().width() if self._inner is not None else 0
        owner, page = self.parentWidget(), self._page
        offset = 0
        if owner is not None and owner is not page and owner.window() is page.window():
            origin = QPoint(0, 0)
            offset = owner.mapTo(owner.window(), origin).x() - page.mapTo(page.window(), origin).x()
        kind = self._kind if isinstance(self._kind, str) else self._kind()
        left, width = span(page.width(), kind)
        x = max(rect.x(), left - offset)
        right = min(rect.x() + rect.width(), page.width() - side_px() - offset)
        width = max(least, min(width, right - x))
        if x + width > rect.x() + rect.width():  # what it holds needs more: keep it in view
            x = max(rect.x(), rect.x() + (rect.width() - width) // 2)
        return x, width


def frame_box(
    box: QBoxLayout,
    page: QWidget,
    kind: str | Callable[[], str],
    first: int = 0,
    last: int | None = None,
    *,
    top: bool = False,
    bottom: bool = False,
) -> PageLayout:
    """Move ``box``'s items ``first`` to ``last`` (all after ``first`` by default) into a
    page frame at ``first`` (widgets keep their parent, so the Tab order and every reference
    stay as they were)."""
    end = box.count() if last is None else last + 1
    inner = QVBoxLayout()
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(max(box.spacing(), tokens.space_px("m", current_scale())))
    stretch_of_run = 0
    for _ in range(first, end):
        stretch = box.stretch(first)
        stretch_of_run = max(stretch_of_run, stretch)
        item = box.itemAt(first)
        widget = item.widget() if item is not None else None
        if widget is not None:
            alignment = item.alignment()
            # Removed, not taken (see reading_column.into_column): a widget's size cache lives
            # in its first layout item.
            box.removeWidget(widget)
            inner.addWidget(widget, stretch, alignment)
            continue
        taken = box.takeAt(first)
        if taken is None:
            break
        layout, spacer = taken.layout(), taken.spacerItem()
        if layout is not None:
            inner.addLayout(layout, stretch)
        elif spacer is not None:
            inner.addSpacerItem(spacer)
            inner.setStretch(inner.count() - 1, stretch)
    frame = PageLayout(inner, page, kind, top=top, bottom=bottom)
    box.insertLayout(first, frame, stretch_of_run)
    return frame


def _scrolled_box(item: QLayoutItem | None) -> QBoxLayout | None:
    """The layout of what a resizable scroll area scrolls, if ``item`` is one."""
    area = item.widget() if item is not None else None
    if isinstance(area, QScrollArea) and area.widgetResizable() and area.widget() is not None:
        inner = area.widget().layout()
        return inner if isinstance(inner, QBoxLayout) else None
    return None


def frame_page(screen: QWidget, kind: str | None = None) -> list[PageLayout]:
    """Put ``screen`` in the page: its own rows in the frame, and what its scroll areas scroll
    in the same frame (the scroll bars stay at the window's edge). Once per screen; a screen
    not in :data:`PAGE_KINDS` is left as it is. Returns the frames made."""
    kind = kind or PAGE_KINDS.get(screen.objectName())
    outer = screen.layout()
    if kind is None or not isinstance(outer, QBoxLayout) or screen.property("paged"):
        return []
    screen.setProperty("paged", True)
    for box in screen.findChildren(QGroupBox):  # a card: the style sheet's padding is the room
        if (held := box.layout()) is not None:
            held.setContentsMargins(0, 0, 0, 0)
    space = end_px()
    frames: list[PageLayout] = []
    only_scrolls = outer.count() == 1 and _scrolled_box(outer.itemAt(0)) is not None
    outer.setContentsMargins(0, 0 if only_scrolls else space, 0, 0 if only_scrolls else space)
    index = 0
    while index < outer.count():
        scrolled = _scrolled_box(outer.itemAt(index))
        if scrolled is not None:
            scrolled.setContentsMargins(0, 0, 0, 0)
            frames.append(frame_box(scrolled, screen, kind, top=only_scrolls, bottom=only_scrolls))
            index += 1
            continue
        run_end = index
        while run_end + 1 < outer.count() and _scrolled_box(outer.itemAt(run_end + 1)) is None:
            run_end += 1
        frames.append(frame_box(outer, screen, kind, index, run_end))
        index += 1
    return frames


def content_layout(box: QLayout) -> QLayout:
    """The layout that holds ``box``'s items now (its page frame's, once framed)."""
    if box.count() == 1 and isinstance(frame := box.itemAt(0), PageLayout):
        return frame.inner() or box
    return box


def frame_pages(stack: QStackedWidget) -> None:
    """Every screen that joins ``stack`` (now or later) sits in the page."""
    for index in range(stack.count()):
        frame_page(stack.widget(index))
    stack.widgetAdded.connect(lambda index: frame_page(stack.widget(index)))


def kind_on_show(stack: QStackedWidget) -> str:
    """The kind of page ``stack`` shows now (the widest, for a screen that is not a page)."""
    current = stack.currentWidget()
    return PAGE_KINDS.get(current.objectName(), "list") if current is not None else "list"
