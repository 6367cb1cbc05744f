"""Progress derived from a hand-built history, PIN-locked ratings, and a ten-year vault's speed."""

from __future__ import annotations

import statistics
import time as clock
from collections.abc import Iterator, Mapping
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import event

from bond.content.catalog import load_catalog
from bond.domain.exercises import Exercise
from bond.domain.profiles import Household
from bond.security.sealing import Binding
from bond.services.keychain import Keychain
from bond.services.pins import PinService
from bond.services.profiles import ProfileService
from bond.services.progress import AgreementCounts, ProgressService, RatingPoint
from bond.services.sessions import SessionService
from bond.services.vault_service import Custody, OpenVault, VaultService
from tests.conftest import FAST_KDF, ROOT
from tests.services.history_data import (
    add_agreement,
    add_boundary,
    add_boundary_use,
    add_session,
    build_years,
    local,
)

TODAY = date(2026, 3, 11)  # a Wednesday; its week starts on Monday 9 March
LONDON = "Europe/London"
PIN = "246810"


@pytest.fixture(scope="module")
def exercises() -> Mapping[str, Exercise]:
    return load_catalog(ROOT / "resources" / "content").exercises


@pytest.fixture
def vault(service: VaultService) -> Iterator[OpenVault]:
    opened = service.create(Custody(keyring=True))
    ProfileService(opened).set_up(Household.COUPLE, ["Sam", "Alex"])
    yield opened
    opened.close()


def people(vault: OpenVault) -> tuple[str, str]:
    a, b = ProfileService(vault).profiles()
    return a.id, b.id


class CountingKeychain(Keychain):
    """Records whose sealed items were opened, to prove what was (not) unsealed."""

    def __init__(self, vault: OpenVault) -> None:
        super().__init__(vault)
        self.opened: list[str] = []

    def open_json(self, profile_id: str, sealed: bytes, binding: Binding) -> Any:
        self.opened.append(profile_id)
        return super().open_json(profile_id, sealed, binding)


def small_history(vault: OpenVault, keys: Keychain) -> dict[str, str]:
    """A few weeks of a couple's practice, in two zones, with drafts and a paused session."""
    a, b = people(vault)
    answers = SessionService(vault, keys)
    ids: dict[str, str] = {}
    # Sunday evening in London: the week of Monday 2 March.
    ids["meeting"] = add_session(
        vault, "weekly-meeting", [a, b], local(date(2026, 3, 8), time(19), LONDON), LONDON
    )
    for step, owner, value in (
        ("distress-before", a, 5),  # a draft, replaced below: the latest answer wins
        ("distress-before", a, 7),
        ("distress-after", a, 3),
        ("closeness-before", a, 6),
        ("closeness-after", a, 8),
        ("distress-before", b, 4),
        ("distress-after", b, 2),
    ):
        answers.save_answer(ids["meeting"], step, owner, {"value": value}, private=True)
    answers.save_answer(ids["meeting"], "appreciations", a, {"text": "the tea"}, private=True)
    # 00:30 on Monday 9 March in Tokyo is still Sunday in UTC and in London: it counts in the
    # week where it was recorded. Stopped early with the answers kept: it still counts.
    ids["tokyo"] = add_session(
        vault,
        "daily-five-minutes",
        [a, b],
        local(date(2026, 3, 9), time(0, 30), "Asia/Tokyo"),
        "Asia/Tokyo",
        status="stopped",
    )
    # Paused: not practice yet.
    add_session(
        vault,
        "couple-meeting",
        [a, b],
        local(date(2026, 2, 16), time(20), LONDON),
        LONDON,
        status="paused",
    )
    # A check-in before the last 12 weeks but inside the default 26.
    add_session(vault, "weekly-meeting", [a, b], local(date(2025, 12, 1), time(19), LONDON), LONDON)
    ids["ground"] = add_session(
        vault, "ground-5-4-3-2-1", [a], local(date(2026, 2, 10), time(8), LONDON), LONDON
    )
    answers.save_answer(ids["ground"], "distress-before", a, {"value": 8}, private=True)
    answers.save_answer(ids["ground"], "distress-after", a, {"value": 4}, private=True)
    # Outside the default range: last June.
    ids["old"] = add_session(
        vault, "set-one-boundary", [b], local(date(2025, 6, 1), time(8), LONDON), LONDON
    )
    old = add_session(
        vault, "ground-5-4-3-2-1", [b], local(date(2025, 6, 2), time(8), LONDON), LONDON
    )
    answers.save_answer(old, "distress-before", b, {"value": 9}, private=True)
    # An exercise no longer installed still counts, as "other".
    add_session(vault, "from-a-removed-pack", [a], local(date(2026, 1, 5), time(8), LONDON), LONDON)

    at = local(date(2026, 1, 4), time(19), LONDON)
    add_agreement(vault, [a, b], at, LONDON, ["kept"])
    add_agreement(vault, [a, b], at, LONDON, ["not-yet", "partly"])
    add_agreement(vault, [a, b], at, LONDON, ["kept", "changed"])
    add_agreement(vault, [a, b], at, LONDON, [])  # not reviewed yet
    add_agreement(vault, [a, b], at, LONDON, ["not-yet"])
    add_agreement(vault, [a, b], local(date(2025, 6, 1), time(19), LONDON), LONDON, ["kept"])

    mine, theirs = add_boundary(vault, keys, a), add_boundary(vault, keys, b)
    for day in (date(2026, 3, 1), date(2026, 1, 10), date(2025, 5, 1)):
        add_boundary_use(vault, keys, mine, a, local(day, time(21), LONDON))
    add_boundary_use(vault, keys, theirs, b, local(date(2026, 2, 2), time(21), LONDON))
    return ids


