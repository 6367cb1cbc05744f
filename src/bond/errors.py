"""The few errors a person sees, each with a plain message and the exit code scripts rely on.

Exit codes are a stable contract: 0 ok, 1 error, 2 usage, 3 locked, 4 damaged or from a newer Bond.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_DAMAGED = 4


class BondError(Exception):
    """An error whose message is written for the person using Bond (never holds user text)."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(BondError):
    exit_code = EXIT_USAGE


class NoVaultError(BondError):
    """There is no vault in the data folder."""


class VaultExistsError(BondError):
    """A vault is already there; Bond never overwrites one."""


class KeyringUnavailableError(BondError):
    """No allow-listed OS keyring works on this machine."""


class VaultBusyError(BondError):
    """Another Bond holds this vault open."""


class VaultClosedError(BondError):
    """Work that was still running when its vault closed (a lock-out, restore or hand-back):
    its result belongs to a vault that is gone, so it is dropped, never retried."""


class VaultReadOnlyError(BondError):
    """The vault's folder or file cannot be written (a read-only disk or folder): not damage."""


class NeedsUpgradeError(BondError):
    """The vault is from an older Bond; only the app (or import/restore) may migrate it."""


class ImportFileError(BondError):
    """An import file that is not a Bond export Bond can read; the vault was not touched."""


class ProfileKeysMismatchError(BondError, ValueError):
    """A profile's stored public key is not the one its private key belongs to: someone with
    the vault key may have swapped it so that new private items would be sealed to them. Bond
    opens and seals nothing for that profile. Also a ``ValueError``, as the screens show those
    messages as they are."""

    def __init__(
        self, message: str = "This profile's keys don't match; nothing was changed."
    ) -> None:
        super().__init__(message)


class LockedError(BondError):
    """The key is missing or wrong: the vault stays closed and untouched."""

    exit_code = EXIT_LOCKED


class PassphraseRequiredError(LockedError):
    """The vault needs a passphrase and none was given."""


class WrongKeyError(LockedError):
    """The passphrase or keyring key does not open this vault."""


class DamagedVaultError(BondError):
    """The key is right but the database or its header is damaged."""

    exit_code = EXIT_DAMAGED


class UnreadableVaultError(DamagedVaultError):
    """The key fits the header but opens nothing in the database: a damaged first page, or a
    header that belongs to another vault (SQLCipher cannot tell the two apart)."""


class NewerVaultError(BondError):
    """The vault was written by a newer Bond; opening it here could harm it."""

    exit_code = EXIT_DAMAGED
