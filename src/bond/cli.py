"""The command line: a stable contract that scripts and clinics rely on.

Verbs print plain sentences (paths, never private text) and exit with the codes in
:mod:`bond.errors`. Global options work before or after the verb (DECISIONS 10).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bond import version
from bond.config import AppPaths, resolve_paths
from bond.domain.policy import Policy
from bond.errors import (
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    BondError,
    KeyringUnavailableError,
    PassphraseRequiredError,
    UsageError,
)
from bond.launch import GuiOptions, start_gui
from bond.security.secrets import KeyringStore, SecretStore

if TYPE_CHECKING:
    from bond.security.header import VaultHeader
    from bond.services.vault_service import Custody, OpenVault, VaultService

EPILOG = """\
exit codes:
  0  ok
  1  error (the message says what happened)
  2  usage: a wrong option, or a confirmation that was needed but not given
  3  locked: the key is missing or wrong (the vault is left untouched)
  4  the vault is damaged, or was written by a newer Bond (left untouched)

A site policy (the platform's site config folder, e.g. /etc/xdg/bond/policy.toml) wins over
--policy and BOND_POLICY, and its data_dir over --data-dir and BOND_DATA_DIR.

Bond opens no network connection. Private text never appears in its output or logs.
"""

SecretsFactory = Callable[[], SecretStore]


def _organisation(policy: Policy) -> str:
    """The policy's organisation, or "your organisation" when an unreadable file named none."""
    return policy.organisation or "your organisation"


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="use the vault in DIR (default: your user data folder; or BOND_DATA_DIR)",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="read the vault passphrase from standard input instead of asking",
    )
    parser.add_argument(
        "--policy",
        metavar="FILE",
        default=default,
        help="use this clinic policy file (or BOND_POLICY); a site policy always wins",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use a date like 2025-03-31") from None


class _VersionAction(argparse.Action):
    """Reads the package metadata only when asked (it costs ~60 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        print(f"Bond {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bond",
        description="Bond: practise the skills of a close relationship, privately, offline. "
        "With no command, the app starts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show Bond's version and exit"
    )
    _global_options(parser, suppress=False)
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")

    def verb(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = verbs.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _global_options(sub, suppress=True)
        return sub

    init = verb("init", "create a new, empty vault without the app")
    init.add_argument(
        "--profile",
        metavar="NAME",
        action="append",
        default=[],
        help="add a profile (once for just you, twice for two partners)",
    )
    verb("check", "verify the vault: key, integrity_check and cipher_integrity_check")
    demo = verb("demo", "create a new vault filled with sample history for two people, to try Bond")
    demo.add_argument(
        "--weeks",
        type=int,
        default=26,
        metavar="N",
        help="how many weeks of history, from 1 to 520 (default 26)",
    )
    backup = verb("backup", "write an encrypted backup of the vault to one file")
    backup.add_argument(
        "--output", "-o", type=Path, required=True, metavar="FILE", help="the backup file to write"
    )
    backup.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    restore = verb(
        "restore", "replace the vault by a backup file; the vault there now is kept aside"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="a file made by 'bond backup'")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    wipe = verb("wipe", "destroy the key, then delete every file Bond wrote for this vault")
    wipe.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    export = verb(
        "export", "write your sessions, agreements and boundaries to a file (not encrypted)"
    )
    export.add_argument(
        "--format", choices=("json", "pdf"), default="json", help="json (default) or pdf"
    )
    export.add_argument("--output", metavar="FILE", type=Path, required=True, help="where to write")
    export.add_argument("--profile", metavar="NAME", help="only what this person took part in")
    export.add_argument(
        "--since", metavar="YYYY-MM-DD", type=_day, help="only what happened on or after this day"
    )
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    imported = verb("import", "merge a Bond JSON export into this vault (nothing is replaced)")
    imported.add_argument("file", metavar="FILE", type=Path)
    content = verb("content", "work with content files (exercises, support contacts)")
    content_verbs = content.add_subparsers(dest="content_verb", metavar="ACTION", required=True)
    validate = content_verbs.add_parser(
        "validate",
        help="check content folders (laid out like resources/content) or single files",
        description="Check content folders or files; prints file:line: message for each "
        "problem. Exit 0 when everything is valid, 1 otherwise. With --pack, each PATH is a "
        "clinic content pack, checked as untrusted input exactly as Bond loads it.",
    )
    validate.add_argument("paths", metavar="PATH", nargs="+", type=Path)
    validate.add_argument(
        "--pack",
        action="store_true",
        help="treat each folder as a clinic content pack (size limits, no HTML or scripts, "
        "no clashing ids)",
    )
    policy = verb("policy", "check a clinic policy file, or hash its admin passphrase")
    policy_verbs = policy.add_subparsers(dest="policy_verb", metavar="ACTION", required=True)
    check_policy = policy_verbs.add_parser(
        "validate",
        help="check a policy file",
        description="Check a policy file; prints file:line: message for each problem, and "
        '"warning: file:line: message" for exercise ids and pack folders Bond cannot find. '
        "Exit 0 when it is valid (warnings or not), 1 otherwise.",
    )
    check_policy.add_argument("file", metavar="FILE", type=Path)
    policy_verbs.add_parser(
        "hash-pin",
        help="read an admin passphrase (at least 12 characters) and print its Argon2id hash",
        description="Read the admin passphrase from standard input (one line) and print the "
        "hash to put in admin_passphrase_hash. Exit 2 when it is shorter than 12 characters.",
    )
    return parser


class Console:
    """Standard streams, so tests can drive the verbs without a terminal."""

    def __init__(
        self,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
    ) -> None:
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr

    def is_tty(self) -> bool:
        return self.stdin.isatty()

    def say(self, text: str) -> None:
        print(text, file=self.stdout)

    def warn(self, text: str) -> None:
        print(text, file=self.stderr)

    def read_stdin_secret(self) -> str:
        value = self.stdin.read()
        if value.endswith("\n"):
            value = value[:-1]
        if value.endswith("\r"):
            value = value[:-1]
        if not value:
            raise UsageError("--passphrase-stdin was given but standard input was empty.")
        return value

    def ask_secret(self, prompt: str) -> str:
        return getpass.getpass(prompt)

    def ask(self, prompt: str) -> str:
        self.stdout.write(prompt)
        self.stdout.flush()
        return self.stdin.readline().strip()


def _ask_new_passphrase(console: Console, what: str) -> str:
    """A new passphrase typed twice on the terminal."""
    from bond.services.vault_service import passphrase_problem

    first = console.ask_secret(f"New passphrase for {what}: ")
    if problem := passphrase_problem(first):
        raise BondError(problem)
    if console.ask_secret("The same passphrase again: ") != first:
        raise BondError("The two passphrases differ. Nothing was written.")
    return first


def _new_custody(
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
            f"{_organisation(policy)}'s policy requires a passphrase for the vault. Give it with "
            f"--passphrase-stdin, for example: printf '%s' \"$PASSPHRASE\" | bond {args.verb} "
            "--passphrase-stdin"
        )
    elif policy.require_passphrase:
        console.warn(f"{_organisation(policy)}'s policy requires a passphrase for the vault.")
        custody = Custody(keyring=False, passphrase=_ask_new_passphrase(console, "the vault"))
        where = "behind your passphrase"
    elif service.keyring_available():
        custody = Custody(keyring=True)
        where = "in the OS keyring"
    elif console.is_tty():
        console.warn("No working OS keyring was found, so the vault will use a passphrase.")
        custody = Custody(keyring=False, passphrase=_ask_new_passphrase(console, "the vault"))
        where = "behind your passphrase"
    else:
        raise KeyringUnavailableError(
            "No working OS keyring was found. Give a passphrase with --passphrase-stdin, "
            f"for example: printf '%s' \"$PASSPHRASE\" | bond {args.verb} --passphrase-stdin"
        )
    if custody.passphrase is not None and (problem := passphrase_problem(custody.passphrase)):
        raise BondError(problem)
    return custody, where


def cmd_init(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
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
    custody, where = _new_custody(args, service, console)
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


def _unlock(
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


def cmd_check(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    service, key = _unlock(args, paths, console, secrets)
    problems = service.check(key)
    if problems:
        console.warn(f"The vault in {paths.data_dir} failed its checks ({len(problems)} problems).")
        for problem in problems[:20]:
            console.warn(f"  {problem}")
        return EXIT_DAMAGED
    console.say(f"The vault in {paths.data_dir} is healthy: key, integrity and cipher checks ok.")
    return EXIT_OK


def cmd_wipe(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
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


def _remove_new_vault(service: VaultService, vault: OpenVault) -> None:
    """Undo a vault this command made moments ago and could not fill (nothing of value in it)."""
    from bond.security.header import destroy_header
    from bond.security.secrets import SecretStoreError

    vault.close()
    for path in (service.files.db, *service.files.sidecars):
        path.unlink(missing_ok=True)
    destroy_header(service.files.header)
    if vault.header is not None and vault.header.keyring:
        with contextlib.suppress(SecretStoreError):
            service.secrets.delete(vault.header.vault_id)


def cmd_demo(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    import time

    from bond.content.catalog import load_catalog
    from bond.paths import content_dir
    from bond.services import demo
    from bond.services.vault_files import VaultFiles
    from bond.services.vault_service import VaultService

    if not demo.MIN_WEEKS <= args.weeks <= demo.MAX_WEEKS:
        raise UsageError(
            f"--weeks: please give a number from {demo.MIN_WEEKS} to {demo.MAX_WEEKS}."
        )
    service = VaultService(VaultFiles(paths.data_dir), secrets)
    if service.files.any_exist():
        raise BondError(
            f"There is already a vault in {paths.data_dir}. Sample data only goes into a new "
            "vault, so nothing there was changed. Choose another folder with --data-dir."
        )
    catalog = load_catalog(content_dir())
    if missing := demo.missing_exercises(catalog.exercises):
        raise BondError(f"Bond's content lacks exercises the sample needs: {', '.join(missing)}.")
    custody, where = _new_custody(args, service, console)
    vault = service.create(custody)
    started = time.perf_counter()
    try:
        summary = demo.write_demo(
            vault, catalog.exercises, weeks=args.weeks, articles=catalog.articles
        )
    except BaseException:
        _remove_new_vault(service, vault)
        raise
    vault.close()
    seconds = time.perf_counter() - started
    console.say(f"Created a new vault in {paths.data_dir} with its key {where}.")
    console.say(
        f"It holds {summary.weeks} weeks of sample history for {' and '.join(summary.profiles)}: "
        f"{summary.meetings} weekly meetings, {summary.solo_sessions} exercises done alone, "
        f"{summary.agreements} agreements, {summary.boundaries} boundaries "
        f"(written in {seconds:.1f} s)."
    )
    console.say("Bond shows it as sample data. 'bond wipe' removes it when you are done.")
    return EXIT_OK


def cmd_backup(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
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
            passphrase = _ask_new_passphrase(console, "the backup")
        else:
            raise PassphraseRequiredError(
                "This vault opens with the OS keyring only, so its backup needs a passphrase of "
                "its own: give one with --passphrase-stdin."
            )
    else:
        _service, key = _unlock(args, paths, console, secrets)
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
) -> bytes:
    """The backup's key: --passphrase-stdin, else this computer's keyring, else a prompt."""
    from bond.errors import WrongKeyError
    from bond.security.keys import UnwrapError, key_matches, unwrap_key

    assert header.wrapped is not None  # read_backup_header refuses a backup without one
    if args.passphrase_stdin:
        passphrase = console.read_stdin_secret()
    else:
        key = service.key_from_keyring(header)
        if key is not None:
            return key
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
    return key


def cmd_restore(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
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
    key = _backup_key(args, header, console, VaultService(files, secrets))

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
        result = restore_backup_file(files, backup, key, secrets, confirm=confirm)
    finally:
        lock.release()
    if result is None:
        console.say("Nothing was changed.")
        return EXIT_USAGE
    console.say(f"Restored the vault in {paths.data_dir} from {backup}.")
    if result.kept_aside is not None:
        console.say(f"The vault that was there is kept in {result.kept_aside}.")
    if result.migrated_from is not None:
        console.say("The backup came from an older Bond and was upgraded; a copy was kept first.")
    if result.keyring:
        console.say("Its key is in the OS keyring again; the passphrase still opens it too.")
    return EXIT_OK


NOT_ENCRYPTED = (
    "Please note: this file is not encrypted. Anyone who can open it can read it, so keep it "
    "somewhere safe and delete it when you no longer need it."
)


def _plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {words or word + 's'}"


def cmd_export(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    from bond.services.export_data import build_export, write_json
    from bond.services.keychain import Keychain

    policy: Policy = args.site_policy
    if policy.disable_export:
        raise BondError(
            f"Exporting is turned off on this computer by {_organisation(policy)}'s policy. "
            "Nothing was written. An encrypted backup ('bond backup') is still possible."
        )
    output: Path = args.output
    export_pdf = _pdf_exporter() if args.format == "pdf" else None
    if output.exists() and not args.force:
        raise BondError(f"{output} already exists. Choose another name, or add --force.")
    service, key = _unlock(args, paths, console, secrets)
    with service.reading(key) as vault:
        keychain = Keychain(vault)
        if export_pdf is not None:
            export_pdf(vault, keychain, output, profile=args.profile, since=args.since)
            console.warn(NOT_ENCRYPTED)
            console.say(f"Exported a PDF to {output}.")
            return EXIT_OK
        doc = build_export(vault, keychain, profile=args.profile, since=args.since)
    try:
        write_json(doc.to_json(), output, overwrite=args.force)
    except FileExistsError:
        raise BondError(f"{output} already exists. Choose another name, or add --force.") from None
    except OSError as exc:
        raise BondError(f"Could not write {output} ({exc.strerror}).") from None
    console.warn(NOT_ENCRYPTED)
    answers = sum(len(x.answers) for x in doc.sessions)
    console.say(
        f"Exported {_plural(len(doc.sessions), 'session')} ({_plural(answers, 'answer')}), "
        f"{_plural(len(doc.agreements), 'agreement')} and "
        f"{_plural(len(doc.boundaries), 'boundary', 'boundaries')} to {output}."
    )
    withheld = sum(1 for p in doc.profiles if not p.private_included)
    if withheld:
        console.say(
            f"Private items of {_plural(withheld, 'profile')} were left out: a profile with a PIN "
            "keeps them, and the app can export them once its PIN is given."
        )
    return EXIT_OK


def _pdf_exporter() -> Callable[..., object]:
    """The app's PDF report, when this Bond has it (it lives in gui/, DECISIONS 19)."""
    import importlib

    try:
        reports = importlib.import_module("bond.gui.reports")
    except ImportError:
        reports = None
    export_pdf: Callable[..., object] | None = getattr(reports, "export_pdf", None)
    if not callable(export_pdf):
        raise UsageError("PDF export needs the app's report module")
    return export_pdf


def cmd_import(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    from bond.services.import_data import KINDS, import_json, parse_export
    from bond.services.instance_lock import InstanceLock
    from bond.services.keychain import Keychain
    from bond.services.vault_files import VaultFiles

    doc = parse_export(args.file)  # the whole file is checked before any passphrase is asked
    lock = InstanceLock(VaultFiles(paths.data_dir).lock)
    service, key = _unlock(args, paths, console, secrets)
    lock.acquire()
    try:
        vault = service.open(
            key, on_backup=lambda path: console.say(f"Took a backup before upgrading: {path}")
        )
        try:
            report = import_json(vault, Keychain(vault), doc)
        finally:
            vault.close()
    finally:
        lock.release()
    added = [f"{report.added[k]} {k}" for k in KINDS if report.added[k]]
    console.say(
        f"Imported into {paths.data_dir}: {', '.join(added)}."
        if added
        else "Nothing new: everything in the file was already in this vault."
    )
    for message in report.messages:
        console.say(message)
    return EXIT_OK


def cmd_content(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    from bond.content.catalog import validate
    from bond.content.exercises import load_sources
    from bond.paths import content_dir

    if args.pack:
        return _validate_packs(args.paths, console)
    builtin, _ = load_sources(content_dir() / "sources.toml")
    problems = validate(args.paths, builtin_sources=builtin)
    for problem in problems:
        console.say(str(problem))
    if problems:
        files = len({p.path for p in problems})
        console.warn(f"{_plural(len(problems), 'problem')} in {_plural(files, 'file')}.")
        return EXIT_ERROR
    console.say("All content is valid.")
    return EXIT_OK


def cmd_policy(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    from bond.services.policy import (
        ADMIN_MIN_LENGTH,
        AdminPassphraseTooShort,
        check_policy_file,
        hash_admin_passphrase,
    )

    if args.policy_verb == "validate":
        file: Path = args.file
        if not (file.exists() or file.is_symlink()):
            console.warn(
                f'There is no file at "{file}". Without a policy file Bond is not managed.'
            )
            return EXIT_ERROR
        policy, warnings = check_policy_file(file)
        for problem in policy.problems:
            console.say(problem)
        for warning in warnings:
            console.say(f"warning: {warning}")
        if policy.problems:
            console.warn(
                f"{_plural(len(policy.problems), 'problem')}. Until they are fixed, Bond runs "
                f"locked down with this file: passphrase required, {policy.idle_lock_minutes}-"
                "minute idle lock, no exports."
            )
            return EXIT_ERROR
        if warnings:
            console.say(
                f"The policy is valid, with {_plural(len(warnings), 'warning')}: Bond can run "
                "with it, but please check them."
            )
        else:
            console.say("The policy is valid.")
        return EXIT_OK
    if console.is_tty():
        secret = console.ask_secret(f"Admin passphrase (at least {ADMIN_MIN_LENGTH} characters): ")
        if len(secret) >= ADMIN_MIN_LENGTH and console.ask_secret("The same again: ") != secret:
            raise UsageError("The two passphrases differ. Nothing was printed.")
    else:
        secret = console.stdin.readline().removesuffix("\n").removesuffix("\r")
    try:
        console.say(hash_admin_passphrase(secret))
    except AdminPassphraseTooShort as exc:
        raise UsageError(str(exc)) from None
    return EXIT_OK


def _validate_packs(folders: list[Path], console: Console) -> int:
    """Check pack folders together (their ids must not clash with each other either)."""
    from bond.content.packs import load_packs

    reports = load_packs(folders, "").reports
    for report in reports:
        for problem in report.problems:
            console.say(problem)
        if report.loaded:
            console.say(
                f"{report.folder}: valid ({_plural(report.exercises, 'exercise')}, "
                f"{_plural(report.articles, 'article')}, "
                f"{_plural(report.support_regions, 'support region')})."
            )
    skipped = [r for r in reports if not r.loaded]
    if skipped:
        problems = sum(len(r.problems) for r in skipped)
        console.warn(
            f"{_plural(problems, 'problem')}; {_plural(len(skipped), 'pack')} would be skipped "
            "as a whole."
        )
        return EXIT_ERROR
    console.say("All packs are valid.")
    return EXIT_OK


COMMANDS = {
    "init": cmd_init,
    "check": cmd_check,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "wipe": cmd_wipe,
    "export": cmd_export,
    "import": cmd_import,
    "content": cmd_content,
    "policy": cmd_policy,
}


def run(
    argv: Sequence[str] | None = None,
    *,
    console: Console | None = None,
    secrets_factory: SecretsFactory = KeyringStore,
) -> int:
    """Parse and run a verb; returns the exit code. ``None`` verb means "start the app"."""
    from bond.logging_setup import setup_logging

    os.umask(0o077)  # everything Bond writes is for this user only
    console = console or Console()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        return start_gui(GuiOptions(args.data_dir, args.policy), console.warn)
    from bond.services.policy import load_policy

    setup_logging(None)
    args.site_policy = load_policy(args.policy)
    paths = resolve_paths(args.data_dir, policy=args.site_policy)
    try:
        return COMMANDS[args.verb](args, paths, console, secrets_factory())
    except BondError as exc:
        console.warn(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        console.warn("Stopped. Nothing was changed.")
        return EXIT_ERROR
