"""First run: what Bond is, a safety note, who uses it, names, and how the vault is locked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QWidget

from bond.domain.profiles import Household, InvalidName, clean_name
from bond.gui.forms.ui_first_run import Ui_FirstRun
from bond.gui.widgets.accessible import forget, introduce, shown_text
from bond.gui.widgets.plain import make_plain, set_plain_tooltip
from bond.services.startup import FirstRunPlan
from bond.services.vault_service import Custody, passphrase_problem


class FirstRunScreen(QWidget):
    """Emits ``submitted(FirstRunPlan)``; with ``profiles_only`` the vault already exists and
    the plan's custody is ignored (a vault made by ``bond init`` without profiles)."""

    submitted = Signal(object)

    def __init__(
        self,
        *,
        keyring_available: bool,
        profiles_only: bool = False,
        temporary: bool = False,
        passphrase_required_by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``passphrase_required_by`` names the organisation whose policy requires a passphrase:
        then the keyring is not offered at all (DECISIONS 5)."""
        super().__init__(parent)
        self.ui = Ui_FirstRun()
        self.ui.setupUi(self)
        self._profiles_only = profiles_only
        self._required_by = passphrase_required_by
        self._keyring_available = keyring_available and not passphrase_required_by
        ui = self.ui
        # The organisation's name, and messages about the names typed: shown as typed.
        make_plain(ui.keyringNote, ui.namesError, ui.protectError)
        self._pages = [ui.welcomePage, ui.safetyPage, ui.whoPage, ui.namesPage]
        # What a screen reader says as each page opens: its heading and text (see _show).
        self._page_text = {
            ui.welcomePage: (ui.welcomeTitle, ui.welcomeText),
            ui.safetyPage: (ui.safetyTitle, ui.safetyText),
            ui.whoPage: (ui.whoTitle,),
            ui.namesPage: (ui.namesTitle,),
            ui.protectPage: (ui.protectTitle, ui.protectText),
        }
        self._introduced: QWidget | None = None
        if not profiles_only:
            self._pages.append(ui.protectPage)
        for label in (ui.namesError, ui.protectError):
            label.hide()
        if temporary:
            ui.welcomeText.setText(
                self.tr(
                    "<p>Bond helps you look after a close relationship: a weekly check-in with "
                    "your partner, skills you can practise on your own, and calm ways to come "
                    "back to each other after a hard moment.</p><p>Bond is a practice tool. It "
                    "is not therapy, and it can't tell whether a relationship is safe. <b>Get "
                    "support now</b> (F1) is always one key away.</p><p><b>This is a temporary "
                    "session: nothing you write is saved</b>, and it is gone when you close "
                    "Bond.</p>"
                )
            )
        self._set_up_protection()
        for at in range(ui.steps.count()):  # each step on the page's edge, under its count
            if (held := ui.steps.widget(at).layout()) is not None:
                held.setContentsMargins(0, 0, 0, 0)
        ui.backButton.clicked.connect(self.go_back)
        keep = ui.backButton.sizePolicy()  # hidden on the first step, its room stays
        keep.setRetainSizeWhenHidden(True)
        ui.backButton.setSizePolicy(keep)
        ui.nextButton.clicked.connect(self.go_next)
        ui.soloRadio.toggled.connect(self._update_names)
        for control in (ui.keyringRadio, ui.passphraseRadio, ui.temporaryRadio):
            control.toggled.connect(self._update_protection)
        ui.alsoPassphraseCheck.toggled.connect(self._update_protection)
        ui.nameEdit1.returnPressed.connect(self.go_next)
        ui.nameEdit2.returnPressed.connect(self.go_next)
        ui.passphraseAgainEdit.returnPressed.connect(self.go_next)
        self._show(0)

    # -- pages ------------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._pages.index(self.ui.steps.currentWidget())

    def _show(self, index: int) -> None:
        ui = self.ui
        page = self._pages[index]
        focused = QApplication.focusWidget()
        if focused is not None and ui.steps.isAncestorOf(focused):
            # Qt would put the keyboard in the new page before its words are set below, and a
            # screen reader would say them twice (with the focus, then as a new description).
            focused.clearFocus()
        ui.steps.setCurrentWidget(page)
        ui.stepLabel.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self._pages)))
        )
        ui.backButton.setEnabled(index > 0)
        ui.backButton.setVisible(index > 0)  # no way back: hidden, not greyed out
        last = index == len(self._pages) - 1
        if last and self._profiles_only:
            self._set_next_text(self.tr("&Start using Bond"))
        elif last:
            self._set_next_text(self.tr("&Create my vault"))
        elif index == 0:
            self._set_next_text(self.tr("&Get started"))
        else:
            self._set_next_text(self.tr("&Continue"))
        self._update_names()
        self._update_protection()
        first = {
            ui.whoPage: ui.soloRadio if ui.soloRadio.isChecked() else ui.coupleRadio,
            ui.namesPage: ui.nameEdit1,
            ui.protectPage: next(
                (
                    r
                    for r in (ui.keyringRadio, ui.passphraseRadio, ui.temporaryRadio)
                    if r.isChecked()
                ),
                ui.passphraseRadio,
            ),
        }.get(page, ui.nextButton)
        # The page's step, heading and text ride on the control that takes focus, so a screen
        # reader says them as the page opens (the same control may keep focus: then the new
        # description is said).
        self._introduce(
            first,
            ui.stepLabel.text(),
            *(shown_text(label) for label in self._page_text[page]),
        )
        first.setFocus()

    def _introduce(self, widget: QWidget, *parts: str) -> None:
        if self._introduced is not widget:
            forget(self._introduced)
        self._introduced = widget
        introduce(widget, *parts)

    def _set_next_text(self, text: str) -> None:
        self.ui.nextButton.setText(text)
        self.ui.nextButton.setAccessibleName(text.replace("&", ""))

    def go_back(self) -> None:
        if self.index > 0:
            self._show(self.index - 1)

    def go_next(self) -> None:
        page = self.ui.steps.currentWidget()
        if page is self.ui.namesPage and not self._check_names():
            return
        if self.index < len(self._pages) - 1:
            self._show(self.index + 1)
            return
        plan = self._plan()
        if plan is not None:
            self.set_busy(True)
            self.submitted.emit(plan)

    # -- names ------------------------------------------------------------------------------
    def _empty_name(self) -> QWidget:
        edits = [self.ui.nameEdit1, self.ui.nameEdit2][: len(self._names())]
        return next((e for e in edits if not e.text().strip()), self.ui.nameEdit1)

    def _household(self) -> Household:
        return Household.SOLO if self.ui.soloRadio.isChecked() else Household.COUPLE

    def _update_names(self) -> None:
        couple = self._household() is Household.COUPLE
        self.ui.nameLabel2.setVisible(couple)
        self.ui.nameEdit2.setVisible(couple)

    def _names(self) -> list[str]:
        edits = [self.ui.nameEdit1]
        if self._household() is Household.COUPLE:
            edits.append(self.ui.nameEdit2)
        return [e.text() for e in edits]

    def _check_names(self) -> bool:
        try:
            cleaned = [clean_name(n) for n in self._names()]
        except InvalidName as exc:
            return self._error(self.ui.namesError, str(exc), self._empty_name())
        if len(cleaned) == 2 and cleaned[0].casefold() == cleaned[1].casefold():
            return self._error(
                self.ui.namesError,
                self.tr("Please use two different names so Bond can tell you apart."),
                self.ui.nameEdit2,
            )
        self.ui.namesError.hide()
        return True

    # -- protection -------------------------------------------------------------------------
    def _set_up_protection(self) -> None:
        ui = self.ui
        if self._required_by:
            note = self.tr(
                "Managed by %1: on this computer, Bond's vault needs a passphrase. Choose one "
                "you can remember, or try Bond in a temporary session that saves nothing."
            ).replace("%1", self._required_by)
            ui.keyringRadio.setEnabled(False)
            set_plain_tooltip(ui.keyringRadio, note)
            ui.keyringRadio.setAccessibleDescription(note)
            ui.passphraseRadio.setChecked(True)
            ui.keyringNote.setText(note)
        elif self._keyring_available:
            ui.keyringRadio.setChecked(True)
            ui.keyringNote.setText(
                self.tr(
                    "A keyring was found on this computer. Anyone who can log in to this "
                    "computer account could open Bond, so a passphrase is safer on a shared "
                    "login."
                )
            )
        else:
            ui.keyringRadio.setEnabled(False)
            ui.passphraseRadio.setChecked(True)
            ui.keyringNote.setText(
                self.tr(
                    "No keyring was found on this computer, so Bond can't keep the key there. "
                    "Choose a passphrase, or try Bond in a temporary session that saves nothing."
                )
            )

    def _update_protection(self) -> None:
        ui = self.ui
        keyring = ui.keyringRadio.isChecked()
        ui.alsoPassphraseCheck.setVisible(self._keyring_available and keyring)
        ui.passphraseBox.setVisible(self._wants_passphrase())

    def _wants_passphrase(self) -> bool:
        ui = self.ui
        return ui.passphraseRadio.isChecked() or (
            ui.keyringRadio.isChecked() and ui.alsoPassphraseCheck.isChecked()
        )

    def _plan(self) -> FirstRunPlan | None:
        ui = self.ui
        names = [clean_name(n) for n in self._names()]
        if self._profiles_only:
            return FirstRunPlan(self._household(), names, Custody(keyring=True))
        if ui.temporaryRadio.isChecked():
            return FirstRunPlan(self._household(), names, None)
        keyring = ui.keyringRadio.isChecked()
        passphrase: str | None = None
        if self._wants_passphrase():
            passphrase = ui.passphraseEdit.text()
            if problem := passphrase_problem(passphrase):
                self._error(ui.protectError, problem, ui.passphraseEdit)
                ui.passphraseEdit.selectAll()
                return None
            if ui.passphraseAgainEdit.text() != passphrase:
                ui.passphraseAgainEdit.clear()
                self._error(
                    ui.protectError,
                    self.tr("The two passphrases are not the same."),
                    ui.passphraseAgainEdit,
                )
                return None
        ui.protectError.hide()
        return FirstRunPlan(
            self._household(), names, Custody(keyring=keyring, passphrase=passphrase)
        )

    # -- feedback from the main window -------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.ui.nextButton.setEnabled(not busy)
        self.ui.backButton.setEnabled(not busy and self.index > 0)
        if busy:
            self._set_next_text(self.tr("Setting up…"))
        else:
            self._show(self.index)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        label = self.ui.namesError if self._profiles_only else self.ui.protectError
        self._error(label, message)

    def _error(self, label: QWidget, message: str, field: QWidget | None = None) -> bool:
        """Show ``message`` under the page; the keyboard goes to ``field`` (else stays where it
        is), which a screen reader then says with the message."""
        label.setText(message)  # type: ignore[attr-defined]
        label.show()
        label.setAccessibleDescription(message)
        target = field or self.focusWidget()
        if target is not None and self.isAncestorOf(target):
            self._introduce(target, message)
            target.setFocus()
        return False
