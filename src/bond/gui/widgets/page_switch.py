"""Changing page with the keyboard going straight to the new page.

Qt hides the old page while it still has the keyboard, and hiding a focused widget moves the
focus to the next one in the chain: the top bar's Get support now. A screen reader says that on
the way (and, busy with the new page's events, may then say nothing of where the keyboard
landed). So the focus is let go first and goes to where it was on the new page, as in Qt's
own page stack; on a page never visited, the screen puts it where it belongs (its search field,
its first control) as it is shown, and if it does not, the page's first control takes it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget
from shiboken6 import isValid

_LEFT_AT = "_bond_left_at"  # on a page: the control that had the keyboard when it was left


def switch_page(pages: QStackedWidget, screen: QWidget) -> None:
    """Show ``screen`` in ``pages``; the keyboard, if it was on the old page, goes to it."""
    old = pages.currentWidget()
    focus = QApplication.focusWidget()
    handing_over = (
        focus is not None and old is not None and old is not screen and old.isAncestorOf(focus)
    )
    if handing_over:
        assert focus is not None and old is not None
        setattr(old, _LEFT_AT, focus)  # letting go makes Qt forget it; the page remembers
        focus.clearFocus()
    pages.setCurrentWidget(screen)
    if not handing_over:
        return
    remembered = getattr(screen, _LEFT_AT, None) or screen.focusWidget()
    if (
        remembered is not None
        and isValid(remembered)
        and screen.isAncestorOf(remembered)
        and remembered.isVisible()
        and remembered.isEnabled()
    ):
        remembered.setFocus()  # where it was, as in Qt's own page stack, without the detour
    else:
        QTimer.singleShot(0, lambda: _settle(pages, screen))


def _settle(pages: QStackedWidget, screen: QWidget) -> None:
    """Nothing took the keyboard as the page was shown: the page's own first control does."""
    from PySide6.QtCore import Qt  # not on the first frame's path

    if QApplication.focusWidget() is not None or pages.currentWidget() is not screen:
        return
    (_first_stop(screen) or screen).setFocus(Qt.FocusReason.OtherFocusReason)


def _first_stop(screen: QWidget) -> QWidget | None:
    """The first control in ``screen`` that Tab would reach."""
    from PySide6.QtCore import Qt

    tab = Qt.FocusPolicy.TabFocus
    widget = screen.nextInFocusChain()
    while widget is not None and widget is not screen:  # the chain goes round the window
        if (
            screen.isAncestorOf(widget)
            and widget.focusPolicy() & tab == tab
            and widget.isVisible()
            and widget.isEnabled()
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