def test_progress_counts_a_small_history(
    vault: OpenVault, exercises: Mapping[str, Exercise]
) -> None:
    keys = CountingKeychain(vault)
    ids = small_history(vault, keys)
    a, b = people(vault)
    keys.opened.clear()
    summary = ProgressService(vault, keys, exercises).summary(today=TODAY, zone=LONDON)

    assert summary.start == date(2025, 9, 15) and summary.end == TODAY
    assert len(summary.checkin_weeks) == 12
    assert summary.checkin_weeks[0][0] == date(2025, 12, 22)
    met = [monday for monday, was in summary.checkin_weeks if was]
    assert met == [date(2026, 3, 2), date(2026, 3, 9)]
    assert summary.checkin_count == 2
    assert summary.practice_by_category == {"check-ins": 3, "regulation": 1, "other": 1}
    assert summary.agreements == AgreementCounts(
        kept=1, partly=1, not_yet=1, changed=1, retired=0, not_reviewed=1
    )
    assert summary.agreements.total == 5
    assert summary.boundaries_practised == 3
    assert summary.locked_profiles == ()
    assert summary.ratings == (
        RatingPoint(ids["ground"], date(2026, 2, 10), a, "distress", 8, 4),
        RatingPoint(ids["meeting"], date(2026, 3, 8), a, "closeness", 6, 8),
        RatingPoint(ids["meeting"], date(2026, 3, 8), a, "distress", 7, 3),
        RatingPoint(ids["meeting"], date(2026, 3, 8), b, "distress", 4, 2),
    )
    # Only the latest rating answers inside the range were unsealed: no draft, no old session,
    # no appreciation text, no boundary note.
    assert sorted(keys.opened) == sorted([a] * 6 + [b] * 2)


def test_progress_for_one_profile_and_a_chosen_range(
    vault: OpenVault, exercises: Mapping[str, Exercise]
) -> None:
    keys = Keychain(vault)
    small_history(vault, keys)
    a, b = people(vault)
    service = ProgressService(vault, keys, exercises)
    mine = service.summary(profile_id=a, today=TODAY, zone=LONDON)
    assert mine.practice_by_category == {"check-ins": 3, "regulation": 1, "other": 1}
    assert {p.profile_id for p in mine.ratings} == {a}
    assert mine.boundaries_practised == 2

    theirs = service.summary(profile_id=b, start=date(2025, 5, 1), today=TODAY, zone=LONDON)
    assert theirs.practice_by_category == {"check-ins": 3, "boundaries": 1, "regulation": 1}
    assert theirs.boundaries_practised == 1
    assert [(p.measure, p.before, p.after) for p in theirs.ratings] == [
        ("distress", 9, None),
        ("distress", 4, 2),
    ]
    assert theirs.agreements.kept == 2  # last June's agreement is in this range
    assert theirs.checkin_count == 2  # the check-in weeks always end with today's week

    # A range that ends in December: one meeting, its week outside the last 12 weeks.
    december = service.summary(start=date(2025, 12, 1), end=date(2025, 12, 31), today=TODAY)
    assert december.practice_by_category == {"check-ins": 1}
    assert december.ratings == () and december.boundaries_practised == 0


