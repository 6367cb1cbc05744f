"""The clock of a "Forgot the PIN" reset (DECISIONS 37): plain values, no I/O.

A reset asked for without the PIN completes only after :data:`RESET_WAIT` of counted time, so the
owner has a day to see the notice at their next unlock and cancel it with their PIN. Time is
counted from readings of the computer's clock that Bond made and stored in the vault:

- Only forward runs of the clock count: each reading adds the time since the latest reading
  seen (``seen``, which never moves back). The first reading is never earlier than any time the
  vault already saw, so setting the clock back before asking and forward afterwards gains
  nothing.
- A clock found behind ``seen`` was set back. Nothing is counted for the jump; from there the
  set-back clock's own forward run is counted on a side counter (``behind_counted``), so the
  wait still ends after 24 counted hours and does not stretch while the clock stays behind.
  Once the clock is past ``seen`` again, the side counter is dropped and the main count takes
  the whole run since ``seen`` instead (the same hours, never counted twice).
- So a clock set back never shortens the wait; it can lengthen it only by time Bond did not see
  (between its last reading and the jump), at most the 24 hours it would have counted then
  (:data:`LONGEST_RESET` in all when Bond is opened at least once a day).
- A clock set forward does shorten it: without a trusted clock that cannot be told from time
  passing. The notice at the owner's next unlock, and the owner's own PIN, are the protection.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

RESET_WAIT = timedelta(hours=24)
LONGEST_RESET = timedelta(hours=48)
_ZERO = timedelta(0)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class ResetClock:
    """A pending reset: when it was asked for (as the clock said then, for the notice) and how
    much of the wait has been counted."""

    requested_at: datetime
    seen: datetime
    counted: timedelta = _ZERO
    behind_seen: datetime | None = None
    behind_counted: timedelta = _ZERO

    @property
    def total(self) -> timedelta:
        return self.counted + (self.behind_counted if self.behind_seen is not None else _ZERO)

    @property
    def due(self) -> bool:
        return self.total >= RESET_WAIT

    @property
    def remaining(self) -> timedelta:
        return max(_ZERO, RESET_WAIT - self.total)

    def to_json(self) -> dict[str, Any]:
        return {
            "requested_at": self.requested_at.isoformat(),
            "seen": self.seen.isoformat(),
            "counted": self.counted.total_seconds(),
            "behind_seen": None if self.behind_seen is None else self.behind_seen.isoformat(),
            "behind_counted": self.behind_counted.total_seconds(),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ResetClock:
        """Read a stored clock; ``ValueError`` if damaged. Negative or huge counts are clamped
        to what the wait can hold (the vault key's holder can write anything here; a damaged
        count must neither hide a pending reset nor complete it by itself)."""
        try:
            behind = raw.get("behind_seen")
            return cls(
                requested_at=_aware(datetime.fromisoformat(str(raw["requested_at"]))),
                seen=_aware(datetime.fromisoformat(str(raw["seen"]))),
                counted=_span(raw.get("counted", 0)),
                behind_seen=None if behind is None else _aware(datetime.fromisoformat(str(behind))),
                behind_counted=_span(raw.get("behind_counted", 0)),
            )
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise ValueError("a stored PIN reset is damaged") from exc


def _span(raw: object) -> timedelta:
    """A stored count of seconds, clamped to what the wait can hold (NaN counts nothing)."""
    seconds = float(raw)  # type: ignore[arg-type]  # ValueError/TypeError: damaged
    if not math.isfinite(seconds) and not math.isinf(seconds):
        seconds = 0.0
    return timedelta(seconds=min(max(seconds, 0.0), RESET_WAIT.total_seconds()))


def start(now: datetime, latest_seen: datetime | None = None) -> ResetClock:
    """A new request at ``now``; counting starts at the latest time the vault saw, if later."""
    now = _aware(now)
    anchor = max(now, _aware(latest_seen)) if latest_seen is not None else now
    return ResetClock(requested_at=now, seen=anchor)


def observe(clock: ResetClock, now: datetime) -> ResetClock:
    """The clock after one more reading ``now`` (see the module's notes)."""
    now = _aware(now)
    if now >= clock.seen:
        return replace(
            clock,
            counted=min(clock.counted + (now - clock.seen), RESET_WAIT),
            seen=now,
            behind_seen=None,
            behind_counted=_ZERO,
        )
    if clock.behind_seen is None or now < clock.behind_seen:
        return replace(clock, behind_seen=now)  # set back (again): nothing counted for the jump
    return replace(
        clock,
        behind_counted=min(clock.behind_counted + (now - clock.behind_seen), RESET_WAIT),
        behind_seen=now,
    )
