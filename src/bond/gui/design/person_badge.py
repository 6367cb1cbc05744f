"""The person badge: a person's colour with their initial, always beside their name or as its
accessible name (DECISIONS 34: colour is never the only sign of who is who)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget

from bond.gui.design import tokens
from bond.gui.design.components import _space
from bond.gui.theme import current_theme
from bond.gui.widgets.plain import plain_label


def initial(name: str) -> str:
    """The first letter of ``name`` as a person would write it (with its accents), upper case."""
    text = unicodedata.normalize("NFC", name.strip())
    if not text:
        return "?"
    first = text[0]
    for char in text[1:]:
        if unicodedata.combining(char):
            first += char
        else:
            break
    return first.upper()


class _Disc(QWidget):
    """The coloured circle with the initial (drawn; part of the badge, not read on its own)."""

    def __init__(self, badge: PersonBadge) -> None:
        super().__init__(badge)
        self._badge = badge
        self.setAccessibleName("")

    def sizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * 1.6)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        colour = tokens.person_colour(self._badge.colour, current_theme())
        side = float(min(self.width(), self.height()))
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor.fromString(colour.fill))
        painter.drawEllipse(rect)
        font = QFont(self.font())
        font.setPixelSize(max(8, round(side * 0.5)))
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(QColor.fromString(colour.on_fill))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._badge.initial)
        painter.end()


class PersonBadge(QWidget):
    """A person: their colour, with their initial in it, and their name (DECISIONS 34: colour is
    never shown alone). ``compact`` shows the disc only; the name is then its accessible name
    and tooltip. ``colour`` is the profile's stored colour; each theme draws its own rendition."""

    def __init__(
        self,
        name: str,
        colour: str,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name, self.colour, self.initial = name, colour, initial(name)
        row: QBoxLayout = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(_space("s"))
        self.disc = _Disc(self)
        row.addWidget(self.disc, 0, Qt.AlignmentFlag.AlignVCenter)
        self.label = plain_label(name, "person-name", parent=self)  # a parent first: shown
        row.addWidget(self.label, 0, Qt.AlignmentFlag.AlignVCenter)  # alone it is a window
        self.label.setVisible(not compact)
        row.addStretch(1)
        self.setAccessibleName(name)
        if compact:
            from bond.gui.widgets.plain import set_plain_tooltip

            set_plain_tooltip(self, name)
