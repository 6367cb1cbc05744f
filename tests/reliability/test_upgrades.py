"""Every schema Bond has shipped upgrades to the newest, after a backup, with its data intact;
a vault from a newer Bond is refused and left exactly as it was.

The fixture vaults are made by tests/fixtures/make_vaults.py (migrations run only up to each
revision, then rows written in that revision's layout).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from bond.errors import EXIT_DAMAGED, NewerVaultError
from bond.security.header import read_header, write_header
from bond.security.secrets import MemoryStore
from bond.services import startup
from bond.services.agreements import AgreementService
from bond.services.boundaries import BoundaryService
from bond.services.keychain import Keychain
from bond.services.library import ReadingService
from bond.services.profiles import ProfileService
from bond.services.sessions import AnswerKey, SessionService
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import VaultService
from bond.storage import reader, schema
from bond.storage.db import integrity_problems, make_engine
from bond.storage.reader import VaultReader
from tests.fixtures import make_vaults as fx
from tests.reliability.damage import hashes
from tests.unit.cli_helpers import FakeConsole
from tests.unit.cli_helpers import run as run_cli

REVISIONS = schema.KNOWN_REVISIONS


def test_there_is_a_fixture_for_every_revision() -> None:
    assert sorted(p.name for p in fx.VAULTS.iterdir() if p.is_dir()) == list(REVISIONS)


def copy_fixture(revision: str, tmp_path: Path) -> VaultService:
    data = tmp_path / "vault"
    shutil.copytree(fx.VAULTS / revision, data)
    return VaultService(VaultFiles(data), MemoryStore(available=False), kdf=fx.FAST_KDF)


@pytest.mark.parametrize("revision", REVISIONS)
def test_each_revision_upgrades_with_a_backup_and_keeps_its_data(
    revision: str, tmp_path: Path
) -> None:
    service = copy_fixture(revision, tmp_path)
    assert read_header(service.files.header).schema_version == revision
    result = startup.unlock_with_passphrase(service, fx.PASSPHRASE)
    vault = result.vault
    assert result.kind is startup.StartKind.OPENED and vault is not None
    try:
        if revision == schema.SCHEMA_HEAD:
            assert vault.migrated_from is None and not service.files.list_backups()
        else:
            assert vault.migrated_from == revision
            backup = vault.backup_path
            assert backup is not None and backup.exists()
            assert service.files.list_backups() == [backup]
            # The backup is the vault as it was: the old revision, openable with the same key.
            old = VaultReader(reader.connect(backup, vault.key, read_only=True))
            try:
                assert old.schema_state()[1] == revision
                assert old.integrity_problems() == []
            finally:
                old.close()
        assert read_header(service.files.header).schema_version == schema.SCHEMA_HEAD
        assert integrity_problems(vault.db.engine) == []
        assert vault.reader.schema_state()[1] == schema.SCHEMA_HEAD
        assert_data_intact(vault, revision)
    finally:
        vault.close()
    # And it opens again as an ordinary, current vault.
    again = startup.unlock_with_passphrase(service, fx.PASSPHRASE)
    assert again.vault is not None and again.vault.migrated_from is None
    again.vault.close()


def assert_data_intact(vault: object, revision: str) -> None:
    from bond.services.vault_service import OpenVault

    assert isinstance(vault, OpenVault)
    profiles = ProfileService(vault)
    assert [(p.id, p.name) for p in profiles.profiles()] == list(fx.PROFILES)
    assert profiles.household() is not None and profiles.household().value == "couple"
    keys = Keychain(vault)
    ana, ben = (p[0] for p in fx.PROFILES)
    assert not keys.has_pin(ana) and not keys.has_pin(ben)  # every profile has keys now
    if int(revision) < 2:
        return
    answers = SessionService(vault, keys).answers(fx.SESSION_ID, [ben])
    assert answers == {
        AnswerKey("hopes", None): fx.SHARED_ANSWER,
        AnswerKey("feelings", ben): fx.PRIVATE_ANSWER,
    }
    (agreement,) = AgreementService(vault).active()
    assert agreement.text == fx.AGREEMENT_TEXT
    assert agreement.last_outcome is not None and agreement.last_outcome.value == "partly"
    (boundary,) = BoundaryService(vault, keys).list(ana)
    assert boundary.words == fx.BOUNDARY["words"] and boundary.uses == 1
    if int(revision) < 3:
        return
    slug, bookmarked, read, position = fx.READING
    state = ReadingService(vault, {}).states(ana)[slug]
    assert (state.bookmarked, state.read, state.position) == (bookmarked, read, position)


@pytest.mark.parametrize("revision", [r for r in REVISIONS if r != schema.SCHEMA_HEAD])
def test_an_older_vault_is_not_migrated_by_check(revision: str, tmp_path: Path) -> None:
    """DECISIONS 13: only the app, import and restore migrate; `check` explains and exits 1."""
    service = copy_fixture(revision, tmp_path)
    before = hashes(service.files.data_dir)
    console = FakeConsole(stdin=fx.PASSPHRASE + "\n")
    code = run_cli(
        ["--data-dir", str(service.files.data_dir), "check", "--passphrase-stdin"],
        console,
        MemoryStore(available=False),
    )
    assert code == 1 and "Open Bond once to upgrade" in console.err
    assert hashes(service.files.data_dir) == before


def make_future(tmp_path: Path) -> VaultService:
    """The newest fixture as a later Bond would leave it: a schema this Bond has never seen."""
    service = copy_fixture(schema.SCHEMA_HEAD, tmp_path)
    key = service.unlock(fx.PASSPHRASE)
    engine = make_engine(service.files.db, key)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
            conn.execute(text("UPDATE vault_meta SET value = '9.9.0' WHERE key = 'bond_version'"))
    finally:
        engine.dispose()
    header = read_header(service.files.header)
    write_header(service.files.header, header.with_schema("0099"))
    return service


def test_a_vault_from_a_newer_bond_is_refused_and_untouched(tmp_path: Path) -> None:
    service = make_future(tmp_path)
    data = service.files.data_dir
    before = hashes(data)
    with pytest.raises(NewerVaultError) as caught:
        startup.unlock_with_passphrase(service, fx.PASSPHRASE)
    assert "9.9.0" in caught.value.message and "nothing was changed" in caught.value.message
    assert hashes(data) == before
    for verb in (["check"], ["export", "--output", str(tmp_path / "out.json")]):
        console = FakeConsole(stdin=fx.PASSPHRASE + "\n")
        code = run_cli(
            ["--data-dir", str(data), *verb, "--passphrase-stdin"],
            console,
            MemoryStore(available=False),
        )
        assert code == EXIT_DAMAGED, (verb, console.err)
        assert "newer" in console.err
        assert hashes(data) == before
    assert not (tmp_path / "out.json").exists()
