"""At 200% text size every screen still fits a 1280×800 window without cutting anything off.

Three things are checked on each screen, over the widget tree as laid out:

* no visible widget sticks out of its parent (a scroll area's viewport may hold larger content:
  that is what scrolling is for);
* no two visible siblings overlap;
* no page scrolls sideways (reading goes down, not across);
* every label and button is at least as large as its text needs (a wrapped label as tall as its
  text is at its width), so nothing is cut off or squeezed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.i18n import install_language
from bond.gui.main_window import MainWindow
from bond.gui.passphrase_dialog import PassphraseDialog, PassphraseMode
from bond.gui.pin_dialog import PinDialog, PinMode
from bond.gui.preferences import Preferences
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.lock import LockScreen
from bond.gui.screens.unlock import UnlockScreen
from bond.gui.shortcuts_dialog import ShortcutsDialog
from bond.gui.theme import apply_theme
from bond.security.secrets import MemoryStore
from bond.services.vault_service import VaultService
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen
from tests.gui.test_accessibility import seed, walk_exercise

WIDTH, HEIGHT = 1280, 800
LARGEST = 200

#: Widgets that lay out their own insides (a spin box's editor, a combo's arrow, a tab bar's
#: scroll buttons); their parts are theirs to place, not a layout's.
SELF_DRAWN = (
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTabBar,
    QCalendarWidget,
    QScrollBar,
)


def _inside_self_drawn(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, SELF_DRAWN):
            return True
        parent = parent.parentWidget()
    return False


def _scroll_viewport(widget: QWidget) -> bool:
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def _name(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 3:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(parts)


def _text_needs(widget: QWidget) -> QSize | None:
    """The size a label's or button's text needs, or None if it has no text to cut off."""
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
    elif not isinstance(widget, QAbstractButton) or not widget.text():
        return None
    if widget.hasHeightForWidth():
        # Wrapped text: the longest word must fit across, the wrapped lines down.
        width = widget.minimumSizeHint().width()
        return QSize(width, widget.heightForWidth(max(widget.width(), width)))
    return widget.sizeHint()


def _one_line_cut(widget: QWidget) -> str | None:
    """Text measured in the widget's font now, against the room it has now.

    A size hint can be stale or squeezed by a crowded row, and a combo box's hint says nothing
    about how much of its current text shows, so one-line text is measured directly.
    """
    if isinstance(widget, QComboBox):
        text = widget.currentText()
        if not text:
            return None
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        needs, room = widget.fontMetrics().horizontalAdvance(text), field.width()
    elif (
        isinstance(widget, QLabel)
        and widget.text()
        and not widget.wordWrap()
        and (
            widget.textFormat() == Qt.TextFormat.PlainText
            or (widget.textFormat() == Qt.TextFormat.AutoText and "<" not in widget.text())
        )
    ):
        text = widget.text()
        if widget.buddy() is not None:  # "&Theme" shows as "Theme"
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        needs = max(widget.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
        room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
    else:
        return None
    return f"{text!r} needs {needs}, has {room}" if needs > room + 1 else None


def _overlaps(parent: QWidget) -> list[str]:
    children = [
        c
        for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        # a toast floats over the page by design, for a few seconds
        if c.isVisible() and not c.isWindow() and c.property("role") != "toast"
    ]
    return [
        f"overlap: {_name(first)} and {_name(second)}"
        for i, first in enumerate(children)
        for second in children[i + 1 :]
        if first.geometry().intersects(second.geometry())
    ]


def geometry_problems(root: QWidget) -> list[str]:
    """Everything visible under ``root`` that is cut off, overlapping or too small for its text."""
    problems = _overlaps(root)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _inside_self_drawn(widget, root):
            continue
        parent = widget.parentWidget()
        if (
            parent is not None
            and not _scroll_viewport(parent)
            and not parent.rect().contains(widget.geometry())
        ):
            problems.append(f"cut off by its parent: {_name(widget)} {widget.geometry()}")
        needs = _text_needs(widget)
        if needs is not None and (
            needs.width() > widget.width() + 1 or needs.height() > widget.height() + 1
        ):
            problems.append(f"text cut: {_name(widget)} needs {needs}, has {widget.size()}")
        if (cut := _one_line_cut(widget)) is not None:
            problems.append(f"text cut: {_name(widget)} {cut}")
        if not isinstance(widget, SELF_DRAWN):
            problems += _overlaps(widget)
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            problems.append(f"scrolls sideways: {_name(widget)}")
    return problems


class Fit:
    """Collects every screen's problems so one run reports all of them."""

    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}
        self.seen: list[str] = []
        self.size = (WIDTH, HEIGHT)

    def check(self, where: str, root: QWidget) -> None:
        QTest.qWait(200)  # layouts with wrapped text settle over a few passes
        self.seen.append(where)
        found = geometry_problems(root)
        if isinstance(root, MainWindow) and (root.width(), root.height()) != self.size:
            found.append(f"the window grew to {root.width()}×{root.height()}")
        if found:
            self.found[where] = found

    def assert_clean(self) -> None:
        report = "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in self.found.items())
        assert not self.found, f"at {LARGEST}% text:\n" + report


