"""The app's own fast path through the command line (bond.launch) reads argv as argparse does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bond.cli import build_parser
from bond.launch import GuiOptions, gui_options

READ_HERE = [
    [],
    ["--data-dir", "/tmp/v"],
    ["--data-dir=/tmp/v"],
    ["--data-dir="],
    ["--data-dir", ""],
    ["--data-dir", "init"],  # the value, not the verb
    ["--policy", "p.toml", "--data-dir", "d"],
    ["--policy=p.toml", "--passphrase-stdin"],
    ["--passphrase-stdin"],
    ["--data-dir", "a", "--data-dir", "b"],  # the last one wins, as in argparse
    ["--data-dir=-odd"],
]

LEFT_TO_ARGPARSE = [
    ["init"],
    ["--data-dir", "d", "check"],
    ["--help"],
    ["-h"],
    ["--version"],
    ["--data", "d"],  # an abbreviation: argparse decides
    ["--pol", "p"],
    ["--data-dir"],
    ["--data-dir", "-x"],
    ["--passphrase-stdin=yes"],
    ["--"],
    ["frobnicate"],
    ["--data-dir", "d", "extra"],
]


@pytest.mark.parametrize("argv", READ_HERE)
def test_read_here_exactly_as_argparse_reads_it(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert args.verb is None
    assert gui_options(argv) == GuiOptions(args.data_dir, args.policy)


@pytest.mark.parametrize("argv", LEFT_TO_ARGPARSE)
def test_everything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert gui_options(argv) is None


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


def test_the_first_window_leaves_the_verbs_and_the_content_parsers_for_later() -> None:
    """DECISIONS 29: what the app imports before its first window is what that window needs."""
    loaded = _modules_after("import bond.__main__, bond.launch, bond.gui.app, bond.gui.main_window")
    later = {
        "bond.cli",  # the verbs and their parser
        "bond.content.packs",
        "bond.content.exercises",
        "bond.content.articles",
        "bond.content.support",
        "importlib.metadata",  # the version comes from bond._version, written at build
    }
    assert loaded & later == set()


def test_reading_the_version_needs_no_package_metadata() -> None:
    """An installed Bond (editable or not) has bond._version; importlib.metadata cost ~60 ms."""
    assert "importlib.metadata" not in _modules_after("import bond\nbond.version()")


def test_what_comes_before_qt_does_not_import_qt() -> None:
    """BEFORE_QT only helps while those modules are Qt-free (see bond.launch)."""
    loaded = _modules_after(
        "import bond.launch as l, importlib\nfor n in l.BEFORE_QT: importlib.import_module(n)"
    )
    assert not any(name.startswith(("PySide6", "shiboken6")) for name in loaded)


FIRST_FRAME = """
import sys
import PySide6.QtCore as core
from bond.config import resolve_paths
from bond.gui.app import build_window
from bond.security.secrets import MemoryStore

window = build_window(resolve_paths(sys.argv[1]), MemoryStore(), complete=False)
window.show()
later = ("bond.gui.screens.home", "bond.gui.lock", "bond.content", "bond.services.startup")
print("Qt" in vars(core), sorted(m for m in sys.modules if m.startswith(later)))
window.complete()
window.complete()  # once only
print("Qt" in vars(core), window.ui.pages.indexOf(window.features.home.screen) > 0)
print(window.ui.actionSupport.shortcut().toString())
"""


def test_the_first_frame_is_built_before_the_screens_and_the_qt_namespace(tmp_path: Path) -> None:
    """DECISIONS 29: the window's first frame (menus, top bar, waiting screen) is built without
    the screens' modules and without PySide6's Qt namespace (~100 enums, ~30 ms); ``complete``
    adds the rest, including the keys (F1 for Get support now)."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
    }
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    )
    assert out.stdout.splitlines() == ["False []", "True True", "F1"]
