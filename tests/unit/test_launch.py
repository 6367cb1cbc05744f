"""The app's own fast path through the command line (bond.launch) reads argv as argparse does."""

from __future__ import annotations

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
