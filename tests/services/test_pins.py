"""Profile PINs against a real encrypted vault: unlock, backoff, change, remove."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bond.domain.pins import InvalidPin, PinMismatchError, PinWaitError, check_pin, wait_after
from bond.domain.profiles import Household
from bond.security.sealing import PinUnwrapped, SealingError, unseal, unwrap_private_key
from bond.services.boundaries import BoundaryService
from bond.services.keychain import Keychain, LockedProfileError
from bond.services.pins import PinService
from bond.services.profiles import ProfileService
from bond.services.sealed_items import answer_binding
from bond.services.sessions import AnswerKey, SessionService
from bond.services.vault_service import Custody, OpenVault, VaultService
from bond.storage.models import AnswerRow, ProfileRow
from tests.conftest import FAST_KDF

PIN = "482913"
NOTE = "only Sam should read this"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


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


def pins(vault: OpenVault, keys: Keychain, clock: Clock) -> PinService:
    return PinService(vault, keys, kdf=FAST_KDF, clock=clock)


def write_private(vault: OpenVault, keys: Keychain, who: str) -> str:
    sessions = SessionService(vault, keys)
    sid = sessions.start("check-in-alone", [who], together=False)
    sessions.save_answer(sid, "feel", who, {"text": NOTE}, private=True)
    return sid


def test_pin_rules() -> None:
    for good in ("482913", "123456789012", "four calm words"):
        check_pin(good)
    for bad in ("", "1234", "12345", "1234567890123", "111111", "short", "x" * 300):
        with pytest.raises(InvalidPin):
            check_pin(bad)
    assert wait_after(4) == timedelta(0)
    assert wait_after(5) == timedelta(seconds=30)
    assert wait_after(6) == timedelta(seconds=60)
    assert wait_after(100) == timedelta(hours=1)


def test_correct_and_wrong_pin(vault: OpenVault, clock: Clock) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    sid = write_private(vault, keys, sam)
    service = pins(vault, keys, clock)
    service.set_pin(sam, PIN)
    assert ProfileService(vault).profiles()[0].has_pin

    keys.forget()
    assert not keys.is_open(sam)
    assert SessionService(vault, keys).answers(sid, [sam]) == {}
    with pytest.raises(LockedProfileError):
        keys.private_key(sam)
    with pytest.raises(PinMismatchError) as wrong:
        service.unlock(sam, "482914")
    assert wrong.value.failures == 1 and wrong.value.wait_seconds == 0
    service.unlock(sam, PIN)
    assert keys.is_open(sam)
    assert SessionService(vault, keys).answers(sid, [sam])[AnswerKey("feel", sam)] == {"text": NOTE}
    assert service.state(sam).failures == 0


def test_backoff_after_five_tries_and_it_survives_a_restart(
    service: VaultService, vault: OpenVault, clock: Clock
) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    pins(vault, keys, clock).set_pin(sam, PIN)
    keys.forget()
    for _ in range(5):
        with pytest.raises(PinMismatchError) as wrong:
            pins(vault, keys, clock).unlock(sam, "000001")
    assert wrong.value.failures == 5 and wrong.value.wait_seconds == 30
    # Even the right PIN waits now.
    with pytest.raises(PinWaitError) as waiting:
        pins(vault, keys, clock).unlock(sam, PIN)
    assert waiting.value.seconds == 30

    # A restart: the vault is closed and opened again; the wait is still there.
    vault.close()
    reopened = service.open(service.unlock())
    try:
        keys = Keychain(reopened)
        clock.now += timedelta(seconds=10)
        assert pins(reopened, keys, clock).state(sam).wait_seconds == 20
        with pytest.raises(PinWaitError):
            pins(reopened, keys, clock).unlock(sam, PIN)
        clock.now += timedelta(seconds=21)
        with pytest.raises(PinMismatchError) as wrong:
            pins(reopened, keys, clock).unlock(sam, "000002")
        assert wrong.value.wait_seconds == 60  # the delay grows
        clock.now += timedelta(seconds=61)
        pins(reopened, keys, clock).unlock(sam, PIN)
        assert pins(reopened, keys, clock).state(sam).failures == 0
    finally:
        reopened.close()


def test_a_clock_set_back_does_not_stretch_the_wait(vault: OpenVault, clock: Clock) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    service = pins(vault, keys, clock)
    service.set_pin(sam, PIN)
    for _ in range(5):
        with pytest.raises(PinMismatchError):
            service.unlock(sam, "000001")
    clock.now -= timedelta(days=30)
    assert service.state(sam).wait_seconds == 3600


def test_change_and_remove(vault: OpenVault, clock: Clock) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    sid = write_private(vault, keys, sam)
    service = pins(vault, keys, clock)
    service.set_pin(sam, PIN)
    with pytest.raises(PinMismatchError):
        service.set_pin(sam, "new calm words", current_pin="999999")
    service.set_pin(sam, "new calm words", current_pin=PIN)
    keys.forget()
    with pytest.raises(PinMismatchError):
        service.unlock(sam, PIN)
    service.unlock(sam, "new calm words")
    service.remove_pin(sam, "new calm words")
    keys.forget()
    assert keys.is_open(sam) and not ProfileService(vault).profiles()[0].has_pin
    assert SessionService(vault, keys).answers(sid, [sam])[AnswerKey("feel", sam)] == {"text": NOTE}


def test_setting_a_pin_rotates_keys_so_the_vault_key_alone_reads_nothing(
    vault: OpenVault, clock: Clock
) -> None:
    sam, alex = people(vault)
    keys = Keychain(vault)
    write_private(vault, keys, sam)
    BoundaryService(vault, keys).save(sam, {"words": NOTE, "action": ""})
    with vault.db.unit_of_work() as s:
        old_wrapped = s.get(ProfileRow, sam).wrapped_private_key  # type: ignore[union-attr]
    assert old_wrapped is not None
    pins(vault, keys, clock).set_pin(sam, PIN)

    assert vault.key is not None
    old_private = unwrap_private_key(vault.key, sam, old_wrapped)
    with vault.db.unit_of_work() as s:
        row = s.get(ProfileRow, sam)
        assert row is not None and row.wrapped_private_key is None and row.pin_key
        sealed = s.scalars(select(AnswerRow).where(AnswerRow.sealed.is_(True))).all()
        payloads = [a.payload for a in sealed]
        first = sealed[0]
        binding = answer_binding(first.id, first.session_id, first.step_id, sam)
    assert payloads
    for payload in payloads:
        assert NOTE.encode() not in payload
        with pytest.raises(SealingError):
            unseal(old_private, payload)  # an old copy of the key opens nothing new

    fresh = Keychain(vault)  # only the vault key
    with pytest.raises(LockedProfileError):
        fresh.open_json(sam, payloads[0], binding)
    with pytest.raises(SealingError):
        fresh.open_json(alex, payloads[0], replace(binding, profile_id=alex))  # not Alex's key
    with pytest.raises(LockedProfileError):
        BoundaryService(vault, fresh).list(sam)


def test_locking_while_a_pin_is_checked_leaves_the_profile_locked(
    vault: OpenVault, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PIN check runs on a worker; if Bond locks meanwhile, its key must not come back."""
    import bond.services.pins as pins_module

    sam, _ = people(vault)
    keys = Keychain(vault)
    service = pins(vault, keys, clock)
    service.set_pin(sam, PIN)
    keys.forget()
    real = pins_module.unwrap_with_pin

    def slow_check(stored: str, pin: str, profile_id: str, public_key: bytes) -> PinUnwrapped:
        opened = real(stored, pin, profile_id, public_key)
        keys.forget()  # quick hide, while the check was running
        return opened

    monkeypatch.setattr(pins_module, "unwrap_with_pin", slow_check)
    service.unlock(sam, PIN)
    assert not keys.is_open(sam)
