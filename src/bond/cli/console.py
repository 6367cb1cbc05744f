"""The verbs' only way to talk: standard streams behind a class, and the wording they share.

Every verb prints through :class:`Console`, so tests can drive them without a terminal.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from bond.domain.policy import Policy
from bond.errors import UsageError


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


def organisation(policy: Policy) -> str:
    """The policy's organisation, or "your organisation" when an unreadable file named none."""
    return policy.organisation or "your organisation"


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 file``, ``2 files``; ``words`` for a plural that is not ``word + "s"``."""
    return f"{count} {word}" if count == 1 else f"{count} {words or word + 's'}"
