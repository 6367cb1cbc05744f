"""The contract every step widget keeps with the runner."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QVBoxLayout, QWidget

from bond.domain.exercises import Step
from bond.gui.widgets.accessible_role import install
from bond.gui.widgets.more_about import MoreAbout
from bond.gui.widgets.plain import plain_label


class StepWidget(QWidget):
    """Shows one step; emits ``changed`` when its answer changes so the runner can save it.

    A group, which the runner names by the step's number and question: a screen reader says
    the name as focus enters the step, once, before the control that takes focus.
    """

    changed = Signal()
    accessible_role = QAccessible.Role.Grouping

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        install()  # before Qt makes this widget's interface, which asks the factory
        super().__init__(parent)
        self.step = step
        self.prompts: tuple[str, ...] = ()  # questions drawn from the step's bank, if any
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        if step.title:
            # A clinic pack's text, shown as typed.
            self.layout_.addWidget(plain_label(step.title, "subtitle", wrap=True))
        if step.text:
            text = plain_label(step.text, "step-text", wrap=True)
            self.layout_.addWidget(text)
            self.text_label = text
        self.more = MoreAbout(step.more) if step.more else None
        if self.more is not None:
            self.layout_.addWidget(self.more)

    def show_prompts(self, prompts: Sequence[str]) -> None:
        """Questions drawn from the step's bank, under its text: a place to start, if wanted."""
        if not prompts:
            return
        above = self.more or getattr(self, "text_label", None)  # under the text and its more
        at = self.layout_.indexOf(above) + 1 if above is not None else self.layout_.count()
        self.prompts = tuple(prompts)
        lead = self._lead()
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(plain_label(lead, "hint", wrap=True))
        for prompt in prompts:  # a bank's text (a clinic pack's too), shown as typed
            box.addWidget(plain_label(f"\N{BULLET} {prompt}", "prompt", wrap=True))
        self.layout_.insertLayout(at, box)

    def spoken(self) -> tuple[str, ...]:
        """What the runner adds to the step's name for a screen reader: the drawn questions."""
        return (self._lead(), *self.prompts) if self.prompts else ()

    def _lead(self) -> str:
        if len(self.prompts) == 1:
            return self.tr("A question to start from, if you like:")
        return self.tr("Questions to start from, if you like:")

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        """Show a saved answer (resuming, or coming back to a step)."""

    def focus_first(self) -> None:
        """The keyboard on the step's first control; a step with none (text to read) leaves
        the focus alone, and the runner puts it on Next."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and self.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def finish_layout(self) -> None:
        self.layout_.addStretch(1)
