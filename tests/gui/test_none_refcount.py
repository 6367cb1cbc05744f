"""Long sessions must not abort: PySide6 6.12.0 drops a reference to ``None`` on every Qt call
that returns nothing, which frees ``None`` on Python 3.11 unless ``bond.gui`` guards it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import bond.gui
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(200_000):
    label.setText("x")
    label.hide()
print("still here")
"""


def test_many_qt_calls_that_return_nothing_do_not_abort_the_process() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "still here"
