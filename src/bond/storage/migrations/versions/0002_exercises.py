"""Exercises: profile sealing keys, sessions, the answer log, agreements, boundaries.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.add_column(sa.Column("public_key", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("wrapped_private_key", sa.LargeBinary(), nullable=True))
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("exercise_id", sa.String(60), nullable=False),
        sa.Column("together", sa.Boolean(), nullable=False),
        sa.Column("profile_ids", sa.Text(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_tz", sa.String(64), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "session_id",
            sa.String(36),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("step_id", sa.String(60), nullable=False),
        sa.Column("profile_id", sa.String(36), nullable=True),
        sa.Column("sealed", sa.Boolean(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_answers_session_id", "answers", ["session_id"])
    op.create_table(
        "agreements",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "session_id",
            sa.String(36),
            sa.ForeignKey("sessions.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("profile_ids", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_tz", sa.String(64), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
    )
    op.create_table(
        "agreement_reviews",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "agreement_id",
            sa.String(36),
            sa.ForeignKey("agreements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("session_id", sa.String(36), nullable=True),
        sa.Column("outcome", sa.String(12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_agreement_reviews_agreement_id", "agreement_reviews", ["agreement_id"])
    op.create_table(
        "boundaries",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "profile_id",
            sa.String(36),
            sa.ForeignKey("profiles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_boundaries_profile_id", "boundaries", ["profile_id"])
    op.create_table(
        "boundary_uses",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "boundary_id",
            sa.String(36),
            sa.ForeignKey("boundaries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_boundary_uses_boundary_id", "boundary_uses", ["boundary_id"])


def downgrade() -> None:
    op.drop_table("boundary_uses")
    op.drop_table("boundaries")
    op.drop_table("agreement_reviews")
    op.drop_table("agreements")
    op.drop_table("answers")
    op.drop_table("sessions")
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("wrapped_private_key")
        batch.drop_column("public_key")
