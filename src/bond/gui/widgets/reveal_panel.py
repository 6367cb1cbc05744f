"""Reveal: private answers side by side, only after every partner says they are ready."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bond.domain.answers import describe
from bond.domain.exercises import Step
from bond.gui.widgets import accessible
from bond.gui.widgets.plain import plain_label
from bond.gui.widgets.step_base import StepWidget
from bond.services.exercise_flow import RevealState


class RevealPanel(StepWidget):
    ready = Signal(str, object)  # profile id, set of step ids held back
    accessible_role = QAccessible.Role.Grouping

    def __init__(
        self,
        step: Step,
        state: RevealState,
        names: Mapping[str, str],
        step_titles: Mapping[str, str],
        answers: Callable[[], dict[str, dict[str, Any]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(step, parent)
        accessible.install()
        self.setAccessibleName(step.title or self.tr("Share your answers"))
        self.state, self.names, self.titles, self._answers = state, names, step_titles, answers
        self.before = QWidget()
        before = QVBoxLayout(self.before)
        before.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            self.tr(
                "Nothing private shows until both of you say you are ready. "
                "You can keep any answer to yourself. Each of you uses only your own box."
            )
        )
        note.setWordWrap(True)
        before.addWidget(note)
        self.boxes: dict[str, dict[str, QCheckBox]] = {}
        self.buttons: dict[str, QPushButton] = {}
        for person in state.people:
            box = QGroupBox(names[person])
            inner = QVBoxLayout(box)
            self.boxes[person] = {}
            for step_id in state.step_ids:
                check = QCheckBox(
                    self.tr('Keep "%1" to myself').replace("%1", step_titles.get(step_id, step_id))
                )
                inner.addWidget(check)
                self.boxes[person][step_id] = check
            button = QPushButton(self.tr("%1: I'm ready").replace("%1", names[person]))
            button.clicked.connect(lambda _c=False, p=person: self._ready(p))
            inner.addWidget(button)
            self.buttons[person] = button
            before.addWidget(box)
        self.layout_.addWidget(self.before)
        self.bodies: list[QLabel] = []  # each person's answers, once they show
        self.after = QWidget()
        self.grid = QGridLayout(self.after)
        self.layout_.addWidget(self.after)
        self.finish_layout()
        self.render()

    def _ready(self, person: str) -> None:
        held = {sid for sid, c in self.boxes[person].items() if c.isChecked()}
        self.ready.emit(person, held)

    def render(self) -> None:
        for person, button in self.buttons.items():
            done = bool(self.state.ready.get(person))
            button.setEnabled(not done)
            if done:
                button.setText(self.tr("%1 is ready").replace("%1", self.names[person]))
            for check in self.boxes[person].values():
                check.setEnabled(not done)
        revealed = self.state.revealed
        just_now = revealed and not self.after.isVisibleTo(self)
        self.after.setVisible(revealed)
        if revealed:
            self._fill()
            if just_now and self.bodies and self.isVisible():
                # The last "I'm ready": the keyboard goes to the answers, which a screen reader
                # then says (it went on to Next before, and they were never heard).
                self.bodies[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.before.setVisible(not revealed)
        accessible.announce(self, self.accessible_value(), self.accessible_value())

    def accessible_value(self) -> str:
        """Who is ready so far, or that the answers show now."""
        if self.state.revealed:
            return self.tr("The answers are showing.")
        ready = [self.names[p] for p in self.state.people if self.state.ready.get(p)]
        return (
            self.tr("Ready: %1").replace("%1", ", ".join(ready))
            if ready
            else self.tr("Nobody is ready yet.")
        )

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        shown = self._answers()
        self.bodies = []
        for col, person in enumerate(self.state.people):
            head = plain_label(self.names[person], "subtitle")
            self.grid.addWidget(head, 0, col)
            texts = [
                f"{self.titles.get(sid, sid)}\n{describe(v)}"
                for sid, v in shown.get(person, {}).items()
            ]
            body = plain_label("\n\n".join(texts) or self._nothing_from(person), wrap=True)
            # Reached by Tab and said whole, in its name (Orca 43 says only the name of a label
            # that has the keyboard): the step's point is hearing what the other shared.
            whose = self.tr("%1's answers").replace("%1", self.names[person])
            body.setAccessibleName(accessible.sentences(whose, *body.text().split("\n")))
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after: the flags set ClickFocus
            self.grid.addWidget(body, 1, col)
            body.show()  # now, not on the next turn, so it can take the keyboard at once
            self.bodies.append(body)
        previous: QWidget = self.buttons[self.state.people[-1]]
        for body in self.bodies:  # in the step's Tab order, where its ready buttons were
            QWidget.setTabOrder(previous, body)
            previous = body

    def _nothing_from(self, person: str) -> str:
        """Kept private is a choice; nothing written (every step skipped) is not one: they read
        differently, so a skipped step never looks like a secret."""
        if self.state.held_back.get(person):
            return self.tr("(kept private)")
        return self.tr("(nothing written this time)")

    def focus_first(self) -> None:
        for person in self.state.people:
            if self.buttons[person].isEnabled():
                self.buttons[person].setFocus()
                return
