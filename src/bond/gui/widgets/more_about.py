"""A step's longer explanation, folded behind "More about this" so the step reads as one
instruction (DESIGN.md: one instruction per step)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from bond.gui.widgets.accessible import tell_focused
from bond.gui.widgets.plain import plain_label


class MoreAbout(QWidget):
    """A quiet button that shows or folds the step's ``more`` text.

    Not a checkable button: Orca 43 calls those "check box". When the text opens, the
    keyboard is on the button, so the text is told as the button's new description: Orca
    says that of the control it is on, and would say nothing of a label appearing elsewhere.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("More about this"))
        self.button.setProperty("role", "quiet")
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.text = plain_label(text, "step-more", wrap=True)  # a pack's text, shown as typed
        self.text.hide()
        layout.addWidget(self.text)
        self.button.clicked.connect(self.toggle)

    @property
    def is_open(self) -> bool:
        return not self.text.isHidden()

    def toggle(self) -> None:
        opening = not self.is_open
        self.text.setVisible(opening)
        self.button.setText(self.tr("Show less") if opening else self.tr("More about this"))
        if opening:
            tell_focused(self, self.text.text())
