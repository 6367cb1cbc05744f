"""Whose private items show: choosing the person, and asking for their PIN when they have one.

Exercises, boundaries, progress, history and exports all need the same two questions, so they
live here, once, rather than in any one feature.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from bond.gui.app_state import AppState
    from bond.services.pin_reset import PinResetService, ResetStatus
    from bond.services.pins import PinService
    from bond.services.vault_service import VaultService

log = logging.getLogger(__name__)


class PrivateAccess:
    """The person picker and the PIN gate over the shared :class:`AppState`."""

    def __init__(
        self,
        state: AppState,
        service: VaultService,
        window: QWidget,
        locked: Callable[[], bool],
    ) -> None:
        self._state = state
        self._service = service
        self._window = window
        self._locked = locked
        # Profiles whose completed reset was told in this run of Bond: told once per run (a
        # partner who saw it cannot hide it from its owner for good), until a new PIN is set.
        self._told: set[str] = set()

    def pins(self) -> PinService:
        from bond.services.pins import PinService

        state = self._state
        assert state.vault is not None and state.keychain is not None
        return PinService(state.vault, state.keychain, kdf=self._service.kdf)

    def resets(self) -> PinResetService:
        from bond.services.pin_reset import PinResetService

        state = self._state
        assert state.vault is not None and state.keychain is not None
        return PinResetService(state.vault, state.keychain)

    def _reset_status(self, profile_id: str) -> ResetStatus | None:
        """A pending or completed "Forgot the PIN" reset of this profile (its clock is read and,
        after the wait, the reset completed here). A failure to read it opens nothing."""
        try:
            return self.resets().check(profile_id)
        except Exception:
            log.exception("a PIN reset could not be checked")
            return None

    def _tell_completed(self, profile_id: str, status: ResetStatus) -> None:
        from dataclasses import replace

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from bond.gui.pin_dialog import when_text

        assert status.completed_at is not None
        # The PIN is gone: what the rest of Bond shows about this person says so too.
        self._state.profiles = [
            replace(p, has_pin=False) if p.id == profile_id else p for p in self._state.profiles
        ]
        name = self._state.name(profile_id)
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name, never markup
        box.setWindowTitle("Bond")
        box.setText(
            QCoreApplication.translate("PrivateAccess", "%1's PIN was reset.").replace("%1", name)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "PrivateAccess",
                "Someone asked for it on this computer. After the 24-hour wait, on %2, Bond "
                "removed the PIN and deleted %1's private answers and boundary list. Shared "
                "agreements, revealed answers and reading are as they were. %1, set a new PIN "
                "in Settings to keep what you write next to yourself.",
            )
            .replace("%1", name)
            .replace("%2", when_text(status.completed_at))
        )
        box.exec()
        self._window.activateWindow()

    def choose(self) -> str | None:
        """Who is doing this: the only person, or the one picked (None if nobody was)."""
        from PySide6.QtWidgets import QInputDialog

        profiles = self._state.profiles
        if len(profiles) == 1:
            return profiles[0].id
        names = [p.name for p in profiles]
        name, ok = QInputDialog.getItem(
            self._window,
            "Bond",
            QCoreApplication.translate("PrivateAccess", "Who is doing this exercise?"),
            names,
            0,
            False,
        )
        self._window.activateWindow()
        if not ok:
            return None
        return profiles[names.index(name)].id

    def ensure_open(
        self, profile_id: str, then: Callable[[], None], on_cancel: Callable[[], None] | None = None
    ) -> None:
        """Make ``profile_id`` the one whose private items show, asking for its PIN if it has
        one; every other profile's private material is locked at once (switching profile)."""
        keychain = self._state.keychain
        if keychain is None or self._state.vault is None:
            return
        keychain.switch_to(profile_id)
        status = self._reset_status(profile_id)
        if status is not None and status.completed_at is not None and profile_id not in self._told:
            self._told.add(profile_id)
            self._tell_completed(profile_id, status)
        if keychain.is_open(profile_id):
            then()
            return
        from bond.gui.pin_dialog import PinDialog, PinMode

        pins = self.pins()
        reset = status.pending if status is not None else None
        dialog = PinDialog(
            PinMode.UNLOCK,
            self._state.name(profile_id),
            lambda current, _new: pins.unlock(profile_id, current),
            wait_seconds=pins.state(profile_id).wait_seconds,
            reset=reset,
            parent=self._window,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        self._window.activateWindow()
        if accepted and reset is not None:
            from bond.gui.design.toast import toast_for

            toast_for(self._window).show_message(
                QCoreApplication.translate(
                    "PrivateAccess", "The PIN reset is cancelled. Nothing was deleted."
                )
            )
        if accepted and self._state.keychain is keychain and not self._locked():
            then()
        elif on_cancel is not None:
            on_cancel()
