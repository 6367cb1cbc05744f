"""`bond demo`, `bond backup` and `bond restore`: messages, exit codes, and nothing ever lost."""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from bond.config import AppPaths
from bond.security.header import read_header
from bond.security.secrets import MemoryStore
from bond.services.home_overview import is_sample
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import VaultService
from bond.storage.models import Base
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot
from tests.unit.cli_helpers import FakeConsole, run

BACKUP_PASSPHRASE = "a different calm sentence"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from bond.services import vault_service

    monkeypatch.setattr(vault_service, "KdfParams", lambda: FAST_KDF)


def fingerprint(data_dir: Path, store: MemoryStore, passphrase: str | None) -> dict[str, list[str]]:
    """Every row of every table, to prove that a restore brought all of it back."""
    service = VaultService(VaultFiles(data_dir), store, kdf=FAST_KDF)
    vault = service.open(service.unlock(passphrase), migrate=False, read_only=True)
    try:
        with vault.db.unit_of_work() as s:
            return {
                table.name: sorted(repr(tuple(row)) for row in s.execute(select(table)).all())
                for table in Base.metadata.sorted_tables
            }
    finally:
        vault.close()


def flip_bytes(path: Path, start: int = 8192, length: int = 4096) -> None:
    data = bytearray(path.read_bytes())
    for i in range(start, min(len(data), start + length)):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


# -- demo -----------------------------------------------------------------------------------
def test_demo_fills_a_new_vault_and_refuses_an_existing_one(
    paths: AppPaths, store: MemoryStore
) -> None:
    d = str(paths.data_dir)
    console = FakeConsole()
    assert run(["demo", "--weeks", "8", "--data-dir", d], console, store) == 0, console.err
    assert "OS keyring" in console.out and "8 weeks of sample history" in console.out
    service = VaultService(VaultFiles(paths.data_dir), store)
    vault = service.open(service.unlock(), migrate=False, read_only=True)
    try:
        assert is_sample(vault)
    finally:
        vault.close()
    before = snapshot(paths.data_dir)
    console = FakeConsole()
    assert run(["demo", "--data-dir", d], console, store) == 1
    assert "already a vault" in console.err and "nothing there was changed" in console.err
    assert snapshot(paths.data_dir) == before


def test_demo_refuses_a_vault_made_by_init(paths: AppPaths, store: MemoryStore) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--data-dir", d, "--profile", "Kai"], FakeConsole(), store) == 0
    before = snapshot(paths.data_dir)
    assert run(["demo", "--data-dir", d], FakeConsole(), store) == 1
    assert snapshot(paths.data_dir) == before


@pytest.mark.parametrize("weeks", ["0", "521", "-3"])
def test_demo_weeks_out_of_range_is_usage(paths: AppPaths, store: MemoryStore, weeks: str) -> None:
    console = FakeConsole()
    assert run(["demo", "--weeks", weeks, "--data-dir", str(paths.data_dir)], console, store) == 2
    assert "1 to 520" in console.err
    assert not VaultFiles(paths.data_dir).any_exist() and store.secrets == {}


def test_demo_with_a_passphrase_and_without_a_keyring(paths: AppPaths) -> None:
    store = MemoryStore(available=False)
    d = str(paths.data_dir)
    console = FakeConsole()
    assert run(["demo", "--weeks", "3", "--data-dir", d], console, store) == 1
    assert "bond demo --passphrase-stdin" in console.err
    assert not VaultFiles(paths.data_dir).any_exist()
    console = FakeConsole(PASSPHRASE)
    assert run(["demo", "--weeks", "3", "--passphrase-stdin", "--data-dir", d], console, store) == 0
    assert "behind your passphrase" in console.out
    assert (
        run(["check", "--data-dir", d, "--passphrase-stdin"], FakeConsole(PASSPHRASE), store) == 0
    )


