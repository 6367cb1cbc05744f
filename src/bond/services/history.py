"""Past sessions, read-only: a list to browse and one session's answers step by step.

Session dates and shared answers are for everyone. A private answer shows only to its own
profile, and only while that profile's key is open; anyone else sees that it is there and
private, never what it says. A revealed copy (``<step>#revealed``) is a shared answer: it shows
on its step, in place of the sealed original, to those who cannot read the original.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from bond.domain.exercises import Exercise
from bond.domain.weeks import local_day, utc_window
from bond.security.sealing import Binding, MisplacedItemError, SealingError
from bond.services.keychain import Keychain, LockedProfileError
from bond.services.progress import OTHER_CATEGORY, moment_between, profile_filter
from bond.services.sealed_items import answer_binding
from bond.services.sessions import PROMPTS, SessionStatus
from bond.services.vault_service import OnVault, OpenVault
from bond.storage.models import AnswerRow, SessionRow

log = logging.getLogger(__name__)

REVEALED = "#revealed"


@dataclass(frozen=True)
class HistoryItem:
    id: str
    exercise_id: str
    title: str  # the exercise's title, or its id if the exercise is no longer installed
    category: str  # a Category value, or "other"
    day: date  # local date where the session started
    together: bool
    profile_ids: tuple[str, ...]
    status: SessionStatus


@dataclass(frozen=True)
class DetailAnswer:
    """One person's (or the shared) answer to a step, as this viewer may see it."""

    profile_id: str | None  # whose answer; None: one shared answer given together
    private: bool  # written privately (sealed) by ``profile_id``
    hidden: bool  # private and not readable by this viewer now: ``value`` is None
    revealed: bool  # the writer shared it with their partner at a reveal step
    value: Any  # the saved JSON value (e.g. {"value": 7}, {"text": "..."}), or None


@dataclass(frozen=True)
class DetailStep:
    step_id: str
    title: str
    type: str  # a StepType value, or "" for a step no longer in the exercise
    answers: tuple[DetailAnswer, ...]  # in turn order; empty when nobody answered


@dataclass(frozen=True)
class SessionDetail:
    session: HistoryItem
    steps: tuple[DetailStep, ...]  # the steps that take an answer, in the exercise's order


