"""Restoring a backup file that someone crafted ("Hardening, part 1").

A backup file is untrusted input: it may carry this vault's id with another key (to take over
its keyring entry), be a zip bomb, be a FIFO or a device instead of a file, hold too many or
unexpected members, or ask Argon2id for more memory than Bond ever uses. Each is refused with a
plain message before anything of the vault, the keyring or the disk is touched; backups written
by Bond (tests/fixtures/backups/) still restore.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import struct
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from bond.config import AppPaths
from bond.errors import BondError, DamagedVaultError
from bond.security.header import HeaderError, from_json, read_header
from bond.security.keys import (
    MAX_MEMORY_KIB,
    KdfParams,
    key_check_value,
    key_matches,
    wrap_key,
)
from bond.security.secrets import MemoryStore
from bond.services.backup_file import BackupFileError, read_backup_header, write_backup
from bond.services.restore import restore_backup_file
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import Custody, OpenVault, VaultService
from bond.storage.backup import backup_name
from tests.conftest import FAST_KDF, PASSPHRASE, ROOT, snapshot
from tests.unit.cli_helpers import FakeConsole, run

ATTACKER_PASSPHRASE = "someone else's sentence"
FIXTURE_BACKUP = ROOT / "tests" / "fixtures" / "backups" / "format1-0004.zip"
# The fixture was written by Bond before this change, from tests/fixtures/vaults/0004:
#   key = VaultService(VaultFiles(copy_of_0004), MemoryStore()).unlock(FIXTURE_PASSPHRASE)
#   with service.reading(key) as vault: write_backup(vault, FIXTURE_BACKUP)
FIXTURE_PASSPHRASE = "fixture vault passphrase"
FIXTURE_VAULT_ID = "07cfaf0b-2bd9-49c7-8912-86fd6d6074fd"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from bond.services import vault_service

    monkeypatch.setattr(vault_service, "KdfParams", lambda: FAST_KDF)


# -- helpers --------------------------------------------------------------------------------
@dataclass
class Victim:
    files: VaultFiles
    vault_id: str
    key: bytes
    auto_backup: Path  # one of its automatic backups, encrypted with its key


def make_victim(service: VaultService, custody: Custody) -> Victim:
    vault = service.create(custody)
    try:
        assert vault.header is not None and vault.key is not None
        auto = vault.copy_to(service.files.backups / backup_name("daily"))
        return Victim(service.files, vault.header.vault_id, vault.key, auto)
    finally:
        vault.close()


def crafted_backup(
    tmp_path: Path, vault_id: str, *, keyring: bool = True, name: str = "crafted.zip"
) -> tuple[Path, bytes]:
    """A real backup of another vault, relabelled with ``vault_id`` (read from the victim's
    plain header): its key check and wrap are made consistent, so its passphrase opens it."""
    attacker = VaultService(VaultFiles(tmp_path / "attacker"), MemoryStore(), kdf=FAST_KDF)
    vault = attacker.create(Custody(keyring=False, passphrase=ATTACKER_PASSPHRASE))
    try:
        assert vault.header is not None and vault.key is not None
        key = vault.key
        vault.header = replace(
            vault.header,
            vault_id=vault_id,
            key_check=key_check_value(key, vault_id),
            wrapped=wrap_key(key, ATTACKER_PASSPHRASE, vault_id.encode(), FAST_KDF),
            keyring=keyring,
        )
        path = write_backup(vault, tmp_path / name)
    finally:
        vault.close()
    shutil.rmtree(tmp_path / "attacker")
    return path, key


def opens(data_dir: Path, store: MemoryStore, passphrase: str | None = None) -> bytes:
    """The key that unlocks the vault in ``data_dir`` (keyring when no passphrase), after a
    full read-only open and check."""
    service = VaultService(VaultFiles(data_dir), store, kdf=FAST_KDF)
    key = service.unlock(passphrase)
    assert service.check(key) == []
    return key


def vault_meta_id(data_dir: Path, key: bytes) -> str | None:
    from bond.storage.repositories import MetaRepository

    service = VaultService(VaultFiles(data_dir), MemoryStore(), kdf=FAST_KDF)
    with service.reading(key) as vault, vault.db.unit_of_work() as session:
        return MetaRepository(session).get("vault_id")


# -- 1. the same vault id with another key -------------------------------------------------
def test_a_crafted_backup_with_this_vaults_id_is_restored_as_another_vault(
    service: VaultService, store: MemoryStore, tmp_path: Path
) -> None:
    victim = make_victim(service, Custody(keyring=True))  # keyring only: the keyring is all
    crafted, attacker_key = crafted_backup(tmp_path, victim.vault_id)

    result = restore_backup_file(
        victim.files, crafted, attacker_key, store, passphrase=ATTACKER_PASSPHRASE
    )

    assert result is not None and result.kept_aside is not None
    assert store.get(victim.vault_id) == victim.key.hex()  # the keyring entry is untouched
    # The kept-aside vault still opens with its own key from the keyring, its backups with it.
    assert opens(result.kept_aside, store) == victim.key
    assert (result.kept_aside / "backups" / victim.auto_backup.name).exists()
    assert victim.files.list_backups() == []
    # The restored vault is another vault: a new id, bound into its key check and its wrap.
    header = read_header(victim.files.header)
    assert header.vault_id != victim.vault_id
    assert key_matches(attacker_key, header.vault_id, header.key_check)
    assert result.keyring and store.get(header.vault_id) == attacker_key.hex()
    assert opens(victim.files.data_dir, store) == attacker_key
    assert opens(victim.files.data_dir, MemoryStore(), ATTACKER_PASSPHRASE) == attacker_key
    assert vault_meta_id(victim.files.data_dir, attacker_key) == header.vault_id


def test_without_the_passphrase_a_clashing_id_is_refused_and_nothing_changes(
    service: VaultService, store: MemoryStore, tmp_path: Path
) -> None:
    """The key alone cannot re-bind the passphrase's wrap to a new id: refuse, change nothing."""
    victim = make_victim(service, Custody(keyring=True))
    crafted, attacker_key = crafted_backup(tmp_path, victim.vault_id)
    before = snapshot(victim.files.data_dir)

    with pytest.raises(BondError, match="passphrase"):
        restore_backup_file(victim.files, crafted, attacker_key, store)

    assert store.get(victim.vault_id) == victim.key.hex()
    assert snapshot(victim.files.data_dir) == before
    assert opens(victim.files.data_dir, store) == victim.key


