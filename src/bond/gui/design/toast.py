"""The toast: a short confirmation at the foot of the window, announced to screen readers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QEnterEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from bond.gui.design.components import _space, _themed, _tint_icon
from bond.gui.theme import current_scale
from bond.gui.widgets.plain import plain_label


class Toast(QFrame):
    """A short confirmation that floats at the foot of its window and goes by itself ("Saved.",
    "Agreement kept."). It never takes the focus or blocks anything; screen readers announce it
    (an announcement event, and the label's name changes). It stays while the pointer is on it.

    ``toast_for(window).show_message(text)`` (the window's one toast); a new message replaces the
    one on show."""

    # How long a message stays: a base plus time to read it, within bounds (milliseconds).
    BASE_MS, PER_CHAR_MS, MAX_MS = 4000, 60, 10000
    MAX_WIDTH_PX = 480  # at 100% text (grown with it)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setProperty("role", "toast")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = self._row = QHBoxLayout(self)
        pad = _space("m")
        row.setContentsMargins(_space("l"), pad, _space("l"), pad)
        row.setSpacing(_space("s"))
        self.icon = QLabel(self)
        self.icon.setAccessibleName("")
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self.label = plain_label(wrap=True, parent=self)
        self.label.setObjectName("toastLabel")
        row.addWidget(self.label, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._tint = ""
        parent.installEventFilter(self)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` (plain, already translated) for a few seconds, and announce it."""
        self._retint()
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setAccessibleName(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start(self.duration_ms(text))
        announce(self.label, text)

    def message(self) -> str:
        return self.label.text() if self.isVisible() else ""

    @classmethod
    def duration_ms(cls, text: str) -> int:
        return min(cls.MAX_MS, cls.BASE_MS + cls.PER_CHAR_MS * len(text))

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        margin, pad = _space("xl"), self._row.contentsMargins()
        # It hugs its words on one line (with the icon and the padding), at most 480 px at 100%
        # text, grown with it: at 200% a toast as wide as the window read as a banner.
        words = self.label.fontMetrics().horizontalAdvance(self.label.text()) + 4
        room = pad.left() + pad.right() + 2 * self.contentsMargins().left() + self._row.spacing()
        natural = words + room + self.icon.sizeHint().width()
        cap = round(self.MAX_WIDTH_PX * current_scale() / 100)
        width = max(min(parent.width() - 2 * margin, cap, natural), 120)
        self.setFixedWidth(width)
        edge = self.contentsMargins()  # the style sheet's border: the row lays out inside it
        inner = self._row.heightForWidth(width - edge.left() - edge.right())
        self.setFixedHeight(
            inner + edge.top() + edge.bottom() if inner > 0 else self.sizeHint().height()
        )
        self.move((parent.width() - width) // 2, parent.height() - self.height() - margin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.parentWidget()
            and event.type() == QEvent.Type.Resize
            and self.isVisible()
        ):
            self._place()
        return False

    def enterEvent(self, event: QEnterEvent) -> None:
        self._timer.stop()  # stays while the pointer rests on it
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self.isVisible():
            self._timer.start(self.BASE_MS)
        super().leaveEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if _themed(event):
            self._retint()

    def _retint(self) -> None:
        self._tint = _tint_icon(self, self.icon, "done", "on_toast", self._tint)


def toast_for(window: QWidget) -> Toast:
    """The one toast of ``window``'s top-level window, made the first time it is asked for: how a
    feature confirms something, ``toast_for(self.shell.window()).show_message(text)``."""
    top = window.window()
    found = top.findChild(Toast, "toast", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, Toast) else Toast(top)


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` now, politely (after what they are saying), on behalf of
    ``widget``: an announcement event (Qt 6.8+), and a name change for those that watch it."""
    widget.setAccessibleName(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    announcement = QAccessibleAnnouncementEvent(widget, text)
    announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(announcement)
