"""Encrypted copies of the vault through SQLite's online backup API (same key, same cipher)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine


def backup_to(engine: Engine, target: Path, key: bytes | None) -> Path:
    """Copy the live database into ``target`` (a new file) and fsync it."""
    import sqlcipher3

    if target.exists():
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlcipher3.connect(str(target))
    try:
        if key is not None:
            dest.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        raw = engine.raw_connection()
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            raw.close()
    finally:
        dest.close()
    with target.open("rb") as fh:
        os.fsync(fh.fileno())
    return target


def backup_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{stamp}-{reason}.vault"
