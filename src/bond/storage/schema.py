"""Schema versions: read the vault's revision cheaply; import Alembic only to migrate."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

# The newest revision this Bond knows. A test checks it equals Alembic's head.
SCHEMA_HEAD = "0004"
# Every revision this Bond ships, oldest first. A test checks it against the scripts.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(conn: Connection) -> str | None:
    """The vault's Alembic revision, or ``None`` for a database with no schema yet."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def written_by(conn: Connection) -> str | None:
    """Which Bond version last wrote the vault, if it says."""
    if not inspect(conn).has_table("vault_meta"):
        return None
    row = conn.execute(text("SELECT value FROM vault_meta WHERE key = 'bond_version'")).first()
    return None if row is None else str(row[0])


def is_known(revision: str | None) -> bool:
    return revision is None or revision in KNOWN_REVISIONS


def upgrade(engine: Engine) -> None:
    """Run every pending migration in one transaction (Alembic is imported only here)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def downgrade_to(engine: Engine, revision: str) -> None:
    """Used by tests to build fixture vaults at an older schema."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
