"""PINs in the app: set by keyboard in Settings, asked before private material shows, a
countdown after wrong tries, and switching person locks the last one's private material."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.domain.pins import PinMismatchError
from bond.gui.pin_dialog import PinDialog, PinMode
from bond.gui.screens.boundaries import BoundariesScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.runner import RunnerScreen
from bond.gui.screens.settings import SettingsScreen
from bond.gui.theme import apply_theme
from bond.services.boundaries import BoundaryService
from bond.services.exercise_flow import FrameKind
from bond.services.keychain import Keychain
from bond.services.pins import PinService
from bond.services.profiles import ProfileService
from bond.services.vault_service import VaultService
from tests.conftest import FAST_KDF
from tests.gui.conftest import (
    WindowFactory,
    activate,
    keys,
    press,
    seed_vault,
    toast_text,
    wait_for_screen,
)
from tests.gui.test_canary import scan

PIN = "zebra lantern 7731"
BOUNDARY = "I'll take ten minutes before we talk"


def visible_text(root: QWidget) -> str:
    return "\n".join(w.text() for w in root.findChildren(QLabel) if w.isVisible())


def with_pin(service: VaultService, *, wrong_tries: int = 0) -> None:
    """Sam and Alex; Sam has a PIN and one boundary behind it."""
    seed_vault(service, ["Sam", "Alex"])
    vault = service.open(service.unlock())
    keys_ = Keychain(vault)
    sam = ProfileService(vault).profiles()[0].id
    BoundaryService(vault, keys_).save(sam, {"words": BOUNDARY, "action": ""})
    pins = PinService(vault, keys_, kdf=FAST_KDF)
    pins.set_pin(sam, PIN)
    for _ in range(wrong_tries):
        with contextlib.suppress(PinMismatchError):
            pins.unlock(sam, "not the pin at all")
    vault.close()


def on_dialog(qtbot: QtBot, act: Callable[[PinDialog], None]) -> list[str]:
    """Act on the PIN dialog once it is up (it runs its own event loop)."""
    seen: list[str] = []

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(50, find)
            return
        seen.append(dialog.ui.titleLabel.text())
        act(dialog)

    QTimer.singleShot(50, find)
    return seen


def type_pin(pin: str) -> Callable[[PinDialog], None]:
    def act(dialog: PinDialog) -> None:
        keys(dialog.ui.currentEdit, pin)
        QTest_enter(dialog.ui.currentEdit)

    return act


def QTest_enter(widget: QWidget) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_setting_a_pin_by_keyboard_in_settings(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, paths: AppPaths
) -> None:
    seed_vault(service, ["Sam", "Alex"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("settings")
    assert isinstance(window.current_screen(), SettingsScreen)
    assert "protected by the vault only" in visible_text(window.screens["settings"])
    set_button = window.screens["settings"].findChild(QPushButton, "pin-set-0")
    assert set_button is not None

    def fill(dialog: PinDialog) -> None:
        assert "forgotten" in dialog.ui.noteLabel.text()
        assert "copies Bond's files" in dialog.ui.noteLabel.text()
        keys(dialog.ui.newEdit, "1234")
        QTest_enter(dialog.ui.newEdit)
        assert "6 to 12 digits" in dialog.ui.errorLabel.text()  # too short, said plainly
        dialog.ui.newEdit.clear()
        keys(dialog.ui.newEdit, PIN)
        keys(dialog.ui.againEdit, PIN)
        QTest_enter(dialog.ui.againEdit)

    seen = on_dialog(qtbot, fill)
    activate(set_button)
    qtbot.waitUntil(
        lambda: window.screens["settings"].findChild(QPushButton, "pin-change-0") is not None
    )
    assert seen == ["A PIN for Sam"]
    assert window.state.profiles[0].has_pin and not window.state.profiles[1].has_pin
    assert "Sam's PIN is set" in toast_text(window)
    assert not window.screens["settings"].ui.profilesMessage.isVisibleTo(window)
    window.close()
    assert scan([paths.data_dir, paths.config_dir, paths.cache_dir, paths.log_dir], PIN) == []


def test_a_boundary_list_behind_a_pin(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    with_pin(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    sam, alex = (p.id for p in window.state.profiles)
    screen = window.screens["boundaries"]

    def wrong_then_right(dialog: PinDialog) -> None:
        keys(dialog.ui.currentEdit, "not it")
        QTest_enter(dialog.ui.currentEdit)
        qtbot.waitUntil(lambda: "isn't right" in dialog.ui.errorLabel.text(), timeout=10000)
        assert BOUNDARY not in visible_text(window)
        type_pin(PIN)(dialog)

    window.go("boundaries")
    assert "opens with Sam's PIN" in screen.ui.emptyLabel.text()  # locked, nothing asked yet
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.ui.unlockButton)
    seen = on_dialog(qtbot, wrong_then_right)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10000)
    assert seen == ["Sam's PIN"]
    assert BOUNDARY in screen.model.item(0).text()

    # Switching to Alex locks Sam's list at once; coming back shows it locked again.
    screen.ui.profileCombo.setCurrentIndex(1)
    assert window.state.keychain is not None and not window.state.keychain.is_open(sam)
    assert window.state.keychain.is_open(alex)
    qtbot.waitUntil(lambda: not window.ops.busy())
    assert screen.model.rowCount() == 0 and BOUNDARY not in visible_text(screen)

    screen.ui.profileCombo.setCurrentIndex(0)
    qtbot.waitUntil(screen.ui.unlockButton.isVisible)
    assert screen.model.rowCount() == 0
    assert "opens with Sam's PIN" in screen.ui.emptyLabel.text()

    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.ui.unlockButton)
    seen = on_dialog(qtbot, type_pin(PIN))
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10000)


def test_a_countdown_after_five_wrong_tries(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    with_pin(service, wrong_tries=5)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    shown: list[tuple[str, bool]] = []

    def look(dialog: PinDialog) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        shown.append((dialog.ui.errorLabel.text(), ok.isEnabled()))
        assert dialog.wait_left() > 20
        dialog.reject()

    window.go("boundaries")
    assert isinstance(window.current_screen(), BoundariesScreen)
    on_dialog(qtbot, look)
    window.screens["boundaries"].ui.unlockButton.click()
    qtbot.waitUntil(lambda: bool(shown))
    text, ok_enabled = shown[0]
    assert "try again in 0:" in text and not ok_enabled


def test_a_private_part_asks_its_owner_for_the_pin(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    with_pin(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    sam = window.state.profiles[0].id
    window.features.exercises.start("weekly-meeting", True)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    runner = window.features.exercises.runner
    assert runner is not None
    for _ in range(40):
        frame = runner.run.frame
        if frame.kind is FrameKind.STEP and frame.profile_id == sam and frame.private:
            break
        runner.run.next()
        runner.render()
    assert runner.run.needs_key() == sam
    assert "private to Sam" in visible_text(runner)
    assert not runner.ui.nextButton.isEnabled()
    gate = QApplication.focusWidget()
    assert isinstance(gate, QPushButton) and "Sam's PIN" in gate.text().replace("&", "")

    seen = on_dialog(qtbot, type_pin(PIN))
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: runner.run.needs_key() is None and runner.ui.nextButton.isEnabled())
    assert seen == ["Sam's PIN"]
    assert "private to Sam" not in visible_text(runner)


def test_quick_hide_closes_an_open_pin_prompt(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    from bond.gui.screens.lock import LockScreen

    with_pin(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("boundaries")
    seen = on_dialog(qtbot, lambda _d: window.lock_now())
    window.screens["boundaries"].ui.unlockButton.click()
    assert seen == ["Sam's PIN"]
    assert isinstance(window.current_screen(), LockScreen)
    assert QApplication.activeModalWidget() is None


def test_an_exercise_alone_asks_for_its_persons_pin_first(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    with_pin(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.access.choose = lambda: window.state.profiles[0].id  # type: ignore[method-assign]
    seen = on_dialog(qtbot, lambda dialog: dialog.reject())
    window.features.exercises.start("set-one-boundary", False)
    assert seen == ["Sam's PIN"]
    qtbot.wait(200)
    assert not isinstance(window.current_screen(), RunnerScreen)  # not without the PIN
    seen = on_dialog(qtbot, type_pin(PIN))
    window.features.exercises.start("set-one-boundary", False)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    assert seen == ["Sam's PIN"]


def test_pin_buttons_come_in_reading_order(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam", "Alex"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("settings")
    ui = window.screens["settings"].ui
    ui.autostartCheck.setFocus()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.screens["settings"].findChild(
        QPushButton, "pin-set-0"
    )
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.screens["settings"].findChild(
        QPushButton, "pin-set-1"
    )
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.passphraseButton


def test_change_remove_and_forgot_the_pin_in_settings(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    from PySide6.QtWidgets import QMessageBox

    with_pin(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    sam = window.state.profiles[0].id
    window.go("settings")

    def change(dialog: PinDialog) -> None:
        keys(dialog.ui.currentEdit, PIN)
        keys(dialog.ui.newEdit, "970312")
        keys(dialog.ui.againEdit, "970312")
        QTest_enter(dialog.ui.againEdit)

    seen = on_dialog(qtbot, change)
    window.screens["settings"].findChild(QPushButton, "pin-change-0").click()
    qtbot.waitUntil(lambda: toast_text(window) == "Sam's PIN is changed.", timeout=10000)
    assert seen == ["Change Sam's PIN"]
    assert window.state.keychain is not None and not window.state.keychain.is_open(sam)

    seen = on_dialog(qtbot, type_pin("970312"))
    window.screens["settings"].findChild(QPushButton, "pin-remove-0").click()
    qtbot.waitUntil(lambda: "Sam's PIN is removed" in toast_text(window), timeout=10000)
    assert not window.state.profiles[0].has_pin

    # Set one again, then "forget" it: a reset is asked for, nothing is deleted yet; at Sam's
    # next unlock the dialog says so and when, and Sam's PIN cancels it (DECISIONS 37).
    def set_again(dialog: PinDialog) -> None:
        keys(dialog.ui.newEdit, "582046")
        keys(dialog.ui.againEdit, "582046")
        QTest_enter(dialog.ui.againEdit)

    on_dialog(qtbot, set_again)
    window.screens["settings"].findChild(QPushButton, "pin-set-0").click()
    qtbot.waitUntil(lambda: window.state.profiles[0].has_pin, timeout=10000)
    warned: list[str] = []

    def ask_reset() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        warned.append(box.informativeText())
        next(b for b in box.buttons() if "Ask for a reset" in b.text().replace("&", "")).click()

    QTimer.singleShot(100, ask_reset)
    window.screens["settings"].findChild(QPushButton, "pin-forgot-0").click()
    qtbot.waitUntil(lambda: toast_text(window).startswith("A reset of Sam's PIN"), timeout=10000)
    assert warned and "24 hours" in warned[0] and "cancels it" in warned[0]
    assert window.state.profiles[0].has_pin  # nothing happens before the wait

    # Asking again says it is already waiting, and changes nothing.
    told: list[str] = []

    def already() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    QTimer.singleShot(100, already)
    window.screens["settings"].findChild(QPushButton, "pin-forgot-0").click()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert "already waiting" in told[0]

    notes: list[str] = []

    def unlock(dialog: PinDialog) -> None:
        notes.append(dialog.ui.noteLabel.text())
        type_pin("582046")(dialog)

    opened: list[bool] = []
    on_dialog(qtbot, unlock)
    window.access.ensure_open(sam, lambda: opened.append(True))
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert "someone asked to reset this PIN" in notes[0] and "cancels" in notes[0]
    assert toast_text(window) == "The PIN reset is cancelled. Nothing was deleted."
    assert window.access.resets().check(sam).pending is None
    assert window.state.vault is not None and window.state.keychain is not None
    (boundary,) = BoundaryService(window.state.vault, window.state.keychain).list(sam)
    assert boundary.words == BOUNDARY  # nothing was deleted


@pytest.mark.parametrize("scale", [100, 130, 140, 170, 200])
def test_the_pin_dialogs_buttons_keep_their_words_at_every_text_size(
    qtbot: QtBot, scale: int
) -> None:
    """At 130–140% text "Set the PIN" showed as "Set the PI": the filled button's bold text
    was drawn but not measured. Each button's text fits its room, also when Cancel has the
    focus (a focused button becomes the dialog's default)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", scale)
    try:
        for mode in PinMode:
            dialog = PinDialog(mode, "Sam", lambda _c, _n: None)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
            for focus in (None, cancel):
                if focus is not None:
                    focus.setFocus()
                    qtbot.waitUntil(focus.hasFocus)
                for button in dialog.ui.buttonBox.buttons():
                    option = QStyleOptionButton()
                    button.initStyleOption(option)
                    room = button.style().subElementRect(
                        QStyle.SubElement.SE_PushButtonContents, option, button
                    )
                    needs = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
                    assert needs <= room.width(), (scale, mode, button.text(), focus)
                    assert button.width() >= button.sizeHint().width(), (scale, mode)
            ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
            assert ok.font().bold()  # the one filled button is bold and measured so
            dialog.reject()
    finally:
        apply_theme(app, "light", 100)


def test_a_boundary_moved_from_another_row_is_refused_plainly(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """Someone with the vault key copied one sealed boundary over another: the list says so in
    plain words instead of showing it (issue "Hardening, part 2")."""
    from sqlalchemy import update

    from bond.storage.models import BoundaryRow

    seed_vault(service, ["Sam", "Alex"])
    vault = service.open(service.unlock())
    keys_ = Keychain(vault)
    sam = ProfileService(vault).profiles()[0].id
    boundaries = BoundaryService(vault, keys_)
    one = boundaries.save(sam, {"words": BOUNDARY, "action": ""})
    two = boundaries.save(sam, {"words": "Please knock first.", "action": ""})
    with vault.db.unit_of_work() as s:
        moved = s.get(BoundaryRow, one)
        assert moved is not None
        s.execute(update(BoundaryRow).where(BoundaryRow.id == two).values(payload=moved.payload))
    vault.close()
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("boundaries")
    screen = window.screens["boundaries"]
    qtbot.waitUntil(lambda: "not where it was saved" in toast_text(window), timeout=10000)
    # The other boundary still shows; the moved box is not shown as it.
    assert screen.model.rowCount() == 1 and BOUNDARY in screen.model.item(0).text()


def test_a_completed_reset_is_told_when_the_space_is_opened(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """Sam's reset was asked for a day ago: opening Sam's space completes it and says so."""
    import json
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QMessageBox

    from bond.domain.pin_reset import RESET_WAIT, start
    from bond.storage.models import SettingRow

    with_pin(service)
    vault = service.open(service.unlock())
    sam = ProfileService(vault).profiles()[0].id
    now = datetime.now(UTC)
    waited = start(now - timedelta(hours=25)).to_json()
    waited.update(seen=(now - timedelta(seconds=1)).isoformat(), counted=RESET_WAIT.total_seconds())
    with vault.db.unit_of_work() as s:
        s.add(SettingRow(key="pin-reset:" + sam, value=json.dumps(waited)))
    vault.close()
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    told: list[str] = []

    def read_it() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_it)
            return
        told.append(box.text() + "\n" + box.informativeText())
        box.buttons()[0].click()

    QTimer.singleShot(50, read_it)
    window.go("boundaries")  # Sam's list (no PIN any more) opens, after the notice
    screen = window.screens["boundaries"]
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert "Sam's PIN was reset." in told[0] and "24-hour wait" in told[0]
    assert not window.state.profiles[0].has_pin
    qtbot.waitUntil(lambda: not window.ops.busy())
    assert screen.model.rowCount() == 0 and BOUNDARY not in visible_text(screen)
    # Told once in this run of Bond, not at every list.
    opened: list[bool] = []
    window.access.ensure_open(sam, lambda: opened.append(True))
    assert opened == [True] and len(told) == 1
