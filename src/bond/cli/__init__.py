"""The command line: a stable contract that scripts and clinics rely on.

Verbs print plain sentences (paths, never private text) and exit with the codes in
:mod:`bond.errors`. Global options work before or after the verb (DECISIONS 10).

The parser is in :mod:`bond.cli.parser`; the verbs live in one module per group
(:mod:`~bond.cli.vault`, :mod:`~bond.cli.data`, :mod:`~bond.cli.content`,
:mod:`~bond.cli.clinic`), sharing :mod:`~bond.cli.console` and :mod:`~bond.cli.keys`. This
module dispatches; importing it loads no service, database or Qt module.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence

from bond.cli.clinic import cmd_policy
from bond.cli.console import Console
from bond.cli.content import cmd_content
from bond.cli.data import NOT_ENCRYPTED, cmd_demo, cmd_export, cmd_import
from bond.cli.parser import EPILOG, build_parser
from bond.cli.vault import cmd_backup, cmd_check, cmd_init, cmd_restore, cmd_wipe
from bond.config import AppPaths, PolicyDataDirError, resolve_paths
from bond.errors import EXIT_ERROR, BondError
from bond.launch import GuiOptions, start_gui
from bond.security.secrets import KeyringStore, SecretStore

__all__ = [
    "COMMANDS",
    "EPILOG",
    "NOT_ENCRYPTED",
    "Command",
    "Console",
    "SecretsFactory",
    "build_parser",
    "cmd_backup",
    "cmd_check",
    "cmd_content",
    "cmd_demo",
    "cmd_export",
    "cmd_import",
    "cmd_init",
    "cmd_policy",
    "cmd_restore",
    "cmd_wipe",
    "run",
]

#: Verbs that never touch a vault or its data folder, so a policy whose data folder is broken
#: does not stop them (the clinic's IT needs ``bond policy validate`` most just then).
VERBS_WITHOUT_A_VAULT = frozenset({"policy", "content"})

SecretsFactory = Callable[[], SecretStore]
Command = Callable[[argparse.Namespace, AppPaths, Console, SecretStore], int]

COMMANDS: dict[str, Command] = {
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
        return start_gui(GuiOptions(args.data_dir, args.policy, args.open), console.warn)
    if args.open is not None:
        console.warn(f"--open is for Bond's window; 'bond {args.verb}' does not open it.")
    from bond.services.policy import load_policy

    setup_logging(None)
    args.site_policy = load_policy(args.policy)
    try:
        paths = resolve_paths(args.data_dir, policy=args.site_policy)
    except PolicyDataDirError as exc:
        if args.verb not in VERBS_WITHOUT_A_VAULT:
            console.warn(exc.message)
            return exc.exit_code
        # These verbs only read the files they are given; they never look at a data folder.
        paths = resolve_paths(None, {}, policy=None)
    try:
        return COMMANDS[args.verb](args, paths, console, secrets_factory())
    except BondError as exc:
        console.warn(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        console.warn("Stopped. Nothing was changed.")
        return EXIT_ERROR
