"""``BodyText``: plain text unless Bond sets rich text on purpose, lines at most the measure, and
made by a Designer form as ``BodyText(parent)``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from bond.gui.design.body_text import BodyText
from bond.gui.widgets.plain import make_plain
from bond.gui.widgets.reading_column import measure_px


def test_markup_shows_as_typed_unless_bond_asks_for_rich_text(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    body = BodyText(parent)  # as a form makes it
    assert body.parentWidget() is parent and body.text() == ""
    body.setText("<b>Sam</b>")
    assert body._document(400).toPlainText() == "<b>Sam</b>"  # a name, as typed
    body.setTextFormat(Qt.TextFormat.AutoText)  # never a guess
    assert body._document(400).toPlainText() == "<b>Sam</b>"
    body.setTextFormat(Qt.TextFormat.RichText)  # Bond's own words, on purpose
    assert body._document(400).toPlainText() == "Sam"
    make_plain(body)
    assert body._document(400).toPlainText() == "<b>Sam</b>"


def test_lines_are_at_most_the_measure_however_wide_the_label(qtbot: QtBot) -> None:
    body = BodyText("A paragraph that is long enough to wrap onto more than one line. " * 8)
    qtbot.addWidget(body)
    assert body.line_width(2000) == measure_px()
    assert body.line_width(300) == 300
    assert body.heightForWidth(2000) == body.heightForWidth(measure_px())
    lines = body.heightForWidth(measure_px())
    assert 0 < body.minimumSizeHint().height() < lines / 2  # one line, as a label's
