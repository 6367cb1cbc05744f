"""The argparse parser: every verb, option and help text in one place.

The parser is the part of the contract people read (``bond --help``), so it stays whole here,
with the verbs in the order they are listed; the verbs' code lives in the modules beside it.
Building it imports nothing heavy, so ``--help`` and ``--version`` stay quick.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bond import version

if TYPE_CHECKING:
    from bond.services.links import Link

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


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options that work before or after the verb (DECISIONS 10).

    On a verb's parser they are suppressed, so a value given before the verb is not reset.
    """
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
    parser.add_argument(
        "--open",
        metavar="URI",
        type=_link,
        nargs="?",  # a desktop file's "--open %u" started from the menu gives no URI
        const=None,
        default=default,
        help="open Bond at this place: bond://exercise/<id>, bond://article/<slug>, "
        "bond://support, bond://home, bond://library or bond://exercises (handed to the Bond "
        "already open for the data folder, if there is one)",
    )


def _day(text: str) -> date:
    """An ISO day, with a message argparse shows when it is not one."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use a date like 2025-03-31") from None


def _link(text: str) -> Link:
    """A ``bond://`` link, with a message argparse shows when it is not one (exit 2)."""
    from bond.services.links import LinkError, parse_link

    try:
        return parse_link(text)
    except LinkError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class _VersionAction(argparse.Action):
    """Reads the package metadata only when asked (it costs ~60 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        print(f"Bond {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; ``verb`` is ``None`` when no command was given."""
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
