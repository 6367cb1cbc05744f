"""Admin mode without a window: the passphrase backoff on disk, the self-test, the hand-back
wipe and its verification, and the auto-wipe after the policy's hours without use."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from bond.config import AppPaths, resolve_paths
from bond.domain.pins import wait_after
from bond.domain.policy import Policy
from bond.paths import content_dir
from bond.security.secrets import MemoryStore, SecretStoreError
from bond.services import auto_wipe
from bond.services.admin import (
    BACKOFF_FILE,
    AdminGate,
    AdminMismatchError,
    AdminWaitError,
    check_content,
    check_keyring,
    read_backoff,
    self_test,
)
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import Custody, VaultService
from bond.services.wipe import LAST_USED_FILE, hand_back, leftovers
from tests.conftest import FAST_KDF

ADMIN = "clinic staff only, please"
HASH = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(ADMIN)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class Monotonic:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def gate(state_dir: Path, clock: Clock, mono: Monotonic | None = None) -> AdminGate:
    return AdminGate(state_dir, HASH, clock=clock, monotonic=mono or Monotonic())


def wrong(g: AdminGate, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AdminMismatchError):
            g.unlock("not the passphrase")


# -- the passphrase and its backoff ------------------------------------------------------------


def test_five_free_tries_then_a_wait_that_survives_a_restart(tmp_path: Path) -> None:
    state, clock = tmp_path / "state", Clock()
    g = gate(state, clock)
    wrong(g, 4)
    assert g.wait_seconds() == 0
    with pytest.raises(AdminMismatchError) as caught:
        g.unlock("still wrong")
    assert caught.value.failures == 5
    assert caught.value.wait_seconds == int(wait_after(5).total_seconds()) == 30
    # A new gate (Bond restarted) reads the same wait from the state folder.
    again = gate(state, clock)
    assert again.wait_seconds() == 30
    with pytest.raises(AdminWaitError):
        again.unlock(ADMIN)  # even the right passphrase waits: it is not checked
    clock.now += timedelta(seconds=31)
    again.unlock(ADMIN)
    assert read_backoff(state).failures == 0
    assert json.loads((state / BACKOFF_FILE).read_text()) == {"failures": 0, "wait_until": None}
    assert (state / BACKOFF_FILE).stat().st_mode & 0o077 == 0


def test_the_wait_doubles_after_each_further_wrong_try(tmp_path: Path) -> None:
    clock, mono = Clock(), Monotonic()
    g = gate(tmp_path, clock, mono)
    wrong(g, 5)
    clock.now += timedelta(seconds=31)
    mono.t += 31
    with pytest.raises(AdminMismatchError) as caught:
        g.unlock("wrong again")
    assert caught.value.wait_seconds == 60


def test_a_clock_set_back_does_not_stretch_the_wait(tmp_path: Path) -> None:
    clock = Clock()
    wrong(gate(tmp_path, clock), 5)
    clock.now -= timedelta(days=30)
    assert gate(tmp_path, clock).wait_seconds() == 30  # never more than the wait it earned


def test_a_clock_set_forward_does_not_shorten_the_wait_while_bond_runs(tmp_path: Path) -> None:
    clock, mono = Clock(), Monotonic()
    g = gate(tmp_path, clock, mono)
    wrong(g, 5)
    clock.now += timedelta(hours=5)  # the wall clock jumps; the monotonic one does not
    assert g.wait_seconds() == 30
    mono.t += 31
    assert g.wait_seconds() == 0


def test_a_damaged_backoff_file_counts_as_several_wrong_tries(tmp_path: Path) -> None:
    (tmp_path / BACKOFF_FILE).write_text("{not json")
    g = gate(tmp_path, Clock())
    with pytest.raises(AdminMismatchError) as caught:
        g.unlock("wrong")
    assert caught.value.failures == 6 and caught.value.wait_seconds == 60


# -- self-test -----------------------------------------------------------------------------------
class BrokenStore(MemoryStore):
    """Says it is there, then refuses to store anything (a locked collection)."""

    def set(self, account: str, secret: str) -> None:
        raise SecretStoreError("the collection is locked")


class ForgetfulStore(MemoryStore):
    def delete(self, account: str) -> bool:
        return True  # claims success, keeps the entry


def test_self_test_on_a_healthy_device(service: VaultService, store: MemoryStore) -> None:
    service.create(Custody(keyring=True)).close()
    results = self_test(service.files.data_dir, store, content_dir())
    assert [(r.check, r.ok) for r in results] == [
        ("vault", True),
        ("content", True),
        ("keyring", True),
    ]
    assert len(store.secrets) == 1  # only the vault's own key: the test entry is gone


def test_self_test_reports_a_broken_keyring(paths: AppPaths) -> None:
    results = {r.check: r for r in self_test(paths.data_dir, BrokenStore(), content_dir())}
    assert results["keyring"].ok is False
    assert "refused" in results["keyring"].message
    assert results["vault"].ok  # no vault yet is not a failure
    missing = check_keyring(MemoryStore(available=False))
    assert not missing.ok and "No system keyring" in missing.message
    kept = check_keyring(ForgetfulStore())
    assert not kept.ok and "kept the test entry" in kept.message


def test_self_test_reports_a_damaged_vault_and_a_locked_one(
    service: VaultService, store: MemoryStore
) -> None:
    service.create(Custody(keyring=False, passphrase="a calm river at dawn")).close()
    locked = self_test(service.files.data_dir, store, content_dir())[0]
    assert not locked.ok and "Unlock Bond" in locked.message
    key = service.unlock("a calm river at dawn")
    assert self_test(service.files.data_dir, store, content_dir(), key)[0].ok
    db = service.files.db
    db.write_bytes(db.read_bytes()[:4096] + b"\0" * (db.stat().st_size - 4096))
    damaged = self_test(service.files.data_dir, store, content_dir(), key)[0]
    assert not damaged.ok


def test_self_test_reports_broken_content(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    first = sorted((root / "exercises").glob("*.toml"))[0]
    first.write_text('id = "x"\n')
    result = check_content(root)
    assert not result.ok and "problem" in result.message


# -- hand-back -----------------------------------------------------------------------------------
@pytest.fixture
def default_paths(xdg: Path) -> AppPaths:
    """The default folders (no --data-dir): the vault owns preferences, logs and state."""
    return resolve_paths()


def fill(paths: AppPaths, store: MemoryStore) -> str:
    service = VaultService(VaultFiles(paths.data_dir), store, kdf=FAST_KDF)
    vault = service.create(Custody(keyring=True, passphrase="a calm river at dawn"))
    vault_id = vault.header.vault_id if vault.header else ""
    vault.close()
    for folder in (paths.config_dir, paths.cache_dir, paths.log_dir, paths.state_dir):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "something").write_text("x")
    (paths.data_dir / "backups").mkdir(exist_ok=True)
    (paths.data_dir / "backups" / "old.vault").write_bytes(b"encrypted")
    paths.autostart_file.parent.mkdir(parents=True, exist_ok=True)
    paths.autostart_file.write_text("[Desktop Entry]\n")
    auto_wipe.record_use(paths.state_dir, datetime.now(UTC))
    return vault_id


def test_hand_back_removes_everything_but_the_admin_backoff(
    default_paths: AppPaths, store: MemoryStore
) -> None:
    paths = default_paths
    vault_id = fill(paths, store)
    wrong(gate(paths.state_dir, Clock()), 5)
    assert store.secrets
    report = hand_back(paths, store)
    assert report.keyring_entry_removed and report.keyring_error is None
    assert vault_id not in store.secrets
    assert report.remaining == [] and leftovers(paths) == []
    assert not paths.data_dir.exists()  # the emptied ~/.local/share/bond goes too
    for folder in (paths.config_dir, paths.cache_dir, paths.log_dir):
        assert not folder.exists()
    assert not paths.autostart_file.exists()
    assert [p.name for p in paths.state_dir.iterdir()] == [BACKOFF_FILE]
    # The wait after wrong admin tries is still there: wiping is no way round it.
    assert gate(paths.state_dir, Clock()).wait_seconds() == 30


def test_hand_back_removes_the_emptied_data_folder_and_only_that(
    default_paths: AppPaths, store: MemoryStore
) -> None:
    paths = default_paths
    fill(paths, store)
    report = hand_back(paths, store)
    assert report.remaining == []
    assert not paths.data_dir.exists() and paths.data_dir in report.removed
    assert paths.data_dir.parent.is_dir()  # ~/.local/share stays
    # With nothing there at all, a second wipe finds nothing and removes nothing.
    again = hand_back(paths, store)
    assert again.nothing_was_there and not paths.data_dir.exists()


def test_hand_back_keeps_a_data_folder_that_holds_something_else(
    default_paths: AppPaths, store: MemoryStore
) -> None:
    paths = default_paths
    fill(paths, store)
    (paths.data_dir / "notes.txt").write_text("not Bond's")
    report = hand_back(paths, store)
    assert report.remaining == [paths.data_dir / "notes.txt"]
    assert paths.data_dir not in report.removed


def test_hand_back_keeps_the_folder_a_site_policy_names(
    xdg: Path, tmp_path: Path, store: MemoryStore
) -> None:
    """The clinic made it (maybe with its own owner and modes) and Bond may not make it again."""
    clinic = tmp_path / "clinic" / "bond"
    policy = Policy(organisation="C", source=tmp_path / "policy.toml", data_dir=clinic)
    paths = resolve_paths(tmp_path / "cli", {}, policy=policy)
    assert paths.data_dir == clinic
    fill(paths, store)
    report = hand_back(paths, store)
    assert report.remaining == [] and report.keyring_entry_removed
    assert clinic.is_dir() and list(clinic.iterdir()) == []
    assert clinic not in report.removed


def test_hand_back_keeps_a_data_folder_that_is_a_mount_point(
    default_paths: AppPaths, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = default_paths
    fill(paths, store)
    real_ismount = os.path.ismount
    mounted = os.fspath(paths.data_dir)
    monkeypatch.setattr(os.path, "ismount", lambda p: os.fspath(p) == mounted or real_ismount(p))
    report = hand_back(paths, store)
    assert report.remaining == []
    assert paths.data_dir.is_dir() and list(paths.data_dir.iterdir()) == []


def test_hand_back_lists_what_it_could_not_remove(
    default_paths: AppPaths, store: MemoryStore
) -> None:
    paths = default_paths
    fill(paths, store)
    (paths.data_dir / "not-bond.txt").write_text("someone else's")
    report = hand_back(paths, store)
    assert report.remaining == [paths.data_dir / "not-bond.txt"]


def test_hand_back_closes_the_log_and_reopens_it_only_when_used(
    default_paths: AppPaths, store: MemoryStore
) -> None:
    from bond.logging_setup import file_log_target, setup_logging, shutdown_logging

    paths = default_paths
    fill(paths, store)
    setup_logging(paths.log_file)
    logging.getLogger("bond.test").info("before the hand-back")
    try:
        report = hand_back(paths, store)
        assert report.remaining == []
        assert not paths.log_dir.exists()
        assert file_log_target() == paths.log_file
        logging.getLogger("bond.test").info("the next person's session")
        assert "before" not in paths.log_file.read_text()
    finally:
        shutdown_logging()


# -- auto-wipe -----------------------------------------------------------------------------------
def test_auto_wipe_happens_only_after_the_hours(
    default_paths: AppPaths, store: MemoryStore
) -> None:
    paths = default_paths
    fill(paths, store)
    start = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    auto_wipe.record_use(paths.state_dir, start)
    assert json.loads((paths.state_dir / LAST_USED_FILE).read_text()) == {
        "last_used": "2026-11-25T09:00:00+00:00"
    }
    later = start + timedelta(hours=12)
    assert auto_wipe.auto_wipe_if_due(paths, store, None, later) is None
    assert auto_wipe.auto_wipe_if_due(paths, store, 12, later) is None  # exactly 12 h: not past
    assert VaultFiles(paths.data_dir).any_exist()
    report = auto_wipe.auto_wipe_if_due(paths, store, 12, later + timedelta(minutes=1))
    assert report is not None and report.remaining == []
    assert not VaultFiles(paths.data_dir).any_exist()
    assert auto_wipe.read_last_used(paths.state_dir) is None
    assert store.secrets == {}


def test_a_clock_set_back_or_a_missing_record_never_wipes(
    default_paths: AppPaths, store: MemoryStore
) -> None:
    paths = default_paths
    fill(paths, store)
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    auto_wipe.record_use(paths.state_dir, now)
    assert auto_wipe.auto_wipe_if_due(paths, store, 1, now - timedelta(days=3)) is None
    (paths.state_dir / LAST_USED_FILE).write_text("garbage")
    assert auto_wipe.auto_wipe_if_due(paths, store, 1, now + timedelta(days=3)) is None
    assert VaultFiles(paths.data_dir).any_exist()
    # The unreadable record was written afresh: the clock starts from now.
    assert auto_wipe.read_last_used(paths.state_dir) == now + timedelta(days=3)


def test_a_stale_record_without_a_vault_is_only_tidied(
    default_paths: AppPaths, store: MemoryStore
) -> None:
    paths = default_paths
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    auto_wipe.record_use(paths.state_dir, now - timedelta(days=2))
    assert auto_wipe.auto_wipe_if_due(paths, store, 1, now) is None
    assert auto_wipe.read_last_used(paths.state_dir) is None
