"""The window's chrome: the top bar folds its menus into one Menu button when room is short (the
Alt keys of the menus work in both forms), and Alt underlines show only while Alt is held."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QStyle
from pytestqt.qtbot import QtBot

from bond.gui.main_window import MainWindow
from bond.gui.screens.home import HomeScreen
from bond.gui.theme import apply_theme, current_theme
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen


def app() -> QApplication:
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    return found


def open_menu() -> QMenu | None:
    popup = QApplication.activePopupWidget()
    return popup if isinstance(popup, QMenu) else None


def close_menus() -> None:
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()


def home(qtbot: QtBot, make_window: WindowFactory, service: VaultService) -> MainWindow:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_the_menus_fold_into_one_button_when_room_is_short_and_keep_their_alt_keys(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    window = home(qtbot, make_window, service)
    ui, bar = window.ui, window.top_bar
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280 and not bar.is_folded())
    assert ui.menubar.isVisible() and not ui.menuButton.isVisible()
    QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # the menu bar's
    qtbot.waitUntil(lambda: open_menu() is ui.menuView)
    close_menus()
    theme = current_theme()
    try:
        apply_theme(app(), theme, 200)
        window.resize(960, 680)
        qtbot.waitUntil(bar.is_folded)
        assert not ui.menubar.isVisible() and ui.menuButton.isVisible()
        assert ui.menuButton.text() == "Menu" and ui.menuButton.accessibleName() == "Menu"
        assert ui.hideButton.text() == "Hide"  # Hide keeps its word at 200%
        assert ui.supportButton.text() == "Get support now"
        assert ui.topBar.layout().sizeHint().width() <= window.width()
        # Alt+V: the Menu button's list, with View open in it and its first item chosen.
        QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: open_menu() is ui.menuView)
        assert bar.menu.isVisible() and bar.menu.activeAction() is ui.menuView.menuAction()
        assert ui.menuView.activeAction() is ui.actionLargerText
        close_menus()
        QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Help
        qtbot.waitUntil(lambda: open_menu() is ui.menuHelp)
        close_menus()
        # The button itself (a click, Space, Enter): the list, the menus named in it.
        ui.menuButton.click()
        qtbot.waitUntil(lambda: open_menu() is bar.menu)
        titles = [a.text() for a in bar.menu.actions()]
        assert titles == [ui.menuBond.title(), ui.menuView.title(), ui.menuHelp.title()]
        close_menus()
        # Locked: no menus in either form, and their keys open nothing.
        window.lock_now()
        assert not ui.menuButton.isVisible() and not ui.menubar.isVisible()
        QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
        assert open_menu() is None
        window.lock_screen.unlock_requested.emit("")
        wait_for_screen(qtbot, window, HomeScreen)
        assert ui.menuButton.isVisible()
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: not bar.is_folded())
        assert ui.menubar.isVisible() and not ui.menuButton.isVisible()
    finally:
        close_menus()
        apply_theme(app(), theme, 100)


def test_in_a_very_narrow_bar_the_icons_keep_their_names_and_tooltips(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    window = home(qtbot, make_window, service)
    ui, bar = window.ui, window.top_bar
    theme = current_theme()
    try:
        apply_theme(app(), theme, 200)
        window.resize(640, 600)
        qtbot.waitUntil(lambda: bar.is_folded() and bar.is_compact())
        assert ui.hideButton.text() == "" and ui.hideButton.accessibleName()
        assert ui.hideButton.toolTip() and ui.menuButton.toolTip()
        assert ui.supportButton.text() == "Get support now"
        if ui.menuButton.text() == "":
            assert ui.menuButton.accessibleName() == "Menu"
    finally:
        apply_theme(app(), theme, 100)


def test_alt_underlines_show_only_while_alt_is_held_and_the_letters_still_work(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    window = home(qtbot, make_window, service)
    window.resize(1280, 800)
    style = app().style()
    hint = QStyle.StyleHint.SH_UnderlineShortcut
    library = window.rail.button("library")
    assert library.text() == "&Library"
    assert style.styleHint(hint, None, library) == 0  # the style sheet asks its base style
    before = library.grab().toImage()
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyPress(handle, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    try:
        assert style.styleHint(hint, None, library) == 1
        qtbot.waitUntil(lambda: library.grab().toImage() != before)  # the underline drawn
    finally:
        QTest.keyRelease(handle, Qt.Key.Key_Alt)
    assert style.styleHint(hint, None, library) == 0
    qtbot.waitUntil(lambda: library.grab().toImage() == before)  # and gone again
    assert style.styleHint(hint, None, window.ui.menuView) == 1  # an open menu shows its letters
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # hidden, it works
    qtbot.waitUntil(lambda: window.rail.current() == "library")
