"""Content problems with file and line, and a small TOML line index.

``tomllib`` reports line numbers only for syntax errors (DECISIONS 25). To point a
validation problem at the right line, :func:`index_toml_lines` scans the raw text
for ``[table]`` / ``[[array]]`` headers and ``key =`` lines and records where each
one is. It is not a TOML parser: it only needs to be right for text that
``tomllib`` has already accepted.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ContentProblem",
    "KeyPath",
    "TomlDocument",
    "TomlLineIndex",
    "index_toml_lines",
    "parse_toml_bytes",
    "problem_from_toml_error",
    "read_regular_file",
    "read_toml_file",
]

#: A path into parsed TOML data: table keys (str) and array indices (int).
KeyPath = tuple[str | int, ...]

#: Content files are untrusted input (clinic packs); larger files are refused.
DEFAULT_MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class ContentProblem:
    """One problem found in a content file. ``line`` is 1-based; 0 means the whole file."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        if self.line > 0:
            return f"{self.path}:{self.line}: {self.message}"
        return f"{self.path}: {self.message}"


class TomlLineIndex:
    """Maps key paths such as ``("contacts", 2, "hours")`` to 1-based line numbers."""

    def __init__(self, lines: Mapping[KeyPath, int]) -> None:
        self._lines: dict[KeyPath, int] = dict(lines)

    def __contains__(self, key: object) -> bool:
        return key in self._lines

    def __len__(self) -> int:
        return len(self._lines)

    def exact(self, key: KeyPath) -> int | None:
        """The line where ``key`` itself is defined, or None if it was not seen."""
        return self._lines.get(key)

    def line_of(self, key: KeyPath) -> int:
        """The line of ``key``; if it is missing, the line of the nearest enclosing
        table (its header, or the key that holds it); 0 if nothing encloses it."""
        for end in range(len(key), 0, -1):
            line = self._lines.get(key[:end])
            if line is not None:
                return line
        return 0


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_LOCATION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_END_OF_DOCUMENT = re.compile(r"\s*\(at end of document\)\s*$")


class _LineScanner:
    """Tracks multi-line strings and open brackets across lines."""

    def __init__(self) -> None:
        self.ml_quote: str | None = None  # '"""' or "'''" while inside a multi-line string
        self.depth = 0  # open [ and { of values (arrays may span lines)

    @property
    def at_statement_start(self) -> bool:
        return self.ml_quote is None and self.depth == 0

    def scan(self, text: str, pos: int = 0) -> None:
        """Advance the state over ``text[pos:]`` (one physical line)."""
        n = len(text)
        while pos < n:
            if self.ml_quote is not None:
                pos = self._scan_multiline(text, pos)
                continue
            ch = text[pos]
            if ch == "#":
                return
            if text.startswith('"""', pos) or text.startswith("'''", pos):
                self.ml_quote = text[pos : pos + 3]
                pos += 3
            elif ch == '"':
                pos = _skip_basic_string(text, pos)
            elif ch == "'":
                end = text.find("'", pos + 1)
                pos = n if end < 0 else end + 1
            elif ch in "[{":
                self.depth += 1
                pos += 1
            elif ch in "]}":
                self.depth = max(0, self.depth - 1)
                pos += 1
            else:
                pos += 1

    def _scan_multiline(self, text: str, pos: int) -> int:
        assert self.ml_quote is not None
        n = len(text)
        while pos < n:
            if self.ml_quote == '"""' and text[pos] == "\\":
                pos += 2
                continue
            if text.startswith(self.ml_quote, pos):
                pos += 3
                # A closing delimiter may be followed by up to two more quotes of content.
                while pos < n and text[pos] == self.ml_quote[0]:
                    pos += 1
                self.ml_quote = None
                return pos
            pos += 1
        return n


def _skip_basic_string(text: str, pos: int) -> int:
    """``text[pos]`` is an opening '"'; return the index after the closing one."""
    pos += 1
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch == "\\":
            pos += 2
        elif ch == '"':
            return pos + 1
        else:
            pos += 1
    return n


def _parse_key(text: str, pos: int) -> tuple[list[str], int] | None:
    """Parse a (possibly dotted, possibly quoted) key at ``text[pos:]``.

    Returns the key parts and the position after the key (and trailing blanks),
    or None if there is no key there.
    """
    parts: list[str] = []
    n = len(text)
    while True:
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos >= n:
            return None
        ch = text[pos]
        if ch == '"':
            end = _skip_basic_string(text, pos)
            raw = text[pos + 1 : end - 1]
            try:
                part = tomllib.loads(f"k = {text[pos:end]}")["k"]
            except tomllib.TOMLDecodeError:
                part = raw
            parts.append(str(part))
            pos = end
        elif ch == "'":
            end = text.find("'", pos + 1)
            if end < 0:
                return None
            parts.append(text[pos + 1 : end])
            pos = end + 1
        else:
            match = _BARE_KEY.match(text, pos)
            if match is None:
                return None
            parts.append(match.group())
            pos = match.end()
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos < n and text[pos] == ".":
            pos += 1
            continue
        return parts, pos