@pytest.fixture
def fit(paths: AppPaths) -> Iterator[Fit]:
    prefs = Preferences(paths.settings_file)
    prefs.text_scale = LARGEST
    prefs.sync()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", LARGEST)  # for the dialogs made without a window
    found = Fit()
    yield found
    apply_theme(app, "light", 100)  # later tests in this process use the usual size
    found.assert_clean()


def sized(window: MainWindow) -> MainWindow:
    window.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
    return window


# -- the check itself --------------------------------------------------------------------------


def test_the_check_notices_cut_off_overlapping_and_squeezed_widgets(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 200)
    fine = QVBoxLayout(root)
    fine.addWidget(QLabel("Fits"))
    root.show()
    assert geometry_problems(root) == []

    squeezed = QPushButton("A long button text that cannot fit", root)
    squeezed.setGeometry(0, 0, 40, 20)
    outside = QLabel("x", root)
    outside.setGeometry(290, 190, 40, 40)
    wrapped = QLabel("many words " * 20, root)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 100, 200, 10)
    for widget in (squeezed, outside, wrapped):
        widget.show()
    found = geometry_problems(root)
    assert any(p.startswith("text cut") and "QPushButton" in p for p in found)
    assert any(p.startswith("cut off") for p in found)
    assert any(p.startswith("overlap") for p in found)
    assert sum(p.startswith("text cut") for p in found) == 2  # the button and the wrap


# -- the screens -------------------------------------------------------------------------------


def main_screens(qtbot: QtBot, window: MainWindow, fit: Fit, suffix: str = "") -> None:
    """Home, every screen of the navigation, an article and Get support now."""
    fit.check("Home" + suffix, window)
    shows = [
        ("Exercises", lambda: window.go("exercises")),
        ("Library", lambda: window.go("library")),
        ("Agreements", lambda: window.go("agreements")),
        ("Boundaries", lambda: window.go("boundaries")),
        ("Progress", lambda: window.go("progress")),
        ("History", lambda: window.go("history")),
        ("Settings", lambda: window.go("settings")),
        ("Get support now", lambda: window.go("support")),
    ]
    for name, show in shows:
        show()
        qtbot.waitUntil(lambda: not window.ops.busy())
        fit.check(name + suffix, window)
    window.features.library.show_library()
    qtbot.waitUntil(lambda: not window.ops.busy())
    window.features.library.open_article(next(iter(window.state.catalog.articles)))
    qtbot.waitUntil(lambda: window.current_screen() is window.screens["article"])
    fit.check("An article" + suffix, window)
    window.go("home")
    wait_for_screen(qtbot, window, HomeScreen)


