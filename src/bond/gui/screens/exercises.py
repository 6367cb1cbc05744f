"""The exercise browser: categories, together/alone and time filters, and a detail panel."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from bond.content.catalog import Catalog
from bond.domain.exercises import Category, Exercise, Mode
from bond.gui.forms.ui_exercises import Ui_Exercises
from bond.gui.qtmodels.exercise_list import ExerciseListModel, minutes_words, mode_words
from bond.gui.widgets.accessible import sentences, shown_text, speak_choices
from bond.gui.widgets.filter_rows import FilterRows
from bond.gui.widgets.reading_column import into_column
from bond.gui.widgets.wheel_safe import wheel_safe
from bond.services.library import WORD, terms

#: The search field's widest, in characters of its text.
SEARCH_CHARS = 40


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
        # At 200% text in a narrow window, each filter takes a row of its own.
        self._filters = FilterRows(
            self,
            ui.exercisesLayout,
            ui.filterRow,
            [
                (ui.categoryLabel, ui.categoryCombo),
                (ui.whoLabel, ui.whoCombo),
                (ui.timeLabel, ui.timeCombo),
            ],
        )
        # Search: as you type, over titles and descriptions; Enter shows the first found.
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search the exercises"))
        self.search_edit.setAccessibleName(self.tr("Search the exercises"))
        self.search_edit.setClearButtonEnabled(True)
        self._size_search()
        ui.titleRow.insertWidget(ui.titleRow.indexOf(ui.titleLabel) + 1, self.search_edit, 1)
        self.setTabOrder(self.search_edit, ui.categoryCombo)
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.search_edit.returnPressed.connect(self._show_first)
        self._words: dict[str, tuple[set[str], set[str]]] = {}  # id: title words, all words
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.setWhatsThis(self.tr("Search the exercises"))
        find.activated.connect(self.focus_search)
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
        ui.detailText.setTextFormat(Qt.TextFormat.RichText)  # BodyText: on purpose, for ours
        problems = len(catalog.problems)
        ui.noticeLabel.setVisible(bool(problems))
        ui.noticeLabel.setText(
            self.tr(
                "%n content file(s) could not be loaded and were skipped. Details are in the log.",
                "",
                problems,
            )
        )
        into_column(ui.detailLayout, ui.detailText, centred=False)  # lines of readable length
        wheel_safe(self)
        speak_choices(*self.findChildren(QComboBox))  # their new values, said
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(
            self, "search_edit"
        ):
            self._size_search()

    def _size_search(self) -> None:
        """Room for a few words, at any text size; the rest of the row stays free."""
        width = self.search_edit.fontMetrics().averageCharWidth() * SEARCH_CHARS
        self.search_edit.setMaximumWidth(width)

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
        wanted = terms(self.search_edit.text()) if hasattr(self, "search_edit") else []
        if wanted:
            found = [(e, self._match(e, wanted)) for e in exercises]
            # Those found by their title first; otherwise as listed.
            exercises = [e for e, m in sorted(found, key=lambda f: f[1] < 2) if m]
        self.model.set_exercises(exercises)
        row = next((i for i, e in enumerate(exercises) if chosen and e.id == chosen.id), 0)
        if exercises:
            ui.listView.setCurrentIndex(self.model.index(row, 0))
        self._show(self.current())

    def _match(self, exercise: Exercise, wanted: list[str]) -> int:
        """2 if every word searched for starts a word of the title, 1 if of the title or
        description, 0 if one of them is in neither."""
        if exercise.id not in self._words:
            title = {w.casefold() for w in WORD.findall(exercise.title)}
            rest = f"{exercise.summary} {exercise.intro}"
            self._words[exercise.id] = (title, title | {w.casefold() for w in WORD.findall(rest)})
        title, every = self._words[exercise.id]

        def found(words: set[str]) -> bool:
            return all(any(w.startswith(t) for w in words) for t in wanted)

        return 2 if found(title) else 1 if found(every) else 0

    def focus_search(self) -> None:
        """Ctrl+F: to the search field, its words selected so typing replaces them."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _show_first(self) -> None:
        """Enter in the search field: the first exercise found, its description shown, and
        the list focused (Enter there moves to its Start button; nothing starts by itself)."""
        if self.model.rowCount():
            self.ui.listView.setCurrentIndex(self.model.index(0, 0))
            self._show(self.current())
            self.ui.listView.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        """What was searched for does not outlive the visit (it could say what was sought);
        minimising the window is not leaving."""
        if not event.spontaneous() and self.search_edit.text():
            self.search_edit.clear()
        super().hideEvent(event)

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
        # Said with the exercise they start (a screen reader hears the button alone).
        title = exercise.title if exercise is not None else ""
        together, alone = self.tr("Start together"), self.tr("Start alone")
        ui.togetherButton.setAccessibleName(
            self.tr("Start together: %1").replace("%1", title) if title else together
        )
        ui.aloneButton.setAccessibleName(
            self.tr("Start alone: %1").replace("%1", title) if title else alone
        )
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
        # What it is, said as the keyboard comes to Start (a screen reader reads no label;
        # Orca 43 says the description's own text after it, as the group's only text).
        ui.scrollContents.setAccessibleName(
            sentences(
                *(
                    shown_text(label)
                    for label in (ui.detailTitle, ui.detailMeta, ui.contentNote)
                    if label.isVisibleTo(self) and label.text()
                )
            )
        )

    def select(self, exercise_id: str) -> bool:
        """Show one exercise (from a "Try it" link); clears filters that would hide it."""
        for combo in (self.ui.categoryCombo, self.ui.whoCombo, self.ui.timeCombo):
            combo.setCurrentIndex(0)
        self.search_edit.clear()
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
