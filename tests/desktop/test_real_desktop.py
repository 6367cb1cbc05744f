"""Real windows under Xvfb, real keys in gnome-keyring's Secret Service, a real `bond` process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.app import build_window
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.security.secrets import KeyringStore
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import VaultService
from tests.conftest import FAST_KDF
from tests.desktop.conftest import have, screenshot, secret_tool_lookup
from tests.gui.conftest import activate, keys, press, wait_for_screen


def test_the_secret_service_is_real() -> None:
    store = KeyringStore()
    assert store.available()
    import keyring

    assert "SecretService" in type(keyring.get_keyring()).__module__ + repr(keyring.get_keyring())
    assert QGuiApplication.platformName() in ("", "xcb") or os.environ["QT_QPA_PLATFORM"] == "xcb"


def test_first_run_stores_the_key_in_the_keyring_and_a_restart_uses_it(
    qtbot: QtBot, paths: AppPaths
) -> None:
    window = build_window(paths, KeyringStore(), kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1000, 720)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.start()
    wait_for_screen(qtbot, window, FirstRunScreen)
    assert QGuiApplication.platformName() == "xcb"
    fr = window.screens["first-run"]
    assert fr is not None
    screenshot("01-first-run-welcome")
    activate(fr.ui.nextButton)
    screenshot("02-first-run-safety")
    activate(fr.ui.nextButton)
    press(Qt.Key.Key_Down)  # the two of us
    screenshot("03-first-run-who")
    activate(fr.ui.nextButton)
    keys(fr.ui.nameEdit1, "Sam")
    press(Qt.Key.Key_Tab)
    keys(fr.ui.nameEdit2, "Alex")
    screenshot("04-first-run-names")
    press(Qt.Key.Key_Return)
    assert fr.ui.keyringRadio.isEnabled() and fr.ui.keyringRadio.isChecked()
    screenshot("05-first-run-protect")
    activate(fr.ui.nextButton)
    wait_for_screen(qtbot, window, HomeScreen)
    qtbot.wait(200)
    screenshot("06-home")
    press(Qt.Key.Key_F1)
    qtbot.wait(200)
    screenshot("07-support")
    window.go("settings")
    qtbot.wait(200)
    screenshot("08-settings")
    window.close()

    service = VaultService(VaultFiles(paths.data_dir), KeyringStore())
    header = service.read_header()
    assert header.keyring and header.wrapped is None
    stored = secret_tool_lookup(header.vault_id)
    assert len(stored) == 64  # the hex key really is in gnome-keyring

    again = build_window(paths, KeyringStore(), kdf=FAST_KDF)
    qtbot.addWidget(again)
    again.show()
    again.start()
    wait_for_screen(qtbot, again, HomeScreen)
    assert "Sam and Alex" in again.features.home.screen.ui.greetingLabel.text()
    again.close()


def bond_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(tmp / "config")
    env["XDG_STATE_HOME"] = str(tmp / "state")
    env["XDG_CACHE_HOME"] = str(tmp / "cache")
    return env


def run_bond(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bond", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_init_check_wipe_with_the_real_keyring(tmp_path: Path) -> None:
    env = bond_env(tmp_path)
    d = str(tmp_path / "vault")
    made = run_bond("init", "--profile", "Sam", "--data-dir", d, env=env)
    assert made.returncode == 0, made.stderr
    assert "OS keyring" in made.stdout
    vault_id = VaultService(VaultFiles(Path(d)), KeyringStore()).read_header().vault_id
    assert secret_tool_lookup(vault_id)
    checked = run_bond("check", "--data-dir", d, env=env)
    assert checked.returncode == 0, checked.stderr
    wiped = run_bond("wipe", "--yes", "--data-dir", d, env=env)
    assert wiped.returncode == 0, wiped.stderr
    assert "keyring" in wiped.stdout
    assert secret_tool_lookup(vault_id) == ""
    assert not Path(d).exists()  # the emptied data folder goes too


@pytest.mark.skipif(not have("xdotool"), reason="xdotool is not installed")
def test_the_real_app_starts_shows_home_and_quits(tmp_path: Path) -> None:
    env = bond_env(tmp_path)
    d = str(tmp_path / "vault")
    assert run_bond("init", "--profile", "Robin", "--data-dir", d, env=env).returncode == 0
    trace = tmp_path / "strace.txt"
    command = [sys.executable, "-m", "bond", "--data-dir", d]
    if have("strace"):
        command = ["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(trace), *command]
    started = time.monotonic()
    app = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        window_id = ""
        while time.monotonic() - started < 60 and not window_id:
            found = subprocess.run(
                ["xdotool", "search", "--name", "^Bond$"],
                capture_output=True,
                text=True,
                check=False,
            )
            window_id = found.stdout.split()[0] if found.stdout.split() else ""
            time.sleep(0.2)
        assert window_id, "the Bond window never appeared"
        time.sleep(2.5)  # let the vault open on its worker thread and Home paint
        shot = screenshot("09-real-process-home")
        assert shot.stat().st_size > 10_000
        name = subprocess.run(
            ["xdotool", "getwindowname", window_id], capture_output=True, text=True, check=True
        ).stdout.strip()
        assert name == "Bond"
        # No window manager under Xvfb: give the window focus, then type as a keyboard (XTEST).
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=False)
        subprocess.run(["xdotool", "key", "ctrl+q"], check=True)
        code = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    assert code == 0, app.stderr.read().decode(errors="replace") if app.stderr else ""
    log = (tmp_path / "state").rglob("bond.log")
    text = "".join(p.read_text(encoding="utf-8") for p in log)
    assert "Robin" not in text
    if trace.exists():
        families = [line for line in trace.read_text().splitlines() if "socket(" in line]
        assert families, "strace saw no socket at all (X11 and D-Bus use AF_UNIX)"
        bad = [line for line in families if "AF_UNIX" not in line and "AF_NETLINK" not in line]
        assert bad == [], bad


def test_sample_data_progress_pins_and_backup_with_the_real_keyring(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    """`bond demo` into the real keyring, then the app: Progress, History, a PIN prompt, the
    lock screen; then an encrypted backup, a damaged vault and a restore on the command line."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bond.gui.pin_dialog import PinDialog
    from bond.gui.screens.history import HistoryScreen
    from bond.gui.screens.lock import LockScreen
    from bond.gui.screens.progress import ProgressScreen
    from bond.services.keychain import Keychain
    from bond.services.pins import PinService

    env = bond_env(tmp_path)
    d = str(paths.data_dir)
    made = run_bond("demo", "--weeks", "52", "--data-dir", d, env=env)
    assert made.returncode == 0, made.stderr
    service = VaultService(VaultFiles(paths.data_dir), KeyringStore(), kdf=FAST_KDF)
    vault = service.open(service.unlock())
    try:
        from bond.services.profiles import ProfileService

        robin = ProfileService(vault).profiles()[0]
        PinService(vault, Keychain(vault), kdf=FAST_KDF).set_pin(robin.id, "482913")
    finally:
        vault.close()

    window = build_window(paths, KeyringStore(), kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1100, 800)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.ui.sampleBar.isVisible()
    screenshot("10-home-sample-data")

    def pin_prompt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(50, pin_prompt)
            return
        qtbot.wait(200)
        screenshot("11-pin-prompt")
        keys(dialog.ui.currentEdit, "482913")
        press(Qt.Key.Key_Return)

    QTimer.singleShot(50, pin_prompt)
    window.go("progress")  # Robin first: a PIN is asked
    wait_for_screen(qtbot, window, ProgressScreen)
    qtbot.waitUntil(lambda: window.screens["progress"].model.rowCount() > 0, timeout=20000)
    qtbot.wait(300)
    screenshot("12-progress")
    window.go("history")
    wait_for_screen(qtbot, window, HistoryScreen)
    qtbot.waitUntil(lambda: window.screens["history"].model.rowCount() > 0, timeout=20000)
    qtbot.wait(300)
    screenshot("13-history")
    window.lock_now()
    assert isinstance(window.current_screen(), LockScreen)
    qtbot.wait(200)
    screenshot("14-locked")
    window.close()

    backup = tmp_path / "backup.zip"
    saved = run_bond(
        "backup",
        "--output",
        str(backup),
        "--passphrase-stdin",
        "--data-dir",
        d,
        env=env,
        stdin="a backup passphrase\n",
    )
    assert saved.returncode == 0, saved.stderr
    db = paths.data_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 64] = bytes(64)
    db.write_bytes(bytes(raw))
    assert run_bond("check", "--data-dir", d, env=env).returncode == 4
    restored = run_bond("restore", str(backup), "--yes", "--data-dir", d, env=env)
    assert restored.returncode == 0, restored.stderr
    assert run_bond("check", "--data-dir", d, env=env).returncode == 0


