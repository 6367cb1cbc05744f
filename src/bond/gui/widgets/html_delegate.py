"""Paint list items from small HTML (bold search matches), with wrapping, via QTextDocument."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from bond.gui.design import tokens
from bond.gui.theme import current_theme

HtmlRole = Qt.ItemDataRole.UserRole + 20


class HtmlDelegate(QStyledItemDelegate):
    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HtmlRole) or ""))
        doc.setTextWidth(max(width - 16, 50))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        # The style sheet paints the row (a chosen one is a light tint with a marker, as the
        # rail's current place): its text takes the same token, not the palette's text for
        # the accent.
        if option.state & QStyle.StateFlag.State_Selected:
            colour = QColor.fromString(tokens.colours(current_theme())["on_nav_current"])
        else:
            colour = option.palette.color(QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.save()
        painter.translate(option.rect.left() + 8, option.rect.top() + 6)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 8, option.rect.height() - 6))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        width = option.widget.viewport().width() if option.widget else 400  # type: ignore[attr-defined]
        doc = self._document(option, index, width)
        return QSize(width, int(doc.size().height()) + 12)