def test_bond_restore_of_a_crafted_backup_keeps_the_keyring_entry(
    paths: AppPaths, service: VaultService, store: MemoryStore, tmp_path: Path
) -> None:
    victim = make_victim(service, Custody(keyring=True))
    crafted, attacker_key = crafted_backup(tmp_path, victim.vault_id)
    console = FakeConsole(ATTACKER_PASSPHRASE)
    argv = [
        "restore",
        str(crafted),
        "--yes",
        "--passphrase-stdin",
        "--data-dir",
        str(paths.data_dir),
    ]

    assert run(argv, console, store) == 0, console.err

    assert "kept in" in console.out and "OS keyring again" in console.out
    assert store.get(victim.vault_id) == victim.key.hex()
    (aside,) = (paths.data_dir / "kept-aside").iterdir()
    assert opens(aside, store) == victim.key
    assert (aside / "backups" / victim.auto_backup.name).exists()
    assert opens(paths.data_dir, store) == attacker_key
    assert read_header(victim.files.header).vault_id != victim.vault_id


def test_the_same_id_with_another_key_check_sends_the_backups_aside_with_their_vault(
    paths: AppPaths, service: VaultService, store: MemoryStore, tmp_path: Path
) -> None:
    """A passphrase-only vault has no keyring entry to clash with, but its automatic backups
    open only with its key: they go aside with it, and the restored vault gets an id of its own
    (so adding a keyring copy later cannot overwrite another vault's)."""
    victim = make_victim(service, Custody(keyring=False, passphrase=PASSPHRASE))
    crafted, attacker_key = crafted_backup(tmp_path, victim.vault_id, keyring=False)
    console = FakeConsole(ATTACKER_PASSPHRASE)
    argv = [
        "restore",
        str(crafted),
        "--yes",
        "--passphrase-stdin",
        "--data-dir",
        str(paths.data_dir),
    ]

    assert run(argv, console, store) == 0, console.err

    (aside,) = (paths.data_dir / "kept-aside").iterdir()
    assert (aside / "backups" / victim.auto_backup.name).exists()
    assert victim.files.list_backups() == []
    assert opens(aside, store, PASSPHRASE) == victim.key
    assert read_header(victim.files.header).vault_id != victim.vault_id
    assert opens(paths.data_dir, store, ATTACKER_PASSPHRASE) == attacker_key
    assert store.secrets == {}


