"""Reduced motion: the person's own setting, or the computer's accessibility preference.

Qt 6.12 reports the platform's "reduce motion" choice as
``QStyleHints.accessibility().motionPreference()`` (macOS and Windows settings, and on Linux
desktops whose platform theme passes it on). Where the platform says nothing, only the setting in
Bond counts. Either one makes the breathing guide stand still and count in words.

Bond pins PySide6 6.11.3 (6.12.0 aborted long sessions on Python 3.11, see
:mod:`bond.hardening`), which has neither the method nor its change signal: there the computer's
preference is not known and only the setting in Bond counts. Both come back by themselves with a
PySide6 that has them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStyleHints


def system_reduces_motion() -> bool:
    """True when the computer asks applications for less motion."""
    if QGuiApplication.instance() is None:
        return False
    hints = QGuiApplication.styleHints()  # kept in a name: the accessibility object is its child
    preference = getattr(hints.accessibility(), "motionPreference", None)  # Qt 6.12 and later
    if preference is None:
        return False
    return bool(preference() == Qt.MotionPreference.ReducedMotion)


def connect_motion_preference_changed(hints: QStyleHints, slot: Callable[[], None]) -> None:
    """Call ``slot`` when the computer's preference changes (Qt 6.12 and later; else never).
    The caller keeps ``hints`` alive: the accessibility object is its child."""
    changed = getattr(hints.accessibility(), "motionPreferenceChanged", None)
    if changed is not None:
        changed.connect(lambda _preference: slot())


def reduce_motion(chosen: bool) -> bool:
    """What the screens use: the Settings choice, or the computer's preference."""
    return chosen or system_reduces_motion()
