"""Small things the design reviews asked of the shell: high contrast's own mark in the top bar,
and no greyed-out Back on an exercise's first step."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bond.gui.screens.home import HomeScreen
from bond.gui.screens.runner import RunnerScreen
from bond.gui.theme import apply_theme, current_scale, current_theme
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen


def test_high_contrast_has_its_own_mark(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.resize(1280, 800)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, scale = current_theme(), current_scale()
    label = window.ui.brandLabel
    try:
        apply_theme(app, "high-contrast", scale)
        qtbot.waitUntil(lambda: str(label.property("mark")).startswith("bond-hc-128.png"))
        apply_theme(app, "light", scale)
        qtbot.waitUntil(lambda: str(label.property("mark")).startswith("bond-128.png"))
    finally:
        apply_theme(app, before, scale)
    assert label.pixmap() is not None and not label.pixmap().isNull()


def test_back_is_hidden_on_the_first_step_and_its_room_kept(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("run/feeling-check")
    wait_for_screen(qtbot, window, RunnerScreen)
    runner = window.current_screen()
    assert isinstance(runner, RunnerScreen)
    ui = runner.ui
    assert not ui.backButton.isVisible()  # hidden, not a greyed-out button
    pause_at = settled_x(qtbot, ui.pauseButton)
    runner.go_next()
    qtbot.waitUntil(ui.backButton.isVisible)
    assert ui.backButton.isEnabled()
    assert settled_x(qtbot, ui.pauseButton) == pause_at  # nothing beside it moved


def settled_x(qtbot: QtBot, widget: QWidget) -> int:
    """The widget's x once posted layout requests have run (the runner lays out lazily)."""
    seen: list[int] = []

    def still() -> bool:
        QApplication.processEvents()
        seen.append(widget.x())
        return len(seen) >= 3 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(still)
    return seen[-1]
