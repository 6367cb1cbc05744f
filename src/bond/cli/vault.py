"""Verbs that look after the vault itself: init, check, backup, restore and wipe.

They create, verify, copy, replace or destroy the encrypted vault as a whole, never reading its
private text into the output. Services are imported inside each verb, so ``bond --help`` does
not load the database layer.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bond.cli.console import Console
from bond.cli.keys import ask_new_passphrase, new_custody, unlock
from bond.config import AppPaths
from bond.errors import (
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    BondError,
    PassphraseRequiredError,
    UsageError,
)
from bond.security.secrets import SecretStore

if TYPE_CHECKING:
    from bond.security.header import VaultHeader
    from bond.services.vault_service import VaultService


def cmd_init(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    """``bond init``: a new, empty vault (with one or two profiles); never over an old one."""
    from bond.domain.profiles import Household, InvalidName, clean_name
    from bond.services.profiles import ProfileService
    from bond.services.vault_files import VaultFiles
    from bond.services.vault_service import VaultService

    if len(args.profile) > 2:
        raise UsageError("Bond is for one person or two partners: give --profile at most twice.")
    try:
        names = [clean_name(n) for n in args.profile]
    except InvalidName as exc:
        raise UsageError(f"--profile: {exc}") from exc
    if len(names) == 2 and names[0].casefold() == names[1].casefold():
        raise UsageError("--profile: please use two different names.")
    service = VaultService(VaultFiles(paths.data_dir), secrets)
    if service.files.any_exist():
        raise BondError(
            f"There is already a vault in {paths.data_dir}. Bond never overwrites a vault."
        )
    custody, where = new_custody(args, service, console)
    vault = service.create(custody)
    try:
        if names:
            household = Household.SOLO if len(names) == 1 else Household.COUPLE
            ProfileService(vault).set_up(household, names)
    finally:
        vault.close()
    console.say(f"Created a new vault in {paths.data_dir} with its key {where}.")
    if args.profile:
        console.say(f"Profiles: {len(args.profile)}.")
    return EXIT_OK


def cmd_check(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    """``bond check``: the key, SQLite's and SQLCipher's integrity checks; exit 4 if damaged."""
    service, key = unlock(args, paths, console, secrets)
    problems = service.check(key)
    if problems:
        console.warn(f"The vault in {paths.data_dir} failed its checks ({len(problems)} problems).")
        for problem in problems[:20]:
            console.warn(f"  {problem}")
        return EXIT_DAMAGED
    console.say(f"The vault in {paths.data_dir} is healthy: key, integrity and cipher checks ok.")
    return EXIT_OK


def cmd_backup(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    """``bond backup``: one encrypted file that opens on another computer too."""
    from bond.services.backup_file import write_backup
    from bond.services.vault_files import VaultFiles
    from bond.services.vault_service import VaultService

    target: Path = args.output.expanduser()
    if target.exists() and not args.force:
        raise BondError(f"{target} already exists. Add --force to replace it.")
    service = VaultService(VaultFiles(paths.data_dir), secrets)
    header = service.read_header()
    passphrase: str | None = None
    if header.wrapped is None:
        # Keyring only: the key comes from the keyring; the backup needs a passphrase of its own
        # so that it opens on another computer (DECISIONS 16).
        key = service.unlock(None)
        if args.passphrase_stdin:
            passphrase = console.read_stdin_secret()
        elif console.is_tty():
            console.say(
                "This vault opens with the OS keyring only. Choose a passphrase for the backup: "
                "you will need it to restore it, especially on another computer."
            )
            passphrase = ask_new_passphrase(console, "the backup")
        else:
            raise PassphraseRequiredError(
                "This vault opens with the OS keyring only, so its backup needs a passphrase of "
                "its own: give one with --passphrase-stdin."
            )
    else:
        _service, key = unlock(args, paths, console, secrets)
    # reading() opens read-only and tidies the empty WAL files a reader leaves, also when the
    # vault turns out to be damaged or older (exit 4 leaves the folder as it was).
    with service.reading(key) as vault:
        try:
            write_backup(
                vault, target, passphrase=passphrase, kdf=service.kdf, overwrite=args.force
            )
        except FileExistsError as exc:
            raise BondError(f"{target} already exists. Add --force to replace it.") from exc
        except IsADirectoryError as exc:
            raise BondError(f"{target} is a folder; please name a file.") from exc
        except OSError as exc:
            raise BondError(
                f"The backup could not be written to {target} ({exc.strerror or 'write error'})."
            ) from exc
    console.say(f"Wrote an encrypted backup of the vault in {paths.data_dir} to {target}.")
    if passphrase is not None:
        console.say(
            "It opens with the passphrase given for it (the vault itself uses the OS keyring)."
        )
    else:
        console.say("It opens with the vault's passphrase.")
    return EXIT_OK


def _backup_key(
    args: argparse.Namespace, header: VaultHeader, console: Console, service: VaultService
) -> tuple[bytes, str | None]:
    """The backup's key: --passphrase-stdin, else this computer's keyring, else a prompt; with
    the passphrase that opened it (None: the keyring's copy), for a restore under a new id."""
    from bond.errors import WrongKeyError
    from bond.security.keys import UnwrapError, key_matches, unwrap_key

    assert header.wrapped is not None  # read_backup_header refuses a backup without one
    if args.passphrase_stdin:
        passphrase = console.read_stdin_secret()
    else:
        key = service.key_from_keyring(header)
        if key is not None:
            return key, None
        if not console.is_tty():
            raise PassphraseRequiredError(
                "This backup needs its passphrase: give it with --passphrase-stdin."
            )
        passphrase = console.ask_secret("Backup passphrase: ")
    try:
        key = unwrap_key(header.wrapped, passphrase, header.vault_id.encode())
    except UnwrapError as exc:
        raise WrongKeyError(
            "That passphrase does not open this backup. Nothing was changed."
        ) from exc
    if not key_matches(key, header.vault_id, header.key_check):
        raise WrongKeyError("That passphrase does not open this backup. Nothing was changed.")
    return key, passphrase


def cmd_restore(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    """``bond restore``: the backup replaces the vault, which is moved aside, never deleted."""
    from bond.services.backup_file import read_backup_header
    from bond.services.instance_lock import InstanceLock
    from bond.services.restore import restore_backup_file
    from bond.services.vault_files import KEPT_ASIDE_DIR, VaultFiles
    from bond.services.vault_service import VaultService

    files = VaultFiles(paths.data_dir)
    # Into an empty folder (a new computer) there is nothing to replace, so nothing to confirm.
    if files.any_exist() and not args.yes and not console.is_tty():
        raise UsageError("restore replaces the vault: confirm with --yes.")
    lock = InstanceLock(files.lock)
    lock.acquire()  # refuse at once while the app holds the vault
    lock.release()
    backup: Path = args.file.expanduser()
    header = read_backup_header(backup)
    key, passphrase = _backup_key(args, header, console, VaultService(files, secrets))

    def confirm() -> bool:
        if args.yes:
            return True
        console.say(
            f"This replaces the vault in {paths.data_dir} by the backup in {backup}. The vault "
            f"there now is not deleted: it is moved to {files.data_dir / KEPT_ASIDE_DIR}."
        )
        return console.ask("Type RESTORE to go ahead: ") == "RESTORE"

    lock.acquire()  # held until the restore is done: the app cannot open the vault meanwhile
    try:
        result = restore_backup_file(
            files, backup, key, secrets, passphrase=passphrase, confirm=confirm
        )
    finally:
        lock.release()
    if result is None:
        console.say("Nothing was changed.")
        return EXIT_USAGE
    console.say(f"Restored the vault in {paths.data_dir} from {backup}.")
    if result.kept_aside is not None:
        console.say(f"The vault that was there is kept in {result.kept_aside}.")
    if result.new_id:
        console.say(
            "The backup carried the id of another vault on this computer, one with another key, "
            "so it was restored as a vault of its own; that vault's key was left alone."
        )
    if result.migrated_from is not None:
        console.say("The backup came from an older Bond and was upgraded; a copy was kept first.")
    if result.keyring:
        console.say("Its key is in the OS keyring again; the passphrase still opens it too.")
    return EXIT_OK


def cmd_wipe(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    """``bond wipe``: the same wipe and check as the app's "Hand back device"."""
    from bond.services.instance_lock import ensure_not_running
    from bond.services.vault_files import VaultFiles
    from bond.services.wipe import hand_back

    files = VaultFiles(paths.data_dir)
    if not args.yes:
        if not console.is_tty():
            raise UsageError("wipe deletes everything: confirm with --yes.")
        console.say(
            f"This destroys the key and deletes every file Bond wrote for the vault in "
            f"{paths.data_dir}, its backups included. It cannot be undone."
        )
        if console.ask("Type WIPE to go ahead: ") != "WIPE":
            console.say("Nothing was changed.")
            return EXIT_USAGE
    ensure_not_running(files.lock)
    report = hand_back(paths, secrets)  # the same wipe and check as "Hand back device"
    if report.keyring_entry_removed:
        console.say("Removed the key from the OS keyring.")
    for path in report.removed:
        console.say(f"Removed {path}")
    if report.keyring_error:
        console.warn(f"Could not remove the key from the OS keyring: {report.keyring_error}")
    if report.remaining:
        console.warn("These are still there and were not removed:")
        for path in report.remaining:
            console.warn(f"  {path}")
        return EXIT_ERROR
    if report.nothing_was_there:
        console.say(f"Nothing to wipe: Bond had no files for {paths.data_dir}.")
    elif paths.custom_data_dir:
        console.say(
            "Bond's shared preferences and log folders were left alone: other vaults may use them."
        )
    return EXIT_ERROR if report.keyring_error else EXIT_OK
