"""A clinic's auto-wipe: when Bond has not been used for the policy's hours, hand the device back.

Bond records *when* it was last used (a UTC time, nothing else) in a small file in its state
folder. At start, and while it stays open, it compares that time with the clock; past the limit it
runs the same hand-back wipe an admin would. A missing or unreadable record never wipes: it is
written afresh, so a damaged file cannot delete anyone's work by itself.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets as token_source
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bond.config import AppPaths
from bond.security.secrets import SecretStore
from bond.services.vault_files import VaultFiles
from bond.services.wipe import LAST_USED_FILE, WipeReport, hand_back

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def last_used_path(state_dir: Path) -> Path:
    return state_dir / LAST_USED_FILE


def read_last_used(state_dir: Path) -> datetime | None:
    try:
        data = json.loads(last_used_path(state_dir).read_text(encoding="utf-8"))
        moment = datetime.fromisoformat(data["last_used"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("the last-used record could not be read; it is written afresh")
        return None
    return moment if moment.tzinfo else None


def record_use(state_dir: Path, now: datetime) -> None:
    """Write the time of use atomically (this user only); never fails the caller."""
    path = last_used_path(state_dir)
    temp = path.with_name(f".{LAST_USED_FILE}.{token_source.token_hex(4)}")
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"last_used": now.astimezone(UTC).isoformat(timespec="seconds")}, fh)
        os.replace(temp, path)
    except OSError:
        log.warning("the last-used time could not be recorded")
        with contextlib.suppress(OSError):
            temp.unlink()


def wipe_due(state_dir: Path, hours: int | None, now: datetime) -> bool:
    """True when a limit is set and the last recorded use is more than ``hours`` ago.

    A clock set back (last use "in the future") is not a gap: nothing is wiped."""
    if not hours or hours <= 0:
        return False
    last = read_last_used(state_dir)
    if last is None:
        return False
    return now - last > timedelta(hours=hours)


def due(paths: AppPaths, hours: int | None, now: datetime) -> bool:
    """True when Bond should hand the device back now, before showing anything.

    With no record yet but a vault there, now counts as its last use (a device that gets its
    policy after being used is not wiped on the spot). A stale record with no vault left to
    wipe (handed back already) is only tidied away."""
    if not hours:
        return False
    vault_there = VaultFiles(paths.data_dir).any_exist()
    if not wipe_due(paths.state_dir, hours, now):
        if vault_there and read_last_used(paths.state_dir) is None:
            record_use(paths.state_dir, now)
        return False
    if not vault_there:
        with contextlib.suppress(OSError):
            last_used_path(paths.state_dir).unlink()
        return False
    return True


def auto_wipe_if_due(
    paths: AppPaths, secrets: SecretStore, hours: int | None, now: datetime
) -> WipeReport | None:
    """Hand the device back when it has not been used for ``hours``; ``None`` when not due."""
    if not due(paths, hours, now):
        return None
    log.info("auto-wipe: Bond was not used for longer than the policy allows")
    return hand_back(paths, secrets)
