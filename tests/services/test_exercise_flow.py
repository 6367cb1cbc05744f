"""The runner's state machine: frames, turns, private answers and reveal, pause and resume."""

from __future__ import annotations

import pytest

from bond.content.catalog import load_catalog
from bond.domain.exercises import Category, Exercise, Mode, Step, StepType, Who
from bond.services.exercise_flow import ExerciseFlow, FrameKind, TurnPhase
from tests.conftest import ROOT

A, B = "profile-a", "profile-b"


def exercise(*steps: Step, mode: Mode = Mode.TOGETHER, review: bool = False) -> Exercise:
    return Exercise(
        id="test",
        title="Test",
        summary="s",
        category=Category.CHECK_INS,
        mode=mode,
        minutes=(5, 5),
        intro="i",
        steps=tuple(steps),
        sources=("gottman-2011",),
        review_agreements=review,
    )


def step(i: int, kind: StepType, **kw: object) -> Step:
    return Step(index=i, type=kind, **kw)  # type: ignore[arg-type]


PRIVATE_THEN_REVEAL = exercise(
    step(0, StepType.INFO, text="hello"),
    step(1, StepType.TEXT, id="thanks", private=True, who=Who.EACH),
    step(2, StepType.REVEAL),
    step(3, StepType.AGREEMENT, id="plan"),
    review=True,
)


def kinds(flow: ExerciseFlow) -> list[tuple[str, str | None]]:
    return [(f.kind.value, f.profile_id) for f in flow.frames]


def test_private_steps_pass_the_keyboard_and_hide() -> None:
    flow = ExerciseFlow(PRIVATE_THEN_REVEAL, [A, B], together=True, review_agreements=True)
    assert kinds(flow) == [
        ("intro", None),
        ("review", None),
        ("step", None),
        ("pass", A),
        ("step", A),
        ("pass", B),
        ("step", B),
        ("step", None),
        ("step", None),
        ("done", None),
    ]
    flow.index = 6  # B answering privately
    assert flow.frame.private and flow.frame.profile_id == B
    assert not flow.can_go_back  # never back over a "Pass to" into A's private screen
    flow.index = 4
    assert not flow.can_go_back


def test_reveal_waits_for_both_and_respects_holding_back() -> None:
    flow = ExerciseFlow(PRIVATE_THEN_REVEAL, [A, B], together=True)
    flow.index = [f.step.type if f.step else None for f in flow.frames].index(StepType.REVEAL)
    reveal = flow.reveal_state()
    assert reveal is not None and reveal.step_ids == ("thanks",)
    assert not flow.can_go_next and reveal.shown(A) == ()
    reveal.set_ready(A)
    assert not reveal.revealed and reveal.shown(A) == ()
    reveal.set_ready(B, held_back={"thanks"})
    assert reveal.revealed
    assert reveal.shown(A) == ("thanks",) and reveal.shown(B) == ()
    assert flow.can_go_next


def test_turns_pass_the_floor_until_each_feels_understood() -> None:
    ex = exercise(step(0, StepType.TURNS, id="talk", rounds=1))
    flow = ExerciseFlow(ex, [A, B], together=True)
    flow.next()
    turns = flow.turns_state()
    assert turns is not None and turns.speaker == A and turns.listener == B
    assert not flow.can_go_next
    turns.done_speaking()
    turns.paraphrased()
    turns.not_quite()  # the speaker clarifies; the listener tries again
    assert turns.phase is TurnPhase.SPEAK and turns.speaker == A and turns.clarifications == 1
    turns.done_speaking()
    turns.paraphrased()
    turns.thats_it()
    assert turns.speaker == B and turns.phase is TurnPhase.SPEAK
    turns.done_speaking()
    turns.paraphrased()
    turns.thats_it()
    assert turns.phase is TurnPhase.DONE and flow.can_go_next


def test_solo_runs_drop_turns_and_reveal() -> None:
    ex = exercise(
        step(0, StepType.TEXT, id="t", private=True, who=Who.EACH),
        step(1, StepType.REVEAL),
        step(2, StepType.TURNS, id="talk"),
        mode=Mode.BOTH,
    )
    flow = ExerciseFlow(ex, [A], together=False)
    assert kinds(flow) == [("intro", None), ("step", A), ("done", None)]
    assert flow.step_number == (0, 1)


def test_pause_and_resume_land_on_the_pass_screen() -> None:
    flow = ExerciseFlow(PRIVATE_THEN_REVEAL, [A, B], together=True)
    flow.index = 5  # B's private screen (no review frame here)
    assert flow.frame.kind is FrameKind.STEP and flow.frame.profile_id == B
    saved = flow.position()
    again = ExerciseFlow(PRIVATE_THEN_REVEAL, [A, B], together=True)
    again.restore(saved)
    assert again.frame.kind is FrameKind.PASS and again.frame.profile_id == B


def test_every_step_can_be_skipped() -> None:
    flow = ExerciseFlow(PRIVATE_THEN_REVEAL, [A, B], together=True)
    while not flow.finished:
        flow.skip()
    assert flow.finished and not flow.can_go_next


def test_a_together_run_needs_two_people() -> None:
    with pytest.raises(ValueError):
        ExerciseFlow(PRIVATE_THEN_REVEAL, [A], together=True)


@pytest.mark.parametrize("together", [True, False])
def test_every_shipped_exercise_can_be_walked(together: bool) -> None:
    catalog = load_catalog(ROOT / "resources" / "content")
    for ex in catalog.exercises.values():
        if not ex.allows(together):
            continue
        flow = ExerciseFlow(ex, [A, B] if together else [A], together=together)
        for _ in range(200):
            if flow.finished:
                break
            if (t := flow.turns_state()) is not None:
                while t.phase is not TurnPhase.DONE:
                    t.done_speaking()
                    t.paraphrased()
                    t.thats_it()
            if (r := flow.reveal_state()) is not None:
                for person in flow.people:
                    r.set_ready(person)
            flow.next()
        assert flow.finished, ex.id


MIXED = exercise(
    step(0, StepType.RATING, id="calm", private=True, who=Who.EACH, low="a", high="b"),
    step(1, StepType.RATING, id="close", private=True, who=Who.EACH, low="a", high="b"),
    step(2, StepType.TEXT, id="said", who=Who.EACH),
    step(3, StepType.INFO, text="together again"),
)


def test_resume_on_a_later_private_step_goes_back_to_the_pass_screen() -> None:
    flow = ExerciseFlow(MIXED, [A, B], together=True)
    # intro, pass A, calm A, close A, said A, pass B, calm B, close B, said B, info, done
    flow.index = 3  # A's second private step
    assert flow.frame.private and flow.frame.profile_id == A
    again = ExerciseFlow(MIXED, [A, B], together=True)
    again.restore(flow.position())
    assert again.frame.kind is FrameKind.PASS and again.frame.profile_id == A


def test_back_never_crosses_into_the_other_partners_turn() -> None:
    flow = ExerciseFlow(MIXED, [A, B], together=True)
    flow.index = 9  # the shared info step after B's block
    assert flow.frame.profile_id is None
    assert not flow.can_go_back  # B's "said" is B's turn: no way back into B's private steps
    flow.index = 8  # B's non-private step right after B's private ones
    assert flow.can_go_back  # within B's own turn is fine
    flow.index = 5  # B's pass screen: A's non-private step is just before
    assert not flow.can_go_back
