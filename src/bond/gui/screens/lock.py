"""The neutral lock screen: a calm picture, nothing of what was on screen, a way back in, and
Get support."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from bond.gui.design import tokens
from bond.gui.design.pictures import Picture
from bond.gui.forms.ui_lock import Ui_Lock
from bond.gui.theme import current_scale
from bond.gui.widgets.accessible import sentences, shown_text
from bond.gui.widgets.reading_column import into_column

# The words and the passphrase box sit in a narrow centred column, not across the window.
COLUMN_CHARS = 52


class LockScreen(QWidget):
    # A group named by its heading: a screen reader says it as the keyboard comes in.
    accessible_role = QAccessible.Role.Grouping

    unlock_requested = Signal(str)  # the passphrase, or "" when none is needed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Lock()
        self.ui.setupUi(self)
        self.setAccessibleName(shown_text(self.ui.titleLabel))
        # Abstract and the same for everyone: it says nothing of what was showing (decoration,
        # no name; the words below say everything).
        self.picture = Picture("lock", self)
        self.ui.lockLayout.insertWidget(1, self.picture)
        space = tokens.space_px("l", current_scale())
        self.ui.lockLayout.insertSpacing(2, space)
        buttons = self.ui.lockLayout.indexOf(self.ui.lockButtons)
        self.ui.lockLayout.insertSpacing(buttons, space // 2)  # the words, then the way in
        self._column = into_column(self.ui.lockLayout, self, chars=COLUMN_CHARS)
        inner = self._column.itemAt(0)
        inner_layout = inner.layout() if inner is not None else None
        assert inner_layout is not None
        self._inner = inner_layout
        self._needs_passphrase = False
        self.ui.unlockButton.clicked.connect(self._submit)
        self.ui.passphraseEdit.returnPressed.connect(self._submit)

    def prepare(self, *, needs_passphrase: bool) -> None:
        self._needs_passphrase = needs_passphrase
        self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setVisible(needs_passphrase)
        self.ui.errorLabel.hide()
        self.ui.hintLabel.setText(
            # Neutral words (DESIGN.md): a passer-by learns nothing of what was on screen.
            # Without a passphrase the screen only covers what was showing: said warmly, with
            # the way to a real lock (the passphrase is set in Settings, "Your vault").
            self.tr("Type your passphrase to continue.")
            if needs_passphrase
            else self.tr(
                "Anyone here can continue. To lock Bond, set a passphrase in Settings → Your vault."
            )
        )
        self.setAccessibleName(sentences(shown_text(self.ui.titleLabel), self.ui.hintLabel.text()))
        (self.ui.passphraseEdit if needs_passphrase else self.ui.unlockButton).setFocus()
        self._fit_picture()

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
        self._fit_picture()

    # -- the picture takes only the room the words leave -----------------------------------------
    def _fit_picture(self) -> None:
        """Shrink the picture to the height the words leave, down to half its size; with less
        room than that (200% text in a small window) it goes, and the words stay whole."""
        layout = self.ui.lockLayout
        picture = self.picture
        picture.setMaximumHeight(16777215)
        for each in (self._inner, self._column, layout):  # their heights are cached
            each.invalidate()
        margins = layout.contentsMargins()
        room_across = self.width() - margins.left() - margins.right()
        wanted = picture.heightForWidth(min(room_across, self._column.column()))
        total = layout.totalHeightForWidth(self.width())
        others = total - (wanted + layout.spacing() if picture.isVisibleTo(self) else 0)
        room = self.height() - others - layout.spacing()
        fits = room >= picture.minimumSizeHint().height()
        if fits:
            picture.setMaximumHeight(min(wanted, room))
        if fits != picture.isVisibleTo(self):
            picture.setVisible(fits)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_picture()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_picture()
