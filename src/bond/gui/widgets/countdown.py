"""A countdown with a return time both partners agree; "ready early" and "more time".

The remaining time is also given as text (and as the accessible description), not only drawn.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, QTime, QTimer, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from bond.gui.widgets import accessible
from bond.gui.widgets.wheel_safe import guard


def format_remaining(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"


def clock(when: datetime) -> str:
    """A time of day as the interface language writes it (14:30, 2:30 PM)."""
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


class Countdown(QWidget):
    state_changed = Signal()
    finished = Signal()
    accessible_role = QAccessible.Role.Grouping

    def __init__(
        self, minutes: int, min_minutes: int, *, is_break: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        accessible.install()
        self.setAccessibleName(self.tr("Break timer") if is_break else self.tr("Timer"))
        self._is_break = is_break
        self._remaining = 0
        self._running = False
        self.return_at: datetime | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Minutes"))
        self.minutes = QSpinBox()
        self.minutes.setRange(max(1, min_minutes), 120)
        self.minutes.setValue(max(minutes, min_minutes, 1))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        guard(self.minutes)  # the wheel scrolls the step, not the minutes it passes over
        label.setBuddy(self.minutes)
        row.addWidget(label)
        row.addWidget(self.minutes)
        self.start_button = QPushButton(self.tr("Start the &timer"))
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.return_label = QLabel()
        self.return_label.setWordWrap(True)
        self.return_label.setProperty("role", "emergency")
        self.return_label.setAccessibleName(self.tr("When to come back"))
        layout.addWidget(self.return_label)
        self.remaining_label = QLabel()
        self.remaining_label.setProperty("role", "title")
        self.remaining_label.setAccessibleName(self.tr("Time left"))
        layout.addWidget(self.remaining_label)
        buttons = QHBoxLayout()
        self.early_button = QPushButton(
            self.tr("We're read&y early") if is_break else self.tr("&Finish early")
        )
        self.more_button = QPushButton(
            self.tr("&We need more time (+5 minutes)")
            if is_break
            else self.tr("More time (+&5 minutes)")
        )
        buttons.addWidget(self.early_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self.start_button.clicked.connect(self.start)
        self.early_button.clicked.connect(self.end)
        self.more_button.clicked.connect(self.more_time)
        self.minutes.valueChanged.connect(self._preview)
        self._preview()
        self._update_buttons()

    def _preview(self) -> None:
        if self._running:
            return
        back = datetime.now() + timedelta(minutes=self.minutes.value())
        text = (
            self.tr("Agree now: you come back at %1.")
            if self._is_break
            else self.tr("It ends at %1.")
        ).replace("%1", clock(back))
        self.return_label.setText(text)
        self.remaining_label.setText(format_remaining(self.minutes.value() * 60))
        accessible.announce(self, self.accessible_value(), text)

    def accessible_value(self) -> str:
        return self.remaining_label.text()

    def start(self) -> None:
        self._remaining = self.minutes.value() * 60
        self.return_at = datetime.now() + timedelta(seconds=self._remaining)
        self._running = True
        self._tick.start()
        self._show_return()
        self._update_buttons()
        self.state_changed.emit()

    def _show_return(self) -> None:
        if self.return_at is None:
            return
        text = (
            self.tr("Come back together at %1.") if self._is_break else self.tr("It ends at %1.")
        ).replace("%1", clock(self.return_at))
        self.return_label.setText(text)
        self.remaining_label.setText(format_remaining(self._remaining))
        left = self.tr("%n minute(s) left", "", (self._remaining + 59) // 60)
        self.remaining_label.setAccessibleDescription(left)
        if self.accessibleDescription() != f"{text} {left}":  # once a minute, not every second
            accessible.announce(self, self.accessible_value(), f"{text} {left}")
            accessible.tell_focused(self, f"{text} {left}")

    def more_time(self) -> None:
        if not self._running:
            self.minutes.setValue(self.minutes.value() + 5)
            return
        self._remaining += 5 * 60
        if self.return_at is not None:
            self.return_at += timedelta(minutes=5)
        self._show_return()
        self.state_changed.emit()

    def _on_tick(self) -> None:
        self._remaining -= 1
        self._show_return()
        if self._remaining <= 0:
            self.end()

    def end(self) -> None:
        self._tick.stop()
        self._running = False
        self._remaining = 0
        self.remaining_label.setText(
            self.tr("Time is up. Welcome back.") if self._is_break else self.tr("Done.")
        )
        accessible.announce(self, self.accessible_value(), self.remaining_label.text())
        accessible.tell_focused(self, self.remaining_label.text())
        self._update_buttons()
        self.state_changed.emit()
        self.finished.emit()

    def _update_buttons(self) -> None:
        if self._running:
            self.early_button.setEnabled(True)
            accessible.hand_over(self.start_button, self.early_button)
        else:
            self.start_button.setEnabled(True)
            accessible.hand_over(self.early_button, self.start_button)
        self.start_button.setEnabled(not self._running)
        self.minutes.setEnabled(not self._running)
        self.early_button.setEnabled(self._running)

    @property
    def running(self) -> bool:
        return self._running
