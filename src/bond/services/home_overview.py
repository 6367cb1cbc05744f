"""What Home shows besides the people: the next check-in, something to try, recent reading.

A suggestion is gentle and plain: a couple who have not met this week are offered their
check-in; otherwise the kind of practice done least lately, with an exercise not done lately.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from bond.domain.articles import Article
from bond.domain.exercises import Category, Exercise
from bond.domain.reminders import ReminderPlan, next_check_in
from bond.services.vault_service import OpenVault
from bond.storage.reader import format_time, parse_time

SAMPLE_KEY = "sample-data"  # set by ``bond demo``
RECENT_DAYS = 28
WEEKLY_TOGETHER = "weekly-meeting"
WEEKLY_ALONE = "weekly-check-in-alone"


@dataclass(frozen=True)
class HomeOverview:
    next_check_in: datetime | None  # naive local time
    suggestion: str | None  # exercise id
    suggest_together: bool
    recent_reading: tuple[str, ...]  # article slugs, most recent first


def is_sample(vault: OpenVault) -> bool:
    """Whether this vault holds sample data (so the app can show its banner)."""
    return vault.reader.setting(SAMPLE_KEY) == "1"


def suggest(
    exercises: Mapping[str, Exercise],
    recent: Sequence[str],
    *,
    couple: bool,
    met_this_week: bool,
) -> tuple[str | None, bool]:
    """An exercise id and whether to do it together."""
    weekly = WEEKLY_TOGETHER if couple else WEEKLY_ALONE
    if not met_this_week and weekly in exercises:
        return weekly, couple
    done = Counter(exercises[e].category for e in recent if e in exercises)
    categories = sorted(Category, key=lambda c: (done[c], list(Category).index(c)))
    for category in categories:
        for exercise in sorted(exercises.values(), key=lambda e: e.title):
            if exercise.category is not category or exercise.id in recent:
                continue
            if couple and exercise.allows(True):
                return exercise.id, True
            if exercise.allows(False):
                return exercise.id, False
    return None, False


class HomeOverviewService:
    def __init__(
        self,
        vault: OpenVault,
        exercises: Mapping[str, Exercise],
        articles: Mapping[str, Article],
    ) -> None:
        self._reader = vault.reader
        self._exercises = exercises
        self._articles = articles

    def overview(
        self, plan: ReminderPlan, *, couple: bool, now: datetime | None = None
    ) -> HomeOverview:
        now = now or datetime.now()
        monday = datetime.combine(now.date() - timedelta(days=now.weekday()), time())
        since = (now - timedelta(days=RECENT_DAYS)).astimezone(UTC)
        # Plain SQL through the vault's reader: Home is filled before SQLAlchemy is loaded.
        rows = self._reader.rows(
            "SELECT exercise_id, status, ended_at FROM sessions WHERE started_at >= ?"
            " ORDER BY started_at DESC",
            (format_time(since),),
        )
        reading = self._reader.rows(
            "SELECT slug FROM reading_state WHERE position > 0 ORDER BY updated_at DESC LIMIT 12"
        )
        recent = [exercise_id for exercise_id, _status, _ended in rows]
        week_start = monday.astimezone(UTC).replace(tzinfo=None)
        check_ins = self._check_ins()
        met = any(
            exercise_id in check_ins
            and status == "finished"
            and (ended := parse_time(ended_at)) is not None
            and ended.replace(tzinfo=None) >= week_start
            for exercise_id, status, ended_at in rows
        )
        suggestion, together = suggest(self._exercises, recent, couple=couple, met_this_week=met)
        slugs: list[str] = []
        # Reading belongs to a profile and shows only while it is active (DECISIONS 1): a shared
        # Home for two lists none; the library shows each reader their own.
        for (slug,) in [] if couple else reading:
            article = self._articles.get(slug)
            if article is not None and not article.leave_no_trace and slug not in slugs:
                slugs.append(slug)
        return HomeOverview(next_check_in(plan, now), suggestion, together, tuple(slugs[:3]))

    def _check_ins(self) -> Collection[str]:
        return {e.id for e in self._exercises.values() if e.category is Category.CHECK_INS}