def test_every_screen_of_an_open_vault(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    fit: Fit,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(service, ["Sam", "Alex"])
    window = sized(make_window())
    wait_for_screen(qtbot, window, HomeScreen)
    monkeypatch.setattr(window.access, "choose", lambda: window.state.profiles[0].id)
    main_screens(qtbot, window, fit)
    for exercise_id, together in (
        ("weekly-meeting", True),
        ("touch-check-in", True),
        ("feeling-check", True),
        ("set-one-boundary", False),
        ("map-and-bids", False),
        ("gentle-start", False),
    ):
        walk_exercise(qtbot, window, fit, exercise_id, together)
    window.lock_now()
    assert isinstance(window.current_screen(), LockScreen)
    fit.check("Lock screen", window)
    window.go("support")
    fit.check("Get support now, locked", window)


def test_the_main_screens_in_spanish(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, paths: AppPaths, fit: Fit
) -> None:
    """Spanish runs longer than English: the navigation and the forms must still fit."""
    prefs = Preferences(paths.settings_file)
    prefs.language = "es"
    prefs.sync()
    seed(service, ["Sam", "Alex"])
    try:
        window = sized(make_window())
        wait_for_screen(qtbot, window, HomeScreen)
        main_screens(qtbot, window, fit, " (es)")
        window.lock_now()
        fit.check("Lock screen (es)", window)
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, "en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_navigation_at_the_first_window_size(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    paths: AppPaths,
    fit: Fit,
    language: str,
) -> None:
    """A new window is 960×680: at 200% the rail keeps only its icons (each still named and
    marked) rather than squeezing the pages or cutting words ("jercicic"), in English and in
    Spanish; the top bar keeps Hide and Get support now whole."""
    prefs = Preferences(paths.settings_file)
    prefs.language = language
    prefs.sync()
    seed(service, ["Sam", "Alex"])
    fit.size = (960, 680)
    try:
        window = make_window()
        window.resize(*fit.size)
        QApplication.processEvents()
        wait_for_screen(qtbot, window, HomeScreen)
        for name, show in (
            ("Home", lambda: window.go("home")),
            ("Settings", lambda: window.go("settings")),
        ):
            show()
            qtbot.waitUntil(lambda: not window.ops.busy())
            fit.check(f"the top bar on {name} ({language}, 960×680)", window.ui.topBar)
            fit.check(f"the rail on {name} ({language}, 960×680)", window.rail)
            fit.check(f"{name} ({language}, 960×680)", window)
        assert window.rail.is_compact()
        home = window.rail.button("home")
        assert home.text() == "" and home.accessibleName() in ("Home", "Inicio")
        assert home.isChecked() is False and window.rail.button("settings").isChecked()
        assert window.rail.width() < 0.15 * window.width()
        assert (window.width(), window.height()) == fit.size
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, "en")


def test_first_run_pages(qtbot: QtBot, make_window: WindowFactory, fit: Fit) -> None:
    window = sized(make_window())
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    for page in range(fr.ui.steps.count()):
        fr.ui.steps.setCurrentIndex(page)
        fit.check(f"First run: {fr.ui.steps.currentWidget().objectName()}", window)
    fr.ui.steps.setCurrentWidget(fr.ui.protectPage)
    fr.ui.passphraseRadio.setChecked(True)
    fit.check("First run: with a passphrase", window)


def test_unlock_and_a_lock_that_asks_for_the_passphrase(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, fit: Fit
) -> None:
    seed_vault(service, ["Kai"], passphrase=PASSPHRASE)
    window = sized(make_window(MemoryStore()))
    wait_for_screen(qtbot, window, UnlockScreen)
    fit.check("Unlock", window)
    window.screens["unlock"].unlock_requested.emit(PASSPHRASE)
    wait_for_screen(qtbot, window, HomeScreen)
    window.lock_now()
    fit.check("Lock screen with a passphrase", window)


