"""The exercise browser: categories, together/alone and time filters, and a detail panel."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from bond.content.catalog import Catalog
from bond.domain.exercises import Category, Exercise, Mode
from bond.gui.forms.ui_exercises import Ui_Exercises
from bond.gui.qtmodels.exercise_list import ExerciseListModel, minutes_words, mode_words


class ExercisesScreen(QWidget):
    start_requested = Signal(str, bool)  # exercise id, together
    article_requested = Signal(str)
    return_requested = Signal()

    def __init__(
        self,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        featured: tuple[str, ...] = (),
        organisation: str = "",
    ) -> None:
        """``featured``: exercise ids an organisation suggests; they come first, marked."""
        super().__init__(parent)
        self.ui = Ui_Exercises()
        self.ui.setupUi(self)
        self.ui.returnButton.hide()
        self.ui.returnButton.clicked.connect(self.return_requested)
        self.ui.readMoreLabel.linkActivated.connect(
            lambda link: self.article_requested.emit(link.rsplit("/", 1)[-1])
        )
        self.catalog = catalog
        self.can_do_together = False
        ui = self.ui
        ui.categoryCombo.addItem(self.tr("All kinds"), None)
        names = {
            Category.CHECK_INS: self.tr("Check-ins"),
            Category.BOUNDARIES: self.tr("Boundaries"),
            Category.CONFLICT_REPAIR: self.tr("Conflict repair"),
            Category.REGULATION: self.tr("Calming and grounding"),
            Category.CONNECTION: self.tr("Connection"),
        }
        for category, name in names.items():
            ui.categoryCombo.addItem(name, category.value)
        ui.whoCombo.addItem(self.tr("Together or alone"), None)
        ui.whoCombo.addItem(self.tr("Together"), True)
        ui.whoCombo.addItem(self.tr("Alone"), False)
        ui.timeCombo.addItem(self.tr("Any length"), None)
        for minutes in (5, 15, 30):
            ui.timeCombo.addItem(self.tr("Up to %1 minutes").replace("%1", str(minutes)), minutes)
        self.model = ExerciseListModel(self)
        self.featured = tuple(e for e in featured if e in catalog.exercises)
        self.model.set_featured(
            self.featured, self.tr("Suggested by %1").replace("%1", organisation)
        )
        ui.listView.setModel(self.model)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        for combo in (ui.categoryCombo, ui.whoCombo, ui.timeCombo):
            combo.currentIndexChanged.connect(self.refresh)
        # Large text or a long language can make the three filters wider than the window; then
        # the time filter moves to a row of its own rather than every combo being cut short.
        self._second_filter_row = QHBoxLayout()
        self._second_filter_row.addStretch(1)
        ui.exercisesLayout.insertLayout(
            ui.exercisesLayout.indexOf(ui.filterRow) + 1, self._second_filter_row
        )
        ui.listView.selectionModel().selectionChanged.connect(self._selected)
        ui.togetherButton.clicked.connect(lambda: self._start(True))
        ui.aloneButton.clicked.connect(lambda: self._start(False))
        ui.listView.activated.connect(
            lambda _i: (
                ui.togetherButton.setFocus()
                if ui.togetherButton.isEnabled()
                else ui.aloneButton.setFocus()
            )
        )
        # Exercise text may come from a clinic pack: shown as typed, never read as markup. The
        # detail text is our own markup around escaped content.
        for label in (ui.detailTitle, ui.detailMeta, ui.contentNote, ui.sourcesLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        ui.detailText.setTextFormat(Qt.TextFormat.RichText)
        problems = len(catalog.problems)
        ui.noticeLabel.setVisible(bool(problems))
        ui.noticeLabel.setText(
            self.tr(
                "%n content file(s) could not be loaded and were skipped. Details are in the log.",
                "",
                problems,
            )
        )
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow_filters()

    def _reflow_filters(self) -> None:
        ui = self.ui
        pairs = [
            (ui.categoryLabel, ui.categoryCombo),
            (ui.whoLabel, ui.whoCombo),
            (ui.timeLabel, ui.timeCombo),
        ]
        spacing = max(ui.filterRow.spacing(), 0)
        needed = sum(w.sizeHint().width() + spacing for pair in pairs for w in pair)
        margins = ui.exercisesLayout.contentsMargins()
        two_rows = needed > self.width() - margins.left() - margins.right()
        moved = ui.filterRow.indexOf(ui.timeCombo) < 0
        if two_rows == moved:
            return
        source, target = (
            (self._second_filter_row, ui.filterRow)
            if moved
            else (ui.filterRow, self._second_filter_row)
        )
        for widget in (ui.timeLabel, ui.timeCombo):
            source.removeWidget(widget)
        at = ui.filterRow.indexOf(ui.whoCombo) + 1 if moved else 0
        target.insertWidget(at, ui.timeLabel)
        target.insertWidget(at + 1, ui.timeCombo)

    def set_can_do_together(self, possible: bool) -> None:
        self.can_do_together = possible
        self._show(self.current())

    def refresh(self) -> None:
        ui = self.ui
        chosen = self.current()
        exercises = self.catalog.filtered(
            together=ui.whoCombo.currentData(),
            max_minutes=ui.timeCombo.currentData(),
            category=ui.categoryCombo.currentData(),
        )
        order = {e: i for i, e in enumerate(self.featured)}
        exercises.sort(key=lambda e: order.get(e.id, len(order)))  # stable: the rest keep order
        self.model.set_exercises(exercises)
        row = next((i for i, e in enumerate(exercises) if chosen and e.id == chosen.id), 0)
        if exercises:
            ui.listView.setCurrentIndex(self.model.index(row, 0))
        self._show(self.current())

    def current(self) -> Exercise | None:
        if not hasattr(self, "model"):
            return None
        return self.model.exercise(self.ui.listView.currentIndex().row())

    def _selected(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self._show(self.current())

    def _show(self, exercise: Exercise | None) -> None:
        ui = self.ui
        for widget in (ui.togetherButton, ui.aloneButton):
            widget.setEnabled(exercise is not None)
        if exercise is None:
            ui.detailTitle.setText(self.tr("No exercise fits these filters."))
            for label in (ui.detailMeta, ui.contentNote, ui.detailText, ui.sourcesLabel):
                label.clear()
            ui.contentNote.hide()
            return
        ui.detailTitle.setText(exercise.title)
        meta = f"{minutes_words(exercise.minutes)} · {mode_words(exercise.mode)}"
        if exercise.origin:
            meta += " · " + self.tr("From %1").replace("%1", exercise.origin)
        ui.detailMeta.setText(meta)
        ui.contentNote.setVisible(bool(exercise.content_note))
        ui.contentNote.setText(self.tr("Content note: %1").replace("%1", exercise.content_note))
        body = f"<p>{html.escape(exercise.summary)}</p><p>{html.escape(exercise.intro)}</p>"
        if exercise.based_on:
            body += f"<p><i>{html.escape(exercise.based_on)}</i></p>"
        ui.detailText.setText(body)
        related = [a for a in exercise.related_articles if a in self.catalog.articles]
        ui.readMoreLabel.setVisible(bool(related))
        ui.readMoreLabel.setText(
            html.escape(self.tr("Read more:"))
            + " "
            + ", ".join(
                f'<a href="bond://article/{a}">{html.escape(self.catalog.articles[a].title)}</a>'
                for a in related
            )
        )
        cites = [self.catalog.sources.get(s, s) for s in exercise.sources]
        ui.sourcesLabel.setText(self.tr("Sources:") + "\n" + "\n".join(f"• {c}" for c in cites))
        together_ok = exercise.mode is not Mode.SOLO
        ui.togetherButton.setVisible(together_ok)
        ui.togetherButton.setEnabled(together_ok and self.can_do_together)
        ui.togetherButton.setToolTip(
            "" if self.can_do_together else self.tr("Add your partner on Home to do this together.")
        )
        ui.aloneButton.setVisible(exercise.mode is not Mode.TOGETHER)
        ui.safetyNote.setVisible(together_ok)

    def select(self, exercise_id: str) -> bool:
        """Show one exercise (from a "Try it" link); clears filters that would hide it."""
        for combo in (self.ui.categoryCombo, self.ui.whoCombo, self.ui.timeCombo):
            combo.setCurrentIndex(0)
        for row in range(self.model.rowCount()):
            exercise = self.model.exercise(row)
            if exercise is not None and exercise.id == exercise_id:
                self.ui.listView.setCurrentIndex(self.model.index(row, 0))
                self._show(exercise)
                return True
        return False

    def set_return(self, visible: bool) -> None:
        self.ui.returnButton.setVisible(visible)

    def _start(self, together: bool) -> None:
        exercise = self.current()
        if exercise is not None:
            self.start_requested.emit(exercise.id, together)
