"""What the PDF summary holds, gathered without Qt: a couple could bring it to a therapist.

Chosen date range, check-in dates, agreements with their review history, boundaries, weekly
before/after ratings, and, only when asked for a profile whose key is open, that profile's
private answers (DECISIONS 17). Sealed items of a profile behind a PIN that was not given are
never read.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from bond.domain.answers import describe
from bond.domain.exercises import Category, Exercise
from bond.domain.weeks import local_day
from bond.services.boundaries import BoundaryService
from bond.services.export_data import pick_profile
from bond.services.history import HistoryService
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.progress import ProgressService, WeeklyRatings, weekly_ratings
from bond.services.vault_service import OpenVault
from bond.storage.models import AgreementReviewRow, AgreementRow, ProfileRow

DEFAULT_DAYS = 182


@dataclass(frozen=True)
class ReportAgreement:
    text: str
    made: date
    status: str
    reviews: tuple[tuple[date, str], ...]  # (day, outcome), oldest first


@dataclass(frozen=True)
class ReportAnswer:
    day: date
    exercise: str
    step: str
    text: str


@dataclass(frozen=True)
class ReportData:
    start: date
    end: date
    people: tuple[str, ...]  # names, in profile order
    checkins: tuple[tuple[date, str], ...]  # (day, exercise title), oldest first
    agreements: tuple[ReportAgreement, ...]
    boundaries: Mapping[str, tuple[str, ...]]  # name -> statements
    ratings: tuple[WeeklyRatings, ...]
    private_answers: Mapping[str, tuple[ReportAnswer, ...]]  # name -> answers
    left_out: tuple[str, ...]  # names whose sealed items stayed closed


def find_profile(vault: OpenVault, wanted: str) -> str:
    """The id of the profile named (or with the id) ``wanted``, by the JSON export's rule, so
    the PDF's ``--profile`` matches and fails the same way; raises :class:`UsageError`."""
    with vault.db.unit_of_work() as s:
        rows = s.scalars(select(ProfileRow).order_by(ProfileRow.position)).all()
        found = pick_profile(rows, wanted)
    assert found is not None  # pick_profile returns None only when nothing is wanted
    return found


def gather(
    vault: OpenVault,
    keychain: Keychain,
    exercises: Mapping[str, Exercise],
    *,
    profile_id: str | None = None,
    since: date | None = None,
    today: date | None = None,
    include_private_for: Collection[str] = (),
) -> ReportData:
    """Everything for the summary; ``profile_id`` narrows it to one person's sessions."""
    today = today or date.today()
    start = since or today - timedelta(days=DEFAULT_DAYS)
    profiles = ProfileService(vault).profiles()
    names = {p.id: p.name for p in profiles}
    chosen = [p for p in profiles if profile_id in (None, p.id)]
    # DECISIONS 17: sealed items of a profile without a PIN, or of one whose PIN was given for
    # this summary.
    readable = [
        p
        for p in chosen
        if not p.has_pin or (p.id in include_private_for and keychain.is_open(p.id))
    ]
    history = HistoryService(vault, keychain, exercises)
    items = history.sessions(profile_id=profile_id, start=start, end=today)
    checkins = tuple(
        sorted(
            (i.day, i.title)
            for i in items
            if i.category == Category.CHECK_INS.value and i.status.value == "finished"
        )
    )
    agreements = _agreements(vault, start, today, profile_id)
    boundaries = {
        p.name: tuple(b.words or b.action for b in BoundaryService(vault, keychain).list(p.id))
        for p in readable
    }
    summary = ProgressService(vault, keychain, exercises).summary(
        profile_id=profile_id, start=start, end=today, today=today
    )
    private: dict[str, tuple[ReportAnswer, ...]] = {}
    for person in readable:
        if person.id not in include_private_for:
            continue
        answers: list[ReportAnswer] = []
        for item in items:
            if person.id not in item.profile_ids:
                continue
            detail = history.detail(item.id, [person.id])
            for step in detail.steps:
                for answer in step.answers:
                    if answer.private and answer.profile_id == person.id and not answer.hidden:
                        text = describe(answer.value)
                        if text:
                            answers.append(ReportAnswer(item.day, item.title, step.title, text))
        private[person.name] = tuple(sorted(answers, key=lambda a: a.day))
    return ReportData(
        start=start,
        end=today,
        people=tuple(p.name for p in chosen),
        checkins=checkins,
        agreements=agreements,
        boundaries=boundaries,
        ratings=tuple(weekly_ratings(summary.ratings)),
        private_answers=private,
        left_out=tuple(names[p.id] for p in chosen if p not in readable),
    )


def _agreements(
    vault: OpenVault, start: date, end: date, profile_id: str | None
) -> tuple[ReportAgreement, ...]:
    with vault.db.unit_of_work() as s:
        rows = s.scalars(select(AgreementRow).order_by(AgreementRow.created_at)).all()
        reviews = s.scalars(select(AgreementReviewRow).order_by(AgreementReviewRow.id)).all()
        by_agreement: dict[str, list[tuple[date, str]]] = {}
        for review in reviews:
            by_agreement.setdefault(review.agreement_id, []).append(
                (local_day(review.created_at, None), review.outcome)
            )
        out = []
        for row in rows:
            made = local_day(row.created_at, row.created_tz)
            people = json.loads(row.profile_ids)
            if profile_id is not None and profile_id not in people:
                continue
            history = by_agreement.get(row.id, [])
            if made > end or (made < start and not any(d >= start for d, _ in history)):
                continue
            out.append(ReportAgreement(row.text, made, row.status, tuple(history)))
        return tuple(out)
