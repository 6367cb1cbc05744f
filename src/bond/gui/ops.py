"""Run a service call off the UI thread and deliver its result back on the UI thread by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the caller, who decides what the person sees
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Ops(QObject):
    """One small bridge, as in Anki: slow work in the pool, results by queued signal."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)  # 1: tasks run (and commit) in order
        self._live: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay(self)
        self._live.add(relay)

        def finish_ok(result: object) -> None:
            self._live.discard(relay)
            relay.deleteLater()
            on_done(result)

        def finish_error(exc: object) -> None:
            self._live.discard(relay)
            relay.deleteLater()
            assert isinstance(exc, BaseException)
            on_error(exc)

        relay.done.connect(finish_ok)
        relay.failed.connect(finish_error)
        self._pool.start(_Task(fn, relay))

    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
