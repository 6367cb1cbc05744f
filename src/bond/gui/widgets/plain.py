"""Text a person wrote or imported is shown as typed, never read as markup (house rule 7).

A QLabel guesses (``Qt.AutoText``): a name such as ``<b>Sam</b>``, or an imported agreement
holding ``<img src="/some/file">``, would be drawn as HTML. A tooltip guesses the same way. So a
label that shows a name, an answer, a path or anything from a file is made with
:func:`plain_label`, a Designer form's label is marked once with :func:`make_plain`, and such a
tooltip goes through :func:`set_plain_tooltip`. Where Bond builds HTML on purpose (History's
detail, the library's list, support contacts), every piece of text in it is ``html.escape``-d.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def make_plain(*labels: QLabel) -> None:
    """Show whatever these labels are given as plain text, now and whenever it changes."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_label(
    text: str = "", role: str = "", *, wrap: bool = False, parent: QWidget | None = None
) -> QLabel:
    """A label that never reads its text as markup; ``role`` is the style sheet's role."""
    label = QLabel(parent)
    make_plain(label)
    label.setText(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip shows it: unchanged, or as escaped HTML if Qt would guess markup."""
    gui = QtGui.Qt
    return gui.convertFromPlainText(text) if gui.mightBeRichText(text) else text


def set_plain_tooltip(widget: QWidget, text: str) -> None:
    widget.setToolTip(plain_tooltip(text))
