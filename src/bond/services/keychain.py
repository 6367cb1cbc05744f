"""Profiles' sealing keys for this session: public keys to seal, private keys to read.

A profile without a PIN has its private key unwrapped with the vault key whenever it is needed.
A profile with a PIN stays locked until ``PinService.unlock`` puts its key here; switching to
another profile, locking the app or quitting drops it again. The rest of Bond only asks this
keychain.

Whoever holds the vault key can rewrite a profile's stored public key. So a private key is kept
only when the stored public key is its own, and every seal checks the stored public key again:
against the key proven this session, or, for a PIN profile not opened yet, against the public key
its format 2 PIN record names. A mismatch raises :class:`KeysMismatchError`; nothing is sealed.

Every box is sealed bound to its row and opened only in that row (:mod:`.sealed_items`): a box
copied into another row raises :class:`~bond.security.sealing.MisplacedItemError`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bond.errors import ProfileKeysMismatchError
from bond.security.sealing import (
    Binding,
    keys_match,
    open_bound,
    opener,
    public_key_of,
    seal_bound,
    unwrap_private_key,
)
from bond.services.vault_service import OpenVault

if TYPE_CHECKING:
    from bond.storage.models import ProfileRow


class LockedProfileError(Exception):
    """This profile's private items cannot be read right now."""


class KeysMismatchError(ProfileKeysMismatchError, LockedProfileError):
    """The profile's stored public key is not its private key's. Also a locked profile, so the
    screens that leave a locked profile's items out leave these out too, without failing."""


