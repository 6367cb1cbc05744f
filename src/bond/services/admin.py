"""Admin mode for clinics: the admin passphrase with a backoff, and a self-test of this device.

The admin passphrase is checked against the Argon2id hash in the site policy (DECISIONS 28). Wrong
tries wait like PINs do (:func:`bond.domain.pins.wait_after`). The count and the end of the wait
live in a small JSON file in Bond's state folder, so quitting Bond does not reset them, and a
hand-back wipe keeps that one file for the same reason. The file holds two numbers and a time,
nothing about anyone who used Bond.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets as token_source
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bond.domain.pins import FREE_TRIES, wait_after
from bond.security.secrets import SecretStore, SecretStoreError
from bond.services.policy import verify_admin_passphrase

log = logging.getLogger(__name__)

BACKOFF_FILE = "admin-backoff.json"

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class AdminError(Exception):
    """Base for admin unlock outcomes the dialog explains."""


class AdminWaitError(AdminError):
    """Too many wrong tries: Bond waits before checking again (the passphrase was not checked)."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"wait {seconds} s")
        self.seconds = seconds


class AdminMismatchError(AdminError):
    """The passphrase was wrong; ``wait_seconds`` is the wait that now applies (0 if none yet)."""

    def __init__(self, failures: int, wait_seconds: int) -> None:
        super().__init__("wrong admin passphrase")
        self.failures = failures
        self.wait_seconds = wait_seconds


@dataclass(frozen=True)
class Backoff:
    failures: int = 0
    wait_until: datetime | None = None


def backoff_path(state_dir: Path) -> Path:
    return state_dir / BACKOFF_FILE


def read_backoff(state_dir: Path) -> Backoff:
    """The stored state; a damaged file counts as five wrong tries (closed rather than open)."""
    path = backoff_path(state_dir)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Backoff()
    except OSError:
        log.warning("the admin backoff file could not be read")
        return Backoff(failures=FREE_TRIES)
    try:
        data = json.loads(raw)
        failures = int(data["failures"])
        until_raw = data.get("wait_until")
        until = datetime.fromisoformat(until_raw) if until_raw else None
        if failures < 0 or (until is not None and until.tzinfo is None):
            raise ValueError("out of range")
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("the admin backoff file is damaged; counting it as several wrong tries")
        return Backoff(failures=FREE_TRIES)
    return Backoff(failures, until)


def write_backoff(state_dir: Path, state: Backoff) -> None:
    """Write atomically, readable by this user only."""
    state_dir.mkdir(parents=True, exist_ok=True)
    path = backoff_path(state_dir)
    temp = path.with_name(f".{BACKOFF_FILE}.{token_source.token_hex(4)}")
    payload = {
        "failures": state.failures,
        "wait_until": state.wait_until.isoformat() if state.wait_until else None,
    }
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


class AdminGate:
    """Checks the admin passphrase and keeps the wait after wrong tries.

    The wait is measured on the wall clock, so it survives a restart; it can never be longer than
    the wait its failure count earns, so a clock set back does not stretch it. While Bond runs, a
    monotonic deadline is kept too, so a clock set forward does not shorten it either.
    """

    def __init__(
        self,
        state_dir: Path,
        policy_hash: str,
        *,
        clock: Clock = _utc_now,
        monotonic: Callable[[], float] = time.monotonic,
        verify: Callable[[str, str], bool] = verify_admin_passphrase,
    ) -> None:
        self._state_dir = state_dir
        self._hash = policy_hash
        self._now = clock
        self._monotonic = monotonic
        self._verify = verify
        self._deadline: float | None = None  # monotonic end of the current wait, this run only

    @property
    def failures(self) -> int:
        return read_backoff(self._state_dir).failures

    def wait_seconds(self) -> int:
        """Seconds before the next try is checked (0: now)."""
        state = read_backoff(self._state_dir)
        longest = wait_after(state.failures)
        left = timedelta(0)
        if state.wait_until is not None:
            left = min(state.wait_until - self._now(), longest)
        if self._deadline is not None:
            left = max(left, timedelta(seconds=self._deadline - self._monotonic()))
            left = min(left, longest)
        return max(0, int(left.total_seconds() + 0.999))

    def unlock(self, secret: str) -> None:
        """Return when ``secret`` is the admin passphrase; otherwise raise an ``AdminError``."""
        wait = self.wait_seconds()
        if wait:
            raise AdminWaitError(wait)
        if self._verify(self._hash, secret):
            write_backoff(self._state_dir, Backoff())
            self._deadline = None
            log.info("admin mode unlocked")
            return
        failures = read_backoff(self._state_dir).failures + 1
        delay = wait_after(failures)
        until = self._now() + delay if delay else None
        write_backoff(self._state_dir, Backoff(failures, until))
        self._deadline = self._monotonic() + delay.total_seconds() if delay else None
        log.info("a wrong admin passphrase was entered (%s in a row)", failures)
        raise AdminMismatchError(failures, int(delay.total_seconds()))


