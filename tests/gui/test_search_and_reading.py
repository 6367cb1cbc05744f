"""Searching by keyboard, marking only words that carry meaning, and a reading column.

Ctrl+F goes to the search field where a screen has one (the library, the exercises) and is listed
among the keyboard shortcuts; Enter opens what was found first. A search for "feelings and needs"
marks feelings and needs, never every "and". An article's lines hold about 70 characters on a
wide window, and at 200% text nothing scrolls sideways on a small one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QShortcut, QTextDocument
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.main_window import MainWindow
from bond.gui.preferences import Preferences
from bond.gui.screens.article import LEFT_PX, ArticleScreen
from bond.gui.screens.exercises import ExercisesScreen
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.library import LibraryScreen
from bond.gui.shortcuts_dialog import shortcut_rows
from bond.gui.theme import apply_theme
from bond.gui.widgets.html_delegate import HtmlRole
from bond.gui.widgets.reading_column import column_width, measure_px
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, keys, press, seed_vault, wait_for_screen

CTRL = Qt.KeyboardModifier.ControlModifier
MARK = QColor("#FFE58A")  # the article view's highlight


def marked(doc: QTextDocument) -> list[str]:
    """The pieces of text the article view highlighted."""
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().color() == MARK:
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def rendered_lines(doc: QTextDocument) -> list[str]:
    """Each line as laid out on screen, from the document's own layout."""
    lines = []
    block = doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
        block = block.next()
    return [line for line in lines if line]


def opened(qtbot: QtBot, window: MainWindow) -> MainWindow:
    wait_for_screen(qtbot, window, HomeScreen)
    return window


@pytest.fixture
def window(qtbot: QtBot, make_window: WindowFactory, service: VaultService) -> MainWindow:
    seed_vault(service, ["Robin"])
    return opened(qtbot, make_window())


