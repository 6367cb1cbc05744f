"""What Bond should show when it starts, decided off the UI thread (plain Python, no Qt)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from bond.domain.profiles import Household
from bond.errors import BondError
from bond.services.vault_files import VaultState, inspect_vault
from bond.services.vault_service import Custody, OpenVault, VaultService


class StartKind(enum.Enum):
    FIRST_RUN = "first-run"
    NEEDS_PASSPHRASE = "needs-passphrase"  # noqa: S105 - a state name, not a secret
    OPENED = "opened"
    PROBLEM = "problem"


@dataclass
class StartResult:
    kind: StartKind
    vault: OpenVault | None = None
    error: BondError | None = None
    keyring_available: bool = False
    needs_profiles: bool = False


def _opened(vault: OpenVault) -> StartResult:
    from bond.services.pin_reset import PinResetService
    from bond.services.profiles import ProfileService  # pulls in SQLAlchemy: not before needed
    from bond.services.sealed_items import rebind_profiles_without_pin

    profiles = ProfileService(vault)
    profiles.ensure_keys()
    rebind_profiles_without_pin(vault)  # older sealed boxes bound to their rows, once
    PinResetService(vault).check_all()  # a reset's clock read at each start (DECISIONS 37)
    needs_profiles = not profiles.profiles()
    return StartResult(StartKind.OPENED, vault=vault, needs_profiles=needs_profiles)


def start(service: VaultService) -> StartResult:
    """Inspect the data folder, try the keyring, and open the vault when no prompt is needed."""
    if inspect_vault(service.files).state is VaultState.ABSENT:
        return StartResult(StartKind.FIRST_RUN, keyring_available=service.keyring_available())
    try:
        header = service.read_header()
        key = service.key_from_keyring(header)
        if key is None:
            if header.wrapped is None:
                service.unlock(None)  # raises the plain explanation of why it is locked
            return StartResult(StartKind.NEEDS_PASSPHRASE)
        return _opened(service.open(key))
    except BondError as exc:
        return StartResult(StartKind.PROBLEM, error=exc)


def unlock_with_passphrase(service: VaultService, passphrase: str) -> StartResult:
    """Raises ``WrongKeyError`` for a wrong passphrase (nothing is touched); other errors too."""
    key = service.unlock(passphrase)
    return _opened(service.open(key))


@dataclass(frozen=True)
class FirstRunPlan:
    household: Household
    names: Sequence[str]
    custody: Custody | None  # None: a temporary session in memory

    @property
    def temporary(self) -> bool:
        return self.custody is None


def complete_first_run(service: VaultService, plan: FirstRunPlan) -> OpenVault:
    """Create the vault (or a temporary one) and the profiles the person chose."""
    from bond.services.profiles import ProfileService

    vault = VaultService.temporary() if plan.custody is None else service.create(plan.custody)
    try:
        ProfileService(vault).set_up(plan.household, plan.names)
    except BaseException:
        vault.close()
        raise
    return vault


def add_profiles(vault: OpenVault, household: Household, names: Sequence[str]) -> OpenVault:
    """For a vault made by ``bond init`` without profiles: finish the first run in the app."""
    from bond.services.profiles import ProfileService

    ProfileService(vault).set_up(household, names)
    return vault
