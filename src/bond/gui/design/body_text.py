"""Body text: a paragraph of Bond's words with lines 1.5 times the text's size.

A style sheet has no line height for a QLabel, and Qt sets a label's lines at about 1.2 times
its size, which reads as a wall once a paragraph wraps. ``BodyText`` is a plain-text QLabel that
lays its lines out itself with ``tokens.LINE_HEIGHT["body"]``. Its text stays plain text (what
``text()``, screen readers and tests read): never markup, so it may hold words a person wrote
too ("Text a person wrote or imported is shown as plain text, never as markup"). Its font,
colour, alignment and word wrap come from the label as usual (the style sheet, the theme).

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
from bond.gui.widgets.reading_column import line_percent


class BodyText(QLabel):
    """A wrapped paragraph of plain text at the body line height."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setProperty("role", "body")
        self.setText(text)

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

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        extra_w, extra_h = self._room()
        return round(self._document(width - extra_w).size().height()) + extra_h

    def sizeHint(self) -> QSize:
        width = super().sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = super().minimumSizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        doc = self._document(rect.width())
        painter = QPainter(self)
        self.drawFrame(painter)  # the style sheet's background and edge, if it gives one
        painter.translate(rect.topLeft())
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
