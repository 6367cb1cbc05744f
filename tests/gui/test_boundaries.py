"""Boundaries say a change was kept in a toast, so the form never moves; a problem with what was
typed stays beside the form until the next change."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from bond.gui.screens.boundaries import BoundariesScreen
from bond.gui.screens.home import HomeScreen
from bond.services.boundaries import BoundaryService
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, activate, seed_vault, toast_text, wait_for_screen

NEEDS_WORDS = "A boundary needs the words you'll use or what you'll do."


def seed(service: VaultService) -> None:
    seed_vault(service, ["Kai"])
    vault = service.open(service.unlock())
    kai = ProfileService(vault).profiles()[0].id
    fields = {
        "situation": "Calls after eleven",
        "feeling": "Tired",
        "need": "Sleep",
        "words": "I'm going to bed now",
        "action": "I'll mute my phone",
    }
    BoundaryService(vault, Keychain(vault)).save(kai, fields)
    vault.close()


def labels_saying(screen: BoundariesScreen, text: str) -> list[QLabel]:
    return [
        label
        for label in screen.findChildren(QLabel)
        if label.isVisibleTo(screen) and text in label.text()
    ]


def test_saving_a_boundary_says_so_in_a_toast_and_a_problem_stays_by_the_form(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("boundaries")
    wait_for_screen(qtbot, window, BoundariesScreen)
    screen = window.screens["boundaries"]
    assert isinstance(screen, BoundariesScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    said: list[str] = []

    def spy(event: QAccessible.Event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", spy)
    ui = screen.ui
    tall = ui.scrollContents.sizeHint().height()

    # A problem: said beside the form, and no toast that would go by itself.
    ui.wordsEdit.clear()
    ui.actionEdit.clear()
    activate(ui.saveButton)
    qtbot.waitUntil(lambda: ui.statusLabel.isVisibleTo(screen))
    qtbot.waitUntil(lambda: not window.ops.busy())
    assert ui.statusLabel.text() == NEEDS_WORDS
    assert toast_text(window) == ""

    # Kept: a toast, announced; the problem goes and nothing in the form moves.
    ui.wordsEdit.setText("I'm off to bed now")
    activate(ui.saveButton)
    qtbot.waitUntil(lambda: toast_text(window) == "Saved.")
    qtbot.waitUntil(lambda: not window.ops.busy())
    assert said == ["Saved."]
    assert labels_saying(screen, "Saved.") == [] and not ui.statusLabel.isVisibleTo(screen)
    assert ui.scrollContents.sizeHint().height() == tall
    qtbot.waitUntil(lambda: ui.wordsEdit.text() == "I'm off to bed now")

    activate(ui.usedButton)
    qtbot.waitUntil(lambda: toast_text(window) == "Noted. Keeping a boundary takes practice.")
