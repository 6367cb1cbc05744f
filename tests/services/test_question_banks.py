"""Questions are drawn without repeats for as long as the bank allows, and kept with the answer."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from bond.content.banks import QuestionBank
from bond.content.catalog import load_catalog, validate
from bond.domain.banks import Prompt
from bond.domain.profiles import Household
from bond.services.exercise_run import ExerciseRun
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.question_banks import QuestionDrawer, _key
from bond.services.vault_service import Custody, OpenVault, VaultService
from bond.storage.repositories import SettingsRepository
from tests.conftest import ROOT

BANK = QuestionBank(
    "b", "B", tuple(Prompt(f"b-{i:03d}", f"Question {i}?") for i in range(30)), ("gottman-2011",)
)


@pytest.fixture
def vault(service: VaultService) -> Iterator[OpenVault]:
    opened = service.create(Custody(keyring=True))
    ProfileService(opened).set_up(Household.COUPLE, ["Sam", "Alex"])
    yield opened
    opened.close()


def test_every_question_shown_counts_and_none_repeats_until_all_were_shown(
    vault: OpenVault,
) -> None:
    drawer = QuestionDrawer(vault, random.Random(7))
    day = date(2026, 1, 5)
    seen: list[str] = []
    for week in range(10):  # 10 weeks x 3 shown = every question once, none picked
        picked = drawer.draw(BANK, 3, day + timedelta(weeks=week))
        assert not set(picked) & set(seen)
        seen += picked
    assert sorted(seen) == sorted(BANK.questions)
    # Then the ones shown longest ago come first; after a year, any of them may.
    assert set(drawer.draw(BANK, 3, day + timedelta(weeks=11))) == set(seen[:3])
    assert len(drawer.draw(BANK, 3, day + timedelta(days=400))) == 3


def test_a_year_of_weekly_draws_never_repeats_when_the_bank_holds_a_year(
    vault: OpenVault,
) -> None:
    bank = QuestionBank("y", "Y", tuple(Prompt(f"y-{i}", f"Q{i}?") for i in range(2 * 52)), ())
    drawer = QuestionDrawer(vault, random.Random(3))
    last: dict[str, date] = {}
    for week in range(52 * 3):  # three years: the rule holds after the first lap too
        today = date(2026, 1, 5) + timedelta(weeks=week)
        for question in drawer.draw(bank, 2, today):
            assert question not in last or (today - last[question]).days >= 364
            last[question] = today


def test_an_older_vault_remembered_texts_and_they_still_count(vault: OpenVault) -> None:
    import json

    shown = {"Question 0?": "2026-03-01", "Question 1?": "2026-03-01", "gone?": "2026-03-01"}
    with vault.db.unit_of_work() as s:
        SettingsRepository(s).set(_key("b"), json.dumps(shown))
    drawer = QuestionDrawer(vault, random.Random(1))
    drawn = drawer.draw(BANK, 28, date(2026, 3, 8))
    assert "Question 0?" not in drawn and "Question 1?" not in drawn
    with vault.db.unit_of_work() as s:
        kept = json.loads(SettingsRepository(s).get(_key("b")) or "{}")
    assert set(kept) == {p.id for p in BANK.prompts}  # ids now; a removed question is let go


#: How often each drawing exercise is done in a year of steady use, and how long the issue asks
#: its questions to stay away: a weekly habit repeats nothing within 52 weeks, a daily one
#: nothing within 90 days.
HABITS = {
    "weekly-meeting": (7, 364),
    "weekly-check-in-alone": (7, 364),
    "daily-five-minutes": (1, 90),
}


def test_a_year_of_weekly_meetings_and_daily_check_ins_repeats_no_question(
    vault: OpenVault,
) -> None:
    """The app's own rule over the shipped banks, every question shown counting as used."""
    catalog = load_catalog(ROOT / "resources" / "content")
    drawing = [
        (exercise_id, step, every, gap)
        for exercise_id, (every, gap) in HABITS.items()
        for step in catalog.exercises[exercise_id].steps
        if step.bank
    ]
    assert {e for e, *_ in drawing} == set(HABITS)  # each habit draws from a bank
    drawer = QuestionDrawer(vault, random.Random(11))
    last: dict[tuple[str, str], date] = {}
    start = date(2027, 1, 4)
    for day in range(365):
        today = start + timedelta(days=day)
        for exercise_id, step, every, gap in drawing:
            if day % every:
                continue
            for question in drawer.draw(catalog.banks[step.bank], step.draw, today):
                seen = last.get((step.bank, question))
                assert seen is None or (today - seen).days >= gap, (exercise_id, question)
                last[(step.bank, question)] = today


