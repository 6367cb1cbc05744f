"""Composition root: ``bond`` and ``python -m bond`` start here (so does the bundle's launcher)."""

from __future__ import annotations

import sys


def main() -> None:
    from bond.hardening import protect_process_memory

    # First, before any key, vault or Qt module is in memory: no core dumps, non-dumpable.
    protect_process_memory()
    from bond.launch import gui_options, start_gui

    options = gui_options(sys.argv[1:])
    if options is not None:  # no command: the app, without the command line's parser or verbs
        sys.exit(start_gui(options))
    from bond.cli import run

    sys.exit(run())


if __name__ == "__main__":
    main()
