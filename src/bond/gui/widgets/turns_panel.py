"""Speaker and listener: a visible floor passes between partners (``turns`` steps)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from bond.domain.exercises import Step
from bond.gui.widgets import accessible
from bond.gui.widgets.plain import make_plain
from bond.gui.widgets.step_base import StepWidget
from bond.services.exercise_flow import TurnPhase, TurnsState


class TurnsPanel(StepWidget):
    advanced = Signal()
    accessible_role = QAccessible.Role.Grouping

    def __init__(
        self,
        step: Step,
        state: TurnsState,
        names: Mapping[str, str],
        prompts: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(step, parent)
        self.show_prompts(prompts)
        accessible.install()
        self.setAccessibleName(step.title or self.tr("Taking turns"))
        self.state = state
        self.names = names
        self.floor = QLabel()
        self.floor.setProperty("role", "floor")
        self.floor.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.floor.setAccessibleName(self.tr("Who has the floor"))
        self.layout_.addWidget(self.floor)
        self.guide = QLabel()
        self.guide.setWordWrap(True)
        self.layout_.addWidget(self.guide)
        self.progress = QLabel()
        self.progress.setProperty("role", "hint")
        self.layout_.addWidget(self.progress)
        make_plain(self.floor, self.guide)  # the partners' names, and a pack's hints
        row = QHBoxLayout()
        self.primary = QPushButton()
        self.secondary = QPushButton()
        row.addWidget(self.primary)
        row.addWidget(self.secondary)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.finish_layout()
        self.primary.clicked.connect(self._primary)
        self.secondary.clicked.connect(self._secondary)
        self.render()

    def render(self) -> None:
        s = self.state
        speaker, listener = self.names[s.speaker], self.names[s.listener]
        phase = s.phase
        self.progress.setText(
            self.tr("Turn %1 of %2")
            .replace("%1", str(min(s.turn + 1, s.total_turns)))
            .replace("%2", str(s.total_turns))
        )
        self.secondary.setVisible(phase is TurnPhase.CHECK)
        self.primary.setVisible(phase is not TurnPhase.DONE)
        if phase is TurnPhase.SPEAK:
            self.floor.setText(self.tr("%1 has the floor").replace("%1", speaker))
            hint = self.step.speaker_hint or self.tr(
                "Speak for yourself, a little at a time, then pause."
            )
            self.guide.setText(
                self.tr("%1 speaks. %2 listens without answering back.")
                .replace("%1", speaker)
                .replace("%2", listener)
                + "\n"
                + hint
            )
            self.primary.setText(self.tr("%1: I've said my piece").replace("%1", speaker))
        elif phase is TurnPhase.PARAPHRASE:
            self.floor.setText(self.tr("%1 still has the floor").replace("%1", speaker))
            hint = self.step.listener_hint or self.tr(
                "Say back what you heard, in your own words. No fixing, no rebuttal."
            )
            self.guide.setText(
                self.tr("%1, say back what you heard.").replace("%1", listener) + "\n" + hint
            )
            self.primary.setText(self.tr("%1: I've said it back").replace("%1", listener))
        elif phase is TurnPhase.CHECK:
            self.floor.setText(self.tr("%1 has the floor").replace("%1", speaker))
            self.guide.setText(
                self.tr("%1, did %2 get it?").replace("%1", speaker).replace("%2", listener)
            )
            self.primary.setText(self.tr("Yes, that's it"))
            self.secondary.setText(self.tr("Not quite: I'll say it another way"))
        else:
            self.floor.setText(self.tr("You both had the floor"))
            self.guide.setText(self.tr("Well done. You can go on when you are ready."))
        self.floor.setAccessibleDescription(self.floor.text())
        accessible.announce(self, self.accessible_value(), self.guide.text())

    def accessible_value(self) -> str:
        return self.floor.text()

    def _primary(self) -> None:
        s = self.state
        if s.phase is TurnPhase.SPEAK:
            s.done_speaking()
        elif s.phase is TurnPhase.PARAPHRASE:
            s.paraphrased()
        elif s.phase is TurnPhase.CHECK:
            s.thats_it()
        self.render()
        self.advanced.emit()
        self.focus_first()

    def _secondary(self) -> None:
        self.state.not_quite()
        self.render()
        self.advanced.emit()
        self.focus_first()

    def focus_first(self) -> None:
        if self.primary.isVisible():
            self.primary.setFocus()
