"""Reduced motion: the person's own setting, or the computer's accessibility preference.

Qt 6.12 reports the platform's "reduce motion" choice as
``QStyleHints.accessibility().motionPreference()`` (macOS and Windows settings, and on Linux
desktops whose platform theme passes it on). Where the platform says nothing, only the setting in
Bond counts. Either one makes the breathing guide stand still and count in words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def system_reduces_motion() -> bool:
    """True when the computer asks applications for less motion."""
    if QGuiApplication.instance() is None:
        return False
    hints = QGuiApplication.styleHints()  # kept in a name: the accessibility object is its child
    return hints.accessibility().motionPreference() == Qt.MotionPreference.ReducedMotion


def reduce_motion(chosen: bool) -> bool:
    """What the screens use: the Settings choice, or the computer's preference."""
    return chosen or system_reduces_motion()