def test_restoring_a_vaults_own_backup_keeps_its_id_keyring_entry_and_backups(
    service: VaultService, store: MemoryStore, tmp_path: Path
) -> None:
    """The ordinary case is unchanged: the keyring vouches for the key (no passphrase asked)."""
    victim = make_victim(service, Custody(keyring=True))
    vault = service.open(victim.key)
    try:
        own = write_backup(vault, tmp_path / "own.zip", passphrase="a backup passphrase")
    finally:
        vault.close()

    result = restore_backup_file(victim.files, own, victim.key, store)

    assert result is not None and result.keyring
    assert read_header(victim.files.header).vault_id == victim.vault_id
    assert store.get(victim.vault_id) == victim.key.hex()
    assert victim.files.list_backups() == [victim.auto_backup]
    assert opens(victim.files.data_dir, store) == victim.key


def test_a_backup_written_before_this_change_still_restores(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    d = str(paths.data_dir)
    argv = ["restore", str(FIXTURE_BACKUP), "--yes", "--passphrase-stdin", "--data-dir", d]
    console = FakeConsole(FIXTURE_PASSPHRASE)
    assert run(argv, console, store) == 0, console.err  # into an empty folder
    assert read_header(VaultFiles(paths.data_dir).header).vault_id == FIXTURE_VAULT_ID
    assert opens(paths.data_dir, store, FIXTURE_PASSPHRASE)
    console = FakeConsole(FIXTURE_PASSPHRASE)
    assert run(argv, console, store) == 0, console.err  # over itself: same id, same key
    assert read_header(VaultFiles(paths.data_dir).header).vault_id == FIXTURE_VAULT_ID
    assert opens(paths.data_dir, store, FIXTURE_PASSPHRASE)


# -- 2. archives that are not what Bond writes ---------------------------------------------
@dataclass
class Current:
    files: VaultFiles
    key: bytes
    good: Path  # a backup of it, as Bond writes it


@pytest.fixture
def current(service: VaultService, tmp_path: Path) -> Iterator[Current]:
    vault: OpenVault = service.create(Custody(keyring=False, passphrase=PASSPHRASE))
    try:
        assert vault.key is not None
        good = write_backup(vault, tmp_path / "good.zip")
        yield Current(service.files, vault.key, good)
    finally:
        vault.close()


def members_of(good: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(good) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rebuild(target: Path, members: list[tuple[str, bytes, int]]) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        for name, data, compression in members:
            zf.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), data, compression)
    return target


@contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """No file this process writes may grow past ``limit`` bytes (EFBIG instead of SIGXFSZ)."""
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


def refused_and_unchanged(current: Current, store: MemoryStore, backup: Path) -> BondError:
    before = snapshot(current.files.data_dir)
    with pytest.raises(BondError) as caught:
        restore_backup_file(current.files, backup, current.key, store)
    assert snapshot(current.files.data_dir) == before
    assert not (current.files.data_dir / "restoring").exists()
    return caught.value


