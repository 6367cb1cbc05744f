"""`bond export` and `bond import`: the round trip, refusals, and what the verbs print."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from bond.config import AppPaths, resolve_paths
from bond.security.secrets import MemoryStore
from bond.services.keychain import Keychain
from bond.services.pins import PinService
from bond.services.profiles import ProfileService
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import VaultService
from bond.storage import schema
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot
from tests.services.test_export_import import SECRET, fill
from tests.unit.cli_helpers import FakeConsole, run

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from bond.services import vault_service

    monkeypatch.setattr(vault_service, "KdfParams", lambda: FAST_KDF)


def make_vault(
    paths: AppPaths, store: MemoryStore, names: list[str], *, passphrase: bool = False
) -> VaultService:
    """A vault made by `bond init`, with some of everything in it when it has people."""
    argv = ["init", "--data-dir", str(paths.data_dir)]
    for name in names:
        argv += ["--profile", name]
    console = FakeConsole(PASSPHRASE if passphrase else "")
    assert run([*argv, "--passphrase-stdin"] if passphrase else argv, console, store) == 0
    service = VaultService(VaultFiles(paths.data_dir), store, kdf=FAST_KDF)
    if names:
        vault = service.open(service.unlock(PASSPHRASE if passphrase else None))
        try:
            fill(vault)
        finally:
            vault.close()
    return service


def other_vault(tmp_path: Path, store: MemoryStore) -> AppPaths:
    paths = resolve_paths(tmp_path / "other")
    make_vault(paths, store, [])
    return paths


def without_time(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def test_export_then_import_round_trip(paths: AppPaths, store: MemoryStore, tmp_path: Path) -> None:
    make_vault(paths, store, ["Sam", "Alex"])
    out = tmp_path / "bond.json"
    before = snapshot(paths.data_dir)
    console = FakeConsole()
    argv = ["export", "--format", "json", "--output", str(out), "--data-dir", str(paths.data_dir)]
    assert run(argv, console, store) == 0
    assert snapshot(paths.data_dir) == before  # read-only: not a byte changed, no WAL left
    assert "not encrypted" in console.err
    assert "Exported 3 sessions (8 answers), 2 agreements and 2 boundaries" in console.out
    assert SECRET not in console.out + console.err  # never private text on the terminal
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    doc = json.loads(out.read_text("utf-8"))
    assert doc["format"] == "bond-export" and len(doc["sessions"]) == 3

    other = other_vault(tmp_path, store)
    console = FakeConsole()
    assert run(["import", str(out), "--data-dir", str(other.data_dir)], console, store) == 0
    assert "Imported into" in console.out and "8 answers" in console.out
    console = FakeConsole()
    assert run(["import", str(out), "--data-dir", str(other.data_dir)], console, store) == 0
    assert "Nothing new" in console.out
    again = tmp_path / "again.json"
    argv = ["export", "--output", str(again), "--data-dir", str(other.data_dir)]
    assert run(argv, FakeConsole(), store) == 0
    assert without_time(json.loads(again.read_text("utf-8"))) == without_time(doc)


def test_export_never_overwrites_without_force(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    make_vault(paths, store, ["Sam"])
    out = tmp_path / "mine.json"
    out.write_text("keep me", "utf-8")
    argv = ["export", "--output", str(out), "--data-dir", str(paths.data_dir)]
    console = FakeConsole()
    assert run(argv, console, store) == 1
    assert "already exists" in console.err and "--force" in console.err
    assert out.read_text("utf-8") == "keep me"
    assert run([*argv, "--force"], FakeConsole(), store) == 0
    assert json.loads(out.read_text("utf-8"))["format"] == "bond-export"


def test_export_options(paths: AppPaths, store: MemoryStore, tmp_path: Path) -> None:
    make_vault(paths, store, ["Sam", "Alex"])
    d = str(paths.data_dir)
    out = tmp_path / "sam.json"
    argv = ["export", "--output", str(out), "--profile", "Sam", "--since", "2001-01-01"]
    assert run([*argv, "--data-dir", d], FakeConsole(), store) == 0
    doc = json.loads(out.read_text("utf-8"))
    sam = next(p["id"] for p in doc["profiles"] if p["name"] == "Sam")
    assert all(b["profile_id"] == sam for b in doc["boundaries"])
    console = FakeConsole()
    argv = ["export", "--output", str(tmp_path / "x.json"), "--profile", "Nobody", "--data-dir", d]
    assert run(argv, console, store) == 2
    assert "No profile" in console.err and not (tmp_path / "x.json").exists()
    with pytest.raises(SystemExit) as stopped:
        run(
            ["export", "--output", str(tmp_path / "y.json"), "--since", "May"], FakeConsole(), store
        )
    assert stopped.value.code == 2


def test_a_pin_profile_keeps_its_private_items(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    service = make_vault(paths, store, ["Sam", "Alex"])
    vault = service.open(service.unlock())
    try:
        sam = ProfileService(vault).profiles()[0].id
        PinService(vault, Keychain(vault), kdf=FAST_KDF).set_pin(sam, "482913")
    finally:
        vault.close()
    out = tmp_path / "out.json"
    console = FakeConsole()
    assert (
        run(["export", "--output", str(out), "--data-dir", str(paths.data_dir)], console, store)
        == 0
    )
    assert "Private items of 1 profile were left out" in console.out
    assert SECRET not in out.read_text("utf-8")


def test_passphrase_vault_export(paths: AppPaths, store: MemoryStore, tmp_path: Path) -> None:
    make_vault(paths, store, ["Sam"], passphrase=True)
    out = tmp_path / "out.json"
    argv = ["export", "--output", str(out), "--data-dir", str(paths.data_dir)]
    console = FakeConsole()  # not a TTY, no --passphrase-stdin
    assert run(argv, console, store) == 3
    assert "--passphrase-stdin" in console.err and not out.exists()
    assert run([*argv, "--passphrase-stdin"], FakeConsole(PASSPHRASE), store) == 0
    assert out.exists()


def test_export_refuses_a_vault_needing_an_upgrade(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    service = make_vault(paths, store, ["Sam"])
    vault = service.open(service.unlock())
    schema.downgrade_to(vault.db.engine, schema.KNOWN_REVISIONS[-2])
    vault.close()
    before = snapshot(paths.data_dir)
    out = tmp_path / "out.json"
    console = FakeConsole()
    assert (
        run(["export", "--output", str(out), "--data-dir", str(paths.data_dir)], console, store)
        == 1
    )
    assert "Open Bond once" in console.err and not out.exists()
    assert snapshot(paths.data_dir) == before


def test_pdf_needs_the_report_module(
    paths: AppPaths, store: MemoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bond.gui import reports

    make_vault(paths, store, ["Sam"])
    out = tmp_path / "out.pdf"
    argv = ["export", "--format", "pdf", "--output", str(out), "--data-dir", str(paths.data_dir)]
    monkeypatch.delattr(reports, "export_pdf", raising=False)
    console = FakeConsole()
    assert run(argv, console, store) == 2
    assert "PDF export needs the app's report module" in console.err
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(
        reports, "export_pdf", lambda *a, **kw: calls.append((*a, kw)), raising=False
    )
    assert run(argv, FakeConsole(), store) == 0
    assert len(calls) == 1 and calls[0][2] == out


def test_import_refuses_a_bad_file_before_asking_anything(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    make_vault(paths, store, ["Sam"], passphrase=True)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "bond-export", "version": 1, "profiles": [', "utf-8")
    before = snapshot(paths.data_dir)
    console = FakeConsole()  # no passphrase given: the file is refused first
    assert run(["import", str(bad), "--data-dir", str(paths.data_dir)], console, store) == 1
    assert "not valid JSON" in console.err and "Nothing was changed" in console.err
    assert snapshot(paths.data_dir) == before
    console = FakeConsole()
    assert (
        run(
            ["import", str(tmp_path / "none.json"), "--data-dir", str(paths.data_dir)],
            console,
            store,
        )
        == 1
    )
    assert "There is no file" in console.err


def test_import_refuses_while_the_app_holds_the_vault(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    from bond.services.instance_lock import InstanceLock

    make_vault(paths, store, ["Sam", "Alex"])
    out = tmp_path / "out.json"
    assert (
        run(
            ["export", "--output", str(out), "--data-dir", str(paths.data_dir)],
            FakeConsole(),
            store,
        )
        == 0
    )
    other = other_vault(tmp_path, store)
    lock = InstanceLock(VaultFiles(other.data_dir).lock)
    lock.acquire()
    try:
        before = snapshot(other.data_dir)
        console = FakeConsole()
        assert run(["import", str(out), "--data-dir", str(other.data_dir)], console, store) == 1
        assert "Close Bond" in console.err
        assert snapshot(other.data_dir) == before
    finally:
        lock.release()
