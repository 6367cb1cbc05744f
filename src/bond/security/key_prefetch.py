"""Ask the Secret Service for the vault key in a short-lived child process while the window starts.

Why (DECISIONS 29): the lookup imports ``secretstorage``, ``jeepney`` and ``cryptography``, runs a
DH exchange and a few D-Bus calls, ~60-90 ms of Python. In the app's process it queues behind Qt's
start-up for the one interpreter lock, and its imports pay PySide6's import hook. A child forked
before Qt is loaded does it on the machine's other core, and the app's process then never loads
those libraries unless it needs them later (storing a key, say).

The child only reads. It never unlocks a locked collection, because that prompt belongs to the
app, where the person expects it. It never logs, and it sends the key over an anonymous pipe to
its parent alone; nothing is written anywhere. Whatever it cannot answer (no Secret Service, a
locked collection, no item, any error, no answer in time) leaves the app to ask the keyring
itself, exactly as it would without the child: :class:`PrefetchedStore` only ever saves a lookup.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import signal
from pathlib import Path

from bond.security.header import read_header
from bond.security.secrets import SERVICE, SecretStore, secret_service_only

log = logging.getLogger(__name__)

#: How long the app waits for the child's answer before asking the keyring itself.
WAIT_S = 5.0
_FOUND, _NONE = b"K", b"N"


def _lookup(account: str) -> bytes:
    """The child's work: the answer to send, never raising."""
    try:
        from bond.security.secret_service import SecretService

        secret = SecretService().get(SERVICE, account, prompt=False)
    except BaseException:  # any failure means "ask again in the app"
        return b""
    return _NONE if secret is None else _FOUND + secret.encode("utf-8")


class KeyPrefetch:
    """One lookup running in a forked child; :meth:`answer` collects it once."""

    def __init__(self, account: str, pid: int, fd: int) -> None:
        self.account = account
        self._pid = pid
        self._fd: int | None = fd
        self._answer: bytes = b""

    @classmethod
    def start(cls, header_path: Path) -> KeyPrefetch | None:
        """Fork the lookup for the vault whose header is at ``header_path``, when the key is
        kept in the Secret Service and Bond reaches it directly; else None. Call it before any
        thread is started (a fork copies only the calling thread)."""
        try:
            if not hasattr(os, "fork") or not secret_service_only():
                return None
            header = read_header(header_path)
            if not header.keyring:
                return None
            read_end, write_end = os.pipe()
        except Exception:  # only ever a shortcut: it must never fail the start
            return None  # no vault yet, one the app will explain, no file descriptors left...
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:  # the child: look up, answer, leave without running the parent's code
            try:
                os.close(read_end)
                with contextlib.suppress(OSError):
                    os.nice(10)  # second to the window's start (and the X server) on a busy CPU
                os.write(write_end, _lookup(header.vault_id))
            finally:
                os._exit(0)
        os.close(write_end)
        return cls(header.vault_id, pid, read_end)

    def answer(self, timeout: float | None = None) -> bytes:
        """The child's answer: ``K`` and the secret, ``N`` (no item), or empty (unknown)."""
        timeout = WAIT_S if timeout is None else timeout
        fd = self._fd
        if fd is None:
            return self._answer
        self._fd = None
        chunks: list[bytes] = []
        try:
            while select.select([fd], [], [], timeout)[0]:
                chunk = os.read(fd, 4096)
                if not chunk:
                    break
                chunks.append(chunk)
            else:
                log.info("the keyring lookup at start did not answer in time")
                chunks = []
                os.kill(self._pid, signal.SIGKILL)
        finally:
            os.close(fd)
            self._reap()
        self._answer = b"".join(chunks)
        return self._answer

    def discard(self) -> None:
        """Forget the answer; stop and reap the child if it is still there (at exit, when the
        app never needed the key: a vault it could not open, an auto-wipe...)."""
        fd, self._fd, self._answer = self._fd, None, b""
        if fd is None:
            return
        os.close(fd)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._pid, signal.SIGKILL)
        self._reap()

    def _reap(self) -> None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._pid, 0)

    def take_secret(self) -> str | None:
        """The secret the child found, handed over once (then forgotten)."""
        answer, self._answer = self.answer(), b""
        if not answer.startswith(_FOUND):
            return None
        try:
            return answer[len(_FOUND) :].decode("utf-8")
        except UnicodeDecodeError:
            return None


class PrefetchedStore:
    """A :class:`SecretStore` that answers the first read of the vault's key from the child's
    lookup and leaves everything else (and every case the child could not answer) to ``store``."""

    def __init__(self, store: SecretStore, prefetch: KeyPrefetch) -> None:
        self.store = store
        self._prefetch: KeyPrefetch | None = prefetch
        self._account = prefetch.account
        self._secret: str | None = None

    def _collect(self) -> None:
        prefetch, self._prefetch = self._prefetch, None
        if prefetch is not None:
            self._secret = prefetch.take_secret()

    def available(self) -> bool:
        self._collect()
        return self._secret is not None or self.store.available()

    def get(self, account: str) -> str | None:
        self._collect()
        if account == self._account and self._secret is not None:
            secret, self._secret = self._secret, None
            return secret
        return self.store.get(account)

    def set(self, account: str, secret: str) -> None:
        self._collect()
        self._secret = None  # a change to the keyring makes what the child saw stale
        self.store.set(account, secret)

    def delete(self, account: str) -> bool:
        self._collect()
        self._secret = None
        return self.store.delete(account)


def wrap(store: SecretStore, prefetch: KeyPrefetch | None) -> SecretStore:
    """``store``, answered first from ``prefetch`` when there is one."""
    return store if prefetch is None else PrefetchedStore(store, prefetch)
