"""The command-line contract: verbs, messages and exit codes (in process and as a real `bond`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bond.config import AppPaths
from bond.security.secrets import MemoryStore
from bond.services.vault_files import VaultFiles
from tests.conftest import PASSPHRASE, no_network_env, snapshot
from tests.unit.cli_helpers import FakeConsole, run


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from bond.services import vault_service
    from tests.conftest import FAST_KDF

    monkeypatch.setattr(vault_service, "KdfParams", lambda: FAST_KDF)


def test_init_with_keyring_then_check(paths: AppPaths, store: MemoryStore) -> None:
    d = str(paths.data_dir)
    console = FakeConsole()
    assert run(["init", "--data-dir", d, "--profile", "Sam"], console, store) == 0
    assert "OS keyring" in console.out
    assert len(store.secrets) == 1
    console = FakeConsole()
    assert run(["--data-dir", d, "check"], console, store) == 0
    assert "healthy" in console.out


def test_init_without_keyring_needs_passphrase_stdin(paths: AppPaths) -> None:
    store = MemoryStore(available=False)
    console = FakeConsole()
    assert run(["init", "--data-dir", str(paths.data_dir)], console, store) == 1
    assert "--passphrase-stdin" in console.err
    assert not VaultFiles(paths.data_dir).any_exist()


def test_init_without_keyring_on_a_tty_asks_twice(paths: AppPaths) -> None:
    store = MemoryStore(available=False)
    console = FakeConsole(tty=True, answers=[PASSPHRASE, PASSPHRASE])
    assert run(["init", "--data-dir", str(paths.data_dir)], console, store) == 0
    console = FakeConsole(tty=True, answers=[PASSPHRASE, "something else"])
    other = paths.data_dir.parent / "other"
    assert run(["init", "--data-dir", str(other)], console, store) == 1
    assert "differ" in console.err


def test_init_refuses_an_existing_vault(paths: AppPaths, store: MemoryStore) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--data-dir", d], FakeConsole(), store) == 0
    before = snapshot(paths.data_dir)
    console = FakeConsole()
    assert run(["init", "--data-dir", d], console, store) == 1
    assert "never overwrites" in console.err
    assert snapshot(paths.data_dir) == before


def test_init_more_than_two_profiles_is_usage(paths: AppPaths, store: MemoryStore) -> None:
    argv = ["init", "--data-dir", str(paths.data_dir)]
    argv += ["--profile", "A", "--profile", "B", "--profile", "C"]
    assert run(argv, FakeConsole(), store) == 2


def test_check_passphrase_flows(paths: AppPaths, store: MemoryStore) -> None:
    d = str(paths.data_dir)
    assert (
        run(["init", "--data-dir", d, "--passphrase-stdin"], FakeConsole(PASSPHRASE + "\n"), store)
        == 0
    )
    assert store.secrets == {}
    assert (
        run(["check", "--data-dir", d, "--passphrase-stdin"], FakeConsole(PASSPHRASE), store) == 0
    )
    before = snapshot(paths.data_dir)
    console = FakeConsole("wrong passphrase")
    assert run(["check", "--data-dir", d, "--passphrase-stdin"], console, store) == 3
    assert snapshot(paths.data_dir) == before
    console = FakeConsole()  # not a TTY and no --passphrase-stdin
    assert run(["check", "--data-dir", d], console, store) == 3
    assert "--passphrase-stdin" in console.err
    console = FakeConsole(tty=True, answers=[PASSPHRASE])
    assert run(["check", "--data-dir", d], console, store) == 0


def test_check_without_vault(paths: AppPaths, store: MemoryStore) -> None:
    console = FakeConsole()
    assert run(["check", "--data-dir", str(paths.data_dir)], console, store) == 1
    assert "no Bond vault" in console.err


def test_check_damaged_vault(paths: AppPaths, store: MemoryStore) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--data-dir", d], FakeConsole(), store) == 0
    db = VaultFiles(paths.data_dir).db
    db.write_bytes(db.read_bytes()[:4096] + b"\0" * 4096)
    before = snapshot(paths.data_dir)
    console = FakeConsole()
    assert run(["check", "--data-dir", d], console, store) == 4
    assert "damaged" in console.err
    assert snapshot(paths.data_dir) == before


def test_wipe_needs_confirmation(paths: AppPaths, store: MemoryStore) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--data-dir", d], FakeConsole(), store) == 0
    before = snapshot(paths.data_dir)
    assert run(["wipe", "--data-dir", d], FakeConsole(), store) == 2
    assert run(["wipe", "--data-dir", d], FakeConsole(tty=True, answers=["no"]), store) == 2
    assert snapshot(paths.data_dir) == before


def test_wipe_removes_everything(
    paths: AppPaths, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bond.config import resolve_paths

    paths = resolve_paths()  # the default vault owns the preferences and log folders
    d = str(paths.data_dir)
    assert run(["init", "--profile", "Sam"], FakeConsole(), store) == 0
    for folder in (paths.config_dir, paths.log_dir, paths.cache_dir):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "something").write_text("x")
    stranger = paths.data_dir.parent / "not-bond.txt"
    stranger.write_text("keep me")
    console = FakeConsole()
    assert run(["wipe", "--yes"], console, store) == 0
    assert store.secrets == {}
    assert not paths.data_dir.exists()  # no empty ~/.local/share/bond is left behind
    for folder in (paths.config_dir, paths.log_dir, paths.cache_dir):
        assert not folder.exists()
    assert "Removed" in console.out and "keyring" in console.out
    assert stranger.read_text() == "keep me"
    # Nothing left: a second wipe says so and succeeds.
    console = FakeConsole()
    assert run(["wipe", "--yes", "--data-dir", d], console, store) == 0
    assert "Nothing to wipe" in console.out


def test_wipe_of_a_custom_folder_keeps_shared_preferences(
    paths: AppPaths, store: MemoryStore
) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--data-dir", d], FakeConsole(), store) == 0
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    (paths.config_dir / "bond.ini").write_text("[appearance]\n")
    console = FakeConsole()
    assert run(["wipe", "--yes", "--data-dir", d], console, store) == 0
    assert (paths.config_dir / "bond.ini").exists()
    assert "left alone" in console.out


def test_wipe_says_when_the_keyring_entry_may_remain(paths: AppPaths, store: MemoryStore) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--data-dir", d], FakeConsole(), store) == 0
    console = FakeConsole()
    assert run(["wipe", "--yes", "--data-dir", d], console, MemoryStore(available=False)) == 1
    assert "may still be in the keyring" in console.err


def test_passphrase_stdin_never_falls_back_to_the_keyring(
    paths: AppPaths, store: MemoryStore
) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--data-dir", d], FakeConsole(), store) == 0
    console = FakeConsole("a wrong passphrase")
    assert run(["check", "--data-dir", d, "--passphrase-stdin"], console, store) == 3


def test_init_checks_names_before_making_anything(paths: AppPaths, store: MemoryStore) -> None:
    d = str(paths.data_dir)
    argv = ["init", "--data-dir", d, "--profile", "Alex", "--profile", "alex"]
    assert run(argv, FakeConsole(), store) == 2
    assert run(["init", "--data-dir", d, "--profile", " "], FakeConsole(), store) == 2
    assert not VaultFiles(paths.data_dir).any_exist()


def test_wipe_leaves_foreign_files_and_says_so(paths: AppPaths, store: MemoryStore) -> None:
    d = str(paths.data_dir)
    assert run(["init", "--data-dir", d], FakeConsole(), store) == 0
    (paths.data_dir / "my-notes.txt").write_text("not Bond's")
    console = FakeConsole()
    assert run(["wipe", "--yes", "--data-dir", d], console, store) == 1
    assert "my-notes.txt" in console.err
    assert (paths.data_dir / "my-notes.txt").exists()
    assert not VaultFiles(paths.data_dir).any_exist()


def test_wipe_refuses_while_the_app_holds_the_vault(paths: AppPaths, store: MemoryStore) -> None:
    from bond.services.instance_lock import InstanceLock

    d = str(paths.data_dir)
    assert run(["init", "--data-dir", d], FakeConsole(), store) == 0
    lock = InstanceLock(VaultFiles(paths.data_dir).lock)
    lock.acquire()
    try:
        console = FakeConsole()
        assert run(["wipe", "--yes", "--data-dir", d], console, store) == 1
        assert "Close Bond" in console.err
        assert VaultFiles(paths.data_dir).db.exists()
    finally:
        lock.release()


def test_bond_data_dir_environment(
    paths: AppPaths, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOND_DATA_DIR", str(paths.data_dir))
    assert run(["init"], FakeConsole(), store) == 0
    assert VaultFiles(paths.data_dir).db.exists()


# -- the real executable --------------------------------------------------------------------
def bond(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bond", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env or no_network_env(),
        timeout=120,
        check=False,
    )


def test_real_executable_contract(tmp_path: Path, xdg: Path) -> None:
    d = str(tmp_path / "v")
    version = bond("--version")
    assert version.returncode == 0 and version.stdout.startswith("Bond ")
    helptext = bond("--help")
    assert (
        helptext.returncode == 0 and "exit codes" in helptext.stdout and "locked" in helptext.stdout
    )
    assert bond("frobnicate").returncode == 2
    no_keyring = bond("init", "--data-dir", d)
    assert no_keyring.returncode == 1 and "--passphrase-stdin" in no_keyring.stderr
    made = bond("init", "--profile", "Sam", "--passphrase-stdin", "--data-dir", d, stdin=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    before = snapshot(Path(d))
    wrong = bond("--data-dir", d, "check", "--passphrase-stdin", stdin="nope nope nope")
    assert wrong.returncode == 3
    assert snapshot(Path(d)) == before
    ok = bond("check", "--data-dir", d, "--passphrase-stdin", stdin=PASSPHRASE)
    assert ok.returncode == 0, ok.stderr
    assert bond("wipe", "--data-dir", d).returncode == 2
    wiped = bond("wipe", "--yes", "--data-dir", d)
    assert wiped.returncode == 0 and "Removed" in wiped.stdout
    assert not Path(d).exists()  # emptied, so the folder went too


def test_version_is_the_package_metadata() -> None:
    """The build-time copy (bond._version) must say what the installed metadata says."""
    from importlib.metadata import version as package_version

    from bond import version

    assert version() == package_version("bond")
