"""The vault contract: create, reopen, wrong key, damage, newer schema, backups, no plaintext."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from bond.config import AppPaths
from bond.domain.profiles import Household
from bond.errors import (
    BondError,
    DamagedVaultError,
    KeyringUnavailableError,
    LockedError,
    NewerVaultError,
    PassphraseRequiredError,
    VaultExistsError,
    WrongKeyError,
)
from bond.security.secrets import MemoryStore
from bond.services.profiles import ProfileService
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import Custody, VaultService
from bond.storage import schema
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot

CANARY = "Canary-7f3a9 zebra"


def make_vault(service: VaultService, custody: Custody, names: list[str] | None = None) -> None:
    vault = service.create(custody)
    try:
        if names:
            household = Household.SOLO if len(names) == 1 else Household.COUPLE
            ProfileService(vault).set_up(household, names)
    finally:
        vault.close()


def test_create_and_reopen_with_keyring(service: VaultService, store: MemoryStore) -> None:
    make_vault(service, Custody(keyring=True), ["Sam"])
    header = service.read_header()
    assert header.keyring and header.wrapped is None
    assert store.secrets[header.vault_id]  # the key is in the keyring, not on disk
    assert not service.needs_passphrase()
    vault = service.open(service.unlock())
    try:
        assert [p.name for p in ProfileService(vault).profiles()] == ["Sam"]
        assert ProfileService(vault).household() is Household.SOLO
    finally:
        vault.close()


def test_create_and_reopen_with_passphrase(service: VaultService, store: MemoryStore) -> None:
    make_vault(service, Custody(keyring=False, passphrase=PASSPHRASE), ["Sam", "Alex"])
    assert store.secrets == {}
    assert service.needs_passphrase()
    with pytest.raises(PassphraseRequiredError):
        service.unlock()
    vault = service.open(service.unlock(PASSPHRASE))
    try:
        assert [p.name for p in ProfileService(vault).profiles()] == ["Sam", "Alex"]
    finally:
        vault.close()


def test_keyring_and_passphrase_both_open(service: VaultService, store: MemoryStore) -> None:
    make_vault(service, Custody(keyring=True, passphrase=PASSPHRASE))
    key_from_keyring = service.unlock()
    store.secrets.clear()  # the keyring was lost: the passphrase is the way back in
    assert service.unlock(PASSPHRASE) == key_from_keyring


def test_wrong_passphrase_touches_nothing(service: VaultService, paths: AppPaths) -> None:
    make_vault(service, Custody(keyring=False, passphrase=PASSPHRASE), ["Sam"])
    before = snapshot(paths.data_dir)
    with pytest.raises(WrongKeyError):
        service.unlock("not the passphrase")
    assert snapshot(paths.data_dir) == before


def test_keyring_key_for_another_vault_is_refused(
    service: VaultService, store: MemoryStore
) -> None:
    make_vault(service, Custody(keyring=True))
    vault_id = service.read_header().vault_id
    store.secrets[vault_id] = "00" * 32
    with pytest.raises(LockedError):
        service.unlock()


def test_damaged_database_is_refused_and_untouched(service: VaultService, paths: AppPaths) -> None:
    make_vault(service, Custody(keyring=True), ["Sam"])
    db = VaultFiles(paths.data_dir).db
    data = bytearray(db.read_bytes())
    for offset in range(4096 + 100, 4096 + 140):  # inside page 2
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))
    before = snapshot(paths.data_dir)
    with pytest.raises(DamagedVaultError):
        service.open(service.unlock())
    assert snapshot(paths.data_dir) == before


def test_truncated_database_is_refused(service: VaultService, paths: AppPaths) -> None:
    make_vault(service, Custody(keyring=True), ["Sam"])
    db = VaultFiles(paths.data_dir).db
    db.write_bytes(db.read_bytes()[:1000])
    before = snapshot(paths.data_dir)
    with pytest.raises(DamagedVaultError):
        service.open(service.unlock())
    assert snapshot(paths.data_dir) == before


def test_missing_or_damaged_header_is_explained(service: VaultService, paths: AppPaths) -> None:
    make_vault(service, Custody(keyring=True))
    files = VaultFiles(paths.data_dir)
    files.header.write_text("{not json", encoding="utf-8")
    with pytest.raises(DamagedVaultError, match="damaged"):
        service.unlock()
    files.header.unlink()
    with pytest.raises(DamagedVaultError, match="missing"):
        service.unlock()


def test_tampered_kdf_parameters_are_refused(service: VaultService, paths: AppPaths) -> None:
    make_vault(service, Custody(keyring=False, passphrase=PASSPHRASE))
    files = VaultFiles(paths.data_dir)
    data = json.loads(files.header.read_text(encoding="utf-8"))
    data["passphrase"]["memory_kib"] = 1  # would make guessing cheap
    files.header.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DamagedVaultError):
        service.unlock(PASSPHRASE)


def test_newer_vault_is_refused_naming_both_versions(
    service: VaultService, paths: AppPaths
) -> None:
    make_vault(service, Custody(keyring=True))
    vault = service.open(service.unlock())
    with vault.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        conn.execute(text("UPDATE vault_meta SET value = '9.1.0' WHERE key = 'bond_version'"))
    vault.close()
    before = snapshot(paths.data_dir)
    with pytest.raises(NewerVaultError) as info:
        service.open(service.unlock())
    assert "9.1.0" in info.value.message
    assert service.app_version in info.value.message
    assert snapshot(paths.data_dir) == before


def test_backup_is_taken_before_migrating(service: VaultService, paths: AppPaths) -> None:
    make_vault(service, Custody(keyring=True))
    key = service.unlock()
    vault = service.open(key)
    schema.downgrade_to(vault.db.engine, "base")  # a vault from before the first migration
    vault.close()
    upgraded = service.open(key)
    try:
        assert upgraded.migrated_from == "empty"
        assert upgraded.backup_path is not None and upgraded.backup_path.exists()
        assert b"SQLite format 3" not in upgraded.backup_path.read_bytes()[:16]
        assert upgraded.reader.schema_state()[1] == schema.SCHEMA_HEAD
    finally:
        upgraded.close()
    assert VaultFiles(paths.data_dir).list_backups() == [upgraded.backup_path]


def test_migration_without_permission_is_refused(service: VaultService) -> None:
    make_vault(service, Custody(keyring=True))
    key = service.unlock()
    vault = service.open(key)
    schema.downgrade_to(vault.db.engine, "base")
    vault.close()
    from bond.errors import NeedsUpgradeError

    with pytest.raises(NeedsUpgradeError, match="Open Bond once"):
        service.open(key, migrate=False)


def test_no_plaintext_anywhere(service: VaultService, paths: AppPaths) -> None:
    make_vault(service, Custody(keyring=False, passphrase=PASSPHRASE), [CANARY])
    vault = service.open(service.unlock(PASSPHRASE))
    vault.close()
    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        raw = path.read_bytes()
        assert b"SQLite format 3" not in raw, path
        assert CANARY.encode() not in raw, path
        assert PASSPHRASE.encode() not in raw, path


def test_never_overwrites_an_existing_vault(service: VaultService, paths: AppPaths) -> None:
    make_vault(service, Custody(keyring=True))
    before = snapshot(paths.data_dir)
    with pytest.raises(VaultExistsError):
        service.create(Custody(keyring=True))
    assert snapshot(paths.data_dir) == before


def test_keyring_missing_never_falls_back(paths: AppPaths) -> None:
    service = VaultService(VaultFiles(paths.data_dir), MemoryStore(available=False), kdf=FAST_KDF)
    assert not service.keyring_available()
    with pytest.raises(KeyringUnavailableError):
        service.create(Custody(keyring=True))
    assert not paths.data_dir.exists() or not any(paths.data_dir.iterdir())


def test_short_passphrase_is_refused(service: VaultService, paths: AppPaths) -> None:
    with pytest.raises(BondError, match="at least 8"):
        service.create(Custody(keyring=False, passphrase="short"))
    assert not VaultFiles(paths.data_dir).any_exist()


def test_temporary_session_writes_nothing(paths: AppPaths, tmp_path: Path) -> None:
    vault = VaultService.temporary()
    try:
        ProfileService(vault).set_up(Household.SOLO, [CANARY])
        assert [p.name for p in ProfileService(vault).profiles()] == [CANARY]
        assert vault.temporary
    finally:
        vault.close()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes()


def test_pragmas_are_set(service: VaultService) -> None:
    make_vault(service, Custody(keyring=True))
    vault = service.open(service.unlock())
    try:
        with vault.db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
    finally:
        vault.close()


def test_schema_head_matches_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_current_head() == schema.SCHEMA_HEAD
    revisions = [r.revision for r in scripts.walk_revisions()]
    assert sorted(revisions) == sorted(schema.KNOWN_REVISIONS)


def test_models_match_migrations(service: VaultService) -> None:
    """The ORM models and the migrated schema agree (autogenerate finds no difference)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from bond.storage.models import Base

    make_vault(service, Custody(keyring=True))
    vault = service.open(service.unlock())
    try:
        with vault.db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        vault.close()


def test_an_emptied_database_is_damage_not_a_new_vault(
    service: VaultService, paths: AppPaths
) -> None:
    make_vault(service, Custody(keyring=False, passphrase=PASSPHRASE), ["Jo"])
    VaultFiles(paths.data_dir).db.write_bytes(b"")
    before = snapshot(paths.data_dir)
    key = service.unlock(PASSPHRASE)
    with pytest.raises(DamagedVaultError, match="empty"):
        service.open(key)
    with pytest.raises(DamagedVaultError):
        service.check(key)
    assert snapshot(paths.data_dir) == before


@pytest.mark.parametrize("field", ["nonce", "salt", "ciphertext", "key_check"])
def test_malformed_header_fields_are_damage(
    service: VaultService, paths: AppPaths, field: str
) -> None:
    make_vault(service, Custody(keyring=False, passphrase=PASSPHRASE))
    files = VaultFiles(paths.data_dir)
    data = json.loads(files.header.read_text(encoding="utf-8"))
    if field == "key_check":
        data["key_check"] = ""
    else:
        data["passphrase"][field] = ""
    files.header.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DamagedVaultError):
        service.unlock(PASSPHRASE)
