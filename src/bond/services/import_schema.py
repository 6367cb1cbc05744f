"""Check a whole ``bond-export`` document, field by field, into an :class:`ExportDoc`.

Everything that can be judged without a vault is judged here, so the command line can refuse a
bad file before asking for a passphrase and an import never writes half a file: every field is
known, typed and bounded, ids are unique and match the items they are derived from, and private
items belong to a profile whose private items the file says it holds. Keys and PIN data are not
fields of the format, so a file that carries them is refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bond.domain.agreements import MAX_AGREEMENT_LENGTH, ReviewOutcome
from bond.domain.boundaries import FIELDS, MAX_FIELD_LENGTH
from bond.domain.profiles import InvalidName, clean_name
from bond.errors import ImportFileError
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
)
from bond.services.import_file import (
    check_bool,
    check_choice,
    check_day,
    check_int,
    check_json,
    check_list,
    check_moment,
    check_object,
    check_optional_uuid,
    check_text,
    check_token,
    check_uuid,
    check_zone,
    from_mapping,
    read_file,
    refuse,
)
from bond.services.profiles import MAX_PROFILES
from bond.services.sessions import SessionStatus

# How many of each kind a file may hold: generous for years of real use, small enough that a
# hostile file cannot hurt.
MAX_SESSIONS = 100_000
MAX_ANSWERS = 10_000  # per session
MAX_AGREEMENTS = 20_000
MAX_REVIEWS = 1_000  # per agreement
MAX_BOUNDARIES = 10_000
MAX_USES = 10_000  # per boundary
MAX_READING = 10_000
MAX_NOTE = 1_000

TOKEN_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:#-]*$")  # exercise and step ids
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
VERSION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+_-]*$")

SESSION_STATUSES = frozenset(s.value for s in SessionStatus)
AGREEMENT_STATUSES = frozenset({"active", "retired"})
OUTCOMES = frozenset(o.value for o in ReviewOutcome)
NOTE_CHOICES = frozenset({"", "read", "later"})


def _people(value: Any, where: str) -> tuple[str, ...]:
    people = check_list(value, where, MAX_PROFILES)
    if not people:
        refuse(where, "names nobody")
    ids = tuple(check_uuid(p, f"{where}[{i}]") for i, p in enumerate(people))
    if len(set(ids)) != len(ids):
        refuse(where, "names the same profile twice")
    return ids


def _check_ids(given: list[str], derived: list[str], where: str) -> None:
    for i, (have, want) in enumerate(zip(given, derived, strict=True)):
        if have != want:
            refuse(f"{where}[{i}].id", "does not match the item it belongs to")


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
            refuse("version", f"should be {FORMAT_VERSION}")
        check_object(raw, "", TOP)
        exported_at = check_moment(raw["exported_at"], "exported_at", self.latest)
        app_version = check_token(raw["app_version"], "app_version", VERSION_RE, 64)
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
        for i, item in enumerate(check_list(raw, "profiles", MAX_PROFILES)):
            at = f"profiles[{i}]"
            obj = check_object(
                item, at, ("id", "name", "color", "created_at", "created_tz", "private_included")
            )
            pid = check_uuid(obj["id"], f"{at}.id")
            try:
                name = clean_name(check_text(obj["name"], f"{at}.name", 200, multiline=False))
            except InvalidName as exc:
                refuse(f"{at}.name", f"is not a name Bond accepts ({exc})")
            if any(p.id == pid for p in out):
                refuse(f"{at}.id", "is used by another profile in the file")
            if any(p.name.casefold() == name.casefold() for p in out):
                refuse(f"{at}.name", "is the same as another profile's in the file")
            profile = XProfile(
                id=pid,
                name=name,
                color=check_token(obj["color"], f"{at}.color", COLOR_RE, 7),
                created_at=check_moment(obj["created_at"], f"{at}.created_at", self.latest),
                created_tz=check_zone(obj["created_tz"], f"{at}.created_tz"),
                private_included=check_bool(obj["private_included"], f"{at}.private_included"),
            )
            if profile.private_included:
                self.private_profiles.add(pid)
            out.append(profile)
        return tuple(out)

    def _owner(self, value: Any, where: str) -> str:
        """A private item's profile must be one whose private items the file says it holds."""
        pid = check_uuid(value, where)
        if pid not in self.private_profiles:
            refuse(where, "is not a profile whose private items are in this file")
        return pid

    def sessions(self, raw: Any) -> tuple[XSession, ...]:
        out: list[XSession] = []
        seen: set[str] = set()
        for i, item in enumerate(check_list(raw, "sessions", MAX_SESSIONS)):
            at = f"sessions[{i}]"
            obj = check_object(
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
            sid = check_uuid(obj["id"], f"{at}.id")
            if sid in seen:
                refuse(f"{at}.id", "is used by another session in the file")
            seen.add(sid)
            position = check_json(obj["position"], f"{at}.position")
            if not isinstance(position, dict):
                refuse(f"{at}.position", "should be an object")
            answers = self.answers(obj["answers"], f"{at}.answers", sid)
            ended = obj["ended_at"]
            out.append(
                XSession(
                    id=sid,
                    exercise_id=check_token(obj["exercise_id"], f"{at}.exercise_id", TOKEN_RE, 60),
                    together=check_bool(obj["together"], f"{at}.together"),
                    profile_ids=_people(obj["profile_ids"], f"{at}.profile_ids"),
                    status=check_choice(obj["status"], f"{at}.status", SESSION_STATUSES),
                    position=position,
                    started_at=check_moment(obj["started_at"], f"{at}.started_at", self.latest),
                    started_tz=check_zone(obj["started_tz"], f"{at}.started_tz"),
                    ended_at=None
                    if ended is None
                    else check_moment(ended, f"{at}.ended_at", self.latest),
                    answers=answers,
                )
            )
        return tuple(out)

    def answers(self, raw: Any, where: str, session_id: str) -> tuple[XAnswer, ...]:
        out: list[XAnswer] = []
        ids: list[str] = []
        for i, item in enumerate(check_list(raw, where, MAX_ANSWERS)):
            at = f"{where}[{i}]"
            obj = check_object(
                item, at, ("id", "step_id", "profile_id", "private", "value", "created_at")
            )
            ids.append(check_uuid(obj["id"], f"{at}.id"))
            private = check_bool(obj["private"], f"{at}.private")
            if private:
                if obj["profile_id"] is None:
                    refuse(f"{at}.profile_id", "is missing: a private answer belongs to someone")
                profile_id: str | None = self._owner(obj["profile_id"], f"{at}.profile_id")
            else:
                profile_id = check_optional_uuid(obj["profile_id"], f"{at}.profile_id")
            out.append(
                XAnswer(
                    id=ids[-1],
                    step_id=check_token(obj["step_id"], f"{at}.step_id", TOKEN_RE, 80),
                    profile_id=profile_id,
                    private=private,
                    value=check_json(obj["value"], f"{at}.value"),
                    created_at=check_moment(obj["created_at"], f"{at}.created_at", self.latest),
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
        for i, item in enumerate(check_list(raw, "agreements", MAX_AGREEMENTS)):
            at = f"agreements[{i}]"
            obj = check_object(
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
            gid = check_uuid(obj["id"], f"{at}.id")
            if gid in seen:
                refuse(f"{at}.id", "is used by another agreement in the file")
            seen.add(gid)
            text = check_text(obj["text"], f"{at}.text", MAX_AGREEMENT_LENGTH)
            if not text.strip():
                refuse(f"{at}.text", "is empty")
            review_on = obj["review_on"]
            out.append(
                XAgreement(
                    id=gid,
                    session_id=check_optional_uuid(obj["session_id"], f"{at}.session_id"),
                    text=text,
                    profile_ids=_people(obj["profile_ids"], f"{at}.profile_ids"),
                    created_at=check_moment(obj["created_at"], f"{at}.created_at", self.latest),
                    created_tz=check_zone(obj["created_tz"], f"{at}.created_tz"),
                    review_on=None
                    if review_on is None
                    else check_day(review_on, f"{at}.review_on"),
                    status=check_choice(obj["status"], f"{at}.status", AGREEMENT_STATUSES),
                    reviews=self.reviews(obj["reviews"], f"{at}.reviews", gid),
                )
            )
        return tuple(out)

    def reviews(self, raw: Any, where: str, agreement_id: str) -> tuple[XReview, ...]:
        out: list[XReview] = []
        for i, item in enumerate(check_list(raw, where, MAX_REVIEWS)):
            at = f"{where}[{i}]"
            obj = check_object(item, at, ("id", "session_id", "outcome", "created_at"))
            out.append(
                XReview(
                    id=check_uuid(obj["id"], f"{at}.id"),
                    session_id=check_optional_uuid(obj["session_id"], f"{at}.session_id"),
                    outcome=check_choice(obj["outcome"], f"{at}.outcome", OUTCOMES),
                    created_at=check_moment(obj["created_at"], f"{at}.created_at", self.latest),
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
        for i, item in enumerate(check_list(raw, "boundaries", MAX_BOUNDARIES)):
            at = f"boundaries[{i}]"
            obj = check_object(
                item,
                at,
                ("id", "profile_id", "fields", "created_at", "updated_at", "retired", "uses"),
            )
            bid = check_uuid(obj["id"], f"{at}.id")
            if bid in seen:
                refuse(f"{at}.id", "is used by another boundary in the file")
            seen.add(bid)
            raw_fields = check_object(obj["fields"], f"{at}.fields", FIELDS)
            fields = {
                name: check_text(raw_fields[name], f"{at}.fields.{name}", MAX_FIELD_LENGTH)
                for name in FIELDS
            }
            if not fields["words"].strip() and not fields["action"].strip():
                refuse(f"{at}.fields", "has neither the words nor the action")
            out.append(
                XBoundary(
                    id=bid,
                    profile_id=self._owner(obj["profile_id"], f"{at}.profile_id"),
                    fields=fields,
                    created_at=check_moment(obj["created_at"], f"{at}.created_at", self.latest),
                    updated_at=check_moment(obj["updated_at"], f"{at}.updated_at", self.latest),
                    retired=check_bool(obj["retired"], f"{at}.retired"),
                    uses=self.uses(obj["uses"], f"{at}.uses", bid),
                )
            )
        return tuple(out)

    def uses(self, raw: Any, where: str, boundary_id: str) -> tuple[XUse, ...]:
        out: list[XUse] = []
        for i, item in enumerate(check_list(raw, where, MAX_USES)):
            at = f"{where}[{i}]"
            obj = check_object(item, at, ("id", "created_at", "note", "rating"))
            rating = obj["rating"]
            out.append(
                XUse(
                    id=check_uuid(obj["id"], f"{at}.id"),
                    created_at=check_moment(obj["created_at"], f"{at}.created_at", self.latest),
                    note=check_text(obj["note"], f"{at}.note", MAX_NOTE),
                    rating=None if rating is None else check_int(rating, f"{at}.rating", 0, 10),
                )
            )
        derived = derived_ids("use", boundary_id, (use_key(u.created_at) for u in out))
        _check_ids([u.id for u in out], derived, where)
        return tuple(out)

    def reading(self, raw: Any) -> tuple[XReading, ...]:
        out: list[XReading] = []
        seen: set[tuple[str, str]] = set()
        for i, item in enumerate(check_list(raw, "reading", MAX_READING)):
            at = f"reading[{i}]"
            obj = check_object(
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
                profile_id=check_uuid(obj["profile_id"], f"{at}.profile_id"),
                slug=check_token(obj["slug"], f"{at}.slug", SLUG_RE, 60),
                bookmarked=check_bool(obj["bookmarked"], f"{at}.bookmarked"),
                read=check_bool(obj["read"], f"{at}.read"),
                position=check_int(obj["position"], f"{at}.position", 0, 1000),
                note_choice=check_choice(obj["note_choice"], f"{at}.note_choice", NOTE_CHOICES),
                updated_at=check_moment(obj["updated_at"], f"{at}.updated_at", self.latest),
            )
            if (entry.profile_id, entry.slug) in seen:
                refuse(at, "repeats another entry for the same profile and article")
            seen.add((entry.profile_id, entry.slug))
            out.append(entry)
        return tuple(out)


def parse_export(source: Path | str | Mapping[str, Any]) -> ExportDoc:
    """Read and check a whole export (a file path, or a document already in memory).

    Needs no vault, so the command line checks the file before asking for a passphrase."""
    raw = from_mapping(source) if isinstance(source, Mapping) else read_file(Path(source))
    return _Checker().document(raw)
