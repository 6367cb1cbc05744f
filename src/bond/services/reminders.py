"""Whether the week already has its check-in, so that a due reminder can stay quiet."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select

from bond.services.vault_service import OnVault, OpenVault
from bond.storage.models import SessionRow


def week_start_utc(now: datetime) -> datetime:
    """Monday 00:00 of ``now``'s local week (``now`` naive local time), in UTC."""
    monday = datetime.combine(now.date() - timedelta(days=now.weekday()), time())
    return monday.astimezone(UTC)


class ReminderService(OnVault):
    def __init__(self, vault: OpenVault, check_in_exercises: Collection[str]) -> None:
        super().__init__(vault)
        self._check_ins = set(check_in_exercises)

    def checked_in_this_week(self, now: datetime) -> bool:
        if not self._check_ins:
            return False
        with self._db.unit_of_work() as s:
            found = s.scalars(
                select(SessionRow.id)
                .where(
                    SessionRow.exercise_id.in_(self._check_ins),
                    SessionRow.status == "finished",
                    SessionRow.ended_at >= week_start_utc(now),
                )
                .limit(1)
            ).first()
        return found is not None
