"""Drawing open questions so a weekly habit does not repeat one within half a year.

What was used is remembered in the vault (it can reveal what a couple talked about), per bank,
as question → date last used.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import date, timedelta

from bond.content.banks import QuestionBank
from bond.services.vault_service import OnVault, OpenVault

NO_REPEAT_DAYS = 183


def _key(bank_id: str) -> str:
    return f"bank-used:{bank_id}"


class QuestionDrawer(OnVault):
    def __init__(self, vault: OpenVault, rng: random.Random | None = None) -> None:
        super().__init__(vault)
        self._rng = rng or random.Random()  # noqa: S311 - choosing questions, not secrets

    def _used(self, bank_id: str) -> dict[str, str]:
        from bond.storage.repositories import SettingsRepository

        with self._db.unit_of_work() as s:
            raw = SettingsRepository(s).get(_key(bank_id))
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            data = {}
        return data if isinstance(data, dict) else {}

    def draw(self, bank: QuestionBank, count: int, today: date | None = None) -> list[str]:
        """``count`` questions not used in the last half year (the least recent if too few)."""
        today = today or date.today()
        used = self._used(bank.id)
        cutoff = today - timedelta(days=NO_REPEAT_DAYS)
        fresh = [q for q in bank.questions if q not in used or date.fromisoformat(used[q]) < cutoff]
        if len(fresh) >= count:
            return self._rng.sample(fresh, count)
        older = sorted((q for q in bank.questions if q not in fresh), key=lambda q: used[q])
        return fresh + older[: count - len(fresh)]

    def mark_used(self, bank_id: str, questions: Sequence[str], today: date | None = None) -> None:
        from bond.storage.repositories import SettingsRepository

        if not questions:
            return
        stamp = (today or date.today()).isoformat()
        used = self._used(bank_id)
        used.update({q: stamp for q in questions})
        with self._db.unit_of_work() as s:
            SettingsRepository(s).set(_key(bank_id), json.dumps(used))
