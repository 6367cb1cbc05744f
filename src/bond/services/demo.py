"""Believable sample history for two people, written through the real services.

``bond demo`` fills a new vault with it, so the app, its progress views and its exports can be
tried without anyone's real words. The history follows the content as shipped: weekly meetings
with their real step ids, ratings that drift the way people's do, solo calming exercises, a few
boundaries and agreements. The vault is marked as sample data so the app can say so and offer
to remove it (DECISIONS 18).

Everything is written in one transaction (:meth:`Database.batch`): each commit costs an fsync, and
ten years of weekly meetings are tens of thousands of rows.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bond.domain.agreements import ReviewOutcome
from bond.domain.articles import Article
from bond.domain.boundaries import FIELDS
from bond.domain.exercises import Exercise, Step, StepType
from bond.domain.profiles import Household
from bond.services.agreements import AgreementService
from bond.services.boundaries import BoundaryService
from bond.services.exercise_flow import ExerciseFlow, FrameKind, TurnPhase
from bond.services.home_overview import SAMPLE_KEY
from bond.services.keychain import Keychain
from bond.services.library import ReadingService
from bond.services.profiles import ProfileService
from bond.services.sessions import SessionService
from bond.services.vault_service import OpenVault
from bond.storage.repositories import SettingsRepository

MIN_WEEKS, MAX_WEEKS = 1, 520
DEMO_ZONE = "Europe/London"
DEMO_NAMES = ("Robin", "Sam")
MEETING = "weekly-meeting"
SOLO_EXERCISES = ("ground-5-4-3-2-1", "longer-out-breath")
BOUNDARY_EXERCISE = "set-one-boundary"
SAFETY_NOTE_FLAG = "together-safety-note"

APPRECIATIONS = (
    "I felt looked after when you made dinner on Wednesday after my long day.",
    "Thank you for asking how my interview went, and really listening.",
    "I loved our walk by the river on Saturday. I felt close to you.",
    "I noticed you put your phone away when I was talking. It meant a lot.",
    "Thank you for handling the call with the landlord. I felt less alone with it.",
    "I liked that you texted me at lunchtime just to say hi.",
    "You stayed calm when I was snappy on Tuesday. Thank you for giving me space.",
    "I felt proud of us for sorting out the weekend plans without a row.",
    "Thank you for the coffee in bed on Sunday morning.",
    "I appreciated you telling me how you felt instead of going quiet.",
)
WISHES = (
    "This week, I'd feel loved if we had ten minutes to talk after dinner, phones away.",
    "A hug when I get home, before we talk about chores.",
    "If you asked me how my day was and let me finish the story.",
    "A message at lunchtime, even a short one.",
    "If we went for a walk together on Saturday morning.",
    "If you told me one thing you liked about the week.",
    "Cooking together one evening, with music on.",
    "If you took the lead on the shopping list this week.",
)
ISSUES = (
    "planning our weekends",
    "who does which chores",
    "time with friends",
    "money for the holiday",
    "screen time in the evenings",
    "visiting family at Christmas",
    "how we say goodnight",
    "feeling rushed in the mornings",
    "",
)
AGREEMENTS = (
    "Phones in the basket during dinner on weekdays.",
    "Sam cooks on Mondays and Thursdays; Robin on Tuesdays and Wednesdays.",
    "A walk together on Saturday morning, even a short one.",
    "We check the calendar together on Sunday evening for ten minutes.",
    "If either of us needs a pause in a row, we say 'pause' and come back within an hour.",
    "Each of us gets one evening a week for friends, no questions asked.",
    "We agree the holiday budget before we look at places.",
    "Bed by eleven on work nights, and no serious talks after ten.",
    "Robin texts if running more than fifteen minutes late.",
    "We share one good thing from the day at dinner.",
)
BOUNDARIES: tuple[dict[str, str], ...] = (
    {
        "situation": "Talking about money late at night",
        "feeling": "tired and defensive",
        "need": "rest, and to talk when I can think",
        "words": "I want us to sort this out, and I can't do it well after ten. Tomorrow at six?",
        "action": "I'll go to bed and we'll pick it up the next evening.",
    },
    {
        "situation": "Being teased in front of friends",
        "feeling": "embarrassed",
        "need": "to feel on the same side in company",
        "words": "I know it's meant as a joke. It stings when it's in front of people.",
        "action": "I'll change the subject, and we'll talk about it on the way home.",
    },
    {
        "situation": "Work calls during our Saturday",
        "feeling": "left out",
        "need": "some time that is only ours",
        "words": "I'd love Saturday mornings to be ours. Can calls wait until after lunch?",
        "action": "I'll go ahead with my own plans for the morning.",
    },
    {
        "situation": "Raised voices in an argument",
        "feeling": "scared and shut down",
        "need": "calm voices so I can listen",
        "words": "I want to hear you, and I can't when we're shouting. Let's pause.",
        "action": "I'll take twenty minutes in the other room and come back.",
    },
)
PRACTICE = (
    "I want us to talk, and I need it to be earlier in the evening.",
    "I'm going to say it once, kindly, and then do what I said.",
    "It matters to me. Can we find a time that works for both of us?",
)
USE_NOTES = (
    "Said it calmly. We talked the next day and it went better.",
    "Hard to say, but I did. Felt shaky afterwards.",
    "Followed through and went to bed. We were fine in the morning.",
    "Only half said it. Will try earlier next time.",
    "It was easier this time.",
)


def _clamp(value: float) -> int:
    return max(0, min(10, round(value)))


@dataclass(frozen=True)
class DemoSummary:
    """What the sample history holds (counts only; nothing of what was "said")."""

    profiles: tuple[str, ...]
    weeks: int
    meetings: int
    solo_sessions: int
    answers: int
    agreements: int
    reviews: int
    boundaries: int
    boundary_uses: int
    articles_read: int
    first_at: datetime
    last_at: datetime


@dataclass
class _Mood:
    """One person's slowly changing state: closeness drifts up, distress down, with noise."""

    offset: float
    closeness_noise: float = 0.0
    distress_noise: float = 0.0

    def step(self, rng: random.Random) -> None:
        self.closeness_noise = 0.6 * self.closeness_noise + rng.gauss(0, 0.8)
        self.distress_noise = 0.6 * self.distress_noise + rng.gauss(0, 0.8)

    def closeness(self, week: int, hard: bool) -> float:
        growth = 2.5 * (1 - math.exp(-week / 30))
        return 4.5 + self.offset + growth + self.closeness_noise - (2.0 if hard else 0.0)

    def distress(self, week: int, hard: bool) -> float:
        calming = 2.5 * (1 - math.exp(-week / 30))
        return 5.5 - self.offset - calming + self.distress_noise + (2.5 if hard else 0.0)


