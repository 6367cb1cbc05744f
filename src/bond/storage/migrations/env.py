"""Alembic environment: Bond always hands in an open connection (never a URL with a key)."""

from __future__ import annotations

from alembic import context

from bond.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
context.run_migrations()
