"""Moving between features by place: actions leave nothing until they go ahead, dropping the
screen on show closes the keys, quick hide never waits, and "back" never returns to a lock."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bond.gui import main_window
from bond.gui.features.base import Shell
from bond.gui.main_window import MainWindow
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.lock import LockScreen
from bond.gui.screens.runner import RunnerScreen
from bond.gui.screens.support import SupportScreen
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen

GUI = Path(main_window.__file__).parent


def open_runner(qtbot: QtBot, window: MainWindow, exercise: str = "four-part-message") -> str:
    person = window.state.profiles[0].id
    window.access.choose = lambda: person  # type: ignore[method-assign]
    window.go(f"run/{exercise}")
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    return person


def test_an_action_that_does_not_go_ahead_leaves_the_exercise_on_show(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """Mid-exercise, "Start check-in" or admin mode then cancelled: the exercise stays."""
    seed_vault(service, ["Kai", "Ana"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    open_runner(qtbot, window)
    runner = window.features.exercises.runner
    window.access.choose = lambda: None  # type: ignore[method-assign]  # "Who?" cancelled
    window.go("run/weekly-check-in-alone")
    window.go("admin")  # not a managed device: admin mode does not open
    qtbot.wait(200)
    assert window.features.exercises.runner is runner
    assert window.current_screen() is runner


def test_dropping_the_screen_on_show_closes_the_keys(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    open_runner(qtbot, window)
    keychain = window.state.keychain
    assert keychain is not None
    switched: list[str | None] = []
    original = keychain.switch_to
    keychain.switch_to = lambda who: switched.append(who) or original(who)  # type: ignore[method-assign]
    window.features.exercises._drop_runner()  # e.g. "Take a break", then nothing chosen
    assert switched == [None]  # every profile's private material is locked again
    assert window.current_screen() is window.busy


def test_quick_hide_does_not_wait_for_reading_marks(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    waited: list[bool] = []
    monkeypatch.setattr(
        window.features.library._reading_writes, "wait", lambda *_a: waited.append(True)
    )
    window.lock_now()
    assert isinstance(window.current_screen(), LockScreen) and waited == []
    window.close()  # closing the vault does wait, so no mark is lost
    assert waited


def test_back_from_support_never_returns_to_a_lock_that_is_gone(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.lock_now()
    window._unlock_from_lock("")  # no passphrase on this vault: Home starts loading
    window.go("support")  # F1 before Home's data arrives
    assert isinstance(window.current_screen(), SupportScreen)
    window.go("back")
    wait_for_screen(qtbot, window, HomeScreen)
    assert not isinstance(window.current_screen(), LockScreen)


def test_every_place_named_in_the_code_has_a_feature(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """Each literal ``go("...")`` resolves: a typo would only log a warning at run time."""
    window = make_window()
    wait_for_screen(qtbot, window, type(window.current_screen()))
    known = set(window._places) | {"start", "back"}
    found = set()
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "go"
                and node.args
            ):
                arg = node.args[0]
                text = arg.value if isinstance(arg, ast.Constant) else None
                if isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.Constant):
                    text = str(arg.values[0].value)
                if isinstance(text, str):
                    found.add(re.split(r"[/?]", text)[0])
    assert found and found <= known, found - known


def test_the_shell_stays_small() -> None:
    """The issue's limits: the shell at most 500 lines, its interface at most eight members."""
    assert len((GUI / "main_window.py").read_text(encoding="utf-8").splitlines()) <= 500
    members = [n for n, _ in inspect.getmembers(Shell) if not n.startswith("_")]
    assert len(members) <= 8, members
