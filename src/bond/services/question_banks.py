"""Drawing questions from a bank so a habit does not repeat one for as long as the bank allows.

Every question shown counts as used, picked or not. What was shown is remembered in the vault
(it can reveal what a couple talked about), per bank, as prompt id → date last shown. A vault
from before prompts had ids remembered the question's text; it is read as the prompt's id.

The rule: questions not shown for a year come first, in random order; when too few are left,
the ones shown longest ago. A bank as large as a year of its draws so never repeats one within
the year; one drawn daily and holding 90 days' worth never repeats within 90 days.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import date, timedelta

from bond.content.banks import QuestionBank
from bond.services.vault_service import OnVault, OpenVault

FRESH_AFTER_DAYS = 365


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

    def _shown(self, bank: QuestionBank) -> dict[str, date]:
        """Prompt id → the day it was last shown (texts an older vault kept, read as ids)."""
        shown: dict[str, date] = {}
        for key, stamp in self._used(bank.id).items():
            prompt_id = bank.prompt_id(key)
            try:
                day = date.fromisoformat(str(stamp))
            except ValueError:
                continue
            if prompt_id is not None and (prompt_id not in shown or shown[prompt_id] < day):
                shown[prompt_id] = day
        return shown

    def draw(self, bank: QuestionBank, count: int, today: date | None = None) -> list[str]:
        """``count`` questions, as texts, marked as shown today."""
        today = today or date.today()
        shown = self._shown(bank)
        cutoff = today - timedelta(days=FRESH_AFTER_DAYS)
        ids = [p.id for p in bank.prompts]
        fresh = [i for i in ids if i not in shown or shown[i] <= cutoff]
        if len(fresh) >= count:
            picked = self._rng.sample(fresh, count)
        else:
            older = sorted((i for i in ids if i not in fresh), key=lambda i: shown[i])
            picked = fresh + older[: count - len(fresh)]
        self.mark_used(bank, picked, today)
        text = {p.id: p.text for p in bank.prompts}
        return [text[i] for i in picked]

    def mark_used(
        self, bank: QuestionBank, prompts: Sequence[str], today: date | None = None
    ) -> None:
        """Remember ``prompts`` (ids or texts) as shown ``today``."""
        from bond.storage.repositories import SettingsRepository

        ids = [i for i in (bank.prompt_id(p) for p in prompts) if i is not None]
        if not ids:
            return
        stamp = (today or date.today()).isoformat()
        shown = {i: day.isoformat() for i, day in self._shown(bank).items()}
        shown.update(dict.fromkeys(ids, stamp))
        with self._db.unit_of_work() as s:
            SettingsRepository(s).set(_key(bank.id), json.dumps(shown))