class HistoryService(OnVault):
    def __init__(
        self, vault: OpenVault, keychain: Keychain, exercises: Mapping[str, Exercise]
    ) -> None:
        super().__init__(vault)
        self._keys = keychain
        self._exercises = exercises

    def _item(
        self,
        sid: str,
        exercise_id: str,
        together: bool,
        profile_ids: str,
        status: str,
        day: date,
    ) -> HistoryItem:
        exercise = self._exercises.get(exercise_id)
        return HistoryItem(
            id=sid,
            exercise_id=exercise_id,
            title=exercise.title if exercise else exercise_id,
            category=exercise.category.value if exercise else OTHER_CATEGORY,
            day=day,
            together=together,
            profile_ids=tuple(json.loads(profile_ids)),
            status=SessionStatus(status),
        )

    def sessions(
        self,
        *,
        profile_id: str | None = None,
        start: date | None = None,
        end: date | None = None,
        limit: int | None = None,
    ) -> list[HistoryItem]:
        """Sessions newest first, optionally one profile's and within local dates (inclusive).

        Screens pass the active profile, so that a partner's solo sessions stay theirs."""
        low, high = utc_window(start, end)
        query = (
            select(
                SessionRow.id,
                SessionRow.exercise_id,
                SessionRow.together,
                SessionRow.profile_ids,
                SessionRow.status,
                SessionRow.started_at,
                SessionRow.started_tz,
            )
            .where(
                *moment_between(SessionRow.started_at, low, high),
                *profile_filter(SessionRow.profile_ids, profile_id),
            )
            .order_by(SessionRow.started_at.desc(), SessionRow.id)
        )
        if limit is not None and start is None and end is None:
            query = query.limit(limit)
        out: list[HistoryItem] = []
        with self._db.unit_of_work() as s:
            for sid, exercise_id, together, people, status, started_at, zone in s.execute(query):
                day = local_day(started_at, zone)
                if (start and day < start) or (end and day > end):
                    continue
                out.append(self._item(sid, exercise_id, together, people, status, day))
                if limit is not None and len(out) >= limit:
                    break
        return out

    def detail(self, session_id: str, viewer_ids: Collection[str]) -> SessionDetail:
        """One session's answers, read-only, as the ``viewer_ids`` may see them now."""
        with self._db.unit_of_work() as s:
            row = s.get(SessionRow, session_id)
            if row is None:
                raise KeyError("no such session")
            item = self._item(
                row.id,
                row.exercise_id,
                row.together,
                row.profile_ids,
                row.status,
                local_day(row.started_at, row.started_tz),
            )
            rows = s.execute(
                select(
                    AnswerRow.step_id,
                    AnswerRow.profile_id,
                    AnswerRow.sealed,
                    AnswerRow.payload,
                    AnswerRow.id,
                )
                .where(AnswerRow.session_id == session_id)
                .order_by(AnswerRow.id)
            ).all()
        latest: dict[tuple[str, str | None], tuple[bool, bytes, int]] = {}
        for step_id, owner, sealed, payload, answer_id in rows:
            latest[(step_id, owner)] = (sealed, payload, answer_id)
        readers = {p for p in viewer_ids if p in item.profile_ids and self._keys.is_open(p)}
        answered: dict[str, list[DetailAnswer]] = {}
        for (step_id, owner), (sealed, payload, answer_id) in latest.items():
            if step_id.endswith((REVEALED, PROMPTS)):
                continue
            copy = latest.get((step_id + REVEALED, owner))
            binding = (
                answer_binding(answer_id, session_id, step_id, owner) if owner is not None else None
            )
            answered.setdefault(step_id, []).append(
                self._answer(owner, sealed, payload, binding, copy, readers)
            )
        # A revealed copy whose original is gone still shows on its step.
        for (step_id, owner), (_sealed, payload, _id) in latest.items():
            base = step_id.removesuffix(REVEALED)
            if step_id.endswith(REVEALED) and (base, owner) not in latest:
                answered.setdefault(base, []).append(
                    DetailAnswer(owner, True, False, True, _plain(payload))
                )
        return SessionDetail(item, self._steps(item, answered))

    def _answer(
        self,
        owner: str | None,
        sealed: bool,
        payload: bytes,
        binding: Binding | None,
        copy: tuple[bool, bytes, int] | None,
        readers: Collection[str],
    ) -> DetailAnswer:
        revealed = copy is not None
        if not sealed:
            return DetailAnswer(owner, False, False, revealed, _plain(payload))
        if owner is not None and binding is not None and owner in readers:
            try:
                value = self._keys.open_json(owner, payload, binding)
                return DetailAnswer(owner, True, False, revealed, value)
            except MisplacedItemError:
                log.warning("a sealed answer was not in its own row and was not opened")
            except (LockedProfileError, SealingError):
                log.warning("a sealed answer could not be opened")
        if copy is not None:
            return DetailAnswer(owner, True, False, True, _plain(copy[1]))
        return DetailAnswer(owner, True, True, False, None)

    def _steps(
        self, item: HistoryItem, answered: dict[str, list[DetailAnswer]]
    ) -> tuple[DetailStep, ...]:
        order = {p: i for i, p in enumerate(item.profile_ids)}

        def turn(answer: DetailAnswer) -> int:
            return -1 if answer.profile_id is None else order.get(answer.profile_id, len(order))

        out: list[DetailStep] = []
        exercise = self._exercises.get(item.exercise_id)
        known: set[str] = set()
        for step in exercise.steps_for(item.together) if exercise else ():
            if not step.records_answer or not step.id:
                continue
            known.add(step.id)
            answers = sorted(answered.get(step.id, ()), key=turn)
            out.append(DetailStep(step.id, step.title, step.type.value, tuple(answers)))
        # Answers to steps the installed exercise no longer has are still shown, by id.
        for step_id in sorted(set(answered) - known):
            answers = sorted(answered[step_id], key=turn)
            out.append(DetailStep(step_id, step_id, "", tuple(answers)))
        return tuple(out)


def _plain(payload: bytes) -> Any:
    return json.loads(payload.decode("utf-8"))
