"""One widget per answer-taking step type, all behind :class:`StepWidget`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from bond.domain.exercises import FeelingGroup, Step, StepType
from bond.gui.widgets.breathing_pacer import BreathingPacer
from bond.gui.widgets.countdown import Countdown
from bond.gui.widgets.feeling_wheel import FeelingWheel
from bond.gui.widgets.rating_scale import RatingScale
from bond.gui.widgets.step_base import StepWidget
from bond.gui.widgets.wheel_safe import guard
from bond.gui.widgets.wrap_buttons import WrapCheckBox, WrapRadioButton

MAX_TEXT = 5000


def _text_box(name: str, placeholder: str = "", lines: int = 5) -> QPlainTextEdit:
    """A multi-line box about ``lines`` lines tall at any text size; Tab moves on."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 18)
    box.setTabChangesFocus(True)
    return box


class InfoStep(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.finish_layout()

    def focus_first(self) -> None:
        """Nothing to answer: the runner puts the keyboard on Next ("More about this", if the
        step has one, is a Shift+Tab away)."""


class RatingStep(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.scale = RatingScale(step.low, step.high)
        self.scale.value_changed.connect(lambda _n: self.changed.emit())
        self.layout_.addWidget(self.scale)
        self.finish_layout()

    def value(self) -> Any:
        n = self.scale.value()
        return None if n is None else {"value": n}

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict) and isinstance(value.get("value"), int):
            self.scale.set_value(value["value"])

    def focus_first(self) -> None:
        self.scale.focus_first()


class TextStep(StepWidget):
    def __init__(
        self, step: Step, prompts: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(step, parent)
        self.show_prompts(prompts)
        self.box = _text_box(
            step.title or self.tr("Your answer"),
            step.placeholder or self.tr("Only as much as you want."),
        )
        self.box.textChanged.connect(self._changed)
        self.layout_.addWidget(self.box, 1)

    def _changed(self) -> None:
        if len(self.box.toPlainText()) > MAX_TEXT:
            self.box.setPlainText(self.box.toPlainText()[:MAX_TEXT])
        self.changed.emit()

    def value(self) -> Any:
        return {"text": self.box.toPlainText()}

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict):
            self.box.blockSignals(True)
            self.box.setPlainText(str(value.get("text", "")))
            self.box.blockSignals(False)

    def focus_first(self) -> None:
        self.box.setFocus()


class ChoiceStep(StepWidget):
    def __init__(
        self, step: Step, options: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(step, parent)
        self.multi = step.type in (StepType.MULTI_CHOICE, StepType.CHECKLIST)
        self.drawn = tuple(options) if step.bank else ()
        options = self.drawn or (step.items if step.type is StepType.CHECKLIST else step.options)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multi)
        self.buttons: list[QCheckBox | QRadioButton] = []
        for option in options:
            button: QCheckBox | QRadioButton = (
                WrapCheckBox(option) if self.multi else WrapRadioButton(option)
            )
            button.setAccessibleName(option)
            self.group.addButton(button)
            self.buttons.append(button)
            self.layout_.addWidget(button)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.finish_layout()

    def value(self) -> Any:
        chosen = [b.text() for b in self.buttons if b.isChecked()]
        if self.drawn:  # keep the drawn questions with the answer, so resuming shows the same
            return {"options": list(self.drawn), "choices": chosen}
        if self.multi:
            return {"choices": chosen}
        return {"choice": chosen[0]} if chosen else None

    def set_value(self, value: Any) -> None:
        if not isinstance(value, dict):
            return
        chosen = value.get("choices") or ([value["choice"]] if value.get("choice") else [])
        for button in self.buttons:
            button.blockSignals(True)
            button.setChecked(button.text() in chosen)
            button.blockSignals(False)

    def focus_first(self) -> None:
        if self.buttons:
            checked = [b for b in self.buttons if b.isChecked()]
            (checked or self.buttons)[0].setFocus()


class FeelingsStep(StepWidget):
    def __init__(
        self, step: Step, feelings: Sequence[FeelingGroup], parent: QWidget | None = None
    ) -> None:
        super().__init__(step, parent)
        self.wheel = FeelingWheel(feelings)
        self.wheel.words_changed.connect(self.changed)
        self.layout_.addWidget(self.wheel)
        self.finish_layout()

    def value(self) -> Any:
        return {"words": self.wheel.words()}

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict):
            self.wheel.set_words([str(w) for w in value.get("words", [])])

    def focus_first(self) -> None:
        self.wheel.focus_first()


