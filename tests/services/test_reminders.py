"""A check-in already done this week keeps the check-in reminder quiet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from bond.domain.profiles import Household
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


def test_checked_in_this_week(vault: OpenVault) -> None:
    now = datetime.now()
    service = ReminderService(vault, {"weekly-meeting"})
    assert not service.checked_in_this_week(now)
    a, b = (p.id for p in ProfileService(vault).profiles())
    sessions = SessionService(vault, Keychain(vault))
    paused = sessions.start("weekly-meeting", [a, b], together=True)
    sessions.pause(paused, {})
    assert not service.checked_in_this_week(now)  # started is not done
    sessions.finish(sessions.start("weekly-meeting", [a, b], together=True), {})
    assert service.checked_in_this_week(now)
    assert not service.checked_in_this_week(now + timedelta(days=7))  # a new week
    assert not ReminderService(vault, {"feeling-check"}).checked_in_this_week(now)
