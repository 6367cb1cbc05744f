"""Where a vault's key comes from: shared by every verb that creates or opens a vault.

The order is the same everywhere (DECISIONS 11): ``--passphrase-stdin``, else the OS keyring,
else a prompt on a terminal, else a clear refusal (scripts never hang on a prompt).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bond.cli.console import Console, organisation
from bond.config import AppPaths
from bond.domain.policy import Policy
from bond.errors import BondError, KeyringUnavailableError, PassphraseRequiredError
from bond.security.secrets import SecretStore

if TYPE_CHECKING:
    from bond.services.vault_service import Custody, VaultService


def ask_new_passphrase(console: Console, what: str) -> str:
    """A new passphrase typed twice on the terminal."""
    from bond.services.vault_service import passphrase_problem

    first = console.ask_secret(f"New passphrase for {what}: ")
    if problem := passphrase_problem(first):
        raise BondError(problem)
    if console.ask_secret("The same passphrase again: ") != first:
        raise BondError("The two passphrases differ. Nothing was written.")
    return first


def new_custody(
    args: argparse.Namespace, service: VaultService, console: Console
) -> tuple[Custody, str]:
    """Where a new vault's key goes (DECISIONS 11): --passphrase-stdin, else the keyring, else a
    passphrase typed twice on a terminal. Returns the custody and how to say where it is."""
    from bond.services.vault_service import Custody, passphrase_problem

    policy: Policy = args.site_policy
    if args.passphrase_stdin:
        custody = Custody(keyring=False, passphrase=console.read_stdin_secret())
        where = "behind your passphrase"
    elif policy.require_passphrase and not console.is_tty():
        raise KeyringUnavailableError(
            f"{organisation(policy)}'s policy requires a passphrase for the vault. Give it with "
            f"--passphrase-stdin, for example: printf '%s' \"$PASSPHRASE\" | bond {args.verb} "
            "--passphrase-stdin"
        )
    elif policy.require_passphrase:
        console.warn(f"{organisation(policy)}'s policy requires a passphrase for the vault.")
        custody = Custody(keyring=False, passphrase=ask_new_passphrase(console, "the vault"))
        where = "behind your passphrase"
    elif service.keyring_available():
        custody = Custody(keyring=True)
        where = "in the OS keyring"
    elif console.is_tty():
        console.warn("No working OS keyring was found, so the vault will use a passphrase.")
        custody = Custody(keyring=False, passphrase=ask_new_passphrase(console, "the vault"))
        where = "behind your passphrase"
    else:
        raise KeyringUnavailableError(
            "No working OS keyring was found. Give a passphrase with --passphrase-stdin, "
            f"for example: printf '%s' \"$PASSPHRASE\" | bond {args.verb} --passphrase-stdin"
        )
    if custody.passphrase is not None and (problem := passphrase_problem(custody.passphrase)):
        raise BondError(problem)
    return custody, where


def unlock(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> tuple[VaultService, bytes]:
    """The proven key: from --passphrase-stdin when given, else the keyring, else a prompt."""
    from bond.services.vault_files import VaultFiles
    from bond.services.vault_service import VaultService

    service = VaultService(VaultFiles(paths.data_dir), secrets)
    header = service.read_header()
    if args.passphrase_stdin:
        return service, service.unlock(console.read_stdin_secret())
    key = service.key_from_keyring(header)
    if key is not None:
        return service, key
    if header.wrapped is None:
        return service, service.unlock(None)  # raises the keyring explanation
    if not console.is_tty():
        raise PassphraseRequiredError(
            "This vault needs its passphrase: give it with --passphrase-stdin."
        )
    return service, service.unlock(console.ask_secret("Vault passphrase: "))
