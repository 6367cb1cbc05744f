"""A clinic's content pack in the app: its items say whose they are, its web links ask first, and
its support contacts come first in Get support now."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bond.domain.policy import Policy, SupportMode
from bond.gui.screens.article import ArticleScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.library import LibraryScreen
from bond.services.vault_service import VaultService
from tests.conftest import ROOT
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen

EXAMPLE = ROOT / "packaging" / "clinic" / "example-pack"
ORG = "Riverside Clinic"


def clinic(mode: SupportMode = SupportMode.EXTEND) -> Policy:
    return Policy(
        organisation=ORG,
        source=Path("/etc/bond/policy.toml"),
        content_packs=(EXAMPLE,),
        support_mode=mode,
    )


def test_pack_items_say_whose_they_are_and_web_links_ask_first(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_vault(service, ["Robin"])
    window = make_window(policy=clinic())
    wait_for_screen(qtbot, window, HomeScreen)
    assert all(r.loaded for r in window.state.pack_reports)

    window.go("exercises")
    exercises = window.screens["exercises"]
    assert exercises.select("one-thing-i-noticed")
    assert f"From {ORG}" in exercises.ui.detailMeta.text()
    assert exercises.select("longer-out-breath")
    assert "From" not in exercises.ui.detailMeta.text()  # Bond's own say nothing extra

    window.features.library.show_library()
    wait_for_screen(qtbot, window, LibraryScreen)
    library = window.screens["library"]
    meta = [
        str(library.model.item(r).data(Qt.ItemDataRole.AccessibleTextRole))
        for r in range(library.model.rowCount())
    ]
    pack_rows = [m for m in meta if m.startswith("Practising between sessions.")]
    assert pack_rows and f"From {ORG}" in pack_rows[0]

    window.features.library.open_article("practice-between-sessions")
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), ArticleScreen), timeout=10000)
    view = window.screens["article"]
    assert f"From {ORG}" in view.ui.metaLabel.text()
    assert "Kazantzis" in view.ui.textView.toPlainText()  # the pack's own citation

    opened: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    view._link(QUrl("https://example.org/"))
    assert asked and asked[0].startswith(
        "This link opens in your web browser, outside Bond. Open it?"
    )
    assert opened == []
    answer = QMessageBox.StandardButton.Yes
    view._link(QUrl("https://example.org/"))
    assert opened == ["https://example.org/"]
    for url in ("http://example.org/", "file:///etc/passwd", "javascript:alert(1)"):
        view._link(QUrl(url))
    assert opened == ["https://example.org/"]


def test_clinic_contacts_come_first_or_alone_in_get_support(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Robin"])
    window = make_window(policy=clinic(SupportMode.REPLACE))
    wait_for_screen(qtbot, window, HomeScreen)
    support = window.screens["support"]
    support.ui.regionCombo.setCurrentIndex(support.ui.regionCombo.findData("us"))
    text = support.ui.contactsView.toPlainText()
    assert "Example Counselling Centre" in text and "988" not in text
    assert "911" in support.ui.emergencyLabel.text()


def test_without_packs_nothing_changes(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Robin"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.state.pack_reports == ()
    assert "one-thing-i-noticed" not in window.state.catalog.exercises
    assert all(not e.origin for e in window.state.catalog.exercises.values())
