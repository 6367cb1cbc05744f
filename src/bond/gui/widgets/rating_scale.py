"""A 0–10 scale with worded anchors, keyboard-first: arrows move, the value is announced."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from bond.gui.widgets import accessible


class RatingScale(QWidget):
    value_changed = Signal(int)
    accessible_role = QAccessible.Role.Grouping

    def __init__(self, low: str, high: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible.install()
        self.setAccessibleName(
            self.tr("Rating from 0, %1, to 10, %2").replace("%1", low).replace("%2", high)
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for n in range(11):
            button = QRadioButton(str(n))
            anchor = f" ({low})" if n == 0 else f" ({high})" if n == 10 else ""
            button.setAccessibleName(f"{n}{anchor}")
            self.group.addButton(button, n)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)
        anchors = QHBoxLayout()
        low_label, high_label = QLabel(f"0 = {low}"), QLabel(f"10 = {high}")
        for label in (low_label, high_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # the anchors may come from a pack
            label.setProperty("role", "hint")
        anchors.addWidget(low_label)
        anchors.addStretch(1)
        anchors.addWidget(high_label)
        outer.addLayout(anchors)
        self.group.idToggled.connect(self._toggled)
        self.setAccessibleDescription(self.tr("Nothing chosen yet"))
        for button in self.buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys choose, not only move: nothing is chosen until a person picks."""
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons:
            key = event.key()  # type: ignore[attr-defined]
            step = {
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_Up: 1,
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Down: -1,
            }.get(key)
            if step is not None:
                current = self.buttons.index(watched)  # type: ignore[arg-type]
                target = self.buttons[max(0, min(10, current + step))]
                target.setChecked(True)
                target.setFocus()
                return True
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                watched.setChecked(True)  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)

    def _toggled(self, n: int, checked: bool) -> None:
        if checked:
            accessible.announce(self, str(n), self.tr("%1 out of 10").replace("%1", str(n)))
            self.value_changed.emit(n)

    def accessible_value(self) -> str:
        n = self.value()
        return "" if n is None else str(n)

    def value(self) -> int | None:
        n = self.group.checkedId()
        return None if n < 0 else n

    def set_value(self, n: int | None) -> None:
        if n is not None and 0 <= n <= 10:
            self.buttons[n].setChecked(True)

    def focus_first(self) -> None:
        n = self.value()
        self.buttons[n if n is not None else 0].setFocus()
