"""Handing a start over to the Bond already open for the same data folder (DECISIONS 33).

The open Bond listens on an AF_UNIX socket in the user's runtime folder, one per data folder:
``$XDG_RUNTIME_DIR/bond/<hash of the data folder>.sock`` (inside Flatpak, where the rest of the
runtime folder is private to each instance, ``$XDG_RUNTIME_DIR/app/$FLATPAK_ID/bond/...``). The
folder is this user's own and 0700, the socket 0600. With no runtime folder there is no socket,
and a second start says that Bond is already open, as it always did.

The protocol, one connection per hand-over:

* the new start sends one line of UTF-8, at most :data:`MAX_MESSAGE` bytes with its newline: a
  ``bond://`` link of a known kind (:mod:`bond.services.links`), or nothing at all (an empty
  line), which asks the open Bond only to show its window;
* the open Bond checks the peer's user id (``SO_PEERCRED``) before it reads anything, reads for
  at most :data:`READ_TIMEOUT_S`, answers ``ok`` (taken) or ``no`` (not a link it accepts), and
  closes. A peer of another user, a longer or a slower message is cut off without an answer.

Only AF_UNIX, never a network socket (PRIVACY.md). Everything that touches the socket is here,
Qt-free; the window's side (a ``QSocketNotifier`` on it) is :mod:`bond.gui.instance_link`.
Imported only when needed: after the first frame, or when the data folder is already in use.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import socket
import stat
import struct
import time
from collections.abc import Mapping
from pathlib import Path

from bond.logging_setup import Safe
from bond.services.links import Link, LinkError, parse_link

log = logging.getLogger(__name__)

FOLDER = "bond"
MAX_MESSAGE = 2048  # bytes, with the newline
READ_TIMEOUT_S = 1.0  # from the connection to the whole message
ANSWER_TIMEOUT_S = 2.0  # how long a new start waits for the open Bond's answer
STARTING_WAIT_S = 3.0  # how long it tries while the open Bond may still be starting
OK, NO = b"ok\n", b"no\n"
_PATH_MAX = 107  # sun_path holds 108 bytes with the closing NUL
_FLATPAK_ID = re.compile(r"[A-Za-z0-9_.-]+")
_CREDENTIALS = struct.calcsize("3i")  # struct ucred: pid, uid, gid


def supported() -> bool:
    """AF_UNIX with the peer's credentials (Linux): elsewhere there is no hand-over."""
    return hasattr(socket, "AF_UNIX") and hasattr(socket, "SO_PEERCRED")


def socket_path(data_dir: Path, environ: Mapping[str, str] | None = None) -> Path | None:
    """Where the Bond open for ``data_dir`` listens, or None when there can be no socket."""
    env = os.environ if environ is None else environ
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if not runtime or not os.path.isabs(runtime) or not supported():
        return None
    base = Path(runtime)
    flatpak = env.get("FLATPAK_ID", "")
    if flatpak and _FLATPAK_ID.fullmatch(flatpak):
        base = base / "app" / flatpak  # the part of the runtime folder every instance shares
    digest = hashlib.sha256(os.fsencode(os.path.realpath(data_dir))).hexdigest()[:32]
    path = base / FOLDER / f"{digest}.sock"
    return path if len(os.fsencode(path)) <= _PATH_MAX else None


def _own_folder(folder: Path, *, make: bool) -> bool:
    """Whether ``folder`` is a real folder of this user's that nobody else can enter (made
    0700 first when ``make``; one of this user's with looser modes is tightened)."""
    try:
        if make:
            with contextlib.suppress(FileExistsError):
                folder.mkdir(mode=0o700)
        info = os.lstat(folder)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            return False
        if stat.S_IMODE(info.st_mode) != 0o700:
            os.chmod(folder, 0o700)
    except OSError:
        return False
    return True


def peer_uid(conn: socket.socket) -> int:
    """The user id of the process at the other end (``SO_PEERCRED``)."""
    raw = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, _CREDENTIALS)
    _pid, uid, _gid = struct.unpack("3i", raw)
    return int(uid)