class TimerStep(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.countdown = Countdown(step.minutes, step.min_minutes, is_break=step.purpose == "break")
        self.countdown.state_changed.connect(self.changed)
        self.layout_.addWidget(self.countdown)
        self.finish_layout()

    def value(self) -> Any:
        at = self.countdown.return_at
        return {
            "minutes": self.countdown.minutes.value(),
            "return_at": at.isoformat(timespec="minutes") if at else None,
            "running": self.countdown.running,
        }

    def focus_first(self) -> None:
        self.countdown.start_button.setFocus()


class BreathingStep(StepWidget):
    def __init__(self, step: Step, *, reduced_motion: bool, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.pacer = BreathingPacer(
            step.inhale,
            step.hold,
            step.exhale,
            step.hold_out,
            step.cycles,
            reduced_motion=reduced_motion,
        )
        self.layout_.addWidget(self.pacer, 1)

    def focus_first(self) -> None:
        self.pacer.start_button.setFocus()


class AgreementStep(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        self.box = _text_box(self.tr("Our agreement"), self.tr("One small, doable thing."), 3)
        self.box.textChanged.connect(self.changed)
        self.layout_.addWidget(self.box)
        self.review = QCheckBox(self.tr("Look at it again on a set &day"))
        self.date = QDateEdit(QDate.currentDate().addDays(7))
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Review date"))
        guard(self.date)  # the wheel scrolls the step, not the date it passes over
        self.date.setEnabled(False)
        self.review.toggled.connect(self.date.setEnabled)
        self.review.toggled.connect(lambda _on: self.changed.emit())
        self.date.dateChanged.connect(lambda _d: self.changed.emit())
        self.layout_.addWidget(self.review)
        self.layout_.addWidget(self.date)
        # Only once they have a parent: shown before, each was a window of its own for a
        # moment, which took the keyboard away from Bond's window (nothing had focus after).
        self.review.setVisible(step.review_date)
        self.date.setVisible(step.review_date)
        self.finish_layout()

    def value(self) -> Any:
        review = self.date.date().toPython() if self.review.isChecked() else None
        assert review is None or isinstance(review, date)
        return {"text": self.box.toPlainText(), "review_on": review.isoformat() if review else None}

    def set_value(self, value: Any) -> None:
        if not isinstance(value, dict):
            return
        self.box.blockSignals(True)
        self.box.setPlainText(str(value.get("text", "")))
        self.box.blockSignals(False)
        if value.get("review_on"):
            self.review.setChecked(True)
            self.date.setDate(QDate.fromString(str(value["review_on"]), "yyyy-MM-dd"))

    def focus_first(self) -> None:
        self.box.setFocus()


class BoundaryStep(StepWidget):
    FIELDS = ("situation", "feeling", "need", "words", "action")

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(step, parent)
        # No mnemonics here: they would clash with the runner's buttons; Tab moves between fields.
        labels = {
            "situation": self.tr("The situation"),
            "feeling": self.tr("How I feel"),
            "need": self.tr("What I need"),
            "words": self.tr("The words I'll use"),
            "action": self.tr("What I'll do if it is crossed"),
        }
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: labels on top
        self.boxes: dict[str, QPlainTextEdit] = {}
        for name in self.FIELDS:
            box = _text_box(labels[name].replace("&", ""), "", 2)
            box.setMaximumHeight(box.minimumHeight())
            box.textChanged.connect(self.changed)
            form.addRow(labels[name], box)
            label = form.labelForField(box)
            if label is not None:
                label.setBuddy(box)  # type: ignore[attr-defined]
            self.boxes[name] = box
        self.layout_.addLayout(form)
        self.finish_layout()

    def value(self) -> Any:
        return {name: box.toPlainText() for name, box in self.boxes.items()}

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict):
            for name, box in self.boxes.items():
                box.blockSignals(True)
                box.setPlainText(str(value.get(name, "")))
                box.blockSignals(False)

    def focus_first(self) -> None:
        self.boxes["situation"].setFocus()


def make_step_widget(
    step: Step,
    feelings: Sequence[FeelingGroup],
    *,
    reduced_motion: bool = False,
    options: Sequence[str] = (),
) -> StepWidget:
    match step.type:
        case StepType.RATING:
            return RatingStep(step)
        case StepType.TEXT:
            return TextStep(step, options)
        case StepType.CHOICE | StepType.MULTI_CHOICE | StepType.CHECKLIST:
            return ChoiceStep(step, options)
        case StepType.FEELINGS:
            return FeelingsStep(step, feelings)
        case StepType.TIMER:
            return TimerStep(step)
        case StepType.BREATHING:
            return BreathingStep(step, reduced_motion=reduced_motion)
        case StepType.AGREEMENT:
            return AgreementStep(step)
        case StepType.BOUNDARY:
            return BoundaryStep(step)
        case _:
            return InfoStep(step)
