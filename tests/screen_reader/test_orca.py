"""What Orca says at the moments that matter, keyboard only, in a real ``bond`` process.

Each test starts Bond, presses real keys and reads what Orca spoke since. "Bond frame." (the
window being named as it appears) is said before anything in Bond has focus; the tests look at
what comes after it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.screen_reader.listener import Bond, ScreenReaderError

WINDOW = "Bond frame."
# What Home says as it opens: its first control carries the greeting and this intro.
HOME = "This is your"


def after_window(said: list[str]) -> list[str]:
    """What Orca said once the window was named (the window's name is not Bond's content)."""
    return said[said.index(WINDOW) + 1 :] if WINDOW in said else said


def spoken(said: list[str], *texts: str) -> None:
    """Every one of ``texts`` was said (any case), else fail with all that was said."""
    joined = " ".join(said).casefold()
    missing = [t for t in texts if t.casefold() not in joined]
    if missing:
        listing = "\n".join(f"  {s}" for s in said) or "  (nothing)"
        raise ScreenReaderError(f"Orca never said {missing}. It said:\n{listing}")


def test_first_run_welcome_is_spoken_unasked(bond: Callable[..., Bond]) -> None:
    app = bond()  # an empty folder: first run
    said = app.start(until="Get started")
    spoken(said, "Welcome to Bond", "Bond helps you look after a close relationship")


def test_first_run_names_error_is_spoken(bond: Callable[..., Bond]) -> None:
    app = bond()
    app.start(until="Get started")
    reader = app.reader
    spoken(reader.press("Return"), "Before you begin")  # Get started: the safety page
    spoken(reader.press("Return"), "Who will use Bond")  # the who page, on "Just me"
    spoken(reader.press("alt+c"), "Your name")  # Continue: the names page, its first field
    spoken(reader.press("Return"), "Please enter a name")  # Enter with no name


def test_an_exercise_speaks_its_first_question(bond: Callable[..., Bond]) -> None:
    app = bond("--open", "bond://exercise/feeling-check")
    app.init()
    app.start(until="Name what you feel")  # the exercise, selected in the list
    reader = app.reader
    # Enter in the list moves to Start (nothing starts by itself), after what it is about.
    spoken(reader.press("Return"), "Name what you feel", "min", "Start alone")
    spoken(reader.press("space"), "Begin push button", "Name what you feel")  # the introduction
    spoken(reader.press("space"), "Step 1 of", "What do you feel right now?")


def test_an_article_speaks_its_content_note_when_it_opens(bond: Callable[..., Bond]) -> None:
    app = bond("--open", "bond://article/healthy-unhealthy-abusive")
    app.init()
    said = app.start(until="Read it now")
    spoken(said, "Content note: This article talks about abuse and violence")
    assert "layered pane" not in said  # the page stack is no longer named at each change


def test_an_article_speaks_its_content_note_before_anything_else(
    bond: Callable[..., Bond],
) -> None:
    app = bond("--open", "bond://article/healthy-unhealthy-abusive")
    app.init()
    said = after_window(app.start(until="Read it now"))
    spoken(said, "This article talks about abuse and violence")
    first = said[0] if said else ""
    assert "content note" in first.casefold(), (
        f"Orca said {first!r} before the content note; all it said:\n" + "\n".join(said)
    )


def test_get_support_now_heading_is_spoken_on_f1(bond: Callable[..., Bond]) -> None:
    app = bond()
    app.init()
    app.start(until=HOME)
    said = app.reader.press("F1")
    headings = [s for s in said if s.startswith("Get support now") and "button" not in s]
    assert headings, "Orca did not say the heading Get support now after F1. It said:\n" + (
        "\n".join(said)
    )


def test_a_drop_down_speaks_its_new_value(bond: Callable[..., Bond]) -> None:
    from bond.content.support import ELSEWHERE, load_support
    from tests.conftest import ROOT

    regions = load_support(ROOT / "resources" / "content" / "support").regions.values()
    named = sorted(r.name for r in regions if r.code != ELSEWHERE)
    app = bond()
    app.init()
    app.start(until=HOME)
    spoken(app.reader.press("F1"), "Where are you?")  # the region, "Other countries" (the last)
    spoken(app.reader.press("Up"), named[-1])


def test_home_greets_by_name_when_it_opens(bond: Callable[..., Bond]) -> None:
    app = bond()
    app.init("Robin")
    spoken(app.start(until=HOME), "Robin")


def test_the_first_ctrl_l_opens_the_library_aloud(bond: Callable[..., Bond]) -> None:
    app = bond()
    app.init()
    app.start(until=HOME)
    said = app.reader.press("ctrl+l", timeout=10)
    spoken(said, "Library", "Search the articles")
    # The page's name first, then where the keyboard is; nothing on the way (the top bar).
    assert said[0].startswith("Library"), "\n".join(said)
    assert not any("Get support now" in s for s in said), "\n".join(said)


def test_a_step_question_is_said_once(bond: Callable[..., Bond]) -> None:
    app = bond("--open", "bond://exercise/feeling-check")
    app.init()
    app.start(until="Name what you feel")
    reader = app.reader
    reader.press("Return")
    reader.press("space")
    said = reader.press("space")
    questions = [s for s in said if "What do you feel right now?" in s]
    assert len(questions) == 1, "Orca said the question more than once:\n" + "\n".join(said)


def test_tab_goes_through_a_step_s_answer_then_to_back(bond: Callable[..., Bond]) -> None:
    app = bond("--open", "bond://exercise/feeling-check")
    app.init()
    app.start(until="Name what you feel")
    reader = app.reader
    reader.press("Return")
    reader.press("space")  # Begin
    spoken(reader.press("space"), "What do you feel right now?")  # on the first feeling
    heard: list[str] = []
    said: list[str] = []
    for _ in range(10):  # Tab through the feelings: the answer first
        said = reader.press("Tab")
        if not any("show words" in s for s in said):
            break
        heard += said
    assert heard, "Tab left the feelings at once:\n" + "\n".join(said)
    # Then the buttons under the step, Back first (not the top bar, not the rail).
    assert said and said[0].casefold().startswith("back"), "\n".join(heard + said)


def test_an_article_reads_line_by_line_and_says_its_links(bond: Callable[..., Bond]) -> None:
    from bond.content.catalog import load_catalog
    from bond.paths import content_dir

    catalog = load_catalog(content_dir())
    article = catalog.articles["four-habits"]
    last = catalog.articles[article.related_articles[-1]].title  # the last "Read next" link
    app = bond("--open", "bond://article/four-habits")
    app.init()
    said = after_window(app.start(until=article.title))  # the text has the keyboard
    spoken(said, article.title)
    reader = app.reader
    # The title's second line (where it wraps follows the reading measure; "helps" ends it).
    spoken(reader.press("Down"), "helps", "Heading level 1")
    spoken(reader.press("Down"), "Some habits make hard talks harder")  # the first paragraph
    spoken(reader.press("Tab"), "Link:")  # the first link after the caret, by its words
    reader.press("ctrl+End")
    spoken(reader.press("shift+Tab"), f"Link: {last}")


def test_an_article_opened_from_the_library_says_its_title(bond: Callable[..., Bond]) -> None:
    from bond.content.catalog import load_catalog
    from bond.paths import content_dir

    articles = load_catalog(content_dir()).articles.values()
    first = min(articles, key=lambda a: (a.category, a.title))  # the Library's first row
    app = bond()
    app.init()
    app.start(until=HOME)
    reader = app.reader
    spoken(reader.press("ctrl+l", timeout=10), "Search the articles")
    said = reader.press("Return", timeout=10)  # Enter in the search opens the first article
    spoken(said, "Content note" if first.content_note else first.title)


def _first_step_of(kind: str) -> tuple[str, str, int, str]:
    """An exercise one person can do with a step of ``kind``: its id and title, the step's
    index and the words Orca must say as that step opens (its question, else its text)."""
    from bond.content.catalog import load_catalog
    from bond.domain.exercises import TOGETHER_ONLY_STEPS, Mode
    from bond.paths import content_dir

    found = [
        (index, len(alone), exercise.id, exercise.title, step.title or step.text)
        for exercise in load_catalog(content_dir()).exercises.values()
        if exercise.mode is not Mode.TOGETHER
        # Alone, the steps for two (taking turns, the reveal) are left out.
        for alone in [[s for s in exercise.steps if s.type not in TOGETHER_ONLY_STEPS]]
        for index, step in enumerate(alone)
        if step.type.value == kind
    ]
    index, _length, exercise, title, words = min(found)
    return exercise, title, index, " ".join(words.split())[:40]


@pytest.mark.parametrize(
    "kind",
    [
        "info",
        "rating",
        "text",
        "choice",
        "multi-choice",
        "checklist",
        "timer",
        "breathing",
        "agreement",
        "boundary",
    ],
)
def test_every_kind_of_step_says_its_question_as_it_opens(
    bond: Callable[..., Bond], kind: str
) -> None:
    exercise, title, index, words = _first_step_of(kind)
    app = bond("--open", f"bond://exercise/{exercise}")
    app.init()
    app.start(until=title)  # the exercise, selected in the list
    reader = app.reader
    reader.press("Return")  # from the list to Start
    reader.press("space")  # the introduction
    said = reader.press("space", timeout=10)  # Begin: the first step
    for _ in range(index):
        said = reader.press("alt+n", timeout=10)
    spoken(said, f"Step {index + 1} of", words)


def test_partners_take_private_turns_then_the_reveal_waits_for_both(
    bond: Callable[..., Bond],
) -> None:
    app = bond("--open", "bond://exercise/feeling-check")
    app.init("Kai", "Ana")
    app.start(until="Name what you feel")
    reader = app.reader
    spoken(reader.press("Return"), "Start together")
    spoken(reader.press("space"), "Before your first exercise together")  # said once, ever
    spoken(reader.press("space"), "Begin")
    spoken(reader.press("space"), "Next: I'm Kai")  # the hand-over: Kai takes the keyboard
    spoken(reader.press("alt+n"), "Kai's turn, privately", "What do you feel right now?")
    for _ in range(2):  # Kai's note and number
        reader.press("alt+n")
    spoken(reader.press("alt+n"), "Next: I'm Ana")
    spoken(reader.press("alt+n"), "Ana's turn, privately", "What do you feel right now?")
    for _ in range(2):
        reader.press("alt+n")
    said = reader.press("alt+n")  # the reveal: nothing private shows until both are ready
    spoken(said, "Share if you want to", "Nothing private shows until both", "Kai: I'm ready")
    spoken(reader.press("space"), "Kai is ready", "Ana: I'm ready")
    # Both ready: the keyboard goes to the answers, which are said; Tab reaches the other's.
    # Nothing was answered: said as nothing written, not as a secret kept.
    spoken(reader.press("space"), "Kai's answers", "nothing written this time")
    spoken(reader.press("Tab"), "Ana's answers", "nothing written this time")


def test_home_says_its_greeting_once_when_the_keyboard_comes_back(
    bond: Callable[..., Bond],
) -> None:
    app = bond()
    app.init("Robin")
    app.start(until=HOME)
    reader = app.reader
    reader.press("F1")
    said = reader.press("Escape")  # back from Get support now
    greetings = [s for s in said if "This is your space" in s]
    assert len(greetings) == 1, "\n".join(said)


def test_first_run_says_each_page_once(bond: Callable[..., Bond]) -> None:
    app = bond()
    app.start(until="Get started")
    reader = app.reader
    reader.press("Return")  # the safety page
    reader.press("Return")  # who will use Bond, on "Just me"
    reader.press("alt+c")  # the names page
    for key in ("R", "o", "b", "i", "n"):
        reader.press(key)
    said = reader.press("Return")  # the last page: how Bond locks the vault
    steps = [s for s in said if "Step 5 of 5" in s]
    assert len(steps) == 1, "\n".join(said)


def test_taking_turns_says_whose_floor_it_is(bond: Callable[..., Bond]) -> None:
    app = bond("--open", "bond://exercise/take-the-floor")
    app.init("Kai", "Ana")
    app.start(until="Take the floor")
    reader = app.reader
    spoken(reader.press("Return"), "Start together")
    spoken(reader.press("space"), "Before your first exercise together")
    spoken(reader.press("space"), "Begin")
    spoken(reader.press("space"), "Step 1 of", "How it works")
    spoken(reader.press("alt+n"), "Step 2 of", "Pass the floor", "floor")
