"""Idle lock and quick hide, watched across the whole app.

Quick hide: press Shift three times in a row within two seconds (as GOV.UK's "Exit this page"
does), or Ctrl+Shift+H, or the Hide button. Any key or mouse use counts as activity for the idle
timer. The window then shows only a neutral lock screen.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

SHIFT_PRESSES = 3
SHIFT_WINDOW_S = 2.0


class LockWatcher(QObject):
    hide_requested = Signal()
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shifts: list[float] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.minutes = 0
        #: ``time.monotonic()`` of the last key or mouse use (for a policy's auto-wipe).
        self.last_activity = time.monotonic()
        self.watching = False  # the app-wide filter is installed (keys and clicks are seen)
        self._wanted = False
        self._scheduled = False

    # -- installing the app-wide filter ----------------------------------------------------------
    def watch_soon(self, window: QWidget) -> None:
        """Install the filter on the next turn of the event loop (once), if ``window`` shows.

        Installed once the first screen of a start is up, not before (DECISIONS 29). A Python
        event filter is called for every event of every object: the ~1,000 events of building
        and showing the window took ~190 ms through it, and the first object of a class PySide6
        does not wrap (Qt's input context, say) makes it create the Python types of every loaded
        Qt class, ~180 enums and ~50 ms, once. Before the first screen nothing private is shown
        and Ctrl+Shift+H already hides Bond; no key can reach it before its event loop runs."""
        self._wanted = True
        self.window_shown(window)

    @property
    def wanted(self) -> bool:
        return self._wanted

    def window_shown(self, window: QWidget) -> None:
        """The window is (again) on screen: install the filter if it is wanted and not yet."""
        if self._wanted and not self._scheduled and window.isVisible():
            self._scheduled = True
            QTimer.singleShot(0, self, lambda: self._install(window))

    def _install(self, window: QWidget) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if window.isVisible():
            app.installEventFilter(self)
            self.watching = True
        else:
            self._scheduled = False  # hidden before the loop ran: the next show installs it

    def stop_watching(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.pause()
        self.watching = self._scheduled = False

    def set_idle_minutes(self, minutes: int) -> None:
        self.minutes = max(0, minutes)
        self.touch()

    def touch(self) -> None:
        self.last_activity = time.monotonic()
        if self.minutes:
            self._timer.start(self.minutes * 60_000)
        else:
            self._timer.stop()

    def pause(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the app passes here: the cheap class test comes first, so most never
        # ask ``type()`` (the first call builds Python's QEvent.Type enum, ~10-25 ms at start).
        if isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress:
                if not event.isAutoRepeat() and self._first_delivery(watched):
                    self._key(event)
                self.touch()
        elif isinstance(event, QMouseEvent | QWheelEvent) and event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
        ):
            self.touch()
        return False

    @staticmethod
    def _first_delivery(watched: QObject) -> bool:
        """One key press passes this filter several times: at the window, at the focused
        widget, then at each parent that ignores it. Count it once, where it is aimed."""
        focus = QApplication.focusWidget()
        if focus is not None:
            return watched is focus
        return isinstance(watched, QWidget) and watched.isWindow()

    def _key(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Shift:
            now = time.monotonic()
            self._shifts = [t for t in self._shifts if now - t <= SHIFT_WINDOW_S] + [now]
            if len(self._shifts) >= SHIFT_PRESSES:
                self._shifts = []
                self.hide_requested.emit()
        else:
            self._shifts = []
