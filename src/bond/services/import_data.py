"""Import a ``bond-export`` JSON document: check all of it, then merge it in one transaction.

An import file may be hostile (PRIVACY.md): it is read with a size cap, parsed with numbers,
nesting and every string bounded, and checked field by field before the vault is touched. A
problem raises :class:`ImportFileError` naming the place, such as
``sessions[3].answers[2].created_at``, and the vault is left exactly as it was.

Merging is by stable ids (see :mod:`bond.services.export_data`), so importing the same file twice
adds nothing the second time. Private items are sealed again to the target profile's public key,
which needs no PIN. Keys and PIN data are never in the file and never read from it.
"""

from __future__ import annotations

import json
import math
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from bond.domain.agreements import MAX_AGREEMENT_LENGTH, ReviewOutcome
from bond.domain.boundaries import FIELDS, MAX_FIELD_LENGTH
from bond.domain.profiles import PROFILE_COLORS, Household, InvalidName, clean_name
from bond.errors import ImportFileError, LockedError
from bond.services.export_data import (
    FORMAT,
    FORMAT_VERSION,
    ExportDoc,
    XAgreement,
    XAnswer,
    XBoundary,
    XProfile,
    XReading,
    XReview,
    XSession,
    XUse,
    answer_key,
    derived_ids,
    review_key,
    use_key,
    utc,
)
from bond.services.keychain import Keychain
from bond.services.profiles import HOUSEHOLD_KEY, MAX_PROFILES, give_profile_keys
from bond.services.sessions import SessionStatus
from bond.services.vault_service import OpenVault
from bond.storage.models import (
    AgreementReviewRow,
    AgreementRow,
    AnswerRow,
    BoundaryRow,
    BoundaryUseRow,
    ProfileRow,
    ReadingStateRow,
    SessionRow,
)
from bond.storage.repositories import SettingsRepository

# Limits: generous for years of real use, small enough that a hostile file cannot hurt.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_SESSIONS = 100_000
MAX_ANSWERS = 10_000  # per session
MAX_AGREEMENTS = 20_000
MAX_REVIEWS = 1_000  # per agreement
MAX_BOUNDARIES = 10_000
MAX_USES = 10_000  # per boundary
MAX_READING = 10_000
MAX_VALUE_DEPTH = 12  # nesting inside an answer's value
MAX_VALUE_ITEMS = 2_000  # entries in one list or object inside a value
MAX_VALUE_NODES = 20_000  # everything inside one value
MAX_VALUE_TEXT = 20_000  # characters in one string inside a value
MAX_NOTE = 1_000
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
TOKEN_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:#-]*$")  # exercise and step ids
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ZONE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$")
COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
VERSION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+_-]*$")

KINDS = (
    "profiles",
    "sessions",
    "answers",
    "agreements",
    "reviews",
    "boundaries",
    "uses",
    "reading",
)
SESSION_STATUSES = frozenset(s.value for s in SessionStatus)
AGREEMENT_STATUSES = frozenset({"active", "retired"})
OUTCOMES = frozenset(o.value for o in ReviewOutcome)
NOTE_CHOICES = frozenset({"", "read", "later"})


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    messages: list[str] = field(default_factory=list)


def _fail(where: str, problem: str) -> NoReturn:
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
        _fail("the file", str(exc))
    except json.JSONDecodeError as exc:
        _fail("the file", f"is not valid JSON (line {exc.lineno}, column {exc.colno})")
    except RecursionError:
        _fail("the file", "nests too deeply")
    except ValueError:
        _fail("the file", "is not valid JSON")


