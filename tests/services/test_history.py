"""History: sessions newest first in local days, and one session's answers as a viewer may see."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, time

import pytest

from bond.content.catalog import load_catalog
from bond.domain.exercises import Exercise
from bond.domain.profiles import Household
from bond.services.history import DetailAnswer, HistoryService, SessionDetail
from bond.services.keychain import Keychain
from bond.services.pins import PinService
from bond.services.profiles import ProfileService
from bond.services.sessions import SessionService, SessionStatus
from bond.services.vault_service import Custody, OpenVault, VaultService
from tests.conftest import FAST_KDF, ROOT
from tests.services.history_data import add_session, local

LONDON = "Europe/London"
SAM_THANKS = "Sam's thanks for the tea"
SAM_WISH = "Sam's wish kept back"
ALEX_THANKS = "Alex's thanks for the walk"


@pytest.fixture(scope="module")
def exercises() -> Mapping[str, Exercise]:
    return load_catalog(ROOT / "resources" / "content").exercises


@pytest.fixture
def vault(service: VaultService) -> Iterator[OpenVault]:
    opened = service.create(Custody(keyring=True))
    ProfileService(opened).set_up(Household.COUPLE, ["Sam", "Alex"])
    yield opened
    opened.close()


def people(vault: OpenVault) -> tuple[str, str]:
    a, b = ProfileService(vault).profiles()
    return a.id, b.id


def meeting(vault: OpenVault, keys: Keychain) -> str:
    """A weekly meeting: each wrote thanks and a wish in private; Sam revealed the thanks only."""
    a, b = people(vault)
    sessions = SessionService(vault, keys)
    sid = add_session(
        vault, "weekly-meeting", [a, b], local(date(2026, 3, 8), time(19), LONDON), LONDON
    )
    sessions.save_answer(sid, "distress-before", a, {"value": 6}, private=True)
    sessions.save_answer(sid, "appreciations", a, {"text": "draft"}, private=True)
    sessions.save_answer(sid, "appreciations", a, {"text": SAM_THANKS}, private=True)
    sessions.save_answer(sid, "appreciations", b, {"text": ALEX_THANKS}, private=True)
    sessions.reveal_values(sid, a, {"appreciations": {"text": SAM_THANKS}})
    sessions.save_answer(sid, "issue", None, {"text": "weekends"}, private=False)
    sessions.save_answer(sid, "feel-loved", a, {"text": SAM_WISH}, private=True)
    return sid


def answers_of(detail: SessionDetail, step_id: str) -> tuple[DetailAnswer, ...]:
    return next(step for step in detail.steps if step.step_id == step_id).answers


def test_sessions_newest_first_in_local_days_with_filters(
    vault: OpenVault, exercises: Mapping[str, Exercise]
) -> None:
    a, b = people(vault)
    keys = Keychain(vault)
    together = meeting(vault, keys)
    # 00:30 on Monday 9 March in Tokyo: Sunday in UTC, Monday where it happened.
    tokyo = add_session(
        vault,
        "daily-five-minutes",
        [a, b],
        local(date(2026, 3, 9), time(0, 30), "Asia/Tokyo"),
        "Asia/Tokyo",
        status="stopped",
    )
    solo = add_session(
        vault, "ground-5-4-3-2-1", [b], local(date(2026, 2, 1), time(8), LONDON), LONDON
    )
    gone = add_session(
        vault, "a-removed-pack", [a], local(date(2026, 1, 1), time(8), LONDON), LONDON,
        status="paused",
    )  # fmt: skip
    history = HistoryService(vault, keys, exercises)

    items = history.sessions()
    # Newest first by the moment itself: 00:30 in Tokyo came before 19:00 in London.
    assert [i.id for i in items] == [together, tokyo, solo, gone]
    first = items[1]
    assert first.day == date(2026, 3, 9) and first.together and first.profile_ids == (a, b)
    assert first.title == exercises["daily-five-minutes"].title
    assert first.category == "check-ins" and first.status is SessionStatus.STOPPED
    assert (items[-1].title, items[-1].category) == ("a-removed-pack", "other")
    assert not items[2].together

    assert [i.id for i in history.sessions(profile_id=a)] == [together, tokyo, gone]
    assert [i.id for i in history.sessions(profile_id=b, limit=2)] == [together, tokyo]
    # Local days decide: the Tokyo session is on the 9th (the 8th in UTC), London's on the 8th.
    assert [i.id for i in history.sessions(start=date(2026, 3, 9))] == [tokyo]
    assert [i.id for i in history.sessions(end=date(2026, 3, 8), limit=2)] == [together, solo]
    assert history.sessions(start=date(2026, 1, 2), end=date(2026, 3, 7)) == [items[2]]


def test_detail_shows_a_private_answer_only_to_its_writer(
    vault: OpenVault, exercises: Mapping[str, Exercise]
) -> None:
    a, b = people(vault)
    keys = Keychain(vault)
    sid = meeting(vault, keys)
    history = HistoryService(vault, keys, exercises)

    mine = history.detail(sid, [a])
    assert mine.session.id == sid and mine.session.day == date(2026, 3, 8)
    steps = [s.step_id for s in mine.steps]
    assert steps[:3] == ["distress-before", "closeness-before", "appreciations"]
    assert "appreciations#revealed" not in steps
    sam, alex = answers_of(mine, "appreciations")
    assert sam == DetailAnswer(a, True, False, True, {"text": SAM_THANKS})
    assert alex == DetailAnswer(b, True, True, False, None)
    assert answers_of(mine, "feel-loved") == (
        DetailAnswer(a, True, False, False, {"text": SAM_WISH}),
    )
    assert answers_of(mine, "issue") == (
        DetailAnswer(None, False, False, False, {"text": "weekends"}),
    )
    assert answers_of(mine, "closeness-before") == ()

    theirs = history.detail(sid, [b])
    sam, alex = answers_of(theirs, "appreciations")
    # Alex sees what Sam revealed, on its step, and their own words; never Sam's wish.
    assert sam == DetailAnswer(a, True, False, True, {"text": SAM_THANKS})
    assert alex == DetailAnswer(b, True, False, False, {"text": ALEX_THANKS})
    assert answers_of(theirs, "feel-loved") == (DetailAnswer(a, True, True, False, None),)
    assert answers_of(theirs, "distress-before") == (DetailAnswer(a, True, True, False, None),)
    assert SAM_WISH not in repr(theirs)

    nobody = history.detail(sid, [])
    assert SAM_WISH not in repr(nobody) and ALEX_THANKS not in repr(nobody)
    assert answers_of(nobody, "issue")[0].value == {"text": "weekends"}


def test_a_pin_locked_writer_sees_their_own_answers_hidden_until_unlocked(
    vault: OpenVault, exercises: Mapping[str, Exercise]
) -> None:
    a, b = people(vault)
    keys = Keychain(vault)
    sid = meeting(vault, keys)
    pins = PinService(vault, keys, kdf=FAST_KDF)
    pins.set_pin(b, "135790")
    keys.switch_to(None)  # b is locked again; a has no PIN and opens with the vault key
    history = HistoryService(vault, keys, exercises)

    locked = history.detail(sid, [b])
    assert answers_of(locked, "appreciations")[1] == DetailAnswer(b, True, True, False, None)
    assert ALEX_THANKS not in repr(locked)

    pins.unlock(b, "135790")
    opened = history.detail(sid, [b])
    assert answers_of(opened, "appreciations")[1].value == {"text": ALEX_THANKS}
    # Being open is not enough: the viewer must be the writer.
    assert ALEX_THANKS not in repr(history.detail(sid, [a]))


def test_detail_of_a_solo_session_and_of_a_removed_exercise(
    vault: OpenVault, exercises: Mapping[str, Exercise]
) -> None:
    a, b = people(vault)
    keys = Keychain(vault)
    sessions = SessionService(vault, keys)
    solo = add_session(
        vault, "ground-5-4-3-2-1", [b], local(date(2026, 2, 1), time(8), LONDON), LONDON
    )
    sessions.save_answer(solo, "distress-before", b, {"value": 7}, private=True)
    gone = add_session(
        vault, "a-removed-pack", [a], local(date(2026, 1, 1), time(8), LONDON), LONDON
    )
    sessions.save_answer(gone, "plan", a, {"text": "call my sister"}, private=True)
    history = HistoryService(vault, keys, exercises)

    detail = history.detail(solo, [b])
    assert answers_of(detail, "distress-before") == (
        DetailAnswer(b, True, False, False, {"value": 7}),
    )
    assert answers_of(history.detail(solo, [a]), "distress-before")[0].hidden

    removed = history.detail(gone, [a])
    assert [(s.step_id, s.title, s.type) for s in removed.steps] == [("plan", "plan", "")]
    assert removed.steps[0].answers[0].value == {"text": "call my sister"}
    with pytest.raises(KeyError):
        history.detail("no-such-session", [a])
