"""Our agreements: what the couple committed to, and retiring one that no longer fits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAccessible, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from bond.domain.agreements import Agreement, ReviewOutcome
from bond.gui.forms.ui_agreements import Ui_Agreements
from bond.gui.widgets.accessible import shown_text

IdRole = Qt.ItemDataRole.UserRole + 1


class AgreementsScreen(QWidget):
    # A group named by its heading: a screen reader says it as the keyboard comes in.
    accessible_role = QAccessible.Role.Grouping

    retire_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Agreements()
        self.ui.setupUi(self)
        self.setAccessibleName(shown_text(self.ui.titleLabel))
        self.model = QStandardItemModel(self)
        self.ui.listView.setModel(self.model)
        self.ui.retireButton.clicked.connect(self._retire)

    def show_agreements(self, agreements: Sequence[Agreement], names: Mapping[str, str]) -> None:
        self.model.clear()
        outcomes = {
            ReviewOutcome.KEPT: self.tr("kept last time"),
            ReviewOutcome.PARTLY: self.tr("partly kept last time"),
            ReviewOutcome.NOT_YET: self.tr("not yet"),
        }
        for agreement in agreements:
            who = " & ".join(names.get(p, "?") for p in agreement.profile_ids)
            when = QLocale().toString(agreement.created_at.astimezone().date(), "d MMMM yyyy")
            extra = outcomes.get(agreement.last_outcome) if agreement.last_outcome else None
            meta = self.tr("%1, %2").replace("%1", who).replace("%2", when)
            if extra:
                meta += f" · {extra}"
            item = QStandardItem(f"{agreement.text}\n{meta}")
            item.setEditable(False)
            item.setData(agreement.id, IdRole)
            item.setData(f"{agreement.text}, {meta}", Qt.ItemDataRole.AccessibleTextRole)
            self.model.appendRow(item)
        empty = not agreements
        self.ui.emptyLabel.setVisible(empty)
        self.ui.listView.setVisible(not empty)
        self.ui.retireButton.setEnabled(not empty)
        if not empty:
            self.ui.listView.setCurrentIndex(self.model.index(0, 0))

    def _retire(self) -> None:
        index = self.ui.listView.currentIndex()
        if index.isValid():
            self.retire_requested.emit(str(index.data(IdRole)))

    def focus_first(self) -> None:
        (self.ui.listView if self.ui.listView.isVisible() else self.ui.titleLabel).setFocus()
