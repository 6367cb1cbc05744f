"""Settings → Your data: export, PDF, backup, restore and import from the app, each to a place the
person chose (file dialogs are replaced by the chosen paths)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bond.gui.screens.home import HomeScreen
from bond.gui.screens.settings import SettingsScreen
from bond.services.agreements import AgreementService
from bond.services.vault_service import VaultService
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, seed_vault, toast_text, wait_for_screen


def test_export_backup_restore_and_import_from_settings(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, tmp_path: Path
) -> None:
    seed_vault(service, ["Sam", "Alex"], passphrase=PASSPHRASE)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.state.vault is not None
    AgreementService(window.state.vault).add(
        "Phones away at dinner", [p.id for p in window.state.profiles]
    )
    window.go("settings")
    assert isinstance(window.current_screen(), SettingsScreen)
    ui = window.screens["settings"].ui
    assert "not encrypted" in ui.dataWarning.text()

    exported = tmp_path / "export.json"
    window.features.data._save_path = lambda *_a: exported  # type: ignore[method-assign]
    ui.exportJsonButton.click()
    saved = f"Saved to {exported}. It is not encrypted."
    qtbot.waitUntil(lambda: toast_text(window) == saved, timeout=10000)
    assert ui.dataMessage.text() == ""  # "Exporting…" went; the toast says it is done
    doc = json.loads(exported.read_text(encoding="utf-8"))
    assert doc["format"] == "bond-export"
    assert [a["text"] for a in doc["agreements"]] == ["Phones away at dinner"]

    pdf = tmp_path / "summary.pdf"
    window.features.data._save_path = lambda *_a: pdf  # type: ignore[method-assign]
    ui.exportPdfButton.click()
    qtbot.waitUntil(lambda: f"Saved to {pdf}." in toast_text(window), timeout=10000)
    assert pdf.read_bytes().startswith(b"%PDF")

    backup = tmp_path / "backup.zip"
    window.features.data._save_path = lambda *_a: backup  # type: ignore[method-assign]
    ui.backupButton.click()  # this vault has a passphrase, so none is asked
    qtbot.waitUntil(lambda: f"Backup saved to {backup}." in toast_text(window), timeout=10000)
    assert backup.exists() and b"Phones away" not in backup.read_bytes()

    # Importing the export again adds nothing.
    window.features.data._open_path = lambda *_a: exported  # type: ignore[method-assign]
    ui.importButton.click()
    qtbot.waitUntil(lambda: "Nothing new" in toast_text(window), timeout=10000)
    assert ui.dataMessage.text() == ""


def test_restore_from_a_backup_in_the_app(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    seed_vault(service, ["Sam", "Alex"], passphrase=PASSPHRASE)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.state.vault is not None
    people = [p.id for p in window.state.profiles]
    AgreementService(window.state.vault).add("Kept in the backup", people)
    window.go("settings")
    backup = tmp_path / "backup.zip"
    window.features.data._save_path = lambda *_a: backup  # type: ignore[method-assign]
    window.screens["settings"].ui.backupButton.click()
    qtbot.waitUntil(backup.exists, timeout=10000)
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=10000)
    AgreementService(window.state.vault).add("Made after the backup", people)

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    window.features.data._open_path = lambda *_a: backup  # type: ignore[method-assign]
    window.screens["settings"].ui.restoreButton.click()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.state.vault is not None
    assert [a.text for a in AgreementService(window.state.vault).active()] == ["Kept in the backup"]
    assert list((service.files.data_dir / "kept-aside").iterdir())  # the replaced vault is kept
