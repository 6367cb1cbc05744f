"""Schema versions (a vault's own is read by :mod:`.reader`); Alembic only to migrate."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

# The newest revision this Bond knows. A test checks it equals Alembic's head.
SCHEMA_HEAD = "0004"
# Every revision this Bond ships, oldest first. A test checks it against the scripts.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


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
