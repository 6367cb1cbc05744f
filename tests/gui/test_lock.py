"""Quick hide and idle lock: a neutral screen at once, nothing private left showing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.lock import LockScreen
from bond.gui.screens.runner import RunnerScreen
from bond.gui.screens.support import SupportScreen
from bond.services.vault_service import VaultService
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, activate, keys, press, seed_vault, wait_for_screen

SECRET = "Pangolin-secret-words"


def visible_text(root: QWidget) -> str:
    parts = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    parts += [w.toPlainText() for w in root.findChildren(QPlainTextEdit) if w.isVisible()]
    parts += [w.text() for w in root.findChildren(QLineEdit) if w.isVisible()]
    return "\n".join(parts)


def make_vault(service: VaultService, *, passphrase: bool) -> None:
    seed_vault(service, ["Kai"], passphrase=PASSPHRASE if passphrase else None)


def test_shift_three_times_hides_a_private_answer_at_once(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service, passphrase=True)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.features.exercises.start("four-part-message", False)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    runner = window.features.exercises.runner
    assert runner is not None
    while not (runner.run.frame.step and runner.run.frame.step.type.value == "text"):
        runner.go_next()
    keys(QApplication.focusWidget(), SECRET)
    assert SECRET in visible_text(window)
    for _ in range(3):
        press(Qt.Key.Key_Shift)
    assert isinstance(window.current_screen(), LockScreen)
    assert SECRET not in visible_text(window)
    assert window.windowTitle() == "Bond"
    assert not window.rail.button("home").isVisible()
    # Work finishing later cannot bring anything back while locked.
    window.go("home")
    qtbot.wait(300)
    assert isinstance(window.current_screen(), LockScreen)
    # Support works while locked, and Escape comes back to the lock.
    press(Qt.Key.Key_F1)
    assert isinstance(window.current_screen(), SupportScreen)
    press(Qt.Key.Key_Escape)
    assert isinstance(window.current_screen(), LockScreen)
    lock = window.lock_screen
    keys(lock.ui.passphraseEdit, "wrong one")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lock.ui.errorLabel.isVisible, timeout=10000)
    keys(lock.ui.passphraseEdit, PASSPHRASE)
    press(Qt.Key.Key_Return)
    wait_for_screen(qtbot, window, HomeScreen)
    qtbot.waitUntil(
        window.features.home.screen.ui.continueBox.isVisible
    )  # the exercise was paused, kept


def test_the_hide_button_and_idle_lock(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service, passphrase=False)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.ui.hideButton.isVisible()
    # Out of the Tab chain (a stray Tab and Space locked mid-exercise); the mouse and the
    # shortcuts reach it, and Ctrl+Shift+H is tried in test_quick_hide_works_during_the_first_run.
    assert not window.ui.hideButton.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(window.ui.hideButton, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen(), LockScreen)
    assert not window.lock_screen.ui.passphraseEdit.isVisible()
    assert "Anyone here can continue" in window.lock_screen.ui.hintLabel.text()
    activate(window.lock_screen.ui.unlockButton)
    wait_for_screen(qtbot, window, HomeScreen)
    window.watcher.idle.emit()  # as if the chosen minutes passed without use
    assert isinstance(window.current_screen(), LockScreen)
    press(Qt.Key.Key_Return)


def test_quick_hide_works_during_the_first_run(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(window.current_screen(), LockScreen)
    activate(window.lock_screen.ui.unlockButton)
    assert isinstance(window.current_screen(), FirstRunScreen)


def test_one_real_shift_press_counts_once(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """A press delivered through the window passes the app-wide filter at several widgets;
    typing a capital letter or Shift+Tab must not hide Bond."""
    from PySide6.QtTest import QTest

    make_vault(service, passphrase=True)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    qtbot.wait(50)
    assert isinstance(window.current_screen(), HomeScreen)
    QTest.keyClick(handle, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    qtbot.wait(50)
    assert isinstance(window.current_screen(), HomeScreen)
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), LockScreen))
