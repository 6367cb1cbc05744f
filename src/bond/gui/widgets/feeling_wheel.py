"""The feeling wheel: core feelings open to finer words; several words can be picked.

Built from toggle buttons rather than a painted circle, so every word is a real, focusable,
named control for the keyboard and for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from bond.domain.exercises import FeelingGroup
from bond.gui.widgets import accessible
from bond.gui.widgets.plain import plain_label


class FeelingWheel(QWidget):
    words_changed = Signal()
    accessible_role = QAccessible.Role.Grouping

    def __init__(self, groups: Sequence[FeelingGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible.install()
        self.setAccessibleName(self.tr("Feeling wheel"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        cores = QGridLayout()
        self._word_buttons: dict[str, QPushButton] = {}
        self._panels: dict[str, QWidget] = {}
        self._core_buttons: dict[str, QPushButton] = {}
        for i, group in enumerate(groups):
            core = QPushButton(group.name)
            core.setCheckable(True)
            core.setProperty("role", "core-feeling")
            core.setAccessibleName(self.tr("%1: show words").replace("%1", group.name))
            core.toggled.connect(lambda on, g=group.id: self._open(g, on))
            cores.addWidget(core, i // 4, i % 4)
            self._core_buttons[group.id] = core
        layout.addLayout(cores)
        for group in groups:
            panel = QWidget()
            grid = QGridLayout(panel)
            grid.setContentsMargins(12, 4, 0, 4)
            heading = plain_label(group.name, "hint")  # the words may come from a pack
            grid.addWidget(heading, 0, 0, 1, 3)
            for j, word in enumerate(group.words):
                button = QPushButton(word)
                button.setCheckable(True)
                button.setProperty("role", "feeling-word")
                button.setAccessibleName(word)
                button.toggled.connect(self._word_toggled)
                grid.addWidget(button, 1 + j // 3, j % 3)
                self._word_buttons[word] = button
            panel.hide()
            layout.addWidget(panel)
            self._panels[group.id] = panel
        self.chosen_label = plain_label(wrap=True)  # the feelings chosen
        self.chosen_label.setAccessibleName(self.tr("Words you picked"))
        layout.addWidget(self.chosen_label)
        self._update_chosen()

    def _open(self, group_id: str, on: bool) -> None:
        self._panels[group_id].setVisible(on)

    def _word_toggled(self) -> None:
        self._update_chosen()
        self.words_changed.emit()

    def _update_chosen(self) -> None:
        words = self.words()
        self.chosen_label.setText(
            self.tr("You picked: %1").replace("%1", ", ".join(words))
            if words
            else self.tr("Pick as many words as fit, or none.")
        )
        accessible.announce(self, self.accessible_value(), self.chosen_label.text())

    def accessible_value(self) -> str:
        return ", ".join(self.words())

    def words(self) -> list[str]:
        return [w for w, b in self._word_buttons.items() if b.isChecked()]

    def set_words(self, words: Sequence[str]) -> None:
        for word, button in self._word_buttons.items():
            button.blockSignals(True)
            button.setChecked(word in words)
            button.blockSignals(False)
        for group_id, panel in self._panels.items():
            has = any(self._word_buttons[w].isChecked() for w in self._panel_words(panel))
            if has:
                self._core_buttons[group_id].setChecked(True)
        self._update_chosen()

    def _panel_words(self, panel: QWidget) -> list[str]:
        return [b.text() for b in panel.findChildren(QPushButton)]

    def focus_first(self) -> None:
        next(iter(self._core_buttons.values())).setFocus()