# -- self-test --------------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckResult:
    """One line of the self-test: what was checked, whether it passed, and what that means.

    ``check`` is a stable id ("vault", "content", "keyring") the window names in its language."""

    check: str
    name: str
    ok: bool
    message: str


def check_vault(data_dir: Path, secrets: SecretStore, key: bytes | None = None) -> CheckResult:
    """The key opens the vault and both integrity checks pass (as ``bond check`` does)."""
    from bond.errors import BondError
    from bond.services.vault_files import VaultFiles, VaultState, inspect_vault
    from bond.services.vault_service import VaultService

    name = "Vault"
    files = VaultFiles(data_dir)
    if inspect_vault(files).state is VaultState.ABSENT:
        return CheckResult(
            "vault", name, True, "There is no vault on this device yet: nothing to check."
        )
    service = VaultService(files, secrets)
    try:
        if key is None:
            key = service.key_from_keyring(service.read_header())
        if key is None:
            return CheckResult(
                "vault",
                name,
                False,
                "The vault is there, but its key is not in the keyring and the vault is not "
                "open, so it could not be checked. Unlock Bond, then run the self-test again.",
            )
        problems = service.check(key)
    except BondError as exc:
        return CheckResult("vault", name, False, exc.message)
    if problems:
        return CheckResult(
            "vault",
            name,
            False,
            f"The vault failed its integrity checks ({len(problems)} problems). "
            "Restore it from a backup, or hand the device back to start afresh.",
        )
    return CheckResult(
        "vault", name, True, "The key opens the vault and both integrity checks passed."
    )


def check_content(content_root: Path) -> CheckResult:
    """The built-in exercises, articles and support contacts all validate."""
    from bond.content.catalog import validate
    from bond.content.exercises import load_sources

    name = "Built-in content"
    builtin, source_problems = load_sources(content_root / "sources.toml")
    problems = [*source_problems, *validate([content_root], builtin_sources=builtin)]
    if problems:
        return CheckResult(
            "content",
            name,
            False,
            f"{len(problems)} problem(s) in Bond's own content, for example: {problems[0]}. "
            "Reinstalling Bond should fix this.",
        )
    return CheckResult(
        "content", name, True, "Every built-in exercise, article and contact list is valid."
    )


PROBE_ACCOUNT_PREFIX = "__bond_self_test_"


def check_keyring(secrets: SecretStore) -> CheckResult:
    """Store a throwaway entry in the keyring, read it back, then delete it."""
    name = "Keyring"
    account = PROBE_ACCOUNT_PREFIX + token_source.token_hex(8)
    value = token_source.token_hex(16)
    try:
        if not secrets.available():
            return CheckResult(
                "keyring",
                name,
                False,
                "No system keyring answered. Vaults need a passphrase on this device; set the "
                "policy to require one, or log in to a desktop session with a keyring.",
            )
        secrets.set(account, value)
        try:
            read_back = secrets.get(account)
        finally:
            secrets.delete(account)
        left_behind = secrets.get(account) is not None
    except SecretStoreError as exc:
        return CheckResult("keyring", name, False, f"The keyring refused the test entry: {exc}.")
    if read_back != value:
        return CheckResult(
            "keyring", name, False, "The keyring gave back something other than was stored."
        )
    if left_behind:
        return CheckResult(
            "keyring", name, False, "The keyring kept the test entry after it was deleted."
        )
    return CheckResult(
        "keyring", name, True, "The keyring stored, returned and deleted a test entry."
    )


def self_test(
    data_dir: Path, secrets: SecretStore, content_root: Path, key: bytes | None = None
) -> list[CheckResult]:
    """Every check, in a fixed order; each one says in plain words what it found."""
    return [
        check_vault(data_dir, secrets, key),
        check_content(content_root),
        check_keyring(secrets),
    ]
