"""Changing key custody never leaves the vault without a way in."""

from __future__ import annotations

import pytest

from bond.errors import BondError, WrongKeyError
from bond.security.secrets import MemoryStore
from bond.services.custody import CustodyService
from bond.services.vault_service import Custody, VaultService
from tests.conftest import PASSPHRASE


def open_custody(service: VaultService, custody: Custody) -> CustodyService:
    service.create(custody).close()
    key = service.unlock(custody.passphrase) if not custody.keyring else service.unlock()
    return CustodyService(service, service.open(key))


def test_add_change_and_remove_a_passphrase(service: VaultService, store: MemoryStore) -> None:
    custody = open_custody(service, Custody(keyring=True))
    assert custody.status().keyring and not custody.status().passphrase
    custody.set_passphrase(PASSPHRASE)
    assert service.unlock(PASSPHRASE)
    with pytest.raises(WrongKeyError):
        custody.set_passphrase("another good phrase", current="wrong one")
    custody.set_passphrase("another good phrase", current=PASSPHRASE)
    with pytest.raises(WrongKeyError):
        service.unlock(PASSPHRASE)
    assert service.unlock("another good phrase")
    custody.remove_passphrase("another good phrase")
    assert service.read_header().wrapped is None
    assert service.unlock()  # still opens through the keyring


def test_keyring_copy_can_be_removed_only_with_a_passphrase(
    service: VaultService, store: MemoryStore
) -> None:
    custody = open_custody(service, Custody(keyring=True))
    with pytest.raises(BondError, match="passphrase first"):
        custody.remove_keyring_copy()
    custody.set_passphrase(PASSPHRASE)
    custody.remove_keyring_copy()
    assert store.secrets == {}
    assert not service.read_header().keyring
    assert service.needs_passphrase()
    with pytest.raises(BondError, match="only way"):
        custody.remove_passphrase(PASSPHRASE)
    custody.add_keyring_copy()
    assert not service.needs_passphrase()


def test_no_keyring_means_no_keyring_copy(paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bond.services.vault_files import VaultFiles
    from tests.conftest import FAST_KDF

    service = VaultService(VaultFiles(paths.data_dir), MemoryStore(available=False), kdf=FAST_KDF)
    custody = open_custody(service, Custody(keyring=False, passphrase=PASSPHRASE))
    assert not custody.status().keyring_available
    with pytest.raises(BondError, match="No working keyring"):
        custody.add_keyring_copy()
    assert not service.read_header().keyring
