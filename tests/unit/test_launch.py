"""The app's own fast path through the command line (bond.launch) reads argv as argparse does."""

from __future__ import annotations

import subprocess
import sys

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
