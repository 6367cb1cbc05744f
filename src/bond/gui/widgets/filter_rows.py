"""A row of filters, each a label beside its box, that takes more rows when the page is narrow.

At 100% text the filters share one row; at 200% in a 960-wide window they fill as many rows as
the page's width needs (up to one each), so a page never needs more room than the window has
and no box is cut short. A label stays beside its box. The widgets keep their parent, so their
Tab order and names are as the form has them; only the row they sit in changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget

from bond.gui.widgets.page import column_room

Pair = tuple[QWidget, QWidget]


class FilterRows(QObject):
    """Reflows ``pairs`` (label, box), now in ``row`` of ``parent``, over up to one row each,
    as ``screen`` (a page, see ``widgets.page``) changes size or text size."""

    def __init__(
        self, screen: QWidget, parent: QBoxLayout, row: QHBoxLayout, pairs: Sequence[Pair]
    ) -> None:
        super().__init__(screen)
        self._screen, self._pairs = screen, tuple(pairs)
        self._rows = [row]
        for _ in range(len(self._pairs) - 1):
            extra = QHBoxLayout()
            extra.setSpacing(row.spacing())
            extra.addStretch(1)  # the boxes keep their width, on the left
            parent.insertLayout(parent.indexOf(self._rows[-1]) + 1, extra)
            self._rows.append(extra)
        screen.installEventFilter(self)

    def rows(self) -> list[QHBoxLayout]:
        return list(self._rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._screen and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self.reflow()
        return False

    def reflow(self) -> None:
        room = column_room(self._screen)  # the page's width for its content
        spacing = max(self._rows[0].spacing(), 0)
        wanted: list[int] = []
        row, used = 0, 0
        for pair in self._pairs:
            width = sum(w.sizeHint().width() + spacing for w in pair if not w.isHidden())
            if used and used + width > room:
                row, used = row + 1, 0
            wanted.append(min(row, len(self._rows) - 1))
            used += width
        now = [self._row_of(box) for _label, box in self._pairs]
        if wanted == now:
            return
        for (label, box), index in zip(self._pairs, now, strict=True):
            self._rows[index].removeWidget(label)
            self._rows[index].removeWidget(box)
        counts = [0] * len(self._rows)
        for (label, box), index in zip(self._pairs, wanted, strict=True):
            target = self._rows[index]
            target.insertWidget(counts[index], label)
            target.insertWidget(counts[index] + 1, box)
            counts[index] += 2

    def _row_of(self, box: QWidget) -> int:
        return next((i for i, r in enumerate(self._rows) if r.indexOf(box) >= 0), 0)
