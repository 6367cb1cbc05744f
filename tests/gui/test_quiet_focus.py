"""A pane (a list, an article) that takes the keyboard as its page opens keeps it, but shows its
ring only once the keyboard is used (GTK's focus-visible), in high contrast too; a list then
outlines its current row rather than the whole pane; an article's caret waits for a key."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication
from pytestqt.qtbot import QtBot

from bond.gui.design import tokens
from bond.gui.screens.exercises import ExercisesScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.theme import apply_theme, current_theme
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen


def _edge(pane: QAbstractScrollArea) -> str:
    """The colour of the pane's left edge, half-way down, as drawn."""
    image = pane.grab().toImage()
    return QColor(image.pixelColor(QPoint(0, pane.height() // 2))).name().upper()


def _ring() -> str:
    return tokens.colours(current_theme())["focus"].upper()


def test_a_list_that_takes_the_keyboard_as_its_page_opens_shows_no_ring_until_a_key(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    window.resize(1280, 800)
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("exercises")
    wait_for_screen(qtbot, window, ExercisesScreen)
    pane = window.current_screen().ui.listView
    pane.setFocus(Qt.FocusReason.OtherFocusReason)  # as the page does when it opens
    qtbot.waitUntil(pane.hasFocus)
    qtbot.wait(20)
    assert QApplication.focusWidget() is pane  # the keyboard is where it was
    assert _edge(pane) != _ring()  # but no ring round the whole list
    assert not _row_ringed(pane)
    qtbot.keyClick(pane, Qt.Key.Key_Down)  # the keyboard in use: its row shows it
    assert _row_ringed(pane) and _edge(pane) != _ring()  # the row, never the whole pane
    window.ui.supportButton.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: not pane.hasFocus())
    assert not _row_ringed(pane)
    pane.setFocus(Qt.FocusReason.TabFocusReason)  # Tab brings it: shown at once
    qtbot.waitUntil(pane.hasFocus)
    assert _row_ringed(pane)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton)  # the pointer: put away
    assert pane.hasFocus() and not _row_ringed(pane)


def _row_ringed(pane: QAbstractItemView) -> bool:
    """Whether the current row's top-left corner is drawn in the focus colour."""
    rect = pane.visualRect(pane.currentIndex())
    image = pane.viewport().grab().toImage()
    corner = QPoint(rect.left() + 8, rect.top())
    return QColor(image.pixelColor(corner)).name().upper() == _ring()


def test_high_contrast_shows_the_ring_once_the_keyboard_is_used(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, "high-contrast", 100)
        window.go("article/feelings-and-needs")
        qtbot.waitUntil(lambda: window.screens.name_of(window.current_screen()) == "article")
        pane = window.current_screen().ui.textView
        pane.setFocus(Qt.FocusReason.OtherFocusReason)  # as the page opens: no ring, no caret
        qtbot.waitUntil(pane.hasFocus)
        qtbot.wait(20)
        assert _edge(pane) != _ring() and pane.cursorWidth() == 0
        qtbot.keyClick(pane, Qt.Key.Key_Down)  # the keyboard: the ring and the caret
        assert _edge(pane) == _ring() and pane.cursorWidth() > 0
    finally:
        apply_theme(app, "light", 100)
