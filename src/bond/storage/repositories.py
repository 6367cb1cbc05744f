"""Unit of work over the vault: one short session per operation, committed or rolled back whole."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from bond.domain.profiles import Profile
from bond.storage.models import ProfileRow, SettingRow, VaultMeta


class Database:
    """Holds the engine and hands out one session per unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
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

    def add(self, name: str, color: str, tz_name: str) -> Profile:
        position = len(self._s.scalars(select(ProfileRow.id)).all())
        row = ProfileRow(
            id=str(uuid.uuid4()),
            name=name,
            color=color,
            position=position,
            created_at=datetime.now(UTC),
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
