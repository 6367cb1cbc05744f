"""The clinical review's corrections stay made: the old wordings never come back."""

from __future__ import annotations

from pathlib import Path

import pytest

CONTENT = Path(__file__).resolve().parents[2] / "resources" / "content"


def _text(relative: str) -> str:
    return " ".join((CONTENT / relative).read_text(encoding="utf-8").replace("\\\n", " ").split())


@pytest.mark.parametrize(
    ("relative", "old"),
    [
        # Trauma explains a reaction; it never excuses harm. Flooding is not a free pass.
        (
            "articles/when-conflict-overwhelms.md",
            "Flooding is not a weakness, and it is not a choice",
        ),
        # One shared screen: Bond can't promise a partner won't see; it can promise not to show.
        ("exercises/weekly-meeting.toml", "your partner won't see it"),
        # The drawing rule brings questions back sooner than half a year with today's bank.
        ("exercises/map-and-bids.toml", "in the last half year"),
        # The cited trial compared therapy with a wait-list, not with couples on their own.
        ("articles/what-support-can-do.md", "works best with a trained guide, not on your own"),
    ],
)
def test_an_old_wording_is_gone(relative: str, old: str) -> None:
    assert old not in _text(relative)


def test_trauma_explains_but_never_excuses_harm() -> None:
    for relative in ("articles/trauma-and-closeness.md", "articles/when-conflict-overwhelms.md"):
        text = _text(relative)
        assert "yours to own" in text, relative
    assert "never excuses frightening" in _text("articles/trauma-and-closeness.md")


def test_touch_check_in_starts_with_whether_no_is_safe() -> None:
    text = _text("exercises/touch-check-in.toml")
    first_step = text.index("[[steps]]")
    intro = text[:first_step]
    assert "can't safely say no" in intro
    assert text.index("Only if no is safe") < text.index("Before you start")


def test_articles_leave_the_not_therapy_line_to_the_app() -> None:
    """First run, Get support now and About say it; an article body does not repeat it."""
    carrying = [
        path.name
        for path in sorted((CONTENT / "articles").glob("*.md"))
        if "practice tool" in path.read_text(encoding="utf-8")
    ]
    assert carrying == []
