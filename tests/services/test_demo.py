"""Sample data: believable, in the past, within the scales, marked as sample, and fast."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache

import pytest
from sqlalchemy import func, select

from bond.content.catalog import Catalog, load_catalog
from bond.paths import content_dir
from bond.services.agreements import AgreementService
from bond.services.boundaries import BoundaryService
from bond.services.demo import DEMO_NAMES, DEMO_ZONE, write_demo
from bond.services.home_overview import is_sample
from bond.services.keychain import Keychain
from bond.services.library import ReadingService
from bond.services.profiles import ProfileService
from bond.services.sealed_items import answer_binding
from bond.services.vault_service import Custody, OpenVault, VaultService
from bond.storage.models import (
    AgreementReviewRow,
    AgreementRow,
    AnswerRow,
    BoundaryRow,
    BoundaryUseRow,
    ProfileRow,
    SessionRow,
)
from bond.storage.repositories import BatchAborted

NOW = datetime(2025, 3, 12, 9, 30, tzinfo=UTC)


@cache
def catalog() -> Catalog:
    return load_catalog(content_dir())


@pytest.fixture
def vault(service: VaultService) -> Iterator[OpenVault]:
    opened = service.create(Custody(keyring=True))
    yield opened
    opened.close()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def test_half_a_year_of_history(vault: OpenVault) -> None:
    assert not is_sample(vault)
    summary = write_demo(
        vault, catalog().exercises, weeks=26, seed=7, now=NOW, articles=catalog().articles
    )
    assert is_sample(vault)
    assert [p.name for p in ProfileService(vault).profiles()] == list(DEMO_NAMES)
    assert ProfileService(vault).flag("together-safety-note")
    # Most weeks have a meeting, not every week; a few solo exercises, boundaries, agreements.
    assert 15 <= summary.meetings <= 26
    assert summary.solo_sessions >= 5
    assert summary.boundaries >= 2 and summary.boundary_uses >= 1
    assert summary.agreements >= 8 and summary.reviews >= 8
    assert summary.articles_read >= 4
    with vault.db.unit_of_work() as s:
        sessions = s.scalars(select(SessionRow)).all()
        meetings = [r for r in sessions if r.exercise_id == "weekly-meeting"]
        assert len(meetings) == summary.meetings
        assert len(sessions) == summary.meetings + summary.solo_sessions
        assert {r.started_tz for r in sessions} == {DEMO_ZONE}
        assert all(r.together for r in meetings)
        assert {r.exercise_id for r in sessions if not r.together} >= {
            "ground-5-4-3-2-1",
            "longer-out-breath",
            "set-one-boundary",
        }
        assert all(r.status in ("finished", "stopped") and r.ended_at for r in sessions)
        assert s.scalar(select(func.count()).select_from(AnswerRow)) == summary.answers
        assert s.scalar(select(func.count()).select_from(AgreementRow)) == summary.agreements
        assert s.scalar(select(func.count()).select_from(AgreementReviewRow)) == summary.reviews
        assert s.scalar(select(func.count()).select_from(BoundaryRow)) == summary.boundaries
        uses = s.scalar(select(func.count()).select_from(BoundaryUseRow))
        assert uses == summary.boundary_uses
        # Meetings fall on a consistent day: Sunday evening in London, now and then Saturday.
        from zoneinfo import ZoneInfo

        local = [_aware(r.started_at).astimezone(ZoneInfo(DEMO_ZONE)) for r in meetings]
        assert all(d.weekday() in (5, 6) and 19 <= d.hour <= 20 for d in local)
        assert sum(d.weekday() == 6 for d in local) > len(local) / 2
        outcomes = set(s.scalars(select(AgreementReviewRow.outcome)).all())
        assert {"kept", "partly", "not-yet"} <= outcomes


def test_everything_is_in_the_past_within_the_weeks(vault: OpenVault) -> None:
    summary = write_demo(
        vault, catalog().exercises, weeks=26, seed=3, now=NOW, articles=catalog().articles
    )
    start = NOW - timedelta(weeks=27)
    assert start <= summary.first_at < summary.last_at < NOW
    stamps: list[datetime] = []
    with vault.db.unit_of_work() as s:
        for column in (
            ProfileRow.created_at,
            SessionRow.started_at,
            SessionRow.ended_at,
            AnswerRow.created_at,
            AgreementRow.created_at,
            AgreementReviewRow.created_at,
            BoundaryRow.created_at,
            BoundaryUseRow.created_at,
        ):
            stamps.extend(_aware(v) for v in s.scalars(select(column)).all() if v is not None)
        for row in s.scalars(select(SessionRow)).all():
            assert row.ended_at is not None and row.started_at < row.ended_at
            assert row.ended_at - row.started_at < timedelta(hours=2)
        for review in s.scalars(select(AgreementReviewRow)).all():
            made = s.get(AgreementRow, review.agreement_id)
            assert made is not None and _aware(made.created_at) < _aware(review.created_at)
    assert stamps and all(start <= t < NOW for t in stamps)
    people = [p.id for p in ProfileService(vault).profiles()]
    reading = ReadingService(vault, catalog().articles)
    for person in people:
        states = reading.states(person).values()
        assert all(start <= _aware(st.updated_at or NOW) < NOW for st in states)
        assert "healthy-unhealthy-abusive" not in reading.states(person)
        assert reading.continue_reading(person)  # one article is left half-read


def _ratings(vault: OpenVault) -> dict[str, list[tuple[str, int]]]:
    """Every rating by exercise step id, opened with its owner's key."""
    keys = Keychain(vault)
    steps = {
        (e.id, st.id): st
        for e in catalog().exercises.values()
        for st in e.steps
        if st.measure and st.id
    }
    out: dict[str, list[tuple[str, int]]] = {}
    with vault.db.unit_of_work() as s:
        rows = s.execute(
            select(SessionRow.exercise_id, AnswerRow).join(
                SessionRow, SessionRow.id == AnswerRow.session_id
            )
        ).all()
        for exercise_id, row in rows:
            step = steps.get((exercise_id, row.step_id))
            if step is None:
                continue
            assert row.sealed and row.profile_id  # ratings are private (DECISIONS 1)
            value = keys.open_json(
                row.profile_id,
                row.payload,
                answer_binding(row.id, row.session_id, row.step_id, row.profile_id),
            )
            out.setdefault(f"{step.measure}-{step.moment}", []).append(
                (row.session_id, value["value"])
            )
    return out


