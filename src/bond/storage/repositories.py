"""Unit of work over the vault: one short session per operation, committed or rolled back whole."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from bond.domain.profiles import Profile
from bond.storage.models import ProfileRow, SettingRow, VaultMeta


class BatchAborted(RuntimeError):
    """A unit of work inside a batch failed, so the whole batch was rolled back."""


class Database:
    """Holds the engine and hands out one session per unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._batch = threading.local()

    @contextmanager
    def batch(self) -> Iterator[Session]:
        """Run many units of work (on this thread) as one transaction, committed once.

        Each commit is an fsync (``synchronous = FULL``), so writing thousands of rows through
        the services one unit at a time would take minutes; inside a batch they share one session
        and one commit. Any unit that fails aborts the whole batch, even if its caller carried on.
        """
        if getattr(self._batch, "session", None) is not None:
            raise RuntimeError("batches do not nest")
        session = self._sessions()
        self._batch.session = session
        self._batch.failed = False
        try:
            yield session
            if self._batch.failed:
                raise BatchAborted("a unit of work in this batch failed")
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            self._batch.session = None
            session.close()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        shared: Session | None = getattr(self._batch, "session", None)
        if shared is not None:
            try:
                yield shared
                shared.flush()
            except BaseException:
                self._batch.failed = True
                raise
            return
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _to_profile(row: ProfileRow) -> Profile:
    return Profile(
        id=row.id,
        name=row.name,
        color=row.color,
        position=row.position,
        created_at=row.created_at,
        has_pin=row.pin_key is not None,
    )


class ProfileRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def all(self) -> list[Profile]:
        rows = self._s.scalars(select(ProfileRow).order_by(ProfileRow.position)).all()
        return [_to_profile(r) for r in rows]

    def add(self, name: str, color: str, tz_name: str, at: datetime | None = None) -> Profile:
        position = len(self._s.scalars(select(ProfileRow.id)).all())
        row = ProfileRow(
            id=str(uuid.uuid4()),
            name=name,
            color=color,
            position=position,
            created_at=at or datetime.now(UTC),
            created_tz=tz_name,
        )
        self._s.add(row)
        self._s.flush()
        return _to_profile(row)


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> str | None:
        row = self._s.get(SettingRow, key)
        return None if row is None else row.value

    def set(self, key: str, value: str) -> None:
        row = self._s.get(SettingRow, key)
        if row is None:
            self._s.add(SettingRow(key=key, value=value))
        else:
            row.value = value


class MetaRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> str | None:
        row = self._s.get(VaultMeta, key)
        return None if row is None else row.value

    def set(self, key: str, value: str) -> None:
        row = self._s.get(VaultMeta, key)
        if row is None:
            self._s.add(VaultMeta(key=key, value=value))
        else:
            row.value = value
