"""The shell's frame: the rail marks where the person is, collapses when it must, and every page
opens at its top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from bond.gui.screens.home import HomeScreen
from bond.gui.screens.support import SupportScreen
from bond.gui.theme import apply_theme, current_theme
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, press, seed_vault, wait_for_screen


def test_the_rail_marks_the_place_and_the_screens_that_belong_to_it(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    rail = window.rail
    width = rail.width()  # the same on every page: the page never shifts sideways
    assert rail.current() == "home" and rail.button("home").isChecked()
    assert rail.button("home").accessibleDescription() == "You are here"
    for place, marked in (
        ("library", "library"),
        ("article/feelings-and-needs", "library"),
        ("exercises", "exercises"),
        ("history", "progress"),
        ("settings", "settings"),
    ):
        window.go(place)
        qtbot.waitUntil(lambda m=marked: rail.current() == m and not window.ops.busy())
        checked = [p for p in rail.places() if rail.button(p).isChecked()]
        assert checked == [marked], place
        here = rail.button(marked)
        assert here.accessibleDescription() == "You are here"
        assert here.font().bold() and here.width() >= here.sizeHint().width()  # measured bold
        assert rail.width() == width, place
    window.go("support")  # Get support now is in the top bar, not a place in the rail
    assert isinstance(window.current_screen(), SupportScreen)
    assert rail.current() is None


def test_choosing_a_place_in_the_rail_goes_there_and_the_arrows_move_along_it(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    home = window.rail.button("home")
    home.setFocus()
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.rail.button("exercises")
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen() is window.screens.get("library", window.busy))
    assert window.rail.current() == "library"


def test_an_exercise_has_the_window_to_itself(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("run/longer-out-breath")
    qtbot.waitUntil(lambda: window.screens.name_of(window.current_screen()) == "runner")
    assert not window.rail.isVisible()
    window.go("home")
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.rail.isVisible()


def test_the_rail_keeps_its_words_at_200_percent_under_its_icons_when_narrow(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """Labels beside the icons in the smallest window at 100% text and at 200% in a 1280-pixel
    one; narrower at 200% each label under its icon (still named, with its tooltip, the current
    place still marked); icons alone where even that would squeeze the pages (960×680)."""
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    rail, app = window.rail, QApplication.instance()
    assert isinstance(app, QApplication)
    window.resize(640, 600)
    qtbot.waitUntil(lambda: window.width() == 640)
    assert rail.form() == "full" and rail.button("library").text() == "&Library"
    try:
        apply_theme(app, current_theme(), 200)
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: window.width() == 1280)
        assert rail.form() == "full" and rail.button("library").text() == "&Library"
        assert rail.width() <= 0.28 * window.width()
        window.resize(1040, 680)  # labels beside the icons no longer fit: under them
        qtbot.waitUntil(rail.is_stacked)
        assert not rail.is_compact() and rail.width() <= 0.28 * window.width()
        library = rail.button("library")
        assert library.accessibleName() == "Library" and library.toolTip() == "Library"
        home = rail.button("home")
        assert home.isChecked() and home.accessibleDescription() == "You are here"
        # every place fits the window's height, its words under its icon
        qtbot.waitUntil(lambda: rail.button("settings").geometry().bottom() < rail.height())
        assert library.height() > 2 * rail.icon_px()
        window.resize(960, 680)  # the pages need the room: icons alone, still named
        qtbot.waitUntil(rail.is_compact)
        assert library.text() == "" and library.accessibleName() == "Library"
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: rail.form() == "full")
    finally:
        apply_theme(app, current_theme(), 100)


def test_every_page_opens_at_its_top_and_get_support_returns_where_you_were(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    window.resize(960, 500)
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("settings")
    qtbot.waitUntil(lambda: not window.ops.busy())
    area = window.screens["settings"].findChild(QScrollArea)
    assert area is not None
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    window.go("support")
    window.go("back")  # leaving Get support: Settings as it was
    assert window.screens.name_of(window.current_screen()) == "settings"
    assert bar.value() == bar.maximum()
    window.go("home")
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("settings")
    qtbot.waitUntil(lambda: not window.ops.busy())
    assert bar.value() == 0


def test_the_top_bar_icons_follow_the_theme(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    support = window.ui.supportButton
    assert not support.icon().isNull() and not window.ui.hideButton.icon().isNull()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, theme = support.icon().cacheKey(), current_theme()
    try:
        apply_theme(app, "dark", 100)
        qtbot.waitUntil(lambda: support.icon().cacheKey() != before)
    finally:
        apply_theme(app, theme, 100)


def test_get_support_now_is_marked_while_on_show_and_the_lock_keeps_only_two_ways_out(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    support = window.ui.supportButton
    assert not support.isChecked()
    press(Qt.Key.Key_F1)
    assert isinstance(window.current_screen(), SupportScreen) and support.isChecked()
    window.go("back")
    assert not support.isChecked()
    window.lock_now()  # a passer-by sees no menus, no places: only Hide and Get support now
    assert not window.ui.menubar.isVisible() and not window.rail.isVisible()
    assert support.isVisible() and window.ui.hideButton.isVisible()
    window.lock_screen.unlock_requested.emit("")
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.ui.menubar.isVisible() and window.rail.isVisible()
