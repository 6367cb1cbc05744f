"""One Bond per data folder: a QLockFile (QtCore only) held while the app has the vault open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from bond.errors import VaultBusyError

BUSY_MESSAGE = "Bond is open and using this vault right now. Close Bond first, then try again."


class InstanceLock:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        """Take the lock or raise :class:`VaultBusyError` (stale locks of dead processes clear)."""
        if not self._lock.tryLock(0):
            self._lock.removeStaleLockFile()
            if not self._lock.tryLock(0):
                raise VaultBusyError(BUSY_MESSAGE)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def ensure_not_running(path: Path) -> None:
    """For command-line verbs that change the vault: refuse while the app holds it."""
    if not path.exists():
        return
    lock = InstanceLock(path)
    lock.acquire()
    lock.release()
