"""Reminders: a weekly check-in at a day and time the couple chose, and an optional daily nudge.

Plain values and arithmetic in local time; the clock and the window belong to the GUI. The plan
lives in the non-private config, so a reminder can come while the vault is still locked
(DECISIONS 21); it holds only days and times.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import datetime, time, timedelta

# A reminder stays "due" this long after its moment, so a Bond started a little late still says it.
GRACE = timedelta(hours=6)


class ReminderKind(enum.StrEnum):
    CHECK_IN = "check-in"
    PRACTICE = "practice"


@dataclass(frozen=True)
class ReminderPlan:
    """What the household chose. ``weekday`` is 0 for Monday, as in ``date.weekday()``."""

    check_in: bool = False
    weekday: int = 6
    check_in_time: time = time(19, 0)
    practice: bool = False
    practice_time: time = time(9, 0)

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")


def next_check_in(plan: ReminderPlan, now: datetime) -> datetime | None:
    """The next weekly check-in moment at or after ``now`` (naive local times)."""
    if not plan.check_in:
        return None
    days = (plan.weekday - now.weekday()) % 7
    moment = datetime.combine(now.date() + timedelta(days=days), plan.check_in_time)
    if moment < now:
        moment += timedelta(days=7)
    return moment


def latest_moment(plan: ReminderPlan, kind: ReminderKind, now: datetime) -> datetime | None:
    """The most recent moment of this reminder at or before ``now`` (naive local times)."""
    if kind is ReminderKind.CHECK_IN:
        if not plan.check_in:
            return None
        days = (now.weekday() - plan.weekday) % 7
        moment = datetime.combine(now.date() - timedelta(days=days), plan.check_in_time)
        return moment if moment <= now else moment - timedelta(days=7)
    if not plan.practice:
        return None
    moment = datetime.combine(now.date(), plan.practice_time)
    return moment if moment <= now else moment - timedelta(days=1)


def due(plan: ReminderPlan, kind: ReminderKind, now: datetime, last_shown: datetime | None) -> bool:
    """Due when its moment has come, not long ago, and it was not shown for that moment."""
    moment = latest_moment(plan, kind, now)
    if moment is None or now - moment > GRACE:
        return False
    return last_shown is None or last_shown < moment


def plan_to_json(plan: ReminderPlan) -> str:
    return json.dumps(
        {
            "check_in": plan.check_in,
            "weekday": plan.weekday,
            "check_in_time": plan.check_in_time.strftime("%H:%M"),
            "practice": plan.practice,
            "practice_time": plan.practice_time.strftime("%H:%M"),
        },
        sort_keys=True,
    )


def _time(value: object, default: time) -> time:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return default


def plan_from_json(raw: str | None) -> ReminderPlan:
    """A saved plan, or the default (nothing on) when it is missing or unreadable."""
    default = ReminderPlan()
    try:
        data = json.loads(raw) if raw else {}
        weekday = int(data.get("weekday", default.weekday))
        return ReminderPlan(
            check_in=bool(data.get("check_in", False)),
            weekday=weekday if 0 <= weekday <= 6 else default.weekday,
            check_in_time=_time(data.get("check_in_time"), default.check_in_time),
            practice=bool(data.get("practice", False)),
            practice_time=_time(data.get("practice_time"), default.practice_time),
        )
    except (ValueError, TypeError, AttributeError):
        return default


def due_kinds(
    plan: ReminderPlan, now: datetime, shown: dict[ReminderKind, datetime | None]
) -> list[ReminderKind]:
    return [kind for kind in ReminderKind if due(plan, kind, now, shown.get(kind))]
