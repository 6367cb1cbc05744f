"""Exercises as data: what a file in resources/content/exercises/ means once validated."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path


class Mode(enum.StrEnum):
    TOGETHER = "together"
    SOLO = "solo"
    BOTH = "both"


class Category(enum.StrEnum):
    CHECK_INS = "check-ins"
    BOUNDARIES = "boundaries"
    CONFLICT_REPAIR = "conflict-repair"
    REGULATION = "regulation"
    CONNECTION = "connection"


class StepType(enum.StrEnum):
    INFO = "info"
    RATING = "rating"
    TEXT = "text"
    CHOICE = "choice"
    MULTI_CHOICE = "multi-choice"
    CHECKLIST = "checklist"
    FEELINGS = "feelings"
    TIMER = "timer"
    BREATHING = "breathing"
    TURNS = "turns"
    REVEAL = "reveal"
    AGREEMENT = "agreement"
    BOUNDARY = "boundary"


# Steps whose outcome is recorded as an answer (and so need an ``id``).
ANSWER_STEPS = frozenset(
    {
        StepType.RATING,
        StepType.TEXT,
        StepType.CHOICE,
        StepType.MULTI_CHOICE,
        StepType.CHECKLIST,
        StepType.FEELINGS,
        StepType.TIMER,
        StepType.TURNS,
        StepType.AGREEMENT,
        StepType.BOUNDARY,
    }
)
# Steps that only make sense with two people at the keyboard.
TOGETHER_ONLY_STEPS = frozenset({StepType.TURNS, StepType.REVEAL})


class Who(enum.StrEnum):
    EACH = "each"  # each partner answers, in turn
    TOGETHER = "together"  # one shared answer


@dataclass(frozen=True)
class Step:
    index: int
    type: StepType
    id: str | None = None
    title: str = ""
    text: str = ""
    private: bool = False
    who: Who = Who.TOGETHER
    options: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    low: str = ""
    high: str = ""
    measure: str = ""
    moment: str = ""
    placeholder: str = ""
    minutes: int = 0
    min_minutes: int = 0
    purpose: str = ""
    inhale: int = 0
    hold: int = 0
    exhale: int = 0
    hold_out: int = 0
    cycles: int = 0
    rounds: int = 1
    speaker_hint: str = ""
    listener_hint: str = ""
    reveals: tuple[str, ...] = ()
    review_date: bool = False
    bank: str = ""  # a choice's options drawn from a question bank; else prompts to start from
    draw: int = 0
    more: str = ""  # shown behind "More about this": the step's text stays one instruction

    @property
    def records_answer(self) -> bool:
        return self.type in ANSWER_STEPS


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    summary: str
    category: Category
    mode: Mode
    minutes: tuple[int, int]
    intro: str
    steps: tuple[Step, ...]
    sources: tuple[str, ...]
    content_note: str = ""
    based_on: str = ""
    related_articles: tuple[str, ...] = ()
    review_agreements: bool = False
    source_path: Path | None = field(default=None, compare=False)
    #: The organisation whose content pack supplied it, shown as "From <organisation>";
    #: empty for Bond's own content.
    origin: str = field(default="", compare=False)

    def steps_for(self, together: bool) -> tuple[Step, ...]:
        """The steps as run: turns and reveal drop out when one person does it alone."""
        if together:
            return self.steps
        return tuple(s for s in self.steps if s.type not in TOGETHER_ONLY_STEPS)

    def allows(self, together: bool) -> bool:
        return self.mode is Mode.BOTH or (self.mode is Mode.TOGETHER) == together


@dataclass(frozen=True)
class FeelingGroup:
    id: str
    name: str
    words: tuple[str, ...]
