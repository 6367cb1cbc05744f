"""The command line: a stable contract that scripts and clinics rely on.

Verbs print plain sentences (paths, never private text) and exit with the codes in
:mod:`bond.errors`. Global options work before or after the verb (DECISIONS 10).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bond import version
from bond.config import AppPaths, resolve_paths
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
from bond.security.secrets import KeyringStore, SecretStore

if TYPE_CHECKING:
    from bond.services.vault_service import VaultService

EPILOG = """\
exit codes:
  0  ok
  1  error (the message says what happened)
  2  usage: a wrong option, or a confirmation that was needed but not given
  3  locked: the key is missing or wrong (the vault is left untouched)
  4  the vault is damaged, or was written by a newer Bond (left untouched)

Bond opens no network connection. Private text never appears in its output or logs.
"""

SecretsFactory = Callable[[], SecretStore]


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
        "problem. Exit 0 when everything is valid, 1 otherwise.",
    )
    validate.add_argument("paths", metavar="PATH", nargs="+", type=Path)
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


def cmd_init(
    args: argparse.Namespace, paths: AppPaths, console: Console, secrets: SecretStore
) -> int:
    from bond.domain.profiles import Household, InvalidName, clean_name
    from bond.services.profiles import ProfileService
    from bond.services.vault_files import VaultFiles
    from bond.services.vault_service import Custody, VaultService, passphrase_problem

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
    if args.passphrase_stdin:
        custody = Custody(keyring=False, passphrase=console.read_stdin_secret())
        where = "behind your passphrase"
    elif service.keyring_available():
        custody = Custody(keyring=True)
        where = "in the OS keyring"
    elif console.is_tty():
        console.warn("No working OS keyring was found, so the vault will use a passphrase.")
        first = console.ask_secret("New passphrase: ")
        if problem := passphrase_problem(first):
            raise BondError(problem)
        if console.ask_secret("The same passphrase again: ") != first:
            raise BondError("The two passphrases differ. Nothing was created.")
        custody = Custody(keyring=False, passphrase=first)
        where = "behind your passphrase"
    else:
        raise KeyringUnavailableError(
            "No working OS keyring was found. Give a passphrase with --passphrase-stdin, "
            "for example: printf '%s' \"$PASSPHRASE\" | bond init --passphrase-stdin"
        )
    if custody.passphrase is not None and (problem := passphrase_problem(custody.passphrase)):
        raise BondError(problem)
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
    from bond.services.wipe import wipe

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
    report = wipe(paths, secrets)
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

    builtin, _ = load_sources(content_dir() / "sources.toml")
    problems = validate(args.paths, builtin_sources=builtin)
    for problem in problems:
        console.say(str(problem))
    if problems:
        files = len({p.path for p in problems})
        console.warn(f"{len(problems)} problem(s) in {files} file(s).")
        return EXIT_ERROR
    console.say("All content is valid.")
    return EXIT_OK


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


COMMANDS = {
    "init": cmd_init,
    "check": cmd_check,
    "wipe": cmd_wipe,
    "export": cmd_export,
    "import": cmd_import,
    "content": cmd_content,
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
    paths = resolve_paths(args.data_dir)
    if args.verb is None:
        if not _has_display():
            console.warn(
                "Bond is a desktop app and needs a graphical session (neither DISPLAY nor "
                "WAYLAND_DISPLAY is set). To try it on a machine without a screen, run it "
                "inside scripts/desktop-session.sh."
            )
            return EXIT_ERROR
        from bond.gui.app import run_app

        return run_app(paths)
    setup_logging(None)
    try:
        return COMMANDS[args.verb](args, paths, console, secrets_factory())
    except BondError as exc:
        console.warn(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        console.warn("Stopped. Nothing was changed.")
        return EXIT_ERROR
