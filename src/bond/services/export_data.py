"""Export a vault to a plain, documented JSON document (docs/export-format.md, DECISIONS 17).

The file is not encrypted, so it is written only where the person asked, with mode 0600. Sealed
items go in only for profiles without a PIN, and for PIN profiles the caller names whose key is
open now. Keys, PIN records, wrapped keys and wrong-PIN backoff never leave the vault.

Every item carries a stable id so that an import merges instead of duplicating: profiles,
sessions, agreements and boundaries have their UUIDs; append-only rows (answers, reviews, uses)
get a UUID5 derived from their owner and what identifies them, computed the same way on import.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from bond import version
from bond.domain.boundaries import FIELDS
from bond.errors import UsageError
from bond.security.header import fsync_dir
from bond.security.sealing import Binding, MisplacedItemError, SealingError
from bond.services.keychain import Keychain, LockedProfileError
from bond.services.sealed_items import answer_binding, boundary_binding, use_binding
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

log = logging.getLogger(__name__)

FORMAT = "bond-export"
FORMAT_VERSION = 1
# Fixed forever: the ids of answers, reviews and uses are derived under it.
ID_NAMESPACE = uuid.UUID("2b0ea371-d5ad-59c3-9c94-ca4f9f3b21a6")


# -- time -------------------------------------------------------------------------------------
def utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; Bond only ever stores UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds, so a round trip keeps derived ids the same."""
    return utc(moment).isoformat(timespec="microseconds").replace("+00:00", "Z")


def local_day(moment: datetime, zone: str | None) -> date:
    """The date where the event happened (its stored IANA zone), or the UTC date without one."""
    tz: Any = UTC
    if zone:
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            tz = UTC
    return utc(moment).astimezone(tz).date()


# -- stable ids -------------------------------------------------------------------------------
def derived_ids(kind: str, parent_id: str, keys: Iterable[str]) -> list[str]:
    """Stable ids for append-only rows in their order; the n-th row with the same key gets n."""
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(str(uuid.uuid5(ID_NAMESPACE, f"{kind}|{parent_id}|{key}|{n}")))
    return out


def answer_key(step_id: str, profile_id: str | None, created_at: datetime) -> str:
    return f"{step_id}|{profile_id or '-'}|{iso(created_at)}"


def review_key(outcome: str, created_at: datetime) -> str:
    return f"{outcome}|{iso(created_at)}"


def use_key(created_at: datetime) -> str:
    return iso(created_at)


# -- the document -----------------------------------------------------------------------------
@dataclass(frozen=True)
class XProfile:
    id: str
    name: str
    color: str
    created_at: datetime
    created_tz: str
    private_included: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "color": self.color,
            "created_at": iso(self.created_at),
            "created_tz": self.created_tz,
            "private_included": self.private_included,
        }


@dataclass(frozen=True)
class XAnswer:
    id: str
    step_id: str
    profile_id: str | None
    private: bool
    value: Any
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "step_id": self.step_id,
            "profile_id": self.profile_id,
            "private": self.private,
            "value": self.value,
            "created_at": iso(self.created_at),
        }


@dataclass(frozen=True)
class XSession:
    id: str
    exercise_id: str
    together: bool
    profile_ids: tuple[str, ...]
    status: str
    position: dict[str, Any]
    started_at: datetime
    started_tz: str
    ended_at: datetime | None
    answers: tuple[XAnswer, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "exercise_id": self.exercise_id,
            "together": self.together,
            "profile_ids": list(self.profile_ids),
            "status": self.status,
            "position": self.position,
            "started_at": iso(self.started_at),
            "started_tz": self.started_tz,
            "ended_at": iso(self.ended_at) if self.ended_at else None,
            "answers": [a.to_json() for a in self.answers],
        }


@dataclass(frozen=True)
class XReview:
    id: str
    session_id: str | None
    outcome: str
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "session_id": self.session_id,
            "outcome": self.outcome,
            "created_at": iso(self.created_at),
        }


