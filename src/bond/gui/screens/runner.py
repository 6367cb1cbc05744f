"""The exercise runner: one frame at a time, every answer saved as it is typed.

Saves go through a single-threaded :class:`Ops` so they commit in order and never block typing;
before a frame is shown the queue is drained, so what is read back is what was written. If a save
fails (a full disk, say), the words stay on screen and Bond says so plainly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from bond.domain.agreements import ReviewOutcome
from bond.domain.exercises import FeelingGroup, StepType
from bond.errors import ProfileKeysMismatchError
from bond.gui.forms.ui_runner import Ui_Runner
from bond.gui.ops import Ops
from bond.gui.widgets.accessible import forget, introduce, sentences, shown_text
from bond.gui.widgets.agreement_review import AgreementReview
from bond.gui.widgets.countdown import Countdown
from bond.gui.widgets.exercise_intro import intro_page
from bond.gui.widgets.plain import make_plain, plain_label
from bond.gui.widgets.reveal_panel import RevealPanel
from bond.gui.widgets.step_base import StepWidget
from bond.gui.widgets.steps import make_step_widget
from bond.gui.widgets.tab_order import chain_tabs, tab_stops
from bond.gui.widgets.turns_panel import TurnsPanel
from bond.services.exercise_flow import FrameKind, TurnPhase

if TYPE_CHECKING:
    from bond.services.exercise_run import ExerciseRun

log = logging.getLogger(__name__)
AUTOSAVE_MS = 500


def _label(text: str, role: str = "") -> QLabel:
    return plain_label(text, role, wrap=True)  # names, and exercise text from a clinic pack


class RunnerScreen(QWidget):
    closed = Signal(str)  # "finished", "paused", "stopped", "discarded"
    calm_requested = Signal()  # alone: a grounding or breathing exercise instead

    def __init__(
        self,
        run: ExerciseRun,
        names: Mapping[str, str],
        feelings: Sequence[FeelingGroup],
        *,
        reduced_motion: bool = False,
        ask_key: Callable[[str, Callable[[], None]], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ask_key = ask_key
        self.ui = Ui_Runner()
        self.ui.setupUi(self)
        self.run = run
        self.names = dict(names)
        self.feelings = feelings
        self.reduced_motion = reduced_motion
        self.writes = Ops(self, max_threads=1)
        self.widget: QWidget | None = None
        self._introduced: QWidget | None = None  # the control carrying the step (_introduce)
        self._dirty = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_now)
        ui = self.ui
        make_plain(ui.exerciseTitle, ui.whoLabel)  # a pack's title; whose turn, by name
        ui.exerciseTitle.setText(run.exercise.title)
        ui.saveLabel.hide()
        ui.nextButton.clicked.connect(self.go_next)
        ui.backButton.clicked.connect(self.go_back)
        keep = ui.backButton.sizePolicy()  # hidden on the first step, its room stays: the
        keep.setRetainSizeWhenHidden(True)  # buttons beside it never move
        ui.backButton.setSizePolicy(keep)
        ui.skipButton.clicked.connect(self.skip)
        ui.pauseButton.clicked.connect(self.pause)
        ui.stopButton.clicked.connect(self.stop)
        ui.breakButton.clicked.connect(self.take_break)
        self.step_titles = {s.id: (s.title or s.text[:40]) for s in run.exercise.steps if s.id}
        self.render()

    # -- saving -------------------------------------------------------------------------------
    def _changed(self) -> None:
        """Save at most half a second after the first unsaved change, even mid-typing."""
        self._dirty = True
        if not self._autosave.isActive():
            self._autosave.start()

    def _save_now(self) -> None:
        if not self._dirty or not isinstance(self.widget, StepWidget):
            return
        value = self.widget.value()
        if value is None:
            return
        frame = self.run.frame
        self._dirty = False
        self.writes.run(lambda: self.run.save(value, frame), self._saved, self._save_failed)

    def _saved(self, _result: object) -> None:
        self.ui.saveLabel.hide()

    def _save_failed(self, exc: BaseException) -> None:
        log.error("saving an answer failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._dirty = True
        self.ui.saveLabel.setProperty("role", "error")
        self.ui.saveLabel.style().polish(self.ui.saveLabel)
        if isinstance(exc, ProfileKeysMismatchError):  # sealing to a swapped key: refused
            text = self.tr(
                "Bond did not save this: this person's keys don't match, so nothing private "
                "is written for them. Your words are still here."
            )
        else:
            text = self.tr(
                "Bond couldn't save just now (is the disk full?). Your words are still here, "
                "and Bond will try again as you type or move on."
            )
        self.ui.saveLabel.setText(text)
        self.ui.saveLabel.show()

    def flush(self) -> bool:
        """Save what is on screen and wait for every write to land."""
        self._autosave.stop()
        self._save_now()
        self.writes.wait()
        return not self._dirty

    # -- showing a frame ----------------------------------------------------------------------
    def _clear(self) -> None:
        area = self.ui.stepArea
        while area.count():
            old = area.widget(0)
            area.removeWidget(old)
            old.deleteLater()
        self.widget = None

    def render(self) -> None:
        self._clear()
        flow, ui = self.run.flow, self.ui
        self.run.arrive()
        frame = flow.frame
        number, total = flow.step_number
        ui.stepLabel.setText(
            self.tr("Step %1 of %2").replace("%1", str(max(number, 1))).replace("%2", str(total))
            if frame.kind is FrameKind.STEP
            else ""
        )
        who = frame.profile_id
        if flow.together and who and frame.kind is FrameKind.STEP:
            text = (
                self.tr("%1's turn, privately: only %1 looks at the screen")
                if frame.private
                else self.tr("%1's turn")
            )
            ui.whoLabel.setText(text.replace("%1", self.names[who]))
            ui.whoLabel.show()
        elif flow.together and frame.kind is FrameKind.STEP:
            ui.whoLabel.setText(self.tr("Together"))
            ui.whoLabel.show()
        else:
            ui.whoLabel.hide()
        owner = self.run.needs_key()
        widget = self._gate(owner) if owner else self._build(frame.kind)
        if isinstance(widget, StepWidget) and frame.kind is FrameKind.STEP:
            widget.setAccessibleName(sentences(*self._heading(), *widget.spoken()))
        ui.stepArea.addWidget(widget)
        ui.stepArea.setCurrentWidget(widget)
        self.widget = widget
        self._order_tabs()
        self._update_buttons()
        if owner:
            ui.nextButton.setEnabled(False)
            ui.skipButton.hide()
        self.focus_step()

    def _order_tabs(self) -> None:
        """Tab follows reading order: the step's answer (its field, choices or buttons) comes
        before Back, Pause, Stop, Take a break, Skip and Next, which sit under it. A step widget
        is made after the buttons, so Qt would put it after them (or after the whole window)."""
        ui = self.ui
        buttons = (ui.backButton, ui.pauseButton, ui.stopButton, ui.breakButton)
        chain_tabs([ui.stepScroll, *tab_stops(self.widget), *buttons, ui.skipButton, ui.nextButton])

    def focus_step(self) -> None:
        """Put the keyboard on the step's first control, so one Tab never lands in the header."""
        widget, ui = self.widget, self.ui
        kind = self.run.flow.frame.kind
        if widget is not None and self.run.needs_key():
            widget.setFocus()
            return
        if isinstance(widget, StepWidget | AgreementReview) and kind in (
            FrameKind.STEP,
            FrameKind.REVIEW,
        ):
            widget.focus_first()
            focused = QApplication.focusWidget()
            if focused is not None and widget.isAncestorOf(focused):
                self._introduce(focused)
                return
            if not widget.isVisible():
                return  # not on screen yet: the window asks again once it shows the runner
        self._introduce(ui.nextButton)
        ui.nextButton.setFocus()  # nothing to press in the step: Next is the next move

    def _introduce(self, focused: QWidget) -> None:
        """The step's number, question and text ride on the control that takes focus, so a
        screen reader says them as the step opens (it reads no label by itself)."""
        if self._introduced is not focused:
            forget(self._introduced)
        self._introduced = focused
        frame = self.run.flow.frame
        step = frame.step
        if frame.kind is FrameKind.INTRO and self.widget is not None:
            labels = self.widget.findChildren(QLabel)
            introduce(focused, *(shown_text(label) for label in labels if label.text()))
            return
        step_group = isinstance(self.widget, StepWidget) and self.widget.isAncestorOf(focused)
        if frame.kind is not FrameKind.STEP or step is None or step_group:
            forget(focused)  # a step's own group says its question as focus enters it
            self._introduced = None
            return
        introduce(focused, *self._heading())

    def _heading(self) -> list[str]:
        """What a step opens with (said as focus enters it): its number, whose turn, its
        question and its text; the step adds the questions drawn to start from."""
        step = self.run.flow.frame.step
        parts = [self.ui.stepLabel.text()]
        if not self.ui.whoLabel.isHidden():
            parts.append(self.ui.whoLabel.text())
        return [*parts, step.title, step.text] if step is not None else parts

    def _gate(self, owner: str) -> QWidget:
        """A private part whose owner has a PIN: nothing of it shows until the PIN is given."""
        name = self.names.get(owner, "?")
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(_label(self.tr("This part is private to %1").replace("%1", name), "title"))
        layout.addWidget(
            _label(
                self.tr(
                    "%1, please open it with your PIN when only you can see the screen."
                ).replace("%1", name)
            )
        )
        button = QPushButton(self.tr("Enter %1's P&IN…").replace("%1", name))
        button.clicked.connect(lambda: self._unlock_then(owner, self.render))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        box.setFocusProxy(button)
        return box

    def _unlock_then(self, owner: str, then: Callable[[], None]) -> None:
        if self.ask_key is not None:
            self.ask_key(owner, then)

    def _build(self, kind: FrameKind) -> QWidget:
        run, frame = self.run, self.run.frame
        if kind is FrameKind.INTRO:
            return intro_page(self.run.exercise, self.run.flow.together)
        if kind is FrameKind.REVIEW:
            review = AgreementReview(run.agreements.active())
            review.reviewed.connect(self._reviewed)
            return review
        if kind is FrameKind.PASS:
            name = self.names[frame.profile_id or ""]
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.addWidget(
                _label(self.tr("Pass the keyboard to %1").replace("%1", name), "title")
            )
            layout.addWidget(
                _label(
                    self.tr(
                        "The next part is just for %1. Press Next when only %1 can see the "
                        "screen. What you write stays private unless you choose to share it."
                    ).replace("%1", name)
                )
            )
            layout.addStretch(1)
            return box
        if kind is FrameKind.DONE:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.addWidget(_label(self.tr("Well done"), "title"))
            layout.addWidget(
                _label(
                    self.tr(
                        "You finished. Press Finish to save agreements and boundaries and go back "
                        "Home. Take a moment before you move on, if you like."
                    )
                )
            )
            layout.addStretch(1)
            return box
        step = frame.step
        assert step is not None
        options = run.options_for() if step.bank else ()
        if step.type is StepType.TURNS and (state := run.flow.turns_state()) is not None:
            panel = TurnsPanel(step, state, self.names, options)
            panel.advanced.connect(self._turns_moved)
            return panel
        if step.type is StepType.REVEAL and (reveal := run.flow.reveal_state()) is not None:
            reveal_panel = RevealPanel(
                step, reveal, self.names, self.step_titles, run.revealed_answers
            )
            reveal_panel.ready.connect(self._ready)
            return reveal_panel
        widget = make_step_widget(
            step, self.feelings, reduced_motion=self.reduced_motion, options=options
        )
        widget.set_value(run.value())
        widget.changed.connect(self._changed)
        return widget

    def _update_buttons(self) -> None:
        flow, ui = self.run.flow, self.ui
        done = flow.frame.kind is FrameKind.DONE
        ui.backButton.setEnabled(flow.can_go_back)
        ui.backButton.setVisible(flow.can_go_back)  # no way back: hidden, not greyed out
        ui.nextButton.setEnabled(flow.can_go_next or done)
        ui.skipButton.setVisible(flow.frame.kind is FrameKind.STEP)
        if done:
            ui.nextButton.setText(self.tr("&Finish"))
        elif flow.frame.kind is FrameKind.PASS:
            name = self.names[flow.frame.profile_id or ""]
            ui.nextButton.setText(self.tr("&Next: I'm %1").replace("%1", name))
        elif flow.frame.kind is FrameKind.INTRO:
            ui.nextButton.setText(self.tr("Beg&in"))
        else:
            ui.nextButton.setText(self.tr("&Next"))
        # Said as it reads ("Begin", "Finish"), not as the form named it ("Next").
        ui.nextButton.setAccessibleName(ui.nextButton.text().replace("&", ""))
        self.ui.pauseButton.setEnabled(not done)
        self.ui.stopButton.setEnabled(not done)

    # -- moving -------------------------------------------------------------------------------
    def _move(self, how: str) -> None:
        if not self.flush():
            return  # the words stay on screen; the message says why
        try:
            getattr(self.run, how)()
        except Exception as exc:
            self._save_failed(exc)
            return
        self.render()

    def go_next(self) -> None:
        if self.run.flow.finished:
            self.finish()
            return
        self._move("next")

    def go_back(self) -> None:
        self._move("back")

    def skip(self) -> None:
        self._autosave.stop()
        self._dirty = False
        self._move("skip")

    def _turns_moved(self) -> None:
        self.run.save_position()
        state = self.run.flow.turns_state()
        if state is not None and state.phase is TurnPhase.DONE:
            self.run.save({"turns": state.turn, "clarifications": state.clarifications})
        self._update_buttons()

    def _ready(self, person: str, held_back: object) -> None:
        assert isinstance(held_back, set)
        if not self.run.switch_to(person):
            self._unlock_then(person, lambda: self._ready(person, held_back))
            return
        self.run.set_ready(person, held_back)
        if isinstance(self.widget, RevealPanel):
            self.widget.render()
            self.widget.focus_first()
            self._order_tabs()  # the answers, once they show, come before the step's buttons
        self._update_buttons()
        shown = isinstance(self.widget, RevealPanel) and self.widget.bodies  # they have it
        if self.run.flow.can_go_next and not shown:
            self.ui.nextButton.setFocus()

    def _reviewed(self, agreement_id: str, outcome: str, new_text: str) -> None:
        self.run.agreements.review(
            agreement_id,
            ReviewOutcome(outcome),
            session_id=self.run.session_id,
            new_text=new_text or None,
        )

    def finish(self) -> None:
        self.flush()
        locked = self.run.locked_owners()
        if locked:
            # A partner's boundary becomes a list entry sealed to them: their PIN opens it.
            self._unlock_then(locked[0], self.finish)
            return
        outcome = self.run.finish()
        log.info(
            "exercise finished (%s agreements, %s boundaries)",
            outcome.agreements,
            outcome.boundaries,
        )
        self.closed.emit("finished")

    def pause(self) -> None:
        self.flush()
        self.run.pause()
        self.closed.emit("paused")

    def stop(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Bond")
        box.setText(self.tr("Stop here?"))
        box.setInformativeText(
            self.tr(
                "Stopping is a skill, not a failure. Do you want to keep what you wrote, or "
                "delete it? Deleted answers are gone for good."
            )
            + (
                " " + self.tr("Together, decide this with your partner: it applies to both of you.")
                if self.run.flow.together
                else ""
            )
        )
        keep = box.addButton(self.tr("&Keep my answers"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(self.tr("&Delete them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Go on with the exercise"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        self.window().activateWindow()
        if clicked not in (keep, delete):
            return
        self.flush()
        self.run.stop(keep=clicked is keep)
        self.closed.emit("stopped" if clicked is keep else "discarded")

    def take_break(self) -> None:
        """Together: the flooding break (20+ minutes, an agreed return time). Alone: calm down."""
        if not self.run.flow.together:
            self.flush()
            self.run.pause()
            self.calm_requested.emit()
            return
        self.flush()
        self._clear()
        self.ui.breakButton.setEnabled(False)  # one break at a time
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(_label(self.tr("A break, together"), "title"))
        layout.addWidget(
            _label(
                self.tr(
                    "Stop talking about it for now, with no last word. Go to separate places "
                    "and do something soothing, not rehearsing the argument. A break is a "
                    "promise to come back, never a punishment. Agree the time now; if you feel "
                    "unsafe, leave and press F1."
                )
            )
        )
        countdown = Countdown(20, 20, is_break=True)
        layout.addWidget(countdown)
        back = _label("")
        layout.addWidget(back)
        layout.addStretch(1)
        self.ui.stepArea.addWidget(box)
        self.ui.stepArea.setCurrentWidget(box)
        self.widget = box
        self._order_tabs()
        self.ui.whoLabel.hide()
        self.ui.nextButton.setText(self.tr("Ba&ck to the exercise"))
        self.ui.nextButton.setEnabled(True)
        self.ui.backButton.setEnabled(False)
        self.ui.skipButton.hide()
        self.ui.nextButton.clicked.disconnect(self.go_next)

        def resume() -> None:
            self.ui.nextButton.clicked.disconnect(resume)
            self.ui.nextButton.clicked.connect(self.go_next)
            self.ui.breakButton.setEnabled(True)
            self.render()

        self.ui.nextButton.clicked.connect(resume)
        countdown.start_button.setFocus()

    def close_for_lock(self) -> None:
        """Save and pause (used when the app closes mid-exercise)."""
        if not self.run.flow.finished:
            self.flush()
            self.run.pause()
