"""The page before an exercise's first step: its title, a content note, the introduction, and
for two people the reminder that either can pause or stop. Its words are the runner's
(translation context ``RunnerScreen``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from bond.domain.exercises import Exercise
from bond.gui.widgets.plain import plain_label


def intro_page(exercise: Exercise, together: bool) -> QWidget:
    """A new page introducing ``exercise`` (its text may come from a clinic pack: plain)."""
    translate = QCoreApplication.translate
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)  # on the page's edge, under the runner's header

    def add(text: str, role: str = "") -> None:
        layout.addWidget(plain_label(text, role, wrap=True))

    add(exercise.title, "title")
    if exercise.content_note:
        note = translate("RunnerScreen", "Content note: %1")
        add(note.replace("%1", exercise.content_note), "note")
        add(
            translate(
                "RunnerScreen",
                "Press Next to go ahead, or Stop if now is not the time. Either is fine.",
            )
        )
    add(exercise.intro)
    if together:
        add(
            translate(
                "RunnerScreen",
                "Both of you can pause or stop at any time, without giving a reason. "
                "Get support now is always on F1.",
            ),
            "hint",
        )
    if exercise.based_on:
        add(exercise.based_on, "hint")
    layout.addStretch(1)
    return box
