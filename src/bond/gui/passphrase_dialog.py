"""Ask for passphrases to set, change or remove the vault's passphrase. Checks happen here only
for what needs no key (length, the two new ones matching); the service checks the rest."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bond.gui.dialog_fit import fit_to_text
from bond.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from bond.services.vault_service import passphrase_problem


class PassphraseMode(enum.Enum):
    SET = "set"
    CHANGE = "change"
    REMOVE = "remove"


class PassphraseDialog(QDialog):
    def __init__(self, mode: PassphraseMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("Bond")
        self.mode = mode
        ui = self.ui
        ui.errorLabel.hide()
        asks_current = mode is not PassphraseMode.SET
        asks_new = mode is not PassphraseMode.REMOVE
        for widget in (ui.currentLabel, ui.currentEdit):
            widget.setVisible(asks_current)
        for widget in (ui.newLabel, ui.newEdit, ui.againLabel, ui.againEdit):
            widget.setVisible(asks_new)
        ui.introLabel.setText(
            {
                PassphraseMode.SET: self.tr(
                    "Choose a passphrase of at least 8 characters. It will also open your vault, "
                    "for example if the keyring is ever lost. Nobody can recover it for you."
                ),
                PassphraseMode.CHANGE: self.tr(
                    "Type your current passphrase, then the new one twice."
                ),
                PassphraseMode.REMOVE: self.tr(
                    "After this, only this computer's keyring opens your vault. Type your "
                    "passphrase to confirm."
                ),
            }[mode]
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Remove the passphrase") if mode is PassphraseMode.REMOVE else self.tr("Save")
        )
        ui.buttonBox.accepted.connect(self._check)
        ui.buttonBox.rejected.connect(self.reject)
        (ui.currentEdit if asks_current else ui.newEdit).setFocus()
        fit_to_text(self)

    def current(self) -> str | None:
        return self.ui.currentEdit.text() if self.ui.currentEdit.isVisible() else None

    def new(self) -> str:
        return self.ui.newEdit.text()

    def _check(self) -> None:
        ui = self.ui
        message = None
        if self.mode is not PassphraseMode.SET and not ui.currentEdit.text():
            message = self.tr("Please type your current passphrase.")
        elif self.mode is not PassphraseMode.REMOVE:
            message = passphrase_problem(ui.newEdit.text())
            if message is None and ui.againEdit.text() != ui.newEdit.text():
                message = self.tr("The two new passphrases are not the same.")
        if message:
            ui.errorLabel.setText(message)
            ui.errorLabel.show()
            fit_to_text(self)
            return
        self.accept()
