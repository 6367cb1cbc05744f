"""One article, rendered by Qt's Markdown engine, with its content note first where it has one.

Links: ``bond://exercise/<id>`` and ``bond://article/<slug>`` stay inside Bond; ``https://``
links open in the system browser only after the person says yes (every other scheme does
nothing). Raw HTML in Markdown is not rendered (MarkdownNoHTML), for Bond's own articles and for
a clinic's content pack alike, so a pack cannot inject anything; its articles say whose they are.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QRegularExpression,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QHideEvent,
    QKeyEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bond.domain.articles import Article
from bond.gui.design import tokens
from bond.gui.design.components import set_button_role
from bond.gui.forms.ui_article import Ui_ArticleView
from bond.gui.reports import save_pdf
from bond.gui.widgets.accessible import forget, introduce
from bond.gui.widgets.flow_layout import wrap_row
from bond.gui.widgets.reading_column import measure_px, set_reading_rhythm
from bond.services.library import ReadingState, highlight_terms, term_pattern

#: The room above, below and right of the text, in pixels (the pane's own padding is outside
#: it); on the left, only a caret's room, so the text starts near the page's edge.
SIDE_PX = tokens.SPACE_PX["m"]
LEFT_PX = tokens.SPACE_PX["xs"]
#: What changes how long the lines are, or the room they have.
_REFIT = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)


class ArticleScreen(QWidget):
    back_requested = Signal()
    exercise_requested = Signal(str)
    article_requested = Signal(str)
    state_changed = Signal(str, object)  # slug, dict of changes
    not_now = Signal()

    def __init__(
        self,
        sources: Mapping[str, str],
        exercise_titles: Mapping[str, str],
        article_titles: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ArticleView()
        self.ui.setupUi(self)
        self.sources = sources
        self.exercise_titles = exercise_titles
        self.article_titles = article_titles
        self.article: Article | None = None
        self._query = ""
        self._reading = False  # the text is shown (the content note, if any, was passed)
        self._said = ""  # what the text view's description says of the caret: a link, a heading
        self._title_due = False  # the text's title is to be said once it has the keyboard
        ui = self.ui
        # The tools wrap onto a second line rather than cut their words (200% text, 960 wide);
        # saving and printing are quiet beside Back and Bookmark.
        wrap_row(ui.articleLayout, ui.toolRow, "toolFlow")
        for quiet in (ui.pdfButton, ui.printButton):
            set_button_role(quiet, "quiet")
        ui.backButton.clicked.connect(self._back)
        ui.bookmarkButton.toggled.connect(self._bookmark)
        ui.pdfButton.clicked.connect(self._save_pdf)
        ui.printButton.clicked.connect(self._print)
        ui.readNowButton.clicked.connect(self._read_now)
        ui.notNowButton.clicked.connect(self._not_now)
        ui.textView.anchorClicked.connect(self._link)
        ui.textView.cursorPositionChanged.connect(self._say_where)  # a link, a heading, or not
        # A caret the arrow keys move, so a screen reader reads the article line by line (and
        # word by word); Tab still goes from link to link, and Enter follows one.
        flags = Qt.TextInteractionFlag
        ui.textView.setTextInteractionFlags(
            flags.TextSelectableByKeyboard
            | flags.TextSelectableByMouse
            | flags.LinksAccessibleByKeyboard
            | flags.LinksAccessibleByMouse
        )
        self._position = QTimer(self)
        self._position.setSingleShot(True)
        self._position.setInterval(800)
        self._position.timeout.connect(self._save_position)
        ui.textView.verticalScrollBar().valueChanged.connect(lambda _v: self._position.start())
        ui.textView.installEventFilter(self)
        ui.textView.viewport().installEventFilter(self)
        # No caret blinking before the title as the page opens: it shows (Qt's own width) once
        # a key is used in the text; until then it is there, unseen, for the arrow keys.
        self._caret_px = ui.textView.cursorWidth()
        ui.textView.setCursorWidth(0)

    # -- showing ------------------------------------------------------------------------------
    def show_article(self, article: Article, state: ReadingState | None, query: str = "") -> None:
        self.article = article
        self._query = query
        ui = self.ui
        ui.textView.setCursorWidth(0)  # a new page: no caret until a key
        meta = self.tr("%1 min read").replace("%1", str(article.minutes))
        if article.origin:
            meta += " · " + self.tr("From %1").replace("%1", article.origin)
        for label in (ui.metaLabel, ui.noteLabel):  # titles and notes may come from a pack
            label.setTextFormat(Qt.TextFormat.PlainText)
        ui.metaLabel.setText(meta)
        ui.bookmarkButton.blockSignals(True)
        ui.bookmarkButton.setChecked(bool(state and state.bookmarked))
        ui.bookmarkButton.blockSignals(False)
        ui.bookmarkButton.setVisible(not article.leave_no_trace)
        if article.leave_no_trace:
            ui.metaLabel.setText(
                ui.metaLabel.text()
                + " · "
                + self.tr("Bond keeps no record that this article was opened.")
            )
        self.render()
        gate = bool(article.content_note) and not (state and state.note_choice == "read")
        ui.notePanel.setVisible(gate)
        ui.textView.setVisible(not gate)
        self._reading = not gate
        for button in (ui.bookmarkButton, ui.pdfButton, ui.printButton):
            button.setEnabled(not gate)
        if gate:
            note = self.tr("Content note: %1").replace("%1", article.content_note)
            choice = self.tr(
                "You can read it now, later, or not at all. If you would like to settle "
                "first, Longer out-breath under Exercises takes two minutes."
            )
            ui.noteLabel.setText("\n\n".join((article.title, note, choice)))
            # The panel is a group the note names: a screen reader says it first, as focus enters
            # the panel; then the button, with the title and the choice.
            ui.notePanel.setAccessibleName(note)
            introduce(ui.readNowButton, article.title, choice)
            ui.readNowButton.setFocus()
        else:
            self._restore_position(state)
            self._focus_text()

    def render(self) -> None:
        article = self.article
        if article is None:
            return
        self._fill(self.ui.textView.document(), article, highlight=True)
        self._fit_width()
        self.ui.textView.moveCursor(QTextCursor.MoveOperation.Start)
        self.ui.textView.verticalScrollBar().setValue(0)

    def _fill(self, doc: QTextDocument, article: Article, *, highlight: bool) -> None:
        doc.setMarkdown(
            f"# {article.title}\n\n{article.body}",
            QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            | QTextDocument.MarkdownFeature.MarkdownNoHTML,
        )
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(self._closing_html(article))
        set_reading_rhythm(doc)
        if highlight:
            self._highlight(doc)

    def _closing_html(self, article: Article) -> str:
        parts = ["<br>"]
        # Only exercises offered here (a clinic may hide some) get a "Try it" link.
        offered = [e for e in article.related_exercises if e in self.exercise_titles]
        if offered:
            links = ", ".join(
                f'<a href="bond://exercise/{e}">{html.escape(self.exercise_titles[e])}</a>'
                for e in offered
            )
            parts.append(f"<p><b>{html.escape(self.tr('Try it:'))}</b> {links}</p>")
        if article.related_articles:
            links = ", ".join(
                f'<a href="bond://article/{a}">{html.escape(self.article_titles.get(a, a))}</a>'
                for a in article.related_articles
            )
            parts.append(f"<p><b>{html.escape(self.tr('Read next:'))}</b> {links}</p>")
        cites = "".join(f"<li>{html.escape(self.sources.get(s, s))}</li>" for s in article.sources)
        parts.append(f"<h3>{html.escape(self.tr('Sources'))}</h3><ul>{cites}</ul>")
        return "".join(parts)

    def _highlight(self, doc: QTextDocument) -> None:
        """Mark what the search was for: words that carry meaning, not every "and"."""
        wanted = highlight_terms(self._query)
        if not wanted:
            return
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#FFE58A"))
        fmt.setForeground(QColor("#1F2328"))
        options = QRegularExpression.PatternOption
        expression = QRegularExpression(  # word starts only, as the search matched them
            term_pattern(wanted) + r"\w*",
            options.CaseInsensitiveOption | options.UseUnicodePropertiesOption,
        )
        cursor = doc.find(expression)
        while not cursor.isNull():
            cursor.mergeCharFormat(fmt)
            cursor = doc.find(expression, cursor)

    def _fit_width(self) -> None:
        """Lines at most the reading measure long (``reading_column.measure_px``, at the text
        size in force), starting at the pane's left edge, the page's: what room is left over
        is on the right, never a gutter that centres the text (the text never scrolls
        sideways)."""
        view = self.ui.textView
        spare = max(0, view.viewport().width() - LEFT_PX - SIDE_PX - measure_px())
        frame = view.document().rootFrame()
        fmt = frame.frameFormat()
        right = SIDE_PX + spare
        if fmt.leftMargin() == LEFT_PX and fmt.rightMargin() == right:
            return
        fmt.setLeftMargin(LEFT_PX)
        fmt.setRightMargin(right)
        fmt.setTopMargin(SIDE_PX)
        fmt.setBottomMargin(SIDE_PX)
        frame.setFrameFormat(fmt)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The view's width and text size set the column (the text's width stays that of
        the column, so a scroll bar coming or going cannot make it refit again)."""
        if event.type() == QEvent.Type.FocusIn and watched is self.ui.textView and self._title_due:
            self._title_due = False
            QTimer.singleShot(0, self._introduce_text)
        if event.type() in _REFIT and watched in (self.ui.textView, self.ui.textView.viewport()):
            self._fit_width()
        if event.type() == QEvent.Type.KeyPress and watched is self.ui.textView:
            self.ui.textView.setCursorWidth(self._caret_px)  # the keyboard in use: the caret
        if (
            event.type() == QEvent.Type.KeyPress
            and watched is self.ui.textView
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            # Tab selects the next link without a signal: look once Qt has moved to it.
            QTimer.singleShot(0, self._say_where)
        return super().eventFilter(watched, event)

    # -- reading state ------------------------------------------------------------------------
    def _restore_position(self, state: ReadingState | None) -> None:
        if state and state.position:
            view = self.ui.textView
            bar = view.verticalScrollBar()

            def restore() -> None:
                bar.setValue(bar.maximum() * state.position // 1000)
                # The caret at the first line in sight: the arrow keys read on from there.
                view.setTextCursor(view.cursorForPosition(QPoint(SIDE_PX, SIDE_PX)))

            QTimer.singleShot(0, restore)

    def _save_position(self) -> None:
        if self.article is None or not self._reading:
            return
        bar = self.ui.textView.verticalScrollBar()
        if bar.maximum() == 0:
            return  # not laid out yet (or it all fits): nothing to remember
        per_mille = bar.value() * 1000 // bar.maximum()
        changes: dict[str, object] = {"position": per_mille}
        if per_mille >= 950:
            changes["read"] = True
        self.state_changed.emit(self.article.slug, changes)

    def _bookmark(self, on: bool) -> None:
        if self.article is not None:
            self.state_changed.emit(self.article.slug, {"bookmarked": on})

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving by any route (Escape, the top bar, a shortcut) keeps the place."""
        self._position.stop()
        self._save_position()
        super().hideEvent(event)

    def _read_now(self) -> None:
        if self.article is None:
            return
        self._reading = True
        self.state_changed.emit(self.article.slug, {"note_choice": "read"})
        self.ui.notePanel.hide()
        self.ui.textView.show()
        for button in (self.ui.bookmarkButton, self.ui.pdfButton, self.ui.printButton):
            button.setEnabled(True)
        self._focus_text()

    def _focus_text(self) -> None:
        """The keyboard to the text; then a screen reader hears its title and length.

        They are said as a new description once the focus has been told (on the next turn
        after the text takes it). Filling the text moved its caret; Orca 43, behind on its
        events, reads that caret move after the focus has landed, takes it for the focus, and
        then says nothing of the focus itself. A later description is said either way.
        """
        view = self.ui.textView
        self._said = ""
        forget(view)
        if view.hasFocus():
            QTimer.singleShot(0, self._introduce_text)
        else:
            self._title_due = True  # said once the focus is in (eventFilter)
            view.setFocus()

    def _introduce_text(self) -> None:
        if self.article is not None and self.ui.textView.hasFocus():
            introduce(self.ui.textView, self.article.title, self.ui.metaLabel.text())

    def _not_now(self) -> None:
        if self.article is not None:
            self.state_changed.emit(self.article.slug, {"note_choice": "later"})
        self.not_now.emit()

    def _back(self) -> None:
        self._position.stop()
        self._save_position()
        self.back_requested.emit()

    # -- links, print, PDF --------------------------------------------------------------------
    def _say_where(self) -> None:
        """Say what the caret is on that its words do not: a link Tab selected (Orca 43 says
        nothing of that selection) and a heading (Qt tells a screen reader no heading inside a
        text). Orca says the text view's new description, so that is where it goes."""
        view = self.ui.textView
        if not view.hasFocus():
            return
        cursor = view.textCursor()
        said = ""
        if cursor.hasSelection():
            start = QTextCursor(cursor)
            start.setPosition(cursor.selectionStart() + 1)  # the format after the first letter
            if start.charFormat().isAnchor():
                text = " ".join(cursor.selectedText().split())
                said = self.tr("Link: %1. Enter opens it.").replace("%1", text)
        level = cursor.block().blockFormat().headingLevel()
        if not said and level:
            said = self.tr("Heading level %1").replace("%1", str(level))
        if said == self._said:
            return
        self._said = said
        if said:
            introduce(view, said)
        else:
            forget(view)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "bond":
            kind, name = url.host(), url.path().strip("/")
            self._save_position()
            if kind == "exercise":
                self.exercise_requested.emit(name)
            elif kind == "article":
                self.article_requested.emit(name)
            return
        if url.scheme() == "https":
            if self.article is not None and self.article.origin:
                # A clinic's pack: nobody at Bond wrote this link, so say plainly where it goes.
                question = self.tr(
                    "This link opens in your web browser, outside Bond. Open it?\n%1"
                ).replace("%1", url.toString())
            else:
                question = self.tr(
                    "Open this page in your web browser?\n%1\n\nBond itself never goes "
                    "online; your browser will."
                ).replace("%1", url.toString())
            answer = QMessageBox.question(self, "Bond", question)
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(url)

    def _save_pdf(self) -> None:
        article = self.article
        if article is None:
            return
        if article.leave_no_trace:
            answer = QMessageBox.question(
                self,
                "Bond",
                self.tr(
                    "A saved PDF is an ordinary file outside Bond's vault: anyone who can see "
                    "your files could find it. Save it anyway?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        name = "bond-article.pdf" if article.leave_no_trace else f"{article.slug}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the article as PDF"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            clean = QTextDocument()
            clean.setDefaultFont(self.ui.textView.document().defaultFont())
            self._fill(clean, article, highlight=False)
            title = "Bond" if article.leave_no_trace else article.title
            save_pdf(clean, _pdf_path(path), title)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.ui.textView.document().print_(printer)


def _pdf_path(path: str) -> Path:
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")
