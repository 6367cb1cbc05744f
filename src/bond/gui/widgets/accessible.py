"""Role and value for the widgets Bond builds itself, as screen readers read them.

Qt reports a plain ``QWidget`` as a nameless "client" with no value. A widget that sets
``accessible_role`` and defines ``accessible_value()`` gets an interface reporting both; its name
and description are ordinary widget properties, and :func:`announce` tells assistive technology
when the value or description changed (there are no live regions in Qt, so this is the way).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleValueChangeEvent, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from bond.gui.widgets.accessible_role import install

__all__ = [
    "announce",
    "forget",
    "hand_over",
    "install",
    "introduce",
    "sentences",
    "shown_text",
    "speak_choices",
    "tell_focused",
]


def announce(widget: QWidget, value: str, description: str) -> None:
    """Keep the description in words and tell screen readers the value changed."""
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)  # Qt sends DescriptionChanged itself
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleValueChangeEvent(widget, value))


def tell_focused(owner: QWidget, text: str) -> None:
    """Say ``text`` if the keyboard is on one of ``owner``'s controls (a breathing guide's
    phase, a timer's minutes left): Orca 43 says a new description of the control that has the
    keyboard, and nothing of a change elsewhere."""
    focused = QApplication.focusWidget()
    if focused is not None and owner.isAncestorOf(focused):
        introduce(focused, text)


def hand_over(leaving: QWidget, taking: QWidget) -> None:
    """Before ``leaving`` is disabled, its keyboard goes to ``taking`` (Start to Stop): Qt
    would move it on to whatever comes next in the window, such as Back."""
    if leaving.hasFocus() and taking.isEnabled():
        forget(leaving)
        taking.setFocus()


_OWN = "bondOwnDescription"  # the widget's own description, kept while an introduction is on


def shown_text(label: QLabel) -> str:
    """A label's text as it reads on screen: rich text without its markup, on one line."""
    text = label.text()
    if label.textFormat() != Qt.TextFormat.PlainText and GuiQt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "&").split())


def introduce(widget: QWidget, *parts: str) -> None:
    """Say ``parts`` (a place's heading, its first sentences, an error) when focus lands on
    ``widget``, or at once if it has focus already.

    Orca 43, the screen reader of Debian 12, reads no text that is not a control (a heading, a
    step's question, a note) and knows no announcement events; it does say the description of
    the control that takes focus, and says a new description of the control that has it. The
    parts go in front of the widget's own description, which comes back with ``forget``.
    """
    own = widget.property(_OWN)
    if own is None:
        own = widget.accessibleDescription()
        widget.setProperty(_OWN, own)
    text = sentences(*parts, str(own))
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)  # Qt tells AT-SPI: DescriptionChanged


def sentences(*parts: str) -> str:
    """``parts`` on one line, each read as a sentence; empty parts left out."""
    return " ".join(_sentence(p) for p in parts if p and p.strip())


def _sentence(text: str) -> str:
    """One line, ending as a sentence does (a heading gets a full stop, so it is read apart)."""
    text = " ".join(text.split())
    return text if text[-1:] in ".!?:…" else text + "."


def forget(widget: QWidget | None) -> None:
    """Give ``widget`` its own description back (see ``introduce``)."""
    if widget is None:
        return
    try:
        own = widget.property(_OWN)
    except RuntimeError:  # deleted already (a step widget of a step left behind)
        return
    if own is not None:
        widget.setAccessibleDescription(str(own))
        widget.setProperty(_OWN, None)


_BEFORE = "bondDescriptionBeforeValue"  # a drop-down's description before its value was said


class _ChoiceVoice(QObject):
    """Puts a drop-down's description back when focus returns to it (see ``speak_choices``);
    on FocusIn, before Qt tells the screen reader about the focus, so it reads the right one."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            before = watched.property(_BEFORE)
            if before is not None:
                watched.setProperty(_BEFORE, None)
                watched.setAccessibleDescription(str(before))
        return False


_voice: list[_ChoiceVoice] = []


def speak_choices(*combos: QComboBox) -> None:
    """Have a screen reader say a drop-down's new value when an arrow key changes it.

    Orca 43 says nothing then: Qt reports a name change, which Orca ignores for combo boxes,
    and a selection change without a selected child. While the drop-down has focus, its new
    value goes in front of its description, which Orca says; the description is put back the
    next time it takes focus.
    """
    if not _voice:
        _voice.append(_ChoiceVoice())
    for combo in combos:
        combo.installEventFilter(_voice[0])
        combo.currentIndexChanged.connect(lambda _index, c=combo: _say_value(c))


def _say_value(combo: QComboBox) -> None:
    if not combo.hasFocus():
        return
    before = combo.property(_BEFORE)
    if before is None:
        before = combo.accessibleDescription()
        combo.setProperty(_BEFORE, before)
    own = combo.property(_OWN)  # without a heading put in front by ``introduce``
    said = [combo.currentText(), str(before if own is None else own)]
    combo.setAccessibleDescription(sentences(*said))
