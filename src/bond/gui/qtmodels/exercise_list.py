"""The exercise catalogue as a list model: one row per exercise, filtered by the browser."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from bond.domain.exercises import Exercise, Mode

ExerciseRole = Qt.ItemDataRole.UserRole + 1


def mode_words(mode: Mode) -> str:
    translate = QCoreApplication.translate
    return {
        Mode.TOGETHER: translate("Exercises", "together"),
        Mode.SOLO: translate("Exercises", "alone"),
        Mode.BOTH: translate("Exercises", "together or alone"),
    }[mode]


def minutes_words(minutes: tuple[int, int]) -> str:
    low, high = minutes
    span = str(low) if low == high else f"{low}–{high}"
    return QCoreApplication.translate("Exercises", "%1 min").replace("%1", span)


class ExerciseListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Exercise] = []
        self._featured: frozenset[str] = frozenset()
        self._featured_note = ""

    def set_featured(self, ids: Sequence[str], note: str) -> None:
        """Mark a clinic's suggestions with ``note`` ("Suggested by <organisation>")."""
        self.beginResetModel()
        self._featured = frozenset(ids)
        self._featured_note = note
        self.endResetModel()

    def set_exercises(self, exercises: Sequence[Exercise]) -> None:
        self.beginResetModel()
        self._items = list(exercises)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def exercise(self, row: int) -> Exercise | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        exercise = self.exercise(index.row())
        if exercise is None:
            return None
        meta = f"{minutes_words(exercise.minutes)} · {mode_words(exercise.mode)}"
        if exercise.id in self._featured:
            meta = f"{meta} · {self._featured_note}"
        if role == Qt.ItemDataRole.DisplayRole:
            note = (
                "\n" + QCoreApplication.translate("Exercises", "Content note")
                if exercise.content_note
                else ""
            )
            return f"{exercise.title}\n{meta}{note}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{exercise.title}, {meta}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return exercise.summary
        if role == ExerciseRole:
            return exercise
        return None
