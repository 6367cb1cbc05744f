"""The start of a weekly check-in: how did last week's agreements go?"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bond.domain.agreements import Agreement, ReviewOutcome
from bond.gui.widgets.plain import plain_label


class AgreementReview(QWidget):
    reviewed = Signal(str, str, str)  # agreement id, outcome, new text ("" unless changed)

    def __init__(self, agreements: Sequence[Agreement], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Last time you agreed"))
        title.setProperty("role", "subtitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "For each one: how did it go? There is no wrong answer; "
                '"not yet" is useful to know.'
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows: dict[str, QGroupBox] = {}
        labels = {
            ReviewOutcome.KEPT: self.tr("Kept"),
            ReviewOutcome.PARTLY: self.tr("Partly"),
            ReviewOutcome.NOT_YET: self.tr("Not yet"),
            ReviewOutcome.CHANGED: self.tr("Change it"),
            ReviewOutcome.RETIRED: self.tr("Retire it"),
        }
        for agreement in agreements:
            box = QGroupBox()
            inner = QVBoxLayout(box)
            inner.addWidget(plain_label(agreement.text, wrap=True))
            row = QHBoxLayout()
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("The new wording"))
            edit.setAccessibleName(self.tr("New wording for this agreement"))
            edit.hide()
            for outcome, label in labels.items():
                button = QPushButton(label)
                button.setAccessibleName(f"{label}: {agreement.text}")
                button.clicked.connect(
                    lambda _c=False, a=agreement.id, o=outcome, e=edit: self._choose(a, o, e)
                )
                row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
            inner.addWidget(edit)
            edit.returnPressed.connect(lambda a=agreement.id, e=edit: self._submit_change(a, e))
            self.rows[agreement.id] = box
            layout.addWidget(box)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _choose(self, agreement_id: str, outcome: ReviewOutcome, edit: QLineEdit) -> None:
        if outcome is ReviewOutcome.CHANGED:
            edit.show()
            edit.setFocus()
            return
        self._done(agreement_id, outcome, "")

    def _submit_change(self, agreement_id: str, edit: QLineEdit) -> None:
        if edit.text().strip():
            self._done(agreement_id, ReviewOutcome.CHANGED, edit.text().strip())

    def _done(self, agreement_id: str, outcome: ReviewOutcome, new_text: str) -> None:
        box = self.rows[agreement_id]
        box.setEnabled(False)
        box.setTitle(self.tr("Noted"))
        self.reviewed.emit(agreement_id, outcome.value, new_text)
        remaining = [b for b in self.rows.values() if b.isEnabled()]
        self.status.setText(self.tr("All reviewed.") if not remaining else "")
        if remaining:
            remaining[0].findChild(QPushButton).setFocus()  # type: ignore[union-attr]

    def focus_first(self) -> None:
        for box in self.rows.values():
            if box.isEnabled():
                button = box.findChild(QPushButton)
                if button is not None:
                    button.setFocus()
                return
