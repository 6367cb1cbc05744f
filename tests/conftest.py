"""Shared fixtures: every test gets its own folders; nothing touches the real home or keyring."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bond.config import AppPaths, resolve_paths
from bond.security.keys import KdfParams
from bond.security.secrets import MemoryStore
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import VaultService

# Cheap Argon2id for tests; the shipped default takes ~0.7 s on purpose.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASSPHRASE = "a calm river at dawn"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    for name in ("BOND_DATA_DIR", "BOND_POLICY", "BOND_SITE_CONFIG_DIR"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def paths(xdg: Path, tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "vault")


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def service(paths: AppPaths, store: MemoryStore) -> VaultService:
    return VaultService(VaultFiles(paths.data_dir), store, kdf=FAST_KDF)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove that nothing changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def no_network_env() -> dict[str, str]:
    """Environment for child processes: no D-Bus, so no keyring unless a test provides one."""
    env = dict(os.environ)
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env
