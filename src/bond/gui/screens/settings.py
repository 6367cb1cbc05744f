"""Settings: theme, text size, each person's PIN, and a plain account of how the vault is
protected."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from bond.domain.policy import Policy
from bond.domain.profiles import Profile
from bond.domain.reminders import ReminderPlan
from bond.gui.design import tokens
from bond.gui.design.body_text import BodyText
from bond.gui.design.person_badge import PersonBadge
from bond.gui.forms.ui_settings import Ui_Settings
from bond.gui.motion import connect_motion_preference_changed, system_reduces_motion
from bond.gui.theme import current_scale
from bond.gui.widgets.accessible import shown_text
from bond.gui.widgets.flow_layout import FlowLayout, wrap_row
from bond.gui.widgets.plain import make_plain, set_plain_tooltip
from bond.gui.widgets.wheel_safe import wheel_safe
from bond.services.custody import CustodyStatus


class SettingsScreen(QWidget):
    # A group named by its heading: a screen reader says it as the keyboard comes in.
    accessible_role = QAccessible.Role.Grouping

    theme_chosen = Signal(str)
    text_scale_chosen = Signal(int)
    reduced_motion_chosen = Signal(bool)
    idle_minutes_chosen = Signal(int)
    back_requested = Signal()
    passphrase_requested = Signal()
    remove_passphrase_requested = Signal()
    keyring_toggle_requested = Signal()
    pin_requested = Signal(str, str)  # profile id, "set" | "change" | "remove"
    forgot_pin_requested = Signal(str)  # profile id
    reminders_changed = Signal(object)  # ReminderPlan
    autostart_chosen = Signal(bool)
    language_chosen = Signal(str)  # "system", "en" or "es"; used from the next start

    def __init__(
        self, theme: str, text_scale: int, parent: QWidget | None = None, language: str = "system"
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_Settings()
        self.ui.setupUi(self)
        self.setAccessibleName(shown_text(self.ui.titleLabel))
        # "Follow the system" takes the computer's dark mode and high contrast (DECISIONS 32).
        self.ui.themeCombo.addItem(self.tr("Follow the system"), "system")
        self.ui.themeCombo.addItem(self.tr("Light"), "light")
        self.ui.themeCombo.addItem(self.tr("Dark"), "dark")
        self.ui.themeCombo.addItem(self.tr("High contrast"), "high-contrast")
        self.ui.languageCombo.addItem(self.tr("System default"), "system")
        # Each language is named in itself, so anyone can find their own.
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.addItem("Español", "es")
        self.ui.languageCombo.setCurrentIndex(max(self.ui.languageCombo.findData(language), 0))
        self.ui.languageCombo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(self.ui.languageCombo.currentData()))
        )
        self._chosen_motion = False
        self.show_values(theme, text_scale)
        self._hints = QGuiApplication.styleHints()  # keeps the accessibility hints alive
        connect_motion_preference_changed(self._hints, self.show_motion)
        self.ui.reducedMotionCheck.toggled.connect(self._motion_chosen)
        self.ui.themeCombo.currentIndexChanged.connect(
            lambda _i: self.theme_chosen.emit(str(self.ui.themeCombo.currentData()))
        )
        self.ui.textSizeSpin.valueChanged.connect(self.text_scale_chosen)
        self.ui.reducedMotionCheck.toggled.connect(self.reduced_motion_chosen)
        self.ui.idleSpin.valueChanged.connect(self.idle_minutes_chosen)
        self.ui.backButton.clicked.connect(self.back_requested)
        self.ui.passphraseButton.clicked.connect(self.passphrase_requested)
        self.ui.removePassphraseButton.clicked.connect(self.remove_passphrase_requested)
        self.ui.keyringButton.clicked.connect(self.keyring_toggle_requested)
        self.ui.custodyMessage.hide()
        self.ui.profilesMessage.hide()
        # Names, the vault's folder, an export's path and error messages: shown as typed.
        ui = self.ui
        make_plain(ui.vaultLabel, ui.custodyMessage, ui.profilesMessage, ui.dataMessage)
        self._profile_rows: list[QWidget] = []
        wrap_row(ui.vaultLayout, ui.custodyRow, "custodyFlow")  # no sideways page at 200%
        locale = QLocale()
        for day in range(7):  # Monday first, named in the person's language
            self.ui.weekdayCombo.addItem(locale.dayName(day + 1), day)
        for widget in (self.ui.checkInTime, self.ui.practiceTime):
            widget.timeChanged.connect(lambda _t: self._plan_changed())
        self.ui.weekdayCombo.currentIndexChanged.connect(lambda _i: self._plan_changed())
        self.ui.checkInCheck.toggled.connect(lambda _on: self._plan_changed())
        self.ui.practiceCheck.toggled.connect(lambda _on: self._plan_changed())
        self.ui.autostartCheck.toggled.connect(self.autostart_chosen)
        self.policy = Policy.none()
        self._organisation = ""
        self._managed_labels: list[QLabel] = []
        # Scrolling the page must not change a setting the pointer happens to pass over (the
        # language once switched to Spanish so).
        wheel_safe(self)

    def show_values(
        self, theme: str, text_scale: int, reduced_motion: bool = False, idle_minutes: int = 5
    ) -> None:
        widgets = (
            self.ui.themeCombo,
            self.ui.textSizeSpin,
            self.ui.reducedMotionCheck,
            self.ui.idleSpin,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.ui.themeCombo.setCurrentIndex(max(self.ui.themeCombo.findData(theme), 0))
        self.ui.textSizeSpin.setValue(text_scale)
        self.ui.idleSpin.setValue(idle_minutes)
        for widget in widgets:
            widget.blockSignals(False)
        self._chosen_motion = reduced_motion
        self.show_motion()

    def _motion_chosen(self, on: bool) -> None:
        self._chosen_motion = on

    def show_motion(self) -> None:
        """The person's choice, unless the computer already asks for less motion: then Bond
        follows it and the box says so (it cannot be switched back on here)."""
        system = system_reduces_motion()
        check = self.ui.reducedMotionCheck
        check.blockSignals(True)
        check.setChecked(self._chosen_motion or system)
        check.setEnabled(not system)
        check.blockSignals(False)
        self.ui.motionHint.setText(
            self.tr(
                "Your computer asks for less motion, so the breathing guide stays still and "
                "counts in words."
            )
            if system
            else self.tr("The breathing guide stays still and counts in words.")
        )

    # -- a clinic's policy ----------------------------------------------------------------------
    def managed_text(self) -> str:
        return self.tr("Managed by %1").replace("%1", self._organisation)

    def _managed_label(self, name: str, text: str) -> QLabel:
        label = BodyText(text)  # plain text: the organisation names itself
        label.setProperty("role", "hint")
        label.setObjectName(name)
        label.setAccessibleName(text)
        self._managed_labels.append(label)
        return label

    @staticmethod
    def _lock(widget: QWidget, reason: str, *, enabled: bool = False) -> None:
        widget.setEnabled(enabled)
        set_plain_tooltip(widget, reason)  # it names the organisation
        widget.setAccessibleDescription(reason)

    def apply_policy(self, policy: Policy, organisation: str) -> None:
        """Lock what the organisation decided, each with "Managed by <organisation>" beside it.
        Called once, before the screen is first shown; ``organisation`` is already translated
        where Bond had to name it itself (a policy file it could not read)."""
        self.policy = policy
        self._organisation = organisation
        if not policy.managed:
            return
        ui = self.ui
        managed = self.managed_text()
        if policy.idle_lock_minutes is not None:
            minutes = policy.idle_lock_minutes
            if policy.users_may_change_idle_lock:
                ui.idleSpin.setRange(1, minutes)  # shorter is fine; "never" and longer are not
                note = self.tr("%1: at most %2 minutes.").replace("%2", str(minutes))
                self._lock(ui.idleSpin, note.replace("%1", managed), enabled=True)
            else:
                ui.idleSpin.setRange(minutes, minutes)
                note = self.tr("%1: locks after %2 minutes.").replace("%2", str(minutes))
                self._lock(ui.idleSpin, note.replace("%1", managed))
            position = cast("tuple[int, object]", ui.appearanceForm.getWidgetPosition(ui.idleSpin))
            ui.appearanceForm.insertRow(
                position[0] + 1, "", self._managed_label("idleManaged", note.replace("%1", managed))
            )
        if policy.require_passphrase:
            note = self.tr("%1: a passphrase is required to open Bond.").replace("%1", managed)
            ui.vaultLayout.insertWidget(
                ui.vaultLayout.indexOf(ui.custodyMessage),
                self._managed_label("custodyManaged", note),
            )
        if policy.disable_export:
            note = self.tr(
                "%1: exports are turned off on this computer. Encrypted backups still work."
            ).replace("%1", managed)
            for widget in (ui.exportJsonButton, ui.exportPdfButton, ui.privateCheck):
                self._lock(widget, note)
            ui.privateHint.hide()
            ui.dataLayout.insertWidget(
                ui.dataLayout.indexOf(ui.dataMessage), self._managed_label("exportManaged", note)
            )

    def set_vault_text(self, text: str) -> None:
        self.ui.vaultLabel.setText(text)

    def show_custody(self, status: CustodyStatus | None) -> None:
        """Offer the changes that keep at least one way into the vault (none when temporary)."""
        ui = self.ui
        for button in (ui.passphraseButton, ui.removePassphraseButton, ui.keyringButton):
            button.setVisible(status is not None)
            button.setEnabled(True)
        if status is None:
            return
        required = self.policy.require_passphrase
        ui.passphraseButton.setText(
            self.tr("Change the &passphrase…")
            if status.passphrase
            else self.tr("Set a passphrase…")
        )
        # A required passphrase stays, and no keyring copy is added (DECISIONS 5); removing an
        # existing copy is stricter, so that stays possible.
        ui.removePassphraseButton.setVisible(status.passphrase and status.keyring and not required)
        if status.keyring:
            ui.keyringButton.setText(self.tr("Remove the key from the &keyring"))
            ui.keyringButton.setEnabled(status.passphrase)
            ui.keyringButton.setToolTip(
                ""
                if status.passphrase
                else self.tr("Set a passphrase first, so you can still get in.")
            )
        elif required:
            ui.keyringButton.setText(self.tr("Keep the key in the &keyring"))
            self._lock(
                ui.keyringButton,
                self.tr("%1: a passphrase is required to open Bond.").replace(
                    "%1", self.managed_text()
                ),
            )
        else:
            ui.keyringButton.setText(self.tr("Keep the key in the &keyring"))
            ui.keyringButton.setEnabled(status.keyring_available)
            ui.keyringButton.setToolTip(
                ""
                if status.keyring_available
                else self.tr("No keyring was found on this computer.")
            )

    def show_custody_message(self, text: str, *, error: bool = False) -> None:
        self.ui.custodyMessage.setProperty("role", "error" if error else "hint")
        self.ui.custodyMessage.style().unpolish(self.ui.custodyMessage)
        self.ui.custodyMessage.style().polish(self.ui.custodyMessage)
        self.ui.custodyMessage.setText(text)
        self.ui.custodyMessage.setVisible(bool(text))

    def set_custody_busy(self, busy: bool) -> None:
        for button in (
            self.ui.passphraseButton,
            self.ui.removePassphraseButton,
            self.ui.keyringButton,
        ):
            button.setEnabled(not busy)

    # -- people and PINs ----------------------------------------------------------------------
    def show_profiles(self, profiles: Sequence[Profile]) -> None:
        """One row per person: their colour, whether a PIN guards them, and what they can do."""
        for row in self._profile_rows:
            self.ui.profileRows.removeWidget(row)
            row.deleteLater()
        self._profile_rows = [self._profile_row(p) for p in profiles]
        for row in self._profile_rows:
            self.ui.profileRows.addWidget(row)
        self.ui.peopleBox.setVisible(bool(profiles))
        # New buttons join the Tab order where they stand on screen, not after Back.
        previous: QWidget = self.ui.autostartCheck
        for button in [b for row in self._profile_rows for b in row.findChildren(QPushButton)]:
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.ui.passphraseButton)

    def _profile_row(self, profile: Profile) -> QWidget:
        row = QWidget()
        outer = QVBoxLayout(row)
        room = tokens.space_px("xs", current_scale())
        outer.setContentsMargins(0, room, 0, room)
        # Their colour with their initial and name, as everywhere else (DECISIONS 34).
        badge = PersonBadge(profile.name, profile.color)
        badge.setObjectName(f"person-{profile.position}")
        outer.addWidget(badge)
        # What follows lines up under the name, not under the colour.
        details = QVBoxLayout()
        badge_row = badge.layout()
        indent = badge.disc.sizeHint().width() + (badge_row.spacing() if badge_row else 0)
        details.setContentsMargins(indent, 0, 0, 0)
        outer.addLayout(details)
        status = BodyText(
            self.tr("Has a PIN. Private answers open only with it.")
            if profile.has_pin
            else self.tr(
                "No PIN. Private answers are protected by the vault only, so anyone who can "
                "open Bond here could read them."
            )
        )
        status.setProperty("role", "hint")
        details.addWidget(status)
        # They wrap onto a second row rather than push the page sideways (200% text, Spanish).
        # In its place before its buttons: with buttons added to it while it had no widget,
        # Bond's window lost the keyboard focus when Settings opened.
        buttons = FlowLayout(spacing=tokens.space_px("s", current_scale()))
        details.addLayout(buttons)
        actions = (
            [
                (self.tr("Change PIN…"), "change"),
                (self.tr("Remove PIN…"), "remove"),
                (self.tr("Forgot the PIN…"), "forgot"),
            ]
            if profile.has_pin
            else [(self.tr("Set a PIN…"), "set")]
        )
        for text, action in actions:
            button = QPushButton(text)
            button.setAccessibleName(f"{text.rstrip('…')}: {profile.name}")
            button.setObjectName(f"pin-{action}-{profile.position}")
            if action == "forgot":
                button.clicked.connect(
                    lambda _c=False, pid=profile.id: self.forgot_pin_requested.emit(pid)
                )
            else:
                button.clicked.connect(
                    lambda _c=False, pid=profile.id, a=action: self.pin_requested.emit(pid, a)
                )
            buttons.addWidget(button)
        return row

    def show_profiles_message(self, text: str) -> None:
        self.ui.profilesMessage.setText(text)
        self.ui.profilesMessage.setVisible(bool(text))

    # -- reminders ----------------------------------------------------------------------------
    def _reminder_widgets(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (
            ui.checkInCheck,
            ui.weekdayCombo,
            ui.checkInTime,
            ui.practiceCheck,
            ui.practiceTime,
            ui.autostartCheck,
        )

    def show_reminders(
        self, plan: ReminderPlan, *, autostart: bool, autostart_supported: bool
    ) -> None:
        ui = self.ui
        for widget in self._reminder_widgets():
            widget.blockSignals(True)
        ui.checkInCheck.setChecked(plan.check_in)
        ui.weekdayCombo.setCurrentIndex(ui.weekdayCombo.findData(plan.weekday))
        ui.checkInTime.setTime(QTime(plan.check_in_time.hour, plan.check_in_time.minute))
        ui.practiceCheck.setChecked(plan.practice)
        ui.practiceTime.setTime(QTime(plan.practice_time.hour, plan.practice_time.minute))
        ui.autostartCheck.setChecked(autostart)
        ui.autostartCheck.setEnabled(autostart_supported)
        ui.autostartCheck.setToolTip(
            ""
            if autostart_supported
            else self.tr("On this system, add Bond to your login items yourself (see README).")
        )
        for widget in self._reminder_widgets():
            widget.blockSignals(False)
        self._enable_times()

    def _enable_times(self) -> None:
        ui = self.ui
        ui.weekdayCombo.setEnabled(ui.checkInCheck.isChecked())
        ui.checkInTime.setEnabled(ui.checkInCheck.isChecked())
        ui.practiceTime.setEnabled(ui.practiceCheck.isChecked())

    def reminder_plan(self) -> ReminderPlan:
        from datetime import time

        ui = self.ui
        check_in, practice = ui.checkInTime.time(), ui.practiceTime.time()
        return ReminderPlan(
            check_in=ui.checkInCheck.isChecked(),
            weekday=int(ui.weekdayCombo.currentData()),
            check_in_time=time(check_in.hour(), check_in.minute()),
            practice=ui.practiceCheck.isChecked(),
            practice_time=time(practice.hour(), practice.minute()),
        )

    def _plan_changed(self) -> None:
        self._enable_times()
        self.reminders_changed.emit(self.reminder_plan())
