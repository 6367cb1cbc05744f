"""The files that make up one vault in a data folder, and what state they are in."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from bond.security.header import HeaderError, VaultHeader, read_header

DB_NAME = "vault.db"
HEADER_NAME = "vault.header"
BACKUPS_DIR = "backups"
LOCK_NAME = "bond.lock"
KEPT_ASIDE_DIR = "kept-aside"
RESTORING_DIR = "restoring"  # a backup file unpacked and checked before it replaces the vault


@dataclass(frozen=True)
class VaultFiles:
    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def header(self) -> Path:
        return self.data_dir / HEADER_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / BACKUPS_DIR

    @property
    def lock(self) -> Path:
        return self.data_dir / LOCK_NAME

    @property
    def sidecars(self) -> tuple[Path, Path]:
        return (self.db.with_name(DB_NAME + "-wal"), self.db.with_name(DB_NAME + "-shm"))

    def owned_paths(self) -> list[Path]:
        """Every file or folder in the data folder that Bond wrote (and only those)."""
        if not self.data_dir.is_dir():
            return []
        names = {DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal", HEADER_NAME}
        names |= {BACKUPS_DIR, LOCK_NAME, KEPT_ASIDE_DIR, RESTORING_DIR, DB_NAME + ".restoring"}
        return sorted(
            p
            for p in self.data_dir.iterdir()
            if p.name in names or p.name.startswith((".header-", LOCK_NAME))
        )

    def any_exist(self) -> bool:
        return self.db.exists() or self.header.exists()

    def list_backups(self) -> list[Path]:
        if not self.backups.is_dir():
            return []
        return sorted(self.backups.glob("*.vault"), reverse=True)


class VaultState(enum.Enum):
    ABSENT = "absent"
    READY = "ready"
    HEADER_MISSING = "header-missing"
    HEADER_DAMAGED = "header-damaged"
    DATABASE_MISSING = "database-missing"


@dataclass(frozen=True)
class Inspection:
    state: VaultState
    header: VaultHeader | None = None


def inspect_vault(files: VaultFiles) -> Inspection:
    """Look at the files without opening the database (cheap; no key needed)."""
    has_db, has_header = files.db.exists(), files.header.exists()
    if not has_db and not has_header:
        return Inspection(VaultState.ABSENT)
    if not has_header:
        return Inspection(VaultState.HEADER_MISSING)
    try:
        header = read_header(files.header)
    except HeaderError:
        return Inspection(VaultState.HEADER_DAMAGED)
    if not has_db:
        return Inspection(VaultState.DATABASE_MISSING, header)
    return Inspection(VaultState.READY, header)
