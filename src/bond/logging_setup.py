"""A rotating log that records what happened, never what a person typed.

Every record passes :class:`RedactionFilter`: string arguments are replaced unless wrapped in
:class:`Safe`, and exception messages are dropped unless Bond wrote them (a ``BondError``), because
an exception from a library can quote the value that failed.
"""

from __future__ import annotations

import logging
import os
import traceback
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

from bond.errors import BondError

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "<redacted>"


class Safe(str):
    """Mark a string argument as known not to contain user text (a path, an enum name, a verb)."""

    __slots__ = ()


def _safe_arg(value: object) -> object:
    if isinstance(value, Safe | bool | int | float) or value is None:
        return value
    return REDACTED


def format_exception_safely(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> str:
    """Frames and exception type, but the message only when Bond wrote it."""
    frames = "".join(traceback.format_tb(tb))
    message = exc.message if isinstance(exc, BondError) else REDACTED
    return f"Traceback (most recent call last):\n{frames}{exc_type.__qualname__}: {message}"


class RedactionFilter(logging.Filter):
    """Strip anything from a record that could carry user text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            if isinstance(record.args, dict):
                record.args = {k: _safe_arg(v) for k, v in record.args.items()}
            else:
                record.args = tuple(_safe_arg(a) for a in record.args)
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, exc, tb = record.exc_info
            assert exc is not None
            record.exc_text = format_exception_safely(exc_type, exc, tb)
            record.exc_info = None
        return True


class _RedactingFormatter(logging.Formatter):
    def formatException(self, ei: object) -> str:
        return REDACTED


class _RotatingLog(logging.FileHandler):
    """A log file kept under ``max_bytes``, with ``backups`` older files beside it (``.1`` the
    newest), as ``logging.handlers.RotatingFileHandler`` keeps it. Written here because importing
    ``logging.handlers`` (sockets, pickle and queues, for its other handlers) cost ~9 ms of every
    start (DECISIONS 29).

    It opens the file, and makes its folder, only when the first record arrives: after a
    hand-back the log folder stays gone until the next person's session logs something."""

    def __init__(self, path: Path, max_bytes: int, backups: int, *, delay: bool) -> None:
        super().__init__(path, encoding="utf-8", delay=delay)
        self.max_bytes, self.backups = max_bytes, backups

    def _open(self) -> TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if not os.path.isfile(self.baseFilename):
            if os.path.exists(self.baseFilename):
                return False  # never rotate a device or a pipe the person pointed the log at
            if self.stream is not None:  # deleted under us: start a new file at once
                self.stream.close()
                self.stream = None  # FileHandler.emit reopens it
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # FileHandler.emit reopens it
        base = self.baseFilename
        for older in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{older}"):
                os.replace(f"{base}.{older}", f"{base}.{older + 1}")
        if os.path.exists(base):  # it may have been deleted under us: start a new one
            os.replace(base, f"{base}.1")


def setup_logging(log_file: Path | None, level: int = logging.INFO, *, lazy: bool = False) -> None:
    """Log to a rotating file (the app) or only to stderr warnings (command-line verbs)."""
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    root.setLevel(level)
    redact = RedactionFilter()
    handler: logging.Handler
    if log_file is not None:
        if not lazy:
            log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = _RotatingLog(log_file, max_bytes=512 * 1024, backups=3, delay=lazy)
        handler.setLevel(level)
    else:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.addFilter(redact)
    handler.setFormatter(_RedactingFormatter(LOG_FORMAT))
    root.addHandler(handler)
    # SQLAlchemy and Alembic stay quiet; their INFO lines may echo SQL.
    for name in ("sqlalchemy", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)


def file_log_target() -> Path | None:
    """The file the app logs to right now, if any (so a wipe can close it and reopen it)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def shutdown_logging() -> None:
    """Close file handlers so a wipe can delete the log."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