def _dialog_check(fit: Fit, where: str, dialog: QDialog) -> None:
    dialog.show()
    screen = QRect(0, 0, WIDTH, HEIGHT)
    if dialog.width() > screen.width() or dialog.height() > screen.height():
        fit.found.setdefault(where, []).append(f"the dialog needs {dialog.size()}")
    fit.check(where, dialog)


@pytest.mark.parametrize("mode", list(PinMode))
def test_the_pin_dialog(qtbot: QtBot, mode: PinMode, fit: Fit) -> None:
    dialog = PinDialog(mode, "Sam", lambda _c, _n: None)
    qtbot.addWidget(dialog)
    _dialog_check(fit, f"PIN dialog ({mode.value})", dialog)
    dialog.reject()


@pytest.mark.parametrize("mode", list(PassphraseMode))
def test_the_passphrase_dialog(qtbot: QtBot, mode: PassphraseMode, fit: Fit) -> None:
    dialog = PassphraseDialog(mode)
    qtbot.addWidget(dialog)
    _dialog_check(fit, f"Passphrase dialog ({mode.value})", dialog)
    dialog.reject()


def _table_cut(table: QTableWidget) -> list[str]:
    """A table's cells are drawn by the view, so the widget walk cannot see them cut short.

    Each cell's text, wrapped at its column's width less the padding the view adds, must fit
    the column across and its row down; the headers must fit whole.
    """
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    found = [
        f"header {c} is {header.sectionSize(c)} wide, needs {header.sectionSizeHint(c)}"
        for c in range(table.columnCount())
        if header.sectionSizeHint(c) > header.sectionSize(c) + 1
    ]
    for c in range(table.columnCount()):
        texts = [table.item(r, c).text() for r in range(table.rowCount())]
        padding = table.sizeHintForColumn(c) - max(metrics.horizontalAdvance(t) for t in texts)
        room = header.sectionSize(c) - padding
        for r, text in enumerate(texts):
            wrap = Qt.TextFlag.TextWordWrap if table.wordWrap() else Qt.TextFlag(0)
            # A pixel's slack, as below: the view lays text out in fractions of a pixel, so a
            # text exactly as wide as its column stays on one line there.
            needs = metrics.boundingRect(QRect(0, 0, room + 1, 100_000), wrap, text)
            if needs.width() > room + 1 or needs.height() > table.rowHeight(r):
                found.append(f"{text!r} needs {needs.size()}, has {room}×{table.rowHeight(r)}")
    if table.horizontalScrollBar().maximum() > 0:
        found.append("the table scrolls sideways")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_shortcuts_dialog(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    paths: AppPaths,
    fit: Fit,
    language: str,
) -> None:
    prefs = Preferences(paths.settings_file)
    prefs.language = language
    prefs.sync()
    seed_vault(service, ["Kai"])
    try:
        window = sized(make_window())
        wait_for_screen(qtbot, window, HomeScreen)
        window.show_shortcuts()
        dialog = window._shortcuts_dialog
        assert isinstance(dialog, ShortcutsDialog)
        qtbot.waitUntil(dialog.isVisible)
        where = f"Keyboard shortcuts ({language})"
        _dialog_check(fit, where, dialog)
        if cut := _table_cut(dialog.table):
            fit.found.setdefault(where, []).extend(cut)
        assert dialog.close_button.icon().isNull()  # the style's icon overlapped the word
        dialog.reject()
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, "en")


def test_a_pin_asked_by_the_window(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, fit: Fit
) -> None:
    seed_vault(service, ["Kai"])
    window = sized(make_window())
    wait_for_screen(qtbot, window, HomeScreen)
    seen: list[bool] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            fit.check(f"Dialog {type(dialog).__name__}", dialog)
            seen.append(True)
            dialog.reject()

    QTimer.singleShot(200, inspect)
    window.features.settings._change_pin(window.state.profiles[0].id, PinMode.SET.value)
    assert seen
