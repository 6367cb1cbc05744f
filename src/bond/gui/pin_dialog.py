"""Ask for a profile's PIN: to open its private items, or to set, change or remove the PIN.

The dialog runs the slow Argon2id work off the UI thread and stays open on a wrong PIN, showing
the wait after five wrong tries as a countdown. It never keeps a PIN after it closes. When someone
asked to reset the PIN ("Forgot the PIN", DECISIONS 37), the unlock says so, when, and that the
PIN cancels it.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bond.domain.pins import InvalidPin, PinMismatchError, PinWaitError, check_pin
from bond.gui.countdown import WaitCountdown, clock_text
from bond.gui.design.components import set_button_role
from bond.gui.dialog_fit import fit_to_text
from bond.gui.forms.ui_pin_dialog import Ui_PinDialog
from bond.gui.ops import Ops
from bond.gui.widgets.plain import make_plain

if TYPE_CHECKING:
    from bond.services.pin_reset import ResetNotice

log = logging.getLogger(__name__)


def when_text(moment: datetime) -> str:
    """A moment as this computer's locale writes a date and time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def wait_text(seconds: int) -> str:
    """How long a reset still waits, in round words."""
    hours = (seconds + 3599) // 3600
    if seconds <= 0:
        return QCoreApplication.translate("PinDialog", "a moment")
    if hours <= 1:
        return QCoreApplication.translate("PinDialog", "less than an hour")
    return QCoreApplication.translate("PinDialog", "about %1 hours").replace("%1", str(hours))


class PinMode(enum.Enum):
    UNLOCK = "unlock"
    SET = "set"
    CHANGE = "change"
    REMOVE = "remove"


