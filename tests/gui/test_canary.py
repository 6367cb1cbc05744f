"""A unique canary typed into every kind of answer is found in no file Bond's folders hold, as
raw bytes or UTF-16, after locking and after quitting (PRIVACY.md, rule 1)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.domain.profiles import Household
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.lock import LockScreen
from bond.gui.screens.runner import RunnerScreen
from bond.services.exercise_flow import FrameKind
from bond.services.profiles import ProfileService
from bond.services.vault_service import Custody, VaultService
from tests.gui.conftest import WindowFactory, press, wait_for_screen

CANARY = "Quetzal-7719-canary"


def scan(folders: list[Path], canary: str = CANARY) -> list[Path]:
    """Files under ``folders`` that hold ``canary`` as UTF-8 or UTF-16 bytes."""
    hits = []
    needles = (canary.encode(), canary.encode("utf-16-le"), canary.encode("utf-16-be"))
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if path.is_file():
                raw = path.read_bytes()
                if any(n in raw for n in needles):
                    hits.append(path)
    return hits


def run_through(qtbot: QtBot, window, exercise: str, together: bool) -> None:  # type: ignore[no-untyped-def]
    window.features.exercises.start(exercise, together)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    runner = window.features.exercises.runner
    for _ in range(80):
        frame = runner.run.frame
        if frame.kind is FrameKind.DONE:
            break
        if (t := runner.run.flow.turns_state()) is not None:
            while t.phase.value != "done":
                runner.widget._primary()
        if runner.run.flow.reveal_state() is not None:
            for person in runner.run.people:
                runner._ready(person, set())
        widget = runner.widget
        if frame.kind is FrameKind.STEP and frame.step is not None:
            kind = frame.step.type.value
            if kind in ("text", "agreement"):
                widget.box.setPlainText(f"{CANARY} {kind}")
            elif kind == "boundary":
                for box in widget.boxes.values():
                    box.setPlainText(f"{CANARY} boundary")
        runner.go_next()
    runner.go_next()  # Finish
    wait_for_screen(qtbot, window, HomeScreen)


def test_the_canary_is_on_no_disk(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, paths: AppPaths
) -> None:
    vault = service.create(Custody(keyring=True))
    ProfileService(vault).set_up(Household.COUPLE, ["Sam", "Alex"])
    ProfileService(vault).set_flag("together-safety-note")
    vault.close()
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.access.choose = lambda: window.state.profiles[0].id  # the "who is doing this?" dialog
    run_through(qtbot, window, "weekly-meeting", True)  # private steps, agreement, reveal
    run_through(qtbot, window, "set-one-boundary", False)  # boundary, solo text
    run_through(qtbot, window, "repair-plan-alone", False)
    folders = [
        paths.data_dir,
        paths.config_dir,
        paths.cache_dir,
        paths.log_dir,
        paths.state_dir,
        Path(tempfile.gettempdir()),
    ]
    assert scan(folders[:-1]) == []
    # A reminder that falls due now says only what kind it is.
    from datetime import datetime, time, timedelta

    from bond.domain.reminders import ReminderPlan

    now = datetime.now() - timedelta(minutes=1)
    window.prefs.reminder_plan = ReminderPlan(
        check_in=True,
        weekday=now.weekday(),
        check_in_time=time(now.hour, now.minute),
        practice=True,
        practice_time=time(now.hour, now.minute),
    )
    window.features.reminders.check()
    qtbot.waitUntil(lambda: bool(window.notifications), timeout=10000)
    assert window.ui.reminderBar.isVisible()
    assert all(CANARY not in text and "Sam" not in text for text in window.notifications)
    assert CANARY not in window.windowTitle()
    press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(window.current_screen(), LockScreen)
    assert CANARY not in window.windowTitle()
    assert scan(folders[:-1]) == []
    window.close()
    own_temp = [
        p
        for p in Path(tempfile.gettempdir()).glob("*")
        if p.is_file() and p.stat().st_uid == os.getuid() and p.stat().st_size < 5_000_000
    ]
    assert scan(folders[:-1]) == []
    assert [p for p in own_temp if CANARY.encode() in p.read_bytes()] == []
