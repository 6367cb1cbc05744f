"""Going from page to page, the keyboard goes straight to the new page: it never passes through
the top bar (a screen reader would say "Get support now" on the way, and, flooded, nothing)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bond.gui.screens.home import HomeScreen
from bond.gui.screens.library import LibraryScreen
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen


def test_ctrl_l_takes_the_keyboard_straight_to_the_library_search(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.current_screen().isAncestorOf(QApplication.focusWidget()))
    stops: list[QWidget] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: new is not None and stops.append(new))
    window.go("library")
    wait_for_screen(qtbot, window, LibraryScreen)
    screen = window.current_screen()
    assert isinstance(screen, LibraryScreen)
    qtbot.waitUntil(screen.ui.searchEdit.hasFocus)
    names = [w.objectName() or type(w).__name__ for w in stops]
    assert stops == [screen.ui.searchEdit], names


def test_enter_presses_the_button_that_has_the_keyboard(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """On Home, Enter on "Choose an exercise" opens Exercises, as Space does."""
    from PySide6.QtCore import Qt

    from bond.gui.screens.exercises import ExercisesScreen
    from tests.gui.conftest import press

    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.activateWindow()
    home = window.features.home.screen
    home.ui.exercisesButton.setFocus()
    qtbot.waitUntil(home.ui.exercisesButton.hasFocus)
    press(Qt.Key.Key_Return)
    wait_for_screen(qtbot, window, ExercisesScreen)
