"""The window's end of the hand-over socket: another start of Bond for the same data folder hands
its ``bond://`` link (or just "show yourself") to the open window (DECISIONS 33).

The socket and its protocol are :mod:`bond.services.hand_over` (Qt-free); here a
``QSocketNotifier`` watches it from the event loop, so nothing ever blocks the window: a
connection is accepted without waiting, its peer's user id checked first, and what it sends read
as it arrives, at most 2 KiB and for at most a second, then it is cut off. Python's own
``socket``: no QtNetwork in the bundle.

The socket is bound on a worker thread (its modules load there, with the vault's), so the first
frame and Home pay nothing for it; a start that comes meanwhile tries again for a few seconds.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from bond.logging_setup import Safe

if TYPE_CHECKING:
    import socket

    from bond.services.hand_over import Listener

log = logging.getLogger(__name__)

MAX_PEERS = 4  # connections read at once; more wait in the backlog or are closed

Run = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


def _bind(data_dir: Path) -> Listener | None:
    """On a worker thread: where to listen, and the socket bound there (or None)."""
    from bond.services.hand_over import Listener, socket_path

    path = socket_path(data_dir)
    if path is None:
        log.info("no runtime folder: another start of Bond will say that Bond is open")
        return None
    return Listener.bind(path)


class LinkServer(QObject):
    """Listens for hand-overs while the window is open; :meth:`close` removes the socket."""

    #: A link that was handed over (a ``bond.services.links.Link``), or None: show the window.
    received = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: Listener | None = None
        self._notifier: QSocketNotifier | None = None
        self._peers: set[_Peer] = set()
        self._closed = False
        self._unclaimed: Listener | None = None  # bound, not yet delivered to the UI thread

    @property
    def listening(self) -> bool:
        return self._listener is not None

    @property
    def path(self) -> Path | None:
        return self._listener.path if self._listener is not None else None

    def listen(self, data_dir: Path, run: Run | None = None) -> None:
        """Bind the socket for ``data_dir``: with ``run`` (``Shell.run``) off the UI thread,
        else here and now."""
        if run is None:
            self._bound(_bind(data_dir))
            return

        def bind() -> Listener | None:
            # Kept here too: should the app quit before the result is delivered (it waits for
            # its workers, not for their results), close() still removes the socket.
            self._unclaimed = _bind(data_dir)
            return self._unclaimed

        def failed(exc: BaseException) -> None:
            log.warning("no hand-over socket (%s)", Safe(type(exc).__name__))

        run(bind, self._bound, failed)

    def _bound(self, listener: Listener | None) -> None:
        self._unclaimed = None
        if listener is None:
            return
        if self._closed:  # the window closed while it was being bound
            listener.close()
            return
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        log.info("listening for another start of Bond")

    def _accept(self, *_args: object) -> None:
        from bond.services.hand_over import peer_uid

        listener = self._listener
        while listener is not None and (conn := listener.accept()) is not None:
            try:
                uid = peer_uid(conn)
            except OSError:
                uid = -1
            if uid != os.getuid():
                log.warning("a hand-over from another user was refused")
                conn.close()
            elif len(self._peers) >= MAX_PEERS:
                log.warning("too many hand-overs at once; one was closed")
                conn.close()
            else:
                peer = _Peer(conn, self)
                self._peers.add(peer)
                peer.read()  # what came with the connection (it may all be there already)

    def _finished(self, peer: _Peer, accepted: bool, link: object) -> None:
        self._peers.discard(peer)
        if accepted and not self._closed:
            self.received.emit(link)

    def close(self) -> None:
        """Stop listening and remove the socket (on exit)."""
        self._closed = True
        for peer in list(self._peers):
            peer.cut("the window closed")
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for listener in (self._listener, self._unclaimed):
            if listener is not None:
                listener.close()
        self._listener = self._unclaimed = None


class _Peer(QObject):
    """One connection being read: cut off after ``READ_TIMEOUT_S`` or ``MAX_MESSAGE`` bytes."""

    def __init__(self, conn: socket.socket, server: LinkServer) -> None:
        from bond.services.hand_over import READ_TIMEOUT_S, Reader

        super().__init__(server)
        self._conn: socket.socket | None = conn
        self._server = server
        self._reader = Reader()
        self._notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.read)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.cut("too slow"))
        self._timer.start(int(READ_TIMEOUT_S * 1000))

    def read(self, *_args: object) -> None:
        """Read what has arrived; once the message is whole, answer and end."""
        from bond.services.hand_over import NO, OK, TooLong, understand

        if self._conn is None:
            return
        try:
            message = self._reader.feed(self._conn)
        except TooLong:
            self.cut("too long")
            return
        if message is None:
            return  # more may come (until the timer)
        accepted, link = understand(message)
        if accepted:
            log.info("another start of Bond handed over: %s", Safe(getattr(link, "kind", "show")))
        else:
            log.warning("a hand-over that is not a Bond link was refused")
        with contextlib.suppress(OSError):  # a few bytes: a fresh socket takes them
            self._conn.send(OK if accepted else NO)
        self._end(accepted, link)

    def cut(self, why: str) -> None:
        """Close without an answer."""
        if self._conn is not None:
            log.warning("a hand-over was cut off: %s", Safe(why))
            self._end(False, None)

    def _end(self, accepted: bool, link: object) -> None:
        self._timer.stop()
        self._notifier.setEnabled(False)
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._server._finished(self, accepted, link)
        self.deleteLater()
