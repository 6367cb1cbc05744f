"""The page every screen sits in: one centre axis beside the rail, a width per kind, a rhythm.

*One axis.* Every page beside the rail is centred on one axis, the middle of the room beside
the rail (as Adwaita's clamp centres its child), so moving between places never moves the
page's centre. A list (Exercises, Library, Agreements...) is at most :data:`LIST_PX` wide at
100% text; a page to read or fill in (Home, Settings, Get support now, an article) at most
:data:`READING_PX` (720 px): the reading measure (``reading_column.MEASURE_PX``, 600 px at
100%) with room for a card's padding, so prose in its cards and in an article's pane is held
to the measure, left-aligned inside the column. Both widths grow with the text size. The
screens shown without the rail (an exercise, first run, unlocking, a problem) centre their
own column.

*Rhythm.* The page's margins come from the spacing tokens (:func:`side_px` at the sides,
:func:`end_px` above and below); between its rows, :func:`gap_px`: 8 px from a heading to what
it heads, 24 px round a card, a banner or a group, 12 px between other rows; inside a card, 8 px
between rows and 12 between columns (at 100% text; space grows half as fast as text).

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
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QStyle,
    QWidget,
)

from bond.gui.design import tokens
from bond.gui.theme import current_scale
from bond.gui.widgets.quiet_focus import quiet_focus
from bond.gui.widgets.reading_column import HeldLayout, gather

#: A list page's column beside the rail at 100% text, centred in the room beside the rail.
LIST_PX: Final = 1040
#: A page to read or fill in at 100% text, centred on the same axis as a list's column: the
#: measure and 60 px either side (a card's padding and edge, or an article pane's edge,
#: padding and scroll bar, with room to spare), so its prose keeps to the measure.
READING_PX: Final = 720
#: An exercise, unlocking, a problem: a centred column without the rail.
FOCUS_PX: Final = 720
#: A page that is mostly prose without the rail (first run): about 70 characters a line.
PROSE_PX: Final = 560

#: Each screen's kind of page, by its form's name. Screens not named here lay themselves out
#: (the lock screen and the waiting screen centre what they show). "list" and "reading" sit
#: beside the rail in the one column; "focus" and "prose" are centred, without the rail.
PAGE_KINDS: Final = {
    "Home": "reading",
    "Settings": "reading",
    "Support": "reading",
    "ArticleView": "reading",
    "Runner": "focus",
    "FirstRun": "prose",
    "Unlock": "focus",
    "Problem": "focus",
    "Exercises": "list",
    "Library": "list",
    "Agreements": "list",
    "Boundaries": "list",
    "Progress": "list",
    "History": "list",
}
_CENTRED: Final = {"focus": FOCUS_PX, "prose": PROSE_PX}
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
    own pixels. Every kind is centred in the room between the page's side margins, so all
    share one axis: a list at most :data:`LIST_PX` wide, a page to read :data:`READING_PX`,
    the screens without the rail their own width (each grown with the text)."""
    side = side_px()
    room = max(0, page_width - 2 * side)
    widest = _CENTRED.get(kind, READING_PX if kind == "reading" else LIST_PX)
    width = min(room, _grown(widest))
    return side + (room - width) // 2, width


def column_room(page: QWidget) -> int:
    """How wide the content of ``page`` is (the screens that reflow a row ask)."""
    kind = PAGE_KINDS.get(page.objectName(), "list")
    return span(page.width(), kind)[1]


# -- rhythm ----------------------------------------------------------------------------------

#: The label roles that head what follows them.
_HEADINGS: Final = ("title", "section", "subtitle")
#: The widget roles that stand apart as a block of their own.
_BLOCKS: Final = ("card", "banner")


def _kind_of(item: QLayoutItem) -> str:
    widget = item.widget()
    if widget is None:
        return "row"
    role = widget.property("role")
    if isinstance(widget, QLabel) and role in _HEADINGS:
        return "heading"
    if isinstance(widget, QGroupBox) or role in _BLOCKS:
        return "block"
    return "row"


def gap_px(before: QLayoutItem, after: QLayoutItem) -> int:
    """The space between two rows of a page: 8 px from a heading to its words (16 to a card),
    24 round a card, a banner or a group, 12 otherwise (at 100% text; space grows half as
    fast as text)."""
    first, second = _kind_of(before), _kind_of(after)
    if first == "heading":
        name = "l" if second == "block" else "s"
    else:
        name = "xl" if "block" in (first, second) else "m"
    gap = tokens.space_px(name, current_scale())
    heading = before.widget()
    if first == "heading" and heading is not None:  # the room under it is part of the gap
        gap = max(0, gap - heading.contentsMargins().bottom())
    return gap


