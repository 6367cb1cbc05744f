"""Read an untrusted import file, and the checks that every field in it goes through.

An import file may be hostile (PRIVACY.md): it is read with a size cap and parsed with numbers,
nesting and duplicate fields bounded, before anything looks at what it says. The field checks
each take a value and the place it came from, such as ``sessions[3].answers[2].created_at``, and
either return it, typed, or raise :class:`ImportFileError` naming that place. Nothing here
touches a vault; :mod:`bond.services.import_schema` uses these to check a whole document.
"""

from __future__ import annotations

import json
import math
import re
import stat
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn

from bond.errors import ImportFileError
from bond.services.export_data import utc

# Limits: generous for years of real use, small enough that a hostile file cannot hurt. (How many
# of each kind a file may hold is in import_schema.)
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_VALUE_DEPTH = 12  # nesting inside an answer's value
MAX_VALUE_ITEMS = 2_000  # entries in one list or object inside a value
MAX_VALUE_NODES = 20_000  # everything inside one value
MAX_VALUE_TEXT = 20_000  # characters in one string inside a value
MAX_NUMBER_DIGITS = 16
# Counted in the raw bytes before parsing, so a file of tiny values cannot take gigabytes of
# memory while it is parsed (an honest 50 MB export holds far fewer).
MAX_CONTAINERS = 2_000_000  # "[" and "{"
MAX_SEPARATORS = 5_000_000  # ","
LARGEST_INT = 2**53
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
EARLIEST_DAY = date(2000, 1, 1)
LATEST_DAY = date(2100, 1, 1)

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ZONE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$")


def refuse(where: str, problem: str) -> NoReturn:
    """Every refusal reads the same way, names the place, and says nothing was changed."""
    raise ImportFileError(f"This file cannot be imported: {where} {problem}. Nothing was changed.")


# -- reading the file -------------------------------------------------------------------------
class _Reject(Exception):
    """Raised from inside the JSON parser's hooks."""


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _Reject("holds a number that is far too large")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text) if len(text) <= 40 else math.inf
    if not math.isfinite(value):
        raise _Reject("holds a number that is far too large")
    return value


def _parse_constant(_name: str) -> Any:
    raise _Reject("holds NaN or Infinity, which are not numbers Bond writes")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _Reject("has an object with the same field twice")
    return out


def _parse_text(text: str) -> Any:
    try:
        return json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
            object_pairs_hook=_no_duplicates,
        )
    except _Reject as exc:
        refuse("the file", str(exc))
    except json.JSONDecodeError as exc:
        refuse("the file", f"is not valid JSON (line {exc.lineno}, column {exc.colno})")
    except RecursionError:
        refuse("the file", "nests too deeply")
    except ValueError:
        refuse("the file", "is not valid JSON")


