"""Profiles' sealing keys for this session: public keys to seal, private keys to read.

Without a PIN a profile's private key is unwrapped with the vault key. "Privacy and safety" will
put a PIN in front of that; the rest of Bond only asks this keychain.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from bond.security.sealing import seal, unseal, unwrap_private_key
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

    def _row(self, profile_id: str) -> ProfileRow:
        from bond.storage.models import ProfileRow

        with self._vault.db.unit_of_work() as s:
            row = s.get(ProfileRow, profile_id)
            if row is None or row.public_key is None:
                raise LockedProfileError("this profile has no keys")
            s.expunge(row)
            return row

    def seal_json(self, profile_id: str, value: Any) -> bytes:
        if profile_id not in self._public:
            public = self._row(profile_id).public_key
            assert public is not None
            self._public[profile_id] = public
        return seal(self._public[profile_id], json.dumps(value).encode("utf-8"))

    def open_json(self, profile_id: str, sealed: bytes) -> Any:
        if profile_id not in self._private:
            if self._vault.key is None:
                raise LockedProfileError("the vault is locked")
            wrapped = self._row(profile_id).wrapped_private_key
            if wrapped is None:
                raise LockedProfileError("this profile has no keys")
            self._private[profile_id] = unwrap_private_key(self._vault.key, profile_id, wrapped)
        return json.loads(unseal(self._private[profile_id], sealed).decode("utf-8"))

    def forget(self) -> None:
        """Drop unwrapped private keys (on lock, on profile switch)."""
        self._private.clear()
