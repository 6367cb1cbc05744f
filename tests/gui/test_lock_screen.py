"""The lock screen's calm picture: decoration only, above the words, and it gives way to them
when the room runs out (200% text in the first window's 960×680)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.preferences import Preferences
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.lock import LockScreen
from bond.gui.theme import apply_theme
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen
from tests.gui.test_text_size import geometry_problems


def test_the_lock_picture_is_decoration_above_the_words(qtbot: QtBot) -> None:
    screen = LockScreen()
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.prepare(needs_passphrase=True)
    screen.show()
    qtbot.waitExposed(screen)
    QTest.qWait(50)
    picture = screen.picture
    assert picture.isVisible() and picture.name == "lock"
    assert picture.accessibleName() == "" and picture.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert picture.geometry().bottom() < screen.ui.titleLabel.geometry().top()
    assert picture.height() == picture.sizeHint().height()  # room enough: full size
    assert geometry_problems(screen) == []


@pytest.mark.parametrize("passphrase", [False, True])
def test_the_lock_fits_the_first_window_at_200_percent(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    paths: AppPaths,
    passphrase: bool,
) -> None:
    prefs = Preferences(paths.settings_file)
    prefs.text_scale = 200
    prefs.sync()
    seed_vault(service, ["Sam", "Alex"], passphrase="correct horse battery" if passphrase else None)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window = make_window()
        window.resize(960, 680)
        QApplication.processEvents()
        if not passphrase:
            wait_for_screen(qtbot, window, HomeScreen)
        window.lock_now()
        assert isinstance(window.current_screen(), LockScreen)
        QTest.qWait(200)  # wrapped text settles over a few passes
        lock = window.lock_screen
        assert geometry_problems(lock) == []
        picture = lock.picture
        if picture.isVisible():  # shrunk to the room the words leave, never over them
            assert picture.height() >= picture.minimumSizeHint().height()
            assert picture.geometry().bottom() < lock.ui.titleLabel.geometry().top()
        assert lock.ui.unlockButton.geometry().bottom() <= lock.height()
        # Back at 100% in a roomy window the picture comes back whole.
        apply_theme(app, "light", 100)
        window.resize(1280, 800)
        QTest.qWait(200)
        assert picture.isVisible() and picture.height() == picture.sizeHint().height()
        assert geometry_problems(lock) == []
    finally:
        apply_theme(app, "light", 100)