@pytest.mark.skipif(
    subprocess.run(["/usr/bin/python3", "-c", "import dbusmock"], check=False).returncode != 0,
    reason="python3-dbusmock is not installed",
)
def test_a_reminder_goes_to_the_notification_service_with_fixed_words(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    """DECISIONS 20: notifications go over D-Bus to org.freedesktop.Notifications (here
    python-dbusmock's notification daemon) and say only what kind of reminder it is."""
    from datetime import datetime, timedelta

    from bond.domain.reminders import ReminderPlan

    log_file = tmp_path / "notifications.log"
    daemon = subprocess.Popen(
        [
            "/usr/bin/python3",
            "-m",
            "dbusmock",
            "--session",
            "-t",
            "notification_daemon",
            "-l",
            str(log_file),
        ],
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not log_file.exists():
            time.sleep(0.1)
        time.sleep(0.5)
        window = build_window(paths, KeyringStore(), kdf=FAST_KDF)
        qtbot.addWidget(window)
        window.show()
        now = datetime.now() - timedelta(minutes=1)
        window.prefs.reminder_plan = ReminderPlan(
            check_in=True, weekday=now.weekday(), check_in_time=now.time()
        )
        window.features.reminders.check()
        qtbot.waitUntil(lambda: "Notify" in log_file.read_text(encoding="utf-8"), timeout=10000)
        logged = log_file.read_text(encoding="utf-8")
        assert '"Time for your check-in"' in logged
        assert window.windowTitle() == "Bond"
        window.close()
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def test_hand_back_removes_the_real_keyring_entry(qtbot: QtBot, xdg: Path) -> None:
    """Admin mode's hand-back, by keyboard, against gnome-keyring: the vault's entry is there
    before and gone after, and the default folders hold only the admin backoff file."""
    from argon2 import PasswordHasher
    from PySide6.QtWidgets import QApplication

    from bond.config import resolve_paths
    from bond.domain.policy import Policy
    from bond.gui.admin_dialog import AdminDialog
    from bond.services.admin import BACKOFF_FILE
    from tests.gui.conftest import seed_vault

    device = resolve_paths()
    admin = "clinic staff only, please"
    policy = Policy(
        organisation="Riverside Clinic",
        source=Path("/etc/bond/policy.toml"),
        admin_passphrase_hash=PasswordHasher(time_cost=1, memory_cost=8192).hash(admin),
    )
    service = VaultService(VaultFiles(device.data_dir), KeyringStore(), kdf=FAST_KDF)
    seed_vault(service, ["Sam"])
    vault_id = service.read_header().vault_id
    assert secret_tool_lookup(vault_id)
    window = build_window(device, KeyringStore(), policy=policy, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.resize(1000, 720)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.start()
    wait_for_screen(qtbot, window, HomeScreen)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AdminDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AdminDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.passphraseEdit)
    keys(dialog.ui.passphraseEdit, admin)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.adminPage)
    press(Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    keys(dialog.ui.confirmEdit, "WIPE")
    qtbot.wait(200)
    screenshot("15-admin-hand-back")
    press(Qt.Key.Key_Return)
    wait_for_screen(qtbot, window, FirstRunScreen)
    qtbot.wait(200)
    screenshot("16-after-hand-back")
    assert secret_tool_lookup(vault_id) == ""
    assert (
        window.features.clinic.last_wipe is not None
        and window.features.clinic.last_wipe.remaining == []
    )
    for folder in (device.data_dir, device.config_dir, device.cache_dir, device.log_dir):
        assert not folder.exists() or not any(folder.rglob("*"))
    assert [p.name for p in device.state_dir.rglob("*")] in ([], [BACKOFF_FILE])
    window.close()