@dataclass(frozen=True)
class XAgreement:
    id: str
    session_id: str | None
    text: str
    profile_ids: tuple[str, ...]
    created_at: datetime
    created_tz: str
    review_on: date | None
    status: str
    reviews: tuple[XReview, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "session_id": self.session_id,
            "text": self.text,
            "profile_ids": list(self.profile_ids),
            "created_at": iso(self.created_at),
            "created_tz": self.created_tz,
            "review_on": self.review_on.isoformat() if self.review_on else None,
            "status": self.status,
            "reviews": [r.to_json() for r in self.reviews],
        }


@dataclass(frozen=True)
class XUse:
    id: str
    created_at: datetime
    note: str
    rating: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": iso(self.created_at),
            "note": self.note,
            "rating": self.rating,
        }


@dataclass(frozen=True)
class XBoundary:
    id: str
    profile_id: str
    fields: dict[str, str]
    created_at: datetime
    updated_at: datetime
    retired: bool
    uses: tuple[XUse, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "profile_id": self.profile_id,
            "fields": {name: self.fields.get(name, "") for name in FIELDS},
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "retired": self.retired,
            "uses": [u.to_json() for u in self.uses],
        }


@dataclass(frozen=True)
class XReading:
    profile_id: str
    slug: str
    bookmarked: bool
    read: bool
    position: int
    note_choice: str
    updated_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "profile_id": self.profile_id,
            "slug": self.slug,
            "bookmarked": self.bookmarked,
            "read": self.read,
            "position": self.position,
            "note_choice": self.note_choice,
            "updated_at": iso(self.updated_at),
        }


@dataclass(frozen=True)
class ExportDoc:
    exported_at: datetime
    app_version: str
    profiles: tuple[XProfile, ...] = ()
    sessions: tuple[XSession, ...] = ()
    agreements: tuple[XAgreement, ...] = ()
    boundaries: tuple[XBoundary, ...] = ()
    reading: tuple[XReading, ...] = ()
    version: int = field(default=FORMAT_VERSION)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": self.version,
            "exported_at": iso(self.exported_at),
            "app_version": self.app_version,
            "profiles": [p.to_json() for p in self.profiles],
            "sessions": [s.to_json() for s in self.sessions],
            "agreements": [a.to_json() for a in self.agreements],
            "boundaries": [b.to_json() for b in self.boundaries],
            "reading": [r.to_json() for r in self.reading],
        }


# -- reading the vault ------------------------------------------------------------------------
def _open_profiles(
    rows: Iterable[ProfileRow], keychain: Keychain, include_private_for: Collection[str]
) -> set[str]:
    """Profiles whose sealed items may go into the file (DECISIONS 17)."""
    opened = set()
    for row in rows:
        if row.public_key is None:
            continue
        if row.pin_key is not None and not (
            row.id in include_private_for and keychain.is_open(row.id)
        ):
            continue
        try:
            keychain.private_key(row.id)
        except (LockedProfileError, SealingError):
            log.warning("a profile's private key did not open; its private items are left out")
            continue
        opened.add(row.id)
    return opened


def pick_profile(rows: Iterable[ProfileRow], wanted: str | None) -> str | None:
    if wanted is None:
        return None
    for row in rows:
        if wanted in (row.id, row.name) or row.name.casefold() == wanted.casefold():
            return row.id
    raise UsageError("No profile in this vault has that name.")