class Listener:
    """The open Bond's socket: non-blocking, removed on :meth:`close` if it is still ours."""

    def __init__(self, sock: socket.socket, path: Path) -> None:
        self.sock, self.path = sock, path
        info = os.stat(path)
        self._identity = (info.st_dev, info.st_ino)

    @classmethod
    def bind(cls, path: Path) -> Listener | None:
        """Listen at ``path``. The caller holds the data folder's instance lock, so no other
        Bond is open for this folder: a socket left by one that was killed is replaced (after
        checking that nothing answers on it). None, logged, when there can be no socket."""
        if not _own_folder(path.parent, make=True):
            log.warning("the hand-over folder is not this user's own; no hand-over socket")
            return None
        if os.path.lexists(path):
            if _answers(path):
                log.warning("another Bond listens for this data folder; no hand-over socket")
                return None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)  # the socket is made 0600, never wider even for a moment
        try:
            sock.bind(str(path))
            os.chmod(path, 0o600)
            sock.listen(4)
            sock.setblocking(False)
            return cls(sock, path)
        except OSError as exc:
            sock.close()
            log.warning("no hand-over socket (%s)", Safe(type(exc).__name__))
            return None
        finally:
            os.umask(old)

    def fileno(self) -> int:
        return self.sock.fileno()

    def accept(self) -> socket.socket | None:
        """The next waiting connection, non-blocking; None when there is none."""
        try:
            conn, _address = self.sock.accept()
        except OSError:  # nothing waiting (EAGAIN), or it went away meanwhile
            return None
        conn.setblocking(False)
        return conn

    def close(self) -> None:
        self.sock.close()
        try:
            info = os.lstat(self.path)
        except OSError:
            return
        if (info.st_dev, info.st_ino) == self._identity:
            with contextlib.suppress(OSError):
                self.path.unlink()


def _answers(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True


class TooLong(ValueError):
    """More than :data:`MAX_MESSAGE` bytes without a newline."""


class Reader:
    """One hand-over being read, a piece at a time as it arrives (never blocking)."""

    def __init__(self) -> None:
        self._data = bytearray()

    def feed(self, conn: socket.socket) -> bytes | None:
        """Read what has arrived. Returns the whole message (without its newline) once a
        newline or the end has come, None while more may come; raises :class:`TooLong`."""
        try:
            chunk = conn.recv(MAX_MESSAGE - len(self._data))
        except (BlockingIOError, InterruptedError):
            return None
        except OSError:
            chunk = b""  # reset by the peer: what came is all there is
        if chunk:
            self._data += chunk
            line, newline, _rest = self._data.partition(b"\n")
            if newline:
                return bytes(line)
            if len(self._data) >= MAX_MESSAGE:
                raise TooLong
            return None
        return bytes(self._data)


def understand(message: bytes) -> tuple[bool, Link | None]:
    """(accepted, link) for a whole message: an empty one asks only to show the window."""
    try:
        text = message.decode("utf-8").removesuffix("\r")
        return True, (parse_link(text) if text else None)
    except (UnicodeDecodeError, LinkError):
        return False, None


def hand_over(
    data_dir: Path,
    link: Link | None,
    *,
    wait_s: float = STARTING_WAIT_S,
    environ: Mapping[str, str] | None = None,
) -> bool:
    """Give ``link`` (None: only show the window) to the Bond open for ``data_dir``; whether it
    took it. While that Bond may still be starting (it listens after its first frame), this
    tries again for ``wait_s`` seconds."""
    path = socket_path(data_dir, environ)
    if path is None:
        return False
    message = (str(link) if link is not None else "").encode("utf-8") + b"\n"
    deadline = time.monotonic() + wait_s
    while True:
        taken = _send(path, message)
        if taken is not None:
            return taken
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def _send(path: Path, message: bytes) -> bool | None:
    """True: taken; False: refused or no answer; None: nobody listens (yet)."""
    if not _own_folder(path.parent, make=False):
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(ANSWER_TIMEOUT_S)
        try:
            sock.connect(str(path))
        except OSError:
            return None
        try:
            if peer_uid(sock) != os.getuid():  # the listener must be this user's own Bond
                return False
            sock.sendall(message)
            sock.shutdown(socket.SHUT_WR)
            answer = sock.recv(len(OK))
        except OSError:  # includes the timeout
            return False
    return answer == OK
