"""Tab follows reading order in the runner: a step's answer (its field, its choices, its
buttons) comes before Back, Pause, Stop, Take a break, Skip and Next, for every step type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from bond.content.catalog import load_catalog
from bond.domain.exercises import Exercise, StepType
from bond.gui.screens.runner import RunnerScreen
from bond.paths import content_dir
from bond.services.exercise_flow import FrameKind
from bond.services.exercise_run import ExerciseRun
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.vault_service import VaultService
from tests.gui.conftest import press, seed_vault


def _first_with(exercises: list[Exercise], kind: StepType) -> tuple[Exercise, bool]:
    for together in (False, True):
        for exercise in exercises:
            if exercise.allows(together) and any(
                s.type is kind for s in exercise.steps_for(together)
            ):
                return exercise, together
    raise AssertionError(f"no exercise has a {kind} step")


def _tab_cycle(limit: int = 40) -> list[QWidget]:
    """Where Tab goes from the focused control, all the way round to it again."""
    first = QApplication.focusWidget()
    stops: list[QWidget] = []
    for _ in range(limit):
        press(Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        stops.append(focused)
        if focused is first:
            return stops
    raise AssertionError(f"Tab never came back to {first}: {_names(stops)}")


def _names(widgets: list[QWidget]) -> str:
    return ", ".join(w.objectName() or w.accessibleName() or type(w).__name__ for w in widgets)


def test_a_step_s_answer_comes_before_the_runner_s_buttons(
    qtbot: QtBot, service: VaultService
) -> None:
    seed_vault(service, ["Kai", "Noor"])
    vault = service.open(service.unlock())
    catalog = load_catalog(content_dir())
    people = [p.id for p in ProfileService(vault).profiles()]
    exercises = sorted(catalog.exercises.values(), key=lambda e: e.id)
    checked: list[str] = []
    for kind in StepType:
        exercise, together = _first_with(exercises, kind)
        who = people if together else people[:1]
        run = ExerciseRun(vault, Keychain(vault), exercise, who, together=together)
        runner = RunnerScreen(
            run, dict(zip(people, ["Kai", "Noor"], strict=True)), catalog.feelings
        )
        # As in the main window: a page made first, then put between other controls.
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        layout.addWidget(QPushButton("Before"))
        layout.addWidget(runner)
        layout.addWidget(QPushButton("After"))
        host.resize(900, 1400)
        host.show()
        host.activateWindow()
        qtbot.waitUntil(host.isActiveWindow)
        while not (
            run.frame.kind is FrameKind.STEP and run.frame.step and run.frame.step.type is kind
        ):
            if (turns := run.flow.turns_state()) is not None:
                while turns.phase.value != "done":
                    turns.done_speaking()
                    turns.paraphrased()
                    turns.thats_it()
            if (reveal := run.flow.reveal_state()) is not None:
                for person in who:
                    reveal.set_ready(person)
            runner.go_next()
        runner.focus_step()
        step = runner.widget
        assert step is not None
        first = QApplication.focusWidget()
        ui = runner.ui
        buttons = [ui.backButton, ui.pauseButton, ui.stopButton, ui.breakButton, ui.skipButton]
        buttons = [b for b in (*buttons, ui.nextButton) if b.isVisible() and b.isEnabled()]
        area = ui.stepScroll  # the step, and the scroll area holding it (a stop when it scrolls)
        cycle = _tab_cycle()
        named = f"{kind}: {_names(cycle)}"
        assert first is ui.nextButton or (
            first is not None and first is not step and step.isAncestorOf(first)
        ), named
        ours = {id(w) for w in cycle if w is area or area.isAncestorOf(w) or w in buttons}
        # Where the page starts: a stop of ours that comes after one of the window's.
        at = next(i for i, w in enumerate(cycle) if id(w) in ours and id(cycle[i - 1]) not in ours)
        cycle = cycle[at:] + cycle[:at]  # from the step's first stop
        page = [w for w in cycle if id(w) in ours]
        inside = [w for w in page if w not in buttons]
        # The answer first, then the buttons, in one run (nothing else of the window between).
        named = f"{kind}: {_names(cycle)}"
        assert page == inside + buttons, named
        assert cycle[: len(page)] == page, named
        checked.append(kind.value)
        host.close()
    vault.close()
    assert len(checked) == len(StepType)
