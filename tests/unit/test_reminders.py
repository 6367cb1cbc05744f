"""Reminder arithmetic in local time: the next check-in, what is due, and only once."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bond.domain.reminders import (
    ReminderKind,
    ReminderPlan,
    due,
    latest_moment,
    next_check_in,
)

SUNDAY_7PM = ReminderPlan(check_in=True, weekday=6, check_in_time=time(19, 0))


def test_next_check_in_is_the_coming_sunday_evening() -> None:
    wednesday = datetime(2026, 11, 25, 10, 0)
    assert next_check_in(SUNDAY_7PM, wednesday) == datetime(2026, 11, 29, 19, 0)
    sunday_late = datetime(2026, 11, 29, 20, 0)
    assert next_check_in(SUNDAY_7PM, sunday_late) == datetime(2026, 12, 6, 19, 0)
    assert next_check_in(ReminderPlan(), wednesday) is None


def test_due_once_per_moment_and_not_long_after() -> None:
    moment = datetime(2026, 11, 29, 19, 0)
    assert not due(SUNDAY_7PM, ReminderKind.CHECK_IN, moment - timedelta(minutes=1), None)
    assert due(SUNDAY_7PM, ReminderKind.CHECK_IN, moment, None)
    assert due(SUNDAY_7PM, ReminderKind.CHECK_IN, moment + timedelta(hours=2), None)
    assert not due(SUNDAY_7PM, ReminderKind.CHECK_IN, moment + timedelta(hours=2), moment)
    assert not due(SUNDAY_7PM, ReminderKind.CHECK_IN, moment + timedelta(hours=7), None)
    assert not due(SUNDAY_7PM, ReminderKind.PRACTICE, moment, None)  # not chosen


def test_a_daily_practice_reminder() -> None:
    plan = ReminderPlan(practice=True, practice_time=time(9, 30))
    morning = datetime(2026, 11, 25, 9, 45)
    assert latest_moment(plan, ReminderKind.PRACTICE, morning) == datetime(2026, 11, 25, 9, 30)
    assert due(plan, ReminderKind.PRACTICE, morning, datetime(2026, 11, 24, 9, 31))
    early = datetime(2026, 11, 25, 8, 0)
    assert latest_moment(plan, ReminderKind.PRACTICE, early) == datetime(2026, 11, 24, 9, 30)


def test_a_weekday_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError):
        ReminderPlan(weekday=7)


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(0, 6),
    st.times(),
)
def test_the_next_moment_is_within_a_week_on_the_chosen_day(
    now: datetime, weekday: int, at: time
) -> None:
    plan = ReminderPlan(check_in=True, weekday=weekday, check_in_time=at)
    moment = next_check_in(plan, now)
    assert moment is not None
    assert now <= moment < now + timedelta(days=7, seconds=1)
    assert moment.weekday() == weekday and moment.time() == at
    latest = latest_moment(plan, ReminderKind.CHECK_IN, now)
    assert latest is not None and latest <= now < latest + timedelta(days=7)


def test_the_plan_survives_a_round_trip_and_bad_config_falls_back() -> None:
    from bond.domain.reminders import due_kinds, plan_from_json, plan_to_json

    plan = ReminderPlan(check_in=True, weekday=2, check_in_time=time(20, 15), practice=True)
    assert plan_from_json(plan_to_json(plan)) == plan
    assert plan_from_json(None) == ReminderPlan()
    assert plan_from_json("{not json") == ReminderPlan()
    assert plan_from_json('{"weekday": 9, "check_in": true}').weekday == ReminderPlan().weekday
    moment = datetime(2026, 11, 25, 20, 30)
    assert due_kinds(plan, moment, {}) == [ReminderKind.CHECK_IN]
    assert due_kinds(plan, moment, {ReminderKind.CHECK_IN: moment}) == []