def test_ratings_of_a_pin_locked_profile_are_left_out_and_named(
    vault: OpenVault, exercises: Mapping[str, Exercise]
) -> None:
    keys = CountingKeychain(vault)
    small_history(vault, keys)
    a, b = people(vault)
    pins = PinService(vault, keys, kdf=FAST_KDF)
    pins.set_pin(b, PIN)
    keys.switch_to(None)  # b is locked again; a has no PIN and opens with the vault key
    keys.opened.clear()
    service = ProgressService(vault, keys, exercises)

    summary = service.summary(today=TODAY, zone=LONDON)
    assert summary.locked_profiles == (b,)
    assert {p.profile_id for p in summary.ratings} == {a}
    assert b not in keys.opened
    # Counting needs no key: the locked profile's practice and boundary uses still count.
    assert summary.boundaries_practised == 3
    assert summary.practice_by_category["check-ins"] == 3

    alone = service.summary(profile_id=b, today=TODAY, zone=LONDON)
    assert alone.locked_profiles == (b,) and alone.ratings == ()

    pins.unlock(b, PIN)
    unlocked = service.summary(today=TODAY, zone=LONDON)
    assert unlocked.locked_profiles == ()
    assert {p.profile_id for p in unlocked.ratings} == {a, b}


def count_statements(vault: OpenVault) -> list[str]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(vault.db.engine, "before_cursor_execute", record)
    return statements


def test_a_ten_year_history_renders_fast_in_a_few_queries(
    vault: OpenVault, exercises: Mapping[str, Exercise]
) -> None:
    keys = Keychain(vault)
    a, b = people(vault)
    sizes = build_years(vault, keys, (a, b), today=TODAY, weeks=520)
    assert sizes["sessions"] >= 1900 and sizes["answers"] >= 14000
    service = ProgressService(vault, keys, exercises)
    statements = count_statements(vault)

    started = clock.perf_counter()
    first = service.summary(today=TODAY, zone=LONDON)
    cold = clock.perf_counter() - started
    queries = len(statements)
    timings = []
    for _ in range(5):
        started = clock.perf_counter()
        service.summary(today=TODAY, zone=LONDON)
        timings.append(clock.perf_counter() - started)
    warm = statistics.median(timings)
    print(
        f"\nprogress summary, 520 weeks, default range: cold {cold * 1000:.1f} ms, "
        f"warm median {warm * 1000:.1f} ms, {queries} queries, {len(first.ratings)} points"
    )

    # No query per session or per agreement: a fixed handful, however long the history.
    assert queries <= 10
    assert first.checkin_count == 12  # the solo weekly check-in happens every week
    assert len(first.ratings) == 128
    assert warm < 0.1
    assert cold < 0.25


def test_ratings_are_unsealed_once_per_unlock_and_forgotten_on_lock(
    vault: OpenVault, exercises: Mapping[str, Exercise]
) -> None:
    keys = CountingKeychain(vault)
    small_history(vault, keys)
    a, b = people(vault)
    service = ProgressService(vault, keys, exercises)
    keys.opened.clear()

    first = service.summary(today=TODAY, zone=LONDON)
    opened = len(keys.opened)
    assert opened >= 6
    assert service.summary(today=TODAY, zone=LONDON) == first
    assert len(keys.opened) == opened  # the second time, nothing is unsealed again

    keys.switch_to(None)  # no PIN: the vault key reopens them anyway, so they are kept
    assert service.summary(today=TODAY, zone=LONDON) == first
    assert len(keys.opened) == opened

    keys.forget()  # a lock forgets every unsealed value
    assert service.summary(today=TODAY, zone=LONDON) == first
    assert len(keys.opened) == 2 * opened

    pins = PinService(vault, keys, kdf=FAST_KDF)
    pins.set_pin(b, PIN)
    pins.unlock(b, PIN)
    service.summary(today=TODAY, zone=LONDON)
    assert b in keys.opened
    keys.switch_to(None)  # b's PIN-guarded values go with b's key
    keys.opened.clear()
    locked = service.summary(today=TODAY, zone=LONDON)
    assert {p.profile_id for p in locked.ratings} == {a}
    assert keys.opened == []  # a's values were still in memory; b's were not read
