"""Build histories with chosen dates and zones: small hand-made ones and a ten-year one.

The services stamp rows with "now"; progress and history need events spread over weeks and
zones, so these helpers write rows as the services would, with the moments given.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from bond.services.keychain import Keychain
from bond.services.sealed_items import answer_binding, boundary_binding, use_binding
from bond.services.vault_service import OpenVault
from bond.storage.models import (
    AgreementReviewRow,
    AgreementRow,
    AnswerRow,
    BoundaryRow,
    BoundaryUseRow,
    SessionRow,
)


def local(day: date, clock: time, zone: str) -> datetime:
    """The UTC moment of ``clock`` on ``day`` in ``zone``."""
    return datetime.combine(day, clock, ZoneInfo(zone)).astimezone(UTC)


def add_session(
    vault: OpenVault,
    exercise_id: str,
    people: Sequence[str],
    at: datetime,
    zone: str,
    *,
    status: str = "finished",
) -> str:
    sid = str(uuid.uuid4())
    with vault.db.unit_of_work() as s:
        s.add(
            SessionRow(
                id=sid,
                exercise_id=exercise_id,
                together=len(people) == 2,
                profile_ids=json.dumps(list(people)),
                status=status,
                position="{}",
                started_at=at,
                started_tz=zone,
                ended_at=at + timedelta(minutes=30) if status in ("finished", "stopped") else None,
            )
        )
    return sid


def add_agreement(
    vault: OpenVault, people: Sequence[str], at: datetime, zone: str, outcomes: Sequence[str] = ()
) -> str:
    """An agreement made at ``at``, then reviewed with each of ``outcomes`` in turn."""
    agreement_id = str(uuid.uuid4())
    with vault.db.unit_of_work() as s:
        s.add(
            AgreementRow(
                id=agreement_id,
                text="walk on Sunday",
                profile_ids=json.dumps(list(people)),
                created_at=at,
                created_tz=zone,
                status="retired"
                if outcomes and outcomes[-1] in ("changed", "retired")
                else "active",
            )
        )
        s.flush()
        for i, outcome in enumerate(outcomes):
            s.add(
                AgreementReviewRow(
                    agreement_id=agreement_id,
                    outcome=outcome,
                    created_at=at + timedelta(weeks=i + 1),
                )
            )
    return agreement_id


def add_boundary(vault: OpenVault, keys: Keychain, profile_id: str) -> str:
    boundary_id = str(uuid.uuid4())
    now = datetime.now(UTC)
    with vault.db.unit_of_work() as s:
        s.add(
            BoundaryRow(
                id=boundary_id,
                profile_id=profile_id,
                payload=keys.seal_to(
                    keys.checked_public_key(profile_id),
                    {"words": "I need a pause"},
                    boundary_binding(boundary_id, profile_id),
                ),
                created_at=now,
                updated_at=now,
                retired=False,
            )
        )
    return boundary_id


def add_boundary_use(
    vault: OpenVault, keys: Keychain, boundary_id: str, profile_id: str, at: datetime
) -> None:
    public = keys.checked_public_key(profile_id)
    with vault.db.unit_of_work() as s:
        use = BoundaryUseRow(boundary_id=boundary_id, payload=b"", created_at=at)
        s.add(use)
        s.flush()
        use.payload = keys.seal_to(
            public,
            {"note": "it went fine", "rating": 7},
            use_binding(use.id, boundary_id, profile_id),
        )


def build_years(
    vault: OpenVault,
    keys: Keychain,
    people: tuple[str, str],
    *,
    today: date,
    weeks: int = 520,
    zone: str = "Europe/London",
) -> dict[str, int]:
    """A couple's long history: most weeks a weekly meeting (with drafts, as autosave leaves
    them: several rows per answer), three solo practices, an agreement reviewed the week after
    and two boundary uses. Written in bulk; returns how many rows of each kind."""
    a, b = people
    sessions: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    agreements: list[dict[str, Any]] = []
    reviews: list[dict[str, Any]] = []
    uses: list[dict[str, Any]] = []
    boundary = add_boundary(vault, keys, a)
    public = {p: keys.checked_public_key(p) for p in people}
    with vault.db.unit_of_work() as s:
        answer_ids = iter(range((s.scalar(select(func.max(AnswerRow.id))) or 0) + 1, 1 << 62))
        use_ids = iter(range((s.scalar(select(func.max(BoundaryUseRow.id))) or 0) + 1, 1 << 62))
    first_monday = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)

    def session(exercise_id: str, who: Sequence[str], at: datetime) -> str:
        sid = str(uuid.uuid4())
        sessions.append(
            {
                "id": sid,
                "exercise_id": exercise_id,
                "together": len(who) == 2,
                "profile_ids": json.dumps(list(who)),
                "status": "finished",
                "position": "{}",
                "started_at": at,
                "started_tz": zone,
                "ended_at": at + timedelta(minutes=40),
            }
        )
        return sid

    def answer(sid: str, step: str, owner: str | None, value: Any, at: datetime) -> None:
        sealed = owner is not None and not step.endswith("#revealed")
        answer_id = next(answer_ids)
        payload = (
            keys.seal_to(public[owner], value, answer_binding(answer_id, sid, step, owner))
            if sealed and owner
            else json.dumps(value).encode("utf-8")
        )
        answers.append(
            {
                "id": answer_id,
                "session_id": sid,
                "step_id": step,
                "profile_id": owner,
                "sealed": sealed,
                "payload": payload,
                "created_at": at,
            }
        )

    for w in range(weeks):
        monday = first_monday + timedelta(weeks=w)
        if w % 4 != 3:  # most weeks, not all
            at = local(monday + timedelta(days=6), time(19), zone)
            sid = session("weekly-meeting", people, at)
            for person in people:
                for step in ("distress-before", "closeness-before"):
                    answer(sid, step, person, {"value": 4}, at)  # a first pick...
                    answer(sid, step, person, {"value": (w + 3) % 11}, at)  # ...changed
                for step in ("appreciations", "feel-loved"):
                    answer(sid, step, person, {"text": "draft"}, at)
                    answer(sid, step, person, {"text": "thank you for the tea"}, at)
                answer(sid, "appreciations#revealed", person, {"text": "thank you"}, at)
                for step in ("distress-after", "closeness-after"):
                    answer(sid, step, person, {"value": (w + 5) % 11}, at)
            answer(sid, "issue", None, {"text": "weekends"}, at)
            answer(sid, "agreement", None, {"text": "walk on Sunday"}, at)
            agreement_id = str(uuid.uuid4())
            agreements.append(
                {
                    "id": agreement_id,
                    "session_id": sid,
                    "text": "walk on Sunday",
                    "profile_ids": json.dumps(list(people)),
                    "created_at": at,
                    "created_tz": zone,
                    "status": "active",
                }
            )
            if w < weeks - 1:
                reviews.append(
                    {
                        "agreement_id": agreement_id,
                        "outcome": ("kept", "partly", "not-yet")[w % 3],
                        "created_at": at + timedelta(weeks=1),
                    }
                )
        for day, (exercise_id, person) in enumerate(
            (("ground-5-4-3-2-1", a), ("weekly-check-in-alone", b), ("set-one-boundary", a))
        ):
            at = local(monday + timedelta(days=day), time(8), zone)
            sid = session(exercise_id, [person], at)
            answer(sid, "distress-before", person, {"value": 6}, at)
            answer(sid, "note", person, {"text": "a quiet morning"}, at)
            answer(sid, "distress-after", person, {"value": 3}, at)
        for day in (2, 4):
            use_id = next(use_ids)
            uses.append(
                {
                    "id": use_id,
                    "boundary_id": boundary,
                    "payload": keys.seal_to(
                        public[a], {"note": "ok", "rating": 6}, use_binding(use_id, boundary, a)
                    ),
                    "created_at": local(monday + timedelta(days=day), time(21), zone),
                }
            )
    with vault.db.unit_of_work() as s:
        s.execute(insert(SessionRow), sessions)
        s.execute(insert(AnswerRow), answers)
        s.execute(insert(AgreementRow), agreements)
        s.execute(insert(AgreementReviewRow), reviews)
        s.execute(insert(BoundaryUseRow), uses)
    return {
        "sessions": len(sessions),
        "answers": len(answers),
        "agreements": len(agreements),
        "boundary_uses": len(uses),
    }
