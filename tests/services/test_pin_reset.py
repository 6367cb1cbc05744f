"""'Forgot the PIN' as DECISIONS 37 says: asked for without the PIN, completed only after 24
counted hours, shown to the owner at their next unlock, cancelled by the right PIN, kept in the
vault across a restart, and never shortened by a clock set back."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from bond.domain.pin_reset import RESET_WAIT, ResetClock, observe, start
from bond.domain.pins import PinMismatchError
from bond.domain.profiles import Household
from bond.services import startup
from bond.services.agreements import AgreementService
from bond.services.boundaries import BoundaryService
from bond.services.keychain import Keychain, LockedProfileError
from bond.services.pin_reset import NoPinError, PinResetService
from bond.services.pins import PinService
from bond.services.profiles import ProfileService
from bond.services.sessions import AnswerKey, SessionService
from bond.services.vault_service import Custody, OpenVault, VaultService
from tests.conftest import FAST_KDF

PIN = "482913"
NOTE = "only Sam should read this"
HOUR = timedelta(hours=1)


class Clock:
    """A clock the test moves. It starts a minute after the real time: later than anything the
    services stamp with the real clock, and the reading Bond takes at each start (with the real
    clock) is then one it has already passed, which counts nothing."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)

    def __call__(self) -> datetime:
        return self.now


# -- the clock alone (plain values) -----------------------------------------------------------
T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_the_wait_is_24_counted_hours() -> None:
    clock = start(T0)
    assert not observe(clock, T0 + 23 * HOUR).due
    assert observe(clock, T0 + 24 * HOUR).due
    # Readings along the way add up to the same.
    for hour in range(1, 24):
        clock = observe(clock, T0 + hour * HOUR)
    assert not clock.due and clock.remaining == HOUR
    assert observe(clock, T0 + 24 * HOUR).due


def test_a_clock_set_back_counts_nothing_for_the_jump() -> None:
    clock = observe(start(T0), T0 + 10 * HOUR)
    back = observe(clock, T0 - timedelta(days=365))
    assert back.remaining == 14 * HOUR and not back.due
    # And the set-back clock's own run is counted, so the wait does not stretch for ever...
    assert not observe(back, T0 - timedelta(days=365) + 13 * HOUR).due
    assert observe(back, T0 - timedelta(days=365) + 14 * HOUR).due


def test_a_clock_set_back_then_put_right_gains_nothing() -> None:
    clock = observe(start(T0), T0 + 10 * HOUR)
    back = observe(clock, T0 - timedelta(days=365))
    back = observe(back, T0 - timedelta(days=365) + 5 * HOUR)
    assert back.remaining == 9 * HOUR
    # Put right an hour after the last real reading: the same hours are not counted twice.
    right = observe(back, T0 + 11 * HOUR)
    assert right.remaining == 13 * HOUR and not right.due


def test_asking_with_the_clock_set_back_counts_from_the_latest_time_the_vault_saw() -> None:
    """Set the clock back a year, ask, put the clock right: the reset must not be due."""
    asked = start(T0 - timedelta(days=365), latest_seen=T0)
    assert asked.requested_at == T0 - timedelta(days=365)  # what the clock said, for the notice
    assert not observe(asked, T0 + HOUR).due
    assert observe(asked, T0 + HOUR).remaining == 23 * HOUR


def test_a_damaged_stored_clock_neither_completes_nor_disappears() -> None:
    stored = start(T0).to_json()
    stored["counted"] = -1e12
    assert ResetClock.from_json(stored).remaining == RESET_WAIT
    stored["counted"] = 1e300
    assert ResetClock.from_json(stored).remaining == timedelta(0)  # clamped, not an overflow
    with pytest.raises(ValueError):
        ResetClock.from_json({"requested_at": "yesterday"})


