"""The key of a backup file: from this computer's keyring when it holds the right one, else
unwrapped with the backup's passphrase; the GUI reaches both only through these services."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from bond.errors import WrongKeyError
from bond.security.header import VaultHeader
from bond.security.keys import new_vault_key
from bond.security.secrets import MemoryStore, SecretStoreError
from bond.services.backup_file import (
    BackupFileError,
    backup_key_from_keyring,
    backup_key_from_passphrase,
    read_backup_header,
    write_backup,
)
from bond.services.restore import restore_backup_file
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import Custody, OpenVault, VaultService
from tests.conftest import FAST_KDF, PASSPHRASE

BACKUP_PASSPHRASE = "a different calm sentence"


class BrokenStore(MemoryStore):
    """A keyring that says it is there but fails every read (a locked or crashed daemon)."""

    def get(self, account: str) -> str | None:
        raise SecretStoreError("the OS keyring could not be read")


@pytest.fixture
def keyring_vault(service: VaultService) -> Iterator[OpenVault]:
    vault = service.create(Custody(keyring=True))
    try:
        yield vault
    finally:
        vault.close()


def backup_of(vault: OpenVault, tmp_path: Path) -> tuple[VaultHeader, bytes]:
    """A real backup file of ``vault``: its header as read back, and the vault's key."""
    path = write_backup(vault, tmp_path / "backup.zip", passphrase=BACKUP_PASSPHRASE, kdf=FAST_KDF)
    assert vault.key is not None
    return read_backup_header(path), vault.key


def test_the_keyring_copy_opens_a_backup_of_a_keyring_vault(
    keyring_vault: OpenVault, store: MemoryStore, tmp_path: Path
) -> None:
    header, key = backup_of(keyring_vault, tmp_path)
    assert header.keyring
    assert backup_key_from_keyring(store, header) == key


def test_no_usable_keyring_copy_gives_none(
    keyring_vault: OpenVault, store: MemoryStore, tmp_path: Path
) -> None:
    header, key = backup_of(keyring_vault, tmp_path)
    assert backup_key_from_keyring(MemoryStore(), header) is None  # another computer
    assert backup_key_from_keyring(MemoryStore(available=False), header) is None
    assert backup_key_from_keyring(BrokenStore(), header) is None
    not_hex = MemoryStore()
    not_hex.set(header.vault_id, "not a hex key")
    assert backup_key_from_keyring(not_hex, header) is None
    other = MemoryStore()
    other.set(header.vault_id, new_vault_key().hex())  # fails the header's key check
    assert backup_key_from_keyring(other, header) is None
    # A vault that did not use the keyring: its copy, if any, is not even looked up.
    assert backup_key_from_keyring(store, replace(header, keyring=False)) is None
    assert store.get(header.vault_id) == key.hex()


def test_a_passphrase_vault_is_not_looked_up_in_the_keyring(
    service: VaultService, store: MemoryStore, tmp_path: Path
) -> None:
    vault = service.create(Custody(keyring=False, passphrase=PASSPHRASE))
    try:
        header, key = backup_of(vault, tmp_path)
    finally:
        vault.close()
    assert not header.keyring
    store.set(header.vault_id, key.hex())
    assert backup_key_from_keyring(store, header) is None
    assert backup_key_from_passphrase(header, PASSPHRASE) == key  # the vault's own passphrase


def test_the_backup_passphrase_opens_it_and_the_key_restores(
    keyring_vault: OpenVault, tmp_path: Path
) -> None:
    header, key = backup_of(keyring_vault, tmp_path)
    assert backup_key_from_passphrase(header, BACKUP_PASSPHRASE) == key
    elsewhere = VaultFiles(tmp_path / "elsewhere")
    restored = restore_backup_file(elsewhere, tmp_path / "backup.zip", key, MemoryStore())
    assert restored is not None and elsewhere.db.exists()


def test_a_wrong_passphrase_is_a_wrong_key_error(keyring_vault: OpenVault, tmp_path: Path) -> None:
    header, _ = backup_of(keyring_vault, tmp_path)
    with pytest.raises(WrongKeyError, match="does not open this backup"):
        backup_key_from_passphrase(header, "not the passphrase")
    with pytest.raises(WrongKeyError):
        backup_key_from_passphrase(header, "")


def test_a_key_wrapped_for_another_vault_is_refused(
    keyring_vault: OpenVault, tmp_path: Path
) -> None:
    """The key unwraps, but the header's key check belongs to another vault: never returned."""
    header, _ = backup_of(keyring_vault, tmp_path)
    tampered = replace(header, key_check=bytes(len(header.key_check)))
    with pytest.raises(WrongKeyError):
        backup_key_from_passphrase(tampered, BACKUP_PASSPHRASE)


def test_a_header_without_a_wrapped_key_cannot_be_opened_by_passphrase(
    keyring_vault: OpenVault, tmp_path: Path
) -> None:
    header, _ = backup_of(keyring_vault, tmp_path)
    with pytest.raises(BackupFileError):
        backup_key_from_passphrase(replace(header, wrapped=None), BACKUP_PASSPHRASE)
