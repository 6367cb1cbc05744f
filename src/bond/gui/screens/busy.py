"""A calm "please wait" while the vault opens off the UI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bond.gui.forms.ui_busy import Ui_Busy


class BusyScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Busy()
        self.ui.setupUi(self)

    def set_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
