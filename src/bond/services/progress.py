"""Progress, derived on demand from the append-only history; nothing here is stored.

Check-in weeks, practice by category, before/after ratings, how agreements went and how often
boundaries were practised. Days and weeks are local to where each event was recorded
(:mod:`bond.domain.weeks`). Ratings are sealed answers: only those of profiles whose keys are
open are read, and only inside the range asked for, because opening a sealed box is the costly
part. Everything else is counted without unsealing anything. There is no streak counter on
purpose: "you met in 9 of the last 12 weeks" invites coming back; a broken streak does not.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from bond.domain.agreements import ReviewOutcome
from bond.domain.exercises import Category, Exercise, StepType
from bond.domain.weeks import last_weeks, local_day, utc_window, week_start
from bond.security.sealing import MisplacedItemError, SealingError
from bond.services.keychain import Keychain, LockedProfileError
from bond.services.profiles import local_zone_name
from bond.services.sealed_items import answer_binding
from bond.services.vault_service import OnVault, OpenVault
from bond.storage.models import (
    AgreementReviewRow,
    AgreementRow,
    AnswerRow,
    BoundaryRow,
    BoundaryUseRow,
    ProfileRow,
    SessionRow,
)

log = logging.getLogger(__name__)

# Sessions that count as practice: finished, or stopped early with the answers kept.
COUNTED_STATUSES = ("finished", "stopped")
CHECKIN_WEEKS = 12
DEFAULT_WEEKS = 26
RATING_MEASURES = frozenset({"distress", "closeness"})
RATING_MOMENTS = frozenset({"before", "after"})
# Exercises no longer in the content (a removed clinic pack, say) still count, under this.
OTHER_CATEGORY = "other"


@dataclass(frozen=True)
class RatingPoint:
    """One person's before/after ratings of one measure in one session (0–10, None if skipped)."""

    session_id: str
    day: date
    profile_id: str | None  # None: a rating given together, as one shared answer
    measure: str  # "distress" or "closeness"
    before: int | None
    after: int | None


@dataclass(frozen=True)
class AgreementCounts:
    """How agreements made in the range went, by their latest review."""

    kept: int = 0
    partly: int = 0
    not_yet: int = 0
    changed: int = 0
    retired: int = 0
    not_reviewed: int = 0  # still active and never reviewed

    @property
    def total(self) -> int:
        return (
            self.kept + self.partly + self.not_yet + self.changed + self.retired + self.not_reviewed
        )


@dataclass(frozen=True)
class ProgressSummary:
    start: date
    end: date
    today: date
    # The last 12 weeks ending with today's week, oldest first: (Monday, met for a check-in).
    checkin_weeks: tuple[tuple[date, bool], ...]
    checkin_count: int  # how many of those weeks had one
    practice_by_category: Mapping[str, int] = field(default_factory=dict)
    ratings: tuple[RatingPoint, ...] = ()
    agreements: AgreementCounts = AgreementCounts()
    boundaries_practised: int = 0
    # Profiles whose ratings were left out because their PIN has not been given.
    locked_profiles: tuple[str, ...] = ()


@dataclass(frozen=True)
class _SessionFact:
    id: str
    exercise_id: str
    profile_ids: tuple[str, ...]
    started_at: datetime
    day: date


