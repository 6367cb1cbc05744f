"""Exercise sessions and their append-only answer log.

Every save appends a row; the newest row per (step, profile) is the answer. Private answers are
sealed to their writer's profile before they reach the database. Discarding a session deletes its
rows for real (``secure_delete`` is on).
"""

from __future__ import annotations

import enum
import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bond.security.sealing import MisplacedItemError, SealingError
from bond.services.keychain import Keychain, LockedProfileError
from bond.services.profiles import local_zone_name
from bond.services.sealed_items import answer_binding
from bond.services.vault_service import OnVault, OpenVault
from bond.storage.reader import parse_time

if TYPE_CHECKING:
    from bond.storage.models import AnswerRow, SessionRow

log = logging.getLogger(__name__)


class SessionStatus(enum.StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"  # stopped early; answers kept


@dataclass(frozen=True)
class SessionInfo:
    id: str
    exercise_id: str
    together: bool
    profile_ids: tuple[str, ...]
    status: SessionStatus
    position: dict[str, Any]
    started_at: datetime
    ended_at: datetime | None


#: The suffix of a step id under which questions drawn to start from are kept: content from a
#: bank, not anyone's answer (``ExerciseRun.options_for``; History leaves them out).
PROMPTS = "#prompts"


@dataclass(frozen=True)
class AnswerKey:
    step_id: str
    profile_id: str | None  # None: one shared answer


def _info(row: SessionRow) -> SessionInfo:
    return SessionInfo(
        id=row.id,
        exercise_id=row.exercise_id,
        together=row.together,
        profile_ids=tuple(json.loads(row.profile_ids)),
        status=SessionStatus(row.status),
        position=json.loads(row.position),
        started_at=row.started_at,
        ended_at=row.ended_at,
    )


class SessionService(OnVault):
    def __init__(self, vault: OpenVault, keychain: Keychain) -> None:
        super().__init__(vault)
        self._keys = keychain

    def start(
        self,
        exercise_id: str,
        profile_ids: Sequence[str],
        *,
        together: bool,
        at: datetime | None = None,
        tz: str | None = None,
    ) -> str:
        """Open a session; ``at`` and ``tz`` (default: now, here) let sample data be in the past."""
        from bond.storage.models import SessionRow

        session_id = str(uuid.uuid4())
        with self._db.unit_of_work() as s:
            s.add(
                SessionRow(
                    id=session_id,
                    exercise_id=exercise_id,
                    together=together,
                    profile_ids=json.dumps(list(profile_ids)),
                    status=SessionStatus.ACTIVE.value,
                    position="{}",
                    started_at=at or datetime.now(UTC),
                    started_tz=tz or local_zone_name(),
                )
            )
        return session_id

    def get(self, session_id: str) -> SessionInfo | None:
        from bond.storage.models import SessionRow

        with self._db.unit_of_work() as s:
            row = s.get(SessionRow, session_id)
            return None if row is None else _info(row)

    def save_answer(
        self,
        session_id: str,
        step_id: str,
        profile_id: str | None,
        value: Any,
        *,
        private: bool,
        at: datetime | None = None,
    ) -> None:
        """Append one answer; sealed to ``profile_id`` when private. Durable on return."""
        from bond.storage.models import AnswerRow

        if private and profile_id is None:
            raise ValueError("a private answer belongs to a profile")
        public = self._keys.checked_public_key(profile_id) if private and profile_id else None
        with self._db.unit_of_work() as s:
            row = AnswerRow(
                session_id=session_id,
                step_id=step_id,
                profile_id=profile_id,
                sealed=private,
                payload=b"" if public else json.dumps(value).encode("utf-8"),
                created_at=at or datetime.now(UTC),
            )
            s.add(row)
            if public is not None and profile_id is not None:
                s.flush()  # the row's id, which the box is bound to
                binding = answer_binding(row.id, session_id, step_id, profile_id)
                row.payload = self._keys.seal_to(public, value, binding)

    def answers(
        self, session_id: str, readers: Sequence[str] | None = None
    ) -> dict[AnswerKey, Any]:
        """The latest answer per step and profile. Sealed answers appear only for ``readers``
        (profiles whose private keys may be used now); ``None`` means no sealed answers at all."""
        from sqlalchemy import select

        from bond.storage.models import AnswerRow

        allowed = set(readers or ())
        latest: dict[AnswerKey, AnswerRow] = {}
        with self._db.unit_of_work() as s:
            rows = s.scalars(
                select(AnswerRow).where(AnswerRow.session_id == session_id).order_by(AnswerRow.id)
            ).all()
            for row in rows:
                latest[AnswerKey(row.step_id, row.profile_id)] = row
            out: dict[AnswerKey, Any] = {}
            for key, row in latest.items():
                if not row.sealed:
                    out[key] = json.loads(row.payload.decode("utf-8"))
                elif row.profile_id in allowed:
                    binding = answer_binding(row.id, row.session_id, row.step_id, row.profile_id)
                    try:
                        out[key] = self._keys.open_json(row.profile_id, row.payload, binding)
                    except MisplacedItemError:
                        log.warning("a sealed answer was not in its own row and was not opened")
                        continue
                    except (LockedProfileError, SealingError):
                        log.warning("a sealed answer could not be opened")
                        continue
            return out

    def reveal_values(
        self,
        session_id: str,
        profile_id: str,
        values: Mapping[str, Any],
        *,
        at: datetime | None = None,
    ) -> None:
        """Copy a writer's chosen private answers into the shared session (DECISIONS 3).

        The sealed originals stay as they are; the copies are shared with the partner."""
        from bond.storage.models import AnswerRow

        now = at or datetime.now(UTC)
        with self._db.unit_of_work() as s:
            for step_id, value in values.items():
                s.add(
                    AnswerRow(
                        session_id=session_id,
                        step_id=f"{step_id}#revealed",
                        profile_id=profile_id,
                        sealed=False,
                        payload=json.dumps(value).encode("utf-8"),
                        created_at=now,
                    )
                )

    def set_position(self, session_id: str, position: dict[str, Any]) -> None:
        from bond.storage.models import SessionRow

        with self._db.unit_of_work() as s:
            row = s.get(SessionRow, session_id)
            if row is not None:
                row.position = json.dumps(position)

    def _end(
        self,
        session_id: str,
        status: SessionStatus,
        position: dict[str, Any],
        at: datetime | None = None,
    ) -> None:
        from bond.storage.models import SessionRow

        with self._db.unit_of_work() as s:
            row = s.get(SessionRow, session_id)
            if row is None:
                return
            row.status = status.value
            row.position = json.dumps(position)
            if status in (SessionStatus.FINISHED, SessionStatus.STOPPED):
                row.ended_at = at or datetime.now(UTC)

    def pause(self, session_id: str, position: dict[str, Any]) -> None:
        self._end(session_id, SessionStatus.PAUSED, position)

    def resume(self, session_id: str) -> None:
        self._end(session_id, SessionStatus.ACTIVE, (self.get(session_id) or _EMPTY).position)

    def finish(
        self, session_id: str, position: dict[str, Any], *, at: datetime | None = None
    ) -> None:
        self._end(session_id, SessionStatus.FINISHED, position, at)

    def stop(
        self,
        session_id: str,
        position: dict[str, Any],
        *,
        keep: bool,
        at: datetime | None = None,
    ) -> None:
        """Stopping is a skill, not a failure: keep what was written, or delete it for real."""
        from sqlalchemy import delete

        from bond.storage.models import AnswerRow, SessionRow

        if keep:
            self._end(session_id, SessionStatus.STOPPED, position, at)
            return
        with self._db.unit_of_work() as s:
            s.execute(delete(AnswerRow).where(AnswerRow.session_id == session_id))
            s.execute(delete(SessionRow).where(SessionRow.id == session_id))

    def resumable(self) -> list[SessionInfo]:
        """Paused (or interrupted) sessions, newest first, for Home's "Continue" (plain SQL
        through the vault's reader: Home is filled before SQLAlchemy is loaded)."""
        rows = self._vault.reader.rows(
            "SELECT id, exercise_id, together, profile_ids, status, position, started_at,"
            " ended_at FROM sessions WHERE status IN (?, ?) ORDER BY started_at DESC",
            (SessionStatus.PAUSED.value, SessionStatus.ACTIVE.value),
        )
        return [
            SessionInfo(
                id=sid,
                exercise_id=exercise_id,
                together=bool(together),
                profile_ids=tuple(json.loads(profile_ids)),
                status=SessionStatus(status),
                position=json.loads(position),
                started_at=parse_time(started),  # type: ignore[arg-type]  # never NULL
                ended_at=parse_time(ended),
            )
            for sid, exercise_id, together, profile_ids, status, position, started, ended in rows
        ]


_EMPTY = SessionInfo("", "", False, (), SessionStatus.ACTIVE, {}, datetime.now(UTC), None)
