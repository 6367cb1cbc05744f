"""Who uses Bond on this computer."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

MAX_NAME_LENGTH = 40
# Calm, distinguishable colours (checked for contrast against white text in the themes).
PROFILE_COLORS = ("#2F6F8F", "#3D7A4A", "#8A4B7A", "#9A5B1E")  # neighbours apart


class Household(enum.StrEnum):
    """Who will use Bond here; chosen on the first run, a partner can be added later."""

    SOLO = "solo"
    COUPLE = "couple"


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    color: str
    position: int
    created_at: datetime
    has_pin: bool = False


class InvalidName(ValueError):
    """A profile name that is empty, too long or holds control characters."""


def clean_name(raw: str) -> str:
    """Trim and check a profile name; the message is safe to show."""
    name = " ".join(raw.split())
    if not name:
        raise InvalidName("Please enter a name. A nickname is fine.")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidName(f"Please keep the name to {MAX_NAME_LENGTH} characters or fewer.")
    if any(not ch.isprintable() for ch in name):
        raise InvalidName("The name holds characters that cannot be shown.")
    return name