def test_ratings_are_on_the_scale_and_move_believably(vault: OpenVault) -> None:
    write_demo(vault, catalog().exercises, weeks=52, seed=11, now=NOW)
    ratings = _ratings(vault)
    assert set(ratings) == {
        "distress-before",
        "distress-after",
        "closeness-before",
        "closeness-after",
    }
    for values in ratings.values():
        assert all(isinstance(v, int) and 0 <= v <= 10 for _, v in values)

    def mean(name: str) -> float:
        return sum(v for _, v in ratings[name]) / len(ratings[name])

    # An exercise tends to settle people; closeness rises a little over a meeting.
    assert mean("distress-after") < mean("distress-before") - 0.5
    assert mean("closeness-after") >= mean("closeness-before")
    assert len({v for _, v in ratings["closeness-before"]}) >= 4  # it fluctuates
    # Closeness slowly rises: the last quarter's meetings feel closer than the first quarter's.
    with vault.db.unit_of_work() as s:
        order = {
            r.id: i
            for i, r in enumerate(s.scalars(select(SessionRow).order_by(SessionRow.started_at)))
        }
    before = sorted(ratings["closeness-before"], key=lambda item: order[item[0]])
    quarter = len(before) // 4
    early = sum(v for _, v in before[:quarter]) / quarter
    late = sum(v for _, v in before[-quarter:]) / quarter
    assert late > early


def test_agreements_and_boundaries_read_back_through_the_services(vault: OpenVault) -> None:
    write_demo(vault, catalog().exercises, weeks=40, seed=5, now=NOW)
    active = AgreementService(vault).active()
    assert 0 < len(active) <= 6
    assert all(a.text and len(a.profile_ids) == 2 for a in active)
    boundaries = BoundaryService(vault, Keychain(vault))
    mine = [b for p in ProfileService(vault).profiles() for b in boundaries.list(p.id)]
    assert len(mine) >= 2 and all(b.words and b.action for b in mine)
    assert sum(b.uses for b in mine) >= 1


def test_the_same_seed_gives_the_same_story(service: VaultService) -> None:
    from bond.security.secrets import MemoryStore
    from bond.services.vault_files import VaultFiles
    from tests.conftest import FAST_KDF

    first = service.create(Custody(keyring=True))
    other_dir = service.files.data_dir.parent / "other"
    second = VaultService(VaultFiles(other_dir), MemoryStore(), kdf=FAST_KDF).create(
        Custody(keyring=True)
    )
    try:
        a = write_demo(first, catalog().exercises, weeks=12, seed=42, now=NOW)
        b = write_demo(second, catalog().exercises, weeks=12, seed=42, now=NOW)
        assert a == b
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("weeks", [0, -1, 521])
def test_weeks_out_of_bounds(vault: OpenVault, weeks: int) -> None:
    with pytest.raises(ValueError, match="between 1 and 520"):
        write_demo(vault, catalog().exercises, weeks=weeks, now=NOW)
    assert not is_sample(vault) and ProfileService(vault).profiles() == []


def test_one_week_and_a_vault_with_people_already(vault: OpenVault) -> None:
    summary = write_demo(vault, catalog().exercises, weeks=1, seed=1, now=NOW)
    assert summary.first_at < NOW and summary.meetings <= 1
    # A second run would mix two stories: refused, and nothing more is written.
    with pytest.raises(ValueError):
        write_demo(vault, catalog().exercises, weeks=1, seed=2, now=NOW)
    assert len(ProfileService(vault).profiles()) == 2


def test_a_missing_exercise_is_refused_before_writing(vault: OpenVault) -> None:
    exercises = dict(catalog().exercises)
    del exercises["longer-out-breath"]
    with pytest.raises(ValueError, match="longer-out-breath"):
        write_demo(vault, exercises, weeks=4, now=NOW)
    assert not is_sample(vault)


def test_a_failing_unit_rolls_the_whole_batch_back(vault: OpenVault) -> None:
    profiles = ProfileService(vault)
    with pytest.raises(BatchAborted), vault.db.batch():
        profiles.set_flag("kept-only-if-all-goes-well")
        try:  # a caller that swallows the failure still cannot commit half a batch
            with vault.db.unit_of_work():
                raise ValueError("this unit fails")
        except ValueError:
            pass
    assert not profiles.flag("kept-only-if-all-goes-well")
    with vault.db.batch():  # and the next batch starts clean
        profiles.set_flag("kept")
    assert profiles.flag("kept")


def test_ten_years_is_quick(vault: OpenVault) -> None:
    started = time.perf_counter()
    summary = write_demo(
        vault, catalog().exercises, weeks=520, seed=1, now=NOW, articles=catalog().articles
    )
    elapsed = time.perf_counter() - started
    print(f"\nwrite_demo(weeks=520): {elapsed:.2f} s, {summary.answers} answers")
    assert summary.meetings > 350
    assert elapsed < 30
