"""Open questions are drawn without repeats for half a year, and kept with the answer."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from bond.content.banks import QuestionBank
from bond.content.catalog import load_catalog, validate
from bond.domain.profiles import Household
from bond.services.exercise_run import ExerciseRun
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.question_banks import QuestionDrawer
from bond.services.vault_service import Custody, OpenVault, VaultService
from tests.conftest import ROOT

BANK = QuestionBank("b", "B", tuple(f"Question {i}?" for i in range(30)), ("gottman-2011",))


@pytest.fixture
def vault(service: VaultService) -> Iterator[OpenVault]:
    opened = service.create(Custody(keyring=True))
    ProfileService(opened).set_up(Household.COUPLE, ["Sam", "Alex"])
    yield opened
    opened.close()


def test_no_repeats_within_half_a_year(vault: OpenVault) -> None:
    drawer = QuestionDrawer(vault, random.Random(7))
    day = date(2026, 1, 5)
    seen: list[str] = []
    for week in range(10):  # 10 weeks x 3 questions = every question once
        today = day + timedelta(weeks=week)
        picked = drawer.draw(BANK, 3, today)
        assert not set(picked) & set(seen)
        drawer.mark_used("b", picked, today)
        seen += picked
    assert sorted(seen) == sorted(BANK.questions)
    # Half a year later they come round again; before that, the least recent ones first.
    soon = drawer.draw(BANK, 3, day + timedelta(weeks=11))
    assert set(soon) <= set(seen[:3] + seen[3:6])
    assert len(drawer.draw(BANK, 3, day + timedelta(days=400))) == 3


def test_the_shipped_bank_is_large_enough_and_valid() -> None:
    catalog = load_catalog(ROOT / "resources" / "content")
    bank = catalog.banks["open-questions"]
    assert len(bank.questions) >= 26 * 3 // 2  # half a year of weekly use at three a week, roughly
    step = next(s for s in catalog.exercises["map-and-bids"].steps if s.bank)
    assert step.bank == "open-questions" and step.draw >= 3


def test_a_missing_bank_is_reported(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "c"
    shutil.copytree(ROOT / "resources" / "content", root)
    path = root / "exercises" / "map-and-bids.toml"
    path.write_text(path.read_text().replace('bank = "open-questions"', 'bank = "nowhere"'))
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
    assert len(first) == 6 and set(first) <= set(catalog.banks["open-questions"].questions)
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
    fresh = QuestionDrawer(vault).draw(catalog.banks["open-questions"], 37)
    assert not set(first[:3]) & set(fresh)
