"""A real screen reader for the tests: Orca, speaking through speech-dispatcher into nothing.

``start_screen_reader`` starts speech-dispatcher (its dummy output module: no sound device is
needed) and Orca (``run_orca.py``: every utterance written, flushed, to a log file), inside the
private session of ``scripts/desktop-session.sh``; the AT-SPI bus is started by that session's
D-Bus when Orca asks for it. ``ScreenReader`` reads that log: what was said since a mark, waiting
until Orca falls quiet. ``Bond`` is a real ``bond`` process, driven by real key presses (xdotool
through XTEST, as a keyboard would).
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"  # Orca and its bindings (pyatspi, speechd) are Debian's
READY = "Screen reader on."
_RECORD = re.compile(r"^(\d+\.\d{3}) ", re.MULTILINE)
_SPEECH = re.compile(r"SPEECH OUTPUT: '(.*)'( voice=\w+)?( \{.*\})?\s*$", re.DOTALL)


class ScreenReaderError(AssertionError):
    """What was expected was not said; the message carries what Orca did say."""


@dataclass(frozen=True)
class Utterance:
    at: float
    text: str
    key_echo: bool  # Orca naming a key that was pressed ("tab", "return"), not the app

    def __str__(self) -> str:
        return f"[{self.text}]" if self.key_echo else self.text


def _wait(check: Callable[[], bool], timeout: float, step: float = 0.05) -> bool:
    end = time.monotonic() + timeout
    while True:
        if check():
            return True
        if time.monotonic() >= end:
            return False
        time.sleep(step)


class ScreenReader:
    """What Orca said, from its speech log."""

    def __init__(self, log: Path, process: subprocess.Popen[bytes] | None = None) -> None:
        self.log = log
        self.process = process

    def utterances(self) -> list[Utterance]:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return []
        found: list[Utterance] = []
        starts = [m.start() for m in _RECORD.finditer(text)] + [len(text)]
        for begin, end in itertools.pairwise(starts):
            record = text[begin:end]
            stamp, _, rest = record.partition(" ")
            if m := _SPEECH.match(rest.rstrip("\n")):
                found.append(Utterance(float(stamp), m.group(1), bool(m.group(3))))
        return found

    def mark(self) -> int:
        """A place in the log: ``said(mark)`` is what came after it."""
        return len(self.utterances())

    def said(self, since: int = 0) -> list[str]:
        """What Orca said about the app since ``since`` (its echo of keys left out)."""
        return [u.text for u in self.utterances()[since:] if not u.key_echo]

    def transcript(self, since: int = 0) -> str:
        lines = [f"  {u}" for u in self.utterances()[since:]]
        return "\n".join(lines) if lines else "  (nothing)"

    def settle(self, since: int, *, quiet: float = 1.2, timeout: float = 20.0) -> list[str]:
        """Wait until Orca has said something about the app since ``since`` and then nothing
        more for ``quiet`` seconds (or ``timeout`` passed); return what it said."""
        end = time.monotonic() + timeout
        count, changed = -1, time.monotonic()
        while time.monotonic() < end:
            now = len(self.said(since))
            if now != count:
                count, changed = now, time.monotonic()
            elif count > 0 and time.monotonic() - changed >= quiet:
                break
            time.sleep(0.05)
        return self.said(since)

    def wait_for(self, since: int, text: str, *, timeout: float = 20.0) -> list[str]:
        """Wait until ``text`` (any case) is said since ``since``; else fail with what was said."""
        wanted = text.casefold()
        if not _wait(lambda: any(wanted in s.casefold() for s in self.said(since)), timeout):
            raise ScreenReaderError(
                f"Orca did not say {text!r} within {timeout:.0f} s. It said:\n"
                + self.transcript(since)
            )
        return self.said(since)

    def press(self, *keys: str, quiet: float = 1.2, timeout: float = 20.0) -> list[str]:
        """Press keys (xdotool names: "Tab", "Return", "F1", "ctrl+l") and return what Orca said
        about the app after them, once it falls quiet."""
        since = self.mark()
        subprocess.run(["xdotool", "key", "--delay", "150", *keys], check=True, timeout=30)
        return self.settle(since, quiet=quiet, timeout=timeout)


def _write_speech_dispatcher_config() -> None:
    """speech-dispatcher reads $XDG_CONFIG_HOME/speech-dispatcher/speechd.conf before the
    system's: only the dummy output module (no synthesiser), playing into ALSA's built-in
    "null" device (no sound card; it still opens one, and gives up without it)."""
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "speech-dispatcher"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "speechd.conf").write_text(
        'LogLevel 2\nLogDir "default"\nAddModule "dummy" "sd_dummy" ""\nDefaultModule dummy\n'
        'AudioOutputMethod "alsa"\nAudioALSADevice "null"\n',
        encoding="utf-8",
    )


def start_screen_reader(
    folder: Path, *, timeout: float = 60.0
) -> tuple[ScreenReader, Callable[[], None]]:
    """Start speech-dispatcher and Orca; return the reader once Orca has said it is on, and a
    function that stops both."""
    folder.mkdir(parents=True, exist_ok=True)
    _write_speech_dispatcher_config()
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    socket = runtime / "speech-dispatcher" / "speechd.sock"
    with (folder / "speech-dispatcher.err").open("wb") as err:
        speechd = subprocess.Popen(
            ["speech-dispatcher", "--run-single", "--timeout", "0"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    processes: list[subprocess.Popen[bytes]] = [speechd]

    def stop() -> None:
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=10)

    try:
        if not _wait(lambda: socket.exists() or speechd.poll() is not None, 20):
            raise ScreenReaderError("speech-dispatcher did not open its socket in 20 s")
        if speechd.poll() is not None:
            err = (folder / "speech-dispatcher.err").read_text(errors="replace")
            raise ScreenReaderError(f"speech-dispatcher ended at once:\n{err}")
        log = folder / "speech.log"
        log.write_text("", encoding="utf-8")
        prefs = folder / "orca-prefs"
        prefs.mkdir(exist_ok=True)
        # BOND_ORCA_DEBUG=FILE: Orca's own debug log (every event it got), to find out why it
        # said nothing; very large, and written only when Orca stops.
        debug = (
            [f"--debug-file={os.environ['BOND_ORCA_DEBUG']}"]
            if "BOND_ORCA_DEBUG" in os.environ
            else []
        )
        with (folder / "orca.out").open("wb") as out:
            orca = subprocess.Popen(
                [
                    SYSTEM_PYTHON,
                    str(HERE / "run_orca.py"),
                    str(log),
                    "--user-prefs",
                    str(prefs),
                    *debug,
                ],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        processes.append(orca)
        reader = ScreenReader(log, orca)
        if not _wait(lambda: READY in reader.said() or orca.poll() is not None, timeout):
            raise ScreenReaderError(f"Orca did not say {READY!r} in {timeout:.0f} s")
        if orca.poll() is not None:
            out = (folder / "orca.out").read_text(errors="replace")
            raise ScreenReaderError(f"Orca ended at once:\n{out[-4000:]}")
    except BaseException:
        stop()
        raise
    return reader, stop


class Bond:
    """A real ``bond`` process on the session's display, with Qt's AT-SPI bridge on."""

    def __init__(self, reader: ScreenReader, data_dir: Path, *args: str) -> None:
        self.reader = reader
        self.data_dir = data_dir
        self.args = args
        self.process: subprocess.Popen[bytes] | None = None
        self.window = ""
        self.mark = 0
        self.err = data_dir.parent / f"{data_dir.name}.bond-output.txt"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        env["QT_ACCESSIBILITY"] = "1"
        env["QT_QPA_PLATFORM"] = "xcb"
        env.pop("BOND_DATA_DIR", None)
        return env

    def init(self, *profiles: str) -> None:
        """A vault with these profiles (one, "Sam", if none is named; two for partners), its
        key in the session's keyring (``bond init``)."""
        named = [arg for name in profiles or ("Sam",) for arg in ("--profile", name)]
        made = subprocess.run(
            [sys.executable, "-m", "bond", "init", *named, "--data-dir", str(self.data_dir)],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert made.returncode == 0, made.stderr

    def start(self, *, until: str = "", timeout: float = 60.0) -> list[str]:
        """Start Bond, give its window the keyboard (there is no window manager), wait until
        Orca says ``until`` (the vault opens on a worker thread: the first screen comes after
        the window), and return what it said until it fell quiet."""
        self.mark = self.reader.mark()
        command = [sys.executable, "-m", "bond", "--data-dir", str(self.data_dir), *self.args]
        with self.err.open("ab") as err:
            self.process = subprocess.Popen(
                command, env=self.env(), stdin=subprocess.DEVNULL, stdout=err, stderr=err
            )

        def window() -> bool:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Bond$"],
                capture_output=True,
                text=True,
                check=False,
                timeout=30,
            ).stdout.split()
            self.window = found[0] if found else ""
            return bool(self.window) or self.process is None or self.process.poll() is not None

        if not _wait(window, timeout, step=0.2) or not self.window:
            raise ScreenReaderError(f"the Bond window did not appear:\n{self.stderr()}")

        def focus() -> bool:  # fails (BadMatch) until the window is mapped
            return (
                subprocess.run(
                    ["xdotool", "windowfocus", "--sync", self.window],
                    capture_output=True,
                    check=False,
                    timeout=30,
                ).returncode
                == 0
            )

        if not _wait(focus, timeout, step=0.2):
            raise ScreenReaderError(f"the Bond window never took the keyboard:\n{self.stderr()}")
        if until:
            self.reader.wait_for(self.mark, until, timeout=timeout)
        return self.reader.settle(self.mark)

    def said(self) -> list[str]:
        """Everything Orca said since this Bond was started."""
        return self.reader.said(self.mark)

    def stderr(self) -> str:
        """The end of what Bond wrote (its log goes to a file, and never holds what was typed)."""
        try:
            return self.err.read_text(errors="replace")[-4000:]
        except FileNotFoundError:
            return ""

    def quit(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