def read_file(path: Path) -> Any:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ImportFileError(f"{path} is not a file Bond can import.")
        if info.st_size > MAX_FILE_BYTES:
            refuse("the file", f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ImportFileError(f"There is no file at {path}.") from None
    except OSError:
        raise ImportFileError(f"{path} could not be read.") from None
    if len(data) > MAX_FILE_BYTES:
        refuse("the file", f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if data.count(b"[") + data.count(b"{") > MAX_CONTAINERS or data.count(b",") > MAX_SEPARATORS:
        refuse("the file", "holds far more entries than a Bond export could")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        refuse("the file", "is not UTF-8 text")
    return _parse_text(text)


def from_mapping(doc: Mapping[str, Any]) -> Any:
    """A document handed over in memory is checked in place (every check names its field);
    only its size is measured first."""
    try:
        size = len(json.dumps(doc, default=lambda _o: None))
    except (ValueError, RecursionError):
        refuse("the document", "nests too deeply")
    if size > MAX_FILE_BYTES:
        refuse("the document", f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return doc


# -- field checks -----------------------------------------------------------------------------
SAFE_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


def _field(name: object) -> str:
    """A field name from the file, fit to print: no escape sequences reach the terminal."""
    return name if isinstance(name, str) and SAFE_NAME_RE.match(name) else "(an odd field name)"


def check_object(value: Any, where: str, fields: Sequence[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        refuse(where or "the file", "should be an object")
    prefix = f"{where}." if where else ""
    for name in fields:
        if name not in value:
            refuse(f"{prefix}{name}", "is missing")
    for name in value:
        if name not in fields:
            refuse(f"{prefix}{_field(name)}", "is not a field Bond knows")
    return value


def check_list(value: Any, where: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        refuse(where, "should be a list")
    if len(value) > limit:
        refuse(where, f"has more than {limit} entries")
    return value


def check_bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        refuse(where, "should be true or false")
    return value


def check_int(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        refuse(where, f"should be a whole number from {low} to {high}")
    return value


def check_text(value: Any, where: str, limit: int, *, multiline: bool = True) -> str:
    if not isinstance(value, str):
        refuse(where, "should be text")
    if len(value) > limit:
        refuse(where, f"is longer than {limit} characters")
    for ch in value:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            refuse(where, "holds a broken character")
        if (code < 0x20 or 0x7F <= code < 0xA0) and not (multiline and ch in "\n\t\r"):
            refuse(where, "holds control characters")
    return value


def check_token(value: Any, where: str, pattern: re.Pattern[str], limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit or not pattern.match(value):
        refuse(where, "is not in the expected form")
    return value


def check_choice(value: Any, where: str, allowed: frozenset[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        refuse(where, "is not one of the values Bond knows")
    return value


def check_uuid(value: Any, where: str) -> str:
    if not isinstance(value, str) or not UUID_RE.match(value):
        refuse(where, "is not an id (a lowercase UUID)")
    return value


def check_optional_uuid(value: Any, where: str) -> str | None:
    return None if value is None else check_uuid(value, where)


def check_zone(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) > 64 or not ZONE_RE.match(value):
        refuse(where, "is not a time zone name")
    return value


def check_moment(value: Any, where: str, latest: datetime) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        refuse(where, "is not a date and time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        refuse(where, "is not a date and time")
    if moment.tzinfo is None:
        refuse(where, "has no time zone (Bond writes UTC, ending in Z)")
    moment = utc(moment)
    if not EARLIEST <= moment <= latest:
        refuse(where, "is a date Bond could not have written")
    return moment


def check_day(value: Any, where: str) -> date:
    if not isinstance(value, str) or len(value) != 10:
        refuse(where, "is not a date (YYYY-MM-DD)")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        refuse(where, "is not a date (YYYY-MM-DD)")
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        refuse(where, "is a date Bond could not have written")
    return day


def check_json(value: Any, where: str, depth: int = 0, budget: list[int] | None = None) -> Any:
    """Free-form JSON (an answer's value, a session's place), bounded in every direction."""
    budget = budget if budget is not None else [MAX_VALUE_NODES]
    budget[0] -= 1
    if budget[0] < 0:
        refuse(where, "holds too much")
    if depth > MAX_VALUE_DEPTH:
        refuse(where, "nests too deeply")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if not -LARGEST_INT <= value <= LARGEST_INT:
            refuse(where, "holds a number that is far too large")
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > LARGEST_INT:
            refuse(where, "holds a number Bond cannot store (too large, or not a number)")
        return value
    if isinstance(value, str):
        return check_text(value, where, MAX_VALUE_TEXT)
    if isinstance(value, list):
        check_list(value, where, MAX_VALUE_ITEMS)
        return [check_json(v, f"{where}[{i}]", depth + 1, budget) for i, v in enumerate(value)]
    if isinstance(value, dict):
        if len(value) > MAX_VALUE_ITEMS:
            refuse(where, f"has more than {MAX_VALUE_ITEMS} entries")
        out = {}
        for key, v in value.items():
            check_text(key, f"{where} (a field name)", 200, multiline=False)
            out[key] = check_json(v, f"{where}.{_field(key)}", depth + 1, budget)
        return out
    refuse(where, "is not plain JSON")
