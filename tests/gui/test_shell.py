"""The shell: problems are explained without touching the vault, appearance, no network."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.problem import ProblemScreen
from bond.gui.screens.settings import SettingsScreen
from bond.gui.screens.support import SupportScreen
from bond.security.secrets import MemoryStore
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import VaultService
from bond.storage import schema
from tests.conftest import snapshot
from tests.gui.conftest import WindowFactory, activate, keys, press, seed_vault, wait_for_screen


def make_vault(service: VaultService, names: list[str]) -> None:
    seed_vault(service, names)


def test_damaged_vault_is_explained_and_untouched(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, paths: AppPaths
) -> None:
    make_vault(service, ["Sam"])
    db = VaultFiles(paths.data_dir).db
    db.write_bytes(db.read_bytes()[:4096] + b"\x13" * 8192)
    before = snapshot(paths.data_dir)
    window = make_window()
    wait_for_screen(qtbot, window, ProblemScreen)
    problem = window.screens["problem"]
    assert "could not open" in problem.ui.titleLabel.text()
    assert "damaged" in problem.ui.messageLabel.text()
    assert str(paths.data_dir) in problem.ui.detailsLabel.text()
    assert not problem.ui.restoreButton.isVisible()  # no backup exists yet
    assert not window.rail.button("home").isVisible()
    assert snapshot(paths.data_dir) == before
    press(Qt.Key.Key_F1)
    assert isinstance(window.current_screen(), SupportScreen)


def test_restore_keeps_the_damaged_file_aside(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_vault(service, ["Sam"])
    key = service.unlock()
    vault = service.open(key)
    schema.downgrade_to(vault.db.engine, "base")
    vault.close()
    service.open(key).close()  # migrates, taking a backup first
    files = VaultFiles(paths.data_dir)
    assert files.list_backups()
    files.db.write_bytes(files.db.read_bytes()[:4096] + b"\x13" * 8192)
    damaged = files.db.read_bytes()
    window = make_window()
    wait_for_screen(qtbot, window, ProblemScreen)
    assert window.screens["problem"].ui.restoreButton.isVisible()
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    activate(window.screens["problem"].ui.restoreButton)
    # The backup predates the profiles, so the first run continues with the names step.
    wait_for_screen(qtbot, window, FirstRunScreen)
    aside = list((paths.data_dir / "kept-aside").rglob("vault.db"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged


def test_settings_change_theme_and_text_size(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    make_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    press(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_screen(), SettingsScreen)
    settings = window.screens["settings"]
    settings.ui.themeCombo.setCurrentIndex(settings.ui.themeCombo.findData("high-contrast"))
    assert window.prefs.theme == "high-contrast"
    press(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.prefs.text_scale == 110
    assert settings.ui.textSizeSpin.value() == 110
    press(Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.prefs.text_scale == 100
    assert "keyring" in settings.ui.vaultLabel.text()
    assert window.windowTitle() == "Bond"


def test_preferences_hold_nothing_private(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, paths: AppPaths
) -> None:
    make_vault(service, ["Zanzibar-Canary"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.close()
    for folder in (paths.config_dir, paths.log_dir, paths.cache_dir, paths.state_dir):
        for path in folder.rglob("*") if folder.exists() else []:
            if path.is_file():
                assert b"Zanzibar-Canary" not in path.read_bytes(), path


@pytest.fixture
def sockets(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    families: list[int] = []
    real = socket.socket

    class Watched(real):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = socket.AF_INET, *args: object, **kwargs: object) -> None:
            families.append(int(family))
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", Watched)
    yield families


def test_a_full_session_opens_no_network_socket(
    qtbot: QtBot, make_window: WindowFactory, sockets: list[int]
) -> None:
    window = make_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    for _ in range(3):
        activate(fr.ui.nextButton)
    fr.ui.nameEdit1.setText("Sam")
    activate(fr.ui.nextButton)
    activate(fr.ui.nextButton)
    wait_for_screen(qtbot, window, HomeScreen)
    press(Qt.Key.Key_F1)
    window.go("settings")
    window.go("home")
    qtbot.waitUntil(lambda: not window.ops.busy())
    assert all(f == socket.AF_UNIX for f in sockets), sockets


def test_a_canary_typed_in_the_app_is_on_no_disk(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path
) -> None:
    canary = "Quokka-Canary-41"
    window = make_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    for _ in range(3):
        activate(fr.ui.nextButton)
    keys(fr.ui.nameEdit1, canary)
    press(Qt.Key.Key_Return)
    activate(fr.ui.nextButton)
    wait_for_screen(qtbot, window, HomeScreen)
    window.close()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "vault.db" for p in files)
    for path in files:
        raw = path.read_bytes()
        assert canary.encode() not in raw, path
        assert canary.encode("utf-16-le") not in raw, path
        if path.name.startswith("vault.db"):
            assert b"SQLite format 3" not in raw, path


def test_unexpected_errors_show_a_plain_dialog_and_log_no_text(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from PySide6.QtWidgets import QMessageBox

    from bond.gui.crash import install_excepthook
    from bond.logging_setup import setup_logging, shutdown_logging

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    setup_logging(paths.log_file)
    window = make_window()
    previous = sys.excepthook
    install_excepthook(lambda: window, paths.log_file)
    try:
        try:
            typed = "my private " + "words"  # what a person typed, as a runtime value
            raise RuntimeError(typed)
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = previous
        shutdown_logging()
    assert shown and "safe" in shown[0] and str(paths.log_file) in shown[0]
    assert "Traceback" not in shown[0]
    text = paths.log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "my private words" not in text


def test_settings_add_a_passphrase_then_drop_the_keyring_copy(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, store: MemoryStore
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bond.gui.passphrase_dialog import PassphraseDialog
    from tests.conftest import PASSPHRASE

    make_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("settings")
    settings = window.screens["settings"]
    qtbot.waitUntil(lambda: settings.ui.passphraseButton.isVisible() and not window.ops.busy())
    assert not settings.ui.keyringButton.isEnabled()  # no passphrase yet: the keyring must stay

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        dialog.ui.newEdit.setFocus()
        keys(dialog.ui.newEdit, PASSPHRASE)
        press(Qt.Key.Key_Tab)
        keys(dialog.ui.againEdit, PASSPHRASE)
        press(Qt.Key.Key_Return)

    QTimer.singleShot(200, fill_dialog)
    activate(settings.ui.passphraseButton)
    qtbot.waitUntil(lambda: "new passphrase is set" in settings.ui.custodyMessage.text())
    qtbot.waitUntil(lambda: not window.ops.busy() and settings.ui.keyringButton.isEnabled())
    assert service.unlock(PASSPHRASE)
    activate(settings.ui.keyringButton)
    qtbot.waitUntil(lambda: "no longer kept" in settings.ui.custodyMessage.text())
    assert store.secrets == {}
    assert service.needs_passphrase()


def test_scrolling_settings_does_not_change_a_setting_under_the_pointer(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("settings")
    spin = window.screens["settings"].ui.idleSpin
    window.screens["settings"].ui.themeCombo.setFocus()
    before = spin.value()
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(spin.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(spin, wheel)
    assert spin.value() == before


def test_screens_are_built_on_first_use_and_support_soon_after_home(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """Start-up builds only what the first screen needs; Get support follows on its own, so F1
    never waits; Settings appears only when asked for, with its signals connected."""
    make_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    assert not {"settings", "progress", "history", "exercises", "library"} & set(
        window.screens.built()
    )
    qtbot.waitUntil(lambda: "support" in window.screens, timeout=5000)
    press(Qt.Key.Key_F1)
    assert isinstance(window.current_screen(), SupportScreen)
    press(Qt.Key.Key_Escape)
    wait_for_screen(qtbot, window, HomeScreen)
    window.rail.button("settings").click()
    assert isinstance(window.current_screen(), SettingsScreen)
    assert window.ui.pages.indexOf(window.screens["settings"]) >= 0
    window.screens["settings"].back_requested.emit()
    wait_for_screen(qtbot, window, HomeScreen)
