"""Admin mode in the window, by keyboard: open it with Ctrl+Alt+A, get a passphrase wrong then
right, hand the device back by typing the word, and find nothing of the last client on disk.
Also: the live countdown after wrong tries, quick hide, the auto-wipe, and ``bond wipe --yes``."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from bond.config import AppPaths, resolve_paths
from bond.content.packs import PackReport
from bond.domain.policy import Policy
from bond.gui.admin_dialog import AdminDialog
from bond.gui.app import build_window
from bond.gui.main_window import MainWindow
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.lock import LockScreen
from bond.gui.screens.problem import ProblemScreen
from bond.gui.screens.unlock import UnlockScreen
from bond.security.secrets import MemoryStore
from bond.services import auto_wipe
from bond.services.admin import BACKOFF_FILE, AdminGate
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import VaultService
from bond.services.wipe import CONFIRM_WORD
from tests.conftest import FAST_KDF
from tests.gui.conftest import keys, press, seed_vault, wait_for_screen
from tests.gui.test_accessibility import Audit
from tests.gui.test_canary import CANARY, run_through, scan
from tests.unit.cli_helpers import FakeConsole, run

ADMIN = "clinic staff only, please"
HASH = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(ADMIN)
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
POLICY = Policy(
    organisation="Riverside Clinic",
    source=Path("/etc/bond/policy.toml"),
    admin_passphrase_hash=HASH,
    idle_lock_minutes=10,
    disable_export=True,
)


@pytest.fixture
def device(xdg: Path) -> AppPaths:
    """A loaner's default folders (no --data-dir): preferences, logs and state are the vault's."""
    return resolve_paths()


@pytest.fixture
def device_service(device: AppPaths, store: MemoryStore) -> VaultService:
    return VaultService(VaultFiles(device.data_dir), store, kdf=FAST_KDF)


Factory = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, device: AppPaths, store: MemoryStore) -> Iterator[Factory]:
    windows: list[MainWindow] = []

    def factory(
        policy: Policy = POLICY, clock: datetime | None = None, secrets: MemoryStore | None = None
    ) -> MainWindow:
        window = build_window(device, secrets or store, policy=policy, kdf=FAST_KDF)
        if clock is not None:
            window.features.clinic.clock = lambda: clock
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


def admin_dialog(qtbot: QtBot) -> AdminDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AdminDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AdminDialog)
    return dialog


def unlock(qtbot: QtBot, dialog: AdminDialog, secret: str = ADMIN) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.passphraseEdit)
    keys(dialog.ui.passphraseEdit, secret)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog._ops.busy())


def files_under(*folders: Path) -> list[Path]:
    return [p for f in folders if f.exists() for p in f.rglob("*") if p.is_file()]


def test_hand_back_by_keyboard_leaves_nothing_of_the_last_client(
    qtbot: QtBot,
    open_window: Factory,
    device: AppPaths,
    device_service: VaultService,
    store: MemoryStore,
) -> None:
    seed_vault(device_service, ["Sam"])
    window = open_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.access.choose = lambda: window.state.profiles[0].id
    run_through(qtbot, window, "repair-plan-alone", False)  # the canary, typed into answers
    window.features.settings.set_theme("high-contrast")  # a preference of this client's
    window.prefs.sync()
    assert store.secrets and files_under(device.data_dir, device.config_dir)

    press(Qt.Key.Key_A, CTRL_ALT)
    dialog = admin_dialog(qtbot)
    assert dialog.ui.pages.currentWidget() is dialog.ui.unlockPage
    unlock(qtbot, dialog, "not the admin passphrase")
    assert "isn't right" in dialog.ui.unlockMessage.text()
    assert dialog.ui.pages.currentWidget() is dialog.ui.unlockPage
    unlock(qtbot, dialog)
    assert dialog.ui.pages.currentWidget() is dialog.ui.adminPage
    assert "Riverside Clinic" in dialog.ui.policyView.toPlainText()
    assert "Exports (JSON and PDF) are turned off." in dialog.ui.policyView.toPlainText()
    press(Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # the "Hand back device" tab
    assert dialog.ui.tabs.currentWidget() is dialog.ui.handBackTab
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "Type WIPE to confirm"
    assert QApplication.focusWidget() is dialog.ui.confirmEdit
    assert not dialog.ui.handBackButton.isEnabled()
    keys(dialog.ui.confirmEdit, "WIP")
    press(Qt.Key.Key_Return)  # not yet the word: nothing happens but a hint
    assert dialog.isVisible() and "Please type WIPE" in dialog.ui.handBackMessage.text()
    keys(dialog.ui.confirmEdit, "E")
    assert dialog.ui.handBackButton.isEnabled()
    press(Qt.Key.Key_Return)

    wait_for_screen(qtbot, window, FirstRunScreen)
    assert QApplication.activeModalWidget() is None
    assert window.ui.bannerLabel.isVisible() and "handed back" in window.ui.bannerLabel.text()
    report = window.features.clinic.last_wipe
    assert report is not None and report.remaining == [] and report.keyring_error is None
    assert store.secrets == {}
    assert files_under(device.data_dir, device.config_dir, device.cache_dir, device.log_dir) == []
    assert [p.name for p in files_under(device.state_dir)] == [BACKOFF_FILE]
    assert window.prefs.theme == "system"  # back to the default: follow the computer
    everywhere = [
        device.data_dir,
        device.config_dir,
        device.cache_dir,
        device.log_dir,
        device.state_dir,
    ]
    assert scan(everywhere) == []
    window.close()  # closing writes only the new session's window size, nothing from before
    assert scan(everywhere) == []
    own_temp = [
        p
        for p in Path(tempfile.gettempdir()).glob("*")
        if p.is_file() and p.stat().st_uid == os.getuid() and p.stat().st_size < 5_000_000
    ]
    assert [p for p in own_temp if CANARY.encode() in p.read_bytes()] == []


def test_the_translated_word_and_the_english_one_both_confirm(
    qtbot: QtBot, open_window: Factory
) -> None:
    window = open_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    window.go("admin")
    dialog = admin_dialog(qtbot)
    dialog.confirm_word = lambda: "BORRAR"  # type: ignore[method-assign]
    for typed, ok in (("BORRAR", True), ("borrar", True), ("WIPE", True), ("ERASE", False)):
        dialog.ui.confirmEdit.setText(typed)
        assert dialog.ui.handBackButton.isEnabled() is ok, typed
    dialog.reject()


def test_the_app_asks_for_the_word_bond_wipe_asks_for(
    paths: AppPaths, store: MemoryStore, service: VaultService
) -> None:
    """One word for one act, in the window and at the terminal."""
    seed_vault(service, ["Sam"])
    d = str(paths.data_dir)
    refused = FakeConsole(tty=True, answers=[CONFIRM_WORD.lower()])
    assert run(["wipe", "--data-dir", d], refused, store) == 2
    assert run(["wipe", "--data-dir", d], FakeConsole(tty=True, answers=[CONFIRM_WORD]), store) == 0
    assert CONFIRM_WORD == "WIPE"


@pytest.mark.parametrize(
    ("disable_export", "advice"),
    [(True, "encrypted backup (Settings → Your data)"), (False, "exported anything")],
)
def test_hand_back_advice_follows_the_export_policy(
    qtbot: QtBot, disable_export: bool, advice: str
) -> None:
    policy = Policy(
        organisation="Riverside Clinic",
        source=Path("/etc/bond/policy.toml"),
        admin_passphrase_hash=HASH,
        disable_export=disable_export,
    )
    dialog = AdminDialog(policy, [], AdminGate(Path("/nonexistent"), HASH), lambda: [])
    qtbot.addWidget(dialog)
    text = dialog.ui.handBackText.text()
    assert advice in text
    assert ("exported" in text) is not disable_export


def test_an_unreadable_policy_names_no_organisation_so_the_window_says_yours(
    qtbot: QtBot, open_window: Factory
) -> None:
    source = Path("/etc/bond/policy.toml")
    policy = replace(Policy.locked_down(source, ("bad",)), admin_passphrase_hash=HASH)
    assert Policy.locked_down(source, ("bad",)).organisation == ""
    window = open_window(policy)
    wait_for_screen(qtbot, window, FirstRunScreen)
    assert window.state.organisation() == "your organisation"
    window.go("admin")
    dialog = admin_dialog(qtbot)
    assert "for your organisation staff" in dialog.ui.introLabel.text()
    assert "Organisation: your organisation" in dialog.policy_html()
    dialog.reject()


def test_wrong_tries_show_a_live_countdown_that_survives_reopening(
    qtbot: QtBot, open_window: Factory, device: AppPaths
) -> None:
    window = open_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    press(Qt.Key.Key_A, CTRL_ALT)
    dialog = admin_dialog(qtbot)
    for _ in range(5):
        unlock(qtbot, dialog, "wrong")
    assert dialog.wait_left() == 30
    assert "0:30" in dialog.ui.unlockMessage.text()
    assert not dialog.ui.unlockButton.isEnabled()
    qtbot.waitUntil(lambda: dialog.wait_left() <= 29, timeout=3000)
    assert "0:29" in dialog.ui.unlockMessage.text() or "0:28" in dialog.ui.unlockMessage.text()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(Qt.Key.Key_A, CTRL_ALT)
    again = admin_dialog(qtbot)
    assert again is not dialog
    assert 25 <= again.wait_left() <= 30  # from the state folder, not from memory
    keys(again.ui.passphraseEdit, ADMIN)
    press(Qt.Key.Key_Return)  # even the right one waits
    assert again.ui.pages.currentWidget() is again.ui.unlockPage
    assert (device.state_dir / BACKOFF_FILE).exists()
    again.reject()


def close_admin(qtbot: QtBot, window: MainWindow, dialog: AdminDialog) -> None:
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_admin_by_keys(qtbot: QtBot, window: MainWindow, focus: QWidget | None = None) -> None:
    """Ctrl+Alt+A sent to the window and to the focused field opens admin mode; the admin
    passphrase then goes to admin mode, never into the screen's own passphrase box."""
    if focus is not None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)
    for send in (
        lambda: qtbot.keyClick(window, Qt.Key.Key_A, CTRL_ALT),
        lambda: press(Qt.Key.Key_A, CTRL_ALT),
    ):
        send()
        dialog = admin_dialog(qtbot)
        unlock(qtbot, dialog)
        assert dialog.ui.pages.currentWidget() is dialog.ui.adminPage
        close_admin(qtbot, window, dialog)
        if focus is not None:
            qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)
            assert isinstance(focus, QLineEdit) and focus.text() == ""
    assert window.action_admin is not None and window.action_admin.isEnabled()
    window.action_admin.trigger()  # the menu item too
    close_admin(qtbot, window, admin_dialog(qtbot))


