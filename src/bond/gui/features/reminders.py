"""Reminders: every half minute, even while locked, see whether a reminder is due.

The plan is in config (DECISIONS 21), so this needs no vault; with one open, a week that
already had its check-in gets no nudge. What a reminder says is neutral (PRIVACY.md).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal

from bond.domain.reminders import ReminderKind, due_kinds
from bond.gui.features.base import Context, Feature

CHECK_MS = 30_000
FIRST_CHECK_MS = 3000


class RemindersFeature(Feature):
    #: A reminder is due: its neutral words, and whether it is for the weekly check-in.
    due = Signal(str, bool)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()
            QTimer.singleShot(FIRST_CHECK_MS, self.check)

    def check(self) -> None:
        prefs = self.ctx.prefs
        now = datetime.now()
        kinds = due_kinds(prefs.reminder_plan, now, prefs.reminder_shown())
        if not kinds:
            return
        for kind in kinds:
            prefs.mark_reminder_shown(kind, now)
        vault, state = self.state.vault, self.state
        if ReminderKind.CHECK_IN not in kinds or vault is None or not state.content_ready:
            self._remind(kinds)
            return
        from bond.services.reminders import ReminderService

        check_ins = [
            e.id for e in state.catalog.exercises.values() if e.category.value == "check-ins"
        ]
        service = ReminderService(vault, check_ins)

        def checked(done: bool) -> None:
            # A week that already had its check-in needs no nudge.
            self._remind([k for k in kinds if not (done and k is ReminderKind.CHECK_IN)])

        self.shell.run(lambda: service.checked_in_this_week(now), checked)

    def _remind(self, kinds: list[ReminderKind]) -> None:
        for kind in kinds:
            check_in = kind is ReminderKind.CHECK_IN
            text = (
                self.tr("Time for your check-in")
                if check_in
                else self.tr("A moment to practise, if you like")
            )
            self.due.emit(text, check_in)
