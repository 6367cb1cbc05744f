"""The rail's three forms: labels beside the icons, labels under them (stacked), icons alone;
it takes the roomiest that fits the window, and keeps every place's name, tooltip, Alt letter
and keyboard in each."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bond.gui.design import tokens
from bond.gui.design.navigation import MAX_SHARE, STACKED_SHARE, NavigationRail
from bond.gui.theme import apply_theme, current_theme

NAV = [
    ("home", "home", "&Home"),
    ("exercises", "exercises", "E&xercises"),
    ("library", "library", "&Library"),
    ("agreements", "agreements", "A&greements"),
    ("boundaries", "boundaries", "Bo&undaries"),
    ("progress", "progress", "Pr&ogress"),
    None,
    ("settings", "settings", "S&ettings"),
]
SPANISH = [
    ("home", "home", "&Inicio"),
    ("exercises", "exercises", "E&jercicios"),
    ("library", "library", "&Biblioteca"),
    ("agreements", "agreements", "Ac&uerdos"),
    ("boundaries", "boundaries", "Lí&mites"),
    ("progress", "progress", "Pr&ogreso"),
    None,
    ("settings", "settings", "Con&figuración"),
]


def app() -> QApplication:
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    return found


@pytest.fixture
def at_200() -> Iterator[None]:
    theme = current_theme()
    apply_theme(app(), theme, 200)
    try:
        yield
    finally:
        apply_theme(app(), theme, 100)


@pytest.mark.parametrize(("items", "width"), [(NAV, 1040), (SPANISH, 1166)], ids=["en", "es"])
def test_at_200_percent_a_narrow_window_keeps_the_words_under_the_icons(
    qtbot: QtBot, at_200: None, items: list[tuple[str, str, str] | None], width: int
) -> None:
    """Between the width where the labels beside the icons no longer fit (1,068 px at 200%) and
    the one where the pages need the room (STACKED_SHARE), each word sits under its icon."""
    rail = NavigationRail(items, current="library")
    qtbot.addWidget(rail)
    rail.show()
    qtbot.waitUntil(lambda: rail.icon_px() == 32)  # the text size has reached it
    rail.fit(width)
    assert rail.form() == "stacked" and rail.width() <= STACKED_SHARE * width
    assert rail.full_width() > MAX_SHARE * width  # beside the icons they would not fit
    # About 104 px at 100% text, grown as the icons grow (32 / 20), or as a word needs.
    assert rail.width() >= round(104 * rail.icon_px() / tokens.ICON_PX)
    for place, button in ((p, rail.button(p)) for p in rail.places()):
        assert button.text() == ""  # the words are drawn under the icon, not beside it
        assert button.accessibleName() == button.toolTip() != ""
        assert button.shortcut().toString() != "", place  # its Alt letter still goes there
        assert button.minimumHeight() > rail.icon_px() + tokens.font_px("small", 200)
    rail.fit(1280)
    assert rail.form() == "full"
    rail.fit(960)  # the pages need the room (Boundaries, Get support now at 200%): icons alone
    assert rail.is_compact() and rail.width() < rail.stacked_width()
    rail.fit(width)
    assert rail.is_stacked()


def test_the_stacked_rail_marks_the_current_place_and_moves_by_keyboard(
    qtbot: QtBot, at_200: None
) -> None:
    rail = NavigationRail(NAV, current="library")
    qtbot.addWidget(rail)
    chosen: list[str] = []
    rail.place_chosen.connect(chosen.append)
    rail.show()
    rail.activateWindow()
    qtbot.waitUntil(rail.isActiveWindow)  # it must have the keyboard for focus to move
    qtbot.waitUntil(lambda: rail.icon_px() == 32)
    rail.set_form("stacked")
    qtbot.waitExposed(rail)
    library = rail.button("library")
    assert library.isChecked() and library.accessibleDescription() == "You are here"
    # The marker bar on the current place's leading edge, as in the other forms.
    image = library.grab().toImage()
    marker = QColor(image.pixelColor(QPoint(1, library.height() // 2))).name().upper()
    assert marker == tokens.colours(current_theme())["nav_marker"].upper()
    # Its icon is drawn centred above its words.
    middle = [
        QColor(image.pixelColor(QPoint(x, y))).name().upper()
        for x in range(library.width() // 2 - 8, library.width() // 2 + 8)
        for y in range(4, 4 + rail.icon_px() + 8)
    ]
    assert len(set(middle)) > 1  # the icon is drawn there, over the fill
    library.setFocus()
    QTest.keyClick(library, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is rail.button("agreements")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert chosen == ["agreements"]
    rail.button("library").animateClick()  # what its Alt letter does, stacked too
    qtbot.waitUntil(lambda: chosen[-1] == "library")
    assert rail.button("library").shortcut().toString() == "Alt+L"
