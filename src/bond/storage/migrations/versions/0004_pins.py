"""Profile PINs: a PIN-wrapped private key and the wrong-PIN backoff that survives a restart.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.add_column(sa.Column("pin_key", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("pin_failures", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("pin_wait_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("pin_wait_until")
        batch.drop_column("pin_failures")
        batch.drop_column("pin_key")
