"""Enter presses the button that has the keyboard, as Space does.

Qt's buttons answer only Space (Enter goes to a dialog's default button). People who cannot see
the screen, and many who can, press Enter on a button and hear nothing happen: so, in Bond,
Enter on a focused push button presses it. Check boxes and radio buttons keep Space (Enter on
them would change a choice by accident), and a dialog's own default button still answers
Enter where the keyboard is not on a button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterPresses(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and not event.isAutoRepeat()
            and isinstance(watched, QPushButton | QToolButton)
            and watched.hasFocus()
            and watched.isEnabled()
            and not (isinstance(watched, QPushButton) and watched.menu() is not None)
        ):
            watched.click()  # at once, as Space on release does
            return True
        return False


_filter: list[_EnterPresses] = []


def install() -> None:
    """Once per application."""
    app = QApplication.instance()
    if not _filter and isinstance(app, QApplication):
        _filter.append(_EnterPresses(app))
        app.installEventFilter(_filter[0])
