"""Days and weeks in the local time where something happened (DECISIONS 21).

Moments are stored in UTC with the IANA zone they were recorded in. A day is the local date in
that zone, and a week is named by its local Monday, so daylight-saving changes and travel never
lose or double a week: each event lands in exactly one local date, and each date in exactly one
Monday-started (ISO) week.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The widest offsets in use (UTC-12 to UTC+14): a local date is certainly inside the UTC
# window from its start minus this much to its end plus this much.
WIDEST_OFFSET = timedelta(hours=14)


@lru_cache(maxsize=64)
def zone_of(name: str | None) -> tzinfo:
    """The named IANA zone; an unknown, empty or malformed name falls back to UTC."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; Bond always writes UTC, so naive means UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def local_day(moment_utc: datetime, zone: str | None) -> date:
    """The calendar date at ``moment_utc`` in ``zone``."""
    return as_utc(moment_utc).astimezone(zone_of(zone)).date()


def week_start(day: date) -> date:
    """The Monday of the week holding ``day``."""
    return day - timedelta(days=day.weekday())


def week_key(moment_utc: datetime, zone: str | None) -> date:
    """The week of ``moment_utc``, named by its local Monday in ``zone``."""
    return week_start(local_day(moment_utc, zone))


def last_weeks(today: date, n: int) -> list[date]:
    """The Mondays of the last ``n`` weeks, oldest first, ending with the week of ``today``."""
    this_week = week_start(today)
    return [this_week - timedelta(weeks=i) for i in range(n - 1, -1, -1)]


def utc_window(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """A UTC window that surely holds every moment whose local date (in any zone) falls within
    ``start``..``end`` inclusive; narrow it down afterwards with :func:`local_day`."""
    low = None if start is None else datetime.combine(start, time(), UTC) - WIDEST_OFFSET
    high = (
        None
        if end is None
        else datetime.combine(end + timedelta(days=1), time(), UTC) + WIDEST_OFFSET
    )
    return low, high
