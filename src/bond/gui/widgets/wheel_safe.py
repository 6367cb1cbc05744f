"""The scroll wheel changes only a control the person is working with (DESIGN principle 5).

A wheel turned over a combo box, spin box, date or time box or slider that does not have the
keyboard focus leaves its value alone and scrolls the page it sits on, as if the pointer were
over the page (scrolling Settings once switched the language). With the focus, the wheel works
as usual. These controls take the focus by Tab or a click only (``StrongFocus``): the wheel never
gives it to them.

Installed per control, where its screen or widget is built (``wheel_safe(self)`` after
``setupUi``), not as an application-wide filter: that would call Python for every event in
Bond, while this adds one look at the event type for each event these few controls receive.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from shiboken6 import isValid

#: The controls whose value a wheel turn changes (a scroll bar is not one: it scrolls).
GUARDED: tuple[type[QWidget], ...] = (QComboBox, QAbstractSpinBox, QAbstractSlider)

_WHEEL = QEvent.Type.Wheel
_WHEEL_FOCUS = Qt.FocusPolicy.WheelFocus


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _WHEEL and isinstance(watched, QWidget) and not watched.hasFocus():
            # Taken from the control and ignored: Qt hands an ignored wheel event on to the
            # parents, so the scroll area around the control scrolls.
            event.ignore()
            return True
        return False


_guards: list[_WheelGuard] = []  # one for the whole app, made when first needed


def _the_guard() -> _WheelGuard:
    if not _guards or not isValid(_guards[0]):
        _guards[:] = [_WheelGuard(QCoreApplication.instance())]
    return _guards[0]


def guard(control: QWidget) -> None:
    """Make one control wheel-safe (installing twice is harmless)."""
    if isinstance(control, QScrollBar):
        return
    if control.focusPolicy() == _WHEEL_FOCUS:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    control.installEventFilter(_the_guard())
    if isinstance(control, QAbstractSpinBox):
        pad_spin_box(control)


def pad_spin_box(box: QAbstractSpinBox) -> None:
    """Start a number or time box's text where a text box's and a drop-down's start. The style
    sheet's padding does not reach the line edit inside a spin box (Qt places it at the box's
    left edge, its text 2 px in: "19:00" touched the edge), so it gets the same room as a text
    margin, in the style sheet's ``input_pad_h`` for the text size in force."""
    from bond.gui.theme import current_scale, input_pad_h

    edit = box.findChild(QLineEdit)
    if edit is not None:
        edit.setTextMargins(input_pad_h(current_scale()), 0, 0, 0)


def wheel_safe(root: QWidget) -> None:
    """Make every wheel-changed control in ``root`` (and ``root`` itself) wheel-safe; call it
    once the widgets are made. Controls added later need their own :func:`guard`."""
    if isinstance(root, GUARDED):
        guard(root)
    for kind in GUARDED:
        for control in root.findChildren(kind):
            guard(control)
