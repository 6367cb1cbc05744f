"""The library with the keyboard: search, a content note, an internal link into an exercise and
back, a bookmark and a reading position that survive a restart; a no-trace article leaves none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bond.gui.screens.article import ArticleScreen
from bond.gui.screens.exercises import ExercisesScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.library import LibraryScreen
from bond.services.library import ReadingService
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, activate, keys, press, seed_vault, wait_for_screen


def make_vault(service: VaultService) -> None:
    seed_vault(service, ["Robin"])


def open_library(qtbot: QtBot, window) -> LibraryScreen:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), LibraryScreen), timeout=10000)
    return window.screens["library"]


def test_search_content_note_links_bookmark_and_position(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    library = open_library(qtbot, window)
    assert library.model.rowCount() >= 16
    keys(library.ui.searchEdit, "trauma closeness")
    qtbot.waitUntil(
        lambda: library.model.rowCount() >= 1 and "found" in library.ui.statusLabel.text()
    )
    # What was found is said on the field that has the keyboard (a label is never reached).
    assert library.ui.statusLabel.text() in library.ui.searchEdit.accessibleDescription()
    first = library.model.index(0, 0)
    assert "<b>" in str(first.data(Qt.ItemDataRole.UserRole + 20))
    press(Qt.Key.Key_Return)  # opens the best match
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), ArticleScreen), timeout=10000)
    view = window.screens["article"]
    assert view.article is not None and view.article.slug == "trauma-and-closeness"
    assert view.ui.notePanel.isVisible() and not view.ui.textView.isVisible()
    activate(view.ui.readNowButton)
    assert view.ui.textView.isVisible()
    text = view.ui.textView.toPlainText()
    assert "Sources" in text and "Try it:" in text
    # Follow "Try it" into an exercise, then come back.
    link = next(e for e in view.article.related_exercises)
    view._link(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl(f"bond://exercise/{link}"))
    assert isinstance(window.current_screen(), ExercisesScreen)
    assert window.screens["exercises"].current().id == link
    activate(window.screens["exercises"].ui.returnButton)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), ArticleScreen), timeout=10000)
    assert view.ui.textView.isVisible()  # the content note choice was remembered
    # (Tab inside the article walks through its links, as in a web browser; go straight there.)
    view.ui.bookmarkButton.setFocus()
    press(Qt.Key.Key_Space)
    bar = view.ui.textView.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.wait(300)  # let the document finish its layout
    bar.setValue(bar.maximum() // 2)
    view.ui.backButton.setFocus()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), LibraryScreen), timeout=10000)
    window.ops.wait()
    window.close()

    again = make_window()
    wait_for_screen(qtbot, again, HomeScreen)
    library = open_library(qtbot, again)
    assert library.ui.continueBox.isVisible()
    state = library.states["trauma-and-closeness"]
    assert state.bookmarked and 300 <= state.position <= 700 and state.note_choice == "read"
    library.ui.showCombo.setCurrentIndex(library.ui.showCombo.findData("bookmarked"))
    assert library.model.rowCount() == 1


def test_the_abuse_article_leaves_no_trace(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    open_library(qtbot, window)
    window.features.library.open_article("healthy-unhealthy-abusive")
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), ArticleScreen), timeout=10000)
    view = window.screens["article"]
    assert not view.ui.bookmarkButton.isVisible()
    activate(view.ui.readNowButton)
    view.ui.textView.verticalScrollBar().setValue(view.ui.textView.verticalScrollBar().maximum())
    activate(view.ui.backButton)
    window.ops.wait()
    assert window.state.vault is not None
    reading = ReadingService(window.state.vault, window.state.catalog.articles)
    assert reading.states(window.state.profiles[0].id) == {}


def test_save_as_pdf(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from bond.gui.reports import save_pdf

    make_vault(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    open_library(qtbot, window)
    window.features.library.open_article("boundaries-basics")
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), ArticleScreen), timeout=10000)
    target = tmp_path / "boundaries.pdf"
    save_pdf(window.screens["article"].ui.textView.document(), target, "Boundaries")
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 5000


def test_web_links_ask_first_and_never_open_without_a_yes(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    make_vault(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    opened: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    view = window.screens["article"]
    view._link(QUrl("https://example.org/help"))
    assert asked and "example.org" in asked[0] and opened == []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view._link(QUrl("https://example.org/help"))
    assert opened == ["https://example.org/help"]
    view._link(QUrl("file:///etc/passwd"))
    assert opened == ["https://example.org/help"]


def test_the_search_is_forgotten_and_the_place_kept_on_leaving(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    library = open_library(qtbot, window)
    keys(library.ui.searchEdit, "habits")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), ArticleScreen), timeout=10000)
    view = window.screens["article"]
    bar = view.ui.textView.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.wait(300)
    bar.setValue(bar.maximum() // 3)
    press(Qt.Key.Key_Escape)  # straight out, before any timer fires
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), LibraryScreen), timeout=10000)
    assert library.ui.searchEdit.text() == "habits"  # Back from the article keeps the search
    press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    wait_for_screen(qtbot, window, HomeScreen)
    library = open_library(qtbot, window)
    assert library.ui.searchEdit.text() == ""  # a new visit starts clean
    window.ops.wait()
    assert window.state.vault is not None
    states = ReadingService(window.state.vault, window.state.catalog.articles).states(
        window.state.profiles[0].id
    )
    assert 250 <= states["four-habits"].position <= 420
