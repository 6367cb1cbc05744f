"""The way to the first window: ``bond`` with no command starts here (DECISIONS 29).

The app must not pay for argparse's verb tree or the verbs' imports, so ``bond`` alone, or with
only the global options spelt out in full (``--data-dir DIR``, ``--data-dir=DIR``, ``--policy
FILE``, ``--policy=FILE``, ``--open URI``, ``--open=URI``, a last ``--open`` without one,
``--passphrase-stdin``), is read here by hand. Anything else (a verb,
``--help``, ``--version``, an abbreviation, a mistake) goes to :mod:`bond.cli`, whose parser stays
the one place that defines the command line (DECISIONS 10).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from bond.services.links import Link

_VALUED = ("--data-dir", "--policy", "--open")

#: Qt-free modules the first window needs, imported before PySide6 is. Once PySide6 is loaded it
#: reads the source of every module imported after it (its ``__feature__`` check). The modules
#: the rest of the window needs come after its first frame (``MainWindow.complete``). Only speed
#: depends on this list (DECISIONS 29).
BEFORE_QT = (
    "bond.domain.reminders",
    "bond.services.vault_service",
)


class GuiOptions(NamedTuple):
    """The global options that matter to the app (``--passphrase-stdin`` does not)."""

    data_dir: str | None = None
    policy: str | None = None
    link: Link | None = None  # --open: a place to open (DECISIONS 33)


def gui_options(argv: Sequence[str]) -> GuiOptions | None:
    """The options when ``argv`` holds nothing but global options in their plain full form, as
    argparse would read them (the last one given wins); ``None`` means bond.cli must parse it."""
    values: dict[str, str | None] = dict.fromkeys(_VALUED)
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, value = arg.partition("=")
        if arg == "--passphrase-stdin":
            i += 1
        elif name in _VALUED and eq:
            values[name] = value
            i += 1
        elif arg in _VALUED and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            values[arg] = argv[i + 1]
            i += 2
        elif arg == "--open" and i + 1 == len(argv):  # "--open %u" from a menu: no link
            values[arg] = None
            i += 1
        else:
            return None
    link = None
    if values["--open"] is not None:
        from bond.services.links import LinkError, parse_link

        try:
            link = parse_link(values["--open"])
        except LinkError:
            return None  # bond.cli says what is wrong with it (exit 2)
    return GuiOptions(values["--data-dir"], values["--policy"], link)


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _stderr(text: str) -> None:
    print(text, file=sys.stderr)


def _refuse_in_a_window(message: str) -> None:
    from bond.gui.app import show_refusal

    show_refusal(message)


def start_gui(
    options: GuiOptions,
    warn: Callable[[str], None] = _stderr,
    refuse: Callable[[str], None] = _refuse_in_a_window,
) -> int:
    """Start the app; returns the exit code. ``bond.cli`` comes here too when it finds no verb.
    ``refuse`` tells a person who started Bond from a menu why it will not start (``warn``
    reaches only a terminal)."""
    from bond.config import PolicyDataDirError, resolve_paths
    from bond.errors import EXIT_ERROR
    from bond.logging_setup import setup_logging
    from bond.services.policy import load_policy

    os.umask(0o077)  # everything Bond writes is for this user only
    if not has_display():
        warn(
            "Bond is a desktop app and needs a graphical session (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). To try it on a machine without a screen, run it "
            "inside scripts/desktop-session.sh."
        )
        return EXIT_ERROR
    # The app logs to its file from here on (its folder does not depend on the data folder), so
    # where the policy came from is on record; run_app keeps logging to the same file.
    setup_logging(resolve_paths(None).log_file)
    policy = load_policy(options.policy)
    try:
        paths = resolve_paths(options.data_dir, policy=policy)
    except PolicyDataDirError as exc:  # no vault opens, and no other folder is used instead
        import logging

        logging.getLogger(__name__).error("the policy's data folder cannot be used; not starting")
        warn(exc.message)
        refuse(exc.message)
        return exc.exit_code
    from bond.security.key_prefetch import KeyPrefetch
    from bond.services.vault_files import VaultFiles

    # Before Qt and before any thread: the key is looked up on the other core meanwhile.
    prefetch = KeyPrefetch.start(VaultFiles(paths.data_dir).header)
    for name in BEFORE_QT:
        importlib.import_module(name)
    from bond.gui.app import run_app

    return run_app(paths, policy=policy, prefetch=prefetch, link=options.link)
