"""GUI fixtures: a real MainWindow over real services, with an in-memory keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.domain.profiles import Household
from bond.gui.app import build_window
from bond.gui.main_window import MainWindow
from bond.security.secrets import MemoryStore
from bond.services.profiles import ProfileService
from bond.services.vault_service import Custody, VaultService
from tests.conftest import FAST_KDF

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, paths: AppPaths, store: MemoryStore) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def factory(secrets: MemoryStore | None = None, **kwargs: Any) -> MainWindow:
        window = build_window(paths, secrets or store, kdf=FAST_KDF, **kwargs)
        qtbot.addWidget(window)
        window.resize(960, 700)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        window.start()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.ops.wait()
        window.close()


def wait_for_screen(
    qtbot: QtBot, window: MainWindow, screen_type: type, timeout: int = 15000
) -> None:
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), screen_type), timeout=timeout)
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=timeout)


def toast_text(window: QWidget) -> str:
    """What the window's toast says now ("" when none is on show)."""
    from bond.gui.design.toast import toast_for

    return toast_for(window).message()


def keys(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on whatever has the keyboard focus, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    QTest.keyClick(target, key, modifier)


def tab_to(widget: QWidget, limit: int = 30) -> None:
    """Move the focus with Tab until it reaches ``widget`` (fails if Tab never gets there)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def activate(button: QWidget) -> None:
    """Reach a button with Tab and press it with Space."""
    tab_to(button)
    press(Qt.Key.Key_Space)


def seed_vault(
    service: VaultService,
    names: list[str],
    *,
    passphrase: str | None = None,
    note_read: bool = True,
) -> None:
    """A vault with its profiles made, as the first run leaves it (keyring, plus a passphrase)."""
    vault = service.create(Custody(keyring=True, passphrase=passphrase))
    profiles = ProfileService(vault)
    profiles.set_up(Household.SOLO if len(names) == 1 else Household.COUPLE, names)
    if note_read:  # the one-time safety note before exercises for two has its own test
        profiles.set_flag("together-safety-note")
    vault.close()


@pytest.fixture(autouse=True, scope="session")
def english_plurals() -> None:
    """Widgets made without a window still read English plural forms ("1 minute left")."""
    from bond.gui.app import make_application
    from bond.gui.i18n import install_language

    install_language(make_application(), "en")
