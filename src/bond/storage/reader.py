"""Plain SQL over one SQLCipher connection: how a vault is proven, checked and first read.

Importing SQLAlchemy costs more than a whole bare Qt window (DECISIONS 29), so opening a vault
and filling Home happen here, with the ``sqlcipher3`` driver alone; the ORM is loaded in the
background afterwards and only writes and the other screens go through it. The key is given raw
(``x'<hex>'``, see :mod:`bond.storage.db`) and proven by a first read before any statement that
could write, so a wrong key or a damaged file is never modified.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

#: One row as the driver returns it.
Row = tuple[Any, ...]


def raw_key(key: bytes) -> str:
    return f"x'{key.hex()}'"


def database_error() -> type[Exception]:
    """The driver's base error: what a wrong key, a damaged page or a locked file raise."""
    from sqlcipher3 import dbapi2

    error: type[Exception] = dbapi2.Error
    return error


def connect(db_path: Path, key: bytes, *, read_only: bool = False) -> Any:
    """A connection whose key is proven. Raises :func:`database_error` for a wrong key or a
    file that is not a vault. Autocommit: reads never hold a snapshot open between calls."""
    from sqlcipher3 import dbapi2

    target = db_path.absolute().as_uri() + "?mode=ro" if read_only else str(db_path)
    conn = dbapi2.connect(target, uri=read_only, check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f'PRAGMA key = "{raw_key(key)}"')
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # proves the key
        conn.execute("PRAGMA query_only = ON")  # this connection only ever reads
    except BaseException:
        conn.close()
        raise
    return conn


def integrity_problems(conn: Any) -> list[str]:
    """Run ``integrity_check`` and ``cipher_integrity_check``; return what they report."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    problems.extend(str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check"))
    return problems


def parse_time(value: str | None) -> datetime | None:
    """A time as SQLAlchemy's SQLite ``DateTime`` stores it (ISO text, naive UTC)."""
    return None if value is None else datetime.fromisoformat(value)


def format_time(value: datetime) -> str:
    """The same text SQLAlchemy writes, so comparisons in SQL order as its own do."""
    return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class VaultReader:
    """Read-only statements on an open vault's connection, one at a time from any thread."""

    def __init__(self, conn: Any, *, owned: bool = True) -> None:
        self._conn = conn
        self._owned = owned  # a temporary vault's connection belongs to its engine
        self._lock = threading.Lock()
        self._closed = False

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._lock:
            if self._closed:
                from bond.errors import VaultClosedError

                raise VaultClosedError("This vault was closed.")
            found: list[Row] = self._conn.execute(sql, tuple(params)).fetchall()
            return found

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or ``None``."""
        found = self.rows(sql, params)
        return found[0][0] if found else None

    def has_table(self, name: str) -> bool:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return self.value(sql, (name,)) is not None

    def setting(self, key: str) -> str | None:
        value = self.value("SELECT value FROM settings WHERE key = ?", (key,))
        return None if value is None else str(value)

    def schema_state(self) -> tuple[bool, str | None, str | None]:
        """Whether Bond's schema table exists, the revision (None: before the first migration)
        and which Bond version last wrote the vault."""
        if not self.has_table("alembic_version"):
            return False, None, None
        revision = self.value("SELECT version_num FROM alembic_version")
        written_by = (
            self.value("SELECT value FROM vault_meta WHERE key = 'bond_version'")
            if self.has_table("vault_meta")
            else None
        )
        return True, revision, written_by

    def integrity_problems(self) -> list[str]:
        with self._lock:
            return integrity_problems(self._conn)

    def backup(self, target: Path, key: bytes | None) -> Path:
        """An encrypted copy through SQLite's online backup API (see :mod:`.backup`)."""
        from bond.storage.backup import backup_to

        with self._lock:
            return backup_to(self._conn, target, key)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._owned:
                self._conn.close()
