"""One exercise being done: the flow, its session, and what finishing it records.

The GUI drives this object; it holds no Qt. Answers are saved as they change (append-only), the
position is saved at every step change, and finishing turns the answers into agreements and
boundary-list entries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bond.content.banks import QuestionBank
from bond.domain.exercises import Exercise, StepType
from bond.services.agreements import AgreementService
from bond.services.boundaries import BoundaryService
from bond.services.exercise_flow import ExerciseFlow, Frame, FrameKind
from bond.services.keychain import Keychain
from bond.services.question_banks import QuestionDrawer
from bond.services.sessions import PROMPTS, AnswerKey, SessionService
from bond.services.vault_service import OpenVault


@dataclass(frozen=True)
class Outcome:
    agreements: int
    boundaries: int


class ExerciseRun:
    def __init__(
        self,
        vault: OpenVault,
        keychain: Keychain,
        exercise: Exercise,
        people: Sequence[str],
        *,
        together: bool,
        session_id: str | None = None,
        review_agreements: bool = True,
        banks: Mapping[str, QuestionBank] | None = None,
    ) -> None:
        self.exercise = exercise
        self.banks = dict(banks or {})
        self._keys = keychain
        # At a reveal, what each ready partner chose to show, held in memory only until everyone
        # is ready: nothing is copied out of its seal before then (DECISIONS 3).
        self._to_reveal: dict[str, dict[str, Any]] = {}
        self.drawer = QuestionDrawer(vault)
        self.sessions = SessionService(vault, keychain)
        self.agreements = AgreementService(vault)
        self.boundaries = BoundaryService(vault, keychain)
        has_agreements = bool(self.agreements.active()) if review_agreements else False
        self.flow = ExerciseFlow(
            exercise, people, together=together, review_agreements=has_agreements
        )
        if session_id is None:
            self.session_id = self.sessions.start(exercise.id, people, together=together)
        else:
            self.session_id = session_id
            info = self.sessions.get(session_id)
            if info is not None:
                self.flow.restore(info.position)
                reveal = self.flow.reveal_state()
                if reveal is not None and not reveal.revealed:
                    for person in list(reveal.ready):
                        reveal.unready(person)  # their choices were in memory only: ask again
                self.sessions.resume(session_id)

    @classmethod
    def resume(
        cls,
        vault: OpenVault,
        keychain: Keychain,
        exercise: Exercise,
        session_id: str,
        banks: Mapping[str, QuestionBank] | None = None,
    ) -> ExerciseRun:
        info = SessionService(vault, keychain).get(session_id)
        if info is None:
            raise ValueError("that session no longer exists")
        return cls(
            vault,
            keychain,
            exercise,
            info.profile_ids,
            together=info.together,
            session_id=session_id,
            banks=banks,
        )

    @property
    def people(self) -> tuple[str, ...]:
        return self.flow.people

    @property
    def frame(self) -> Frame:
        return self.flow.frame

    # -- answers ------------------------------------------------------------------------------
    def _key(self, frame: Frame) -> AnswerKey | None:
        if frame.step is None or frame.step.id is None:
            return None
        return AnswerKey(frame.step.id, frame.profile_id)

    def value(self, frame: Frame | None = None) -> Any:
        """The latest saved answer for a frame (only its own writer's, when private)."""
        frame = frame or self.frame
        key = self._key(frame)
        if key is None:
            return None
        if self.needs_key(frame):
            return None  # a locked partner's words are never handed out
        readers = [frame.profile_id] if frame.profile_id else []
        return self.sessions.answers(self.session_id, readers).get(key)

    def _owner(self, frame: Frame) -> str | None:
        return frame.profile_id or (self.people[0] if not self.flow.together else None)

    def needs_key(self, frame: Frame | None = None) -> str | None:
        """The profile whose PIN must be given before this frame can show its answers."""
        frame = frame or self.frame
        if frame.kind is not FrameKind.STEP or frame.step is None:
            return None
        owner = self._owner(frame)
        private = frame.step.private or not self.flow.together
        if owner is None or not private or self._keys.is_open(owner):
            return None
        return owner

    def arrive(self) -> None:
        """On showing a frame: a "Pass to" locks the last writer's private material at once,
        and a private frame locks everyone's but its owner's."""
        frame = self.frame
        if frame.kind is FrameKind.PASS:
            self._keys.switch_to(None)
            return
        owner = self._owner(frame)
        private = frame.step is not None and (frame.step.private or not self.flow.together)
        if owner is not None and private:
            self._keys.switch_to(owner)

    def switch_to(self, profile_id: str) -> bool:
        """This person is at the keyboard now: lock everyone else's private material, and say
        whether their own can be used without asking for their PIN."""
        self._keys.switch_to(profile_id)
        return self._keys.is_open(profile_id)

    def locked_owners(self) -> list[str]:
        """People whose PIN is needed to finish: their boundary answers become list entries."""
        out: list[str] = []
        for frame in self.flow.frames:
            step = frame.step
            key = self._key(frame)
            if step is None or key is None or step.type is not StepType.BOUNDARY:
                continue
            owner = self._owner(frame)
            if owner and not self._keys.is_open(owner):
                out.append(owner)
        return sorted(set(out), key=self.people.index)

    def save(self, value: Any, frame: Frame | None = None) -> None:
        frame = frame or self.frame
        key = self._key(frame)
        if key is None or frame.step is None:
            return
        private = frame.step.private or not self.flow.together
        owner = self._owner(frame)
        self.sessions.save_answer(
            self.session_id, key.step_id, owner, value, private=private and owner is not None
        )

    def options_for(self, frame: Frame | None = None) -> tuple[str, ...]:
        """A choice step's options: fixed, or drawn from its bank once and kept with the answer.
        Another step with a bank (a text to write, turns to take) gets questions to start
        from, drawn once for the session and kept beside the answers (they are content, not
        anyone's words, so both partners see the same ones)."""
        frame = frame or self.frame
        step = frame.step
        if step is None or not step.bank:
            return step.options if step else ()
        choosing = step.type in (StepType.CHOICE, StepType.MULTI_CHOICE)
        # Alone, even which questions were offered is the person's (sealed to them).
        owner = None if self.flow.together else self._owner(frame)
        saved = self.value(frame) if choosing else self._prompts_saved(step.id, owner)
        if isinstance(saved, dict) and isinstance(saved.get("options"), list):
            return tuple(str(o) for o in saved["options"])
        bank = self.banks.get(step.bank)
        if bank is None:
            return ()
        drawn = tuple(self.drawer.draw(bank, step.draw))
        if choosing:
            self.save({"options": list(drawn), "choices": []}, frame)
        elif step.id:
            value = {"options": list(drawn)}
            self.sessions.save_answer(
                self.session_id, f"{step.id}{PROMPTS}", owner, value, private=owner is not None
            )
        return drawn

    def _prompts_saved(self, step_id: str | None, owner: str | None) -> Any:
        if not step_id:
            return None
        readers = [owner] if owner else []
        return self.sessions.answers(self.session_id, readers).get(
            AnswerKey(f"{step_id}{PROMPTS}", owner)
        )

    def revealed_answers(self) -> dict[str, dict[str, Any]]:
        """At a reveal, once everyone is ready: each person's shown answers by step id."""
        reveal = self.flow.reveal_state()
        if reveal is None or not reveal.revealed:
            return {}
        shared = self.sessions.answers(self.session_id, [])
        out: dict[str, dict[str, Any]] = {}
        for person in self.people:
            out[person] = {
                step_id: shared[AnswerKey(f"{step_id}#revealed", person)]
                for step_id in reveal.shown(person)
                if AnswerKey(f"{step_id}#revealed", person) in shared
            }
        return out

    def set_ready(self, person: str, held_back: set[str]) -> None:
        """A partner is ready at a reveal. What they chose to show is read now, while their key
        is open, and copied into the shared session only once everyone is ready."""
        reveal = self.flow.reveal_state()
        if reveal is None:
            return
        own = self.sessions.answers(self.session_id, [person])
        self._to_reveal[person] = {
            step_id: own[AnswerKey(step_id, person)]
            for step_id in reveal.step_ids
            if step_id not in held_back and AnswerKey(step_id, person) in own
        }
        # Kept back means an answer kept back: a skipped step is not a secret ("nothing written").
        reveal.set_ready(person, {s for s in held_back if AnswerKey(s, person) in own})
        if reveal.revealed:
            for p in self.people:
                self.sessions.reveal_values(self.session_id, p, self._to_reveal.pop(p, {}))
            self._to_reveal.clear()
        self.save_position()

    def save_position(self) -> None:
        self.sessions.set_position(self.session_id, self.flow.position())

    def next(self) -> Frame:
        frame = self.flow.next()
        self.save_position()
        return frame

    def back(self) -> Frame:
        frame = self.flow.back()
        self.save_position()
        return frame

    def skip(self) -> Frame:
        frame = self.flow.skip()
        self.save_position()
        return frame

    def pause(self) -> None:
        self.sessions.pause(self.session_id, self.flow.position())

    def stop(self, *, keep: bool) -> None:
        self.sessions.stop(self.session_id, self.flow.position(), keep=keep)

    def finish(self) -> Outcome:
        """Record agreements and boundaries from the answers, then close the session."""
        agreements = boundaries = 0
        for frame in self.flow.frames:
            step = frame.step
            if frame.kind is not FrameKind.STEP or step is None:
                continue
            value = self.value(frame)
            if not isinstance(value, dict):
                continue
            # An agreement is shared only when made together; alone it stays a sealed answer.
            if (
                step.type is StepType.AGREEMENT
                and self.flow.together
                and str(value.get("text", "")).strip()
            ):
                review = value.get("review_on")
                self.agreements.add(
                    str(value["text"]),
                    self.people,
                    session_id=self.session_id,
                    review_on=date.fromisoformat(review) if review else None,
                )
                agreements += 1
            elif step.type is StepType.BOUNDARY and frame.profile_id:
                try:
                    self.boundaries.save(frame.profile_id, {k: str(v) for k, v in value.items()})
                    boundaries += 1
                except ValueError:
                    continue
        self.sessions.finish(self.session_id, self.flow.position())
        return Outcome(agreements, boundaries)
