"""A clinic's site policy in the app: each key's effect, and every managed control locked with
"Managed by <organisation>" beside it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.domain.policy import Policy
from bond.gui.screens.exercises import ExercisesScreen
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.settings import SettingsScreen
from bond.gui.widgets.page import content_layout
from bond.security.secrets import MemoryStore
from bond.services.policy import parse_policy
from bond.services.vault_service import VaultService
from tests.conftest import PASSPHRASE
from tests.gui.conftest import (
    WindowFactory,
    activate,
    keys,
    press,
    seed_vault,
    tab_to,
    toast_text,
    wait_for_screen,
)

CLINIC = Policy(organisation="Riverside Clinic", source=Path("/etc/xdg/bond/policy.toml"))


def managed(**changes: object) -> Policy:
    return dataclasses.replace(CLINIC, **changes)  # type: ignore[arg-type]


def open_settings(qtbot: QtBot, make_window: WindowFactory, policy: Policy) -> SettingsScreen:
    window = make_window(policy=policy)
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("settings")
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=10000)
    assert isinstance(window.current_screen(), SettingsScreen)
    return window.screens["settings"]


def note(settings: SettingsScreen, name: str) -> str:
    label = settings.findChild(QLabel, name)
    assert label is not None, name
    assert label.isVisible()
    return label.text()


def test_no_policy_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    settings = open_settings(qtbot, make_window, Policy.none())
    ui = settings.ui
    assert ui.idleSpin.isEnabled() and ui.idleSpin.minimum() == 0 and ui.idleSpin.maximum() == 120
    assert ui.exportJsonButton.isEnabled() and ui.exportPdfButton.isEnabled()
    assert not settings.findChildren(QLabel, "exportManaged")
    window = settings.window()
    assert not window.findChild(QLabel, "policyLabel").isVisible()  # type: ignore[union-attr]


def test_require_passphrase_first_run_offers_no_keyring(
    qtbot: QtBot, make_window: WindowFactory, store: MemoryStore
) -> None:
    window = make_window(policy=managed(require_passphrase=True))  # a working keyring is there
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    for _ in range(3):
        activate(fr.ui.nextButton)
    keys(fr.ui.nameEdit1, "Sam")
    press(Qt.Key.Key_Return)
    assert fr.ui.steps.currentWidget() is fr.ui.protectPage
    assert not fr.ui.keyringRadio.isEnabled() and fr.ui.passphraseRadio.isChecked()
    assert "Managed by Riverside Clinic" in fr.ui.keyringNote.text()
    assert "Managed by Riverside Clinic" in fr.ui.keyringRadio.accessibleDescription()
    assert fr.ui.passphraseBox.isVisible() and not fr.ui.alsoPassphraseCheck.isVisible()
    tab_to(fr.ui.passphraseEdit)
    keys(fr.ui.passphraseEdit, PASSPHRASE)
    press(Qt.Key.Key_Tab)
    keys(fr.ui.passphraseAgainEdit, PASSPHRASE)
    press(Qt.Key.Key_Return)
    wait_for_screen(qtbot, window, HomeScreen)
    assert store.secrets == {}  # the key is behind the passphrase only
    assert window.state.vault is not None and window.state.vault.uses_passphrase

    # Settings: no keyring copy can be added, and the passphrase cannot be removed.
    window.go("settings")
    qtbot.waitUntil(window.screens["settings"].ui.keyringButton.isVisible, timeout=10000)
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=10000)
    ui = window.screens["settings"].ui
    assert not ui.keyringButton.isEnabled()
    assert "Managed by Riverside Clinic" in ui.keyringButton.toolTip()
    assert "Managed by Riverside Clinic" in ui.keyringButton.accessibleDescription()
    assert not ui.removePassphraseButton.isVisible()
    assert "a passphrase is required" in note(window.screens["settings"], "custodyManaged")


def test_require_passphrase_still_lets_an_old_keyring_copy_go(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"], passphrase=PASSPHRASE)  # keyring and passphrase, from before
    settings = open_settings(qtbot, make_window, managed(require_passphrase=True))
    qtbot.waitUntil(lambda: "Remove the key" in settings.ui.keyringButton.text(), timeout=10000)
    assert settings.ui.keyringButton.isEnabled()  # removing it is stricter: allowed
    assert not settings.ui.removePassphraseButton.isVisible()


def test_idle_lock_fixed_by_the_policy(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    policy = managed(idle_lock_minutes=3, users_may_change_idle_lock=False)
    settings = open_settings(qtbot, make_window, policy)
    window = settings.window()
    ui = settings.ui
    assert window.prefs.idle_minutes == 5  # the person's own choice is kept, not used
    assert window.watcher.minutes == 3
    assert not ui.idleSpin.isEnabled() and ui.idleSpin.value() == 3
    assert "Managed by Riverside Clinic" in ui.idleSpin.toolTip()
    assert "Managed by Riverside Clinic" in ui.idleSpin.accessibleDescription()
    assert "Managed by Riverside Clinic: locks after 3 minutes" in note(settings, "idleManaged")


def test_idle_lock_users_may_choose_shorter_only(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    settings = open_settings(qtbot, make_window, managed(idle_lock_minutes=10))
    window = settings.window()
    ui = settings.ui
    assert ui.idleSpin.isEnabled()
    assert (ui.idleSpin.minimum(), ui.idleSpin.maximum()) == (1, 10)  # no "Never", no longer
    assert window.watcher.minutes == 5  # the person's 5 is shorter than 10: it stands
    ui.idleSpin.setValue(2)
    assert window.prefs.idle_minutes == 2 and window.watcher.minutes == 2
    window.prefs.idle_minutes = 0  # "never", chosen before the policy came
    window.features.settings._set_idle_minutes(0)
    assert window.watcher.minutes == 10
    assert "at most 10 minutes" in note(settings, "idleManaged")


def test_disable_export_locks_exports_but_keeps_backups(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, tmp_path: Path
) -> None:
    seed_vault(service, ["Sam"], passphrase=PASSPHRASE)
    settings = open_settings(qtbot, make_window, managed(disable_export=True))
    window = settings.window()
    ui = settings.ui
    for widget in (ui.exportJsonButton, ui.exportPdfButton, ui.privateCheck):
        assert not widget.isEnabled()
        assert "Managed by Riverside Clinic" in widget.toolTip()
        assert "Managed by Riverside Clinic" in widget.accessibleDescription()
    assert "exports are turned off" in note(settings, "exportManaged")
    asked: list[str] = []
    window.features.data._save_path = lambda *a: asked.append(a[0]) or tmp_path / "x.json"  # type: ignore[method-assign]
    window.features.data.run("export-json", False)
    window.features.data.run("export-pdf", False)
    assert asked == [] and not (tmp_path / "x.json").exists()
    assert ui.backupButton.isEnabled()
    backup = tmp_path / "backup.zip"
    window.features.data._save_path = lambda *_a: backup  # type: ignore[method-assign]
    ui.backupButton.click()
    qtbot.waitUntil(lambda: "Backup saved" in toast_text(window), timeout=10000)
    assert backup.exists()


def test_featured_exercises_come_first_on_home_and_in_the_browser(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    policy = managed(featured_exercises=("where-am-i", "no-such-exercise", "agreed-pause"))
    window = make_window(policy=policy)
    wait_for_screen(qtbot, window, HomeScreen)
    home = window.features.home.screen
    assert home.featured_box.isVisible()
    assert home.featured_box.title() == "Suggested by Riverside Clinic"
    titles = [b.text() for b in home._featured_buttons]
    catalog = window.state.catalog.exercises
    assert titles == [catalog["where-am-i"].title, catalog["agreed-pause"].title]
    layout = content_layout(home.ui.homeLayout)  # the page's frame holds Home's items
    assert layout.indexOf(home.featured_box) < layout.indexOf(home.ui.aheadBox)

    home._featured_buttons[1].click()
    assert isinstance(window.current_screen(), ExercisesScreen)
    browser = window.screens["exercises"]
    current = browser.current()
    assert current is not None and current.id == "agreed-pause"
    first = [browser.model.exercise(r) for r in range(2)]
    assert [e.id for e in first if e] == ["where-am-i", "agreed-pause"]
    index = browser.model.index(0, 0)
    assert "Suggested by Riverside Clinic" in browser.model.data(index)
    assert "Suggested by Riverside Clinic" in browser.model.data(
        index, Qt.ItemDataRole.AccessibleTextRole
    )
    assert "Suggested by" not in browser.model.data(browser.model.index(2, 0))


def test_hidden_exercises_are_not_offered_anywhere(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    hidden = ("weekly-check-in-alone", "longer-out-breath")
    window = make_window(policy=managed(hidden_exercises=hidden))
    wait_for_screen(qtbot, window, HomeScreen)
    # Home's own suggestion would be the weekly check-in alone; it is hidden, so not suggested.
    suggestion = window.features.home.screen._suggestion
    assert suggestion is None or suggestion[0] not in hidden
    window.go("exercises")
    browser = window.screens["exercises"]
    ids = {browser.model.exercise(r).id for r in range(browser.model.rowCount())}  # type: ignore[union-attr]
    assert ids and not ids & set(hidden)
    assert not browser.select("longer-out-breath")
    # Articles' "Try it" links leave them out.
    assert not set(hidden) & set(window.screens["article"].exercise_titles)
    # Starting one by id (a reminder's button, a link) does nothing.
    window.features.exercises.start("weekly-check-in-alone", False)
    assert window.features.exercises.runner is None
    # History still knows them: the whole catalogue is kept for what was done before.
    assert "longer-out-breath" in window.state.catalog.exercises


def test_an_invalid_policy_says_so_once_and_runs_locked_down(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, tmp_path: Path
) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text('organisation = "Clinic"\n[security]\nidle_lock_minutes = 900\n', "utf-8")
    policy = parse_policy(bad)
    seed_vault(service, ["Sam"], passphrase=PASSPHRASE)
    settings = open_settings(qtbot, make_window, policy)
    window = settings.window()
    label = window.findChild(QLabel, "policyLabel")
    assert label is not None and label.isVisible()
    text = label.text()
    assert str(bad) in text and f"{bad}:3:" in text and "safest settings" in text
    assert "Traceback" not in text
    assert window.watcher.minutes == 5
    assert not settings.ui.exportJsonButton.isEnabled()
    assert "Managed by Clinic" in settings.ui.exportJsonButton.toolTip()  # the name parsed
    window.findChild(type(settings.ui.backButton), "policyDismissButton").click()
    assert not label.isVisible()


def test_managed_settings_with_every_key(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, paths: AppPaths
) -> None:
    """Everything at once, as a clinic would set it (the screenshot in docs/ shows this)."""
    seed_vault(service, ["Sam", "Alex"], passphrase=PASSPHRASE)
    policy = managed(
        require_passphrase=True,
        idle_lock_minutes=10,
        users_may_change_idle_lock=True,
        disable_export=True,
        featured_exercises=("weekly-meeting",),
    )
    settings = open_settings(qtbot, make_window, policy)
    for name in ("idleManaged", "custodyManaged", "exportManaged"):
        assert note(settings, name).startswith("Managed by Riverside Clinic")


def test_a_refused_start_is_said_in_a_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Started from a menu there is no terminal: the reason shows in a plain-text box."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from bond.gui.app import show_refusal

    shown: list[tuple[str, Qt.TextFormat]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.textFormat())) or 0
    )
    show_refusal('The policy file "/etc/<b>bond</b>/policy.toml" sets a data folder…')
    assert shown == [
        (
            'The policy file "/etc/<b>bond</b>/policy.toml" sets a data folder…',
            Qt.TextFormat.PlainText,
        )
    ]
