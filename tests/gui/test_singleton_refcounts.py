"""Long sessions must not abort on a reference that Qt's bindings lose ("Hardening, part 1").

PySide6 6.12.0 dropped one reference to ``None`` on every Qt call that returns nothing
(``setObjectName``, ``hide``...) and references to ``True`` or ``False`` in ``Signal.emit`` and
``disconnect``; on Python 3.11 a count reached zero after some thousands of calls and CPython
aborted ("none_dealloc", "bool_dealloc"), in the app and in command-line verbs alike. Bond pins
PySide6 6.11.3, which loses none of them, and ``import bond`` keeps all three alive on Python
3.11 whatever the bindings do (:func:`bond.hardening.keep_singletons_alive`). Each check runs in
a child process that imports Bond as the command line does (``bond.__main__``, the verbs and the
QtCore lock; not ``bond.gui``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[2] / "src")

AS_THE_CLI_DOES = """
import json, sys, warnings
import bond.__main__, bond.cli
from bond.services.instance_lock import InstanceLock
assert "bond.gui" not in sys.modules, "the command line must not need bond.gui"
from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

warnings.simplefilter("ignore")  # disconnecting nothing warns each time

class Emitter(QObject):
    changed = Signal(bool)

def counts():
    return [sys.getrefcount(x) for x in (None, True, False)]

app = QApplication([])
obj, widget, emitter = QObject(), QWidget(), Emitter()
lock = QLockFile(sys.argv[1])

def calls():
    obj.setObjectName("x")        # returns nothing
    lock.setStaleLockTime(0)      # returns nothing (QtCore only, as in the verbs)
    obj.blockSignals(False)       # returns a bool
    widget.isVisible()            # returns a bool
    emitter.changed.emit(True)    # returns True
    emitter.changed.disconnect()  # nothing connected: returns False
"""

MANY_CALLS = (
    AS_THE_CLI_DOES
    + """
for _ in range(200_000):
    calls()
print("STILL HERE" + json.dumps(counts()), flush=True)
"""
)

PER_CALL = (
    AS_THE_CLI_DOES
    + """
before = counts()
for _ in range(10_000):
    calls()
after = counts()
print("LOST" + json.dumps([b - a for b, a in zip(before, after)]), flush=True)
"""
)

LOSE_ON_PURPOSE = """
import ctypes, json, sys
import bond.__main__, bond.cli
assert "bond.gui" not in sys.modules
for singleton in (None, True, False):
    ref = ctypes.py_object(singleton)
    for _ in range(200_000):
        ctypes.pythonapi.Py_DecRef(ref)
print("STILL HERE", flush=True)
"""


def _child(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (SRC, env.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "vault.lock")],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _line(done: subprocess.CompletedProcess[str], marker: str) -> str:
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-1500:]}"
    lines = [line for line in done.stdout.splitlines() if line.startswith(marker)]
    assert lines, done.stdout[-500:]
    return lines[0][len(marker) :]


def test_many_void_and_bool_qt_calls_do_not_abort_a_command_line_process(tmp_path: Path) -> None:
    """200,000 rounds of Qt calls that return nothing, a bool, True and False: the process lives
    and exits with 0, and None, True and False are nowhere near running out of references (an
    unguarded True has some hundreds of its own)."""
    counts = json.loads(_line(_child(MANY_CALLS, tmp_path), "STILL HERE"))
    assert all(count > 100 for count in counts), counts


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None, True and False are immortal")
def test_import_bond_keeps_none_true_and_false_alive_whatever_is_lost(tmp_path: Path) -> None:
    """The guard itself, whatever the pinned bindings do: lose 200,000 references to each on
    purpose (Py_DecRef) after importing Bond as the command line does. Without the guard the
    first few thousand abort the process."""
    assert _line(_child(LOSE_ON_PURPOSE, tmp_path), "STILL HERE") == ""


def test_the_pinned_pyside6_loses_no_references(tmp_path: Path) -> None:
    """The pin: 10,000 rounds of the calls above leave the counts of None, True and False where
    they were (a few references of the interpreter's own come and go). PySide6 6.12.0 lost
    20,000 references to None, 10,000 to False and several hundred to True here."""
    lost = json.loads(_line(_child(PER_CALL, tmp_path), "LOST"))
    assert all(abs(n) < 100 for n in lost), f"lost references to None, True, False: {lost}"
