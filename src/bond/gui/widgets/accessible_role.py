"""A widget's role and value as screen readers see them, set from Python.

Qt reports a plain ``QWidget`` as a nameless "client" with no value, and a page stack (the
window's pages, first run's steps, the runner's) as a "layered pane", which Orca says on every
change of page: here a stack is a plain container. A widget with an
``accessible_role`` attribute (and, if it has one, an ``accessible_value()`` method) gets an
interface reporting those instead. On the first frame's path: no ``Qt`` namespace is built here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QPushButton, QStackedWidget, QWidget

_installed: list[bool] = []  # one entry once the factory is in


class _Interface(QAccessibleWidget):
    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Value:
            value = getattr(self.widget(), "accessible_value", None)
            if callable(value):
                return str(value())
        return super().text(t)


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    role = getattr(obj, "accessible_role", None)
    if isinstance(obj, QWidget) and isinstance(role, QAccessible.Role):
        return _Interface(obj, role)
    if isinstance(obj, QStackedWidget):  # pages of a screen or of a step: not a "layered pane"
        return _Interface(obj, QAccessible.Role.Client)
    return None


def install() -> None:
    """Register the factory once per process (each custom widget calls this as it is made)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


class AccessibleGroup(QWidget):
    """A group named by what it is about (a content note, a step's question).

    A screen reader says a group's name as focus enters it, before the control that takes focus:
    the way to have Orca say text that is not a control first, without moving focus onto it.
    """

    accessible_role = QAccessible.Role.Grouping

    def __init__(self, parent: QWidget | None = None) -> None:
        install()  # before Qt makes this widget's interface, which asks the factory
        super().__init__(parent)


class PlaceButton(QPushButton):
    """A button that goes to a place and stays checked while you are there (the rail's, Get
    support now's). A screen reader names it as a button that goes somewhere, not a "check
    box, not checked"; where you are is said in its description ("You are here")."""

    accessible_role = QAccessible.Role.PushButton

    def __init__(self, *args: object) -> None:
        install()  # before Qt makes this widget's interface, which asks the factory
        super().__init__(*args)  # type: ignore[call-overload]
