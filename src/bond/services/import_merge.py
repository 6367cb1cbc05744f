"""Merge a checked export into a vault, in one transaction, by stable ids.

The document has already been checked (:mod:`bond.services.import_schema`); what is left needs
the vault to judge: references to profiles and sessions, the profile limit, names already taken.
All of that is checked before the first write, and everything is written in one unit of work, so
a refusal leaves the vault exactly as it was. Ids are stable (see
:mod:`bond.services.export_data`), so importing the same file twice adds nothing the second time.
New profiles get fresh keys; private items are sealed again to the target profile's public key,
which needs no PIN. Keys and PIN data are never in the file and never read from it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bond.domain.profiles import PROFILE_COLORS, Household
from bond.errors import LockedError, ProfileKeysMismatchError
from bond.services.export_data import ExportDoc, answer_key, derived_ids, review_key, use_key, utc
from bond.services.import_file import refuse
from bond.services.import_schema import parse_export
from bond.services.keychain import Keychain, LockedProfileError
from bond.services.profiles import HOUSEHOLD_KEY, MAX_PROFILES, give_profile_keys
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
from bond.storage.repositories import SettingsRepository

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


@dataclass
class ImportReport:
    """What an import added and skipped, by kind, and what the person should be told."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    messages: list[str] = field(default_factory=list)


PIN_FIRST = (
    "Some private items in this file belong to someone with a PIN. Open Bond, give that PIN "
    "(Boundaries asks for it), then import from Settings, Your data. Nothing was imported."
)


class _ProvenKeys(Mapping[str, bytes]):
    """Public keys to seal to: those this import just made, and known profiles' keys as the
    keychain proved them before the transaction (see :func:`_prove_owners`)."""

    def __init__(self, made: dict[str, bytes], proven: Mapping[str, bytes]) -> None:
        self._keys = {**proven, **made}

    def __getitem__(self, profile_id: str) -> bytes:
        return self._keys[profile_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _prove_owners(vault: OpenVault, keychain: Keychain, doc: ExportDoc) -> dict[str, bytes]:
    """The proven public key of every profile already in the vault that the file holds private
    items for. A stored public key alone may have been swapped by someone holding the vault
    key, so the keychain proves it (a PIN profile's PIN given this session, or the vault key
    for one without a PIN); raises ``LockedProfileError`` or ``ProfileKeysMismatchError``.
    Done before the import's transaction: the keychain reads through its own."""
    owners = {a.profile_id for x in doc.sessions for a in x.answers if a.private and a.profile_id}
    owners |= {b.profile_id for b in doc.boundaries}
    with vault.db.unit_of_work() as s:
        known = set(s.scalars(select(ProfileRow.id).where(ProfileRow.public_key.is_not(None))))
    try:
        return {pid: keychain.checked_public_key(pid) for pid in sorted(owners & known)}
    except ProfileKeysMismatchError:
        raise  # swapped keys: said plainly, nothing imported
    except LockedProfileError as exc:
        raise LockedError(PIN_FIRST) from exc


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
            refuse(
                "profiles",
                f"would make {len(rows) + len(new)} profiles here, and Bond is for one person "
                "or two partners",
            )
        for i, p in enumerate(doc.profiles):
            if p.id not in rows and any(
                r.name.casefold() == p.name.casefold() for r in rows.values()
            ):
                refuse(f"profiles[{i}].name", "is the name of a different profile in this vault")
        people = set(rows) | {p.id for p in doc.profiles}
        vault_sessions = set(self.s.scalars(select(SessionRow.id)).all())
        sessions = vault_sessions | {x.id for x in doc.sessions}

        def person(pid: str | None, where: str) -> None:
            if pid is not None and pid not in people:
                refuse(where, "names a profile that is neither in the file nor in this vault")

        def session(sid: str | None, where: str) -> None:
            if sid is not None and sid not in sessions:
                refuse(where, "names a session that is neither in the file nor in this vault")

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

    def profiles(
        self, doc: ExportDoc, rows: dict[str, ProfileRow], proven: Mapping[str, bytes]
    ) -> Mapping[str, bytes]:
        """New profiles get fresh keys as in ``ProfileService``; known ones stay as they are.

        Private items are sealed to a known profile's key only once the keychain has proven it
        (its private key opened this session, or the vault key for one without a PIN): a stored
        public key alone may have been swapped by someone holding the vault key."""
        fresh: set[str] = set()
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
            fresh.add(p.id)
            self.count("profiles", True)
        for row in rows.values():
            if row.public_key is None:  # made before sealing existed (schema 0001)
                give_profile_keys(self.key, row)
                fresh.add(row.id)
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
        made = {pid: row.public_key for pid in fresh if (row := rows[pid]).public_key is not None}
        return _ProvenKeys(made, proven)

    def sessions(
        self, doc: ExportDoc, vault_sessions: set[str], public: Mapping[str, bytes]
    ) -> None:
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
                row = AnswerRow(
                    session_id=x.id,
                    step_id=a.step_id,
                    profile_id=a.profile_id,
                    sealed=a.private,
                    payload=b"" if a.private else json.dumps(a.value).encode("utf-8"),
                    created_at=utc(a.created_at),
                )
                self.s.add(row)
                if a.private:
                    assert a.profile_id is not None
                    self.s.flush()  # the row's id, which the box is bound to
                    binding = answer_binding(row.id, x.id, a.step_id, a.profile_id)
                    row.payload = self.keys.seal_to(public[a.profile_id], a.value, binding)
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

    def boundaries(self, doc: ExportDoc, public: Mapping[str, bytes]) -> None:
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
                        payload=self.keys.seal_to(
                            public[b.profile_id], b.fields, boundary_binding(b.id, b.profile_id)
                        ),
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
                use = BoundaryUseRow(boundary_id=b.id, payload=b"", created_at=utc(u.created_at))
                self.s.add(use)
                self.s.flush()  # the row's id, which the box is bound to
                use.payload = self.keys.seal_to(
                    public[b.profile_id],
                    {"note": u.note, "rating": u.rating},
                    use_binding(use.id, b.id, b.profile_id),
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
    proven = _prove_owners(vault, keychain, doc)
    with vault.db.unit_of_work() as s:
        merge = _Merge(s, vault.key, keychain)
        rows, vault_sessions = merge.check_references(doc)
        public = merge.profiles(doc, rows, proven)
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