def test_admin_mode_opens_by_keys_on_every_screen_without_an_open_vault(
    qtbot: QtBot, open_window: Factory, device: AppPaths, device_service: VaultService
) -> None:
    """Staff hand back devices a client left locked: admin mode needs no vault."""
    seed_vault(device_service, ["Kai"], passphrase="the client's own passphrase")
    window = open_window(secrets=MemoryStore())  # no keyring copy: the unlock screen
    wait_for_screen(qtbot, window, UnlockScreen)
    open_admin_by_keys(qtbot, window, window.screens["unlock"].ui.passphraseEdit)
    assert not window.screens["unlock"].ui.errorLabel.isVisible()  # no wrong vault try was counted
    press(Qt.Key.Key_A, CTRL_ALT)
    dialog = admin_dialog(qtbot)
    unlock(qtbot, dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.testTab)
    dialog.ui.runTestButton.click()
    qtbot.waitUntil(lambda: getattr(dialog, "results", None) is not None, timeout=15000)
    assert "not open" in dialog.ui.testView.toPlainText()
    close_admin(qtbot, window, dialog)
    window.lock_now()  # quick hide on the unlock screen: the lock screen
    assert isinstance(window.current_screen(), LockScreen)
    open_admin_by_keys(qtbot, window)
    window.close()

    opened = open_window()  # the keyring has the key: Home, then an idle lock with a passphrase
    wait_for_screen(qtbot, opened, HomeScreen)
    opened._idle()
    assert isinstance(opened.current_screen(), LockScreen)
    open_admin_by_keys(qtbot, opened, opened.lock_screen.ui.passphraseEdit)
    opened.close()

    db = VaultFiles(device.data_dir).db
    db.write_bytes(db.read_bytes()[:4096] + b"\x13" * 8192)
    damaged = open_window()
    wait_for_screen(qtbot, damaged, ProblemScreen)
    open_admin_by_keys(qtbot, damaged)


