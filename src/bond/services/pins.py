"""Profile PINs: set, change, remove, and unlock with backoff (DECISIONS 4).

A PIN wraps the profile's private key with Argon2id and AES-GCM. Setting, changing or removing
a PIN rotates the profile's keypair and re-seals every sealed item in one transaction, so an old
copy of the wrapped key opens nothing new. Wrong tries are counted in the profile's row, so the
wait after five of them survives a restart. A PIN stops casual access on a shared computer; it
does not stop someone who copies the files and has time, and the app says so.

An unlock also proves that the stored public key is the private key's own: someone with the
vault key could otherwise swap in theirs and receive whatever the owner saves next. A PIN record
of an older format is rewritten in the current one right after the right PIN opened it
(DECISIONS 40), never before and never after a wrong one; so are the profile's older, unbound
sealed boxes (:mod:`.sealed_items`). The right PIN also cancels a pending "Forgot the PIN"
reset (:mod:`.pin_reset`, DECISIONS 37).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from bond.domain.pins import (
    LONGEST_WAIT,
    PinMismatchError,
    PinWaitError,
    check_pin,
    wait_after,
)
from bond.security.keys import KdfParams
from bond.security.sealing import (
    KeyMismatchError,
    WrongPinError,
    new_keypair,
    unwrap_with_pin,
    wrap_private_key,
    wrap_with_pin,
)
from bond.services import pin_reset
from bond.services.keychain import Keychain, KeysMismatchError
from bond.services.sealed_items import rebind, reseal_all
from bond.services.vault_service import OnVault, OpenVault
from bond.storage.models import ProfileRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PinState:
    has_pin: bool
    failures: int
    wait_seconds: int


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class PinService(OnVault):
    def __init__(
        self,
        vault: OpenVault,
        keychain: Keychain,
        *,
        kdf: KdfParams | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(vault)
        self._keys = keychain
        self._kdf = kdf or KdfParams()
        self._now = clock

    def _row(self, s: Session, profile_id: str) -> ProfileRow:
        row = s.get(ProfileRow, profile_id)
        if row is None:
            raise ValueError("That profile no longer exists.")
        return row

    def _remaining(self, row: ProfileRow) -> int:
        if row.pin_wait_until is None:
            return 0
        left = _aware(row.pin_wait_until) - self._now()
        # A clock set back must not stretch the wait beyond its longest.
        left = min(left, LONGEST_WAIT)
        return max(0, int(left.total_seconds() + 0.999))

    def state(self, profile_id: str) -> PinState:
        with self._db.unit_of_work() as s:
            row = self._row(s, profile_id)
            return PinState(row.pin_key is not None, row.pin_failures, self._remaining(row))

    def unlock(self, profile_id: str, pin: str) -> bool:
        """Open a profile's private items for this session, or raise a ``PinError``; a
        ``KeysMismatchError`` (nothing opened, nothing changed, no wrong try counted) when its
        stored public key is not its private key's. The right PIN cancels a pending reset
        (returns True if it did) and binds the profile's older sealed boxes to their rows."""
        epoch = self._keys.epoch
        with self._db.unit_of_work() as s:
            row = self._row(s, profile_id)
            stored = row.pin_key
            public = row.public_key
            wait = self._remaining(row)
        if stored is None:
            self._keys.private_key(profile_id)
            return False
        if wait:
            raise PinWaitError(wait)
        try:
            opened = unwrap_with_pin(stored, pin, profile_id, public or b"")
        except WrongPinError:
            with self._db.unit_of_work() as s:
                row = self._row(s, profile_id)
                row.pin_failures += 1
                delay = wait_after(row.pin_failures)
                row.pin_wait_until = self._now() + delay if delay else None
                failures = row.pin_failures
            log.info("a wrong PIN was entered (%s in a row)", failures)
            raise PinMismatchError(failures, int(delay.total_seconds())) from None
        except KeyMismatchError:
            log.warning("a profile's stored public key is not its own; nothing was opened")
            raise KeysMismatchError() from None
        with self._db.unit_of_work() as s:
            row = self._row(s, profile_id)
            row.pin_failures = 0
            row.pin_wait_until = None
            # The format upgrade, only if the row is still the one just opened.
            current = (row.pin_key, row.public_key) == (stored, public)
            if opened.upgraded is not None and current:
                row.pin_key = opened.upgraded
                log.info("a profile's PIN record was moved to the current format")
            cancelled = pin_reset.cancel(s, profile_id)
            if current and public is not None:
                rebind(s, profile_id, opened.private_key, public)
        self._keys.install(profile_id, opened.private_key, public, epoch=epoch)
        return cancelled

    def set_pin(self, profile_id: str, new_pin: str, current_pin: str | None = None) -> None:
        """Set or change a PIN; the current one is needed to change it."""
        check_pin(new_pin)
        old_private = self._current_private(profile_id, current_pin)
        self._rekey(profile_id, old_private, new_pin)

    def remove_pin(self, profile_id: str, current_pin: str) -> None:
        """Go back to protection by the vault key alone."""
        old_private = self._current_private(profile_id, current_pin)
        self._rekey(profile_id, old_private, None)

    def _current_private(self, profile_id: str, current_pin: str | None) -> bytes:
        if self.state(profile_id).has_pin:
            self.unlock(profile_id, current_pin or "")
        return self._keys.private_key(profile_id)

    def _rekey(self, profile_id: str, old_private: bytes, pin: str | None) -> None:
        """A new keypair; every sealed item re-sealed to it in one transaction."""
        assert self._vault.key is not None
        epoch = self._keys.epoch
        private, public = new_keypair()
        pin_key = wrap_with_pin(private, pin, profile_id, self._kdf) if pin else None
        vault_wrapped = None if pin else wrap_private_key(self._vault.key, profile_id, private)
        with self._db.unit_of_work() as s:
            reseal_all(s, profile_id, old_private, private)
            pin_reset.cancel(s, profile_id)
            if pin:
                pin_reset.clear_done(s, profile_id)
            row = self._row(s, profile_id)
            row.public_key = public
            row.wrapped_private_key = vault_wrapped
            row.pin_key = pin_key
            row.pin_failures = 0
            row.pin_wait_until = None
        self._keys.install(profile_id, private, public, epoch=epoch)
        log.info("a profile's keys were rotated after a PIN change")
