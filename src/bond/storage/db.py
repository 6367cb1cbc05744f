"""Engine factory for the SQLCipher vault and the checks that prove a file is healthy.

The key is given raw (``x'<hex>'``): it is random, so SQLCipher's PBKDF2 would only add ~140 ms to
every connection. The slow, deliberate derivation (Argon2id) happens once, when a passphrase
unwraps the key. The key is verified by a first read *before* any pragma that could write, so a
wrong key or a damaged file is never modified.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool, StaticPool

from bond.storage import reader

WRITE_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
)


def make_engine(db_path: Path | None, key: bytes | None, *, read_only: bool = False) -> Engine:
    """Open the vault at ``db_path`` (or a temporary in-memory database when ``None``)."""
    if db_path is None:
        # SQLCipher insists on a key even in memory; a throwaway one costs nothing.
        url = URL.create(
            "sqlite+pysqlcipher", password=reader.raw_key(os.urandom(32)), database=":memory:"
        )
        engine = create_engine(
            url,
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
            hide_parameters=True,
        )
        pragmas: tuple[str, ...] = ("PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY")
    else:
        if key is None:
            raise ValueError("an on-disk vault needs a key")
        database = db_path.absolute().as_uri() + "?mode=ro" if read_only else str(db_path)
        url = URL.create(
            "sqlite+pysqlcipher",
            password=reader.raw_key(key),
            database=database,
            query={"uri": "true"} if read_only else {},
        )
        engine = create_engine(
            url,
            poolclass=QueuePool,
            pool_size=2,
            max_overflow=4,
            connect_args={"check_same_thread": False},
            hide_parameters=True,
        )
        pragmas = (
            ("PRAGMA foreign_keys = ON", "PRAGMA query_only = ON") if read_only else WRITE_PRAGMAS
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA cipher_log_level = NONE")
            # The first read proves the key; it raises "file is not a database" otherwise.
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in pragmas:
                cursor.execute(pragma).fetchall()
        finally:
            cursor.close()

    return engine


def integrity_problems(engine: Engine) -> list[str]:
    """Run ``integrity_check`` and ``cipher_integrity_check``; return what they report."""
    raw = engine.raw_connection()
    try:
        return reader.integrity_problems(raw.driver_connection)
    finally:
        raw.close()
