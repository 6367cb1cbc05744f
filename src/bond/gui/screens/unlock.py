"""Unlock: the passphrase prompt for a vault without a keyring copy of its key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from bond.gui.forms.ui_unlock import Ui_Unlock


class UnlockScreen(QWidget):
    unlock_requested = Signal(str)
    temporary_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Unlock()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.unlockButton.clicked.connect(self._submit)
        self.ui.passphraseEdit.returnPressed.connect(self._submit)
        self.ui.temporaryButton.clicked.connect(self.temporary_requested)

    def _submit(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self.show_error(self.tr("Please type your passphrase."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(passphrase)

    def set_busy(self, busy: bool) -> None:
        self.ui.unlockButton.setEnabled(not busy)
        self.ui.passphraseEdit.setEnabled(not busy)
        text = self.tr("Unlocking…") if busy else self.tr("&Unlock")
        self.ui.unlockButton.setText(text)
        self.ui.unlockButton.setAccessibleName(text.replace("&", ""))

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setFocus()

    def reset(self) -> None:
        self.set_busy(False)
        self.ui.errorLabel.hide()
        self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setFocus()