def _read_file(path: Path) -> Any:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ImportFileError(f"{path} is not a file Bond can import.")
        if info.st_size > MAX_FILE_BYTES:
            _fail("the file", f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ImportFileError(f"There is no file at {path}.") from None
    except OSError:
        raise ImportFileError(f"{path} could not be read.") from None
    if len(data) > MAX_FILE_BYTES:
        _fail("the file", f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if data.count(b"[") + data.count(b"{") > MAX_CONTAINERS or data.count(b",") > MAX_SEPARATORS:
        _fail("the file", "holds far more entries than a Bond export could")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        _fail("the file", "is not UTF-8 text")
    return _parse_text(text)


def _from_mapping(doc: Mapping[str, Any]) -> Any:
    """A document handed over in memory is checked in place (every check names its field);
    only its size is measured first."""
    try:
        size = len(json.dumps(doc, default=lambda _o: None))
    except (ValueError, RecursionError):
        _fail("the document", "nests too deeply")
    if size > MAX_FILE_BYTES:
        _fail("the document", f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return doc


# -- field checks -----------------------------------------------------------------------------
SAFE_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


def _field(name: object) -> str:
    """A field name from the file, fit to print: no escape sequences reach the terminal."""
    return name if isinstance(name, str) and SAFE_NAME_RE.match(name) else "(an odd field name)"


def _object(value: Any, where: str, fields: Sequence[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        _fail(where or "the file", "should be an object")
    prefix = f"{where}." if where else ""
    for name in fields:
        if name not in value:
            _fail(f"{prefix}{name}", "is missing")
    for name in value:
        if name not in fields:
            _fail(f"{prefix}{_field(name)}", "is not a field Bond knows")
    return value


def _list(value: Any, where: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        _fail(where, "should be a list")
    if len(value) > limit:
        _fail(where, f"has more than {limit} entries")
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        _fail(where, "should be true or false")
    return value


def _int(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        _fail(where, f"should be a whole number from {low} to {high}")
    return value


def _text(value: Any, where: str, limit: int, *, multiline: bool = True) -> str:
    if not isinstance(value, str):
        _fail(where, "should be text")
    if len(value) > limit:
        _fail(where, f"is longer than {limit} characters")
    for ch in value:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            _fail(where, "holds a broken character")
        if (code < 0x20 or 0x7F <= code < 0xA0) and not (multiline and ch in "\n\t\r"):
            _fail(where, "holds control characters")
    return value


def _token(value: Any, where: str, pattern: re.Pattern[str], limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit or not pattern.match(value):
        _fail(where, "is not in the expected form")
    return value


def _choice(value: Any, where: str, allowed: frozenset[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        _fail(where, "is not one of the values Bond knows")
    return value


def _uuid(value: Any, where: str) -> str:
    if not isinstance(value, str) or not UUID_RE.match(value):
        _fail(where, "is not an id (a lowercase UUID)")
    return value


def _maybe_uuid(value: Any, where: str) -> str | None:
    return None if value is None else _uuid(value, where)


def _zone(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) > 64 or not ZONE_RE.match(value):
        _fail(where, "is not a time zone name")
    return value


def _moment(value: Any, where: str, latest: datetime) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        _fail(where, "is not a date and time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        _fail(where, "is not a date and time")
    if moment.tzinfo is None:
        _fail(where, "has no time zone (Bond writes UTC, ending in Z)")
    moment = utc(moment)
    if not EARLIEST <= moment <= latest:
        _fail(where, "is a date Bond could not have written")
    return moment


def _day(value: Any, where: str) -> date:
    if not isinstance(value, str) or len(value) != 10:
        _fail(where, "is not a date (YYYY-MM-DD)")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        _fail(where, "is not a date (YYYY-MM-DD)")
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        _fail(where, "is a date Bond could not have written")
    return day


def _json(value: Any, where: str, depth: int = 0, budget: list[int] | None = None) -> Any:
    """Free-form JSON (an answer's value, a session's place), bounded in every direction."""
    budget = budget if budget is not None else [MAX_VALUE_NODES]
    budget[0] -= 1
    if budget[0] < 0:
        _fail(where, "holds too much")
    if depth > MAX_VALUE_DEPTH:
        _fail(where, "nests too deeply")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if not -LARGEST_INT <= value <= LARGEST_INT:
            _fail(where, "holds a number that is far too large")
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > LARGEST_INT:
            _fail(where, "holds a number Bond cannot store (too large, or not a number)")
        return value
    if isinstance(value, str):
        return _text(value, where, MAX_VALUE_TEXT)
    if isinstance(value, list):
        _list(value, where, MAX_VALUE_ITEMS)
        return [_json(v, f"{where}[{i}]", depth + 1, budget) for i, v in enumerate(value)]
    if isinstance(value, dict):
        if len(value) > MAX_VALUE_ITEMS:
            _fail(where, f"has more than {MAX_VALUE_ITEMS} entries")
        out = {}
        for key, v in value.items():
            _text(key, f"{where} (a field name)", 200, multiline=False)
            out[key] = _json(v, f"{where}.{_field(key)}", depth + 1, budget)
        return out
    _fail(where, "is not plain JSON")


def _people(value: Any, where: str) -> tuple[str, ...]:
    people = _list(value, where, MAX_PROFILES)
    if not people:
        _fail(where, "names nobody")
    ids = tuple(_uuid(p, f"{where}[{i}]") for i, p in enumerate(people))
    if len(set(ids)) != len(ids):
        _fail(where, "names the same profile twice")
    return ids


def _check_ids(given: list[str], derived: list[str], where: str) -> None:
    for i, (have, want) in enumerate(zip(given, derived, strict=True)):
        if have != want:
            _fail(f"{where}[{i}].id", "does not match the item it belongs to")


# -- the document -----------------------------------------------------------------------------
TOP = (
    "format",
    "version",
    "exported_at",
    "app_version",
    "profiles",
    "sessions",
    "agreements",
    "boundaries",
    "reading",
)


class _Checker:
    def __init__(self) -> None:
        self.latest = datetime.now(UTC) + timedelta(days=2)  # allows for a clock a little fast
        self.private_profiles: set[str] = set()

    def document(self, raw: Any) -> ExportDoc:
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ImportFileError(
                "This file is not a Bond export, so nothing was imported. Nothing was changed."
            )
        version = raw.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise ImportFileError(
                f"This export was made by a newer Bond (format version {version}). Please update "
                "Bond to import it. Nothing was changed."
            )
        if not isinstance(version, int) or isinstance(version, bool) or version != FORMAT_VERSION:
            _fail("version", f"should be {FORMAT_VERSION}")
        _object(raw, "", TOP)
        exported_at = _moment(raw["exported_at"], "exported_at", self.latest)
        app_version = _token(raw["app_version"], "app_version", VERSION_RE, 64)
        profiles = self.profiles(raw["profiles"])
        return ExportDoc(
            exported_at=exported_at,
            app_version=app_version,
            profiles=profiles,
            sessions=self.sessions(raw["sessions"]),
            agreements=self.agreements(raw["agreements"]),
            boundaries=self.boundaries(raw["boundaries"]),
            reading=self.reading(raw["reading"]),
        )

    def profiles(self, raw: Any) -> tuple[XProfile, ...]:
        out: list[XProfile] = []
        for i, item in enumerate(_list(raw, "profiles", MAX_PROFILES)):
            at = f"profiles[{i}]"
            obj = _object(
                item, at, ("id", "name", "color", "created_at", "created_tz", "private_included")
            )
            pid = _uuid(obj["id"], f"{at}.id")
            try:
                name = clean_name(_text(obj["name"], f"{at}.name", 200, multiline=False))
            except InvalidName as exc:
                _fail(f"{at}.name", f"is not a name Bond accepts ({exc})")
            if any(p.id == pid for p in out):
                _fail(f"{at}.id", "is used by another profile in the file")
            if any(p.name.casefold() == name.casefold() for p in out):
                _fail(f"{at}.name", "is the same as another profile's in the file")
            profile = XProfile(
                id=pid,
                name=name,
                color=_token(obj["color"], f"{at}.color", COLOR_RE, 7),
                created_at=_moment(obj["created_at"], f"{at}.created_at", self.latest),
                created_tz=_zone(obj["created_tz"], f"{at}.created_tz"),
                private_included=_bool(obj["private_included"], f"{at}.private_included"),
            )
            if profile.private_included:
                self.private_profiles.add(pid)
            out.append(profile)
        return tuple(out)

    def _owner(self, value: Any, where: str) -> str:
        """A private item's profile must be one whose private items the file says it holds."""
        pid = _uuid(value, where)
        if pid not in self.private_profiles:
            _fail(where, "is not a profile whose private items are in this file")
        return pid

    def sessions(self, raw: Any) -> tuple[XSession, ...]:
        out: list[XSession] = []
        seen: set[str] = set()
        for i, item in enumerate(_list(raw, "sessions", MAX_SESSIONS)):
            at = f"sessions[{i}]"
            obj = _object(
                item,
                at,
                (
                    "id",
                    "exercise_id",
                    "together",
                    "profile_ids",
                    "status",
                    "position",
                    "started_at",
                    "started_tz",
                    "ended_at",
                    "answers",
                ),
            )
            sid = _uuid(obj["id"], f"{at}.id")
            if sid in seen:
                _fail(f"{at}.id", "is used by another session in the file")
            seen.add(sid)
            position = _json(obj["position"], f"{at}.position")
            if not isinstance(position, dict):
                _fail(f"{at}.position", "should be an object")
            answers = self.answers(obj["answers"], f"{at}.answers", sid)
            ended = obj["ended_at"]
            out.append(
                XSession(
                    id=sid,
                    exercise_id=_token(obj["exercise_id"], f"{at}.exercise_id", TOKEN_RE, 60),
                    together=_bool(obj["together"], f"{at}.together"),
                    profile_ids=_people(obj["profile_ids"], f"{at}.profile_ids"),
                    status=_choice(obj["status"], f"{at}.status", SESSION_STATUSES),
                    position=position,
                    started_at=_moment(obj["started_at"], f"{at}.started_at", self.latest),
                    started_tz=_zone(obj["started_tz"], f"{at}.started_tz"),
                    ended_at=None
                    if ended is None
                    else _moment(ended, f"{at}.ended_at", self.latest),
                    answers=answers,
                )
            )
        return tuple(out)

    def answers(self, raw: Any, where: str, session_id: str) -> tuple[XAnswer, ...]:
        out: list[XAnswer] = []
        ids: list[str] = []
        for i, item in enumerate(_list(raw, where, MAX_ANSWERS)):
            at = f"{where}[{i}]"
            obj = _object(
                item, at, ("id", "step_id", "profile_id", "private", "value", "created_at")
            )
            ids.append(_uuid(obj["id"], f"{at}.id"))
            private = _bool(obj["private"], f"{at}.private")
            if private:
                if obj["profile_id"] is None:
                    _fail(f"{at}.profile_id", "is missing: a private answer belongs to someone")
                profile_id: str | None = self._owner(obj["profile_id"], f"{at}.profile_id")
            else:
                profile_id = _maybe_uuid(obj["profile_id"], f"{at}.profile_id")
            out.append(
                XAnswer(
                    id=ids[-1],
                    step_id=_token(obj["step_id"], f"{at}.step_id", TOKEN_RE, 80),
                    profile_id=profile_id,
                    private=private,
                    value=_json(obj["value"], f"{at}.value"),
                    created_at=_moment(obj["created_at"], f"{at}.created_at", self.latest),
                )
            )
        derived = derived_ids(
            "answer", session_id, (answer_key(a.step_id, a.profile_id, a.created_at) for a in out)
        )
        _check_ids(ids, derived, where)
        return tuple(out)

    def agreements(self, raw: Any) -> tuple[XAgreement, ...]:
        out: list[XAgreement] = []
        seen: set[str] = set()
        for i, item in enumerate(_list(raw, "agreements", MAX_AGREEMENTS)):
            at = f"agreements[{i}]"
            obj = _object(
                item,
                at,
                (
                    "id",
                    "session_id",
                    "text",
                    "profile_ids",
                    "created_at",
                    "created_tz",
                    "review_on",
                    "status",
                    "reviews",
                ),
            )
            gid = _uuid(obj["id"], f"{at}.id")
            if gid in seen:
                _fail(f"{at}.id", "is used by another agreement in the file")
            seen.add(gid)
            text = _text(obj["text"], f"{at}.text", MAX_AGREEMENT_LENGTH)
            if not text.strip():
                _fail(f"{at}.text", "is empty")
            review_on = obj["review_on"]
            out.append(
                XAgreement(
                    id=gid,
                    session_id=_maybe_uuid(obj["session_id"], f"{at}.session_id"),
                    text=text,
                    profile_ids=_people(obj["profile_ids"], f"{at}.profile_ids"),
                    created_at=_moment(obj["created_at"], f"{at}.created_at", self.latest),
                    created_tz=_zone(obj["created_tz"], f"{at}.created_tz"),
                    review_on=None if review_on is None else _day(review_on, f"{at}.review_on"),
                    status=_choice(obj["status"], f"{at}.status", AGREEMENT_STATUSES),
                    reviews=self.reviews(obj["reviews"], f"{at}.reviews", gid),
                )
            )
        return tuple(out)

    def reviews(self, raw: Any, where: str, agreement_id: str) -> tuple[XReview, ...]:
        out: list[XReview] = []
        for i, item in enumerate(_list(raw, where, MAX_REVIEWS)):
            at = f"{where}[{i}]"
            obj = _object(item, at, ("id", "session_id", "outcome", "created_at"))
            out.append(
                XReview(
                    id=_uuid(obj["id"], f"{at}.id"),
                    session_id=_maybe_uuid(obj["session_id"], f"{at}.session_id"),
                    outcome=_choice(obj["outcome"], f"{at}.outcome", OUTCOMES),
                    created_at=_moment(obj["created_at"], f"{at}.created_at", self.latest),
                )
            )
        derived = derived_ids(
            "review", agreement_id, (review_key(r.outcome, r.created_at) for r in out)
        )
        _check_ids([r.id for r in out], derived, where)
        return tuple(out)

    def boundaries(self, raw: Any) -> tuple[XBoundary, ...]:
        out: list[XBoundary] = []
        seen: set[str] = set()
        for i, item in enumerate(_list(raw, "boundaries", MAX_BOUNDARIES)):
            at = f"boundaries[{i}]"
            obj = _object(
                item,
                at,
                ("id", "profile_id", "fields", "created_at", "updated_at", "retired", "uses"),
            )
            bid = _uuid(obj["id"], f"{at}.id")
            if bid in seen:
                _fail(f"{at}.id", "is used by another boundary in the file")
            seen.add(bid)
            raw_fields = _object(obj["fields"], f"{at}.fields", FIELDS)
            fields = {
                name: _text(raw_fields[name], f"{at}.fields.{name}", MAX_FIELD_LENGTH)
                for name in FIELDS
            }
            if not fields["words"].strip() and not fields["action"].strip():
                _fail(f"{at}.fields", "has neither the words nor the action")
            out.append(
                XBoundary(
                    id=bid,
                    profile_id=self._owner(obj["profile_id"], f"{at}.profile_id"),
                    fields=fields,
                    created_at=_moment(obj["created_at"], f"{at}.created_at", self.latest),
                    updated_at=_moment(obj["updated_at"], f"{at}.updated_at", self.latest),
                    retired=_bool(obj["retired"], f"{at}.retired"),
                    uses=self.uses(obj["uses"], f"{at}.uses", bid),
                )
            )
        return tuple(out)

    def uses(self, raw: Any, where: str, boundary_id: str) -> tuple[XUse, ...]:
        out: list[XUse] = []
        for i, item in enumerate(_list(raw, where, MAX_USES)):
            at = f"{where}[{i}]"
            obj = _object(item, at, ("id", "created_at", "note", "rating"))
            rating = obj["rating"]
            out.append(
                XUse(
                    id=_uuid(obj["id"], f"{at}.id"),
                    created_at=_moment(obj["created_at"], f"{at}.created_at", self.latest),
                    note=_text(obj["note"], f"{at}.note", MAX_NOTE),
                    rating=None if rating is None else _int(rating, f"{at}.rating", 0, 10),
                )
            )
        derived = derived_ids("use", boundary_id, (use_key(u.created_at) for u in out))
        _check_ids([u.id for u in out], derived, where)
        return tuple(out)

    def reading(self, raw: Any) -> tuple[XReading, ...]:
        out: list[XReading] = []
        seen: set[tuple[str, str]] = set()
        for i, item in enumerate(_list(raw, "reading", MAX_READING)):
            at = f"reading[{i}]"
            obj = _object(
                item,
                at,
                (
                    "profile_id",
                    "slug",
                    "bookmarked",
                    "read",
                    "position",
                    "note_choice",
                    "updated_at",
                ),
            )
            entry = XReading(
                profile_id=_uuid(obj["profile_id"], f"{at}.profile_id"),
                slug=_token(obj["slug"], f"{at}.slug", SLUG_RE, 60),
                bookmarked=_bool(obj["bookmarked"], f"{at}.bookmarked"),
                read=_bool(obj["read"], f"{at}.read"),
                position=_int(obj["position"], f"{at}.position", 0, 1000),
                note_choice=_choice(obj["note_choice"], f"{at}.note_choice", NOTE_CHOICES),
                updated_at=_moment(obj["updated_at"], f"{at}.updated_at", self.latest),
            )
            if (entry.profile_id, entry.slug) in seen:
                _fail(at, "repeats another entry for the same profile and article")
            seen.add((entry.profile_id, entry.slug))
            out.append(entry)
        return tuple(out)


def parse_export(source: Path | str | Mapping[str, Any]) -> ExportDoc:
    """Read and check a whole export (a file path, or a document already in memory).

    Needs no vault, so the command line checks the file before asking for a passphrase."""
    raw = _from_mapping(source) if isinstance(source, Mapping) else _read_file(Path(source))
    return _Checker().document(raw)


# -- merging ----------------------------------------------------------------------------------
class _Merge:
    def __init__(self, s: Session, vault_key: bytes, keychain: Keychain) -> None:
        self.s = s
        self.key = vault_key
        self.keys = keychain
        self.report = ImportReport()

    def count(self, kind: str, added: bool) -> None:
        (self.report.added if added else self.report.skipped)[kind] += 1

    def check_references(self, doc: ExportDoc) -> tuple[dict[str, ProfileRow], set[str]]:
        """Everything that needs the vault to judge, before anything is written."""
        rows = {r.id: r for r in self.s.scalars(select(ProfileRow).order_by(ProfileRow.position))}
        new = [p for p in doc.profiles if p.id not in rows]
        if len(rows) + len(new) > MAX_PROFILES:
            _fail(
                "profiles",
                f"would make {len(rows) + len(new)} profiles here, and Bond is for one person "
                "or two partners",
            )
        for i, p in enumerate(doc.profiles):
            if p.id not in rows and any(
                r.name.casefold() == p.name.casefold() for r in rows.values()
            ):
                _fail(f"profiles[{i}].name", "is the name of a different profile in this vault")
        people = set(rows) | {p.id for p in doc.profiles}
        vault_sessions = set(self.s.scalars(select(SessionRow.id)).all())
        sessions = vault_sessions | {x.id for x in doc.sessions}

        def person(pid: str | None, where: str) -> None:
            if pid is not None and pid not in people:
                _fail(where, "names a profile that is neither in the file nor in this vault")

        def session(sid: str | None, where: str) -> None:
            if sid is not None and sid not in sessions:
                _fail(where, "names a session that is neither in the file nor in this vault")

        for i, x in enumerate(doc.sessions):
            for j, pid in enumerate(x.profile_ids):
                person(pid, f"sessions[{i}].profile_ids[{j}]")
            for j, a in enumerate(x.answers):
                person(a.profile_id, f"sessions[{i}].answers[{j}].profile_id")
        for i, g in enumerate(doc.agreements):
            session(g.session_id, f"agreements[{i}].session_id")
            for j, pid in enumerate(g.profile_ids):
                person(pid, f"agreements[{i}].profile_ids[{j}]")
            for j, r in enumerate(g.reviews):
                session(r.session_id, f"agreements[{i}].reviews[{j}].session_id")
        for i, entry in enumerate(doc.reading):
            person(entry.profile_id, f"reading[{i}].profile_id")
        return rows, vault_sessions

    def profiles(self, doc: ExportDoc, rows: dict[str, ProfileRow]) -> dict[str, bytes]:
        """New profiles get fresh keys as in ``ProfileService``; known ones stay as they are."""
        for p in doc.profiles:
            if p.id in rows:
                self.count("profiles", False)
                continue
            position = len(rows)
            row = ProfileRow(
                id=p.id,
                name=p.name,
                color=p.color
                if p.color in PROFILE_COLORS
                else PROFILE_COLORS[position % len(PROFILE_COLORS)],
                position=position,
                created_at=utc(p.created_at),
                created_tz=p.created_tz,
            )
            give_profile_keys(self.key, row)
            self.s.add(row)
            rows[p.id] = row
            self.count("profiles", True)
        for row in rows.values():
            if row.public_key is None:  # made before sealing existed (schema 0001)
                give_profile_keys(self.key, row)
        if self.report.added["profiles"]:
            household = Household.COUPLE if len(rows) > 1 else Household.SOLO
            SettingsRepository(self.s).set(HOUSEHOLD_KEY, household.value)
        if self.report.skipped["profiles"]:
            self.report.messages.append(
                f"{self.report.skipped['profiles']} profile(s) were already here and kept their "
                "own name, colour and PIN."
            )
        withheld = sum(1 for p in doc.profiles if not p.private_included)
        if withheld:
            self.report.messages.append(
                f"The file holds no private items for {withheld} profile(s), so none were "
                "imported for them."
            )
        self.s.flush()
        return {pid: row.public_key for pid, row in rows.items() if row.public_key is not None}

    def sessions(self, doc: ExportDoc, vault_sessions: set[str], public: dict[str, bytes]) -> None:
        for x in doc.sessions:
            if x.id in vault_sessions:
                self.count("sessions", False)
                continue
            self.s.add(
                SessionRow(
                    id=x.id,
                    exercise_id=x.exercise_id,
                    together=x.together,
                    profile_ids=json.dumps(list(x.profile_ids)),
                    status=x.status,
                    position=json.dumps(x.position),
                    started_at=utc(x.started_at),
                    started_tz=x.started_tz,
                    ended_at=utc(x.ended_at) if x.ended_at else None,
                )
            )
            self.count("sessions", True)
        self.s.flush()
        for x in doc.sessions:
            have: set[str] = set()
            if x.id in vault_sessions:
                rows = self.s.scalars(
                    select(AnswerRow).where(AnswerRow.session_id == x.id).order_by(AnswerRow.id)
                ).all()
                have = set(
                    derived_ids(
                        "answer",
                        x.id,
                        (answer_key(r.step_id, r.profile_id, r.created_at) for r in rows),
                    )
                )
            for a in x.answers:
                if a.id in have:
                    self.count("answers", False)
                    continue
                if a.private:
                    assert a.profile_id is not None
                    payload = self.keys.seal_to(public[a.profile_id], a.value)
                else:
                    payload = json.dumps(a.value).encode("utf-8")
                self.s.add(
                    AnswerRow(
                        session_id=x.id,
                        step_id=a.step_id,
                        profile_id=a.profile_id,
                        sealed=a.private,
                        payload=payload,
                        created_at=utc(a.created_at),
                    )
                )
                self.count("answers", True)
        self.s.flush()

    def agreements(self, doc: ExportDoc) -> None:
        for g in doc.agreements:
            if self.s.get(AgreementRow, g.id) is not None:
                self.count("agreements", False)
                rows = self.s.scalars(
                    select(AgreementReviewRow)
                    .where(AgreementReviewRow.agreement_id == g.id)
                    .order_by(AgreementReviewRow.id)
                ).all()
                have = set(
                    derived_ids("review", g.id, (review_key(r.outcome, r.created_at) for r in rows))
                )
            else:
                self.s.add(
                    AgreementRow(
                        id=g.id,
                        session_id=g.session_id,
                        text=g.text,
                        profile_ids=json.dumps(list(g.profile_ids)),
                        created_at=utc(g.created_at),
                        created_tz=g.created_tz,
                        review_on=g.review_on,
                        status=g.status,
                    )
                )
                self.s.flush()
                self.count("agreements", True)
                have = set()
            for r in g.reviews:
                if r.id in have:
                    self.count("reviews", False)
                    continue
                self.s.add(
                    AgreementReviewRow(
                        agreement_id=g.id,
                        session_id=r.session_id,
                        outcome=r.outcome,
                        created_at=utc(r.created_at),
                    )
                )
                self.count("reviews", True)
        self.s.flush()

    def boundaries(self, doc: ExportDoc, public: dict[str, bytes]) -> None:
        elsewhere = 0
        for b in doc.boundaries:
            row = self.s.get(BoundaryRow, b.id)
            have: set[str] = set()
            if row is not None and row.profile_id != b.profile_id:
                elsewhere += 1
                self.count("boundaries", False)
                self.report.skipped["uses"] += len(b.uses)
                continue
            if row is not None:
                self.count("boundaries", False)
                rows = self.s.scalars(
                    select(BoundaryUseRow)
                    .where(BoundaryUseRow.boundary_id == b.id)
                    .order_by(BoundaryUseRow.id)
                ).all()
                have = set(derived_ids("use", b.id, (use_key(u.created_at) for u in rows)))
            else:
                self.s.add(
                    BoundaryRow(
                        id=b.id,
                        profile_id=b.profile_id,
                        payload=self.keys.seal_to(public[b.profile_id], b.fields),
                        created_at=utc(b.created_at),
                        updated_at=utc(b.updated_at),
                        retired=b.retired,
                    )
                )
                self.s.flush()
                self.count("boundaries", True)
            for u in b.uses:
                if u.id in have:
                    self.count("uses", False)
                    continue
                self.s.add(
                    BoundaryUseRow(
                        boundary_id=b.id,
                        payload=self.keys.seal_to(
                            public[b.profile_id], {"note": u.note, "rating": u.rating}
                        ),
                        created_at=utc(u.created_at),
                    )
                )
                self.count("uses", True)
        if elsewhere:
            self.report.messages.append(
                f"{elsewhere} boundary(ies) were left out: here, their ids belong to someone else."
            )
        self.s.flush()

    def reading(self, doc: ExportDoc) -> None:
        for r in doc.reading:
            if self.s.get(ReadingStateRow, (r.profile_id, r.slug)) is not None:
                self.count("reading", False)
                continue
            self.s.add(
                ReadingStateRow(
                    profile_id=r.profile_id,
                    slug=r.slug,
                    bookmarked=r.bookmarked,
                    read=r.read,
                    position=r.position,
                    note_choice=r.note_choice,
                    updated_at=utc(r.updated_at),
                )
            )
            self.count("reading", True)
        self.s.flush()


def import_json(
    vault: OpenVault, keychain: Keychain, path_or_doc: Path | str | Mapping[str, Any] | ExportDoc
) -> ImportReport:
    """Check everything, then merge it in one transaction; returns what was added and skipped.

    Raises :class:`ImportFileError` (and changes nothing) for any problem with the file."""
    doc = path_or_doc if isinstance(path_or_doc, ExportDoc) else parse_export(path_or_doc)
    if vault.key is None:
        raise LockedError("This vault is locked, so nothing can be imported into it.")
    with vault.db.unit_of_work() as s:
        merge = _Merge(s, vault.key, keychain)
        rows, vault_sessions = merge.check_references(doc)
        public = merge.profiles(doc, rows)
        merge.sessions(doc, vault_sessions, public)
        merge.agreements(doc)
        merge.boundaries(doc, public)
        merge.reading(doc)
    skipped = sum(merge.report.skipped.values())
    if skipped:
        merge.report.messages.insert(
            0, f"{skipped} item(s) were already in this vault and were left as they were."
        )
    return merge.report
