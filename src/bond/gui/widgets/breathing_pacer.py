"""A breathing pacer: a circle that grows on the in-breath and shrinks on the out-breath.

Every phase is also announced as text ("Breathe in, 4"), so it works without seeing the circle;
with reduced motion the circle stays still and only the words change.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bond.gui.widgets import accessible


class _Circle(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.3
        self.setMinimumSize(180, 180)
        self.setAccessibleName(self.tr("Breathing circle"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        radius = side / 2 * (0.35 + 0.65 * self.fraction)
        centre = self.rect().center()
        color = QColor(self.palette().highlight().color())
        color.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(
            QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2)
        )


class BreathingPacer(QWidget):
    finished = Signal()
    accessible_role = QAccessible.Role.Animation

    def __init__(
        self,
        inhale: int,
        hold: int,
        exhale: int,
        hold_out: int,
        cycles: int,
        *,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        accessible.install()
        self.setAccessibleName(self.tr("Breathing pacer"))
        self.phases = [
            (self.tr("Breathe in"), inhale, "in"),
            (self.tr("Hold"), hold, "hold"),
            (self.tr("Breathe out"), exhale, "out"),
            (self.tr("Rest"), hold_out, "hold"),
        ]
        self.phases = [p for p in self.phases if p[1] > 0]
        self.cycles = cycles
        self.reduced_motion = reduced_motion
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.circle = _Circle()
        layout.addWidget(self.circle, 1)
        self.circle.setVisible(not reduced_motion)  # once in the layout: before, a window
        self.phase_label = QLabel(self.tr("Press Start when you are ready."))
        self.phase_label.setProperty("role", "title")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setAccessibleName(self.tr("Breathing phase"))
        layout.addWidget(self.phase_label)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setProperty("role", "hint")
        layout.addWidget(self.count_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(self.tr("Start breath&ing"))
        # Not "Stop": the runner has its own, which ends the exercise (two Stops confused).
        self.stop_button = QPushButton(self.tr("Stop the &guide"))
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        self._cycle = self._phase = 0
        self._elapsed = 0.0
        self._said = ""
        self._say(self.phase_label.text())

    def _say(self, phase: str) -> None:
        """Announce a new phase in words (once per phase, not with every count)."""
        if phase != self._said:
            self._said = phase
            accessible.announce(self, self.accessible_value(), phase)
            accessible.tell_focused(self, phase)  # said while the keyboard is on Start or Stop

    def accessible_value(self) -> str:
        return self.phase_label.text()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._cycle = self._phase = 0
        self._elapsed = 0.0
        self._timer.start()
        self._buttons(running=True)
        self._announce()

    def stop(self) -> None:
        self._timer.stop()
        self._buttons(running=False)
        self.phase_label.setText(self.tr("Stopped. You can start again any time."))
        self._say(self.phase_label.text())

    def _buttons(self, *, running: bool) -> None:
        """Start or Stop, and the keyboard on the one that can be pressed."""
        now, before = (
            (self.stop_button, self.start_button)
            if running
            else (self.start_button, self.stop_button)
        )
        now.setEnabled(True)
        accessible.hand_over(before, now)
        before.setEnabled(False)

    def _announce(self) -> None:
        name, seconds, _ = self.phases[self._phase]
        left = max(1, round(seconds - self._elapsed))
        self.phase_label.setText(f"{name}… {left}")
        self.count_label.setText(
            self.tr("Breath %1 of %2")
            .replace("%1", str(self._cycle + 1))
            .replace("%2", str(self.cycles))
        )
        self._say(f"{name}. {self.count_label.text()}")

    def _tick(self) -> None:
        self._elapsed += 0.1
        _name, seconds, kind = self.phases[self._phase]
        if self._elapsed >= seconds:
            self._elapsed = 0.0
            self._phase += 1
            if self._phase >= len(self.phases):
                self._phase = 0
                self._cycle += 1
                if self._cycle >= self.cycles:
                    self._timer.stop()
                    self._buttons(running=False)
                    self.phase_label.setText(self.tr("Well done. Notice how you feel now."))
                    self._say(self.phase_label.text())
                    self.finished.emit()
                    return
            _name, seconds, kind = self.phases[self._phase]
        if not self.reduced_motion:
            progress = self._elapsed / seconds if seconds else 1.0
            self.circle.fraction = (
                progress
                if kind == "in"
                else 1 - progress
                if kind == "out"
                else self.circle.fraction
            )
            self.circle.update()
        self._announce()
