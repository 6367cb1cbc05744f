"""A clinic's side of Bond: admin mode, handing the device back, and the policy's auto-wipe.

All three end the same way, and so does "Remove sample data" (DECISIONS 18): the vault is
wiped (key first, then files, then a check) and Bond starts afresh at its first run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog

from bond.gui.features.base import Context, Feature, Place

if TYPE_CHECKING:
    from bond.services.wipe import WipeReport

log = logging.getLogger(__name__)

AUTO_WIPE_CHECK_MS = 60_000  # how often an open Bond records use and checks the policy's limit


class ClinicFeature(Feature):
    """Admin mode and every wipe. ``last_activity`` is the lock watcher's time of the last key
    or click (``time.monotonic()``); ``busy`` says whether the shell's workers are still on
    something, in which case a tick does nothing (the next one looks again)."""

    PLACES = ("admin",)

    #: Emitted right after the preferences were forgotten (hand-back, auto-wipe), so the
    #: appearance and the Settings screen can show the defaults again.
    preferences_forgotten = Signal()

    def __init__(
        self,
        ctx: Context,
        last_activity: Callable[[], float | None],
        busy: Callable[[], bool],
    ) -> None:
        super().__init__(ctx)
        self._last_activity = last_activity
        self._busy = busy
        # The wall clock, replaceable in tests (auto-wipe compares it with the last use).
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._recorded_activity: float | None = None
        self._auto_wipe_timer = QTimer(self)
        self._auto_wipe_timer.setInterval(AUTO_WIPE_CHECK_MS)
        self._auto_wipe_timer.timeout.connect(self.tick)
        self._admin_dialog: QDialog | None = None
        self.last_wipe: WipeReport | None = None  # the last hand-back's report (paths only)

    # -- the shell's calls --------------------------------------------------------------------
    def open(self, place: Place, notice: str) -> None:
        self.show_admin()

    def start_timer(self) -> None:
        """While Bond stays open, check every minute (only with a policy that asks for it)."""
        if self.ctx.policy.auto_wipe_after_hours and not self._auto_wipe_timer.isActive():
            self._auto_wipe_timer.start()

    def wipe_if_due(self) -> bool:
        """At start: wipe instead of opening when the policy's hours have passed without use."""
        if not self._auto_wipe_due():
            return False
        self._auto_wipe()
        return True

    # -- admin mode ---------------------------------------------------------------------------
    def show_admin(self) -> None:
        """Admin mode (clinic staff): unlocked by the policy's admin passphrase."""
        policy, paths = self.ctx.policy, self.ctx.paths
        if not policy.has_admin:
            return
        from bond.gui.admin_dialog import AdminDialog
        from bond.paths import content_dir
        from bond.services.admin import AdminGate, self_test

        if self._admin_dialog is not None and self._admin_dialog.isVisible():
            self._admin_dialog.raise_()
            return
        gate = AdminGate(paths.state_dir, policy.admin_passphrase_hash)
        data_dir, secrets, root = paths.data_dir, self.ctx.service.secrets, content_dir()
        vault = self.state.vault
        key = vault.key if vault is not None and not vault.temporary else None
        dialog = AdminDialog(
            policy,
            self.state.pack_reports,
            gate,
            lambda: self_test(data_dir, secrets, root, key),
            self.shell.window(),
        )
        dialog.hand_back_confirmed.connect(self._hand_back)
        dialog.finished.connect(self._admin_closed)
        self._admin_dialog = dialog
        dialog.open()

    def _admin_closed(self, _result: int) -> None:
        if self._admin_dialog is not None:
            self._admin_dialog.deleteLater()
            self._admin_dialog = None
        self.shell.window().activateWindow()

    def _hand_back(self) -> None:
        log.info("the device is being handed back from admin mode")
        self._wipe_then_start(
            forget_preferences=True,
            notice=self.tr("This device was handed back: nothing from before is left on it."),
        )

    # -- sample data --------------------------------------------------------------------------
    def remove_sample(self) -> None:
        """Sample data goes as a whole: a wipe of this vault, then the first run (DECISIONS 18)."""
        from PySide6.QtWidgets import QMessageBox

        window = self.shell.window()
        box = QMessageBox(window)
        box.setWindowTitle("Bond")
        box.setText(self.tr("Remove the sample data?"))
        box.setInformativeText(
            self.tr(
                "This deletes this vault and everything in it, including anything you added "
                "yourselves, then Bond starts afresh so you can set it up for real."
            )
        )
        remove = box.addButton(self.tr("&Remove it"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it for now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        window.activateWindow()
        if box.clickedButton() is not remove:
            return
        self._wipe_then_start(forget_preferences=False)

    # -- the policy's auto-wipe ---------------------------------------------------------------
    def record_use(self) -> None:
        """A time only (no one's data), for the policy's auto-wipe."""
        vault = self.state.vault
        if not self.ctx.policy.auto_wipe_after_hours or vault is None or vault.temporary:
            return
        from bond.services.auto_wipe import record_use

        record_use(self.ctx.paths.state_dir, self.clock())
        self._recorded_activity = self._last_activity()

    def _auto_wipe_due(self) -> bool:
        hours = self.ctx.policy.auto_wipe_after_hours
        if not hours:
            return False  # without importing the wipe (~10 ms at every start)
        from bond.services.auto_wipe import due

        return due(self.ctx.paths, hours, self.clock())

    def _auto_wipe(self) -> None:
        hours = self.ctx.policy.auto_wipe_after_hours or 0
        log.info("auto-wipe: the policy's hours without use have passed")
        self._wipe_then_start(
            forget_preferences=True,
            notice=self.tr("This device was reset by %1 after %2 hours without use.")
            .replace("%1", self.state.organisation())
            .replace("%2", str(hours)),
        )

    def tick(self) -> None:
        """While Bond stays open: record use when someone used it since the last tick, and
        wipe once the policy's hours have passed without use (locked or not)."""
        if self._busy():
            return
        if (
            not self.shell.locked()
            and self.state.vault is not None
            and self._last_activity() != self._recorded_activity
        ):
            self.record_use()
            return
        if self._auto_wipe_due():
            self._auto_wipe()

    # -- wiping -------------------------------------------------------------------------------
    def _wipe_then_start(self, *, forget_preferences: bool, notice: str = "") -> None:
        """Close the vault, wipe (key first, then files, then a check), then start afresh: the
        first run, with ``notice`` above it. Used by "Remove sample data", admin hand-back and
        the policy's auto-wipe alike."""
        from bond.services.wipe import hand_back

        self.shell.wait(self.tr("Erasing…"))  # closes any dialog, then the vault
        if forget_preferences:
            self.ctx.prefs.forget_all()  # before the wipe deletes the file, so nothing comes back
            self.preferences_forgotten.emit()
        paths, secrets = self.ctx.paths, self.ctx.service.secrets

        def wiped(report: WipeReport) -> None:
            self.last_wipe = report
            self.shell.go("start", notice)
            if report.remaining or report.keyring_error:
                self._wipe_incomplete(report)

        self.shell.run(lambda: hand_back(paths, secrets), wiped)

    def _wipe_incomplete(self, report: WipeReport) -> None:
        """Say plainly what is still there (paths only), so staff can remove it by hand."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        lines = [str(path) for path in report.remaining[:20]]
        if report.keyring_error:
            lines.append(self.tr("The key may still be in the system keyring."))
        box = QMessageBox(self.shell.window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name or a path, never markup
        box.setWindowTitle("Bond")
        box.setText(self.tr("Bond erased what it could, but some things are still there."))
        box.setInformativeText("\n".join(lines))
        box.open()
