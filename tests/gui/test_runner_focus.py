"""The keyboard never lands on an action it did not ask for while an exercise runs.

Every exercise, together and alone, walked with the keys a person would press: after each step
opens and after each action in it (a rating, words typed, a choice, starting and stopping the
breathing guide or a timer, taking turns, saying "I'm ready"), and after one Tab, the keyboard
is still in the exercise: never on Get support now, Hide or a menu, where the next Space would
open the crisis screen or hide Bond.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bond.domain.exercises import Mode
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.runner import RunnerScreen
from bond.gui.widgets.steps import BreathingStep, TimerStep
from bond.services.exercise_flow import FrameKind
from bond.services.vault_service import VaultService
from tests.conftest import ROOT
from tests.gui.conftest import WindowFactory, activate, keys, press, seed_vault, wait_for_screen
from tests.gui.test_exercises import next_step


def _exercises() -> list[tuple[str, bool]]:
    from bond.content.catalog import load_catalog

    catalog = load_catalog(ROOT / "resources" / "content")
    out = []
    for exercise in sorted(catalog.exercises.values(), key=lambda e: e.id):
        if exercise.mode in (Mode.TOGETHER, Mode.BOTH):
            out.append((exercise.id, True))
        if exercise.mode in (Mode.SOLO, Mode.BOTH):
            out.append((exercise.id, False))
    return out


def where(runner: RunnerScreen) -> str:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard"
    name = focused.objectName() or type(focused).__name__
    frame = runner.run.frame
    step = frame.step
    at = f"{frame.kind} {step.type if step else ''} {step.id if step else ''}"
    assert runner.isAncestorOf(focused), f"at {at} the keyboard went to {name}"
    return name


def act(runner: RunnerScreen, qtbot: QtBot, what: str) -> None:
    """One step's actions, each followed by the check."""
    widget: QWidget | None = runner.widget
    if what == "rating":
        press(Qt.Key.Key_Right)
    elif what in ("text", "agreement", "boundary"):
        keys(QApplication.focusWidget(), "Phones away at dinner")
    elif what in ("choice", "multi-choice", "checklist", "feelings"):
        press(Qt.Key.Key_Space)
    elif isinstance(widget, BreathingStep):
        press(Qt.Key.Key_Space)  # the keyboard starts on Start breathing
        assert where(runner) == widget.pacer.stop_button.objectName() or (
            QApplication.focusWidget() is widget.pacer.stop_button
        )
        press(Qt.Key.Key_Space)  # and is handed to Stop, which stops it
    elif isinstance(widget, TimerStep):
        press(Qt.Key.Key_Space)
    elif what == "turns":
        for _ in range(60):  # three presses a turn, each partner, every round
            if runner.run.flow.can_go_next:
                break
            press(Qt.Key.Key_Space)
            where(runner)
    elif what == "reveal":
        for person in runner.run.people:
            activate(runner.widget.buttons[person])  # type: ignore[union-attr]
            where(runner)
    where(runner)


@pytest.mark.parametrize(("exercise_id", "together"), _exercises())
def test_the_keyboard_stays_in_the_exercise(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    exercise_id: str,
    together: bool,
) -> None:
    seed_vault(service, ["Sam", "Alex"] if together else ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.features.exercises.start(exercise_id, together)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    runner = window.features.exercises.runner
    assert runner is not None
    for _ in range(120):
        frame = runner.run.frame
        if frame.kind is FrameKind.DONE:
            break
        try:
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
        except Exception as lost:
            step = frame.step
            raise AssertionError(
                f"nothing has the keyboard at {frame.kind} {step and step.id}"
            ) from lost
        where(runner)  # where the step opened it
        if QApplication.focusWidget() is not runner.ui.nextButton:  # Next ends the chain
            press(Qt.Key.Key_Tab)
            where(runner)  # one Tab, as a person looking for the answer would
            press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        if frame.kind is FrameKind.STEP and frame.step is not None:
            runner.focus_step()
            act(runner, qtbot, frame.step.type.value)
        next_step(runner)
        qtbot.waitUntil(lambda: not runner.writes.busy())
    assert runner.run.frame.kind is FrameKind.DONE
    where(runner)


@pytest.mark.parametrize("how", ["finish", "stop"])
def test_home_opens_at_the_top_after_an_exercise(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, how: str
) -> None:
    from PySide6.QtWidgets import QMessageBox, QScrollArea

    seed_vault(service, ["Sam"])
    window = make_window()
    window.resize(960, 680)
    wait_for_screen(qtbot, window, HomeScreen)
    window.features.exercises.start("feeling-check", False)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    runner = window.features.exercises.runner
    assert runner is not None
    if how == "stop":
        next_step(runner)
        QTimer.singleShot(200, lambda: press(Qt.Key.Key_Return))  # "Stop here?" Stop
        runner.stop()
    else:
        for _ in range(30):
            if runner.run.frame.kind is FrameKind.DONE:
                break
            next_step(runner)
        next_step(runner)  # Finish
    wait_for_screen(qtbot, window, HomeScreen)
    qtbot.wait(300)  # toasts and deferred focus have landed
    areas = [a for a in window.findChildren(QScrollArea) if a.isVisible()]
    assert any(a.verticalScrollBar().maximum() > 0 for a in areas)  # Home has more below
    for area in areas:
        assert area.verticalScrollBar().value() == 0, area.objectName()
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