def test_a_demo_that_fails_leaves_no_vault_behind(
    paths: AppPaths, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bond.services import demo

    def broken(*_args: object, **_kw: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(demo, "write_demo", broken)
    console = FakeConsole()
    assert run(["demo", "--data-dir", str(paths.data_dir)], console, store) == 1
    assert "Nothing was changed" in console.err
    assert not VaultFiles(paths.data_dir).any_exist() and store.secrets == {}


def test_demo_of_ten_years(paths: AppPaths, store: MemoryStore) -> None:
    """The largest demo works; its time is printed for reading (tests/bench times it)."""
    console = FakeConsole()
    started = time.perf_counter()
    assert run(["demo", "--weeks", "520", "--data-dir", str(paths.data_dir)], console, store) == 0
    elapsed = time.perf_counter() - started
    written = re.search(r"written in ([0-9.]+ s)", console.out)
    assert written is not None
    print(f"\nbond demo --weeks 520: {elapsed:.2f} s in all, data {written.group(1)}")


# -- backup and restore ---------------------------------------------------------------------
def test_backup_then_damage_then_restore_brings_everything_back(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    d = str(paths.data_dir)
    files = VaultFiles(paths.data_dir)
    assert (
        run(
            ["demo", "--weeks", "6", "--passphrase-stdin", "--data-dir", d],
            FakeConsole(PASSPHRASE),
            store,
        )
        == 0
    )
    original = fingerprint(paths.data_dir, store, PASSPHRASE)
    assert original["answers"] and original["agreements"]
    target = tmp_path / "out" / "bond-backup.zip"
    console = FakeConsole(PASSPHRASE)
    assert (
        run(["backup", "-o", str(target), "--passphrase-stdin", "--data-dir", d], console, store)
        == 0
    )
    assert "vault's passphrase" in console.out
    with zipfile.ZipFile(target) as zf:
        assert sorted(zf.namelist()) == ["vault.db", "vault.header"]
        assert zf.read("vault.db") != b"" and b"SQLite format" not in zf.read("vault.db")[:16]
        assert b"Robin" not in zf.read("vault.db")  # encrypted: no plaintext at all
    assert not list(target.parent.glob(".bond-backup-*"))  # the working copy is gone

    header_before = files.header.read_bytes()
    flip_bytes(files.db)
    damaged = files.db.read_bytes()
    assert (
        run(["check", "--passphrase-stdin", "--data-dir", d], FakeConsole(PASSPHRASE), store) == 4
    )

    # No terminal and no --yes: refused before anything is read or moved.
    before = snapshot(paths.data_dir)
    console = FakeConsole(PASSPHRASE)
    assert run(["restore", str(target), "--passphrase-stdin", "--data-dir", d], console, store) == 2
    assert "--yes" in console.err
    assert snapshot(paths.data_dir) == before

    console = FakeConsole(PASSPHRASE)
    argv = ["restore", str(target), "--yes", "--passphrase-stdin", "--data-dir", d]
    assert run(argv, console, store) == 0, console.err
    assert "kept in" in console.out
    assert (
        run(["check", "--passphrase-stdin", "--data-dir", d], FakeConsole(PASSPHRASE), store) == 0
    )
    assert fingerprint(paths.data_dir, store, PASSPHRASE) == original
    # The damaged vault was moved aside, byte for byte, with its header; never deleted.
    (aside,) = (paths.data_dir / "kept-aside").iterdir()
    assert (aside / "vault.db").read_bytes() == damaged
    assert (aside / "vault.header").read_bytes() == header_before
    assert not (paths.data_dir / "restoring").exists()
    # A second restore keeps the first aside folder and adds another.
    console = FakeConsole(PASSPHRASE)
    assert run(argv, console, store) == 0
    assert len(list((paths.data_dir / "kept-aside").iterdir())) == 2


def test_backup_refuses_to_overwrite_without_force(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--passphrase-stdin", "--data-dir", d], FakeConsole(PASSPHRASE), store) == 0
    target = tmp_path / "backup.zip"
    target.write_bytes(b"something precious")
    console = FakeConsole(PASSPHRASE)
    assert (
        run(["backup", "-o", str(target), "--passphrase-stdin", "--data-dir", d], console, store)
        == 1
    )
    assert "--force" in console.err and target.read_bytes() == b"something precious"
    argv = ["backup", "-o", str(target), "--force", "--passphrase-stdin", "--data-dir", d]
    assert run(argv, FakeConsole(PASSPHRASE), store) == 0
    assert zipfile.is_zipfile(target)


def test_backup_of_a_damaged_vault_leaves_the_folder_as_it_was(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    """Exit 4, no backup file, and no empty WAL files left behind in the vault folder."""
    d = str(paths.data_dir)
    assert run(["init", "--passphrase-stdin", "--data-dir", d], FakeConsole(PASSPHRASE), store) == 0
    flip_bytes(VaultFiles(paths.data_dir).db)
    before = sorted(p.name for p in paths.data_dir.iterdir())
    target = tmp_path / "backup.zip"
    argv = ["backup", "-o", str(target), "--passphrase-stdin", "--data-dir", d]
    assert run(argv, FakeConsole(PASSPHRASE), store) == 4
    assert not target.exists()
    assert sorted(p.name for p in paths.data_dir.iterdir()) == before


def test_a_keyring_only_vault_backs_up_under_its_own_passphrase(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--data-dir", d, "--profile", "Kai"], FakeConsole(), store) == 0
    target = tmp_path / "kai.zip"
    console = FakeConsole()  # no terminal, no passphrase for the backup
    assert run(["backup", "-o", str(target), "--data-dir", d], console, store) == 3
    assert "--passphrase-stdin" in console.err and not target.exists()
    console = FakeConsole(tty=True, answers=[BACKUP_PASSPHRASE, BACKUP_PASSPHRASE])
    assert run(["backup", "-o", str(target), "--data-dir", d], console, store) == 0
    assert "passphrase given for it" in console.out
    original = fingerprint(paths.data_dir, store, None)

    # Another computer: an empty data folder and a keyring that has never seen this vault.
    elsewhere = tmp_path / "new-computer"
    other = MemoryStore()
    wrong = FakeConsole("not the passphrase")
    argv = ["restore", str(target), "--passphrase-stdin", "--data-dir", str(elsewhere)]
    assert run(argv, wrong, other) == 3
    assert not VaultFiles(elsewhere).any_exist()
    console = FakeConsole(BACKUP_PASSPHRASE)
    assert run(argv, console, other) == 0, console.err  # nothing to replace: nothing to confirm
    assert "OS keyring again" in console.out
    header = read_header(VaultFiles(elsewhere).header)
    assert header.keyring and header.wrapped is not None
    assert fingerprint(elsewhere, other, None) == original  # the keyring opens it there now
    assert fingerprint(elsewhere, other, BACKUP_PASSPHRASE) == original
    assert not (elsewhere / "kept-aside").exists()


def test_restore_asks_on_a_terminal(paths: AppPaths, store: MemoryStore, tmp_path: Path) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--passphrase-stdin", "--data-dir", d], FakeConsole(PASSPHRASE), store) == 0
    target = tmp_path / "b.zip"
    assert (
        run(
            ["backup", "-o", str(target), "--passphrase-stdin", "--data-dir", d],
            FakeConsole(PASSPHRASE),
            store,
        )
        == 0
    )
    before = snapshot(paths.data_dir)
    console = FakeConsole(tty=True, answers=[PASSPHRASE, "no"])
    assert run(["restore", str(target), "--data-dir", d], console, store) == 2
    assert "not deleted" in console.out and "Nothing was changed" in console.out
    assert snapshot(paths.data_dir) == before
    console = FakeConsole(tty=True, answers=[PASSPHRASE, "RESTORE"])
    assert run(["restore", str(target), "--data-dir", d], console, store) == 0
    assert (paths.data_dir / "kept-aside").is_dir()


def test_restoring_another_vault_keeps_the_old_ones_backups_with_it(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    """Automatic backups share their vault's key: they go aside with the vault they belong to."""
    other_dir = tmp_path / "other"
    argv = ["init", "--passphrase-stdin", "--data-dir", str(other_dir), "--profile", "Ari"]
    assert run(argv, FakeConsole(PASSPHRASE), store) == 0
    target = tmp_path / "other.zip"
    argv = ["backup", "-o", str(target), "--passphrase-stdin", "--data-dir", str(other_dir)]
    assert run(argv, FakeConsole(PASSPHRASE), store) == 0
    d = str(paths.data_dir)
    assert run(["init", "--passphrase-stdin", "--data-dir", d], FakeConsole(PASSPHRASE), store) == 0
    files = VaultFiles(paths.data_dir)
    files.backups.mkdir()
    (files.backups / "20250101T000000000000Z-daily.vault").write_bytes(b"old vault's backup")
    argv = ["restore", str(target), "--yes", "--passphrase-stdin", "--data-dir", d]
    assert run(argv, FakeConsole(PASSPHRASE), store) == 0
    (aside,) = (paths.data_dir / "kept-aside").iterdir()
    assert sorted(p.name for p in aside.iterdir()) == ["backups", "vault.db", "vault.header"]
    assert files.list_backups() == []
    assert fingerprint(paths.data_dir, store, PASSPHRASE) == fingerprint(
        other_dir, store, PASSPHRASE
    )


def test_restore_refuses_what_is_not_a_good_backup(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--passphrase-stdin", "--data-dir", d], FakeConsole(PASSPHRASE), store) == 0
    good = tmp_path / "good.zip"
    assert (
        run(
            ["backup", "-o", str(good), "--passphrase-stdin", "--data-dir", d],
            FakeConsole(PASSPHRASE),
            store,
        )
        == 0
    )
    not_zip = tmp_path / "notes.txt"
    not_zip.write_text("hello")
    extra = tmp_path / "extra.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(extra, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        dst.writestr("../escape.txt", "no")
    # A backup whose database is damaged inside a well-formed archive.
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        dst.writestr("vault.header", src.read("vault.header"))
        db = bytearray(src.read("vault.db"))
        for i in range(4096, min(len(db), 8192)):
            db[i] ^= 0xFF
        dst.writestr("vault.db", bytes(db))
    before = snapshot(paths.data_dir)
    for path, code, words in (
        (tmp_path / "missing.zip", 1, "no file"),
        (not_zip, 1, "not a Bond backup"),
        (extra, 1, "other files"),
        (broken, 4, "damaged"),
    ):
        console = FakeConsole(PASSPHRASE)
        argv = ["restore", str(path), "--yes", "--passphrase-stdin", "--data-dir", d]
        assert run(argv, console, store) == code, (path, console.err)
        assert words in console.err
        assert snapshot(paths.data_dir) == before
    assert not (tmp_path / "escape.txt").exists()


def test_restore_refuses_while_the_app_holds_the_vault(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    from bond.services.instance_lock import InstanceLock

    d = str(paths.data_dir)
    assert run(["init", "--passphrase-stdin", "--data-dir", d], FakeConsole(PASSPHRASE), store) == 0
    target = tmp_path / "b.zip"
    assert (
        run(
            ["backup", "-o", str(target), "--passphrase-stdin", "--data-dir", d],
            FakeConsole(PASSPHRASE),
            store,
        )
        == 0
    )
    lock = InstanceLock(VaultFiles(paths.data_dir).lock)
    lock.acquire()
    try:
        before = snapshot(paths.data_dir)
        console = FakeConsole(PASSPHRASE)
        argv = ["restore", str(target), "--yes", "--passphrase-stdin", "--data-dir", d]
        assert run(argv, console, store) == 1
        assert "Close Bond" in console.err
        assert snapshot(paths.data_dir) == before
    finally:
        lock.release()


def test_a_backup_from_an_older_bond_is_upgraded_on_restore(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    from bond.domain.profiles import Household
    from bond.services.backup_file import write_backup
    from bond.services.profiles import ProfileService
    from bond.services.vault_service import Custody
    from bond.storage import schema

    older = VaultService(VaultFiles(tmp_path / "older"), store, kdf=FAST_KDF)
    vault = older.create(Custody(keyring=False, passphrase=PASSPHRASE))
    ProfileService(vault).set_up(Household.SOLO, ["Noor"])
    schema.downgrade_to(vault.db.engine, schema.KNOWN_REVISIONS[-2])
    target = tmp_path / "older.zip"
    write_backup(vault, target)
    vault.close()
    d = str(paths.data_dir)
    console = FakeConsole(PASSPHRASE)
    argv = ["restore", str(target), "--yes", "--passphrase-stdin", "--data-dir", d]
    assert run(argv, console, store) == 0, console.err
    assert "upgraded" in console.out
    assert len(VaultFiles(paths.data_dir).list_backups()) == 1  # taken before the upgrade
    assert (
        run(["check", "--passphrase-stdin", "--data-dir", d], FakeConsole(PASSPHRASE), store) == 0
    )
    assert read_header(VaultFiles(paths.data_dir).header).schema_version == schema.SCHEMA_HEAD