def test_the_reset_logic_imports_no_qt() -> None:
    code = (
        "import sys\n"
        "import bond.domain.pin_reset, bond.services.pin_reset, bond.services.sealed_items\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# -- against a real vault ---------------------------------------------------------------------
@pytest.fixture
def vault(service: VaultService) -> Iterator[OpenVault]:
    opened = service.create(Custody(keyring=True))
    ProfileService(opened).set_up(Household.COUPLE, ["Sam", "Alex"])
    yield opened
    opened.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def people(vault: OpenVault) -> tuple[str, str]:
    a, b = ProfileService(vault).profiles()
    return a.id, b.id


def write_private(vault: OpenVault, keys: Keychain, who: str) -> str:
    sessions = SessionService(vault, keys)
    sid = sessions.start("check-in-alone", [who], together=False)
    sessions.save_answer(sid, "feel", who, {"text": NOTE}, private=True)
    return sid


def with_pin(vault: OpenVault, clock: Clock) -> tuple[str, str, Keychain, str, str]:
    """Sam and Alex each wrote privately; Sam has a PIN and is locked again."""
    sam, alex = people(vault)
    keys = Keychain(vault)
    sam_session = write_private(vault, keys, sam)
    alex_session = write_private(vault, keys, alex)
    BoundaryService(vault, keys).save(sam, {"words": NOTE, "action": ""})
    AgreementService(vault).add("a walk on Sundays", [sam, alex])
    PinService(vault, keys, kdf=FAST_KDF, clock=clock).set_pin(sam, PIN)
    keys.forget()
    return sam, alex, keys, sam_session, alex_session


def test_a_reset_is_asked_without_the_pin_and_shown_to_the_owner(
    vault: OpenVault, clock: Clock
) -> None:
    sam, alex, keys, _s, _a = with_pin(vault, clock)
    resets = PinResetService(vault, keys, clock=clock)
    asked_at = clock.now
    notice = resets.request(sam)
    assert notice.requested_at == asked_at and notice.remaining_seconds == 24 * 3600
    with pytest.raises(NoPinError):
        resets.request(alex)  # no PIN, nothing to reset

    clock.now += 3 * HOUR
    status = resets.check(sam)  # what the owner's unlock shows
    assert status.pending is not None and status.completed_at is None
    assert status.pending.requested_at == asked_at
    assert status.pending.remaining_seconds == 21 * 3600
    # Asking again neither restarts nor shortens the wait.
    assert resets.request(sam).requested_at == asked_at
    assert resets.check(sam).pending.remaining_seconds == 21 * 3600  # type: ignore[union-attr]
    # Nothing was deleted yet; the PIN still opens everything.
    assert PinService(vault, keys, kdf=FAST_KDF, clock=clock).state(sam).has_pin


def test_the_right_pin_cancels_it_and_a_wrong_one_does_not(vault: OpenVault, clock: Clock) -> None:
    sam, _alex, keys, sam_session, _a = with_pin(vault, clock)
    resets = PinResetService(vault, keys, clock=clock)
    pins = PinService(vault, keys, kdf=FAST_KDF, clock=clock)
    resets.request(sam)
    clock.now += 2 * HOUR
    with pytest.raises(PinMismatchError):
        pins.unlock(sam, "000000")
    assert resets.check(sam).pending is not None
    assert pins.unlock(sam, PIN) is True  # cancelled
    assert resets.check(sam).pending is None
    clock.now += 48 * HOUR
    assert resets.check(sam).completed_at is None  # nothing left to complete
    answers = SessionService(vault, keys).answers(sam_session, [sam])
    assert answers[AnswerKey("feel", sam)] == {"text": NOTE}
    keys.forget()
    assert pins.unlock(sam, PIN) is False  # nothing to cancel the second time


def test_after_the_wait_the_reset_completes_and_deletes_only_that_profiles_items(
    vault: OpenVault, clock: Clock
) -> None:
    sam, alex, keys, sam_session, alex_session = with_pin(vault, clock)
    resets = PinResetService(vault, keys, clock=clock)
    resets.request(sam)
    clock.now += 23 * HOUR + 59 * timedelta(minutes=1)
    assert resets.check(sam).pending is not None
    clock.now += timedelta(minutes=1)  # the clock moved forward: 24 hours
    status = resets.check(sam)
    assert status.pending is None and status.completed_at == clock.now and status.deleted == 2

    pins = PinService(vault, keys, kdf=FAST_KDF, clock=clock)
    assert not pins.state(sam).has_pin
    sessions = SessionService(vault, keys)
    assert sessions.answers(sam_session, [sam]) == {}
    assert BoundaryService(vault, keys).list(sam) == []
    assert sessions.answers(alex_session, [alex])[AnswerKey("feel", alex)] == {"text": NOTE}
    assert [a.text for a in AgreementService(vault).active()] == ["a walk on Sundays"]
    # It is told to whoever opens Sam's profile until Sam sets a PIN again; Sam can write
    # privately again, with fresh keys.
    assert resets.check(sam).completed_at == clock.now
    write_private(vault, keys, sam)
    assert resets.check(sam).completed_at == clock.now
    pins.set_pin(sam, PIN)
    assert resets.check(sam).completed_at is None


def test_a_clock_set_back_does_not_complete_it_early(vault: OpenVault, clock: Clock) -> None:
    sam, _alex, keys, _s, _a = with_pin(vault, clock)
    resets = PinResetService(vault, keys, clock=clock)
    real = clock.now
    # The clock is set back a year, the reset asked for, and the clock put right again.
    clock.now = real - timedelta(days=365)
    resets.request(sam)
    clock.now = real + HOUR
    status = resets.check(sam)
    assert status.pending is not None and status.pending.remaining_seconds > 22 * 3600
    # Set back again after some counted hours: still not complete, nothing was lost either.
    clock.now = real + 10 * HOUR
    resets.check(sam)
    clock.now = real - timedelta(days=30)
    status = resets.check(sam)
    assert status.pending is not None and status.completed_at is None
    assert PinService(vault, keys, kdf=FAST_KDF, clock=clock).state(sam).has_pin
    # The set-back clock runs on: the wait ends after the remaining counted hours, no later.
    clock.now += timedelta(hours=14) - timedelta(minutes=1)
    assert resets.check(sam).pending is not None
    clock.now += timedelta(minutes=1)
    assert resets.check(sam).completed_at is not None


def test_it_survives_a_restart_and_the_vault_passphrase_does_not_skip_it(
    service: VaultService, clock: Clock
) -> None:
    vault = service.create(Custody(keyring=True, passphrase="a long vault passphrase"))
    ProfileService(vault).set_up(Household.COUPLE, ["Sam", "Alex"])
    sam, _alex, keys, sam_session, _a = with_pin(vault, clock)
    PinResetService(vault, keys, clock=clock).request(sam)
    vault.close()

    # Reopened with the vault passphrase (which both partners may know) an hour later.
    clock.now += HOUR
    result = startup.unlock_with_passphrase(service, "a long vault passphrase")
    again = result.vault
    assert again is not None
    try:
        keys = Keychain(again)
        with pytest.raises(LockedProfileError):
            keys.private_key(sam)  # the passphrase opens the vault, not Sam's private items
        resets = PinResetService(again, keys, clock=clock)
        status = resets.check(sam)
        assert status.pending is not None and status.pending.remaining_seconds == 23 * 3600
        clock.now += 23 * HOUR
        assert resets.check(sam).completed_at is not None
        assert SessionService(again, keys).answers(sam_session, [sam]) == {}
    finally:
        again.close()
