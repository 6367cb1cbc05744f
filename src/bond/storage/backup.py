"""Encrypted copies of the vault through SQLite's online backup API (same key, same cipher)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def backup_to(source: Any, target: Path, key: bytes | None) -> Path:
    """Copy the live database into ``target`` (a new file) and fsync it. ``source`` is a
    driver connection to it (:mod:`bond.storage.reader`): no SQLAlchemy needed."""
    import sqlcipher3

    if target.exists():
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlcipher3.connect(str(target))
    try:
        if key is not None:
            dest.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        source.backup(dest)
    finally:
        dest.close()
    with target.open("rb") as fh:
        os.fsync(fh.fileno())
    return target


def backup_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{stamp}-{reason}.vault"
