"""Parts of a step: its "More about this", and what a reveal says for each partner."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from bond.content.catalog import load_catalog
from bond.gui.widgets.steps import InfoStep, TextStep
from tests.conftest import ROOT

MORE = "Why this helps: <b>naming</b> a feeling puts a little distance between you and it."


def test_more_is_folded_until_asked_for_then_said_and_folded_again(qtbot: QtBot) -> None:
    catalog = load_catalog(ROOT / "resources" / "content")
    step = replace(catalog.exercises["weekly-check-in-alone"].steps[2], more=MORE)
    widget = TextStep(step)
    qtbot.addWidget(widget)
    widget.show()
    more = widget.more
    assert more is not None
    assert more.button.text() == "More about this" and not more.text.isVisible()
    more.button.setFocus()
    qtbot.waitUntil(more.button.hasFocus)
    qtbot.mouseClick(more.button, Qt.MouseButton.LeftButton)
    assert more.text.isVisible() and more.text.text() == MORE
    assert more.text.textFormat() is Qt.TextFormat.PlainText  # a pack's text, never markup
    assert MORE in more.button.accessibleDescription()  # told on the control with the keyboard
    assert more.button.text() == "Show less"
    qtbot.mouseClick(more.button, Qt.MouseButton.LeftButton)
    assert not more.text.isVisible() and more.button.text() == "More about this"


def test_a_step_without_more_has_no_button_and_an_info_step_leaves_the_keyboard_to_next(
    qtbot: QtBot,
) -> None:
    catalog = load_catalog(ROOT / "resources" / "content")
    plain = catalog.exercises["longer-out-breath"].steps[0]
    assert InfoStep(plain).more is None
    info = InfoStep(replace(plain, more=MORE))
    qtbot.addWidget(info)
    info.show()
    info.focus_first()
    assert info.focusWidget() is None  # the runner puts it on Next
    texts = [label.text() for label in info.findChildren(QLabel)]
    assert texts.index(plain.text) < texts.index(MORE)  # under the step's text


def test_at_a_reveal_kept_private_and_nothing_written_read_differently(qtbot: QtBot) -> None:
    from bond.domain.exercises import Step, StepType
    from bond.gui.widgets.reveal_panel import RevealPanel
    from bond.services.exercise_flow import RevealState

    state = RevealState(("a", "b", "c"), ("thanks",))
    state.set_ready("a", {"thanks"})  # chose not to show it
    state.set_ready("b", set())  # skipped the step: nothing to show
    state.set_ready("c", set())
    answers = {"a": {}, "b": {}, "c": {"thanks": {"text": "Thank you for Sunday."}}}
    panel = RevealPanel(
        Step(index=3, type=StepType.REVEAL, title="Share"),
        state,
        {"a": "Ana", "b": "Kai", "c": "Sam"},
        {"thanks": "Thanks"},
        lambda: answers,
    )
    qtbot.addWidget(panel)
    panel.show()
    panel.render()
    said = [body.text() for body in panel.bodies]
    assert said == [
        "(kept private)",
        "(nothing written this time)",
        "Thanks\nThank you for Sunday.",
    ]


def test_the_breathing_step_has_one_stop_and_no_shared_alt_key(qtbot: QtBot) -> None:
    from bond.gui.widgets.steps import BreathingStep

    catalog = load_catalog(ROOT / "resources" / "content")
    step = next(
        s for s in catalog.exercises["longer-out-breath"].steps if s.type.value == "breathing"
    )
    widget = BreathingStep(step, reduced_motion=True)
    qtbot.addWidget(widget)
    pacer = widget.pacer
    assert pacer.stop_button.text() == "Stop the &guide"  # the runner's Stop ends the exercise
    runner_keys = {"b", "a", "s", "e", "k", "n"}  # Back, Pause, Stop, Take a break, Skip, Next
    for button in (pacer.start_button, pacer.stop_button):
        text = button.text()
        assert text[text.index("&") + 1].lower() not in runner_keys, text
