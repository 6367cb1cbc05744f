"""Reminders: due while locked, the banner waits for the unlock; its words are fixed; Home names
the next check-in; the autostart entry is written and removed."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bond.domain.reminders import ReminderPlan
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.lock import LockScreen
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen


def due_now() -> ReminderPlan:
    now = datetime.now() - timedelta(minutes=1)
    return ReminderPlan(check_in=True, weekday=now.weekday(), check_in_time=now.time())


def test_a_reminder_due_while_locked_waits_for_the_unlock(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam", "Alex"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.prefs.reminder_plan = due_now()
    window.lock_now()
    window.features.reminders.check()
    qtbot.waitUntil(lambda: bool(window.notifications), timeout=10000)
    assert window.notifications == ["Time for your check-in"]
    assert isinstance(window.current_screen(), LockScreen)
    assert not window.ui.reminderBar.isVisible()  # nothing shows over the lock screen
    window._unlock_from_lock("")
    wait_for_screen(qtbot, window, HomeScreen)
    qtbot.waitUntil(window.ui.reminderBar.isVisible, timeout=5000)
    assert window.ui.reminderLabel.text() == "Time for your check-in."
    window.features.reminders.check()  # once per moment
    qtbot.wait(100)
    assert window.notifications == ["Time for your check-in"]


def test_home_names_the_next_check_in_and_settings_keep_the_plan(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam", "Alex"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    assert "No check-in day chosen" in window.features.home.screen.ui.nextLabel.text()
    window.go("settings")
    ui = window.screens["settings"].ui
    ui.checkInCheck.setChecked(True)
    ui.weekdayCombo.setCurrentIndex(6)  # Sunday
    from PySide6.QtCore import QTime

    ui.checkInTime.setTime(QTime(19, 30))
    assert window.prefs.reminder_plan == ReminderPlan(
        check_in=True, weekday=6, check_in_time=time(19, 30)
    )
    window.go("home")
    wait_for_screen(qtbot, window, HomeScreen)
    assert "Your next check-in:" in window.features.home.screen.ui.nextLabel.text()


def test_start_at_login_writes_and_removes_an_autostart_entry(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("settings")
    entry = tmp_path / "config" / "autostart" / "bond.desktop"
    window.screens["settings"].ui.autostartCheck.setChecked(True)
    text = entry.read_text(encoding="utf-8")
    assert "Exec=" in text and "Sam" not in text
    window.screens["settings"].ui.autostartCheck.setChecked(False)
    assert not entry.exists()
