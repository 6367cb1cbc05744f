"""Exercises in the app, driven by the keyboard: a together weekly check-in from the browser to
saved agreements, a solo boundary builder, and a reveal that never shows anything early."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from bond.gui.main_window import MainWindow
from bond.gui.screens.exercises import ExercisesScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.lock import LockScreen
from bond.gui.screens.runner import RunnerScreen
from bond.gui.widgets.reveal_panel import RevealPanel
from bond.gui.widgets.turns_panel import TurnsPanel
from bond.services.agreements import AgreementService
from bond.services.boundaries import BoundaryService
from bond.services.exercise_flow import FrameKind
from bond.services.keychain import Keychain
from bond.services.vault_service import VaultService
from tests.gui.conftest import (
    WindowFactory,
    activate,
    keys,
    press,
    seed_vault,
    tab_to,
    toast_text,
    wait_for_screen,
)


def make_vault(service: VaultService, names: list[str], *, note_read: bool = True) -> None:
    seed_vault(service, names, note_read=note_read)


def visible_text(root: QWidget) -> str:
    parts = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    parts += [w.toPlainText() for w in root.findChildren(QPlainTextEdit) if w.isVisible()]
    return "\n".join(parts)


def open_exercise(qtbot: QtBot, window: MainWindow, title: str, together: bool) -> RunnerScreen:
    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_screen(), ExercisesScreen)
    browser = window.screens["exercises"]
    view = browser.ui.listView
    view.setFocus()
    view.keyboardSearch(title)  # type-ahead, as when typing in the list
    assert browser.current() is not None and browser.current().title == title
    activate(browser.ui.togetherButton if together else browser.ui.aloneButton)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    runner = window.features.exercises.runner
    assert runner is not None
    return runner


def next_step(runner: RunnerScreen) -> None:
    tab_to(runner.ui.nextButton)
    press(Qt.Key.Key_Space)


def test_a_together_weekly_check_in_by_keyboard(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service, ["Sam", "Alex"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    runner = open_exercise(qtbot, window, "Weekly relationship meeting", together=True)
    names = {p.id: p.name for p in window.state.profiles}
    written: dict[str, str] = {}
    for _ in range(80):
        frame = runner.run.frame
        if frame.kind is FrameKind.DONE:
            break
        step = frame.step
        widget = runner.widget
        if frame.kind is FrameKind.STEP and step is not None:
            kind = step.type.value
            if kind == "rating":
                press(Qt.Key.Key_Right)  # focus starts on 0; one step right picks 1
            elif kind == "text":
                secret = f"{step.id} from {names[frame.profile_id]}" if frame.profile_id else "ok"
                keys(QApplication.focusWidget(), secret)
                written[f"{step.id}/{frame.profile_id}"] = secret
                if frame.private:
                    other = [
                        n
                        for k, n in written.items()
                        if not k.endswith(str(frame.profile_id)) and k.split("/")[0] == step.id
                    ]
                    for text in other:  # the partner's private words are never on screen
                        assert text not in visible_text(window)
            elif kind == "agreement":
                keys(QApplication.focusWidget(), "Phones away at dinner")
            elif kind == "turns":
                assert isinstance(widget, TurnsPanel)
                while widget.primary.isVisible():
                    assert "floor" in widget.floor.text()
                    press(Qt.Key.Key_Space)
            elif kind == "reveal":
                assert isinstance(widget, RevealPanel)
                hidden = [t for k, t in written.items() if "/" in k and k.split("/")[1] != "None"]
                assert not runner.ui.nextButton.isEnabled()
                first, second = runner.run.people
                activate(widget.buttons[first])
                assert not widget.after.isVisible()
                for text in hidden:
                    assert text not in visible_text(window)  # nothing shows early
                activate(widget.buttons[second])
                assert widget.after.isVisible()
                # The keyboard goes to the answers, said whole (a screen reader reads no label).
                body = QApplication.focusWidget()
                assert body is widget.bodies[0]
                assert body.accessibleName().startswith(f"{runner.names[first]}'s answers.")
                assert body.text().split("\n")[0] in body.accessibleName()
                press(Qt.Key.Key_Tab)  # on to the other's answers, then the step's buttons
                assert QApplication.focusWidget() is widget.bodies[1]
        next_step(runner)
        qtbot.waitUntil(lambda: not runner.writes.busy())
    assert runner.run.frame.kind is FrameKind.DONE
    next_step(runner)  # Finish
    wait_for_screen(qtbot, window, HomeScreen)
    assert "Agreements" in toast_text(window)  # the ending's words, in a toast over Home
    assert window.state.vault is not None
    assert [a.text for a in AgreementService(window.state.vault).active()] == [
        "Phones away at dinner"
    ]
    # Next week the meeting opens by reviewing it.
    runner = open_exercise(qtbot, window, "Weekly relationship meeting", together=True)
    next_step(runner)
    assert runner.run.frame.kind is FrameKind.REVIEW
    assert "Phones away at dinner" in visible_text(runner)


def test_a_solo_boundary_builder(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    runner = open_exercise(qtbot, window, "Set one boundary", together=False)
    while runner.run.frame.kind is not FrameKind.DONE:
        step = runner.run.frame.step
        if runner.run.frame.kind is FrameKind.STEP and step is not None:
            if step.type.value == "boundary":
                for text in (
                    "Calls after eleven",
                    "Tired",
                    "Sleep",
                    "I'm going to bed now",
                    "I'll mute my phone",
                ):
                    keys(QApplication.focusWidget(), text)
                    press(Qt.Key.Key_Tab)
            elif step.type.value == "text":
                keys(QApplication.focusWidget(), "Only a little")
        next_step(runner)
    next_step(runner)
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.state.vault is not None
    [boundary] = BoundaryService(window.state.vault, Keychain(window.state.vault)).list(
        window.state.profiles[0].id
    )
    assert boundary.action == "I'll mute my phone"
    press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.screens["boundaries"].model.rowCount() == 1)
    assert window.screens["boundaries"].ui.actionEdit.text() == "I'll mute my phone"


def test_pause_then_continue_from_home(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    runner = open_exercise(qtbot, window, "Say it in four parts", together=False)
    while not (runner.run.frame.step and runner.run.frame.step.type.value == "text"):
        next_step(runner)
    keys(QApplication.focusWidget(), "The dishes were in the sink")
    activate(runner.ui.pauseButton)
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.features.home.screen.ui.continueBox.isVisible()
    button = window.features.home.screen._continue_buttons[0]
    assert "Kai's exercise" in button.text()  # the title of a solo practice stays private
    activate(button)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    assert "The dishes were in the sink" in visible_text(window)


def test_a_step_opens_with_the_keyboard_in_it_and_tab_never_reaches_hide(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """One Tab then Space must never lock the app mid-exercise: a step (also one continued from
    Home) opens with the focus in it, and Hide is left out of the Tab chain; its shortcuts stay."""
    make_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    runner = open_exercise(qtbot, window, "Say it in four parts", together=False)
    assert QApplication.focusWidget() is runner.ui.nextButton  # the introduction: Begin
    while not (runner.run.frame.step and runner.run.frame.step.type.value == "text"):
        next_step(runner)
    assert runner.widget is not None and runner.widget.isAncestorOf(QApplication.focusWidget())
    activate(runner.ui.pauseButton)
    wait_for_screen(qtbot, window, HomeScreen)
    activate(window.features.home.screen._continue_buttons[0])
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    runner = window.features.exercises.runner
    assert runner is not None and runner.widget is not None
    assert runner.widget.isAncestorOf(QApplication.focusWidget())
    for _ in range(40):
        press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not window.ui.hideButton
    press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(window.current_screen(), LockScreen)


def test_a_break_together_then_back_to_the_same_step(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    from bond.gui.widgets.countdown import Countdown

    make_vault(service, ["Sam", "Alex"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    runner = open_exercise(qtbot, window, "Take the floor: speak and listen", together=True)
    next_step(runner)
    where = runner.run.flow.index
    activate(runner.ui.breakButton)
    countdown = runner.findChild(Countdown)
    assert countdown is not None and countdown.isVisible()
    assert countdown.minutes.minimum() == 20  # a break is at least 20 minutes
    activate(countdown.start_button)
    assert "Come back together at" in countdown.return_label.text()
    activate(countdown.more_button)
    activate(runner.ui.nextButton)  # "Back to the exercise"
    assert runner.run.flow.index == where
    assert runner.findChild(Countdown) is None or not runner.findChild(Countdown).isVisible()


def test_breathing_speaks_its_phases_and_can_stay_still(qtbot: QtBot) -> None:
    from bond.gui.widgets.breathing_pacer import BreathingPacer

    pacer = BreathingPacer(1, 0, 1, 0, 2, reduced_motion=True)
    qtbot.addWidget(pacer)
    pacer.show()
    assert not pacer.circle.isVisible()
    pacer.start()
    assert pacer.phase_label.text().startswith("Breathe in")
    assert "Breath 1 of 2" in pacer.count_label.text()
    qtbot.waitUntil(lambda: pacer.phase_label.text().startswith("Breathe out"), timeout=3000)
    with qtbot.waitSignal(pacer.finished, timeout=6000):
        pass
    assert "Well done" in pacer.phase_label.text()


def test_reduced_motion_setting_reaches_the_runner(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    from bond.gui.widgets.breathing_pacer import BreathingPacer

    make_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("settings")
    activate(window.screens["settings"].ui.reducedMotionCheck)
    assert window.prefs.reduced_motion
    runner = open_exercise(qtbot, window, "Longer out-breath", together=False)
    while not (runner.run.frame.step and runner.run.frame.step.type.value == "breathing"):
        next_step(runner)
    pacer = runner.findChild(BreathingPacer)
    assert pacer is not None and pacer.reduced_motion and not pacer.circle.isVisible()


def test_support_mid_exercise_returns_to_the_same_step_and_home_pauses_it(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    from bond.gui.screens.support import SupportScreen

    make_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    runner = open_exercise(qtbot, window, "Say it in four parts", together=False)
    next_step(runner)
    where = runner.run.flow.index
    press(Qt.Key.Key_F1)
    assert isinstance(window.current_screen(), SupportScreen)
    press(Qt.Key.Key_Escape)
    assert window.current_screen() is runner and runner.run.flow.index == where
    press(Qt.Key.Key_F1)
    press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # Home from the support screen
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.features.exercises.runner is None
    qtbot.waitUntil(window.features.home.screen.ui.continueBox.isVisible)


def test_arrow_keys_choose_a_rating(qtbot: QtBot) -> None:
    from bond.gui.widgets.rating_scale import RatingScale

    scale = RatingScale("calm", "upset")
    qtbot.addWidget(scale)
    scale.show()
    scale.focus_first()
    assert scale.value() is None
    QTest_key(scale.buttons[0], Qt.Key.Key_Right)
    assert scale.value() == 1
    QTest_key(scale.buttons[1], Qt.Key.Key_Right)
    QTest_key(scale.buttons[2], Qt.Key.Key_Left)
    assert scale.value() == 1


def QTest_key(widget: QWidget, key: Qt.Key) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key)


def test_take_a_break_twice_does_not_skip_steps(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service, ["Sam", "Alex"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    runner = open_exercise(qtbot, window, "Take the floor: speak and listen", together=True)
    next_step(runner)
    where = runner.run.flow.index
    activate(runner.ui.breakButton)
    assert not runner.ui.breakButton.isEnabled()
    activate(runner.ui.nextButton)  # back to the exercise
    assert runner.run.flow.index == where and runner.ui.breakButton.isEnabled()
    activate(runner.ui.breakButton)
    activate(runner.ui.nextButton)
    assert runner.run.flow.index == where


def test_a_safety_note_comes_before_the_first_exercise_for_two(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    make_vault(service, ["Sam", "Alex"], note_read=False)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    seen: list[str] = []

    def answer(choice: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        button = next(b for b in box.buttons() if choice in b.text().replace("&", ""))
        button.click()

    QTimer.singleShot(200, lambda: answer("Not now"))
    window.features.exercises.start("take-the-floor", True)
    assert seen and "feel safe with each other" in seen[0]
    assert not isinstance(window.current_screen(), RunnerScreen)
    QTimer.singleShot(200, lambda: answer("Start together"))
    window.features.exercises.start("take-the-floor", True)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    assert len(seen) == 2
    window.go("home")
    window.features.exercises.start("take-the-floor", True)  # no note the second time
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    assert len(seen) == 2


@pytest.mark.parametrize("computer_asks", [False, True])
def test_the_computer_s_reduced_motion_is_followed(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    monkeypatch: pytest.MonkeyPatch,
    computer_asks: bool,
) -> None:
    """Qt reports the platform's preference; with it, the guide stays still although the
    setting in Bond is off, and Settings shows why its box is ticked."""
    from bond.gui import motion
    from bond.gui.widgets.breathing_pacer import BreathingPacer

    monkeypatch.setattr(motion, "system_reduces_motion", lambda: computer_asks)
    monkeypatch.setattr("bond.gui.screens.settings.system_reduces_motion", lambda: computer_asks)
    make_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    assert not window.prefs.reduced_motion
    window.go("settings")
    check = window.screens["settings"].ui.reducedMotionCheck
    assert check.isChecked() is computer_asks and check.isEnabled() is not computer_asks
    assert (
        "Your computer asks" in window.screens["settings"].ui.motionHint.text()
    ) is computer_asks
    runner = open_exercise(qtbot, window, "Longer out-breath", together=False)
    while not (runner.run.frame.step and runner.run.frame.step.type.value == "breathing"):
        next_step(runner)
    pacer = runner.findChild(BreathingPacer)
    assert pacer is not None
    assert pacer.reduced_motion is computer_asks
    assert pacer.circle.isVisible() is not computer_asks
    pacer.start()
    assert pacer.phase_label.text().startswith("Breathe in")  # the phase in words either way
    pacer.stop()


def test_where_qt_cannot_report_the_computer_s_motion_preference_bond_s_setting_counts(
    qapp: QApplication,
) -> None:
    """The pinned PySide6 6.11.3 has no ``motionPreference`` (Qt 6.12 added it): reading the
    preference says "no" instead of failing, and listening for changes is a no-op there."""
    from bond.gui import motion

    hints = QApplication.styleHints()
    assert motion.system_reduces_motion() is False  # offscreen says nothing on 6.12 either
    heard: list[bool] = []
    motion.connect_motion_preference_changed(hints, lambda: heard.append(True))
    assert heard == []


def test_markup_in_exercise_text_is_shown_as_typed(qtbot: QtBot) -> None:
    """Defence in depth behind the pack validator: content never becomes HTML on screen."""
    from dataclasses import replace

    from bond.content.catalog import Catalog, load_catalog
    from bond.gui.screens.runner import _label
    from bond.gui.widgets.steps import InfoStep
    from tests.conftest import ROOT

    bond = load_catalog(ROOT / "resources" / "content")
    plain = bond.exercises["longer-out-breath"]
    step = replace(plain.steps[0], title="<b>step</b>", text="<h1>big</h1>")
    odd = replace(
        plain,
        title="<b>x</b>",
        summary="<img src=x>",
        content_note="<font size=9>note</font>",
        steps=(step, *plain.steps[1:]),
    )
    catalog = Catalog(
        exercises={odd.id: odd},
        sources={"gottman-2011": "<i>cite</i>", **bond.sources},
        feelings=bond.feelings,
        banks=dict(bond.banks),
        articles={},
        problems=[],
    )
    screen = ExercisesScreen(catalog)
    qtbot.addWidget(screen)
    screen.show()
    ui = screen.ui
    assert ui.detailTitle.text() == "<b>x</b>"
    for label in (ui.detailTitle, ui.contentNote, ui.sourcesLabel, ui.detailMeta):
        assert label.textFormat() is Qt.TextFormat.PlainText, label.objectName()
    assert "&lt;img src=x&gt;" in ui.detailText.text()
    assert ui.detailText.textFormat() is Qt.TextFormat.RichText
    widget = InfoStep(step)
    qtbot.addWidget(widget)
    labels = {label.text(): label for label in widget.findChildren(QLabel)}
    assert labels["<b>step</b>"].textFormat() is Qt.TextFormat.PlainText
    assert labels["<h1>big</h1>"].textFormat() is Qt.TextFormat.PlainText
    assert _label("<b>x</b>").textFormat() is Qt.TextFormat.PlainText


def test_the_breathing_guide_keeps_the_keyboard_and_says_each_phase(qtbot: QtBot) -> None:
    """Start hands the keyboard to Stop (not on to Back), and each phase goes where a screen
    reader says it: the description of the control that has the keyboard."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from bond.gui.widgets.breathing_pacer import BreathingPacer

    host = QWidget()
    layout = QVBoxLayout(host)
    pacer = BreathingPacer(inhale=1, hold=0, exhale=1, hold_out=0, cycles=1)
    layout.addWidget(pacer)
    layout.addWidget(QPushButton("Back"))
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    pacer.start_button.setFocus()
    pacer.start_button.click()
    assert pacer.stop_button.hasFocus()
    qtbot.waitUntil(lambda: "Breath 1 of 1" in pacer.stop_button.accessibleDescription())
    qtbot.waitUntil(pacer.start_button.hasFocus, timeout=5000)  # done: Start again
    assert "Well done" in pacer.start_button.accessibleDescription()


def test_a_weekly_check_in_alone_offers_two_questions_to_start_from(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    runner = open_exercise(qtbot, window, "A weekly check-in with yourself", together=False)
    while not (runner.run.frame.step and runner.run.frame.step.id == "week"):
        next_step(runner)
    assert window.state.catalog is not None
    bank = window.state.catalog.banks["check-in-with-yourself"].questions
    widget = runner.widget
    assert widget is not None
    shown = [
        label.text().removeprefix("\N{BULLET} ")
        for label in widget.findChildren(QLabel)
        if label.property("role") == "prompt"
    ]
    assert len(shown) == 2 and set(shown) <= set(bank)
    assert "Questions to start from, if you like:" in visible_text(widget)
    name = widget.accessibleName()  # said once as the step opens, before the text box
    assert all(question in name for question in shown)
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)  # the keyboard is in the box