def test_ctrl_f_then_enter_opens_the_article_and_and_is_not_marked(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(Qt.Key.Key_L, CTRL)
    wait_for_screen(qtbot, window, LibraryScreen)
    library = window.screens["library"]
    library.ui.listView.setFocus()  # somewhere else on the screen
    press(Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is library.ui.searchEdit
    keys(library.ui.searchEdit, "feelings and needs")
    qtbot.waitUntil(lambda: "found" in library.ui.statusLabel.text())
    results = [
        str(library.model.index(row, 0).data(HtmlRole)) for row in range(library.model.rowCount())
    ]
    assert "<u>feelings</u>" in results[0] and "<b>needs</b>" in " ".join(results).casefold()
    for result in results:
        assert not re.search(r"<([bu])>and</\1>", result, re.IGNORECASE), result
    press(Qt.Key.Key_Return)  # the first found opens
    wait_for_screen(qtbot, window, ArticleScreen)
    view = window.screens["article"]
    assert view.article is not None and view.article.slug == "feelings-and-needs"
    pieces = marked(view.ui.textView.document())
    assert len(pieces) >= 5
    assert all(p.casefold().startswith(("feeling", "need")) for p in pieces), pieces
    # The shortcut says what it does in Help → Keyboard shortcuts.
    rows = shortcut_rows(window.findChildren(QShortcut))
    assert any(what == "Search the library" and "F" in keys_ for keys_, what in rows)


def test_a_quoted_phrase_is_marked_whole(qtbot: QtBot, window: MainWindow) -> None:
    window.go('article/feelings-and-needs?q="feelings and needs"')
    wait_for_screen(qtbot, window, ArticleScreen)
    pieces = marked(window.screens["article"].ui.textView.document())
    assert "feelings and needs" in [p.casefold() for p in pieces]
    assert "and" not in [p.casefold().strip() for p in pieces]


def test_ctrl_f_and_enter_in_the_exercises(qtbot: QtBot, window: MainWindow) -> None:
    window.go("exercises")
    wait_for_screen(qtbot, window, ExercisesScreen)
    screen = window.screens["exercises"]
    every = screen.model.rowCount()
    screen.ui.listView.setFocus()
    press(Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is screen.search_edit
    keys(screen.search_edit, "set a boundary")
    assert 1 <= screen.model.rowCount() < every
    first = screen.model.exercise(0)
    assert first is not None and first.id == "set-one-boundary"  # found by its title first
    screen.ui.listView.setCurrentIndex(screen.model.index(screen.model.rowCount() - 1, 0))
    press(Qt.Key.Key_Return)
    current = screen.current()
    assert current is not None and current.id == "set-one-boundary"
    assert screen.ui.detailTitle.text() == current.title  # its description shows
    assert QApplication.focusWidget() is screen.ui.listView
    assert window.current_screen() is screen  # nothing started
    keys(screen.search_edit, "zzqqxx")
    assert screen.model.rowCount() == 0
    window.go("home")  # what was searched for does not outlive the visit
    wait_for_screen(qtbot, window, HomeScreen)
    assert screen.search_edit.text() == "" and screen.model.rowCount() == every
    rows = shortcut_rows(window.findChildren(QShortcut))
    assert any(what == "Search the exercises" for _keys, what in rows)


def test_an_article_reads_in_lines_of_the_measure_from_the_page_s_edge(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 800)
    window.go("article/feelings-and-needs")
    wait_for_screen(qtbot, window, ArticleScreen)
    view = window.screens["article"].ui.textView
    qtbot.wait(50)  # laid out
    lines = rendered_lines(view.document())
    assert len(lines) > 40
    short = [line for line in lines if len(line) <= 80]
    assert len(short) >= 0.9 * len(lines), [line for line in lines if len(line) > 80]
    assert max(len(line) for line in lines) >= 55  # a column, not a sliver
    margins = view.document().rootFrame().frameFormat()
    assert margins.leftMargin() == LEFT_PX  # from the page's edge, not centred in the pane
    line = view.viewport().width() - margins.leftMargin() - margins.rightMargin()
    assert measure_px() - 40 <= line <= measure_px()  # the measure: 600-640 px at 100%
    title = window.screens["article"].ui.backButton
    assert view.mapTo(window, QPoint(0, 0)).x() == title.mapTo(window, QPoint(0, 0)).x()


@pytest.fixture
def large_text(paths: AppPaths) -> Iterator[None]:
    prefs = Preferences(paths.settings_file)
    prefs.text_scale = 200
    prefs.sync()
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 100)  # later tests in this process use the usual size


def no_sideways_scrolling(area: QScrollArea | None, where: str) -> None:
    assert area is not None
    assert area.horizontalScrollBar().maximum() == 0, f"{where} scrolls sideways"


def test_at_200_percent_nothing_scrolls_sideways(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, large_text: None
) -> None:
    seed_vault(service, ["Robin"])
    window = opened(qtbot, make_window())
    window.resize(960, 680)
    window.go("article/feelings-and-needs")
    wait_for_screen(qtbot, window, ArticleScreen)
    view = window.screens["article"].ui.textView
    qtbot.wait(50)
    assert view.horizontalScrollBar().maximum() == 0
    assert view.document().idealWidth() <= view.viewport().width()
    window.go("support")
    qtbot.waitUntil(lambda: window.current_screen() is window.screens["support"])
    support = window.screens["support"]
    no_sideways_scrolling(support.ui.scrollArea, "Get support now")
    assert support.ui.introLabel.width() <= support.ui.scrollArea.viewport().width()


def test_first_run_reads_in_a_centred_column(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), FirstRunScreen), timeout=10000)
    screen = window.current_screen()
    assert isinstance(screen, FirstRunScreen)
    window.resize(1280, 800)
    QApplication.processEvents()
    text, room = screen.ui.welcomeText, screen.ui.scrollContents
    left = text.mapTo(room, text.rect().topLeft()).x()
    right = room.width() - left - text.width()
    assert text.width() <= column_width(text) + 40
    assert abs(left - right) <= 40  # centred
    window.resize(960, 680)
    QApplication.processEvents()
    no_sideways_scrolling(screen.ui.scrollArea, "first run")


def test_first_run_at_200_percent_does_not_scroll_sideways(
    qtbot: QtBot, make_window: WindowFactory, large_text: None
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), FirstRunScreen), timeout=10000)
    screen = window.current_screen()
    assert isinstance(screen, FirstRunScreen)
    window.resize(960, 680)
    for _page in range(3):
        QApplication.processEvents()
        no_sideways_scrolling(screen.ui.scrollArea, f"first run, step {screen.index + 1}")
        screen.go_next()
