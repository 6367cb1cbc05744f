"""Settings: theme, text size, and a plain account of how the vault is protected."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from bond.gui.forms.ui_settings import Ui_Settings


class SettingsScreen(QWidget):
    theme_chosen = Signal(str)
    text_scale_chosen = Signal(int)
    back_requested = Signal()

    def __init__(self, theme: str, text_scale: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Settings()
        self.ui.setupUi(self)
        self.ui.themeCombo.addItem(self.tr("Light"), "light")
        self.ui.themeCombo.addItem(self.tr("High contrast"), "high-contrast")
        self.show_values(theme, text_scale)
        self.ui.themeCombo.currentIndexChanged.connect(
            lambda _i: self.theme_chosen.emit(str(self.ui.themeCombo.currentData()))
        )
        self.ui.textSizeSpin.valueChanged.connect(self.text_scale_chosen)
        self.ui.backButton.clicked.connect(self.back_requested)

    def show_values(self, theme: str, text_scale: int) -> None:
        for widget in (self.ui.themeCombo, self.ui.textSizeSpin):
            widget.blockSignals(True)
        self.ui.themeCombo.setCurrentIndex(max(self.ui.themeCombo.findData(theme), 0))
        self.ui.textSizeSpin.setValue(text_scale)
        for widget in (self.ui.themeCombo, self.ui.textSizeSpin):
            widget.blockSignals(False)

    def set_vault_text(self, text: str) -> None:
        self.ui.vaultLabel.setText(text)
