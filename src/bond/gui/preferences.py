"""Non-private preferences (theme, text size, language, support region, window size) in an INI
file.

Nothing here may reveal what anyone wrote or did (PRIVACY.md "On disk"): no names, no exercise
titles, no drafts. Private settings live in the vault.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from bond.domain.reminders import ReminderKind, ReminderPlan, plan_from_json, plan_to_json

#: The themes Bond can apply (gui/design/tokens.py), and what a person may choose in Settings:
#: "system" follows the computer's colour scheme and contrast preference (DECISIONS 32).
THEMES = ("light", "dark", "high-contrast")
THEME_CHOICES = ("system", *THEMES)
#: "system" follows the computer's language; the others name a translation Bond ships.
LANGUAGES = ("system", "en", "es")
MIN_SCALE, MAX_SCALE, SCALE_STEP = 100, 200, 10


class Preferences:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._s = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def theme(self) -> str:
        """The person's choice: "system" (the default) or one of ``THEMES``."""
        value = str(self._s.value("appearance/theme", "system"))
        return value if value in THEME_CHOICES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value in THEME_CHOICES:
            self._s.setValue("appearance/theme", value)

    @property
    def applied_theme(self) -> str:
        """The theme last applied, whatever chose it: the next start shows it before its first
        frame, before the system's colour scheme can be asked (DECISIONS 32)."""
        value = str(self._s.value("appearance/applied_theme", "light"))
        return value if value in THEMES else "light"

    @applied_theme.setter
    def applied_theme(self, value: str) -> None:
        if value in THEMES and value != self.applied_theme:
            self._s.setValue("appearance/applied_theme", value)

    @property
    def text_scale(self) -> int:
        try:
            value = int(str(self._s.value("appearance/text_scale", MIN_SCALE)))
        except ValueError:
            value = MIN_SCALE
        return max(MIN_SCALE, min(MAX_SCALE, value))

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self._s.setValue("appearance/text_scale", max(MIN_SCALE, min(MAX_SCALE, int(value))))

    @property
    def reduced_motion(self) -> bool:
        return str(self._s.value("appearance/reduced_motion", "false")).lower() == "true"

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        self._s.setValue("appearance/reduced_motion", "true" if value else "false")

    @property
    def language(self) -> str:
        value = str(self._s.value("appearance/language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value in LANGUAGES:
            self._s.setValue("appearance/language", value)

    @property
    def idle_minutes(self) -> int:
        try:
            value = int(str(self._s.value("privacy/idle_lock_minutes", 5)))
        except ValueError:
            value = 5
        return max(0, min(120, value))

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._s.setValue("privacy/idle_lock_minutes", max(0, min(120, int(value))))

    @property
    def region(self) -> str | None:
        value = self._s.value("support/region")
        return str(value) if value else None

    @region.setter
    def region(self, value: str) -> None:
        self._s.setValue("support/region", value)

    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def sync(self) -> None:
        self._s.sync()

    def forget_all(self) -> None:
        """Back to every default, written out now: a hand-back deletes the file afterwards, and
        nothing of the last person's choices may be written back when Bond closes."""
        self._s.clear()
        self._s.sync()

    # -- reminders (days and times only; DECISIONS 21) ---------------------------------------
    @property
    def reminder_plan(self) -> ReminderPlan:
        return plan_from_json(str(self._s.value("reminders/plan", "")) or None)

    @reminder_plan.setter
    def reminder_plan(self, plan: ReminderPlan) -> None:
        self._s.setValue("reminders/plan", plan_to_json(plan))

    def reminder_shown(self) -> dict[ReminderKind, datetime | None]:
        out: dict[ReminderKind, datetime | None] = {}
        for kind in ReminderKind:
            raw = str(self._s.value(f"reminders/shown-{kind.value}", ""))
            try:
                out[kind] = datetime.fromisoformat(raw) if raw else None
            except ValueError:
                out[kind] = None
        return out

    def mark_reminder_shown(self, kind: ReminderKind, when: datetime) -> None:
        self._s.setValue(f"reminders/shown-{kind.value}", when.isoformat(timespec="seconds"))
