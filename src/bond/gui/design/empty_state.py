"""The empty state: what a screen shows before there is anything on it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from bond.gui.design import tokens
from bond.gui.design.components import button
from bond.gui.design.pictures import Picture
from bond.gui.theme import current_scale
from bond.gui.widgets.plain import plain_label


class EmptyState(QWidget):
    """What a screen shows before there is anything on it: a calm picture (decoration), one line
    and one action. ``acted`` when the action is taken."""

    acted = Signal()

    def __init__(
        self,
        text: str,
        action: str = "",
        picture: str = "empty",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        xl, gap = (tokens.space_px(n, current_scale()) for n in ("xl", "l"))
        column = QVBoxLayout(self)
        column.setContentsMargins(xl, xl, xl, xl)
        column.setSpacing(gap)
        column.addStretch(1)
        self.picture = Picture(picture, self)
        column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.line = plain_label(text, "empty-line", wrap=True)
        self.line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.line)
        self.action: QPushButton | None = None
        if action:
            self.action = button(action, "primary", self)
            self.action.clicked.connect(self.acted)
            column.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.setAccessibleName(text)
