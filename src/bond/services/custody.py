"""Change how an open vault's key is kept: set or change the passphrase, add or remove the keyring
copy (DECISIONS 5). The vault is never left without a way in, and the header is replaced
atomically, so a crash leaves the old custody or the new one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bond.errors import BondError, KeyringUnavailableError, WrongKeyError
from bond.security.header import VaultHeader, write_header
from bond.security.keys import UnwrapError, unwrap_key, wrap_key
from bond.security.secrets import SecretStoreError
from bond.services.vault_service import OpenVault, VaultService, passphrase_problem


@dataclass(frozen=True)
class CustodyStatus:
    keyring: bool
    passphrase: bool
    keyring_available: bool


class CustodyService:
    def __init__(self, service: VaultService, vault: OpenVault) -> None:
        if vault.temporary or vault.header is None or vault.key is None:  # temporary: no custody
            raise BondError("A temporary session has no key to manage.")
        self._service = service
        self._vault = vault

    @property
    def _header(self) -> VaultHeader:
        assert self._vault.header is not None
        return self._vault.header

    @property
    def _key(self) -> bytes:
        assert self._vault.key is not None
        return self._vault.key

    def status(self) -> CustodyStatus:
        return CustodyStatus(
            keyring=self._header.keyring,
            passphrase=self._header.wrapped is not None,
            keyring_available=self._service.keyring_available(),
        )

    def _check_current(self, current: str | None) -> None:
        wrapped = self._header.wrapped
        if wrapped is None:
            return
        try:
            unwrap_key(wrapped, current or "", self._header.vault_id.encode())
        except UnwrapError as exc:
            raise WrongKeyError("That is not the current passphrase. Nothing was changed.") from exc

    def _save(self, header: VaultHeader) -> None:
        assert self._service.files is not None
        write_header(self._service.files.header, header)
        self._vault.header = header

    def set_passphrase(self, new: str, current: str | None = None) -> None:
        """Add a passphrase, or change it (the current one is asked for first)."""
        if problem := passphrase_problem(new):
            raise BondError(problem)
        self._check_current(current)
        wrapped = wrap_key(self._key, new, self._header.vault_id.encode(), self._service.kdf)
        self._save(replace(self._header, wrapped=wrapped))

    def remove_passphrase(self, current: str) -> None:
        if not self._header.keyring:
            raise BondError("The passphrase is the only way into this vault, so it has to stay.")
        self._check_current(current)
        if self._service.key_from_keyring(self._header) is None:
            raise KeyringUnavailableError(
                "The keyring does not answer right now, so the passphrase has to stay."
            )
        self._save(replace(self._header, wrapped=None))

    def add_keyring_copy(self) -> None:
        if not self._service.keyring_available():
            raise KeyringUnavailableError("No working keyring was found on this computer.")
        try:
            self._service.secrets.set(self._header.vault_id, self._key.hex())
        except SecretStoreError as exc:
            raise KeyringUnavailableError("The keyring did not accept the key.") from exc
        self._save(replace(self._header, keyring=True))

    def remove_keyring_copy(self) -> None:
        if self._header.wrapped is None:
            raise BondError("Set a passphrase first, so there is still a way into your vault.")
        self._save(replace(self._header, keyring=False))
        try:
            self._service.secrets.delete(self._header.vault_id)
        except SecretStoreError as exc:
            raise KeyringUnavailableError(
                "Bond no longer uses the keyring, but could not delete the key stored there. "
                "You can remove the entry named 'bond' with your keyring manager."
            ) from exc
