"""The live wait after wrong tries, shared by the PIN and admin dialogs.

The service decides how long to wait (``domain.pins.wait_after``); this only counts it down once a
second and tells the dialog what to show, so OK stays disabled until the wait is over.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def clock_text(seconds: int) -> str:
    minutes, secs = divmod(max(seconds, 0), 60)
    return f"{minutes}:{secs:02d}"


class WaitCountdown(QObject):
    """Calls ``show(reason, seconds_left)`` now and every second; ``seconds_left`` 0 ends it."""

    def __init__(self, parent: QObject, show: Callable[[str, int], None]) -> None:
        super().__init__(parent)
        self._show = show
        self._left = 0
        self._reason = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    @property
    def left(self) -> int:
        return self._left

    def start(self, seconds: int, reason: str) -> None:
        self._left = seconds
        self._reason = reason
        self._tick(first=True)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._left -= 1
        if self._left <= 0:
            self._left = 0
            self._timer.stop()
        self._show(self._reason, self._left)