def test_know_each_other_now_draws_from_the_love_maps() -> None:
    catalog = load_catalog(ROOT / "resources" / "content")
    step = next(s for s in catalog.exercises["map-and-bids"].steps if s.bank)
    assert step.bank == "love-maps" and step.draw >= 3
    assert len(catalog.banks["love-maps"].prompts) >= 60


def test_a_missing_bank_is_reported(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "c"
    shutil.copytree(ROOT / "resources" / "content", root)
    path = root / "exercises" / "map-and-bids.toml"
    path.write_text(path.read_text().replace('bank = "love-maps"', 'bank = "nowhere"'))
    assert any('question bank "nowhere" does not exist' in str(p) for p in validate([root]))


def test_drawn_questions_are_kept_for_resume_and_marked_used(vault: OpenVault) -> None:
    catalog = load_catalog(ROOT / "resources" / "content")
    people = [p.id for p in ProfileService(vault).profiles()]
    keychain = Keychain(vault)
    run = ExerciseRun(
        vault,
        keychain,
        catalog.exercises["map-and-bids"],
        people,
        together=True,
        banks=catalog.banks,
    )
    while not (run.frame.step and run.frame.step.bank and run.frame.kind.value == "step"):
        run.next()
    first = run.options_for()
    assert len(first) == 6 and set(first) <= set(catalog.banks["love-maps"].questions)
    run.save({"options": list(first), "choices": list(first[:3])})
    run.pause()
    again = ExerciseRun.resume(
        vault, keychain, catalog.exercises["map-and-bids"], run.session_id, catalog.banks
    )
    assert again.options_for(again.frame) == first
    while not again.flow.finished:
        if (t := again.flow.turns_state()) is not None:
            while t.phase.value != "done":
                t.done_speaking()
                t.paraphrased()
                t.thats_it()
        again.next()
    again.finish()
    fresh = QuestionDrawer(vault).draw(catalog.banks["love-maps"], 64)
    assert not set(first) & set(fresh)  # all six were shown, so all six count


def test_a_prompt_id_used_twice_is_named_with_its_line(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "c"
    shutil.copytree(ROOT / "resources" / "content", root)
    path = root / "banks" / "open-questions.toml"
    text = path.read_text()
    path.write_text(text.replace('id = "open-002"', 'id = "open-001"'))
    line = text.splitlines().index('id = "open-002"') + 1
    problems = [str(p) for p in validate([root])]
    assert any(f"open-questions.toml:{line}" in p and "used twice" in p for p in problems)


def test_an_older_pack_may_still_list_questions_as_texts(tmp_path: Path) -> None:
    from bond.content.banks import load_banks

    path = tmp_path / "old.toml"
    questions = ", ".join(f'"Question {i}?"' for i in range(20))
    path.write_text(
        f'id = "old"\ntitle = "Old"\nsources = ["gottman-2011"]\nquestions = [{questions}]\n'
    )
    banks, problems = load_banks([path], frozenset({"gottman-2011"}))
    assert problems == [] and banks["old"].prompt_id("Question 3?") == "Question 3?"


def test_questions_to_start_from_are_kept_for_the_session_and_are_not_an_answer(
    vault: OpenVault,
) -> None:
    from bond.services.history import HistoryService

    catalog = load_catalog(ROOT / "resources" / "content")
    exercise = catalog.exercises["weekly-check-in-alone"]
    me = [ProfileService(vault).profiles()[0].id]
    keychain = Keychain(vault)
    run = ExerciseRun(vault, keychain, exercise, me, together=False, banks=catalog.banks)
    while not (run.frame.step and run.frame.step.id == "week"):
        run.next()
    prompts = run.options_for()
    assert len(prompts) == 2
    assert set(prompts) <= set(catalog.banks["check-in-with-yourself"].questions)
    run.save({"text": "A slow week."})
    assert run.options_for() == prompts  # drawn once, not again on coming back
    run.pause()
    again = ExerciseRun.resume(vault, keychain, exercise, run.session_id, catalog.banks)
    assert again.options_for(again.frame) == prompts
    assert again.value(again.frame) == {"text": "A slow week."}  # the answer kept its own
    from bond.services.sessions import AnswerKey, SessionService

    sessions = SessionService(vault, keychain)
    key = AnswerKey("week#prompts", me[0])
    assert key not in sessions.answers(run.session_id, [])  # alone, sealed to the person
    assert sessions.answers(run.session_id, me)[key] == {"options": list(prompts)}
    detail = HistoryService(vault, keychain, catalog.exercises).detail(run.session_id, me)
    assert [s.step_id for s in detail.steps if "#" in s.step_id] == []
