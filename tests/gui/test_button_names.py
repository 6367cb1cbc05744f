"""A button's accessible name says what it does to what: a screen reader hears the button alone,
not the sentence beside it ("Try it" next to "Something to try: Weekly relationship meeting")."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from bond.content.catalog import load_catalog
from bond.gui.screens.exercises import ExercisesScreen
from bond.gui.screens.home import HomeScreen
from bond.paths import content_dir


def test_home_s_try_it_names_the_exercise(qtbot: QtBot) -> None:
    home = HomeScreen()
    qtbot.addWidget(home)
    suggestion = ("weekly-meeting", "Weekly relationship meeting", True)
    home.show_ahead(datetime(2026, 1, 5, 19, 0), suggestion, [("repair", "Repair after a fight")])
    assert home.ui.suggestButton.text().replace("&", "") == "Try it"  # as it reads on screen
    assert home.ui.suggestButton.accessibleName() == "Try Weekly relationship meeting"
    assert home._recent_buttons[0].accessibleName() == "Read again: Repair after a fight"


def test_the_start_buttons_name_the_exercise(qtbot: QtBot) -> None:
    catalog = load_catalog(content_dir())
    screen = ExercisesScreen(catalog)
    qtbot.addWidget(screen)
    assert screen.select("weekly-meeting")
    assert screen.ui.togetherButton.accessibleName() == (
        "Start together: Weekly relationship meeting"
    )
    assert screen.select("feeling-check")
    title = catalog.exercises["feeling-check"].title
    assert screen.ui.aloneButton.accessibleName() == f"Start alone: {title}"
