"""Body text: a paragraph of Bond's words with lines 1.5 times the text's size.

A style sheet has no line height for a QLabel, and Qt sets a label's lines at about 1.2 times
its size, which reads as a wall once a paragraph wraps. ``BodyText`` is a plain-text QLabel that
lays its lines out itself with ``tokens.LINE_HEIGHT["body"]``. Its text is plain text (what
``text()``, screen readers and tests read): never markup, so it may hold words a person wrote
too ("Text a person wrote or imported is shown as plain text, never as markup"), and
``make_plain`` keeps it so. Only where a form or a screen sets ``Qt.RichText`` on purpose, for
Bond's own words (paragraphs, bold), is it read as markup; ``Qt.AutoText`` never guesses. Its
font, colour, alignment and word wrap come from the label as usual (the style sheet, the
theme).

Its lines are at most the reading measure long (``reading_column.measure_px``: 600 px at 100%
text, growing with it), however wide the label is laid out: a paragraph on a list's page
(1,040 px) wraps as one on a page to read, from the same left edge (centred labels centre the
lines in their room).

In a Designer form, promote a QLabel to ``BodyText`` (header ``bond.gui.design.body_text``):
its object name, role, accessible name and description, and Tab place stay the form's. Only
for paragraphs: not for a field's label (its mnemonic "&" would show), text the mouse can
select (the label's own selection is not drawn) or links.

Not used before the first frame: it needs PySide6's ``Qt`` namespace.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QWidget

from bond.gui.design.tokens import LINE_HEIGHT
from bond.gui.widgets.reading_column import line_percent, measure_px

_UNLIMITED = 16777215  # QWIDGETSIZE_MAX


class BodyText(QLabel):
    """A wrapped paragraph of plain text at the body line height."""

    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget) or text is None:  # BodyText(parent), as a form makes it
            parent = text or parent
            text = ""
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setProperty("role", "body")
        self.setText(text)
        self._heights: dict[tuple[object, ...], int] = {}

    def line_height(self) -> float:
        """The line height in use, as a multiple of the font's size."""
        return LINE_HEIGHT["body"]

    def _document(self, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font())
        option = QTextOption(self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
        if self.textFormat() == Qt.TextFormat.RichText:  # Bond's own words, set so on purpose
            doc.setHtml(self.text())
        else:
            doc.setPlainText(self.text())
        fmt = QTextBlockFormat()
        fmt.setLineHeight(
            line_percent(self.font(), self.line_height()),
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(fmt)
        doc.setTextWidth(max(1, width))
        return doc

    def _room(self) -> tuple[int, int]:
        """The width and height the margins, the frame and the indent take."""
        m = self.contentsMargins()
        return m.left() + m.right(), m.top() + m.bottom()

    def line_width(self, room: int) -> int:
        """How long its lines may be in ``room`` pixels of text room: the measure at most."""
        return max(1, min(room, measure_px()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        extra_w, extra_h = self._room()
        lines = self.line_width(width - extra_w)
        key = (
            lines,
            self.text(),
            self.font().key(),
            int(self.alignment().value),
            self.textFormat() == Qt.TextFormat.RichText,
        )
        if (height := self._heights.get(key)) is None:
            if len(self._heights) > 32:  # a few widths and texts are in use at a time
                self._heights.clear()
            height = round(self._document(lines).size().height())
            self._heights[key] = height
        return height + extra_h

    def sizeHint(self) -> QSize:
        width = super().sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # As a QLabel's: its longest word across and one line down (its height for its width
        # comes from heightForWidth). Its height at its least width, a word a line, made a
        # form's row that tall; its height at the measure made a stack of pages (first run)
        # taller than the window.
        width = super().minimumSizeHint().width()
        _extra_w, extra_h = self._room()
        one_line = QTextDocument()
        one_line.setDocumentMargin(0)
        one_line.setDefaultFont(self.font())
        one_line.setPlainText("X")
        cursor = QTextCursor(one_line)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(
            line_percent(self.font(), self.line_height()),
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
        cursor.mergeBlockFormat(fmt)
        height = round(one_line.size().height()) + extra_h
        return QSize(width, min(height, self.heightForWidth(_UNLIMITED)))

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        lines = self.line_width(rect.width())
        doc = self._document(lines)
        painter = QPainter(self)
        self.drawFrame(painter)  # the style sheet's background and edge, if it gives one
        painter.translate(rect.topLeft())
        horizontal = self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
        if horizontal & Qt.AlignmentFlag.AlignHCenter:
            painter.translate((rect.width() - lines) / 2, 0)
        elif horizontal & Qt.AlignmentFlag.AlignRight:
            painter.translate(rect.width() - lines, 0)
        vertical = self.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
        spare = rect.height() - doc.size().height()
        if spare > 0 and vertical & Qt.AlignmentFlag.AlignVCenter:
            painter.translate(0, spare / 2)
        elif spare > 0 and vertical & Qt.AlignmentFlag.AlignBottom:
            painter.translate(0, spare)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Text, self.palette().color(self.foregroundRole()))
        context.palette = palette
        doc.documentLayout().draw(painter, context)
        painter.end()
