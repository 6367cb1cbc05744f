"""A console that answers prompts from a list and keeps what was printed, for CLI tests."""

from __future__ import annotations

import io

from bond import cli
from bond.security.secrets import MemoryStore


class FakeConsole(cli.Console):
    def __init__(self, stdin: str = "", tty: bool = False, answers: list[str] | None = None):
        super().__init__(io.StringIO(stdin), io.StringIO(), io.StringIO())
        self._tty = tty
        self._answers = list(answers or [])

    def is_tty(self) -> bool:
        return self._tty

    def ask_secret(self, prompt: str) -> str:
        return self._answers.pop(0)

    def ask(self, prompt: str) -> str:
        return self._answers.pop(0)

    @property
    def out(self) -> str:
        assert isinstance(self.stdout, io.StringIO)
        return self.stdout.getvalue()

    @property
    def err(self) -> str:
        assert isinstance(self.stderr, io.StringIO)
        return self.stderr.getvalue()


def run(argv: list[str], console: FakeConsole, store: MemoryStore) -> int:
    return cli.run(argv, console=console, secrets_factory=lambda: store)