class Keychain:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault
        # Public keys proven this session: each derived from its private key.
        self._public: dict[str, bytes] = {}
        # The stored public key last found right before a seal, with the data_version then.
        self._checked: dict[str, tuple[Any, bytes]] = {}
        self._private: dict[str, bytes] = {}
        self._openers: dict[str, tuple[bytes, Callable[[bytes], bytes]]] = {}
        # Whether a profile's rows take only bound boxes, with the data_version it was read at.
        self._bound_only: dict[str, tuple[Any, bool]] = {}
        # Values already unsealed, per profile, keyed by the sealed bytes and the row they were
        # read from (a box copied elsewhere must be refused there): (private key, behind a
        # PIN, values). Memory only. A lock forgets them all; a switch forgets those behind a
        # PIN with the PIN's key (without a PIN, the vault key reopens them anyway).
        self._opened: dict[str, tuple[bytes, bool, dict[tuple[bytes, Binding], Any]]] = {}
        self._no_pin: set[str] = set()  # profiles whose key the vault key unwrapped
        # Bumped by every lock: a PIN check still running on a worker when Bond locks must not
        # put its key back afterwards.
        self.epoch = 0

    def _row(self, profile_id: str) -> ProfileRow:
        from bond.storage.models import ProfileRow

        with self._vault.db.unit_of_work() as s:
            row = s.get(ProfileRow, profile_id)
            if row is None or row.public_key is None:
                raise LockedProfileError("this profile has no keys")
            s.expunge(row)
            return row

    def has_pin(self, profile_id: str) -> bool:
        return self._row(profile_id).pin_key is not None

    def is_open(self, profile_id: str) -> bool:
        """Whether this profile's private items can be read now without asking for a PIN."""
        return profile_id in self._private or not self.has_pin(profile_id)

    def private_key(self, profile_id: str) -> bytes:
        """The profile's private key, unwrapped with the vault key if it has no PIN."""
        if profile_id in self._private:
            return self._private[profile_id]
        row = self._row(profile_id)
        if row.pin_key is not None:
            raise LockedProfileError("this profile's PIN is needed")
        return self._open_without_pin(row)

    def _open_without_pin(self, row: ProfileRow) -> bytes:
        """Unwrap a PIN-less profile's private key with the vault key; keep it only if the
        stored public key is its own."""
        if self._vault.key is None:
            raise LockedProfileError("the vault is locked")
        if row.wrapped_private_key is None:
            raise LockedProfileError("this profile has no keys")
        private = unwrap_private_key(self._vault.key, row.id, row.wrapped_private_key)
        if not keys_match(private, row.public_key):
            raise KeysMismatchError()
        assert row.public_key is not None
        self._private[row.id] = private
        self._public[row.id] = row.public_key
        self._no_pin.add(row.id)
        return private

    def install(
        self,
        profile_id: str,
        private_key: bytes,
        public_key: bytes | None = None,
        *,
        epoch: int | None = None,
    ) -> None:
        """Hold a profile's keys after its PIN was given (or its keys were rotated), unless
        Bond was locked or the person switched since the work began (``epoch``). The public
        key is derived from the private one; ``public_key``, when given, must be it."""
        derived = public_key_of(private_key)
        if public_key is not None and public_key != derived:
            raise KeysMismatchError()
        self._public[profile_id] = derived
        self._checked.pop(profile_id, None)
        if epoch is not None and epoch != self.epoch:
            return
        self._no_pin.discard(profile_id)
        self._opened.pop(profile_id, None)
        self._private[profile_id] = private_key

    def checked_public_key(self, profile_id: str) -> bytes:
        """The stored public key, checked before each seal: sealing needs no PIN, so a swap
        must be caught here too. It must be the key proven this session; or, before one is,
        the one a PIN-less profile's private key gives, or the one a PIN profile's format 2
        record is bound to. A format 1 record names none: its PIN is needed once first.
        Raises :class:`KeysMismatchError` or :class:`LockedProfileError`.

        The row is read again whenever the database may have changed since the last check
        (SQLite's ``data_version`` moves with every commit by another connection, an attacker's
        included); writing years of sample data in one batch checks once."""
        version = self._vault.reader.value("PRAGMA data_version")
        checked = self._checked.get(profile_id)
        if checked is not None and checked[0] == version:
            return checked[1]
        row = self._row(profile_id)  # through the ORM: a batch's own new profiles are there
        stored = row.public_key
        assert stored is not None
        proven = self._public.get(profile_id)
        if row.pin_key is None and proven != stored:
            # Unproven, or rotated since through another keychain: without a PIN the vault
            # key opens the private key anyway, so prove the stored key again from it.
            self._open_without_pin(row)
            proven = self._public[profile_id]
        elif proven is None and row.pin_key is not None:
            # The PIN record's own "public_key" is not authenticated without the PIN: someone
            # with the vault key could write theirs into both places. So a PIN profile is
            # sealed to only once its PIN has been given (its key proven) since the last lock.
            raise LockedProfileError("this profile's PIN is needed")
        if proven != stored:
            raise KeysMismatchError()
        self._checked[profile_id] = (version, stored)
        return stored

    @staticmethod
    def seal_to(public_key: bytes, value: Any, binding: Binding) -> bytes:
        """Seal ``value`` bound to its row (``binding``) to a public key the caller checked
        (:meth:`checked_public_key`) or read in its own transaction (an import making profiles).
        A row with a numbered id is added and flushed first, then given its payload."""
        return seal_bound(public_key, binding, json.dumps(value).encode("utf-8"))

    def bound_only(self, profile_id: str) -> bool:
        """Whether this profile's rows take bound boxes only (its older ones were all moved)."""
        version = self._vault.reader.value("PRAGMA data_version")
        known = self._bound_only.get(profile_id)
        if known is not None and known[0] == version:
            return known[1]
        from bond.services.sealed_items import is_bound_only

        with self._vault.db.unit_of_work() as s:
            answer = is_bound_only(s, profile_id)
        self._bound_only[profile_id] = (version, answer)
        return answer

    def open_json(self, profile_id: str, sealed: bytes, binding: Binding) -> Any:
        """Open a box read from the row ``binding`` names; ``MisplacedItemError`` if it was
        sealed for another row (or is unbound where only bound boxes belong)."""
        private = self.private_key(profile_id)
        if binding.profile_id != profile_id:
            raise ValueError("a binding names its owner")
        cached = self._openers.get(profile_id)
        if cached is None or cached[0] != private:
            cached = (private, opener(private))
            self._openers[profile_id] = cached
        opened = open_bound(
            cached[1], sealed, binding, allow_unbound=not self.bound_only(profile_id)
        )
        return json.loads(opened.plaintext.decode("utf-8"))

    def open_json_kept(self, profile_id: str, sealed: bytes, binding: Binding) -> Any:
        """As :meth:`open_json`, but keeps the value in memory for the next read: Progress
        reads the same few thousand ratings each time it is shown, and unsealing them is
        nearly all of its cost. Only for small values (numbers), never for written text."""
        private = self.private_key(profile_id)
        kept = self._opened.get(profile_id)
        if kept is None or kept[0] != private:
            kept = (private, profile_id not in self._no_pin, {})
            self._opened[profile_id] = kept
        values = kept[2]
        key = (sealed, binding)
        if key not in values:
            values[key] = self.open_json(profile_id, sealed, binding)
        return values[key]

    def switch_to(self, profile_id: str | None) -> None:
        """Switching profile locks every other profile's private material at once."""
        others = [p for p in self._private if p != profile_id]
        for other in others:
            del self._private[other]
            self._openers.pop(other, None)
        for other, (_key, pinned, _values) in list(self._opened.items()):
            if pinned and other != profile_id:
                del self._opened[other]
        if profile_id is None or others:
            self.epoch += 1

    def forget(self) -> None:
        """Drop every unwrapped private key (on lock and on quitting)."""
        self.epoch += 1
        self._private.clear()
        self._public.clear()
        self._checked.clear()
        self._bound_only.clear()
        self._openers.clear()
        self._opened.clear()
        self._no_pin.clear()
