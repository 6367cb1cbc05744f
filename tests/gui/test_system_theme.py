"""Themes follow the computer's colour scheme and contrast preference under "Follow the
system", a person's choice wins, and the theme used last comes first (DECISIONS 32)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from bond.gui.design import system_theme, tokens
from bond.gui.preferences import Preferences
from bond.gui.theme import apply_theme, current_theme


def app() -> QApplication:
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    return found


def window_colour() -> str:
    return app().palette().color(QPalette.ColorRole.Window).name().upper()


def drop_follower() -> None:
    found = app().findChild(system_theme.SystemThemeFollower, system_theme.FOLLOWER_NAME)
    if found is not None:
        found.setParent(None)
        found.deleteLater()


@pytest.fixture(autouse=True)
def light_afterwards() -> Iterator[None]:
    drop_follower()
    yield
    drop_follower()
    apply_theme(app(), "light", 100)  # later tests in this process see the usual theme


# -- the system's theme -------------------------------------------------------------------------


class Scheme:
    """Stands in for a Qt enum value: only its name is read."""

    def __init__(self, name: str) -> None:
        self.name = name


class FakeAccessibility(QObject):
    contrastPreferenceChanged = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.preference = Scheme("NoPreference")

    def contrastPreference(self) -> Scheme:
        return self.preference


class FakeHints(QObject):
    """The computer's style hints: a colour scheme and, from Qt 6.10, a contrast preference."""

    colorSchemeChanged = Signal(object)

    def __init__(self, scheme: str = "Unknown", *, accessibility: bool = True) -> None:
        super().__init__()
        self.scheme = Scheme(scheme)
        self.access = FakeAccessibility() if accessibility else None

    def colorScheme(self) -> Scheme:
        return self.scheme

    def __getattr__(self, name: str) -> Any:
        if name == "accessibility" and self.__dict__.get("access") is not None:
            return lambda: self.access
        raise AttributeError(name)

    def change(self, scheme: str) -> None:
        self.scheme = Scheme(scheme)
        self.colorSchemeChanged.emit(self.scheme)


@pytest.fixture
def hints(monkeypatch: pytest.MonkeyPatch) -> FakeHints:
    fake = FakeHints()
    monkeypatch.setattr(system_theme, "style_hints", lambda: fake)
    return fake


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(tmp_path / "settings.ini")


def test_follow_the_system_is_the_default_and_the_last_theme_starts_first(
    hints: FakeHints, prefs: Preferences
) -> None:
    assert prefs.theme == "system" and prefs.applied_theme == "light"
    prefs.applied_theme = "dark"  # what the last run ended with
    hints.change("Light")  # the computer is light now, but it is not asked before the frame
    assert system_theme.start_theme(app(), prefs) == "dark"
    assert current_theme() == "dark" and window_colour() == tokens.COLOURS["dark"]["bg"]
    system_theme.follow_system(app(), prefs)  # after the first paint: asked, and applied
    assert current_theme() == "light" and window_colour() == tokens.COLOURS["light"]["bg"]
    assert prefs.applied_theme == "light"


def test_the_theme_follows_the_systems_scheme_and_contrast_live(
    hints: FakeHints, prefs: Preferences
) -> None:
    system_theme.follow_system(app(), prefs)
    assert current_theme() == "light"  # Unknown: the last one stays
    hints.change("Dark")
    assert current_theme() == "dark" and prefs.applied_theme == "dark"
    assert hints.access is not None
    hints.access.preference = Scheme("HighContrast")
    hints.access.contrastPreferenceChanged.emit(hints.access.preference)
    assert current_theme() == "high-contrast"  # high contrast wins over dark
    hints.access.preference = Scheme("NoPreference")
    hints.change("Light")
    assert current_theme() == "light"
    hints.change("Unknown")  # a desktop that stops saying keeps what is on show
    assert current_theme() == "light"


def test_a_persons_choice_wins_over_the_system(hints: FakeHints, prefs: Preferences) -> None:
    hints.change("Dark")
    prefs.theme = "high-contrast"
    assert system_theme.start_theme(app(), prefs) == "high-contrast"
    system_theme.follow_system(app(), prefs)
    hints.change("Light")
    assert current_theme() == "high-contrast"
    prefs.theme = "system"  # back to following
    assert system_theme.apply_appearance(app(), prefs) == "light"
    assert prefs.applied_theme == "light"


def test_a_qt_without_contrast_hints_still_follows_the_scheme(
    monkeypatch: pytest.MonkeyPatch, prefs: Preferences
) -> None:
    """Before Qt 6.10 there is no ``QStyleHints.accessibility()``."""
    old = FakeHints("Dark", accessibility=False)
    monkeypatch.setattr(system_theme, "style_hints", lambda: old)
    assert not hasattr(old, "accessibility")
    system_theme.follow_system(app(), prefs)
    assert current_theme() == "dark"


def test_preferences_keep_only_known_themes(prefs: Preferences) -> None:
    prefs.theme = "sepia"
    prefs.applied_theme = "system"  # "system" is a choice, never an applied theme
    assert prefs.theme == "system" and prefs.applied_theme == "light"
    for theme in ("light", "dark", "high-contrast"):
        prefs.theme = theme
        assert prefs.theme == theme
