"""An article has a caret the arrow keys move (a screen reader reads it line by line), and Tab
from link to link has each link's words put where a screen reader says them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bond.content.catalog import load_catalog
from bond.gui.screens.article import ArticleScreen
from bond.paths import content_dir
from tests.gui.conftest import press


def test_the_arrow_keys_move_a_caret_and_tab_says_each_link(qtbot: QtBot) -> None:
    catalog = load_catalog(content_dir())
    screen = ArticleScreen(
        catalog.sources,
        {k: e.title for k, e in catalog.exercises.items()},
        {k: a.title for k, a in catalog.articles.items()},
    )
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    article = catalog.articles["four-habits"]
    screen.show_article(article, None)
    view = screen.ui.textView
    assert QApplication.focusWidget() is view
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    qtbot.waitUntil(lambda: article.title in view.accessibleDescription())  # once it has focus
    press(Qt.Key.Key_Down)  # the title's second line: a heading, which its words do not say
    assert "Heading level 1" in view.accessibleDescription()
    press(Qt.Key.Key_Down)
    assert view.textCursor().block().text().startswith("Some habits")  # the caret moved
    assert "Heading" not in view.accessibleDescription()
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.accessibleDescription().startswith("Link: "))
    assert view.textCursor().selectedText() in view.accessibleDescription()
    press(Qt.Key.Key_Down)  # off the link: its words are no longer said
    qtbot.waitUntil(lambda: "Link: " not in view.accessibleDescription())
    for _ in range(200):  # on down to the first section's heading
        press(Qt.Key.Key_Down)
        if view.textCursor().block().blockFormat().headingLevel() == 2:
            break
    assert "Heading level 2" in view.accessibleDescription()
