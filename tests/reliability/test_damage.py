"""Damaged vault files are detected, refused with a plain message, and never changed.

Flipped bytes, a truncated database and another vault's header are refused at start-up with
"restore from a backup" offered (a backup exists) and every file hashing the same afterwards. A
missing WAL is not damage SQLite can see (DECISIONS 30): the vault opens, passes both checks, and
only the commits that were still in the WAL are gone.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from bond.config import AppPaths
from bond.errors import DamagedVaultError, WrongKeyError
from bond.gui.screens.problem import ProblemScreen
from bond.security.secrets import MemoryStore
from bond.services import startup
from bond.services.agreements import AgreementService
from bond.services.keychain import Keychain
from bond.services.sessions import SessionService
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import VaultService
from bond.storage.db import integrity_problems, make_engine
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import WindowFactory, wait_for_screen
from tests.reliability.damage import hashes, vault_with_data

PAGE = 4096


def refused_at_start(service: VaultService, data_dir: Path) -> DamagedVaultError:
    """Start Bond's start-up decision; it must refuse as damaged, offer a backup, touch nothing."""
    before = hashes(data_dir)
    result = startup.start(service)
    assert result.kind is startup.StartKind.PROBLEM, result.kind
    assert isinstance(result.error, DamagedVaultError), result.error
    assert "restore" in result.error.message and "has not changed the file" in result.error.message
    assert service.files.list_backups(), "a backup should be there to offer"
    assert hashes(data_dir) == before
    return result.error


@pytest.mark.parametrize("seed", range(6))
def test_flipped_bytes_in_random_pages_are_refused(
    service: VaultService, paths: AppPaths, seed: int
) -> None:
    vault_with_data(service)
    db = service.files.db
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    assert pages > 8
    rng = random.Random(seed)
    for page in rng.sample(range(pages), k=rng.randint(1, 3)):
        offset = page * PAGE + rng.randrange(PAGE)
        data[offset] ^= 1 << rng.randrange(8)
    db.write_bytes(bytes(data))
    refused_at_start(service, paths.data_dir)


@pytest.mark.parametrize("keep", [0.5, 0.93, "one page short", "a few bytes"])
def test_truncated_database_is_refused(
    service: VaultService, paths: AppPaths, keep: float | str
) -> None:
    vault_with_data(service)
    db = service.files.db
    data = db.read_bytes()
    match keep:
        case float():
            size = int(len(data) * keep)
        case "one page short":
            size = len(data) - PAGE
        case _:
            size = 100
    db.write_bytes(data[:size])
    refused_at_start(service, paths.data_dir)