@dataclass
class _Agreement:
    id: str
    text: str
    reviews: int = 0
    last: ReviewOutcome | None = None


@dataclass
class _Writer:
    """Walks exercises frame by frame and records what the app would, at given times."""

    vault: OpenVault
    rng: random.Random
    people: tuple[str, str]
    moods: dict[str, _Mood]
    zone: ZoneInfo
    keys: Keychain = field(init=False)
    sessions: SessionService = field(init=False)
    agreements: AgreementService = field(init=False)
    boundaries: BoundaryService = field(init=False)
    active: list[_Agreement] = field(default_factory=list)
    my_boundaries: list[tuple[str, str, datetime]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    first_at: datetime | None = None
    last_at: datetime | None = None

    def __post_init__(self) -> None:
        self.keys = Keychain(self.vault)
        self.sessions = SessionService(self.vault, self.keys)
        self.agreements = AgreementService(self.vault)
        self.boundaries = BoundaryService(self.vault, self.keys)

    def count(self, name: str, n: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    def seen(self, at: datetime) -> None:
        self.first_at = at if self.first_at is None else min(self.first_at, at)
        self.last_at = at if self.last_at is None else max(self.last_at, at)

    # -- one session ----------------------------------------------------------------------------
    def run(
        self,
        exercise: Exercise,
        people: Sequence[str],
        start: datetime,
        *,
        week: int,
        hard: bool = False,
        next_meeting: date | None = None,
        stop_early: bool = False,
    ) -> datetime:
        """Record one run of ``exercise`` from ``start``; returns when it ended."""
        together = len(people) == 2
        review = together and exercise.review_agreements and bool(self.active)
        flow = ExerciseFlow(exercise, people, together=together, review_agreements=review)
        sid = self.sessions.start(exercise.id, people, together=together, at=start, tz=DEMO_ZONE)
        clock = start + timedelta(minutes=1)
        ratings: dict[tuple[str, str], int] = {}
        written: dict[tuple[str, str | None], Any] = {}
        for index, frame in enumerate(flow.frames):
            flow.index = index
            step = frame.step
            if frame.kind is FrameKind.REVIEW:
                clock = self.review_all(sid, clock)
                continue
            if frame.kind is not FrameKind.STEP or step is None:
                continue
            if step.type is StepType.TURNS and stop_early:
                self.sessions.stop(sid, flow.position(), keep=True, at=clock)
                self.count("stopped")
                self.seen(clock)
                return clock
            clock += timedelta(minutes=self._minutes(step))
            if step.type is StepType.REVEAL:
                clock = self.reveal(flow, step, sid, written, clock)
                continue
            if step.type is StepType.TURNS:
                turns = flow.turns[step.index]
                turns.turn, turns.phase = turns.total_turns, TurnPhase.DONE
            owner = frame.profile_id or (people[0] if not together else None)
            value = self._value(step, owner, week, hard, ratings, next_meeting)
            if value is None or step.id is None:
                continue
            private = step.private or not together
            self.sessions.save_answer(
                sid, step.id, owner, value, private=private and owner is not None, at=clock
            )
            written[(step.id, owner)] = value
            self.count("answers")
        flow.index = len(flow.frames) - 1
        clock += timedelta(minutes=1)
        self._finish(exercise, people, sid, written, clock)
        self.sessions.finish(sid, flow.position(), at=clock)
        self.seen(start)
        self.seen(clock)
        return clock

    def _finish(
        self,
        exercise: Exercise,
        people: Sequence[str],
        sid: str,
        written: dict[tuple[str, str | None], Any],
        at: datetime,
    ) -> None:
        """What finishing records, as ExerciseRun.finish does: agreements and boundaries."""
        for step in exercise.steps_for(len(people) == 2):
            if step.id is None:
                continue
            if step.type is StepType.AGREEMENT and len(people) == 2:
                value = written.get((step.id, None))
                if isinstance(value, dict) and value.get("text"):
                    review = value.get("review_on")
                    new_id = self.agreements.add(
                        str(value["text"]),
                        people,
                        session_id=sid,
                        review_on=date.fromisoformat(review) if review else None,
                        at=at,
                        tz=DEMO_ZONE,
                    )
                    self.active.append(_Agreement(new_id, str(value["text"])))
                    self.count("agreements")
            elif step.type is StepType.BOUNDARY:
                for person in people:
                    value = written.get((step.id, person))
                    if isinstance(value, dict):
                        fields = {k: str(v) for k, v in value.items()}
                        boundary_id = self.boundaries.save(person, fields, at=at)
                        self.my_boundaries.append((boundary_id, person, at))
                        self.count("boundaries")

    def review_all(self, sid: str, clock: datetime) -> datetime:
        """Last week's agreements: kept, partly or not yet; kept ones are retired in time."""
        for agreement in list(self.active):
            clock += timedelta(minutes=2)
            if agreement.reviews >= 3 or (
                agreement.last is ReviewOutcome.KEPT and self.rng.random() < 0.6
            ):
                outcome = ReviewOutcome.RETIRED
            elif self.rng.random() < 0.05:
                outcome = ReviewOutcome.CHANGED
            else:
                outcome = self.rng.choices(
                    (ReviewOutcome.KEPT, ReviewOutcome.PARTLY, ReviewOutcome.NOT_YET),
                    weights=(5, 3, 2),
                )[0]
            new_text = self.rng.choice(AGREEMENTS) if outcome is ReviewOutcome.CHANGED else None
            new_id = self.agreements.review(
                agreement.id, outcome, session_id=sid, new_text=new_text, at=clock
            )
            self.count("reviews")
            agreement.reviews += 1
            agreement.last = outcome
            if outcome in (ReviewOutcome.RETIRED, ReviewOutcome.CHANGED):
                self.active.remove(agreement)
            if new_id is not None and new_text is not None:
                self.active.append(_Agreement(new_id, new_text))
                self.count("agreements")
        return clock

    def reveal(
        self,
        flow: ExerciseFlow,
        step: Step,
        sid: str,
        written: dict[tuple[str, str | None], Any],
        clock: datetime,
    ) -> datetime:
        state = flow.reveals.get(step.index)
        if state is None:
            return clock
        for person in flow.people:
            held = {s for s in state.step_ids if self.rng.random() < 0.1}
            shown = [s for s in state.step_ids if s not in held]
            values = {s: written[(s, person)] for s in shown if (s, person) in written}
            self.sessions.reveal_values(sid, person, values, at=clock)
            self.count("answers", len(values))
            state.set_ready(person, held)
        return clock + timedelta(minutes=3)

    # -- what people answer -------------------------------------------------------------------
    @staticmethod
    def _minutes(step: Step) -> int:
        return {
            StepType.TURNS: 18,
            StepType.TEXT: 4,
            StepType.AGREEMENT: 6,
            StepType.BREATHING: 3,
            StepType.BOUNDARY: 8,
        }.get(step.type, 1)

    def _value(
        self,
        step: Step,
        owner: str | None,
        week: int,
        hard: bool,
        ratings: dict[tuple[str, str], int],
        next_meeting: date | None,
    ) -> Any:
        rng = self.rng
        match step.type:
            case StepType.RATING:
                return self._rating(step, owner, week, hard, ratings)
            case StepType.TEXT:
                pool = {
                    "appreciations": APPRECIATIONS,
                    "feel-loved": WISHES,
                    "issue": ISSUES,
                    "how-to-say-it": PRACTICE,
                }.get(step.id or "")
                if not pool:
                    return None
                if step.id == "appreciations":
                    text = " ".join(rng.sample(APPRECIATIONS, rng.randint(1, 3)))
                else:
                    text = rng.choice(pool)
                return {"text": text} if text else None
            case StepType.CHOICE if step.options:
                return {"choice": rng.choice(step.options)}
            case StepType.TURNS:
                return {"turns": step.rounds * 2, "clarifications": rng.choice((0, 0, 1, 1, 2, 3))}
            case StepType.AGREEMENT:
                if rng.random() < 0.15:
                    return None  # "It's also fine to agree to keep talking another time."
                return {
                    "text": rng.choice(AGREEMENTS),
                    "review_on": next_meeting.isoformat() if next_meeting else None,
                }
            case StepType.BOUNDARY:
                fields = BOUNDARIES[len(self.my_boundaries) % len(BOUNDARIES)]
                return {name: fields.get(name, "") for name in FIELDS}
        return None

    def _rating(
        self,
        step: Step,
        owner: str | None,
        week: int,
        hard: bool,
        ratings: dict[tuple[str, str], int],
    ) -> int | dict[str, int]:
        mood = self.moods.get(owner or self.people[0], self.moods[self.people[0]])
        rng = self.rng
        if step.measure == "closeness":
            before = ratings.get((owner or "", "closeness"))
            if step.moment == "after" and before is not None:
                value = _clamp(before + rng.choice((-1, 0, 0, 1, 1, 1, 2)))
            else:
                value = _clamp(mood.closeness(week, hard))
        elif step.measure == "distress":
            before = ratings.get((owner or "", "distress"))
            if step.moment == "after" and before is not None:
                eased = max(0, round(rng.gauss(1.6, 1.0)))
                value = _clamp(before + 1 if rng.random() < 0.08 else before - eased)
            else:
                value = _clamp(mood.distress(week, hard))
        else:
            value = _clamp(rng.gauss(5, 1.5))
        if step.moment == "before" and step.measure:
            ratings[(owner or "", step.measure)] = value
        return {"value": value}


def missing_exercises(catalog_exercises: Mapping[str, Exercise]) -> list[str]:
    """The exercises the sample history is made of that this catalogue lacks."""
    return [e for e in (MEETING, *SOLO_EXERCISES, BOUNDARY_EXERCISE) if e not in catalog_exercises]


def _local(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)


def write_demo(
    vault: OpenVault,
    catalog_exercises: Mapping[str, Exercise],
    *,
    weeks: int = 26,
    seed: int | None = None,
    now: datetime | None = None,
    articles: Mapping[str, Article] | None = None,
) -> DemoSummary:
    """Fill an empty vault with ``weeks`` weeks of sample history for two people, ending ``now``.

    ``articles`` (the catalogue's) adds a few read ones; articles that record nothing never
    appear. Raises ``ValueError`` for weeks outside 1..520 or a vault that already has people.
    """
    if not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise ValueError(f"weeks must be between {MIN_WEEKS} and {MAX_WEEKS}")
    if missing := missing_exercises(catalog_exercises):
        raise ValueError(f"the catalogue lacks exercises the sample needs: {', '.join(missing)}")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    rng = random.Random(seed)  # noqa: S311 - sample data, not secrets
    zone = ZoneInfo(DEMO_ZONE)
    today = now.astimezone(zone).date()
    first_monday = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    created = _local(first_monday - timedelta(days=2), 20, 15, zone)
    with vault.db.batch():
        profiles_service = ProfileService(vault)
        made = profiles_service.set_up(Household.COUPLE, DEMO_NAMES, at=created, tz=DEMO_ZONE)
        profiles_service.set_flag(SAFETY_NOTE_FLAG)
        with vault.db.unit_of_work() as s:
            SettingsRepository(s).set(SAMPLE_KEY, "1")
        people = (made[0].id, made[1].id)
        moods = {people[0]: _Mood(offset=0.4), people[1]: _Mood(offset=-0.3)}
        writer = _Writer(vault, rng, people, moods, zone)
        writer.seen(created)
        _write_weeks(writer, catalog_exercises, first_monday, weeks, now)
        read = _write_reading(vault, writer, articles or {}, created, now)
    c = writer.counts
    assert writer.first_at is not None and writer.last_at is not None
    return DemoSummary(
        profiles=DEMO_NAMES,
        weeks=weeks,
        meetings=c.get("meetings", 0),
        solo_sessions=c.get("solo", 0),
        answers=c.get("answers", 0),
        agreements=c.get("agreements", 0),
        reviews=c.get("reviews", 0),
        boundaries=c.get("boundaries", 0),
        boundary_uses=c.get("uses", 0),
        articles_read=read,
        first_at=writer.first_at,
        last_at=writer.last_at,
    )


def _write_weeks(
    writer: _Writer,
    exercises: Mapping[str, Exercise],
    first_monday: date,
    weeks: int,
    now: datetime,
) -> None:
    rng, zone, people = writer.rng, writer.zone, writer.people
    meeting = exercises[MEETING]
    # Each person sets a boundary early on, and sometimes another later.
    boundary_weeks = {min(1, weeks - 1): 0, 4: 1, 18: 0, 40: 1}
    for week in range(weeks):
        monday = first_monday + timedelta(weeks=week)
        for person in people:
            writer.moods[person].step(rng)
        hard = rng.random() < 0.08
        # The solo parts of the week come first: they happen on other days.
        if week in boundary_weeks:
            day = monday + timedelta(days=rng.randint(0, 4))
            start = _local(day, rng.randint(19, 21), rng.randint(0, 59), zone)
            if start + timedelta(hours=1) < now:
                who = people[boundary_weeks[week]]
                writer.run(exercises[BOUNDARY_EXERCISE], [who], start, week=week)
                writer.count("solo")
        for person in people:
            if rng.random() < (0.6 if hard else 0.3):
                day = monday + timedelta(days=rng.randint(0, 5))
                start = _local(day, rng.randint(7, 22), rng.randint(0, 59), zone)
                if start + timedelta(hours=1) < now:
                    exercise = exercises[rng.choice(SOLO_EXERCISES)]
                    writer.run(exercise, [person], start, week=week, hard=True)
                    writer.count("solo")
        _write_boundary_uses(writer, monday, now)
        iso_week = monday.isocalendar().week
        skip = 0.5 if iso_week in (52, 53, 1) else 0.3 if 31 <= iso_week <= 34 else 0.12
        if rng.random() < skip:
            continue
        day = monday + timedelta(days=5 if rng.random() < 0.12 else 6)  # Sunday, some Saturdays
        start = _local(day, 19, 30, zone) + timedelta(minutes=rng.randint(-20, 25))
        if start + timedelta(hours=2) >= now:
            continue
        next_meeting = day + timedelta(weeks=1)
        writer.run(
            meeting,
            people,
            start,
            week=week,
            hard=hard,
            next_meeting=next_meeting,
            stop_early=rng.random() < 0.04,
        )
        writer.count("meetings")


def _write_boundary_uses(writer: _Writer, monday: date, now: datetime) -> None:
    rng = writer.rng
    for boundary_id, person, made_at in writer.my_boundaries:
        if rng.random() >= 0.25:
            continue
        day = monday + timedelta(days=rng.randint(0, 6))
        at = _local(day, rng.randint(8, 22), rng.randint(0, 59), writer.zone)
        if at <= made_at or at >= now:
            continue
        practice = min(2.0, (at - made_at).days / 60)
        rating = _clamp(rng.gauss(5.5 + practice, 1.6))
        writer.boundaries.used(boundary_id, person, rng.choice(USE_NOTES), rating, at=at)
        writer.count("uses")
        writer.seen(at)


def _write_reading(
    vault: OpenVault,
    writer: _Writer,
    articles: Mapping[str, Article],
    created: datetime,
    now: datetime,
) -> int:
    """A few articles read by each person, one bookmarked, one left half-read."""
    slugs = sorted(slug for slug, a in articles.items() if not a.leave_no_trace)
    if not slugs:
        return 0
    rng = writer.rng
    reading = ReadingService(vault, dict(articles))
    span = max(1.0, (now - created).total_seconds() - 3600)
    read = 0
    for person in writer.people:
        chosen = rng.sample(slugs, min(len(slugs), rng.randint(3, 6)))
        for i, slug in enumerate(chosen):
            at = created + timedelta(seconds=rng.uniform(0, span))
            if i == len(chosen) - 1 and len(chosen) > 1:
                reading.update(person, slug, at=at, position=350)
            else:
                reading.update(person, slug, at=at, read=True, position=1000, bookmarked=i == 0)
                read += 1
            writer.seen(at)
    return read
