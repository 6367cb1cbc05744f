"""Composition root: ``bond`` and ``python -m bond`` start here."""

from __future__ import annotations

import sys


def main() -> None:
    from bond.cli import run

    sys.exit(run())


if __name__ == "__main__":
    main()
