"""Settings: appearance, the idle lock, reminders, where the vault's key lives, and PINs.

The "Your data" buttons live on this screen but their work is :mod:`bond.gui.features.your_data`'s:
this feature only says which one was pressed (``data_requested``) and shows the outcome.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QDialog

from bond.domain.reminders import ReminderPlan
from bond.errors import BondError
from bond.gui.design.system_theme import apply_appearance
from bond.gui.features.base import Context, Feature, Place
from bond.gui.preferences import MAX_SCALE, MIN_SCALE
from bond.gui.privacy_text import privacy_text

if TYPE_CHECKING:
    from bond.domain.profiles import Profile
    from bond.gui.screens.settings import SettingsScreen
    from bond.services.custody import CustodyService

log = logging.getLogger(__name__)

# The screen's "Your data" buttons and the action each asks of YourDataFeature.run.
DATA_BUTTONS = (
    ("exportJsonButton", "export-json"),
    ("exportPdfButton", "export-pdf"),
    ("backupButton", "backup"),
    ("restoreButton", "restore"),
    ("importButton", "import"),
)


class SettingsFeature(Feature):
    """The Settings screen and what its controls change (preferences, custody, PINs)."""

    PLACES = ("settings",)

    #: ``prefs.idle_minutes`` changed: the shell re-applies its lock watcher's minutes.
    idle_minutes_changed = Signal()
    #: A "Your data" button: "export-json", "export-pdf", "backup", "restore" or "import".
    data_requested = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.screens.register("settings", self._build)

    # -- the screen -------------------------------------------------------------------------
    def _build(self) -> SettingsScreen:
        """Built on first use: importing and laying out the screen costs start-up time."""
        from bond.gui.screens.settings import SettingsScreen

        prefs = self.ctx.prefs
        screen = SettingsScreen(prefs.theme, prefs.text_scale, language=prefs.language)
        screen.apply_policy(self.ctx.policy, self.state.organisation())
        screen.idle_minutes_chosen.connect(self._set_idle_minutes)
        screen.reminders_changed.connect(self._save_reminders)
        screen.autostart_chosen.connect(self._set_autostart)
        for button, action in DATA_BUTTONS:
            getattr(screen.ui, button).clicked.connect(self._request_data(action))
        screen.theme_chosen.connect(self.set_theme)
        screen.text_scale_chosen.connect(self.set_text_scale)
        screen.language_chosen.connect(self._set_language)
        screen.reduced_motion_chosen.connect(self._set_reduced_motion)
        screen.back_requested.connect(self._go_home)
        screen.passphrase_requested.connect(self._set_or_change_passphrase)
        screen.remove_passphrase_requested.connect(self._remove_passphrase)
        screen.keyring_toggle_requested.connect(self._toggle_keyring)
        screen.pin_requested.connect(self._change_pin)
        screen.forgot_pin_requested.connect(self._forgot_pin)
        return screen

    def _screen(self) -> SettingsScreen:
        return cast("SettingsScreen", self.screens["settings"])

    def _request_data(self, action: str) -> Callable[[], None]:
        return lambda: self.data_requested.emit(action)

    def _go_home(self) -> None:
        self.shell.go("home")

    def open(self, place: Place, notice: str) -> None:
        """Fill the screen with what is in force now, then show it (only with a vault open)."""
        if self.state.vault is None:
            return
        prefs = self.ctx.prefs
        screen = self._screen()
        screen.show_values(
            prefs.theme, prefs.text_scale, prefs.reduced_motion, self.effective_idle_minutes()
        )
        screen.show_custody_message("")
        screen.show_profiles(self.state.profiles)
        screen.show_profiles_message("")
        from bond.services import autostart

        screen.show_reminders(
            prefs.reminder_plan,
            autostart=autostart.is_enabled(),
            autostart_supported=autostart.supported(),
        )
        self.shell.present(screen)
        screen.ui.themeCombo.setFocus()
        self._refresh_custody()

    def escape(self, screen: str) -> bool:
        if screen == "settings":
            self.shell.go("home")
            return True
        return False

    # -- preferences ------------------------------------------------------------------------
    def effective_idle_minutes(self) -> int:
        """The idle lock in force: the person's choice, never longer than the policy's."""
        return self.ctx.policy.effective_idle_minutes(self.ctx.prefs.idle_minutes)

    def _set_idle_minutes(self, minutes: int) -> None:
        self.ctx.prefs.idle_minutes = minutes
        self.idle_minutes_changed.emit()

    def _save_reminders(self, plan: object) -> None:
        if isinstance(plan, ReminderPlan):
            self.ctx.prefs.reminder_plan = plan

    def _set_autostart(self, on: bool) -> None:
        from bond.services import autostart

        paths = self.ctx.paths
        try:
            autostart.set_enabled(on, paths.data_dir if paths.custom_data_dir else None)
        except OSError:
            log.warning("the autostart entry could not be changed")
            screen = self._screen()
            screen.show_profiles_message("")
            screen.ui.autostartCheck.setChecked(autostart.is_enabled())

    def _set_reduced_motion(self, on: bool) -> None:
        self.ctx.prefs.reduced_motion = on

    def _set_language(self, language: str) -> None:
        """Remembered for the next start: rebuilding every open screen mid-session could lose
        what someone is typing."""
        self.ctx.prefs.language = language
        self.ctx.prefs.sync()

    def set_theme(self, theme: str) -> None:
        self.ctx.prefs.theme = theme
        self.apply_appearance()

    def set_text_scale(self, scale: int) -> None:
        """Also from the menu's larger/smaller text, so the screen (if built) follows."""
        prefs = self.ctx.prefs
        prefs.text_scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        if "settings" in self.screens:
            self._screen().show_values(
                prefs.theme, prefs.text_scale, prefs.reduced_motion, self.effective_idle_minutes()
            )
        self.apply_appearance()

    def apply_appearance(self, *, remember: bool = True) -> None:
        """The chosen theme ("Follow the system" asks the computer) at the chosen text size."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_appearance(app, self.ctx.prefs, remember=remember)

    def preferences_reset(self) -> None:
        """A wipe forgot the preferences: Bond and a built screen show the defaults at once
        (the person's own idle minutes, as nothing caps them before a vault opens)."""
        prefs = self.ctx.prefs
        self.apply_appearance(remember=False)  # the wiped preferences stay unwritten
        if "settings" in self.screens:
            self._screen().show_values(
                prefs.theme, prefs.text_scale, prefs.reduced_motion, prefs.idle_minutes
            )

    # -- your data: only the outcome is shown here ------------------------------------------
    def show_data_message(self, text: str, error: bool) -> None:
        label = self._screen().ui.dataMessage
        label.setProperty("role", "error" if error else "hint")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    def include_private(self) -> bool:
        """Whether the person asked for private answers in exports (asked for again, by PIN)."""
        return self._screen().ui.privateCheck.isChecked()

    # -- where the key lives ----------------------------------------------------------------
    def _custody(self) -> CustodyService | None:
        from bond.services.custody import CustodyService

        vault = self.state.vault
        if vault is None or vault.temporary:
            return None
        return CustodyService(self.ctx.service, vault)

    def _refresh_custody(self) -> None:
        screen = self._screen()
        screen.set_vault_text(privacy_text(self.state.vault, self.ctx.paths.data_dir))
        custody = self._custody()
        if custody is None:
            screen.show_custody(None)
            return
        self.shell.run(custody.status, screen.show_custody)

    def _change_custody(self, change: Callable[[CustodyService], None], done: str) -> None:
        """Run one custody change off the UI thread, the controls held until it is over."""
        custody = self._custody()
        if custody is None:
            return
        screen = self._screen()
        screen.show_custody_message(self.tr("Working…"))
        screen.set_custody_busy(True)

        def finished(_result: object) -> None:
            self._refresh_custody()
            screen.show_custody_message(done)

        def failed(exc: BaseException) -> None:
            self._refresh_custody()
            if isinstance(exc, BondError):
                screen.show_custody_message(exc.message, error=True)
            else:
                screen.show_custody_message(
                    self.tr("Bond could not change this. Nothing was changed."), error=True
                )
                self.shell.unexpected(exc)

        self.shell.run(lambda: change(custody), finished, failed)

    def _set_or_change_passphrase(self) -> None:
        vault = self.state.vault
        if vault is None:
            return
        from bond.gui.passphrase_dialog import PassphraseDialog, PassphraseMode

        window = self.shell.window()
        mode = PassphraseMode.CHANGE if vault.uses_passphrase else PassphraseMode.SET
        dialog = PassphraseDialog(mode, window)
        accepted = dialog.exec() == PassphraseDialog.DialogCode.Accepted
        current, new = dialog.current(), dialog.new()
        dialog.deleteLater()
        window.activateWindow()
        if not accepted:
            return
        self._change_custody(
            lambda c: c.set_passphrase(new, current), self.tr("Your new passphrase is set.")
        )

    def _remove_passphrase(self) -> None:
        from bond.gui.passphrase_dialog import PassphraseDialog, PassphraseMode

        window = self.shell.window()
        dialog = PassphraseDialog(PassphraseMode.REMOVE, window)
        accepted = dialog.exec() == PassphraseDialog.DialogCode.Accepted
        current = dialog.current() or ""
        dialog.deleteLater()
        window.activateWindow()
        if not accepted:
            return
        self._change_custody(
            lambda c: c.remove_passphrase(current),
            self.tr("The passphrase is removed; the keyring opens your vault."),
        )

    def _toggle_keyring(self) -> None:
        from bond.services.custody import CustodyService

        vault = self.state.vault
        if vault is None:
            return
        if vault.uses_keyring:
            self._change_custody(
                CustodyService.remove_keyring_copy,
                self.tr(
                    "The key is no longer kept in the keyring. Bond will "
                    "ask for your passphrase when it starts."
                ),
            )
        else:
            self._change_custody(
                CustodyService.add_keyring_copy,
                self.tr("The key is now kept in this computer's keyring too."),
            )

    # -- profile PINs -----------------------------------------------------------------------
    def _change_pin(self, profile_id: str, mode_name: str) -> None:
        """Set, change or remove a PIN; the profile is not left open afterwards."""
        keychain = self.state.keychain
        if self.state.vault is None or keychain is None:
            return
        from bond.gui.pin_dialog import PinDialog, PinMode

        pins = self.ctx.access.pins()
        name = self.state.name(profile_id)
        mode = PinMode(mode_name)

        def work(current: str, new: str) -> None:
            if mode is PinMode.SET:
                pins.set_pin(profile_id, new)
            elif mode is PinMode.CHANGE:
                pins.set_pin(profile_id, new, current)
            else:
                pins.remove_pin(profile_id, current)

        window = self.shell.window()
        keychain.switch_to(profile_id)
        dialog = PinDialog(
            mode, name, work, wait_seconds=pins.state(profile_id).wait_seconds, parent=window
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        window.activateWindow()
        if self.state.keychain is not None:  # a wipe during the dialog closes the vault
            self.state.keychain.switch_to(None)  # setting a PIN does not leave the profile open
        if not accepted:
            return
        done = {
            PinMode.SET: self.tr("%1's PIN is set. Private answers are now behind it."),
            PinMode.CHANGE: self.tr("%1's PIN is changed."),
            PinMode.REMOVE: self.tr(
                "%1's PIN is removed. Private answers are protected by the vault only."
            ),
        }[mode]
        self.refresh_profiles(done.replace("%1", name))

    def _forgot_pin(self, profile_id: str) -> None:
        """Nobody can recover a lost PIN, so the way on is a reset of that private space; it
        waits 24 hours and the right PIN cancels it, so it cannot be used against its owner
        (DECISIONS 37)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from bond.gui.pin_dialog import wait_text, when_text

        if self.state.vault is None or self.state.keychain is None:
            return
        name = self.state.name(profile_id)
        window = self.shell.window()
        resets = self.ctx.access.resets()
        status = resets.check(profile_id)
        if status.completed_at is not None:  # the wait was over: it has just happened
            self.refresh_profiles(
                self.tr(
                    "%1's PIN was reset after the 24-hour wait, and %1's private answers and "
                    "boundary list were deleted."
                ).replace("%1", name)
            )
            return
        pending = status.pending
        box = QMessageBox(window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name or a path, never markup
        box.setWindowTitle("Bond")
        if pending is not None:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self.tr("A reset of %1's PIN is already waiting.").replace("%1", name))
            box.setInformativeText(
                self.tr(
                    "It was asked for on %2. In %3 the PIN is removed and %1's private answers "
                    "and boundary list are deleted, unless %1's PIN is typed before then."
                )
                .replace("%1", name)
                .replace("%2", when_text(pending.requested_at))
                .replace("%3", wait_text(pending.remaining_seconds))
            )
            box.exec()
            window.activateWindow()
            return
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(self.tr("Ask to reset %1's PIN?").replace("%1", name))
        box.setInformativeText(
            self.tr(
                "Nobody can recover a forgotten PIN, not even Bond. A reset waits 24 hours. "
                "Meanwhile, the next time %1's PIN is asked for, Bond says that a reset was "
                "asked for and when, and typing the right PIN cancels it. After the wait, the "
                "PIN is removed and %1's private answers and boundary list are deleted for "
                "good. Shared agreements, revealed answers and reading stay as they are."
            ).replace("%1", name)
        )
        ask = box.addButton(
            self.tr("&Ask for a reset in 24 hours"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("&Keep trying to remember"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        window.activateWindow()
        if box.clickedButton() is not ask:
            return
        self.shell.run(
            lambda: resets.request(profile_id),
            lambda _n: self.refresh_profiles(
                self.tr(
                    "A reset of %1's PIN is asked for. Unless %1's PIN is typed before then, "
                    "it happens in 24 hours."
                ).replace("%1", name)
            ),
        )

    def refresh_profiles(self, message: str = "") -> None:
        """Read the people again (after a PIN change or an import) and show them here; then
        ``message`` (what was done) in a toast."""
        vault = self.state.vault
        if vault is None:
            return
        from bond.services.profiles import ProfileService

        service = ProfileService(vault)

        def shown(profiles: list[Profile]) -> None:
            self.state.profiles = profiles
            screen = self._screen()
            screen.show_profiles(profiles)
            screen.show_profiles_message("")
            if message:
                from bond.gui.design.toast import toast_for

                toast_for(self.shell.window()).show_message(message)

        self.shell.run(service.profiles, shown)
