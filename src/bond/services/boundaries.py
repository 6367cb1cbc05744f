"""A person's boundary list: statements sealed to their profile, and "I used this" notes."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from bond.domain.boundaries import FIELDS, MAX_FIELD_LENGTH, Boundary
from bond.security.sealing import MisplacedItemError
from bond.services.keychain import Keychain
from bond.services.sealed_items import boundary_binding, use_binding
from bond.services.vault_service import OnVault, OpenVault
from bond.storage.models import BoundaryRow, BoundaryUseRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BoundaryList:
    boundaries: list[Boundary]
    misplaced: int  # boxes refused: sealed for another row


def _clean(fields: dict[str, str]) -> dict[str, str]:
    out = {name: str(fields.get(name, "")).strip()[:MAX_FIELD_LENGTH] for name in FIELDS}
    if not out["words"] and not out["action"]:
        raise ValueError("A boundary needs the words you'll use or what you'll do.")
    return out


class BoundaryService(OnVault):
    def __init__(self, vault: OpenVault, keychain: Keychain) -> None:
        super().__init__(vault)
        self._keys = keychain

    def save(
        self,
        profile_id: str,
        fields: dict[str, str],
        boundary_id: str | None = None,
        *,
        at: datetime | None = None,
    ) -> str:
        """Add a boundary, or replace the text of one (sealed to its owner either way)."""
        public = self._keys.checked_public_key(profile_id)
        value = _clean(fields)
        now = at or datetime.now(UTC)
        with self._db.unit_of_work() as s:
            row = s.get(BoundaryRow, boundary_id) if boundary_id else None
            if row is not None and row.profile_id != profile_id:
                raise ValueError("That boundary belongs to someone else.")
            if row is not None:
                row.payload = self._keys.seal_to(
                    public, value, boundary_binding(row.id, profile_id)
                )
                row.updated_at = now
                return row.id
            new_id = str(uuid.uuid4())
            s.add(
                BoundaryRow(
                    id=new_id,
                    profile_id=profile_id,
                    payload=self._keys.seal_to(public, value, boundary_binding(new_id, profile_id)),
                    created_at=now,
                    updated_at=now,
                    retired=False,
                )
            )
            return new_id

    def list(self, profile_id: str, *, include_retired: bool = False) -> list[Boundary]:
        """The profile's boundaries; ``MisplacedItemError`` if one was moved from another row."""
        found = self.readable(profile_id, include_retired=include_retired)
        if found.misplaced:
            raise MisplacedItemError()
        return found.boundaries

    def readable(self, profile_id: str, *, include_retired: bool = False) -> BoundaryList:
        """The boundaries that open, and how many did not because they are not in their own
        row (moved there by someone with the vault key): the screen says so instead."""
        with self._db.unit_of_work() as s:
            query = select(BoundaryRow).where(BoundaryRow.profile_id == profile_id)
            if not include_retired:
                query = query.where(BoundaryRow.retired.is_(False))
            rows = s.scalars(query.order_by(BoundaryRow.created_at)).all()
            out = []
            misplaced = 0
            for row in rows:
                try:
                    data = self._keys.open_json(
                        profile_id, row.payload, boundary_binding(row.id, profile_id)
                    )
                except MisplacedItemError:
                    log.warning("a sealed boundary was not in its own row and was not opened")
                    misplaced += 1
                    continue
                uses = len(
                    s.scalars(
                        select(BoundaryUseRow.id).where(BoundaryUseRow.boundary_id == row.id)
                    ).all()
                )
                out.append(
                    Boundary(
                        id=row.id,
                        profile_id=profile_id,
                        created_at=row.created_at,
                        uses=uses,
                        **{name: str(data.get(name, "")) for name in FIELDS},
                    )
                )
            return BoundaryList(out, misplaced)

    def used(
        self,
        boundary_id: str,
        profile_id: str,
        note: str,
        rating: int | None,
        *,
        at: datetime | None = None,
    ) -> None:
        """ "I used this": a short how-it-went note and a 0–10 rating, sealed."""
        if rating is not None and not 0 <= rating <= 10:
            raise ValueError("The rating goes from 0 to 10.")
        public = self._keys.checked_public_key(profile_id)
        value = {"note": note.strip()[:1000], "rating": rating}
        with self._db.unit_of_work() as s:
            row = s.get(BoundaryRow, boundary_id)
            if row is None or row.profile_id != profile_id:
                raise ValueError("That boundary belongs to someone else.")
            use = BoundaryUseRow(
                boundary_id=boundary_id, payload=b"", created_at=at or datetime.now(UTC)
            )
            s.add(use)
            s.flush()  # the row's id, which the box is bound to
            use.payload = self._keys.seal_to(
                public, value, use_binding(use.id, boundary_id, profile_id)
            )

    def retire(self, boundary_id: str, profile_id: str) -> None:
        with self._db.unit_of_work() as s:
            row = s.get(BoundaryRow, boundary_id)
            if row is not None and row.profile_id == profile_id:
                row.retired = True
