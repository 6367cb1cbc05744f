"""Bond with the keyboard alone: no clicks, no direct calls, only keys on whatever has focus.

From the first run as "the two of us", through a weekly meeting together, into the library and an
article, and to Get support now (F1) from several screens, locked included; then the list of
keyboard shortcuts from the Help menu.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bond.gui.main_window import MainWindow
from bond.gui.screens.article import ArticleScreen
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.library import LibraryScreen
from bond.gui.screens.lock import LockScreen
from bond.gui.screens.support import SupportScreen
from bond.gui.shortcuts_dialog import ShortcutsDialog
from bond.services.agreements import AgreementService
from bond.services.exercise_flow import FrameKind
from bond.services.vault_service import VaultService
from tests.gui.conftest import (
    WindowFactory,
    activate,
    keys,
    press,
    seed_vault,
    tab_to,
    wait_for_screen,
)
from tests.gui.test_exercises import next_step, open_exercise

CTRL = Qt.KeyboardModifier.ControlModifier


def support_and_back(window: MainWindow) -> None:
    """F1 from wherever the person is, then Escape back to the same place."""
    before = window.current_screen()
    press(Qt.Key.Key_F1)
    assert isinstance(window.current_screen(), SupportScreen)
    assert QApplication.focusWidget() is window.screens["support"].ui.regionCombo
    press(Qt.Key.Key_Escape)
    assert window.current_screen() is before


def first_run_as_two(qtbot: QtBot, window: MainWindow) -> None:
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    support_and_back(window)
    activate(fr.ui.nextButton)  # Get started
    activate(fr.ui.nextButton)  # past the safety page
    assert QApplication.focusWidget() is fr.ui.soloRadio
    press(Qt.Key.Key_Down)
    assert fr.ui.coupleRadio.isChecked()
    activate(fr.ui.nextButton)
    keys(QApplication.focusWidget(), "Sam")
    press(Qt.Key.Key_Tab)
    keys(QApplication.focusWidget(), "Alex")
    press(Qt.Key.Key_Return)
    assert fr.ui.steps.currentWidget() is fr.ui.protectPage
    activate(fr.ui.nextButton)  # keep the key in the keyring
    wait_for_screen(qtbot, window, HomeScreen)
    assert "Sam and Alex" in window.features.home.screen.ui.greetingLabel.text()


def accept_safety_note_by_keyboard() -> None:
    """The one-time note before the first exercise together: Return takes "Start together"."""
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "first exercise together" in box.text()
    press(Qt.Key.Key_Return)


def weekly_meeting(qtbot: QtBot, window: MainWindow) -> None:
    QTimer.singleShot(300, accept_safety_note_by_keyboard)
    runner = open_exercise(qtbot, window, "Weekly relationship meeting", together=True)
    support_and_back(window)  # mid-exercise, nothing is lost
    for _ in range(80):
        frame = runner.run.frame
        if frame.kind is FrameKind.DONE:
            break
        step = frame.step
        if frame.kind is FrameKind.STEP and step is not None:
            kind = step.type.value
            if kind == "rating":
                press(Qt.Key.Key_Right)
            elif kind in ("text", "agreement"):
                keys(QApplication.focusWidget(), "Phones away at dinner")
            elif kind == "turns":
                for _turn in range(12):
                    if runner.run.flow.can_go_next:
                        break
                    press(Qt.Key.Key_Space)
            elif kind == "reveal":
                for person in runner.run.people:
                    widget = runner.widget
                    activate(widget.buttons[person])  # type: ignore[union-attr]
        next_step(runner)
        qtbot.waitUntil(lambda: not runner.writes.busy())
    assert runner.run.frame.kind is FrameKind.DONE
    next_step(runner)  # Finish
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.state.vault is not None
    assert [a.text for a in AgreementService(window.state.vault).active()] == [
        "Phones away at dinner"
    ]


def library_and_an_article(qtbot: QtBot, window: MainWindow) -> None:
    press(Qt.Key.Key_L, CTRL)
    wait_for_screen(qtbot, window, LibraryScreen)
    library = window.screens["library"]
    support_and_back(window)
    tab_to(library.ui.searchEdit)
    keys(library.ui.searchEdit, "repair")
    qtbot.waitUntil(
        lambda: library.model.rowCount() >= 1 and "found" in library.ui.statusLabel.text()
    )
    press(Qt.Key.Key_Return)  # opens the best match
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), ArticleScreen), timeout=10000)
    view = window.screens["article"]
    if view.ui.notePanel.isVisible():
        activate(view.ui.readNowButton)
    assert view.ui.textView.isVisible() and view.ui.textView.toPlainText()
    support_and_back(window)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), LibraryScreen))
    press(Qt.Key.Key_H, CTRL)
    wait_for_screen(qtbot, window, HomeScreen)


def test_everything_by_keyboard_alone(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    first_run_as_two(qtbot, window)
    support_and_back(window)
    weekly_meeting(qtbot, window)
    library_and_an_article(qtbot, window)
    # Locked: F1 still works, and Escape goes back to the lock, never to what was there.
    press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(window.current_screen(), LockScreen)
    support_and_back(window)
    assert isinstance(window.current_screen(), LockScreen)


def test_keyboard_shortcuts_are_listed_from_the_actions(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.ui.actionShortcuts in window.ui.menuHelp.actions()
    press(Qt.Key.Key_Slash, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    rows = {what: keys_ for keys_, what in dialog.rows()}
    native = QKeySequence.SequenceFormat.NativeText
    # Every menu action with a shortcut is there, with the keys it really has.
    for action in (window.ui.actionSupport, window.ui.actionLibrary, window.ui.actionLargerText):
        label = action.text().replace("&", "")
        assert label in rows
        assert action.shortcut().toString(native) in rows[label]
    assert rows[window.ui.hideButton.accessibleName()]  # Ctrl+Shift+H and Shift three times
    assert any("Esc" in k for k in rows.values())
    press(Qt.Key.Key_Down)  # arrows move through the list
    assert dialog.table.currentRow() == 1
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert isinstance(window.current_screen(), HomeScreen)  # Escape closed only the list


def test_tab_on_home_reaches_a_resume_button_added_after_start_up(qtbot: QtBot) -> None:
    """Unlocking adds the resume buttons late; Tab must still meet them in reading order."""
    home = HomeScreen()
    qtbot.addWidget(home)
    home.show_ahead(datetime(2026, 1, 5, 19, 0), ("weekly-meeting", "Weekly meeting", True), [])
    home.show()
    home.show_continue([("s1", "Weekly meeting (Sam and Alex)")])
    after: list[QWidget] = []
    widget = home.ui.suggestButton.nextInFocusChain()
    while widget is not home.ui.suggestButton and len(after) < 3:
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            after.append(widget)
        widget = widget.nextInFocusChain()
    assert after[0] is home._continue_buttons[0]
    assert after[1] is home.ui.exercisesButton


def test_a_scrolling_page_shows_when_it_has_the_focus(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """A page that scrolls is a Tab stop (the arrow keys move it), so it must show the focus."""
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    area = window.features.home.screen.ui.scrollArea

    def edge() -> object:
        QApplication.processEvents()
        return area.grab().toImage().pixelColor(area.width() // 2, 0).name()

    before = edge()
    tab_to(area)
    assert edge() != before