class PinDialog(QDialog):
    """``work(current, new)`` does the real thing; a ``PinError`` keeps the dialog open."""

    def __init__(
        self,
        mode: PinMode,
        name: str,
        work: Callable[[str, str], object],
        *,
        wait_seconds: int = 0,
        reset: ResetNotice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PinDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("Bond")
        self.mode = mode
        self._work = work
        self._ops = Ops(self, max_threads=1)
        self._countdown = WaitCountdown(self, self._show_wait)
        ui = self.ui
        make_plain(ui.titleLabel, ui.introLabel, ui.noteLabel, ui.errorLabel)  # %1 is a name
        asks_current = mode is not PinMode.SET
        asks_new = mode in (PinMode.SET, PinMode.CHANGE)
        for widget in (ui.currentLabel, ui.currentEdit):
            widget.setVisible(asks_current)
        for widget in (ui.newLabel, ui.newEdit, ui.againLabel, ui.againEdit):
            widget.setVisible(asks_new)
        if mode is PinMode.CHANGE:
            ui.currentLabel.setText(self.tr("&Current PIN"))
        ui.titleLabel.setText(
            {
                PinMode.UNLOCK: self.tr("%1's PIN"),
                PinMode.SET: self.tr("A PIN for %1"),
                PinMode.CHANGE: self.tr("Change %1's PIN"),
                PinMode.REMOVE: self.tr("Remove %1's PIN"),
            }[mode].replace("%1", name)
        )
        ui.introLabel.setText(
            {
                PinMode.UNLOCK: self.tr(
                    "This part is private to %1. %1, please type your PIN or passphrase."
                ),
                PinMode.SET: self.tr(
                    "A PIN keeps %1's private answers and boundaries from anyone else who uses "
                    "Bond on this computer. Use 6 to 12 digits, or a passphrase of a few words, "
                    "which is stronger."
                ),
                PinMode.CHANGE: self.tr("Type the current PIN, then the new one twice."),
                PinMode.REMOVE: self.tr(
                    "Without a PIN, %1's private answers are protected by the vault only: "
                    "anyone who can open Bond here could read them. Type the PIN to confirm."
                ),
            }[mode].replace("%1", name)
        )
        if asks_new:
            ui.noteLabel.setText(
                self.tr(
                    "Please remember it. If it is forgotten, %1's private answers and boundary "
                    "list are lost, and nothing else: agreements and reading stay. A PIN stops "
                    "casual access on a shared computer, not someone who copies Bond's files "
                    "and has time."
                ).replace("%1", name)
            )
        elif mode is PinMode.UNLOCK and reset is not None:
            ui.noteLabel.setText(
                self.tr(
                    "On %1, someone asked to reset this PIN. Typing your PIN cancels that, and "
                    "nothing is deleted. Otherwise, in %2, the PIN is removed and %3's private "
                    "answers and boundary list are deleted."
                )
                .replace("%1", when_text(reset.requested_at))
                .replace("%2", wait_text(reset.remaining_seconds))
                .replace("%3", name)
            )
        else:
            ui.noteLabel.hide()
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        # Primary by its role, not only as the default: its bold text is then measured too.
        set_button_role(ok, "primary")
        ok.setText(
            {
                PinMode.UNLOCK: self.tr("Open"),
                PinMode.SET: self.tr("Set the PIN"),
                PinMode.CHANGE: self.tr("Change the PIN"),
                PinMode.REMOVE: self.tr("Remove the PIN"),
            }[mode]
        )
        ui.errorLabel.hide()
        ui.buttonBox.accepted.connect(self._submit)
        ui.buttonBox.rejected.connect(self.reject)
        (ui.currentEdit if asks_current else ui.newEdit).setFocus()
        self._fit()
        if wait_seconds:
            self._start_wait(wait_seconds, self.tr("There were several wrong tries."))

    # -- checking -----------------------------------------------------------------------------
    def _problem(self) -> str | None:
        ui = self.ui
        if ui.currentEdit.isVisibleTo(self) and not ui.currentEdit.text():
            return self.tr("Please type the PIN.")
        if self.mode in (PinMode.SET, PinMode.CHANGE):
            try:
                check_pin(ui.newEdit.text())
            except InvalidPin as exc:
                return str(exc)
            if ui.againEdit.text() != ui.newEdit.text():
                return self.tr("The two new PINs are not the same.")
        return None

    def _fit(self) -> None:
        fit_to_text(self)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))
        self._fit()

    def _set_busy(self, busy: bool) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not busy and not self._countdown.left)
        for edit in (self.ui.currentEdit, self.ui.newEdit, self.ui.againEdit):
            edit.setEnabled(not busy)

    def _submit(self) -> None:
        if self._countdown.left or self._ops.busy():
            return
        problem = self._problem()
        if problem:
            self._show_error(problem)
            return
        current, new = self.ui.currentEdit.text(), self.ui.newEdit.text()
        self._show_error(self.tr("Checking…"))
        self._set_busy(True)
        self._ops.run(lambda: self._work(current, new), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self._clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ui.currentEdit.clear()
        if isinstance(exc, PinWaitError):
            self._start_wait(exc.seconds, self.tr("There were several wrong tries."))
        elif isinstance(exc, PinMismatchError):
            if exc.wait_seconds:
                self._start_wait(exc.wait_seconds, self.tr("That PIN isn't right."))
            else:
                self._show_error(self.tr("That PIN isn't right. Please try again."))
        elif isinstance(exc, InvalidPin | ValueError):
            self._show_error(str(exc))
        else:
            log.error("a PIN change failed", exc_info=(type(exc), exc, exc.__traceback__))
            self._show_error(self.tr("Bond could not do that just now. Nothing was changed."))
        ui = self.ui
        (ui.currentEdit if ui.currentEdit.isVisibleTo(self) else ui.newEdit).setFocus()

    # -- the wait after wrong tries -----------------------------------------------------------
    def _start_wait(self, seconds: int, reason: str) -> None:
        self._countdown.start(seconds, reason)

    def _show_wait(self, reason: str, left: int) -> None:
        if left:
            self._show_error(
                self.tr("%1 To keep this profile safe, you can try again in %2.")
                .replace("%1", reason)
                .replace("%2", clock_text(left))
            )
        else:
            self._show_error(self.tr("You can try again now."))
        self._set_busy(False)

    def wait_left(self) -> int:
        return self._countdown.left

    def _clear(self) -> None:
        for edit in (self.ui.currentEdit, self.ui.newEdit, self.ui.againEdit):
            edit.clear()

    def reject(self) -> None:
        self._clear()
        self._countdown.stop()
        super().reject()