def build_export(
    vault: OpenVault,
    keychain: Keychain,
    *,
    include_private_for: Collection[str] = (),
    since: date | None = None,
    profile: str | None = None,
    now: datetime | None = None,
) -> ExportDoc:
    """The vault as an :class:`ExportDoc`; ``profile`` (a name or id) keeps one person's view."""
    with vault.db.unit_of_work() as s:
        profile_rows = list(s.scalars(select(ProfileRow).order_by(ProfileRow.position)).all())
        for row in profile_rows:
            s.expunge(row)
    selected = pick_profile(profile_rows, profile)
    opened = _open_profiles(profile_rows, keychain, include_private_for)
    if selected is not None:
        opened &= {selected}

    def wanted_person(people: Iterable[str]) -> bool:
        return selected is None or selected in people

    def opened_value(owner: str | None, payload: bytes, binding: Binding) -> tuple[bool, Any]:
        if owner is None or owner not in opened:
            return False, None
        try:
            return True, keychain.open_json(owner, payload, binding)
        except MisplacedItemError:
            log.warning("a sealed item was not in its own row and was left out of the export")
            return False, None
        except (LockedProfileError, SealingError, ValueError):
            log.warning("a sealed item could not be opened and was left out of the export")
            return False, None

    sessions: list[XSession] = []
    agreements: list[XAgreement] = []
    boundaries: list[XBoundary] = []
    reading: list[XReading] = []
    with vault.db.unit_of_work() as s:
        for srow in s.scalars(select(SessionRow).order_by(SessionRow.started_at, SessionRow.id)):
            people = tuple(str(p) for p in json.loads(srow.profile_ids))
            if not wanted_person(people):
                continue
            # A session done alone is private to its person (DECISIONS 1), dates included.
            if not srow.together and not all(p in opened for p in people):
                continue
            if since and local_day(srow.started_at, srow.started_tz) < since:
                continue
            arows = s.scalars(
                select(AnswerRow).where(AnswerRow.session_id == srow.id).order_by(AnswerRow.id)
            ).all()
            keys = (answer_key(a.step_id, a.profile_id, a.created_at) for a in arows)
            ids = derived_ids("answer", srow.id, keys)
            answers = []
            for arow, aid in zip(arows, ids, strict=True):
                if arow.sealed:
                    ok, value = opened_value(
                        arow.profile_id,
                        arow.payload,
                        answer_binding(
                            arow.id, arow.session_id, arow.step_id, arow.profile_id or ""
                        ),
                    )
                    if not ok:
                        continue
                else:
                    value = json.loads(arow.payload.decode("utf-8"))
                answers.append(
                    XAnswer(aid, arow.step_id, arow.profile_id, arow.sealed, value, arow.created_at)
                )
            sessions.append(
                XSession(
                    id=srow.id,
                    exercise_id=srow.exercise_id,
                    together=srow.together,
                    profile_ids=people,
                    status=srow.status,
                    position=json.loads(srow.position),
                    started_at=srow.started_at,
                    started_tz=srow.started_tz,
                    ended_at=srow.ended_at,
                    answers=tuple(answers),
                )
            )
        exported_sessions = {x.id for x in sessions}

        def session_ref(session_id: str | None) -> str | None:
            """A link to a session left out (by date or privacy) is dropped, not dangled."""
            return session_id if session_id in exported_sessions else None

        for grow in s.scalars(
            select(AgreementRow).order_by(AgreementRow.created_at, AgreementRow.id)
        ):
            people = tuple(str(p) for p in json.loads(grow.profile_ids))
            if not wanted_person(people):
                continue
            rrows = s.scalars(
                select(AgreementReviewRow)
                .where(AgreementReviewRow.agreement_id == grow.id)
                .order_by(AgreementReviewRow.id)
            ).all()
            if (
                since
                and local_day(grow.created_at, grow.created_tz) < since
                and all(local_day(r.created_at, grow.created_tz) < since for r in rrows)
            ):
                continue
            rids = derived_ids(
                "review", grow.id, (review_key(r.outcome, r.created_at) for r in rrows)
            )
            agreements.append(
                XAgreement(
                    id=grow.id,
                    session_id=session_ref(grow.session_id),
                    text=grow.text,
                    profile_ids=people,
                    created_at=grow.created_at,
                    created_tz=grow.created_tz,
                    review_on=grow.review_on,
                    status=grow.status,
                    reviews=tuple(
                        XReview(rid, session_ref(r.session_id), r.outcome, r.created_at)
                        for r, rid in zip(rrows, rids, strict=True)
                    ),
                )
            )

        for brow in s.scalars(select(BoundaryRow).order_by(BoundaryRow.created_at, BoundaryRow.id)):
            if brow.profile_id not in opened:
                continue
            urows = s.scalars(
                select(BoundaryUseRow)
                .where(BoundaryUseRow.boundary_id == brow.id)
                .order_by(BoundaryUseRow.id)
            ).all()
            if (
                since
                and local_day(brow.updated_at, None) < since
                and all(local_day(u.created_at, None) < since for u in urows)
            ):
                continue
            ok, data = opened_value(
                brow.profile_id, brow.payload, boundary_binding(brow.id, brow.profile_id)
            )
            if not ok or not isinstance(data, dict):
                continue
            uids = derived_ids("use", brow.id, (use_key(u.created_at) for u in urows))
            uses = []
            for urow, uid in zip(urows, uids, strict=True):
                ok, note = opened_value(
                    brow.profile_id,
                    urow.payload,
                    use_binding(urow.id, urow.boundary_id, brow.profile_id),
                )
                if not ok or not isinstance(note, dict):
                    continue
                rating = note.get("rating")
                uses.append(
                    XUse(
                        uid,
                        urow.created_at,
                        str(note.get("note", "")),
                        rating if isinstance(rating, int) else None,
                    )
                )
            boundaries.append(
                XBoundary(
                    id=brow.id,
                    profile_id=brow.profile_id,
                    fields={name: str(data.get(name, "")) for name in FIELDS},
                    created_at=brow.created_at,
                    updated_at=brow.updated_at,
                    retired=brow.retired,
                    uses=tuple(uses),
                )
            )

        # Reading state belongs to its profile, so it travels with that profile's private items.
        for rrow in s.scalars(
            select(ReadingStateRow).order_by(ReadingStateRow.profile_id, ReadingStateRow.slug)
        ):
            if rrow.profile_id not in opened:
                continue
            if since and local_day(rrow.updated_at, None) < since:
                continue
            reading.append(
                XReading(
                    rrow.profile_id,
                    rrow.slug,
                    rrow.bookmarked,
                    rrow.read,
                    rrow.position,
                    rrow.note_choice,
                    rrow.updated_at,
                )
            )

    referenced = {selected} if selected else {r.id for r in profile_rows}
    for x in sessions:
        referenced.update(x.profile_ids)
        referenced.update(a.profile_id for a in x.answers if a.profile_id)
    for g in agreements:
        referenced.update(g.profile_ids)
    profiles = tuple(
        XProfile(r.id, r.name, r.color, r.created_at, r.created_tz, r.id in opened)
        for r in profile_rows
        if r.id in referenced
    )
    return ExportDoc(
        exported_at=now or datetime.now(UTC),
        app_version=version(),
        profiles=profiles,
        sessions=tuple(sessions),
        agreements=tuple(agreements),
        boundaries=tuple(boundaries),
        reading=tuple(reading),
    )


def export_json(
    vault: OpenVault,
    keychain: Keychain,
    *,
    include_private_for: Collection[str] = (),
    since: date | None = None,
    profile: str | None = None,
) -> dict[str, Any]:
    """The vault as a version-1 ``bond-export`` document (plain JSON types only)."""
    return build_export(
        vault, keychain, include_private_for=include_private_for, since=since, profile=profile
    ).to_json()


def write_json(doc: dict[str, Any], path: Path | str, *, overwrite: bool = False) -> None:
    """Write atomically with mode 0600: a temporary file beside ``path``, fsynced, then moved in.

    Without ``overwrite`` an existing file is never replaced (``FileExistsError``)."""
    target = Path(path)
    data = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False).encode("utf-8") + b"\n"
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as fh:  # mkstemp made it 0600 already
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if overwrite:
            temp.replace(target)
        else:
            try:
                os.link(temp, target)  # fails if the target exists, with no race
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links (a FAT memory stick)
                if target.exists():
                    raise FileExistsError(str(target)) from None
                temp.replace(target)
            temp.unlink(missing_ok=True)
        fsync_dir(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