def index_toml_lines(text: str) -> TomlLineIndex:
    """Record the line of every table header and every ``key =`` line in ``text``.

    Array-of-tables elements are numbered in order, so the second ``[[contacts]]``
    is ``("contacts", 1)`` and its ``hours = ...`` line is ``("contacts", 1, "hours")``.
    Lines inside multi-line strings and multi-line arrays are not treated as keys.
    """
    lines: dict[KeyPath, int] = {}
    array_counts: dict[KeyPath, int] = {}
    current: KeyPath = ()
    scanner = _LineScanner()

    def resolve(parts: list[str]) -> KeyPath:
        # Walk a header's dotted name, stepping into the latest element of any
        # array of tables on the way ([[contacts.methods]] -> contacts, <n>, methods).
        path: KeyPath = ()
        for position, part in enumerate(parts):
            path = (*path, part)
            count = array_counts.get(path)
            if count is not None and position < len(parts) - 1:
                path = (*path, count - 1)
        return path

    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.rstrip("\r")
        if not scanner.at_statement_start:
            scanner.scan(line)
            continue
        stripped = line.lstrip(" \t")
        offset = len(line) - len(stripped)
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("[["):
            parsed = _parse_key(line, offset + 2)
            if parsed is None:
                continue
            array = resolve(parsed[0])
            index = array_counts.get(array, 0)
            array_counts[array] = index + 1
            lines.setdefault(array, number)
            current = (*array, index)
            lines[current] = number
        elif stripped.startswith("["):
            parsed = _parse_key(line, offset + 1)
            if parsed is None:
                continue
            current = resolve(parsed[0])
            lines.setdefault(current, number)
        else:
            parsed = _parse_key(line, offset)
            if parsed is None:
                continue
            parts, after = parsed
            if after >= len(line) or line[after] != "=":
                continue
            path = current
            for part in parts:
                path = (*path, part)
                lines.setdefault(path, number)
            scanner.scan(line, after + 1)
    return TomlLineIndex(lines)


def problem_from_toml_error(
    path: Path, error: tomllib.TOMLDecodeError, text: str
) -> ContentProblem:
    """Turn a ``tomllib`` syntax error into a problem with its line number."""
    message = str(error)
    match = _LOCATION.search(message)
    if match is not None:
        detail = message[: match.start()]
        return ContentProblem(
            path,
            int(match.group(1)),
            f"TOML syntax error: {detail} (column {match.group(2)})",
        )
    match = _END_OF_DOCUMENT.search(message)
    if match is not None:
        last_line = text.count("\n") + 1
        if text.endswith("\n"):
            last_line -= 1
        detail = message[: match.start()]
        return ContentProblem(
            path, max(last_line, 1), f"TOML syntax error: {detail} at end of file"
        )
    return ContentProblem(path, 0, f"TOML syntax error: {message}")


@dataclass(frozen=True)
class TomlDocument:
    """A parsed TOML file with its line index."""

    path: Path
    data: dict[str, Any]
    index: TomlLineIndex


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the check cannot make us wait
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_regular_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | ContentProblem:
    """The bytes of an untrusted file, at most ``max_bytes``; never raises, never blocks.

    Only a regular file is read (a symbolic link to one is fine). Anything else, a FIFO, a
    device, a folder, a dangling link, is refused before it is opened, and again after: the
    file is opened without blocking and checked once more through its handle, so one swapped
    in between the two looks cannot make Bond wait for a writer or read a device.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return ContentProblem(path, 0, "not a regular file")
        fd = os.open(path, _OPEN_FLAGS)
        with os.fdopen(fd, "rb", buffering=0) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return ContentProblem(path, 0, "not a regular file")
            if info.st_size > max_bytes:
                return ContentProblem(
                    path,
                    0,
                    f"file is too large ({info.st_size} bytes; the limit is {max_bytes} bytes)",
                )
            raw = _read_up_to(handle, max_bytes + 1)
    except OSError as error:
        return ContentProblem(
            path, 0, f"cannot read file ({error.strerror or type(error).__name__})"
        )
    except ValueError as error:  # e.g. a path with a NUL character in it
        return ContentProblem(path, 0, f"cannot read file ({type(error).__name__})")
    if len(raw) > max_bytes:
        return ContentProblem(path, 0, f"file is too large (the limit is {max_bytes} bytes)")
    return raw


def _read_up_to(handle: BinaryIO, limit: int) -> bytes:
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = handle.read(left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def parse_toml_bytes(path: Path, raw: bytes) -> TomlDocument | ContentProblem:
    """Decode and parse the bytes of one untrusted TOML file; never raises for bad content."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return ContentProblem(path, line, "file is not valid UTF-8 text")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return problem_from_toml_error(path, error, text)
    except RecursionError:
        return ContentProblem(path, 0, "TOML syntax error: values are nested too deeply")
    return TomlDocument(path, data, index_toml_lines(text))


def read_toml_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> TomlDocument | ContentProblem:
    """Read and parse one untrusted TOML file; never raises for bad content.

    Returns the parsed document, or the single problem that stopped it from loading
    (not a regular file, too large, unreadable, not UTF-8, or a syntax error).
    """
    raw = read_regular_file(path, max_bytes=max_bytes)
    if isinstance(raw, ContentProblem):
        return raw
    return parse_toml_bytes(path, raw)
