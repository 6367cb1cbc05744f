"""The reminder plan lives in the vault; a reminder is handed out once, and not after a check-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest

from bond.domain.profiles import Household
from bond.domain.reminders import ReminderKind, ReminderPlan
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.reminders import ReminderService
from bond.services.sessions import SessionService
from bond.services.vault_service import Custody, OpenVault, VaultService


@pytest.fixture
def vault(service: VaultService) -> Iterator[OpenVault]:
    opened = service.create(Custody(keyring=True))
    ProfileService(opened).set_up(Household.COUPLE, ["Sam", "Alex"])
    yield opened
    opened.close()


def test_plan_round_trip_and_defaults(vault: OpenVault) -> None:
    service = ReminderService(vault)
    assert service.plan() == ReminderPlan()
    plan = ReminderPlan(check_in=True, weekday=2, check_in_time=time(20, 15), practice=True)
    service.save(plan)
    assert ReminderService(vault).plan() == plan


def test_due_once_and_skipped_after_this_weeks_check_in(vault: OpenVault) -> None:
    today = datetime.now().replace(second=0, microsecond=0)
    service = ReminderService(vault, {"weekly-meeting"})
    service.save(ReminderPlan(check_in=True, weekday=today.weekday(), check_in_time=time(0, 0)))
    at = datetime.combine(today.date(), time(0, 0)) + timedelta(minutes=30)
    assert service.take_due(at) == [ReminderKind.CHECK_IN]
    assert service.take_due(at + timedelta(minutes=5)) == []  # shown once per moment

    a, b = (p.id for p in ProfileService(vault).profiles())
    sessions = SessionService(vault, Keychain(vault))
    sid = sessions.start("weekly-meeting", [a, b], together=True)
    sessions.finish(sid, {})
    next_week = at + timedelta(days=7)
    assert ReminderService(vault, {"weekly-meeting"}).take_due(next_week) == [
        ReminderKind.CHECK_IN
    ]  # a new week, no check-in yet in it (the finished one was last week)


def test_no_check_in_reminder_once_the_week_has_its_check_in(vault: OpenVault) -> None:
    today = datetime.now().replace(second=0, microsecond=0)
    a, b = (p.id for p in ProfileService(vault).profiles())
    sessions = SessionService(vault, Keychain(vault))
    sessions.finish(sessions.start("weekly-meeting", [a, b], together=True), {})
    service = ReminderService(vault, {"weekly-meeting"})
    service.save(ReminderPlan(check_in=True, weekday=today.weekday(), check_in_time=time(0, 0)))
    assert service.take_due(datetime.combine(today.date(), time(0, 30))) == []
