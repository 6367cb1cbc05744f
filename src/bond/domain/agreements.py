"""Agreements: shared commitments, and how a later check-in says they went."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

MAX_AGREEMENT_LENGTH = 600


class ReviewOutcome(enum.StrEnum):
    KEPT = "kept"
    PARTLY = "partly"
    NOT_YET = "not-yet"
    CHANGED = "changed"
    RETIRED = "retired"


@dataclass(frozen=True)
class Agreement:
    id: str
    text: str
    profile_ids: tuple[str, ...]
    created_at: datetime
    review_on: date | None
    last_outcome: ReviewOutcome | None
