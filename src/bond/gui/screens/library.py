"""The library: topics, as-you-type ranked search with highlights, bookmarks, read marks."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from bond.domain.articles import Article, ArticleCategory
from bond.domain.profiles import Profile
from bond.gui.forms.ui_library import Ui_Library
from bond.gui.widgets.accessible import forget, install, introduce, speak_choices
from bond.gui.widgets.flow_layout import FlowLayout, wrap_row
from bond.gui.widgets.html_delegate import HtmlDelegate, HtmlRole
from bond.gui.widgets.wheel_safe import wheel_safe
from bond.services.library import ReadingState, SearchIndex, highlight, highlight_terms, terms

SlugRole = Qt.ItemDataRole.UserRole + 1


class LibraryScreen(QWidget):
    open_requested = Signal(str, str)  # slug, search query (for highlighting)
    reader_chosen = Signal(str)

    # A group named by its heading: a screen reader says "Library" as the keyboard comes in.
    accessible_role = QAccessible.Role.Grouping

    def __init__(self, articles: Mapping[str, Article], parent: QWidget | None = None) -> None:
        install()  # before Qt makes this widget's interface, which asks the factory
        super().__init__(parent)
        self.ui = Ui_Library()
        self.ui.setupUi(self)
        self.setAccessibleName(self.ui.titleLabel.text())
        self.articles = dict(articles)
        self.index = SearchIndex(self.articles.values())
        self.states: dict[str, ReadingState] = {}
        self.model = QStandardItemModel(self)
        self._rows: list[tuple[str, str]] = []  # what the list shows: slug and text, per row
        ui = self.ui
        ui.listView.setModel(self.model)
        ui.listView.setItemDelegate(HtmlDelegate(ui.listView))
        ui.categoryCombo.addItem(self.tr("All topics"), None)
        names = {
            ArticleCategory.UNDERSTANDING: self.tr("Understanding"),
            ArticleCategory.SKILLS: self.tr("Skills"),
            ArticleCategory.CONFLICT: self.tr("Conflict and repair"),
            ArticleCategory.BOUNDARIES: self.tr("Boundaries"),
            ArticleCategory.SELF_CARE: self.tr("Looking after yourselves"),
            ArticleCategory.SAFETY: self.tr("Safety"),
            ArticleCategory.HELP: self.tr("Getting help"),
            ArticleCategory.PRIVACY: self.tr("Privacy"),
        }
        for category, name in names.items():
            if any(a.category is category for a in self.articles.values()):
                ui.categoryCombo.addItem(name, category.value)
        ui.showCombo.addItem(self.tr("All articles"), "all")
        ui.showCombo.addItem(self.tr("Bookmarked"), "bookmarked")
        ui.showCombo.addItem(self.tr("Not read yet"), "unread")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(lambda _t: self._debounce.start())
        ui.searchEdit.returnPressed.connect(self._open_first)
        ui.categoryCombo.currentIndexChanged.connect(self.refresh)
        ui.showCombo.currentIndexChanged.connect(self.refresh)
        ui.readerCombo.currentIndexChanged.connect(
            lambda _i: self.reader_chosen.emit(str(ui.readerCombo.currentData()))
        )
        ui.listView.activated.connect(self._activated)
        self._continue_buttons: list[QPushButton] = []
        # The articles to go back to, under their label, side by side while they fit.
        self._continue_flow = FlowLayout(spacing=max(0, ui.continueLayout.spacing()))
        ui.continueLayout.addLayout(self._continue_flow)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.setWhatsThis(self.tr("Search the library"))
        find.activated.connect(self.focus_search)
        # The search sits beside the title; the filters wrap under them (200% text, Spanish).
        wrap_row(ui.libraryLayout, ui.searchRow, "filterFlow")
        wheel_safe(self)
        speak_choices(*self.findChildren(QComboBox))  # their new values, said
        self.refresh()

    def set_readers(self, profiles: Sequence[Profile], current: str | None) -> None:
        combo = self.ui.readerCombo
        combo.blockSignals(True)
        combo.clear()
        for profile in profiles:
            combo.addItem(self.tr("Reading as %1").replace("%1", profile.name), profile.id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)
        combo.setVisible(len(profiles) > 1)
        # Its longest choice is on show: Qt's size hint measures that text a pixel or two
        # short of what it draws, so it is given a space more (measured at each visit).
        combo.setMinimumWidth(0)
        combo.setMinimumWidth(combo.sizeHint().width() + combo.fontMetrics().horizontalAdvance(" "))

    def reader(self) -> str:
        return str(self.ui.readerCombo.currentData())

    def set_states(
        self, states: Mapping[str, ReadingState], continuing: Sequence[ReadingState]
    ) -> None:
        self.states = dict(states)
        layout = self._continue_flow
        for button in self._continue_buttons:
            layout.removeWidget(button)
            button.deleteLater()
        self._continue_buttons = []
        for state in continuing:
            article = self.articles.get(state.slug)
            if article is None:
                continue
            button = QPushButton(article.title)
            button.setAccessibleName(self.tr("Continue reading %1").replace("%1", article.title))
            button.clicked.connect(lambda _c=False, s=state.slug: self.open_requested.emit(s, ""))
            layout.addWidget(button)
            self._continue_buttons.append(button)
        self.ui.continueBox.setVisible(bool(self._continue_buttons))
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        query = ui.searchEdit.text()
        wanted = terms(query)
        marked = highlight_terms(query)  # not "and" in every title
        category = ui.categoryCombo.currentData()
        show = ui.showCombo.currentData()
        if wanted:
            hits = [(h.article, h.snippet_html) for h in self.index.search(query)]
        else:
            ordered = sorted(self.articles.values(), key=lambda a: (a.category, a.title))
            hits = [(a, html.escape(a.summary)) for a in ordered]
        self.ui.statusLabel.setAccessibleDescription("")
        items: list[QStandardItem] = []
        for article, snippet_html in hits:
            state = self.states.get(article.slug)
            if category and article.category.value != category:
                continue
            if show == "bookmarked" and not (state and state.bookmarked):
                continue
            if show == "unread" and state and state.read:
                continue
            marks = []
            if state and state.bookmarked:
                marks.append(self.tr("bookmarked"))
            if state and state.read:
                marks.append(self.tr("read"))
            meta = self.tr("%1 min read").replace("%1", str(article.minutes))
            if article.content_note:
                meta += " · " + self.tr("content note")
            if article.origin:
                meta += " · " + self.tr("From %1").replace("%1", article.origin)
            if marks:
                meta += " · " + ", ".join(marks)
            item = QStandardItem()
            item.setEditable(False)
            item.setData(article.slug, SlugRole)
            # Inside the bold title, matches are underlined (bold in bold would not show).
            title = highlight(article.title, marked).replace("<b>", "<u>").replace("</b>", "</u>")
            item.setData(
                f"<b>{title}</b><br>{snippet_html}<br><small>{html.escape(meta)}</small>",
                HtmlRole,
            )
            item.setData(f"{article.title}. {meta}", Qt.ItemDataRole.AccessibleTextRole)
            item.setData(f"{article.title}\n{article.summary}", Qt.ItemDataRole.DisplayRole)
            items.append(item)
        # A list that would not change is left alone, and a new one goes in at once: each
        # emptying tells a screen reader of every row, a flood that made Orca 43 miss where the
        # keyboard went as the Library first opened (its list is filled, then its marks come).
        rows = [(i.data(SlugRole), i.data(HtmlRole)) for i in items]
        if rows != self._rows:
            self._rows = rows
            self.model.clear()
            self.model.invisibleRootItem().appendRows(items)
        shown = len(items)
        if wanted:
            ui.statusLabel.setText(
                self.tr("%n article(s) found", "", shown)
                if shown
                else self.tr("Nothing found. Try fewer or other words.")
            )
        else:
            ui.statusLabel.setText("")
        if wanted and ui.searchEdit.hasFocus():  # "6 articles found", said as it changes
            introduce(ui.searchEdit, ui.statusLabel.text())
        elif not wanted:
            forget(ui.searchEdit)
        if shown:
            ui.listView.setCurrentIndex(self.model.index(0, 0))

    def _activated(self) -> None:
        index = self.ui.listView.currentIndex()
        if index.isValid():
            self.open_requested.emit(str(index.data(SlugRole)), self.ui.searchEdit.text())

    def _open_first(self) -> None:
        if self._debounce.isActive():  # typed fast and pressed Enter: search what was typed
            self._debounce.stop()
            self.refresh()
        if self.model.rowCount():
            self.ui.listView.setCurrentIndex(self.model.index(0, 0))
            self._activated()

    def clear_search(self) -> None:
        """Nothing typed here outlives a visit to the library (it could name what was read)."""
        if not self.ui.searchEdit.text():
            return  # emptying it again would tell a screen reader its caret moved (see refresh)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)

    def focus_first(self) -> None:
        self.ui.searchEdit.setFocus()

    def focus_search(self) -> None:
        """Ctrl+F: to the search field, its words selected so typing replaces them."""
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()
