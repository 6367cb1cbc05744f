"""When the vault cannot open: say what happened in plain words and what can be done.

Nothing on this screen modifies the vault; restoring keeps the damaged file aside.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from bond.gui.forms.ui_problem import Ui_Problem
from bond.gui.widgets.plain import make_plain


class ProblemScreen(QWidget):
    restore_requested = Signal()
    retry_requested = Signal()
    temporary_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Problem()
        self.ui.setupUi(self)
        # Error messages and the vault's folder, which can hold any character.
        make_plain(self.ui.titleLabel, self.ui.messageLabel, self.ui.detailsLabel)
        self.ui.restoreButton.clicked.connect(self.restore_requested)
        self.ui.retryButton.clicked.connect(self.retry_requested)
        self.ui.temporaryButton.clicked.connect(self.temporary_requested)
        self.ui.quitButton.clicked.connect(self.quit_requested)

    def show_problem(self, title: str, message: str, details: str, *, can_restore: bool) -> None:
        self.ui.titleLabel.setText(title)
        self.ui.messageLabel.setText(message)
        self.ui.detailsLabel.setText(details)
        self.ui.restoreButton.setVisible(can_restore)
        (self.ui.restoreButton if can_restore else self.ui.retryButton).setFocus()
