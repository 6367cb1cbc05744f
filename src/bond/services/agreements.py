"""Agreements: shared commitments from check-ins, reviewed at the next one."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import select

from bond.domain.agreements import MAX_AGREEMENT_LENGTH, Agreement, ReviewOutcome
from bond.services.profiles import local_zone_name
from bond.services.vault_service import OnVault, OpenVault
from bond.storage.models import AgreementReviewRow, AgreementRow


class AgreementService(OnVault):
    def __init__(self, vault: OpenVault) -> None:
        super().__init__(vault)

    def add(
        self,
        text: str,
        profile_ids: Sequence[str],
        *,
        session_id: str | None = None,
        review_on: date | None = None,
        at: datetime | None = None,
        tz: str | None = None,
    ) -> str:
        clean = text.strip()
        if not clean:
            raise ValueError("An agreement needs a few words.")
        if len(clean) > MAX_AGREEMENT_LENGTH:
            raise ValueError(f"Please keep an agreement under {MAX_AGREEMENT_LENGTH} characters.")
        agreement_id = str(uuid.uuid4())
        with self._db.unit_of_work() as s:
            s.add(
                AgreementRow(
                    id=agreement_id,
                    session_id=session_id,
                    text=clean,
                    profile_ids=json.dumps(list(profile_ids)),
                    created_at=at or datetime.now(UTC),
                    created_tz=tz or local_zone_name(),
                    review_on=review_on,
                    status="active",
                )
            )
        return agreement_id

    def active(self) -> list[Agreement]:
        with self._db.unit_of_work() as s:
            rows = s.scalars(
                select(AgreementRow)
                .where(AgreementRow.status == "active")
                .order_by(AgreementRow.created_at)
            ).all()
            out = []
            for row in rows:
                last = s.scalars(
                    select(AgreementReviewRow.outcome)
                    .where(AgreementReviewRow.agreement_id == row.id)
                    .order_by(AgreementReviewRow.id.desc())
                    .limit(1)
                ).first()
                out.append(
                    Agreement(
                        id=row.id,
                        text=row.text,
                        profile_ids=tuple(json.loads(row.profile_ids)),
                        created_at=row.created_at,
                        review_on=row.review_on,
                        last_outcome=ReviewOutcome(last) if last else None,
                    )
                )
            return out

    def review(
        self,
        agreement_id: str,
        outcome: ReviewOutcome,
        *,
        session_id: str | None = None,
        new_text: str | None = None,
        at: datetime | None = None,
    ) -> str | None:
        """Record how an agreement went. "Change it" retires it and returns the new one's id."""
        new_id = None
        with self._db.unit_of_work() as s:
            row = s.get(AgreementRow, agreement_id)
            if row is None:
                return None
            s.add(
                AgreementReviewRow(
                    agreement_id=agreement_id,
                    session_id=session_id,
                    outcome=outcome.value,
                    created_at=at or datetime.now(UTC),
                )
            )
            if outcome in (ReviewOutcome.RETIRED, ReviewOutcome.CHANGED):
                row.status = "retired"
            people = json.loads(row.profile_ids)
        if outcome is ReviewOutcome.CHANGED and new_text:
            new_id = self.add(new_text, people, session_id=session_id, at=at)
        return new_id
