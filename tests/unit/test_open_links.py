"""``--open URI``: the ``bond://`` links Bond accepts, and the option on the command line
(a global option like ``--data-dir``; a malformed link is a usage error, exit 2; DECISIONS 33)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bond import launch
from bond.cli import build_parser
from bond.config import AppPaths
from bond.errors import EXIT_OK
from bond.security.secrets import MemoryStore
from bond.services.links import KINDS, USAGE, Link, LinkError, parse_link
from tests.conftest import no_network_env
from tests.unit.cli_helpers import FakeConsole, run

GOOD = {
    "bond://exercise/longer-out-breath": Link("exercise", "longer-out-breath"),
    "bond://article/finding-a-therapist": Link("article", "finding-a-therapist"),
    "bond://exercise/ground-5-4-3-2-1": Link("exercise", "ground-5-4-3-2-1"),
    "bond://support": Link("support"),
    "bond://home": Link("home"),
    "bond://library": Link("library"),
    "bond://exercises": Link("exercises"),
    "bond://home/": Link("home"),  # a trailing slash some launchers add
    "BOND://Support": Link("support"),  # scheme and kind in any case
    "bond://exercise/no-such-exercise": Link("exercise", "no-such-exercise"),  # the window says
}

MALFORMED = [
    "",
    "home",
    "bond:home",
    "bond:/home",
    "https://example.org/",
    "file:///etc/passwd",
    "bond://",
    "bond://settings",  # a place, but not one a link may open
    "bond://run/longer-out-breath",  # links name content; they never start anything
    "bond://continue/abc",
    "bond://exercise",
    "bond://exercise/",
    "bond://exercise/Longer-Out-Breath",
    "bond://exercise/longer out breath",
    "bond://exercise/a/b",
    "bond://exercise/-x",
    "bond://exercise/x--y",
    "bond://exercise/%2e%2e",
    "bond://article/x?q=what+I+wrote",  # nothing a person wrote travels in a link
    "bond://article/x#part",
    "bond://home/x",
    "bond://support?x=1",
    "bond://home\n",
    " bond://home",
    "bond://exercise/" + "a" * 101,
    "bond://exercise/ünïcode",
]


@pytest.mark.parametrize(("text", "link"), GOOD.items())
def test_links_of_every_kind_are_read(text: str, link: Link) -> None:
    assert parse_link(text) == link


def test_a_link_names_its_place_and_reads_back() -> None:
    for kind in KINDS:
        link = Link(kind, "some-id" if kind in ("exercise", "article") else "")
        assert parse_link(str(link)) == link
    assert Link("article", "x").place == "article/x"
    assert Link("support").place == "support"


@pytest.mark.parametrize("text", MALFORMED)
def test_anything_else_is_not_a_link(text: str) -> None:
    with pytest.raises(LinkError) as caught:
        parse_link(text)
    assert "bond://exercise/<id>" in str(caught.value)  # says what a link looks like
    if text.strip() and text not in USAGE:
        assert text not in str(caught.value)  # and never repeats what was given


@pytest.mark.parametrize(
    "argv",
    [
        ["--open", "bond://support", "check"],
        ["check", "--open", "bond://support"],
        ["--open=bond://support", "--data-dir", "d", "check"],
        ["--data-dir", "d", "check", "--open=bond://support"],
    ],
)
def test_open_is_a_global_option_before_or_after_the_verb(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert args.verb == "check" and args.open == Link("support")


@pytest.mark.parametrize(
    "argv",
    [
        ["--open", "bond://nowhere"],
        ["--open=https://example.org"],
        ["check", "--open", "bond://exercise/"],
        ["--open", "bond://settings", "check"],
    ],
)
def test_a_malformed_link_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "argument --open:" in err and "bond://support" in err


def test_a_real_bond_says_so_and_exits_2(tmp_path: Path) -> None:
    for argv in (["--open", "bond://nowhere"], ["--open=nope", "check"]):
        done = subprocess.run(
            [sys.executable, "-m", "bond", "--data-dir", str(tmp_path / "v"), *argv],
            capture_output=True,
            text=True,
            env=no_network_env(),
            timeout=60,
            check=False,
        )
        assert done.returncode == 2, done.stderr
        assert "argument --open:" in done.stderr and "Traceback" not in done.stderr
        assert not (tmp_path / "v").exists()


def test_a_verb_given_open_says_it_does_not_use_it(paths: AppPaths, store: MemoryStore) -> None:
    console = FakeConsole()
    code = run(["init", "--data-dir", str(paths.data_dir), "--open", "bond://home"], console, store)
    assert code == 0
    assert "--open is for Bond's window" in console.err


@pytest.mark.parametrize(
    ("argv", "link"),
    [
        (["--open", "bond://support"], Link("support")),
        (["--open=bond://exercise/x", "--data-dir", "d"], Link("exercise", "x")),
        (["--data-dir", "d", "--open", "bond://article/x"], Link("article", "x")),
        (["--open", "bond://home", "--open", "bond://library"], Link("library")),  # the last
        (["--open"], None),  # the desktop file's "--open %u" from the menu: no link
        (["--data-dir", "d", "--open"], None),
        (["--open", "bond://home", "--open"], None),
    ],
)
def test_the_fast_path_reads_open_as_argparse_does(argv: list[str], link: Link | None) -> None:
    args = build_parser().parse_args(argv)
    assert args.open == link
    assert launch.gui_options(argv) == launch.GuiOptions(args.data_dir, args.policy, args.open)


@pytest.mark.parametrize(
    "argv", [["--open", "bond://nowhere"], ["--open="], ["--open", "-x"], ["--open", "check"]]
)
def test_the_fast_path_leaves_a_bad_link_to_argparse(argv: list[str]) -> None:
    assert launch.gui_options(argv) is None


def test_open_reaches_the_app_with_bond_data_dir(
    xdg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bond.gui.app
    from bond.logging_setup import shutdown_logging
    from bond.security.key_prefetch import KeyPrefetch

    started: list[tuple[AppPaths, object]] = []

    def fake_run_app(paths: AppPaths, **kwargs: object) -> int:
        started.append((paths, kwargs["link"]))
        return EXIT_OK

    monkeypatch.setattr(bond.gui.app, "run_app", fake_run_app)
    monkeypatch.setattr(KeyPrefetch, "start", staticmethod(lambda _header: None))
    monkeypatch.setattr(launch, "has_display", lambda: True)
    monkeypatch.setenv("BOND_DATA_DIR", str(tmp_path / "env-vault"))
    try:
        options = launch.gui_options(["--open", "bond://exercise/feeling-check"])
        assert options is not None
        assert launch.start_gui(options) == EXIT_OK
        console = FakeConsole()
        assert run(["--open", "bond://support"], console, MemoryStore()) == EXIT_OK
    finally:
        shutdown_logging()
    assert [(p.data_dir, link) for p, link in started] == [
        (tmp_path / "env-vault", Link("exercise", "feeling-check")),
        (tmp_path / "env-vault", Link("support")),
    ]


def test_the_desktop_file_hands_bond_links_to_open() -> None:
    """The desktop file is Bond's handler for ``bond://`` (the .deb and Flatpak install it as it
    is, and the AppStream metadata says so too); from the menu its ``%u`` is empty."""
    import configparser
    import shlex
    import xml.etree.ElementTree as ET

    from bond.gui.app import APP_ID
    from tests.conftest import ROOT

    linux = ROOT / "packaging" / "linux"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(linux / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert "x-scheme-handler/bond" in desktop["MimeType"].split(";")
    program, *args = shlex.split(desktop["Exec"])
    assert program == "bond" and args == ["--open", "%u"]
    for given, link in ((["bond://support"], Link("support")), ([], None)):
        argv = [a for a in args if a != "%u"] + given
        assert launch.gui_options(argv) == launch.GuiOptions(link=link)  # the app's fast path
    provides = ET.parse(linux / f"{APP_ID}.metainfo.xml").getroot().find("provides")
    assert provides is not None
    assert "x-scheme-handler/bond" in [m.text for m in provides.findall("mediatype")]
    deb = (ROOT / "scripts" / "build-deb.sh").read_text(encoding="utf-8")
    assert "packaging/linux/$APP_ID.desktop" in deb and "/usr/share/applications" in deb
