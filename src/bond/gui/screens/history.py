"""History: every past session for one person, newest first, opened read-only.

A private answer shows only to its own writer, and only once their PIN (if any) was given; the
partner sees that something was written privately, never what.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAccessible, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from bond.domain.answers import describe
from bond.domain.profiles import Profile
from bond.gui.forms.ui_history import Ui_History
from bond.gui.widgets.accessible import shown_text, speak_choices
from bond.gui.widgets.plain import make_plain
from bond.gui.widgets.wheel_safe import wheel_safe

if TYPE_CHECKING:
    from bond.services.history import HistoryItem, SessionDetail

IdRole = Qt.ItemDataRole.UserRole + 1


class HistoryScreen(QWidget):
    # A group named by its heading: a screen reader says it as the keyboard comes in.
    accessible_role = QAccessible.Role.Grouping

    person_chosen = Signal(str)
    session_chosen = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_History()
        self.ui.setupUi(self)
        self.setAccessibleName(shown_text(self.ui.titleLabel))
        wheel_safe(self)  # the wheel scrolls the page, not a box it passes over
        speak_choices(*self.findChildren(QComboBox))  # their new values, said
        self.model = QStandardItemModel(self)
        self.ui.listView.setModel(self.model)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.listView.selectionModel().currentChanged.connect(self._current_changed)
        self.ui.whoCombo.currentIndexChanged.connect(
            lambda _i: self.person_chosen.emit(self.profile_id())
        )
        self.ui.backButton.clicked.connect(self.back_requested)
        self.names: dict[str, str] = {}
        make_plain(self.ui.emptyLabel)  # names the person whose sessions are private
        self._empty_text = self.ui.emptyLabel.text()

    def set_people(self, profiles: Sequence[Profile], current: str | None = None) -> None:
        self.names = {p.id: p.name for p in profiles}
        combo = self.ui.whoCombo
        combo.blockSignals(True)
        combo.clear()
        for profile in profiles:
            combo.addItem(profile.name, profile.id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def profile_id(self) -> str:
        return str(self.ui.whoCombo.currentData())

    def _who(self, item: HistoryItem) -> str:
        names = [self.names.get(p, "?") for p in item.profile_ids]
        return self.tr("together") if item.together else ", ".join(names)

    def show_sessions(self, items: Sequence[HistoryItem]) -> None:
        self.model.clear()
        locale = QLocale()
        for item in items:
            day = locale.toString(item.day, "d MMM yyyy")
            row = QStandardItem(f"{day} · {item.title} ({self._who(item)})")
            row.setData(item.id, IdRole)
            row.setEditable(False)
            self.model.appendRow(row)
        self.ui.emptyLabel.setText(self._empty_text)
        self.ui.emptyLabel.setVisible(not items)
        self.ui.splitter.setVisible(bool(items))
        self.ui.detailView.clear()
        if items:
            self.ui.listView.setCurrentIndex(self.model.index(0, 0))

    def show_locked(self, name: str) -> None:
        self.model.clear()
        self.ui.detailView.clear()
        self.ui.splitter.hide()
        self.ui.emptyLabel.setText(
            self.tr("%1's past sessions are private. They open with %1's PIN.").replace("%1", name)
        )
        self.ui.emptyLabel.show()

    def _current_changed(self) -> None:
        index = self.ui.listView.currentIndex()
        if index.isValid():
            self.session_chosen.emit(str(index.data(IdRole)))

    def show_detail(self, detail: SessionDetail, names: Mapping[str, str]) -> None:
        """Read-only: what was written, step by step; hidden answers say only that they exist."""
        item = detail.session
        day = QLocale().toString(item.day, QLocale.FormatType.LongFormat)
        parts = [f"<h2>{html.escape(item.title)}</h2>", f"<p>{html.escape(day)}</p>"]
        for step in detail.steps:
            if not step.answers:
                continue
            parts.append(f"<h3>{html.escape(step.title)}</h3>")
            for answer in step.answers:
                who = names.get(answer.profile_id or "", self.tr("Together"))
                if answer.hidden:
                    text = self.tr("(written privately)")
                else:
                    text = describe(answer.value) or self.tr("(skipped)")
                    if answer.revealed:
                        text += " " + self.tr("(shared at the reveal)")
                parts.append(
                    f"<p><b>{html.escape(who)}:</b> {html.escape(text).replace(chr(10), '<br>')}"
                    "</p>"
                )
        self.ui.detailView.setHtml("".join(parts))

    def focus_first(self) -> None:
        (self.ui.listView if self.ui.splitter.isVisible() else self.ui.whoCombo).setFocus()
