"""Exercise content: the shipped catalogue validates; broken files give exact file:line messages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bond.content.catalog import load_catalog, validate
from bond.domain.exercises import Mode, StepType
from tests.conftest import ROOT

CONTENT = ROOT / "resources" / "content"

GOOD = """\
format = 1
id = "{id}"
title = "A small check-in"
summary = "Two minutes to notice how you are."
category = "check-ins"
mode = "{mode}"
minutes = [2, 5]
intro = "A short practice. Nothing leaves this computer."
sources = ["willcox-1982"]

[[steps]]
type = "feelings"
id = "now"
private = true

[[steps]]
type = "text"
id = "note"
text = "Write only as much as you want."
private = true
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    (root / "exercises").mkdir(parents=True)
    shutil.copy(CONTENT / "sources.toml", root / "sources.toml")
    shutil.copy(CONTENT / "feelings.toml", root / "feelings.toml")
    return root


def write(root: Path, name: str, text: str) -> Path:
    path = root / "exercises" / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def messages(paths: list[Path]) -> list[str]:
    return [str(p) for p in validate(paths)]


def test_shipped_content_is_valid() -> None:
    assert messages([CONTENT]) == []
    catalog = load_catalog(CONTENT)
    assert not catalog.problems
    assert catalog.feelings and catalog.feelings[0].name == "Mad"


def test_shipped_catalogue_has_the_required_exercises() -> None:
    catalog = load_catalog(CONTENT)
    if len(catalog.exercises) < 21:
        pytest.skip("the catalogue is still being written")
    assert len(catalog.exercises) >= 21
    together = [e for e in catalog.exercises.values() if e.mode is Mode.TOGETHER]
    solo = [e for e in catalog.exercises.values() if e.mode is Mode.SOLO]
    assert together and solo
    assert catalog.exercises["weekly-meeting"].review_agreements


def test_a_valid_file(content: Path) -> None:
    path = write(content, "small", GOOD.format(id="small", mode="both"))
    assert messages([path]) == []
    exercise = load_catalog(content).exercises["small"]
    assert [s.type for s in exercise.steps] == [StepType.FEELINGS, StepType.TEXT]


def test_broken_files_name_file_and_line(content: Path) -> None:
    path = write(
        content,
        "broken",
        """\
format = 1
id = "not-the-file-name"
title = "Broken"
summary = "Broken on purpose."
category = "chores"
mode = "solo"
minutes = [5, 3]
intro = "Intro."
sources = ["nobody-2020"]

[[steps]]
type = "dance"

[[steps]]
type = "text"
prompt = "Where is my id?"

[[steps]]
type = "reveal"
""",
    )
    found = messages([path])
    expected = [
        f'{path}:2: "id" is "not-the-file-name" but the file is named broken.toml',
        f'{path}:5: "category" must be one of check-ins, boundaries, conflict-repair, '
        "regulation, connection (found 'chores')",
        f'{path}:9: source "nobody-2020" is not in sources.toml',
        f"{path}:12: step 1: unknown step type 'dance' (known: info, rating, text, choice, "
        "multi-choice, checklist, feelings, timer, breathing, turns, reveal, agreement, boundary)",
        f'{path}:16: step 2: unknown field "prompt" (allowed: bank, draw, id, more, '
        "placeholder, private, text, title, type, who)",
        f'{path}:14: step 2 (text) needs an "id" in lower-case-with-dashes',
        f'{path}:19: step 3: a solo exercise cannot use a "reveal" step',
        f"{path}:19: step 3: a reveal needs private steps before it",
        f'{path}:7: "minutes" must be a whole number or [min, max] from 1 to 180',
    ]
    assert sorted(found) == sorted(expected)


def test_duplicate_ids_missing_fields_and_syntax(content: Path) -> None:
    write(content, "small", GOOD.format(id="small", mode="both"))
    dup = GOOD.format(id="small", mode="both").replace(
        '\n\n[[steps]]\ntype = "text"', '\n\n[[steps]]\ntype = "text"', 1
    )
    dup = dup.replace('id = "note"', 'id = "now"')
    path = write(content, "small-dupe", dup.replace('id = "small"', 'id = "small-dupe"'))
    missing = write(content, "missing", 'format = 1\nid = "missing"\n')
    syntax = write(content, "syntax", 'format = 1\nid = "syntax\n')
    found = messages([content])
    assert f'{path}:18: step 2: id "now" is already used by step 1' in found
    assert f'{missing}:1: missing required field "category"' in found
    assert any(m.startswith(f"{syntax}:2: TOML syntax error") for m in found)


def test_dangling_article_link(content: Path) -> None:
    (content / "articles").mkdir()
    (content / "articles" / "somewhere.md").write_text("+++\n+++\n", encoding="utf-8")
    path = write(
        content,
        "linked",
        GOOD.format(id="linked", mode="both").replace(
            'sources = ["willcox-1982"]',
            'sources = ["willcox-1982"]\nrelated_articles = ["nowhere"]',
        ),
    )
    assert f'{path}:10: related article "nowhere" does not exist' in messages([content])


def test_cli_exit_codes(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bond.cli import run

    write(content, "small", GOOD.format(id="small", mode="both"))
    assert run(["content", "validate", str(content)]) == 0
    write(content, "bad", "format = 2\n")
    assert run(["content", "validate", str(content)]) == 1
    out = capsys.readouterr().out
    assert f"{content / 'exercises' / 'bad.toml'}:1:" in out


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=400))
def test_random_text_never_crashes_the_validator(content: Path, text: str) -> None:
    path = content / "exercises" / "fuzz.toml"
    path.write_text(text, encoding="utf-8")
    for problem in validate([path]):
        assert problem.path == path


LONG = " ".join(["word"] * 41)


def test_a_step_is_one_instruction_the_rest_behind_more(content: Path) -> None:
    text = GOOD.replace("format = 1", "format = 2").format(id="long", mode="both")
    fits = text.replace(
        'text = "Write only as much as you want."',
        f'text = "Write only as much as you want."\nmore = "{" ".join(["why"] * 80)}"',
    )
    assert messages([write(content, "long", fits)]) == []
    long = text.replace('text = "Write only as much as you want."', f'text = "{LONG}"')
    path = write(content, "long", long)
    line = long.splitlines().index(f'text = "{LONG}"') + 1
    assert messages([path]) == [
        f'{path}:{line}: step 2: "text" has 41 words; at most 40 (one instruction: put the why '
        'and examples in "more")'
    ]
    too_much = fits.replace('more = "why', 'more = "why why')
    assert "has 81 words; at most 80" in messages([write(content, "long", too_much)])[0]


def test_a_pack_written_before_format_2_still_loads_as_it_was(content: Path) -> None:
    old = GOOD.format(id="old", mode="both").replace(
        'text = "Write only as much as you want."', f'text = "{LONG}"'
    )
    assert messages([write(content, "old", old)]) == []  # format 1: no word limits


def test_every_shipped_exercise_is_in_format_2() -> None:
    for path in sorted((CONTENT / "exercises").glob("*.toml")):
        assert "\nformat = 2\n" in "\n" + path.read_text(encoding="utf-8"), path.name


def test_format_must_be_a_whole_number(content: Path) -> None:
    for odd in ("true", "1.0", "3"):
        text = GOOD.replace("format = 1", f"format = {odd}").format(id="odd", mode="both")
        assert any('"format" must be 2' in m for m in messages([write(content, "odd", text)]))
