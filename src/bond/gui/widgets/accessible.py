"""Role and value for the widgets Bond builds itself, as screen readers read them.

Qt reports a plain ``QWidget`` as a nameless "client" with no value. A widget that sets
``accessible_role`` and defines ``accessible_value()`` gets an interface reporting both; its name
and description are ordinary widget properties, and :func:`announce` tells assistive technology
when the value or description changed (there are no live regions in Qt, so this is the way).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QAccessibleValueChangeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

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
    return None


def install() -> None:
    """Register the factory once per process (each custom widget calls this as it is made)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


def announce(widget: QWidget, value: str, description: str) -> None:
    """Keep the description in words and tell screen readers the value changed."""
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)  # Qt sends DescriptionChanged itself
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleValueChangeEvent(widget, value))
