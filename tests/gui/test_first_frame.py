"""The first frame is the window's shell; the rest is built after it without moving anything."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.app import AfterFirstFrame, build_window
from bond.gui.screens.first_run import FirstRunScreen
from bond.security.secrets import MemoryStore
from tests.conftest import FAST_KDF
from tests.gui.conftest import press, wait_for_screen


def visible_geometry(window: QWidget) -> dict[str, tuple[int, int, int, int]]:
    """Where every visible widget is drawn, in window coordinates."""
    found = {}
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.objectName():
            top_left = widget.mapTo(window, QPoint(0, 0))
            found[widget.objectName()] = (
                top_left.x(),
                top_left.y(),
                widget.width(),
                widget.height(),
            )
    return found


def test_building_the_rest_moves_nothing_on_the_first_frame(
    qtbot: QtBot, paths: AppPaths, store: MemoryStore
) -> None:
    window = build_window(paths, store, kdf=FAST_KDF, complete=False)
    qtbot.addWidget(window)
    window.resize(960, 700)
    window.show()
    qtbot.waitExposed(window)
    first = visible_geometry(window)
    assert {"supportButton", "hideButton", "messageLabel"} <= first.keys()
    window.complete()
    qtbot.wait(50)
    assert visible_geometry(window) == first
    # Hide is out of the Tab chain from then on; the focus never starts on it (a stray Space
    # would lock Bond).
    window.activateWindow()
    qtbot.waitActive(window)
    assert QApplication.focusWidget() is window.ui.supportButton
    window.ops.wait()


def test_the_app_starts_the_vault_after_the_first_painted_frame_and_start_completes(
    qtbot: QtBot, paths: AppPaths, store: MemoryStore
) -> None:
    window = build_window(paths, store, kdf=FAST_KDF, complete=False)
    qtbot.addWidget(window)
    started: list[bool] = []
    AfterFirstFrame(window, lambda: (started.append(True), window.start()))
    assert not started
    window.show()
    qtbot.waitUntil(lambda: bool(started))
    assert started == [True]  # once
    wait_for_screen(qtbot, window, FirstRunScreen)
    assert window.ui.actionSupport.shortcut().toString() == "F1"  # the keys, set by ``start``
    # The lock watcher starts once that first screen is up: Shift three times hides Bond.
    qtbot.waitUntil(lambda: window._watching)
    for _ in range(3):
        press(Qt.Key.Key_Shift)
    assert window.current_screen() is window.lock_screen
    window.ops.wait()
    window.close()
