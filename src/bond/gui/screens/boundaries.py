"""My boundaries: a person's saved statements, "I used this" notes, edit and retire.

Each list is private to its profile; only the chosen profile's list is unsealed and shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QWidget

from bond.domain.boundaries import FIELDS, Boundary
from bond.domain.profiles import Profile
from bond.gui.forms.ui_boundaries import Ui_Boundaries
from bond.gui.widgets.accessible import shown_text
from bond.gui.widgets.plain import make_plain
from bond.gui.widgets.wheel_safe import wheel_safe

IdRole = Qt.ItemDataRole.UserRole + 1


class BoundariesScreen(QWidget):
    # A group named by its heading: a screen reader says it as the keyboard comes in.
    accessible_role = QAccessible.Role.Grouping

    profile_chosen = Signal(str)
    save_requested = Signal(str, str, object)  # profile id, boundary id, fields
    used_requested = Signal(str, str, str, int)  # profile id, boundary id, note, rating
    retire_requested = Signal(str, str)  # profile id, boundary id
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Boundaries()
        self.ui.setupUi(self)
        self.setAccessibleName(shown_text(self.ui.titleLabel))
        wheel_safe(self)  # the wheel scrolls the page, not a box it passes over
        self.model = QStandardItemModel(self)
        self.ui.listView.setModel(self.model)
        self._boundaries: dict[str, Boundary] = {}
        ui = self.ui
        self.edits: dict[str, QLineEdit] = {
            "situation": ui.situationEdit,
            "feeling": ui.feelingEdit,
            "need": ui.needEdit,
            "words": ui.wordsEdit,
            "action": ui.actionEdit,
        }
        ui.profileCombo.currentIndexChanged.connect(
            lambda _i: self.profile_chosen.emit(str(ui.profileCombo.currentData()))
        )
        ui.listView.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        ui.saveButton.clicked.connect(self._save)
        ui.retireButton.clicked.connect(self._retire)
        ui.usedButton.clicked.connect(self._used)
        ui.unlockButton.clicked.connect(self.unlock_requested)
        ui.unlockButton.hide()
        make_plain(ui.emptyLabel, ui.statusLabel)  # a person's name, a message quoting a field
        ui.statusLabel.hide()  # shown only for a problem
        self._empty_text = ui.emptyLabel.text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_detail()

    def _fit_detail(self) -> None:
        """The form beside the list is never narrower than what it holds (long buttons in
        Spanish at 200%), so it never scrolls sideways: the list gives way instead."""
        ui = self.ui
        least = ui.scrollContents.minimumSizeHint().width()
        bar = ui.detailScroll.verticalScrollBar().sizeHint().width()
        ui.detailScroll.setMinimumWidth(least + bar + 2 * ui.detailScroll.frameWidth())

    def set_profiles(self, profiles: Sequence[Profile], current: str | None = None) -> None:
        combo = self.ui.profileCombo
        combo.blockSignals(True)
        combo.clear()
        for profile in profiles:
            combo.addItem(profile.name, profile.id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)
        self.ui.profileCombo.setVisible(len(profiles) > 1)
        self.ui.profileLabel.setVisible(len(profiles) > 1)

    def profile_id(self) -> str:
        return str(self.ui.profileCombo.currentData())

    def show_boundaries(self, boundaries: Sequence[Boundary]) -> None:
        current = self._current_id()
        self.model.clear()
        self._boundaries = {b.id: b for b in boundaries}
        for boundary in boundaries:
            title = boundary.words or boundary.action
            uses = self.tr("used %n time(s)", "", boundary.uses)
            item = QStandardItem(f"{title}\n{boundary.situation} · {uses}")
            item.setEditable(False)
            item.setData(boundary.id, IdRole)
            self.model.appendRow(item)
        empty = not boundaries
        self.ui.emptyLabel.setText(self._empty_text)
        self.ui.unlockButton.hide()
        self.ui.emptyLabel.setVisible(empty)
        self.ui.splitter.setVisible(not empty)
        if not empty:
            ids = [b.id for b in boundaries]
            row = ids.index(current) if current in ids else 0
            self.ui.listView.setCurrentIndex(self.model.index(row, 0))
        self._show_current()

    def _current_id(self) -> str | None:
        index = self.ui.listView.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else None

    def _show_current(self) -> None:
        boundary = self._boundaries.get(self._current_id() or "")
        for name, edit in self.edits.items():
            edit.setText(getattr(boundary, name) if boundary else "")
            edit.home(False)  # a sentence shows from its start, not its end
        self.ui.noteEdit.clear()
        self.show_status("")

    def _save(self) -> None:
        if (bid := self._current_id()) is not None:
            fields = {name: self.edits[name].text() for name in FIELDS}
            self.save_requested.emit(self.profile_id(), bid, fields)

    def _retire(self) -> None:
        if (bid := self._current_id()) is not None:
            self.retire_requested.emit(self.profile_id(), bid)

    def _used(self) -> None:
        if (bid := self._current_id()) is not None:
            self.used_requested.emit(
                self.profile_id(), bid, self.ui.noteEdit.text(), self.ui.ratingSpin.value()
            )

    def show_locked(self, name: str) -> None:
        """The chosen person has a PIN and it was not given: their list stays closed."""
        self.show_boundaries([])
        self.ui.emptyLabel.setText(
            self.tr("%1's list is private. It opens with %1's PIN.").replace("%1", name)
        )
        self.ui.unlockButton.show()
        self.ui.unlockButton.setFocus()

    def show_status(self, text: str) -> None:
        """A problem with what was typed, beside the form (a success is a toast instead)."""
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))

    def focus_first(self) -> None:
        target = (
            self.ui.listView
            if self.ui.splitter.isVisible()
            else self.ui.unlockButton
            if self.ui.unlockButton.isVisible()
            else self.ui.profileCombo
        )
        target.setFocus()