def test_quick_hide_closes_admin_mode(qtbot: QtBot, open_window: Factory) -> None:
    window = open_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    press(Qt.Key.Key_A, CTRL_ALT)
    dialog = admin_dialog(qtbot)
    unlock(qtbot, dialog)
    assert dialog.ui.pages.currentWidget() is dialog.ui.adminPage
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    for _ in range(3):  # Shift three times works over any dialog (Ctrl+Shift+H is the window's)
        press(Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: bool(closed))
    assert isinstance(window.current_screen(), LockScreen)
    assert QApplication.activeModalWidget() is None


def test_admin_is_offered_only_with_an_admin_passphrase_and_its_keys_clash_with_none(
    qtbot: QtBot, open_window: Factory
) -> None:
    plain = open_window(Policy.none())
    wait_for_screen(qtbot, plain, FirstRunScreen)
    assert plain.action_admin is None
    assert not any(a.objectName() == "actionAdmin" for a in plain.findChildren(QAction))
    plain.close()
    window = open_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    assert window.action_admin is not None
    assert window.action_admin in window.ui.menuBond.actions()
    native = QKeySequence.SequenceFormat.NativeText
    taken: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString(native)
            assert key not in taken, f"{key}: {taken.get(key)} and {action.text()}"
            taken[key] = action.text()
    for shortcut in window.findChildren(QShortcut):
        for sequence in shortcut.keys():  # noqa: SIM118 - QShortcut.keys(), not a dict
            key = sequence.toString(native)
            assert key not in taken, f"{key} is taken twice"
            taken[key] = shortcut.whatsThis()
    window.show_shortcuts()
    rows = dict((what, k) for k, what in window._shortcuts_dialog.rows())  # type: ignore[union-attr]
    assert rows["Admin mode"] == QKeySequence("Ctrl+Alt+A").toString(native)


