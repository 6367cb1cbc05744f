"""Which reminders are due, and the household's reminder plan, kept in the encrypted vault.

The plan says when the couple meets, so it stays in the vault rather than in plain settings.
A reminder is shown once per moment; a check-in already done this week needs no reminder.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select

from bond.domain.reminders import ReminderKind, ReminderPlan, due
from bond.services.vault_service import OpenVault
from bond.storage.models import SessionRow
from bond.storage.repositories import SettingsRepository

PLAN_KEY = "reminders"
_SHOWN = "reminder-shown:"


def _time(value: object, default: time) -> time:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return default


class ReminderService:
    def __init__(self, vault: OpenVault, check_in_exercises: Collection[str] = ()) -> None:
        self._db = vault.db
        self._check_ins = set(check_in_exercises)

    def plan(self) -> ReminderPlan:
        with self._db.unit_of_work() as s:
            raw = SettingsRepository(s).get(PLAN_KEY)
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

    def save(self, plan: ReminderPlan) -> None:
        data = {
            "check_in": plan.check_in,
            "weekday": plan.weekday,
            "check_in_time": plan.check_in_time.strftime("%H:%M"),
            "practice": plan.practice,
            "practice_time": plan.practice_time.strftime("%H:%M"),
        }
        with self._db.unit_of_work() as s:
            SettingsRepository(s).set(PLAN_KEY, json.dumps(data, sort_keys=True))

    def _checked_in_since(self, start: datetime) -> bool:
        if not self._check_ins:
            return False
        with self._db.unit_of_work() as s:
            found = s.scalars(
                select(SessionRow.id)
                .where(
                    SessionRow.exercise_id.in_(self._check_ins),
                    SessionRow.status == "finished",
                    SessionRow.ended_at >= start,
                )
                .limit(1)
            ).first()
        return found is not None

    def take_due(self, now: datetime) -> list[ReminderKind]:
        """Reminders due at ``now`` (naive local time); each is marked shown as it is returned."""
        plan = self.plan()
        out: list[ReminderKind] = []
        with self._db.unit_of_work() as s:
            settings = SettingsRepository(s)
            for kind in ReminderKind:
                raw = settings.get(_SHOWN + kind.value)
                last = datetime.fromisoformat(raw) if raw else None
                if due(plan, kind, now, last):
                    out.append(kind)
                    settings.set(_SHOWN + kind.value, now.isoformat(timespec="seconds"))
        if ReminderKind.CHECK_IN in out:
            monday = datetime.combine(now.date() - timedelta(days=now.weekday()), time())
            if self._checked_in_since(monday.astimezone(UTC)):
                out.remove(ReminderKind.CHECK_IN)  # already met this week: no nudge needed
        return out
