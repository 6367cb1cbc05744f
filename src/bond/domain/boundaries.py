"""A person's boundary statements (sealed to their profile in the vault)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

FIELDS = ("situation", "feeling", "need", "words", "action")
MAX_FIELD_LENGTH = 1000


@dataclass(frozen=True)
class Boundary:
    id: str
    profile_id: str
    situation: str
    feeling: str
    need: str
    words: str  # the words I'll use
    action: str  # what I'll do if it is crossed
    created_at: datetime
    uses: int