def rating_steps(exercises: Mapping[str, Exercise]) -> dict[str, dict[str, tuple[str, str]]]:
    """For each exercise with before/after ratings: step id -> (measure, moment)."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for exercise in exercises.values():
        steps = {
            step.id: (step.measure, step.moment)
            for step in exercise.steps
            if step.type is StepType.RATING
            and step.id
            and step.measure in RATING_MEASURES
            and step.moment in RATING_MOMENTS
        }
        if steps:
            out[exercise.id] = steps
    return out


def rating_value(value: Any) -> int | None:
    """The number a rating step saved (``{"value": n}``, 0–10), or None."""
    n = value.get("value") if isinstance(value, dict) else value
    if isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= 10:
        return n
    return None


def moment_between(
    column: Any, low: datetime | None, high: datetime | None
) -> list[ColumnElement[bool]]:
    """Conditions for ``low <= column < high`` (stored UTC datetimes are naive in SQLite)."""
    out: list[ColumnElement[bool]] = []
    if low is not None:
        out.append(column >= low.astimezone(UTC).replace(tzinfo=None))
    if high is not None:
        out.append(column < high.astimezone(UTC).replace(tzinfo=None))
    return out


def profile_filter(column: Any, profile_id: str | None) -> list[ColumnElement[bool]]:
    """Rows whose JSON list of profile ids holds ``profile_id`` (ids are UUIDs, so a quoted
    substring match is exact)."""
    return [] if profile_id is None else [column.contains(json.dumps(profile_id), autoescape=True)]


class ProgressService(OnVault):
    def __init__(
        self, vault: OpenVault, keychain: Keychain, exercises: Mapping[str, Exercise]
    ) -> None:
        super().__init__(vault)
        self._keys = keychain
        self._exercises = exercises
        self._ratings = rating_steps(exercises)

    def summary(
        self,
        *,
        profile_id: str | None = None,
        start: date | None = None,
        end: date | None = None,
        today: date | None = None,
        zone: str | None = None,
    ) -> ProgressSummary:
        """Progress between ``start`` and ``end`` (local dates, inclusive; by default the last
        26 weeks up to ``today``), for everyone or for one profile. ``zone`` is the viewer's,
        used for ``today`` and for boundary practice, which is stored without a zone."""
        zone = zone or local_zone_name()
        today = today or local_day(datetime.now(UTC), zone)
        end = end or today
        start = start or week_start(today) - timedelta(weeks=DEFAULT_WEEKS - 1)
        weeks = last_weeks(today, CHECKIN_WEEKS)
        checkin_end = weeks[-1] + timedelta(days=6)
        with self._db.unit_of_work() as s:
            people = self._people(s, profile_id)
        # The keychain reads the database itself: ask it outside our own transaction.
        readers = [p for p in people if self._keys.is_open(p)]
        with self._db.unit_of_work() as s:
            facts = self._sessions(s, profile_id, min(start, weeks[0]), max(end, checkin_end))
            in_range = [f for f in facts if start <= f.day <= end]
            wanted = {f.id: f for f in in_range if f.exercise_id in self._ratings}
            latest = self._latest_ratings(s, wanted, profile_id, readers)
            agreements = self._agreements(s, profile_id, start, end)
            practised = self._boundary_uses(s, profile_id, start, end, zone)
        ratings = self._rating_points(wanted, latest)
        met = {
            week_start(f.day)
            for f in facts
            if self._category(f.exercise_id) == Category.CHECK_INS.value
        }
        practice: dict[str, int] = {}
        for fact in in_range:
            category = self._category(fact.exercise_id)
            practice[category] = practice.get(category, 0) + 1
        checkins = tuple((monday, monday in met) for monday in weeks)
        return ProgressSummary(
            start=start,
            end=end,
            today=today,
            checkin_weeks=checkins,
            checkin_count=sum(1 for _w, was in checkins if was),
            practice_by_category=practice,
            ratings=ratings,
            agreements=agreements,
            boundaries_practised=practised,
            locked_profiles=tuple(p for p in people if p not in readers),
        )

    def warm(self, today: date | None = None) -> None:
        """Unseal every rating the open profiles may read, into the keychain's memory, so the
        first visit to Progress after unlocking only counts (run off the UI thread, after
        Home). Nothing is written anywhere; a lock forgets it all."""
        today = today or date.today()
        self.summary(start=date(1970, 1, 5), end=today, today=today)

    def _category(self, exercise_id: str) -> str:
        exercise = self._exercises.get(exercise_id)
        return exercise.category.value if exercise else OTHER_CATEGORY

    @staticmethod
    def _people(s: Session, profile_id: str | None) -> list[str]:
        ids = list(s.scalars(select(ProfileRow.id).order_by(ProfileRow.position)))
        return [p for p in ids if profile_id is None or p == profile_id]

    @staticmethod
    def _sessions(
        s: Session, profile_id: str | None, first: date, last: date
    ) -> list[_SessionFact]:
        """Counted sessions whose local start date falls within ``first``..``last``."""
        low, high = utc_window(first, last)
        rows = s.execute(
            select(
                SessionRow.id,
                SessionRow.exercise_id,
                SessionRow.profile_ids,
                SessionRow.started_at,
                SessionRow.started_tz,
            ).where(
                SessionRow.status.in_(COUNTED_STATUSES),
                *moment_between(SessionRow.started_at, low, high),
                *profile_filter(SessionRow.profile_ids, profile_id),
            )
        ).all()
        out = []
        for sid, exercise_id, profile_ids, started_at, started_tz in rows:
            day = local_day(started_at, started_tz)
            if first <= day <= last:
                out.append(
                    _SessionFact(sid, exercise_id, tuple(json.loads(profile_ids)), started_at, day)
                )
        return out

    def _latest_ratings(
        self,
        s: Session,
        wanted: Mapping[str, _SessionFact],
        profile_id: str | None,
        readers: Collection[str],
    ) -> dict[tuple[str, str, str | None], tuple[bool, bytes, int]]:
        """The latest rating answers of the sessions in range, in one query (the log is
        append-only, so the newest row per step and person wins); nothing is unsealed here."""
        if not wanted:
            return {}
        step_ids = {step for steps in self._ratings.values() for step in steps}
        rows = s.execute(
            select(
                AnswerRow.session_id,
                AnswerRow.step_id,
                AnswerRow.profile_id,
                AnswerRow.sealed,
                AnswerRow.payload,
                AnswerRow.id,
            )
            .where(AnswerRow.session_id.in_(wanted), AnswerRow.step_id.in_(step_ids))
            .order_by(AnswerRow.id)
        ).all()
        latest: dict[tuple[str, str, str | None], tuple[bool, bytes, int]] = {}
        for session_id, step_id, owner, sealed, payload, answer_id in rows:
            if profile_id is not None and owner not in (profile_id, None):
                continue
            if sealed and owner not in readers:
                continue
            latest[(session_id, step_id, owner)] = (sealed, payload, answer_id)
        return latest

    def _rating_points(
        self,
        wanted: Mapping[str, _SessionFact],
        latest: Mapping[tuple[str, str, str | None], tuple[bool, bytes, int]],
    ) -> tuple[RatingPoint, ...]:
        """One point per session, person and measure; only the latest answers are unsealed."""
        points: dict[tuple[str, str | None, str], dict[str, int | None]] = {}
        for (session_id, step_id, owner), (sealed, payload, answer_id) in latest.items():
            kind = self._ratings[wanted[session_id].exercise_id].get(step_id)
            if kind is None:
                continue
            value = self._open(owner, sealed, payload, (answer_id, session_id, step_id))
            measure, moment = kind
            points.setdefault((session_id, owner, measure), {})[moment] = rating_value(value)
        out = [
            RatingPoint(
                session_id=session_id,
                day=wanted[session_id].day,
                profile_id=owner,
                measure=measure,
                before=moments.get("before"),
                after=moments.get("after"),
            )
            for (session_id, owner, measure), moments in points.items()
            if moments.get("before") is not None or moments.get("after") is not None
        ]

        def order(point: RatingPoint) -> tuple[datetime, str, str, int]:
            """Oldest first; within a session by measure, then in turn order."""
            fact = wanted[point.session_id]
            owner = point.profile_id
            turn = fact.profile_ids.index(owner) if owner in fact.profile_ids else -1
            return (fact.started_at, point.session_id, point.measure, turn)

        out.sort(key=order)
        return tuple(out)

    def _open(
        self, owner: str | None, sealed: bool, payload: bytes, where: tuple[int, str, str]
    ) -> Any:
        if not sealed:
            return json.loads(payload.decode("utf-8"))
        if owner is None:
            return None
        answer_id, session_id, step_id = where
        try:
            return self._keys.open_json_kept(
                owner, payload, answer_binding(answer_id, session_id, step_id, owner)
            )
        except MisplacedItemError:
            log.warning("a sealed rating was not in its own row and was not opened")
            return None
        except (LockedProfileError, SealingError):
            log.warning("a sealed rating could not be opened")
            return None

    @staticmethod
    def _agreements(s: Session, profile_id: str | None, start: date, end: date) -> AgreementCounts:
        """Agreements made in the range, counted by their latest review (no text is read)."""
        low, high = utc_window(start, end)
        latest = (
            select(func.max(AgreementReviewRow.id).label("id"))
            .group_by(AgreementReviewRow.agreement_id)
            .subquery()
        )
        reviews = (
            select(AgreementReviewRow.agreement_id, AgreementReviewRow.outcome)
            .join(latest, latest.c.id == AgreementReviewRow.id)
            .subquery()
        )
        rows = s.execute(
            select(
                AgreementRow.created_at,
                AgreementRow.created_tz,
                AgreementRow.status,
                reviews.c.outcome,
            )
            .outerjoin(reviews, reviews.c.agreement_id == AgreementRow.id)
            .where(
                and_(
                    *moment_between(AgreementRow.created_at, low, high),
                    *profile_filter(AgreementRow.profile_ids, profile_id),
                )
            )
        ).all()
        counts = dict.fromkeys(("kept", "partly", "not_yet", "changed", "retired", "none"), 0)
        for created_at, created_tz, status, outcome in rows:
            if not start <= local_day(created_at, created_tz) <= end:
                continue
            if outcome is None:
                if status == "active":
                    counts["none"] += 1
                continue
            name = {
                ReviewOutcome.KEPT.value: "kept",
                ReviewOutcome.PARTLY.value: "partly",
                ReviewOutcome.NOT_YET.value: "not_yet",
                ReviewOutcome.CHANGED.value: "changed",
                ReviewOutcome.RETIRED.value: "retired",
            }.get(outcome)
            if name:
                counts[name] += 1
        return AgreementCounts(
            kept=counts["kept"],
            partly=counts["partly"],
            not_yet=counts["not_yet"],
            changed=counts["changed"],
            retired=counts["retired"],
            not_reviewed=counts["none"],
        )

    @staticmethod
    def _boundary_uses(
        s: Session, profile_id: str | None, start: date, end: date, zone: str
    ) -> int:
        """ "I used this" records in the range, counted by date only: nothing is unsealed."""
        low, high = utc_window(start, end)
        query = (
            select(BoundaryUseRow.created_at)
            .join(BoundaryRow, BoundaryRow.id == BoundaryUseRow.boundary_id)
            .where(*moment_between(BoundaryUseRow.created_at, low, high))
        )
        if profile_id is not None:
            query = query.where(BoundaryRow.profile_id == profile_id)
        return sum(1 for moment in s.scalars(query) if start <= local_day(moment, zone) <= end)


SERIES = (
    ("distress", "before"),
    ("distress", "after"),
    ("closeness", "before"),
    ("closeness", "after"),
)


@dataclass(frozen=True)
class WeeklyRatings:
    """Average ratings in one local week, per (measure, moment); None where none were given."""

    week: date
    values: tuple[float | None, ...]  # in the order of SERIES


def weekly_ratings(points: Collection[RatingPoint]) -> list[WeeklyRatings]:
    """The chart's and the table's numbers, from the same points, oldest week first."""
    sums: dict[date, list[list[int]]] = {}
    for point in points:
        buckets = sums.setdefault(week_start(point.day), [[] for _ in SERIES])
        for moment, value in (("before", point.before), ("after", point.after)):
            if value is not None and (point.measure, moment) in SERIES:
                buckets[SERIES.index((point.measure, moment))].append(value)
    return [
        WeeklyRatings(week, tuple(round(sum(v) / len(v), 1) if v else None for v in sums[week]))
        for week in sorted(sums)
    ]