class _Gap(QSpacerItem):
    """The space before the row that follows it in ``box``: none when that row or every row
    before it is hidden (so a hidden row leaves no double gap), else :func:`gap_px`."""

    def __init__(self, box: QBoxLayout) -> None:
        super().__init__(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._box = box

    def _height(self) -> int:
        box = self._box
        index = box.indexOf(self)
        after = box.itemAt(index + 1) if index >= 0 else None
        if after is None or after.isEmpty():
            return 0
        for earlier in range(index - 1, -1, -1):
            before = box.itemAt(earlier)
            if before is not None and not before.isEmpty():
                return gap_px(before, after)
        return 0

    def sizeHint(self) -> QSize:
        return QSize(0, self._height())

    def minimumSize(self) -> QSize:
        return QSize(0, self._height())

    def maximumSize(self) -> QSize:
        return QSize(_UNLIMITED, self._height())

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)


def _set_rhythm(box: QBoxLayout) -> None:
    """Space ``box``'s rows by :func:`gap_px` in place of one spacing for all."""
    box.setSpacing(0)
    for index in range(box.count() - 1, 0, -1):
        box.insertItem(index, _Gap(box))


# -- the frame -------------------------------------------------------------------------------


class PageLayout(HeldLayout):
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
        super().__init__(inner)
        self._page, self._kind, self._top, self._bottom = page, kind, top, bottom

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

    def heightForWidth(self, width: int) -> int:
        assert self._inner is not None
        _x, inner = self.place(QRect(0, 0, width, 0))
        return self._inner.heightForWidth(inner) + self._vertical()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if self._inner is None:
            return
        x, width = self.place(rect)
        top = end_px() if self._top and self._vertical() else 0
        height = rect.height() - self._vertical()
        self._inner.setGeometry(QRect(x, rect.y() + top, width, max(0, height)))

    def place(self, rect: QRect) -> tuple[int, int]:
        """(x, width) of the content in this layout's own widget's pixels."""
        least = self.least_width()
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
    page frame at ``first``, spaced in the page's rhythm (widgets keep their parent, so the
    Tab order and every reference stay as they were)."""
    inner, stretch = gather(box, first, last, least_spacing=tokens.space_px("m", current_scale()))
    _set_rhythm(inner)
    frame = PageLayout(inner, page, kind, top=top, bottom=bottom)
    box.insertLayout(first, frame, stretch)
    return frame


def _card_spacing(held: QLayout) -> None:
    """A card's rows 8 px apart and its columns 12 (at 100% text), where its form left the
    style's default."""
    owner = held.parentWidget()
    if owner is None:
        return
    style, scale = owner.style(), current_scale()
    down = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing, None, owner)
    across = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, owner)
    rows, columns = tokens.space_px("s", scale), tokens.space_px("m", scale)
    if isinstance(held, (QFormLayout, QGridLayout)):
        if held.verticalSpacing() == down:
            held.setVerticalSpacing(rows)
        if held.horizontalSpacing() == across:
            held.setHorizontalSpacing(columns)
    elif isinstance(held, QBoxLayout) and held.spacing() == down:
        held.setSpacing(rows)


def _scrolled_box(item: QLayoutItem | None) -> QBoxLayout | None:
    """The layout of what a resizable scroll area scrolls, if ``item`` is one."""
    area = item.widget() if item is not None else None
    if isinstance(area, QScrollArea) and area.widgetResizable() and area.widget() is not None:
        inner = area.widget().layout()
        return inner if isinstance(inner, QBoxLayout) else None
    return None


def frame_page(screen: QWidget, kind: str | None = None) -> list[PageLayout]:
    """Put ``screen`` in the page: its own rows in the frame, and what its scroll areas scroll
    in the same frame (the scroll bars stay at the window's edge); its panes show their focus
    ring while the keyboard is in use (``quiet_focus``). Once per screen; a screen not in
    :data:`PAGE_KINDS` is left as it is. Returns the frames made."""
    kind = kind or PAGE_KINDS.get(screen.objectName())
    outer = screen.layout()
    if kind is None or not isinstance(outer, QBoxLayout) or screen.property("paged"):
        return []
    screen.setProperty("paged", True)
    quiet_focus(screen)
    for box in screen.findChildren(QGroupBox):  # a card: the style sheet's padding is the room
        if (held := box.layout()) is not None:
            held.setContentsMargins(0, 0, 0, 0)
            _card_spacing(held)
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