def test_a_deflated_zip_bomb_is_refused_at_once_and_writes_nothing(
    current: Current, store: MemoryStore, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.zip"
    header = members_of(current.good)["vault.header"]
    expanded = 256 * 1024 * 1024
    with zipfile.ZipFile(bomb, "w") as zf:
        zf.writestr("vault.header", header)
        info = zipfile.ZipInfo("vault.db", (2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w") as dst:
            chunk = bytes(1024 * 1024)
            for _ in range(expanded // len(chunk)):
                dst.write(chunk)
    assert bomb.stat().st_size < 1024 * 1024

    started = time.perf_counter()
    with file_size_limit(8 * 1024 * 1024):  # today's code wrote the whole 256 MiB, then failed
        error = refused_and_unchanged(current, store, bomb)
    elapsed = time.perf_counter() - started

    assert isinstance(error, BackupFileError) and "compressed" in error.message
    assert elapsed < 1.0
    print(f"\n{bomb.stat().st_size} byte bomb ({expanded} expanded) refused in {elapsed:.3f} s")


def test_a_backup_that_does_not_fit_on_the_disk_is_refused_before_writing(
    current: Current, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = shutil.disk_usage

    def nearly_full(path: str | os.PathLike[str]) -> object:
        usage = real(path)
        return type(usage)(usage.total, usage.total - 1024, 1024)

    monkeypatch.setattr(shutil, "disk_usage", nearly_full)
    error = refused_and_unchanged(current, store, current.good)
    assert "free space" in error.message and "Nothing was changed" in error.message


def test_a_write_error_while_unpacking_is_a_plain_message(
    current: Current, store: MemoryStore
) -> None:
    """A full disk or any other OSError: no traceback, nothing changed, the copy cleaned up."""
    with file_size_limit(16 * 1024):  # the database is larger: EFBIG half way through
        error = refused_and_unchanged(current, store, current.good)
    assert "Nothing was changed" in error.message


SPECIAL_FILE_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from bond.errors import BondError
    from bond.security.secrets import MemoryStore
    from bond.services.backup_file import read_backup_header
    from bond.services.restore import restore_backup_file
    from bond.services.vault_files import VaultFiles

    backup, data = Path(sys.argv[1]), Path(sys.argv[2])
    steps = (
        lambda: read_backup_header(backup),
        lambda: restore_backup_file(VaultFiles(data), backup, bytes(32), MemoryStore()),
    )
    for step in steps:
        try:
            step()
        except BondError as exc:
            print("refused:", exc.message)
        else:
            print("accepted")
    """
)


def refused_in_a_child(backup: Path, data: Path) -> list[str]:
    """Run both reads in a child with a time and memory limit: today's code blocks on a FIFO
    and reads /dev/zero until memory runs out."""

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    done = subprocess.run(
        [sys.executable, "-c", SPECIAL_FILE_CHILD, str(backup), str(data)],
        capture_output=True,
        text=True,
        timeout=20,
        preexec_fn=limit_memory,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "link-to-dev-zero", "folder"])
def test_only_a_regular_file_is_read_as_a_backup(
    current: Current, tmp_path: Path, kind: str
) -> None:
    if kind == "fifo":
        backup = tmp_path / "backup.zip"
        os.mkfifo(backup)
    elif kind == "dev-zero":
        backup = Path("/dev/zero")
    elif kind == "link-to-dev-zero":
        backup = tmp_path / "backup.zip"
        backup.symlink_to("/dev/zero")
    else:
        backup = tmp_path / "backup.zip"
        backup.mkdir()
    before = snapshot(current.files.data_dir)
    started = time.perf_counter()
    lines = refused_in_a_child(backup, current.files.data_dir)
    elapsed = time.perf_counter() - started
    assert len(lines) == 2 and all("not a regular file" in line for line in lines), lines
    assert snapshot(current.files.data_dir) == before
    assert not (current.files.data_dir / "restoring").exists()
    print(f"\n{kind}: refused in {elapsed:.2f} s (with the child's start-up)")


class CountingZipInfo(zipfile.ZipInfo):
    made = 0

    def __init__(self, *args: object, **kwargs: object) -> None:
        CountingZipInfo.made += 1
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


def test_too_many_entries_are_refused_from_the_central_directory(
    current: Current, store: MemoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = members_of(current.good)
    many = rebuild(
        tmp_path / "many.zip",
        [(name, data, zipfile.ZIP_STORED) for name, data in members.items()]
        + [(f"pad{i}", b"", zipfile.ZIP_STORED) for i in range(3000)],
    )
    # The end record says two entries, the central directory holds 3002.
    lying = tmp_path / "lying.zip"
    data = bytearray(many.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 2, 2)
    lying.write_bytes(bytes(data))
    monkeypatch.setattr(zipfile, "ZipInfo", CountingZipInfo)
    for backup in (many, lying):
        CountingZipInfo.made = 0
        with pytest.raises(BackupFileError, match="other files"):
            read_backup_header(backup)
        error = refused_and_unchanged(current, store, backup)
        assert "other files" in error.message
        assert CountingZipInfo.made == 0  # refused before one entry was parsed


def flag_encrypted(path: Path, name: bytes) -> Path:
    """Set the "encrypted" bit of member ``name`` in its local and central headers."""
    data = bytearray(path.read_bytes())
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        at = data.find(signature)
        while at != -1:
            if data[at + name_at : at + name_at + len(name)] == name:
                data[at + flag_at] |= 0x01
            at = data.find(signature, at + 1)
    path.write_bytes(bytes(data))
    return path


def unexpected_archives(good: Path, tmp_path: Path) -> dict[str, Path]:
    m = members_of(good)
    header, db = m["vault.header"], m["vault.db"]
    stored, deflated = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
    return {
        "another file": rebuild(
            tmp_path / "a.zip",
            [
                ("vault.header", header, stored),
                ("vault.db", db, stored),
                ("notes.txt", b"hi", stored),
            ],
        ),
        "a name twice": rebuild(
            tmp_path / "b.zip",
            [("vault.header", header, stored), ("vault.db", db, stored), ("vault.db", db, stored)],
        ),
        "one member": rebuild(tmp_path / "c.zip", [("vault.header", header, stored)]),
        "a folder": rebuild(
            tmp_path / "d.zip", [("vault.header", header, stored), ("vault.db/", b"", stored)]
        ),
        "a deflated header": rebuild(
            tmp_path / "e.zip", [("vault.header", header, deflated), ("vault.db", db, stored)]
        ),
        "a bzip2 database": rebuild(
            tmp_path / "f.zip",
            [("vault.header", header, stored), ("vault.db", db, zipfile.ZIP_BZIP2)],
        ),
        "an lzma database": rebuild(
            tmp_path / "g.zip",
            [("vault.header", header, stored), ("vault.db", db, zipfile.ZIP_LZMA)],
        ),
        "an encrypted header": flag_encrypted(
            rebuild(
                tmp_path / "h.zip", [("vault.header", header, stored), ("vault.db", db, stored)]
            ),
            b"vault.header",
        ),
    }


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_unexpected_members_are_refused(
    current: Current, store: MemoryStore, tmp_path: Path
) -> None:
    for what, backup in unexpected_archives(current.good, tmp_path).items():
        with pytest.raises(BackupFileError, match="not a Bond backup"):
            read_backup_header(backup)
        error = refused_and_unchanged(current, store, backup)
        assert isinstance(error, BackupFileError), what
        assert "not a Bond backup" in error.message, (what, error.message)


def test_a_zip64_backup_as_zipfile_writes_it_for_a_large_vault_still_restores(
    current: Current, store: MemoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past 4 GiB zipfile writes Zip64 records; a lower limit makes a small one just the same."""
    vault = VaultService(current.files, store, kdf=FAST_KDF).open(current.key)
    try:
        with monkeypatch.context() as m:
            m.setattr(zipfile, "ZIP64_LIMIT", 1024)
            big = write_backup(vault, tmp_path / "zip64.zip")
    finally:
        vault.close()
    assert b"PK\x06\x06" in big.read_bytes()[-200:]  # the Zip64 end of central directory
    result = restore_backup_file(current.files, big, current.key, store)
    assert result is not None
    assert opens(current.files.data_dir, store, PASSPHRASE) == current.key


# -- Argon2id cost read from a header ------------------------------------------------------
def test_the_memory_bound_is_what_bond_itself_writes() -> None:
    assert KdfParams().memory_kib == MAX_MEMORY_KIB == 256 * 1024
    KdfParams().check_bounds()
    with pytest.raises(ValueError):
        replace(KdfParams(), memory_kib=MAX_MEMORY_KIB + 1).check_bounds()


def test_a_header_asking_for_more_memory_is_refused_before_deriving(
    paths: AppPaths,
    current: Current,
    store: MemoryStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import argon2.low_level

    members = members_of(current.good)
    raw = json.loads(members["vault.header"])
    raw["passphrase"]["memory_kib"] = 1024 * 1024  # 1 GiB: allowed by today's 2 GiB bound
    greedy_header = json.dumps(raw).encode()
    greedy = rebuild(
        tmp_path / "greedy.zip",
        [
            ("vault.header", greedy_header, zipfile.ZIP_STORED),
            ("vault.db", members["vault.db"], zipfile.ZIP_STORED),
        ],
    )

    def no_derive(*_a: object, **_k: object) -> bytes:
        raise AssertionError("Argon2id ran on a header out of bounds")

    monkeypatch.setattr(argon2.low_level, "hash_secret_raw", no_derive)
    with pytest.raises(HeaderError):
        from_json(greedy_header.decode())
    with pytest.raises(BackupFileError, match="damaged"):
        read_backup_header(greedy)
    before = snapshot(paths.data_dir)
    console = FakeConsole(PASSPHRASE)
    argv = [
        "restore",
        str(greedy),
        "--yes",
        "--passphrase-stdin",
        "--data-dir",
        str(paths.data_dir),
    ]
    assert run(argv, console, store) == 1
    assert "damaged" in console.err and snapshot(paths.data_dir) == before
    # The same bound holds for the vault's own header.
    current.files.header.write_bytes(greedy_header)
    with pytest.raises(DamagedVaultError):
        VaultService(current.files, store, kdf=FAST_KDF).unlock(PASSPHRASE)


def test_a_full_disk_while_restoring_an_automatic_backup_changes_nothing(
    service: VaultService, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy is made before the vault is moved aside; its OSError is a plain message."""
    import errno

    from bond.services.restore import restore_latest_backup

    victim = make_victim(service, Custody(keyring=True))
    before = snapshot(victim.files.data_dir)

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full)
    with pytest.raises(BondError, match="Nothing was changed"):
        restore_latest_backup(victim.files)
    assert snapshot(victim.files.data_dir) == before
    monkeypatch.undo()
    restore_latest_backup(victim.files)
    assert opens(victim.files.data_dir, store) == victim.key
