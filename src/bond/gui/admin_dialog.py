"""Admin mode for clinic staff: the policy in force, content packs, a self-test, and hand-back.

Opened from Bond → Admin… (Ctrl+Alt+A) only when the site policy sets an admin passphrase. The
passphrase is checked off the UI thread; wrong tries wait as PINs do, with a live countdown. The
dialog shows nothing anyone wrote: only the policy, pack reports and check results. Hand-back
asks for a typed word, then leaves the wipe itself to the window (which must close the vault).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from bond.content.packs import PackReport
from bond.domain.policy import Policy, SupportMode
from bond.gui.countdown import WaitCountdown, clock_text
from bond.gui.forms.ui_admin_dialog import Ui_AdminDialog
from bond.gui.ops import Ops
from bond.services.admin import AdminGate, AdminMismatchError, AdminWaitError, CheckResult
from bond.services.wipe import CONFIRM_WORD

log = logging.getLogger(__name__)


def _para(text: str) -> str:
    """One paragraph of plain (already translated) text, escaped for a rich-text view."""
    return f"<p>{html.escape(text)}</p>"


def _items(rows: Sequence[str]) -> str:
    """A list with room between its items (a long policy is easier to read that way)."""
    return "<ul>" + "".join(f'<li style="margin-bottom: 6px">{row}</li>' for row in rows) + "</ul>"


class AdminDialog(QDialog):
    """Emits ``hand_back_confirmed`` once the word is typed and the button pressed."""

    hand_back_confirmed = Signal()

    def __init__(
        self,
        policy: Policy,
        packs: Sequence[PackReport],
        gate: AdminGate,
        run_self_test: Callable[[], list[CheckResult]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AdminDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("Bond")
        self.policy = policy
        self._packs = list(packs)
        self._gate = gate
        self._run_self_test = run_self_test
        self._ops = Ops(self, max_threads=1)
        self._countdown = WaitCountdown(self, self._show_wait)
        ui = self.ui
        organisation = policy.organisation or self.tr("your organisation")
        ui.introLabel.setText(
            self.tr(
                "Admin mode is for %1 staff. It shows how Bond is set up on this device and can "
                "erase it between clients. Please type the admin passphrase."
            ).replace("%1", organisation)
        )
        ui.unlockMessage.hide()
        # Enter in the passphrase presses "Open admin mode" (the default button) and nothing
        # else: no other button may become the default when it takes the focus.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        ui.unlockButton.setDefault(True)
        ui.unlockButton.clicked.connect(self._submit)
        ui.buttonBox.rejected.connect(self.reject)
        ui.runTestButton.clicked.connect(self._self_test)
        ui.confirmEdit.textChanged.connect(self._confirm_changed)
        ui.confirmEdit.returnPressed.connect(self._hand_back)
        ui.handBackButton.clicked.connect(self._hand_back)
        ui.pages.setCurrentWidget(ui.unlockPage)
        ui.passphraseEdit.setFocus()
        self._fill()
        self._fit()
        wait = gate.wait_seconds()
        if wait:
            self._start_wait(wait, self.tr("There were several wrong tries."))

    def _fit(self) -> None:
        """Room for the sections at any text size, within the screen (long text scrolls)."""
        metrics = self.fontMetrics()
        width = max(self.width(), metrics.averageCharWidth() * 90)
        height = max(560, metrics.lineSpacing() * 30)
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    # -- unlocking ------------------------------------------------------------------------------
    def _show_unlock_message(self, text: str) -> None:
        self.ui.unlockMessage.setText(text)
        self.ui.unlockMessage.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.ui.unlockButton.setEnabled(not busy and not self._countdown.left)
        self.ui.passphraseEdit.setReadOnly(busy)  # read-only, not disabled: the focus stays

    def _submit(self) -> None:
        if self._countdown.left or self._ops.busy():
            return
        secret = self.ui.passphraseEdit.text()
        if not secret:
            self._show_unlock_message(self.tr("Please type the admin passphrase."))
            return
        self._show_unlock_message(self.tr("Checking…"))
        self._set_busy(True)
        gate = self._gate
        self._ops.run(lambda: gate.unlock(secret), self._unlocked, self._failed)

    def _unlocked(self, _result: object) -> None:
        self.ui.passphraseEdit.clear()
        self._set_busy(False)
        self._show_unlock_message("")
        self.ui.pages.setCurrentWidget(self.ui.adminPage)
        self.ui.tabs.setCurrentWidget(self.ui.policyTab)
        self.ui.tabs.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        if isinstance(exc, AdminWaitError):
            self._start_wait(exc.seconds, self.tr("There were several wrong tries."))
        elif isinstance(exc, AdminMismatchError):
            if exc.wait_seconds:
                self._start_wait(exc.wait_seconds, self.tr("That passphrase isn't right."))
            else:
                self._show_unlock_message(self.tr("That passphrase isn't right. Please try again."))
        else:
            log.error("admin unlock failed", exc_info=(type(exc), exc, exc.__traceback__))
            self._show_unlock_message(self.tr("Bond could not check the passphrase just now."))
        self.ui.passphraseEdit.setFocus()

    def _start_wait(self, seconds: int, reason: str) -> None:
        self._countdown.start(seconds, reason)

    def _show_wait(self, reason: str, left: int) -> None:
        if left:
            self._show_unlock_message(
                self.tr("%1 To keep this device safe, you can try again in %2.")
                .replace("%1", reason)
                .replace("%2", clock_text(left))
            )
        else:
            self._show_unlock_message(self.tr("You can try again now."))
        self._set_busy(False)

    def wait_left(self) -> int:
        return self._countdown.left

    # -- what admin mode shows ---------------------------------------------------------------------
    def _fill(self) -> None:
        ui = self.ui
        ui.policyView.setHtml(self.policy_html())
        ui.packsView.setHtml(self.packs_html())
        ui.testView.setHtml(_para(self.tr("Run the self-test to see the results here.")))
        word = self.confirm_word()
        explanation = _para(
            self.tr(
                "Hand back erases everything the last client left on this device, so the "
                "next one starts afresh: their vault and its backups, the key in the "
                "system keyring, their preferences, Bond's log and cache, and the "
                "start-at-login entry. The key is destroyed first, so nothing can be read "
                "back even from a copy of the disk. Bond then checks that nothing is left "
                "and says so if anything is."
            )
        ) + _para(
            self.tr(
                "The site policy and the wait after wrong admin passphrases stay. This "
                "cannot be undone: make sure the client has made an encrypted backup "
                "(Settings → Your data) of anything they want to keep."
            )
            if self.policy.disable_export
            else self.tr(
                "The site policy and the wait after wrong admin passphrases stay. This "
                "cannot be undone: make sure the client has exported anything they want "
                "to keep."
            )
        )
        ui.handBackText.setText(explanation)
        ui.confirmLabel.setText(self.tr("&Type %1 to confirm").replace("%1", word))
        ui.handBackButton.setEnabled(False)
        ui.handBackMessage.hide()
        allowed = self.policy.allow_hand_back_wipe
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.handBackTab), allowed)

    def policy_html(self) -> str:
        p = self.policy
        esc = html.escape
        if not p.managed:
            return "<p>" + esc(self.tr("No site policy is in force on this device.")) + "</p>"
        rows: list[str] = []
        rows.append(
            esc(
                self.tr("Organisation: %1").replace(
                    "%1", p.organisation or self.tr("your organisation")
                )
            )
        )
        rows.append(esc(self.tr("Policy file: %1").replace("%1", str(p.source))))
        rows.append(
            esc(self.tr("Data folder: fixed at %1").replace("%1", str(p.data_dir)))
            if p.data_dir is not None
            else esc(self.tr("Data folder: Bond's usual folder for this user"))
        )
        rows.append(
            esc(
                self.tr("Every vault must have a passphrase; the keyring alone is not offered.")
                if p.require_passphrase
                else self.tr("People may keep the vault key in the keyring, a passphrase, or both.")
            )
        )
        if p.idle_lock_minutes is None:
            rows.append(esc(self.tr("People choose when Bond locks itself.")))
        else:
            text = (
                self.tr(
                    "Bond locks after %1 minutes without use; people may choose a shorter time."
                )
                if p.users_may_change_idle_lock
                else self.tr("Bond locks after %1 minutes without use; people cannot change this.")
            )
            rows.append(esc(text.replace("%1", str(p.idle_lock_minutes))))
        rows.append(
            esc(
                self.tr("Exports (JSON and PDF) are turned off.")
                if p.disable_export
                else self.tr("People may export their data.")
            )
        )
        rows.append(
            esc(
                self.tr("Staff may hand the device back (erase everything) from admin mode.")
                if p.allow_hand_back_wipe
                else self.tr("Hand-back from admin mode is turned off.")
            )
        )
        rows.append(
            esc(
                self.tr("An admin passphrase is set.")
                if p.has_admin
                else self.tr("No admin passphrase is set.")
            )
        )
        if p.auto_wipe_after_hours:
            rows.append(
                esc(
                    self.tr("Bond erases everything after %1 hours without use.").replace(
                        "%1", str(p.auto_wipe_after_hours)
                    )
                )
            )
        else:
            rows.append(esc(self.tr("Bond never erases itself on a timer.")))
        rows.append(
            esc(
                self.tr("Suggested exercises: %1").replace(
                    "%1", ", ".join(p.featured_exercises) or self.tr("none")
                )
            )
        )
        rows.append(
            esc(
                self.tr("Hidden exercises: %1").replace(
                    "%1", ", ".join(p.hidden_exercises) or self.tr("none")
                )
            )
        )
        rows.append(
            esc(self.tr("Content pack folders: %1").replace("%1", str(len(p.content_packs))))
        )
        rows.append(
            esc(
                self.tr("Support contacts: only the organisation's (the emergency number stays).")
                if p.support_mode is SupportMode.REPLACE
                else self.tr("Support contacts: the organisation's first, then Bond's own.")
            )
        )
        out = _items(rows)
        if p.problems:
            out = (
                "<p><b>"
                + esc(
                    self.tr(
                        "The policy file could not be used as written, so Bond runs locked "
                        "down (closed rather than open). Please fix these problems:"
                    )
                )
                + "</b></p>"
                + _items([esc(problem) for problem in p.problems])
                + "<p>"
                + esc(self.tr("What is in force meanwhile:"))
                + "</p>"
                + out
            )
        return out

    def packs_html(self) -> str:
        esc = html.escape
        if not self._packs:
            return "<p>" + esc(self.tr("No content packs are set in the policy.")) + "</p>"
        parts: list[str] = []
        for report in self._packs:
            parts.append(f"<p><b>{esc(str(report.folder))}</b></p>")
            if report.loaded:
                parts.append(
                    "<p>"
                    + esc(
                        self.tr("Loaded. Exercises: %1. Articles: %2. Support regions: %3.")
                        .replace("%1", str(report.exercises))
                        .replace("%2", str(report.articles))
                        .replace("%3", str(report.support_regions))
                    )
                    + "</p>"
                )
            else:
                parts.append(
                    "<p>"
                    + esc(self.tr("Skipped: nothing from this pack is shown, because of:"))
                    + "</p>"
                    + _items([esc(problem) for problem in report.problems])
                )
        return "".join(parts)

    # -- self-test -------------------------------------------------------------------------------
    def _check_name(self, result: CheckResult) -> str:
        return {
            "vault": self.tr("Vault"),
            "content": self.tr("Built-in content"),
            "keyring": self.tr("Keyring"),
        }.get(result.check, result.name)

    def _self_test(self) -> None:
        if self._ops.busy():
            return
        self.ui.runTestButton.setEnabled(False)
        self.ui.testView.setHtml("<p>" + html.escape(self.tr("Checking…")) + "</p>")
        self._ops.run(self._run_self_test, self._show_results, self._test_failed)

    def _show_results(self, results: list[CheckResult]) -> None:
        self.results = results
        parts = []
        for result in results:
            verdict = self.tr("Passed") if result.ok else self.tr("Needs attention")
            parts.append(
                f"<p><b>{html.escape(self._check_name(result))}: {html.escape(verdict)}</b><br>"
                f"{html.escape(result.message)}</p>"
            )
        self.ui.testView.setHtml("".join(parts))
        self.ui.runTestButton.setEnabled(True)
        self.ui.testView.setFocus()

    def _test_failed(self, exc: BaseException) -> None:
        log.error("the self-test failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.ui.testView.setHtml(
            "<p>" + html.escape(self.tr("The self-test could not finish. See Bond's log.")) + "</p>"
        )
        self.ui.runTestButton.setEnabled(True)

    # -- hand back -------------------------------------------------------------------------------
    def confirm_word(self) -> str:
        """The confirmation word in the window's language (``bond wipe`` asks for WIPE)."""
        return self.tr("WIPE")

    def _word_matches(self) -> bool:
        typed = self.ui.confirmEdit.text().strip().casefold()
        return bool(typed) and typed in {CONFIRM_WORD.casefold(), self.confirm_word().casefold()}

    def _confirm_changed(self) -> None:
        self.ui.handBackButton.setEnabled(self._word_matches())

    def _hand_back(self) -> None:
        if not self._word_matches():
            self.ui.handBackMessage.setText(
                self.tr("Please type %1 first.").replace("%1", self.confirm_word())
            )
            self.ui.handBackMessage.show()
            return
        self.ui.confirmEdit.clear()
        self.accept()
        self.hand_back_confirmed.emit()

    def reject(self) -> None:
        self.ui.passphraseEdit.clear()
        self.ui.confirmEdit.clear()
        self._countdown.stop()
        super().reject()
