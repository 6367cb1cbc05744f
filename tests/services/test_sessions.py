"""Sessions, sealed answers, agreements and boundaries against a real encrypted vault."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from bond.domain.agreements import ReviewOutcome
from bond.domain.profiles import Household
from bond.security.sealing import SealingError, unseal
from bond.services.agreements import AgreementService
from bond.services.boundaries import BoundaryService
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.sealed_items import boundary_binding
from bond.services.sessions import AnswerKey, SessionService, SessionStatus
from bond.services.vault_service import Custody, OpenVault, VaultService
from bond.storage.models import AnswerRow, ProfileRow

SECRET = "what I really appreciated"


@pytest.fixture
def vault(service: VaultService) -> Iterator[OpenVault]:
    opened = service.create(Custody(keyring=True))
    ProfileService(opened).set_up(Household.COUPLE, ["Sam", "Alex"])
    yield opened
    opened.close()


def people(vault: OpenVault) -> tuple[str, str]:
    a, b = ProfileService(vault).profiles()
    return a.id, b.id


def test_private_answers_are_sealed_and_latest_wins(vault: OpenVault) -> None:
    a, b = people(vault)
    sessions = SessionService(vault, Keychain(vault))
    sid = sessions.start("weekly-meeting", [a, b], together=True)
    sessions.save_answer(sid, "thanks", a, {"text": "draft"}, private=True)
    sessions.save_answer(sid, "thanks", a, {"text": SECRET}, private=True)
    sessions.save_answer(sid, "plan", None, {"text": "walk on Sunday"}, private=False)
    with vault.db.unit_of_work() as s:
        rows = s.scalars(select(AnswerRow).where(AnswerRow.sealed.is_(True))).all()
        assert len(rows) == 2 and all(SECRET.encode() not in r.payload for r in rows)
        other = s.get(ProfileRow, b)
        assert other is not None and other.wrapped_private_key is not None
    # Only the writer's key reads it; B's view shows no trace of A's private answer.
    assert sessions.answers(sid, [a])[AnswerKey("thanks", a)] == {"text": SECRET}
    assert AnswerKey("thanks", a) not in sessions.answers(sid, [b])
    assert sessions.answers(sid, [b])[AnswerKey("plan", None)] == {"text": "walk on Sunday"}


def test_a_sealed_answer_does_not_open_with_another_profiles_key(vault: OpenVault) -> None:
    a, b = people(vault)
    keys = Keychain(vault)
    sealed = keys.seal_to(keys.checked_public_key(a), {"text": SECRET}, boundary_binding("x", a))
    keys.private_key(b)  # unwraps B's private key
    with pytest.raises(SealingError):
        unseal(keys._private[b], sealed)


def test_reveal_copies_only_what_the_writer_shows(vault: OpenVault) -> None:
    a, b = people(vault)
    sessions = SessionService(vault, Keychain(vault))
    sid = sessions.start("feeling-check", [a, b], together=True)
    sessions.save_answer(sid, "now", a, {"words": ["calm"]}, private=True)
    sessions.save_answer(sid, "now", b, {"words": ["tired"]}, private=True)
    sessions.reveal_values(sid, a, {"now": {"words": ["calm"]}})
    shared = sessions.answers(sid, [])
    assert shared == {AnswerKey("now#revealed", a): {"words": ["calm"]}}


def test_pause_resume_stop_keep_and_discard(vault: OpenVault) -> None:
    a, _b = people(vault)
    sessions = SessionService(vault, Keychain(vault))
    sid = sessions.start("set-one-boundary", [a], together=False)
    sessions.save_answer(sid, "b", a, {"text": "x"}, private=True)
    sessions.pause(sid, {"index": 3})
    assert [s.id for s in sessions.resumable()] == [sid]
    info = sessions.get(sid)
    assert (
        info is not None and info.status is SessionStatus.PAUSED and info.position == {"index": 3}
    )
    sessions.stop(sid, {"index": 3}, keep=True)
    assert sessions.resumable() == []
    assert sessions.answers(sid, [a])
    other = sessions.start("set-one-boundary", [a], together=False)
    sessions.save_answer(other, "b", a, {"text": "gone"}, private=True)
    sessions.stop(other, {}, keep=False)
    assert sessions.get(other) is None and sessions.answers(other, [a]) == {}


def test_agreements_come_back_for_review(vault: OpenVault) -> None:
    a, b = people(vault)
    agreements = AgreementService(vault)
    first = agreements.add("Phones away at dinner", [a, b])
    agreements.add("A walk on Sunday", [a, b])
    assert [x.text for x in agreements.active()] == ["Phones away at dinner", "A walk on Sunday"]
    agreements.review(first, ReviewOutcome.PARTLY)
    assert agreements.active()[0].last_outcome is ReviewOutcome.PARTLY
    new = agreements.review(first, ReviewOutcome.CHANGED, new_text="Phones away at weekday dinners")
    assert new is not None
    assert [x.text for x in agreements.active()] == [
        "A walk on Sunday",
        "Phones away at weekday dinners",
    ]
    with pytest.raises(ValueError):
        agreements.add("   ", [a])


def test_boundaries_are_private_to_their_owner(vault: OpenVault) -> None:
    a, b = people(vault)
    boundaries = BoundaryService(vault, Keychain(vault))
    bid = boundaries.save(
        a,
        {
            "situation": "late calls",
            "words": "I'm going to bed at 11",
            "action": "I'll mute my phone",
        },
    )
    boundaries.used(bid, a, "It went fine", 7)
    [mine] = boundaries.list(a)
    assert mine.words == "I'm going to bed at 11" and mine.uses == 1
    assert boundaries.list(b) == []
    with pytest.raises(ValueError):
        boundaries.used(bid, b, "not mine", 3)
    boundaries.retire(bid, a)
    assert boundaries.list(a) == []
    with pytest.raises(ValueError):
        boundaries.save(a, {"situation": "only a situation"})


def test_a_whole_weekly_meeting_records_its_agreement_and_comes_back(vault: OpenVault) -> None:
    from bond.content.catalog import load_catalog
    from bond.services.exercise_flow import FrameKind, TurnPhase
    from bond.services.exercise_run import ExerciseRun
    from tests.conftest import ROOT

    a, b = people(vault)
    catalog = load_catalog(ROOT / "resources" / "content")
    keychain = Keychain(vault)
    run = ExerciseRun(vault, keychain, catalog.exercises["weekly-meeting"], [a, b], together=True)
    assert run.frame.kind is FrameKind.INTRO

    def copies() -> int:
        with vault.db.unit_of_work() as s:
            return len(
                s.scalars(select(AnswerRow).where(AnswerRow.step_id.endswith("#revealed"))).all()
            )

    for _ in range(100):
        frame = run.frame
        if frame.kind is FrameKind.DONE:
            break
        step = frame.step
        if step is not None and step.type.value == "agreement":
            run.save({"text": "Phones away at dinner", "review_on": None})
        elif step is not None and step.id and step.type.value == "text":
            run.save({"text": f"{step.id} by {frame.profile_id}"})
        if (t := run.flow.turns_state()) is not None:
            while t.phase is not TurnPhase.DONE:
                t.done_speaking()
                t.paraphrased()
                t.thats_it()
        if run.flow.reveal_state() is not None:
            before = copies()
            run.set_ready(a, set())
            assert not run.revealed_answers()  # nothing shows until both are ready
            assert copies() == before  # and nothing has left its seal yet
            run.set_ready(b, set())
            assert copies() > before
            shown = run.revealed_answers()
            assert set(shown) == {a, b}
        run.next()
    outcome = run.finish()
    assert outcome.agreements == 1
    # Next week, the meeting opens by reviewing it.
    again = ExerciseRun(vault, keychain, catalog.exercises["weekly-meeting"], [a, b], together=True)
    assert again.flow.frames[1].kind is FrameKind.REVIEW
    assert [x.text for x in again.agreements.active()] == ["Phones away at dinner"]


def test_a_solo_boundary_builder_saves_to_the_boundary_list(vault: OpenVault) -> None:
    from bond.content.catalog import load_catalog
    from bond.services.exercise_flow import FrameKind
    from bond.services.exercise_run import ExerciseRun
    from tests.conftest import ROOT

    a, _b = people(vault)
    catalog = load_catalog(ROOT / "resources" / "content")
    run = ExerciseRun(
        vault, Keychain(vault), catalog.exercises["set-one-boundary"], [a], together=False
    )
    while run.frame.kind is not FrameKind.DONE:
        if run.frame.step is not None and run.frame.step.type.value == "boundary":
            run.save(
                {
                    "situation": "calls after 11",
                    "feeling": "tired",
                    "need": "rest",
                    "words": "I'm off to bed now",
                    "action": "I'll mute my phone",
                }
            )
        run.next()
    assert run.finish().boundaries == 1
    [saved] = BoundaryService(vault, Keychain(vault)).list(a)
    assert saved.action == "I'll mute my phone"


def test_an_agreement_made_alone_stays_private(vault: OpenVault) -> None:
    from bond.content.catalog import load_catalog
    from bond.services.exercise_flow import FrameKind
    from bond.services.exercise_run import ExerciseRun
    from tests.conftest import ROOT

    a, _b = people(vault)
    catalog = load_catalog(ROOT / "resources" / "content")
    run = ExerciseRun(
        vault, Keychain(vault), catalog.exercises["agreed-pause"], [a], together=False
    )
    while run.frame.kind is not FrameKind.DONE:
        if run.frame.step is not None and run.frame.step.type.value == "agreement":
            run.save({"text": "my own plan", "review_on": None})
        run.next()
    assert run.finish().agreements == 0
    assert AgreementService(vault).active() == []


def test_keeping_back_a_skipped_step_is_not_kept_private(vault: OpenVault) -> None:
    """At a reveal only an answer can be kept back: a skipped step reads "nothing written"."""
    from bond.content.catalog import load_catalog
    from bond.services.exercise_flow import FrameKind
    from bond.services.exercise_run import ExerciseRun
    from tests.conftest import ROOT

    a, b = people(vault)
    catalog = load_catalog(ROOT / "resources" / "content")
    exercise = catalog.exercises["feeling-check"]
    run = ExerciseRun(vault, Keychain(vault), exercise, [a, b], together=True)
    for _ in range(40):
        if run.frame.kind is FrameKind.DONE or (reveal := run.flow.reveal_state()) is not None:
            break
        step = run.frame.step
        if step is not None and step.id and run.frame.profile_id == a:
            run.save({"text": "tired"} if step.type.value == "text" else {"words": ["tired"]})
        run.next()
    assert reveal is not None
    run.set_ready(a, set(reveal.step_ids))  # A keeps back what A wrote
    run.set_ready(b, set(reveal.step_ids))  # B wrote nothing: nothing to keep back
    assert reveal.held_back[a]  # what A wrote, kept back
    assert reveal.held_back[b] == set()
