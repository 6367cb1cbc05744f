"""'Forgot the PIN' as DECISIONS 37 says: a reset anyone can ask for, that completes only after
24 counted hours, is shown to the owner at their next unlock and is cancelled by the right PIN.

Plain Python, no Qt. The request and its clock live in the vault (settings ``pin-reset:<id>``),
so a restart neither skips nor restarts the wait; the latest time Bond saw (``clock-seen``) is
kept beside it, so a clock set back before asking gains nothing (:mod:`bond.domain.pin_reset`).
The vault passphrase does not skip the wait: partners share it. When the wait is over, the next
check completes the reset: the profile's sealed answers, boundaries and their uses are deleted,
it gets fresh keys and no PIN, and shared things (agreements, revealed answers, reading) stay.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bond.domain.pin_reset import ResetClock, observe, start
from bond.security.sealing import new_keypair, wrap_private_key
from bond.services.vault_service import OnVault, OpenVault

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from bond.services.keychain import Keychain

log = logging.getLogger(__name__)

RESET_KEY = "pin-reset:"
DONE_KEY = "pin-reset-done:"
CLOCK_KEY = "clock-seen"


class NoPinError(ValueError):
    """Only a profile with a PIN can have its PIN reset."""


@dataclass(frozen=True)
class ResetNotice:
    """A pending reset, as the notice shows it: when it was asked for and how long is left."""

    requested_at: datetime
    remaining_seconds: int


@dataclass(frozen=True)
class ResetStatus:
    """What a check found: a reset still waiting, or one completed (now or earlier, not yet
    told), or neither."""

    pending: ResetNotice | None = None
    completed_at: datetime | None = None
    deleted: int = 0


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _get(s: Session, key: str) -> str | None:
    from bond.storage.models import SettingRow

    row = s.get(SettingRow, key)
    return None if row is None else row.value


def _put(s: Session, key: str, value: str) -> None:
    from bond.storage.models import SettingRow

    row = s.get(SettingRow, key)
    if row is None:
        s.add(SettingRow(key=key, value=value))
    else:
        row.value = value


def _drop(s: Session, key: str) -> None:
    from bond.storage.models import SettingRow

    row = s.get(SettingRow, key)
    if row is not None:
        s.delete(row)


def read_clock(s: Session, profile_id: str, now: datetime) -> ResetClock | None:
    """The stored reset of a profile, or None. A damaged one counts from its start again (it is
    never dropped: dropping it would quietly cancel a reset someone asked for)."""
    stored = _get(s, RESET_KEY + profile_id)
    if stored is None:
        return None
    try:
        return ResetClock.from_json(json.loads(stored))
    except ValueError:
        log.warning("a stored PIN reset was damaged; its wait starts again")
        return start(now, _latest_seen(s))


def cancel(s: Session, profile_id: str) -> bool:
    """The right PIN was given: drop a pending reset (in the caller's transaction)."""
    from bond.storage.models import SettingRow

    row = s.get(SettingRow, RESET_KEY + profile_id)
    if row is None:
        return False
    s.delete(row)
    log.info("a pending PIN reset was cancelled by the PIN")
    return True


def clear_done(s: Session, profile_id: str) -> None:
    """A new PIN was set: the completed reset need not be told any more."""
    _drop(s, DONE_KEY + profile_id)


def _latest_seen(s: Session) -> datetime | None:
    """The latest moment the vault has seen: Bond's own mark, and the newest session, answer
    and profile (a request made with the clock set back counts from here, not from then)."""
    from sqlalchemy import func, select

    from bond.storage.models import AnswerRow, ProfileRow, SessionRow

    moments: list[datetime] = []
    mark = _latest_seen_mark(s)
    if mark is not None:
        moments.append(mark)
    for column in (SessionRow.started_at, AnswerRow.created_at, ProfileRow.created_at):
        newest = s.scalar(select(func.max(column)))
        if isinstance(newest, datetime):
            moments.append(_aware(newest))
    return max(moments) if moments else None


def _mark_seen(s: Session, now: datetime) -> None:
    latest = _latest_seen_mark(s)
    if latest is None or now > latest:
        _put(s, CLOCK_KEY, now.isoformat())


def _latest_seen_mark(s: Session) -> datetime | None:
    mark = _get(s, CLOCK_KEY)
    try:
        return _aware(datetime.fromisoformat(mark)) if mark else None
    except ValueError:
        return None


class PinResetService(OnVault):
    def __init__(
        self,
        vault: OpenVault,
        keychain: Keychain | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(vault)
        self._keys = keychain
        self._now = clock

    def _clock_now(self) -> datetime:
        return _aware(self._now())

    def request(self, profile_id: str) -> ResetNotice:
        """Ask for a reset of this profile's PIN (no PIN needed). A reset already waiting keeps
        its own time: asking again neither restarts nor shortens it."""
        from bond.storage.models import ProfileRow

        now = self._clock_now()
        with self._db.unit_of_work() as s:
            row = s.get(ProfileRow, profile_id)
            if row is None:
                raise ValueError("That profile no longer exists.")
            if row.pin_key is None:
                raise NoPinError("This profile has no PIN to reset.")
            clock = read_clock(s, profile_id, now)
            if clock is None:
                clock = start(now, _latest_seen(s))
                log.info("a PIN reset was asked for; it completes after the wait")
            else:
                clock = observe(clock, now)
            _put(s, RESET_KEY + profile_id, json.dumps(clock.to_json(), sort_keys=True))
            _drop(s, DONE_KEY + profile_id)
            _mark_seen(s, now)
        return ResetNotice(clock.requested_at, _seconds(clock))

    def check(self, profile_id: str) -> ResetStatus:
        """Count the time since the last reading; complete the reset if its wait is over.

        Returns what whoever opens the profile next should be told: a pending reset, or one that
        completed (told until the profile has a PIN again, see :func:`clear_done`)."""
        from bond.storage.models import ProfileRow

        now = self._clock_now()
        with self._db.unit_of_work() as s:
            clock = read_clock(s, profile_id, now)
            if clock is not None and s.get(ProfileRow, profile_id) is None:
                _drop(s, RESET_KEY + profile_id)  # the profile is gone: nothing to reset
                clock = None
            if clock is None:  # nothing written: the usual case costs one read
                done = _get(s, DONE_KEY + profile_id)
                return ResetStatus(completed_at=_parse(done)) if done else ResetStatus()
            _mark_seen(s, now)
            clock = observe(clock, now)
            if not clock.due:
                _put(s, RESET_KEY + profile_id, json.dumps(clock.to_json(), sort_keys=True))
                return ResetStatus(pending=ResetNotice(clock.requested_at, _seconds(clock)))
            epoch = self._keys.epoch if self._keys is not None else 0
            deleted, private, public = self._complete(s, profile_id)
            _drop(s, RESET_KEY + profile_id)
            _put(s, DONE_KEY + profile_id, now.isoformat())
        if self._keys is not None:
            self._keys.install(profile_id, private, public, epoch=epoch)
        log.info("a PIN reset completed after its wait (%s sealed items deleted)", deleted)
        return ResetStatus(completed_at=now, deleted=deleted)

    def check_all(self) -> int:
        """Read the clock for every waiting reset (at each start); returns how many completed."""
        from sqlalchemy import select

        from bond.storage.models import SettingRow

        with self._db.unit_of_work() as s:
            keys = s.scalars(select(SettingRow.key).where(SettingRow.key.like(RESET_KEY + "%")))
            profiles = [k.removeprefix(RESET_KEY) for k in keys]
        return sum(1 for p in profiles if self.check(p).completed_at is not None)

    def _complete(self, s: Session, profile_id: str) -> tuple[int, bytes, bytes]:
        """Delete the profile's sealed items; fresh keys wrapped by the vault key, no PIN."""
        from sqlalchemy import delete, select

        from bond.services.sealed_items import mark_bound_only, sealed_items
        from bond.storage.models import AnswerRow, BoundaryRow, BoundaryUseRow, ProfileRow

        assert self._vault.key is not None
        row = s.get(ProfileRow, profile_id)
        if row is None:
            raise ValueError("That profile no longer exists.")
        count = sum(1 for _ in sealed_items(s, profile_id))
        boundary_ids = select(BoundaryRow.id).where(BoundaryRow.profile_id == profile_id)
        s.execute(delete(BoundaryUseRow).where(BoundaryUseRow.boundary_id.in_(boundary_ids)))
        s.execute(delete(BoundaryRow).where(BoundaryRow.profile_id == profile_id))
        s.execute(
            delete(AnswerRow).where(AnswerRow.profile_id == profile_id, AnswerRow.sealed.is_(True))
        )
        private, public = new_keypair()
        row.public_key = public
        row.wrapped_private_key = wrap_private_key(self._vault.key, profile_id, private)
        row.pin_key = None
        row.pin_failures = 0
        row.pin_wait_until = None
        mark_bound_only(s, profile_id)  # nothing old is left to move
        return count, private, public


def _parse(stored: str) -> datetime | None:
    try:
        return _aware(datetime.fromisoformat(stored))
    except ValueError:
        return None


def _seconds(clock: ResetClock) -> int:
    return int(clock.remaining.total_seconds() + 0.999)
