"""Weeks in local time: daylight saving and travel neither lose nor double a week."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bond.domain.weeks import last_weeks, local_day, utc_window, week_key, week_start, zone_of

# Real zones with daylight saving in either hemisphere, half- and quarter-hour offsets, a
# 30-minute DST shift (Lord Howe), DST changes at midnight (Havana, Santiago, Asuncion) and the
# far side of the date line (Tongatapu, Kiritimati).
ZONES = [
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Africa/Casablanca",
    "America/New_York",
    "America/St_Johns",
    "America/Los_Angeles",
    "America/Havana",
    "America/Sao_Paulo",
    "America/Santiago",
    "America/Asuncion",
    "Pacific/Honolulu",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tehran",
    "Asia/Tokyo",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
    "Australia/Sydney",
    "Pacific/Chatham",
    "Pacific/Auckland",
    "Pacific/Tongatapu",
    "Pacific/Kiritimati",
]

zones = st.sampled_from(ZONES)
# From 1996: Kiritimati skipped a whole day at the end of 1994; none of these zones has since.
start_days = st.dates(min_value=date(1996, 1, 1), max_value=date(2060, 1, 1))


def at_local(day: date, clock: time, zone: str) -> datetime:
    """The UTC moment a session recorded at ``clock`` on ``day`` in ``zone`` would store."""
    return datetime.combine(day, clock, ZoneInfo(zone)).astimezone(UTC)


def assert_weeks_follow_each_other(days: list[date], keys: list[date]) -> None:
    counts = Counter(keys)
    mondays = sorted(counts)
    assert mondays == [mondays[0] + timedelta(weeks=i) for i in range(len(mondays))]
    assert all(k.weekday() == 0 for k in mondays)
    # Every week between the first and the last has exactly its seven days: none lost, none
    # doubled; the first and last weeks hold the days of the span that fall in them.
    for monday in mondays:
        expected = sum(1 for d in days if week_start(d) == monday)
        assert counts[monday] == expected
    assert all(counts[m] == 7 for m in mondays[1:-1])
    assert keys == sorted(keys)


@settings(max_examples=60, deadline=None)
@given(zone=zones, first=start_days)
def test_daily_sessions_at_local_noon_give_one_key_per_seven_days(zone: str, first: date) -> None:
    days = [first + timedelta(days=i) for i in range(2 * 365 + 1)]
    keys = [week_key(at_local(d, time(12), zone), zone) for d in days]
    assert [local_day(at_local(d, time(12), zone), zone) for d in days] == days
    assert_weeks_follow_each_other(days, keys)
    assert len(set(keys)) in {105, 106}  # 731 days span 105 or 106 weeks


@settings(max_examples=80, deadline=None)
@given(
    first=start_days,
    trip=st.lists(
        st.tuples(zones, st.integers(0, 23), st.integers(0, 59)), min_size=10, max_size=60
    ),
)
def test_travelling_every_day_keeps_every_week_once(
    first: date, trip: list[tuple[str, int, int]]
) -> None:
    """One session a day, each recorded in whatever zone the couple is in that day and at any
    hour (00:30 on a Monday included): each lands in the week of its own local date."""
    days = [first + timedelta(days=i) for i in range(len(trip))]
    keys = []
    for day, (zone, hour, minute) in zip(days, trip, strict=True):
        moment = at_local(day, time(hour, minute), zone)
        assert local_day(moment, zone) == day
        keys.append(week_key(moment, zone))
    assert_weeks_follow_each_other(days, keys)


def test_half_past_midnight_on_a_monday_counts_in_that_week() -> None:
    """The first Monday after a DST change (or in an odd offset): 00:30 counts in the new week
    and 23:59 the evening before in the old one, though UTC puts one of them in the other."""
    for zone, monday in (
        ("Pacific/Chatham", date(2025, 9, 29)),
        ("America/St_Johns", date(2025, 3, 10)),
        ("Australia/Lord_Howe", date(2025, 10, 6)),
        ("Asia/Kathmandu", date(2025, 6, 2)),
    ):
        moment = at_local(monday, time(0, 30), zone)
        assert week_key(moment, zone) == monday
        just_before = at_local(monday - timedelta(days=1), time(23, 59), zone)
        assert week_key(just_before, zone) == monday - timedelta(weeks=1)
        utc_keys = (week_key(moment, "UTC"), week_key(just_before, "UTC"))
        assert utc_keys != (monday, monday - timedelta(weeks=1))


def test_the_same_moment_falls_in_the_week_where_it_was_recorded() -> None:
    """Sunday evening in London is already Monday in Sydney; each zone keeps its own week."""
    moment = datetime(2026, 3, 8, 22, 30, tzinfo=UTC)  # a Sunday
    assert week_key(moment, "Europe/London") == date(2026, 3, 2)
    assert week_key(moment, "Australia/Sydney") == date(2026, 3, 9)


def test_unknown_or_malformed_zones_fall_back_to_utc_and_naive_means_utc() -> None:
    moment = datetime(2026, 3, 8, 23, 30)  # naive, as SQLite returns it: UTC
    for name in ("Mars/Olympus_Mons", "", None, "../../etc/passwd", "Europe/"):
        assert zone_of(name) is UTC
        assert local_day(moment, name) == date(2026, 3, 8)
    assert local_day(moment, "Asia/Tokyo") == date(2026, 3, 9)


def test_week_start_and_last_weeks() -> None:
    assert week_start(date(2026, 3, 8)) == date(2026, 3, 2)  # Sunday -> Monday before
    assert week_start(date(2026, 3, 9)) == date(2026, 3, 9)
    weeks = last_weeks(date(2026, 3, 11), 12)
    assert len(weeks) == 12 and weeks[-1] == date(2026, 3, 9)
    assert weeks[0] == date(2025, 12, 22)
    assert all(b - a == timedelta(weeks=1) for a, b in itertools.pairwise(weeks))
    assert last_weeks(date(2026, 3, 11), 0) == []


@settings(max_examples=60, deadline=None)
@given(zone=zones, day=start_days, clock=st.times())
def test_utc_window_holds_every_moment_of_a_local_date(zone: str, day: date, clock: time) -> None:
    moment = at_local(day, clock, zone)
    low, high = utc_window(day, day)
    assert low is not None and high is not None
    if local_day(moment, zone) == day:
        assert low <= moment < high
