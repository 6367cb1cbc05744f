"""scripts/desktop-session.sh leaves nothing behind: no folder, no keyring, no process.

Each test runs the wrapper itself, around a tiny command, with TMPDIR pointed at a fresh folder,
so it belongs to the offscreen pass: it needs no display or D-Bus from outside, only the tools the
wrapper starts (scripts/bootstrap.sh installs them); it is skipped where they are missing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

WRAPPER = ROOT / "scripts" / "desktop-session.sh"
TOOLS = ("Xvfb", "xauth", "dbus-daemon", "dbus-send", "gnome-keyring-daemon", "setsid")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the wrapper is Linux-only"),
    pytest.mark.skipif(
        bool(MISSING),
        reason=f"{', '.join(MISSING)} not installed (scripts/bootstrap.sh installs them)",
    ),
]

# The command the wrapper runs: argv[1] is what to do, argv[2] a folder outside TMPDIR for notes.
COMMAND = r"""
import os, signal, sys, time
from pathlib import Path

mode, out = sys.argv[1], Path(sys.argv[2])
note = lambda name, text="": (out / name).write_text(text)
note("data_home", os.environ["XDG_DATA_HOME"])
if mode == "store":
    from contextlib import closing
    import secretstorage
    with closing(secretstorage.dbus_init()) as bus:
        keys = secretstorage.get_default_collection(bus)
        keys.create_item("test", {"service": "bond-test"}, b"a vault key")
        (item,) = keys.search_items({"service": "bond-test"})
        note("secret", item.get_secret().decode())
    sys.exit(3)
if mode == "kill":  # leaving a child of its own behind
    import subprocess
    subprocess.Popen(["sleep", "60"])
    os.kill(os.getpid(), signal.SIGKILL)
if mode == "wait":
    note("sigint_at_start", str(signal.getsignal(signal.SIGINT) is signal.default_int_handler))
    signal.signal(signal.SIGTERM, lambda *_: (note("TERM"), sys.exit(6)))
note("ready")
try:
    time.sleep(60)
except KeyboardInterrupt:
    note("INT")
    sys.exit(5)
sys.exit(4)
"""


def _mentions(pid: str, text: bytes) -> bool:
    for part in ("cmdline", "environ"):
        try:
            if text in Path(f"/proc/{pid}/{part}").read_bytes():
                return True
        except OSError:
            pass
    return False


def _processes_using(folder: Path) -> dict[str, str]:
    """Live processes whose command line or environment names ``folder``: the wrapper's own."""
    text, me = os.fsencode(str(folder)), str(os.getpid())
    found = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit() and pid != me and _mentions(pid, text):
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            found[pid] = " ".join(part.decode(errors="replace") for part in command).strip()
    return found


def _leftovers(folder: Path) -> tuple[list[str], list[str]]:
    """What is still in ``folder`` and still running from it, given a few seconds to go away."""
    deadline = time.monotonic() + 5
    while True:
        files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
        running = [f"{pid}: {command}" for pid, command in _processes_using(folder).items()]
        if (not files and not running) or time.monotonic() > deadline:
            return files, running
        time.sleep(0.1)


@pytest.fixture
def tmpdir_(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "tmp"
    folder.mkdir()
    yield folder
    # If the wrapper failed, end what it left running (found by this test's own folder only),
    # politely first so that an X server or D-Bus daemon removes its socket.
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in _processes_using(folder):
            with contextlib.suppress(OSError):
                os.kill(int(pid), sig)
        deadline = time.monotonic() + 3
        while _processes_using(folder) and time.monotonic() < deadline:
            time.sleep(0.1)


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    return folder


def _start(mode: str, tmpdir: Path, notes: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, TMPDIR=str(tmpdir))
    # Files, not pipes: a process the wrapper failed to end would hold a pipe open for ever.
    with (notes.parent / f"{mode}.err").open("w") as err:
        return subprocess.Popen(
            [str(WRAPPER), sys.executable, "-c", COMMAND, mode, str(notes)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,  # signals in these tests go to the wrapper alone
        )


def _finish(wrapper: subprocess.Popen[bytes]) -> tuple[int, str]:
    """The wrapper's exit status (negative: the signal it died of) and what it said on stderr."""
    args = list(wrapper.args)  # type: ignore[arg-type]
    err = Path(args[-1]).parent / f"{args[-2]}.err"
    try:
        wrapper.wait(timeout=60)
    except subprocess.TimeoutExpired:
        wrapper.kill()
        wrapper.wait()
        pytest.fail(f"the wrapper did not end: {err.read_text()}")
    return wrapper.returncode, err.read_text()


def _wait_for(path: Path, wrapper: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while not path.exists():
        if wrapper.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"the command never started: {_finish(wrapper)}")
        time.sleep(0.05)


def _assert_clean(tmpdir: Path, notes: Path) -> None:
    assert notes.joinpath("data_home").read_text().startswith(str(tmpdir))
    files, running = _leftovers(tmpdir)
    assert not files, f"left in TMPDIR: {files}"
    assert not running, f"still running: {running}"


def test_a_command_runs_with_a_keyring_and_nothing_is_left(tmpdir_: Path, notes: Path) -> None:
    status, err = _finish(_start("store", tmpdir_, notes))
    assert status == 3, err  # the command's exit code
    assert notes.joinpath("secret").read_text() == "a vault key", err
    _assert_clean(tmpdir_, notes)
    assert "lasts only for this session" in err and "passphrase" in err, err


def test_a_killed_command_and_what_it_started_are_cleaned_up_after(
    tmpdir_: Path, notes: Path
) -> None:
    status, err = _finish(_start("kill", tmpdir_, notes))
    assert status == 128 + signal.SIGKILL, err
    _assert_clean(tmpdir_, notes)


def test_interrupt_is_forwarded_to_the_command(tmpdir_: Path, notes: Path) -> None:
    wrapper = _start("wait", tmpdir_, notes)
    _wait_for(notes / "ready", wrapper)
    # What the wrapper started is found by its folder, so "nothing still running" means something.
    programs = {Path(c.split()[0]).name for c in _processes_using(tmpdir_).values() if c}
    assert {"Xvfb", "dbus-daemon", "gnome-keyring-daemon"} <= programs, programs
    assert notes.joinpath("sigint_at_start").read_text() == "True"  # Ctrl-C is not ignored
    wrapper.send_signal(signal.SIGINT)
    status, err = _finish(wrapper)
    assert notes.joinpath("INT").exists(), err
    assert status == 5, err
    _assert_clean(tmpdir_, notes)


def test_terminate_is_forwarded_to_the_command(tmpdir_: Path, notes: Path) -> None:
    wrapper = _start("wait", tmpdir_, notes)
    _wait_for(notes / "ready", wrapper)
    wrapper.send_signal(signal.SIGTERM)
    status, err = _finish(wrapper)
    assert notes.joinpath("TERM").exists(), err
    assert status == 6, err
    _assert_clean(tmpdir_, notes)


def test_the_wrapper_dies_of_the_signal_that_ended_its_command(tmpdir_: Path, notes: Path) -> None:
    wrapper = _start("sleep", tmpdir_, notes)
    _wait_for(notes / "ready", wrapper)
    wrapper.send_signal(signal.SIGTERM)
    status, err = _finish(wrapper)
    assert status == -signal.SIGTERM, err
    _assert_clean(tmpdir_, notes)
