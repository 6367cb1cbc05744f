"""Field checks shared by the content validators; every problem carries its file and line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bond.content.problems import ContentProblem, KeyPath, TomlLineIndex

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _where(key: KeyPath) -> str:
    parts: list[str] = []
    for part in key:
        if isinstance(part, int):
            name = parts[-1] if parts else "item"
            name = {"steps": "step", "contacts": "contact", "prompts": "prompt"}.get(name, name)
            parts[-1:] = [f"{name} {part + 1}"]
        else:
            parts.append(part)
    return ".".join(parts)


class Checker:
    """Collects problems for one file, pointing each at the line of the key it is about."""

    def __init__(self, path: Path, index: TomlLineIndex) -> None:
        self.path = path
        self.index = index
        self.problems: list[ContentProblem] = []

    def report(self, key: KeyPath, message: str) -> None:
        # A key with no line of its own (a missing top-level field) points at line 1.
        line = max(1, self.index.line_of(key))
        self.problems.append(ContentProblem(self.path, line, message))

    def fields(
        self, table: dict[str, Any], key: KeyPath, allowed: set[str], required: set[str]
    ) -> None:
        where = f"{_where(key)}: " if key else ""
        for name in table:
            if name not in allowed:
                self.report(
                    (*key, name),
                    f'{where}unknown field "{name}" (allowed: {", ".join(sorted(allowed))})',
                )
        for name in sorted(required - set(table)):
            self.report(key, f'{where}missing required field "{name}"')

    def text(
        self, table: dict[str, Any], key: KeyPath, name: str, limit: int, *, required: bool = False
    ) -> str:
        if name not in table:
            return ""
        value = table[name]
        where = (*key, name)
        if not isinstance(value, str):
            self.report(where, f'"{name}" must be text in quotes')
            return ""
        if required and not value.strip():
            self.report(where, f'"{name}" must not be empty')
            return ""
        if len(value) > limit:
            self.report(where, f'"{name}" is too long ({len(value)} characters; limit {limit})')
            return ""
        if not value.replace("\n", "").isprintable():
            self.report(where, f'"{name}" holds control characters')
            return ""
        return value.strip()

    def boolean(self, table: dict[str, Any], key: KeyPath, name: str) -> bool:
        value = table.get(name, False)
        if not isinstance(value, bool):
            self.report((*key, name), f'"{name}" must be true or false')
            return False
        return value

    def integer(
        self, table: dict[str, Any], key: KeyPath, name: str, bounds: tuple[int, int], default: int
    ) -> int:
        low, high = bounds
        if name not in table:
            return default
        value = table[name]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.report((*key, name), f'"{name}" must be a whole number from {low} to {high}')
            return default
        return value

    def choice(
        self, table: dict[str, Any], key: KeyPath, name: str, allowed: tuple[str, ...]
    ) -> str:
        value = table.get(name)
        if value is None:
            return ""
        if value not in allowed:
            self.report(
                (*key, name),
                f'"{name}" must be one of {", ".join(allowed)} (found {value!r})',
            )
            return ""
        return str(value)

    def strings(
        self,
        table: dict[str, Any],
        key: KeyPath,
        name: str,
        *,
        limit: int,
        least: int = 0,
        most: int = 50,
        slugs: bool = False,
    ) -> tuple[str, ...]:
        if name not in table:
            return ()
        value = table[name]
        where = (*key, name)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.report(where, f'"{name}" must be a list of texts in quotes')
            return ()
        if not least <= len(value) <= most:
            self.report(where, f'"{name}" needs {least} to {most} entries (found {len(value)})')
            return ()
        out: list[str] = []
        for item in value:
            if not item.strip() or len(item) > limit:
                self.report(where, f'"{name}": each entry must be 1 to {limit} characters')
                return ()
            if slugs and not SLUG.match(item):
                self.report(where, f'"{name}": "{item}" is not a lower-case-with-dashes id')
                return ()
            out.append(item.strip())
        if len(set(out)) != len(out):
            self.report(where, f'"{name}" lists the same entry twice')
        return tuple(out)
