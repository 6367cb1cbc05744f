"""Typed ORM models. Every change here ships with a new migration in ``migrations/versions``."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class VaultMeta(Base):
    """Facts about the vault itself: its id, who created it, which Bond last wrote it."""

    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ProfileRow(Base):
    """A person using Bond on this computer, their sealing keys and their PIN state."""

    __tablename__ = "profiles"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    color: Mapped[str] = mapped_column(String(9))
    position: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_tz: Mapped[str] = mapped_column(String(64))
    # The profile's sealing keypair (DECISIONS 2); the private half is wrapped, never plain.
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    wrapped_private_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # With a PIN: the private key wrapped by the PIN instead (JSON, Argon2id + AES-GCM), and the
    # wrong-PIN backoff, kept here so that a restart does not reset it (DECISIONS 4).
    pin_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    pin_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pin_wait_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SettingRow(Base):
    """Vault-wide settings that may reveal something about the people (kept encrypted)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SessionRow(Base):
    """One run of an exercise. Dates are shared; what was said lives in ``answers``."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    exercise_id: Mapped[str] = mapped_column(String(60))
    together: Mapped[bool] = mapped_column(Boolean)
    profile_ids: Mapped[str] = mapped_column(Text)  # JSON list, in turn order
    status: Mapped[str] = mapped_column(String(12))  # active, paused, finished, stopped
    position: Mapped[str] = mapped_column(Text)  # JSON: where the flow is, to resume
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    started_tz: Mapped[str] = mapped_column(String(64))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AnswerRow(Base):
    """Append-only answer log: every save adds a row; the latest per (step, profile) wins."""

    __tablename__ = "answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    step_id: Mapped[str] = mapped_column(String(60))
    profile_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # None: shared
    sealed: Mapped[bool] = mapped_column(Boolean)
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # JSON, sealed to the profile if private
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AgreementRow(Base):
    """A shared commitment made during an exercise; reviewed at the next check-in."""

    __tablename__ = "agreements"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    text: Mapped[str] = mapped_column(Text)
    profile_ids: Mapped[str] = mapped_column(Text)  # JSON list of who made it
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_tz: Mapped[str] = mapped_column(String(64))
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12))  # active, retired


class AgreementReviewRow(Base):
    __tablename__ = "agreement_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    outcome: Mapped[str] = mapped_column(String(12))  # kept, partly, not-yet, changed, retired
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BoundaryRow(Base):
    """A person's boundary statement, sealed to their profile."""

    __tablename__ = "boundaries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    profile_id: Mapped[str] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), index=True
    )
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # sealed JSON
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class BoundaryUseRow(Base):
    """ "I used this": when, and a sealed note and rating of how it went."""

    __tablename__ = "boundary_uses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    boundary_id: Mapped[str] = mapped_column(
        ForeignKey("boundaries.id", ondelete="CASCADE"), index=True
    )
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # sealed JSON
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReadingStateRow(Base):
    """Where a profile is with one article: bookmark, read, scroll position, content-note choice."""

    __tablename__ = "reading_state"

    profile_id: Mapped[str] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True
    )
    slug: Mapped[str] = mapped_column(String(60), primary_key=True)
    bookmarked: Mapped[bool] = mapped_column(Boolean)
    read: Mapped[bool] = mapped_column(Boolean)
    position: Mapped[int] = mapped_column(Integer)  # scroll position, 0–1000 (per mille)
    note_choice: Mapped[str] = mapped_column(String(8))  # "", "read", "later"
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
