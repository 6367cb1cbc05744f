"""Which theme is in force: a person's choice, or the computer's (DECISIONS 32).

With "Follow the system" (the default), dark follows ``QStyleHints.colorScheme()`` and high
contrast the system's contrast preference where Qt reports it (``QStyleHints.accessibility()``,
Qt 6.10 and later; older Qt simply never reports it). A person's choice in Settings wins; a
policy cannot force a theme.

Start-up: :func:`start_theme` applies the theme applied last (kept in the preferences) before the
first frame, without asking the system; :func:`follow_system` runs after the first paint, asks
once, applies a change, and keeps following the system's changes while Bond runs.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from bond.gui.preferences import Preferences
from bond.gui.theme import apply_theme, current_theme

log = logging.getLogger(__name__)

FOLLOWER_NAME = "bondSystemTheme"


def style_hints() -> Any:
    """The platform's style hints (one place, so a test can stand in for the system)."""
    return QGuiApplication.styleHints()


def _contrast_hints(hints: Any) -> Any | None:
    """Qt's accessibility hints (6.10+), or None where this Qt has none."""
    getter = getattr(hints, "accessibility", None)
    if getter is None:
        return None
    try:
        return getter()
    except (RuntimeError, TypeError):  # not available on this platform
        return None


def system_theme(fallback: str) -> str:
    """The theme the computer asks for; ``fallback`` when it says nothing (Qt reports
    ``Unknown`` on platforms without a colour scheme, or before a desktop portal answers)."""
    hints = style_hints()
    access = _contrast_hints(hints)
    if access is not None:
        preference = getattr(access, "contrastPreference", lambda: None)()
        if getattr(preference, "name", "") == "HighContrast":
            return "high-contrast"
    scheme = getattr(hints.colorScheme(), "name", "Unknown")
    if scheme == "Dark":
        return "dark"
    if scheme == "Light":
        return "light"
    return fallback


def chosen_theme(prefs: Preferences) -> str:
    """The theme to show now: the person's choice, else the system's, else the last one."""
    if prefs.theme != "system":
        return prefs.theme
    return system_theme(prefs.applied_theme)


def apply_appearance(app: QApplication, prefs: Preferences, *, remember: bool = True) -> str:
    """Apply the chosen theme at the chosen text size, and remember it for the next start
    (not after a wipe: nothing may be written back then)."""
    theme = chosen_theme(prefs)
    apply_theme(app, theme, prefs.text_scale)
    if remember:
        prefs.applied_theme = theme
    return theme


def start_theme(app: QApplication, prefs: Preferences) -> str:
    """Before the first frame: the person's choice, or the theme applied last. The system is
    not asked yet (``follow_system`` does that after the first paint)."""
    theme = prefs.theme if prefs.theme != "system" else prefs.applied_theme
    apply_theme(app, theme, prefs.text_scale)
    return theme


class SystemThemeFollower(QObject):
    """Applies the system's theme when it changes, while the person follows the system."""

    def __init__(self, app: QApplication, prefs: Preferences) -> None:
        super().__init__(app)
        self.setObjectName(FOLLOWER_NAME)
        self._app, self.prefs = app, prefs
        hints = style_hints()
        hints.colorSchemeChanged.connect(self.refresh)
        access = _contrast_hints(hints)
        signal = getattr(access, "contrastPreferenceChanged", None)
        if signal is not None:
            signal.connect(self.refresh)

    def refresh(self, *_args: object) -> None:
        if self.prefs.theme != "system":
            return  # the person's choice wins
        theme = system_theme(current_theme())
        if theme != current_theme():
            log.info("following the system's theme: %s", theme)
            apply_theme(self._app, theme, self.prefs.text_scale)
        self.prefs.applied_theme = theme


def follow_system(app: QApplication, prefs: Preferences) -> SystemThemeFollower:
    """After the first paint: apply the system's theme if it differs, then follow its changes
    (once per app; a later call only refreshes)."""
    found = app.findChild(SystemThemeFollower, FOLLOWER_NAME)
    follower = found if isinstance(found, SystemThemeFollower) else SystemThemeFollower(app, prefs)
    follower.prefs = prefs
    follower.refresh()
    return follower
