"""The first frame is the window's shell; the rest is built after it without moving anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.app import AfterFirstFrame, build_window
from bond.gui.features.base import Place
from bond.gui.features.home import HomeFeature
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.support import SupportScreen
from bond.security.secrets import MemoryStore
from bond.services.vault_service import VaultService
from tests.conftest import FAST_KDF
from tests.gui.conftest import WindowFactory, press, seed_vault, wait_for_screen


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
    qtbot: QtBot, paths: AppPaths, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bond.gui.app.FIRST_FRAME_AT_THE_LATEST_MS", 60_000)  # the paint only
    window = build_window(paths, store, kdf=FAST_KDF, complete=False)
    qtbot.addWidget(window)
    started: list[bool] = []
    AfterFirstFrame(window, lambda painted: (started.append(painted), window.start()))
    assert not started
    window.show()
    qtbot.waitUntil(lambda: bool(started))
    assert started == [True]  # once
    wait_for_screen(qtbot, window, FirstRunScreen)
    assert window.ui.actionSupport.shortcut().toString() == "F1"  # the keys, set by ``start``
    # The lock watcher starts once that first screen is up: Shift three times hides Bond.
    qtbot.waitUntil(lambda: window.watcher.watching)
    for _ in range(3):
        press(Qt.Key.Key_Shift)
    assert window.current_screen() is window.lock_screen
    window.ops.wait()
    window.close()


def test_the_watcher_starts_even_when_the_person_leaves_home_while_it_loads(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F1 pressed while Home's data loads used to leave Shift three times (and idle tracking)
    off for the whole session: the watcher waited for Home, which never came."""
    monkeypatch.setattr("bond.gui.main_window.WATCH_AT_THE_LATEST_MS", 60_000)  # no fallback
    seed_vault(service, ["Kai"])
    original = HomeFeature.open

    def show_home_then_support(self: HomeFeature, place: Place, notice: str = "") -> None:
        original(self, place, notice)
        self.shell.go("support")  # as if F1 were pressed at once

    monkeypatch.setattr(HomeFeature, "open", show_home_then_support)
    window = make_window()
    wait_for_screen(qtbot, window, SupportScreen)
    qtbot.waitUntil(lambda: window.watcher.watching)
    for _ in range(3):
        press(Qt.Key.Key_Shift)
    assert window.current_screen() is window.lock_screen


def test_a_window_that_is_never_painted_still_opens_its_vault(
    qtbot: QtBot, paths: AppPaths, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started minimised or on another workspace, the window may not paint for a long time;
    the vault opens anyway after FIRST_FRAME_AT_THE_LATEST_MS."""
    monkeypatch.setattr("bond.gui.app.FIRST_FRAME_AT_THE_LATEST_MS", 100)
    window = build_window(paths, store, kdf=FAST_KDF, complete=False)
    qtbot.addWidget(window)
    started: list[bool] = []
    AfterFirstFrame(window, started.append)
    qtbot.waitUntil(lambda: bool(started), timeout=2000)  # never shown, never painted
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert started == [False]  # not painted; and not run again at the first paint


def test_the_watcher_starts_at_the_latest_a_few_seconds_after_start(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when no screen follows the waiting screen (here, Home's data never arrives)."""
    monkeypatch.setattr("bond.gui.main_window.WATCH_AT_THE_LATEST_MS", 200)
    monkeypatch.setattr(HomeFeature, "open", lambda self, place, notice="": None)
    seed_vault(service, ["Kai"])
    window = make_window()
    qtbot.waitUntil(lambda: window.state.vault is not None)
    assert window.current_screen() is window.busy
    qtbot.waitUntil(lambda: window.watcher.watching, timeout=3000)
