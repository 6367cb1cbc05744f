"""The exercise runner's state machine, in plain Python (no Qt, no storage).

An exercise becomes a list of frames, one per screen: the intro, an optional review of last
week's agreements, then the steps. In together mode a step answered by "each" partner becomes one
frame per partner, and a private one is preceded by a "Pass to <name>" frame that hides the
screen. Two steps have inner states of their own: ``turns`` (the speaker holds the floor; the
listener paraphrases; the speaker says "yes, that's it" or "not quite") and ``reveal`` (both say
they are ready before anything private is shown).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bond.domain.exercises import Exercise, Step, StepType, Who


class FrameKind(enum.StrEnum):
    INTRO = "intro"
    REVIEW = "review"
    PASS = "pass"  # noqa: S105 - "Pass to <name>", not a password
    STEP = "step"
    DONE = "done"


@dataclass(frozen=True)
class Frame:
    kind: FrameKind
    step: Step | None = None
    profile_id: str | None = None  # whose turn; None: shared, both at the keyboard

    @property
    def private(self) -> bool:
        return bool(self.step and self.step.private and self.profile_id)


class TurnPhase(enum.StrEnum):
    SPEAK = "speak"  # the speaker holds the floor
    PARAPHRASE = "paraphrase"  # the listener says back what they heard
    CHECK = "check"  # the speaker: "yes, that's it" or "not quite"
    DONE = "done"


@dataclass
class TurnsState:
    """Speaker and listener for one ``turns`` step; the floor passes when the speaker agrees."""

    people: tuple[str, ...]
    rounds: int
    turn: int = 0  # how many times the floor has passed
    phase: TurnPhase = TurnPhase.SPEAK
    clarifications: int = 0

    @property
    def total_turns(self) -> int:
        return self.rounds * len(self.people)

    @property
    def speaker(self) -> str:
        return self.people[self.turn % len(self.people)]

    @property
    def listener(self) -> str:
        return self.people[(self.turn + 1) % len(self.people)]

    def done_speaking(self) -> None:
        if self.phase is TurnPhase.SPEAK:
            self.phase = TurnPhase.PARAPHRASE

    def paraphrased(self) -> None:
        if self.phase is TurnPhase.PARAPHRASE:
            self.phase = TurnPhase.CHECK

    def thats_it(self) -> None:
        """The speaker feels understood: the floor passes (or the step is complete)."""
        if self.phase is not TurnPhase.CHECK:
            return
        self.turn += 1
        self.phase = TurnPhase.DONE if self.turn >= self.total_turns else TurnPhase.SPEAK

    def not_quite(self) -> None:
        """The speaker clarifies, and the listener tries again."""
        if self.phase is TurnPhase.CHECK:
            self.clarifications += 1
            self.phase = TurnPhase.SPEAK

    def to_json(self) -> dict[str, Any]:
        return {"turn": self.turn, "phase": self.phase.value, "clarifications": self.clarifications}

    def restore(self, data: dict[str, Any]) -> None:
        self.turn = int(data.get("turn", 0))
        self.phase = TurnPhase(data.get("phase", TurnPhase.SPEAK.value))
        self.clarifications = int(data.get("clarifications", 0))


@dataclass
class RevealState:
    """Nothing private shows until every partner has said they are ready."""

    people: tuple[str, ...]
    step_ids: tuple[str, ...]  # the private steps this reveal may show
    ready: dict[str, bool] = field(default_factory=dict)
    held_back: dict[str, set[str]] = field(default_factory=dict)

    def set_ready(self, profile_id: str, held_back: set[str] | None = None) -> None:
        if profile_id in self.people:
            self.ready[profile_id] = True
            self.held_back[profile_id] = set(held_back or ())

    def unready(self, profile_id: str) -> None:
        self.ready.pop(profile_id, None)
        self.held_back.pop(profile_id, None)

    @property
    def revealed(self) -> bool:
        return all(self.ready.get(p) for p in self.people)

    def shown(self, profile_id: str) -> tuple[str, ...]:
        """The step ids this partner chose to show, once everyone is ready."""
        if not self.revealed:
            return ()
        hidden = self.held_back.get(profile_id, set())
        return tuple(s for s in self.step_ids if s not in hidden)

    def to_json(self) -> dict[str, Any]:
        return {
            "ready": sorted(p for p, r in self.ready.items() if r),
            "held_back": {p: sorted(h) for p, h in self.held_back.items()},
        }

    def restore(self, data: dict[str, Any]) -> None:
        for person in data.get("ready", []):
            self.set_ready(person, set(data.get("held_back", {}).get(person, [])))


def _reveal_targets(steps: Sequence[Step]) -> dict[int, tuple[str, ...]]:
    targets: dict[int, tuple[str, ...]] = {}
    pending: list[str] = []
    for step in steps:
        if step.private and step.id:
            pending.append(step.id)
        if step.type is StepType.REVEAL:
            targets[step.index] = step.reveals or tuple(pending)
            pending = []
    return targets


class ExerciseFlow:
    """Where a person (or a couple) is in an exercise, and where they may go next."""

    def __init__(
        self,
        exercise: Exercise,
        people: Sequence[str],
        *,
        together: bool,
        review_agreements: bool = False,
    ) -> None:
        if together and len(people) != 2:
            raise ValueError("a together exercise needs two profiles")
        if not together and len(people) != 1:
            raise ValueError("a solo run has one profile")
        self.exercise = exercise
        self.people = tuple(people)
        self.together = together
        self.frames = self._expand(review_agreements)
        self.index = 0
        steps = exercise.steps_for(together)
        self.turns: dict[int, TurnsState] = {
            s.index: TurnsState(self.people, s.rounds) for s in steps if s.type is StepType.TURNS
        }
        self.reveals: dict[int, RevealState] = {
            i: RevealState(self.people, ids) for i, ids in _reveal_targets(steps).items()
        }

    def _expand(self, review: bool) -> list[Frame]:
        frames = [Frame(FrameKind.INTRO)]
        if review and self.exercise.review_agreements:
            frames.append(Frame(FrameKind.REVIEW))
        steps = list(self.exercise.steps_for(self.together))
        i = 0
        while i < len(steps):
            step = steps[i]
            if not self.together:
                frames.append(Frame(FrameKind.STEP, step, self.people[0]))
                i += 1
                continue
            if not (step.records_answer and step.who is Who.EACH):
                frames.append(Frame(FrameKind.STEP, step, None))
                i += 1
                continue
            # A run of steps each partner answers: one partner does them all, then the other,
            # so the keyboard passes once per run rather than once per step.
            j = i
            while j < len(steps) and steps[j].records_answer and steps[j].who is Who.EACH:
                j += 1
            run = steps[i:j]
            for person in self.people:
                if any(s.private for s in run):
                    frames.append(Frame(FrameKind.PASS, run[0], person))
                frames.extend(Frame(FrameKind.STEP, s, person) for s in run)
            i = j
        frames.append(Frame(FrameKind.DONE))
        return frames

    # -- where we are -------------------------------------------------------------------------
    @property
    def frame(self) -> Frame:
        return self.frames[self.index]

    @property
    def step_number(self) -> tuple[int, int]:
        """("step n of m") counting the exercise's steps, not the frames."""
        steps = self.exercise.steps_for(self.together)
        step = self.frame.step
        if step is None:
            return (0 if self.frame.kind is not FrameKind.DONE else len(steps), len(steps))
        return (steps.index(step) + 1, len(steps))

    def turns_state(self) -> TurnsState | None:
        step = self.frame.step
        return self.turns.get(step.index) if step else None

    def reveal_state(self) -> RevealState | None:
        step = self.frame.step
        return self.reveals.get(step.index) if step else None

    @property
    def can_go_next(self) -> bool:
        if self.frame.kind is FrameKind.DONE:
            return False
        turns, reveal = self.turns_state(), self.reveal_state()
        if turns is not None and turns.phase is not TurnPhase.DONE:
            return False
        return not (reveal is not None and not reveal.revealed)

    @property
    def can_go_back(self) -> bool:
        """Never back into another partner's private screen, and never back over a "Pass to"."""
        if self.index == 0 or self.frame.kind is FrameKind.DONE:
            return False
        previous = self.frames[self.index - 1]
        if previous.kind is FrameKind.PASS:
            return False
        if previous.private and previous.profile_id != self.frame.profile_id:
            return False
        # Never step back into another partner's turn: it may lead on to their private screens.
        return previous.profile_id is None or previous.profile_id == self.frame.profile_id

    # -- moving -------------------------------------------------------------------------------
    def next(self) -> Frame:
        if self.can_go_next:
            self.index += 1
        return self.frame

    def skip(self) -> Frame:
        """Every step can be skipped (SAMHSA: voice and choice); turns and reveals too."""
        if self.frame.kind is not FrameKind.DONE:
            self.index += 1
        return self.frame

    def back(self) -> Frame:
        if self.can_go_back:
            self.index -= 1
        return self.frame

    @property
    def finished(self) -> bool:
        return self.frame.kind is FrameKind.DONE

    # -- saving the place ---------------------------------------------------------------------
    def position(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "turns": {str(k): v.to_json() for k, v in self.turns.items()},
            "reveals": {str(k): v.to_json() for k, v in self.reveals.items()},
        }

    def restore(self, position: dict[str, Any]) -> None:
        index = int(position.get("index", 0))
        self.index = max(0, min(index, len(self.frames) - 1))
        # Resuming never lands on someone's private screen: go back to their "Pass to" first.
        if self.frame.private:
            person = self.frame.profile_id
            i = self.index
            while (
                i > 0
                and self.frames[i - 1].kind is FrameKind.STEP
                and (self.frames[i - 1].profile_id == person)
            ):
                i -= 1
            if i > 0 and self.frames[i - 1].kind is FrameKind.PASS:
                self.index = i - 1
        for key, data in position.get("turns", {}).items():
            if int(key) in self.turns:
                self.turns[int(key)].restore(data)
        for key, data in position.get("reveals", {}).items():
            if int(key) in self.reveals:
                self.reveals[int(key)].restore(data)
