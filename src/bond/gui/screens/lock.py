"""The neutral lock screen: nothing of what was on screen, a way back in, and Get support."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from bond.gui.forms.ui_lock import Ui_Lock


class LockScreen(QWidget):
    unlock_requested = Signal(str)  # the passphrase, or "" when none is needed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Lock()
        self.ui.setupUi(self)
        self._needs_passphrase = False
        self.ui.unlockButton.clicked.connect(self._submit)
        self.ui.passphraseEdit.returnPressed.connect(self._submit)

    def prepare(self, *, needs_passphrase: bool) -> None:
        self._needs_passphrase = needs_passphrase
        self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setVisible(needs_passphrase)
        self.ui.errorLabel.hide()
        self.ui.hintLabel.setText(
            self.tr("Type your passphrase to go on. Get support now (F1) works while locked.")
            if needs_passphrase
            else self.tr(
                "Press Unlock to go on. Without a passphrase this screen only hides "
                "what was showing; anyone at this computer can unlock it. Get support "
                "now (F1) works while locked."
            )
        )
        (self.ui.passphraseEdit if needs_passphrase else self.ui.unlockButton).setFocus()

    def _submit(self) -> None:
        text = self.ui.passphraseEdit.text() if self._needs_passphrase else ""
        if self._needs_passphrase and not text:
            self.show_error(self.tr("Please type your passphrase."))
            return
        self.unlock_requested.emit(text)

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setFocus()