def test_header_from_another_vault_is_refused(
    service: VaultService, paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    vault_with_data(service)
    other = VaultService(VaultFiles(tmp_path / "other"), store, kdf=FAST_KDF)
    vault_with_data(other, answers=10)
    shutil.copyfile(other.files.header, service.files.header)
    error = refused_at_start(service, paths.data_dir)
    assert "could not be read" in error.message


def test_header_from_another_vault_with_passphrases(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    """Passphrase vaults: the vault's own passphrase no longer fits the header (locked, exit 3);
    the other vault's passphrase unwraps a key that cannot read this database (damaged)."""
    service = VaultService(VaultFiles(paths.data_dir), MemoryStore(available=False), kdf=FAST_KDF)
    vault_with_data(service, passphrase=PASSPHRASE)
    other = VaultService(VaultFiles(tmp_path / "other"), service.secrets, kdf=FAST_KDF)
    vault_with_data(other, answers=10, passphrase="another passphrase entirely")
    shutil.copyfile(other.files.header, service.files.header)
    before = hashes(paths.data_dir)
    assert startup.start(service).kind is startup.StartKind.NEEDS_PASSPHRASE
    with pytest.raises(WrongKeyError):
        startup.unlock_with_passphrase(service, PASSPHRASE)
    with pytest.raises(DamagedVaultError, match="has not changed the file"):
        startup.unlock_with_passphrase(service, "another passphrase entirely")
    assert hashes(paths.data_dir) == before


def test_missing_wal_loses_only_uncheckpointed_commits(
    service: VaultService, paths: AppPaths, tmp_path: Path
) -> None:
    """The vault is copied (or the WAL lost) while a commit still sits in the WAL."""
    session_ids = vault_with_data(service)
    key = service.unlock()
    engine = make_engine(service.files.db, key)
    copies = {}
    try:
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_autocheckpoint = 0"))
            conn.execute(text("INSERT INTO settings (key, value) VALUES ('in-wal', 'x')"))
            conn.commit()
            wal, shm = service.files.sidecars
            assert wal.stat().st_size > 0, "the commit should still be in the WAL"
            for name, files in (("without-wal", (service.files.db,)), ("wal-lost", (None,))):
                folder = tmp_path / name
                folder.mkdir()
                for path in (service.files.db, service.files.header):
                    shutil.copyfile(path, folder / path.name)
                if files == (None,):  # the WAL went missing but its index stayed behind
                    shutil.copyfile(shm, folder / shm.name)
                copies[name] = folder
    finally:
        engine.dispose()
    for folder in copies.values():
        copy = VaultService(VaultFiles(folder), service.secrets, kdf=FAST_KDF)
        result = startup.start(copy)
        assert result.kind is startup.StartKind.OPENED, result.error
        vault = result.vault
        assert vault is not None
        try:
            assert integrity_problems(vault.db.engine) == []
            with vault.db.engine.connect() as conn:
                assert conn.execute(text("SELECT 1 FROM settings WHERE key = 'in-wal'")).all() == []
            sessions = SessionService(vault, Keychain(vault))
            for session_id in session_ids:
                info = sessions.get(session_id)
                assert info is not None
                assert len(sessions.answers(session_id, info.profile_ids)) == 10
            assert [a.text for a in AgreementService(vault).active()] == [
                "A walk together on Sunday"
            ]
        finally:
            vault.close()


def test_the_window_offers_the_backup_for_a_truncated_vault(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, paths: AppPaths
) -> None:
    vault_with_data(service)
    db = service.files.db
    db.write_bytes(db.read_bytes()[: 5 * PAGE + 123])
    before = hashes(paths.data_dir)
    window = make_window()
    wait_for_screen(qtbot, window, ProblemScreen)
    ui = window.screens["problem"].ui
    assert "damaged" in ui.messageLabel.text() and "restore" in ui.messageLabel.text()
    assert ui.restoreButton.isVisible() and ui.restoreButton.hasFocus()
    assert hashes(paths.data_dir) == before


def test_a_restore_that_cannot_help_is_not_offered_again(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    paths: AppPaths,
    store: MemoryStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A header from another vault: its key opens no backup of this vault either. After one
    restore the window explains that the key file may be what does not fit, and stops offering
    the same restore (it went round in a circle). Nothing is deleted."""
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.conftest import activate

    vault_with_data(service)
    other = VaultService(VaultFiles(tmp_path / "other"), store, kdf=FAST_KDF)
    vault_with_data(other, answers=10)
    shutil.copyfile(other.files.header, service.files.header)
    original = service.files.db.read_bytes()
    window = make_window()
    wait_for_screen(qtbot, window, ProblemScreen)
    ui = window.screens["problem"].ui
    assert ui.restoreButton.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    activate(ui.restoreButton)
    qtbot.waitUntil(lambda: "vault.header" in ui.messageLabel.text(), timeout=15000)
    assert not ui.restoreButton.isVisible()
    assert ui.retryButton.isVisible()
    kept = list((paths.data_dir / "kept-aside").rglob("vault.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == original
    # Trying again (the same header) explains the same, and never offers the circle again.
    activate(ui.retryButton)
    qtbot.wait(300)
    wait_for_screen(qtbot, window, ProblemScreen)
    assert "vault.header" in ui.messageLabel.text()
    assert not ui.restoreButton.isVisible()


def test_a_backup_damaged_too_is_said_plainly_and_not_offered_again(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The key fits the backup, but it fails its check as well (the same bad disk, say): that is
    what the window says, and the restore is not offered a second time."""
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.conftest import activate

    vault_with_data(service)
    db = service.files.db
    db.write_bytes(db.read_bytes()[: 5 * PAGE + 123])
    backup = service.files.list_backups()[0]
    data = bytearray(backup.read_bytes())
    for page in (3, 5, 7):
        data[page * PAGE + 100] ^= 0xFF
    backup.write_bytes(bytes(data))
    window = make_window()
    wait_for_screen(qtbot, window, ProblemScreen)
    ui = window.screens["problem"].ui
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    activate(ui.restoreButton)
    qtbot.waitUntil(lambda: "backup is damaged too" in ui.messageLabel.text(), timeout=15000)
    assert "vault.header" not in ui.messageLabel.text()
    assert not ui.restoreButton.isVisible()