def test_each_admin_section_is_named_for_a_screen_reader(
    qtbot: QtBot, open_window: Factory, device_service: VaultService
) -> None:
    seed_vault(device_service, ["Sam"])
    policy = Policy(
        organisation="Riverside Clinic",
        source=Path("/etc/bond/policy.toml"),
        admin_passphrase_hash=HASH,
        auto_wipe_after_hours=12,
        problems=("/etc/bond/policy.toml:4: idle_lock_minutes must be a whole number",),
    )
    window = open_window(policy)
    wait_for_screen(qtbot, window, HomeScreen)
    window.state.pack_reports = [
        PackReport(Path("/srv/clinic/pack-a"), exercises=3, articles=2, support_regions=1),
        PackReport(Path("/srv/clinic/pack-b"), problems=("exercises/x.toml:3: unknown step",)),
    ]
    window.go("admin")
    dialog = admin_dialog(qtbot)
    audit = Audit()
    audit.check("Admin: unlock", dialog)
    unlock(qtbot, dialog)
    text = dialog.ui.policyView.toPlainText()
    assert "could not be used as written" in text and "idle_lock_minutes" in text
    assert "after 12 hours without use" in text
    packs = dialog.ui.packsView.toPlainText()
    assert "Loaded. Exercises: 3. Articles: 2. Support regions: 1." in packs
    assert "Skipped" in packs and "unknown step" in packs
    for tab in (dialog.ui.policyTab, dialog.ui.packsTab, dialog.ui.testTab, dialog.ui.handBackTab):
        dialog.ui.tabs.setCurrentWidget(tab)
        audit.check(f"Admin: {tab.objectName()}", dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.testTab)
    dialog.ui.runTestButton.click()
    qtbot.waitUntil(lambda: getattr(dialog, "results", None) is not None, timeout=15000)
    assert [r.ok for r in dialog.results] == [True, True, True]  # the open vault's own key
    assert "Vault: Passed" in dialog.ui.testView.toPlainText()
    audit.assert_clean()
    dialog.reject()


def test_hand_back_is_not_offered_when_the_policy_says_no(
    qtbot: QtBot, open_window: Factory
) -> None:
    policy = Policy(
        organisation="Riverside Clinic",
        source=Path("/etc/bond/policy.toml"),
        admin_passphrase_hash=HASH,
        allow_hand_back_wipe=False,
    )
    window = open_window(policy)
    wait_for_screen(qtbot, window, FirstRunScreen)
    window.go("admin")
    dialog = admin_dialog(qtbot)
    assert not dialog.ui.tabs.isTabVisible(dialog.ui.tabs.indexOf(dialog.ui.handBackTab))
    dialog.reject()


