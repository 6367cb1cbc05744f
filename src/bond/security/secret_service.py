"""The Secret Service through ``secretstorage``, items kept exactly as ``keyring`` keeps them.

Why not ``keyring`` itself: importing it with its SecretService backend costs about 130 ms and
23 MiB at every start on Linux (issue 9), and every call opened a new D-Bus connection.
``secretstorage`` is the library that backend uses underneath; it keeps the DH-encrypted transport.

The stored items must stay the ones ``keyring`` 25's ``SecretService.Keyring`` writes and reads, so
keys stored by earlier Bond releases are found and keys stored now stay readable by ``keyring``:
the default collection (unlocked when locked, an error when it stays locked), attributes
``service``/``username`` (plus ``application`` when storing), label ``Password for '<username>' on
'<service>'``, a UTF-8 secret, and the first item of that search on get and delete. The desktop
pass checks both directions against a real gnome-keyring (tests/desktop/test_secret_service.py).
"""

from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secretstorage import Collection

APPLICATION = "Python keyring library"  # keyring's SecretService.Keyring.appid
log = logging.getLogger(__name__)


class SecretServiceUnavailable(Exception):
    """No Secret Service answers on the session bus (no D-Bus session, no daemon)."""


class CollectionLocked(Exception):
    """The default collection stayed locked (the unlock prompt was dismissed)."""


def label(service: str, username: str) -> str:
    return f"Password for '{username}' on '{service}'"


def query(service: str, username: str) -> dict[str, str]:
    return {"username": username, "service": service}


class SecretService:
    """One session-bus connection per process, reused by every call.

    The first call connects and finds the default collection; later calls only check that it is
    still unlocked. After a fork the child opens its own connection (two processes must not share
    one socket) and leaves the inherited one alone. Nothing closes it at exit on purpose: the kernel
    closes the socket and the daemon then ends our session. Any failure drops the connection, so a
    restarted bus or daemon is reached again on the next call. Calls are serialised by a lock since
    a jeepney blocking connection is not thread-safe.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._collection: Collection | None = None
        self._pid = 0

    def _default_collection(self, *, prompt: bool = True) -> Collection:
        """The unlocked default collection, as ``keyring``'s ``get_preferred_collection``;
        without ``prompt``, a locked one raises :class:`CollectionLocked` at once."""
        import secretstorage

        if self._collection is None or self._pid != os.getpid():
            self._collection = None  # after a fork: leave the parent's socket alone
            try:
                connection = secretstorage.dbus_init()
            except secretstorage.SecretServiceNotAvailableException as exc:
                raise SecretServiceUnavailable(str(exc)) from exc
            try:
                if not secretstorage.check_service_availability(connection):
                    raise SecretServiceUnavailable(
                        "the Secret Service daemon is neither running nor activatable"
                    )
                collection = secretstorage.get_default_collection(connection)
            except BaseException:
                connection.close()
                raise
            self._collection, self._pid = collection, os.getpid()
        collection = self._collection
        if collection.is_locked():
            if not prompt:
                raise CollectionLocked("the default collection is locked")
            collection.unlock()
            if collection.is_locked():
                raise CollectionLocked("the default collection stayed locked")
        return collection

    def _forget(self) -> None:
        collection, self._collection = self._collection, None
        if collection is not None and self._pid == os.getpid():
            try:
                collection.connection.close()
            except OSError:
                log.debug("closing the D-Bus connection failed", exc_info=True)

    def close(self) -> None:
        with self._lock:
            self._forget()

    def probe(self) -> None:
        """Raise unless the daemon answers and the default collection is (or gets) unlocked."""
        with self._lock:
            try:
                self._default_collection()
            except BaseException:
                self._forget()
                raise

    def get(self, service: str, username: str, *, prompt: bool = True) -> str | None:
        """The secret, or None when there is none. Without ``prompt`` nothing locked is
        unlocked (no dialog appears): :class:`CollectionLocked` is raised instead."""
        with self._lock:
            try:
                collection = self._default_collection(prompt=prompt)
                for item in collection.search_items(query(service, username)):
                    if item.is_locked():
                        if not prompt:
                            raise CollectionLocked("the item is locked")
                        item.unlock()
                        if item.is_locked():
                            raise CollectionLocked("the item stayed locked")
                    secret = item.get_secret()
                    # Keep the encrypted session: the next read skips a new DH exchange (~15 ms).
                    collection.session = item.session
                    return secret.decode("utf-8")
                return None
            except BaseException:
                self._forget()
                raise

    def set(self, service: str, username: str, secret: str) -> None:
        attributes = {**query(service, username), "application": APPLICATION}
        with self._lock:
            try:
                self._default_collection().create_item(
                    label(service, username), attributes, secret.encode("utf-8"), replace=True
                )
            except BaseException:
                self._forget()
                raise

    def delete(self, service: str, username: str) -> bool:
        """Delete the first matching item; False when there is none."""
        with self._lock:
            try:
                for item in self._default_collection().search_items(query(service, username)):
                    item.delete()
                    return True
                return False
            except BaseException:
                self._forget()
                raise
