"""Profiles' sealing keys for this session: public keys to seal, private keys to read.

A profile without a PIN has its private key unwrapped with the vault key whenever it is needed.
A profile with a PIN stays locked until ``PinService.unlock`` puts its key here; switching to
another profile, locking the app or quitting drops it again. The rest of Bond only asks this
keychain.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bond.security.sealing import opener, seal, unwrap_private_key
from bond.services.vault_service import OpenVault

if TYPE_CHECKING:
    from bond.storage.models import ProfileRow


class LockedProfileError(Exception):
    """This profile's private items cannot be read right now."""


class Keychain:
    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault
        self._public: dict[str, bytes] = {}
        self._private: dict[str, bytes] = {}
        self._openers: dict[str, tuple[bytes, Callable[[bytes], bytes]]] = {}
        # Values already unsealed, per profile, keyed by the sealed bytes themselves (a sealed
        # box is never made twice, so equal bytes mean equal contents): (private key, behind a
        # PIN, values). Memory only. A lock forgets them all; a switch forgets those behind a
        # PIN with the PIN's key (without a PIN, the vault key reopens them anyway).
        self._opened: dict[str, tuple[bytes, bool, dict[bytes, Any]]] = {}
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
        if self._vault.key is None:
            raise LockedProfileError("the vault is locked")
        row = self._row(profile_id)
        if row.pin_key is not None:
            raise LockedProfileError("this profile's PIN is needed")
        if row.wrapped_private_key is None:
            raise LockedProfileError("this profile has no keys")
        self._private[profile_id] = unwrap_private_key(
            self._vault.key, profile_id, row.wrapped_private_key
        )
        self._no_pin.add(profile_id)
        return self._private[profile_id]

    def install(
        self,
        profile_id: str,
        private_key: bytes,
        public_key: bytes | None = None,
        *,
        epoch: int | None = None,
    ) -> None:
        """Hold a profile's keys after its PIN was given (or its keys were rotated), unless
        Bond was locked or the person switched since the work began (``epoch``)."""
        if public_key is not None:
            self._public[profile_id] = public_key
        if epoch is not None and epoch != self.epoch:
            return
        self._no_pin.discard(profile_id)
        self._opened.pop(profile_id, None)
        self._private[profile_id] = private_key

    def seal_json(self, profile_id: str, value: Any) -> bytes:
        if profile_id not in self._public:
            public = self._row(profile_id).public_key
            assert public is not None
            self._public[profile_id] = public
        return self.seal_to(self._public[profile_id], value)

    @staticmethod
    def seal_to(public_key: bytes, value: Any) -> bytes:
        """Seal to a public key read in the caller's own transaction (an import making profiles)."""
        return seal(public_key, json.dumps(value).encode("utf-8"))

    def open_json(self, profile_id: str, sealed: bytes) -> Any:
        private = self.private_key(profile_id)
        cached = self._openers.get(profile_id)
        if cached is None or cached[0] != private:
            cached = (private, opener(private))
            self._openers[profile_id] = cached
        return json.loads(cached[1](sealed).decode("utf-8"))

    def open_json_kept(self, profile_id: str, sealed: bytes) -> Any:
        """As :meth:`open_json`, but keeps the value in memory for the next read: Progress
        reads the same few thousand ratings each time it is shown, and unsealing them is
        nearly all of its cost. Only for small values (numbers), never for written text."""
        private = self.private_key(profile_id)
        kept = self._opened.get(profile_id)
        if kept is None or kept[0] != private:
            kept = (private, profile_id not in self._no_pin, {})
            self._opened[profile_id] = kept
        values = kept[2]
        if sealed not in values:
            values[sealed] = self.open_json(profile_id, sealed)
        return values[sealed]

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
        self._openers.clear()
        self._opened.clear()
        self._no_pin.clear()