# -- auto-wipe -----------------------------------------------------------------------------------
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
AUTO = Policy(
    organisation="Riverside Clinic",
    source=Path("/etc/bond/policy.toml"),
    admin_passphrase_hash=HASH,
    auto_wipe_after_hours=12,
)


def test_auto_wipe_at_start_after_the_hours_shows_a_calm_note(
    qtbot: QtBot,
    open_window: Factory,
    device: AppPaths,
    device_service: VaultService,
    store: MemoryStore,
) -> None:
    seed_vault(device_service, ["Sam"])
    auto_wipe.record_use(device.state_dir, NOW - timedelta(hours=13))
    window = open_window(AUTO, clock=NOW)
    wait_for_screen(qtbot, window, FirstRunScreen)
    assert window.ui.bannerLabel.isVisible()
    assert window.ui.bannerLabel.text() == (
        "This device was reset by Riverside Clinic after 12 hours without use."
    )
    assert not VaultFiles(device.data_dir).any_exist() and store.secrets == {}


def test_no_auto_wipe_before_the_hours(
    qtbot: QtBot, open_window: Factory, device: AppPaths, device_service: VaultService
) -> None:
    seed_vault(device_service, ["Sam"])
    auto_wipe.record_use(device.state_dir, NOW - timedelta(hours=11))
    window = open_window(AUTO, clock=NOW)
    wait_for_screen(qtbot, window, HomeScreen)
    assert auto_wipe.read_last_used(device.state_dir) == NOW  # opening counts as use


def test_auto_wipe_while_open_and_locked(
    qtbot: QtBot, open_window: Factory, device: AppPaths, device_service: VaultService
) -> None:
    seed_vault(device_service, ["Sam"])
    window = open_window(AUTO, clock=NOW)
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.features.clinic._auto_wipe_timer.isActive()
    press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(window.current_screen(), LockScreen)
    window.features.clinic.clock = lambda: NOW + timedelta(hours=11, minutes=59)
    window.features.clinic.tick()
    assert isinstance(window.current_screen(), LockScreen)
    window.features.clinic.clock = lambda: NOW + timedelta(hours=12, minutes=1)
    window.features.clinic.tick()
    wait_for_screen(qtbot, window, FirstRunScreen)
    assert "after 12 hours without use" in window.ui.bannerLabel.text()
    assert not VaultFiles(device.data_dir).any_exist()


def test_use_while_open_moves_the_limit(
    qtbot: QtBot, open_window: Factory, device: AppPaths, device_service: VaultService
) -> None:
    seed_vault(device_service, ["Sam"])
    window = open_window(AUTO, clock=NOW)
    wait_for_screen(qtbot, window, HomeScreen)
    later = NOW + timedelta(hours=11)
    window.features.clinic.clock = lambda: later
    press(Qt.Key.Key_Tab)  # someone uses Bond
    window.features.clinic.tick()
    assert auto_wipe.read_last_used(device.state_dir) == later
    window.features.clinic.clock = lambda: (
        NOW + timedelta(hours=13)
    )  # 13 h after opening, 2 h after use
    window.features.clinic.tick()
    assert isinstance(window.current_screen(), HomeScreen)
    assert VaultFiles(device.data_dir).any_exist()


# -- the same from the command line --------------------------------------------------------------
def test_bond_wipe_yes_leaves_the_same_nothing(
    qtbot: QtBot,
    open_window: Factory,
    device: AppPaths,
    device_service: VaultService,
    store: MemoryStore,
) -> None:
    seed_vault(device_service, ["Sam"])
    window = open_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.access.choose = lambda: window.state.profiles[0].id
    run_through(qtbot, window, "repair-plan-alone", False)
    press(Qt.Key.Key_A, CTRL_ALT)
    dialog = admin_dialog(qtbot)
    for _ in range(5):  # some wrong admin tries: the wait must outlive the wipe
        unlock(qtbot, dialog, "wrong")
    dialog.reject()
    window.ops.wait()
    window.close()
    console = FakeConsole()
    assert run(["wipe", "--yes"], console, store) == 0, console.err
    assert store.secrets == {}
    assert files_under(device.data_dir, device.config_dir, device.cache_dir, device.log_dir) == []
    assert [p.name for p in files_under(device.state_dir)] == [BACKOFF_FILE]
    assert scan([device.data_dir, device.config_dir, device.state_dir]) == []
    assert CANARY not in console.out + console.err
