"""Things that can sit at a policy path without being a readable regular file, for the policy
tests of the services and of the command line."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

#: Each is something at the policy path that Bond cannot read as a policy file.
NOT_A_FILE = ["dangling symlink", "directory", "fifo", "swapped for a fifo", "device", "unreadable"]


class Hung(Exception):  # not an OSError, so no "except OSError" can swallow it
    """Reading the policy did not come back."""


@contextlib.contextmanager
def no_hang(seconds: int = 10) -> Iterator[None]:
    """Fail instead of waiting forever (a FIFO opened for reading blocks until a writer comes)."""

    def timeout(_signum: int, _frame: object) -> None:
        raise Hung("reading the policy hung")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _on_open(path: Path, monkeypatch: pytest.MonkeyPatch, action: Callable[[], None]) -> None:
    """Run ``action()`` whenever ``path`` is opened, by ``os.open`` or by ``Path.open``."""
    real_os_open, real_path_open = os.open, Path.open

    def os_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(file) == os.fspath(path):
            action()
        return real_os_open(file, *args, **kwargs)

    def path_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(self) == os.fspath(path):
            action()
        return real_path_open(self, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(Path, "open", path_open)


def put_not_a_readable_file(kind: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Put something at ``path`` that is not a readable regular file."""
    if kind == "dangling symlink":
        path.symlink_to(path.parent / "gone.toml")
    elif kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # opening it for reading would wait for a writer forever
    elif kind == "device":
        path.symlink_to("/dev/zero")  # never ends
    elif kind == "swapped for a fifo":
        # A regular file when it is looked at, a FIFO by the time it is opened (a race).
        path.write_text('organisation = "Riverside Clinic"\n', encoding="utf-8")

        def swap() -> None:
            if path.is_file():
                path.unlink()
                os.mkfifo(path)

        _on_open(path, monkeypatch, swap)
    else:
        # Root ignores file modes, so the OS's refusal to open it is simulated.
        assert kind == "unreadable"
        path.write_text('organisation = "Riverside Clinic"\n', encoding="utf-8")

        def refuse() -> None:
            raise PermissionError(13, "Permission denied", os.fspath(path))

        _on_open(path, monkeypatch, refuse)
