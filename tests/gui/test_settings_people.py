"""Settings lists each person as everywhere else: their colour with their initial and name
(a person badge), their PIN's state and its buttons lined up under the name."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from bond.domain.profiles import Profile
from bond.gui.design.person_badge import PersonBadge
from bond.gui.screens.settings import SettingsScreen
from bond.gui.theme import apply_theme
from tests.gui.test_text_size import geometry_problems

NOW = datetime(2026, 1, 5, tzinfo=UTC)


def people() -> list[Profile]:
    return [
        Profile("p1", "Émile", "#2E6F8E", 0, NOW, has_pin=True),
        Profile("p2", "Alex", "#8A4B7A", 1, NOW),
    ]


def test_each_person_is_a_badge_with_their_pin_state_under_the_name(qtbot: QtBot) -> None:
    screen = SettingsScreen("light", 100)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    screen.show_profiles(people())
    QTest.qWait(100)
    badges = screen.ui.peopleBox.findChildren(PersonBadge)
    assert [(b.name, b.initial, b.colour) for b in badges] == [
        ("Émile", "É", "#2E6F8E"),
        ("Alex", "A", "#8A4B7A"),
    ]
    for badge in badges:
        assert badge.isVisible() and badge.label.isVisible()  # the name, never colour alone
        assert badge.accessibleName() == badge.name
    # No bare coloured dot is left, nor a colour set by hand in a style sheet.
    labels = screen.ui.peopleBox.findChildren(QLabel)
    assert not [label for label in labels if label.text() == "\u25cf"]
    assert not [label for label in labels if "color:" in label.styleSheet()]
    # The PIN's state and its buttons start under the name, not under the colour.
    first = badges[0]
    name_x = first.label.mapTo(screen, first.label.rect().topLeft()).x()
    change = screen.findChild(QPushButton, "pin-change-0")
    assert change is not None and change.accessibleName() == "Change PIN: Émile"
    assert abs(change.mapTo(screen, change.rect().topLeft()).x() - name_x) <= 2
    assert geometry_problems(screen.ui.peopleBox) == []


def test_the_pin_buttons_wrap_rather_than_push_the_page_sideways(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 200)
    try:
        screen = SettingsScreen("light", 200)
        qtbot.addWidget(screen)
        screen.show_profiles(people())
        row = screen._profile_rows[0]
        row.resize(520, row.heightForWidth(520))
        row.show()
        QTest.qWait(100)
        assert row.minimumSizeHint().width() <= 520  # three buttons, two rows
        buttons = row.findChildren(QPushButton)
        assert len({b.y() for b in buttons}) > 1
        assert geometry_problems(row) == []
    finally:
        apply_theme(app, "light", 100)
