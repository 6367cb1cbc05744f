"""Child process for the kill test: open a vault, start an exercise, type slowly, report.

Prints one line per keystroke: "<monotonic time> <text typed so far>". The parent kills it with
SIGKILL at a random moment and then checks what the vault kept.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bond.content.catalog import load_catalog
from bond.domain.profiles import Household
from bond.gui.screens.runner import RunnerScreen
from bond.paths import content_dir
from bond.security.keys import KdfParams
from bond.security.secrets import MemoryStore
from bond.services.exercise_run import ExerciseRun
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import Custody, VaultService

PASSPHRASE = "kill test passphrase"


def main() -> None:
    data = Path(sys.argv[1])
    _app = QApplication(sys.argv[:1])  # keeps Qt alive for the widgets below
    service = VaultService(
        VaultFiles(data), MemoryStore(available=False), kdf=KdfParams(1, 8 * 1024, 1)
    )
    vault = service.create(Custody(keyring=False, passphrase=PASSPHRASE))
    ProfileService(vault).set_up(Household.SOLO, ["Kai"])
    person = ProfileService(vault).profiles()[0].id
    catalog = load_catalog(content_dir())
    run = ExerciseRun(
        vault, Keychain(vault), catalog.exercises["four-part-message"], [person], together=False
    )
    runner = RunnerScreen(run, {person: "Kai"}, catalog.feelings)
    runner.show()
    while not (run.frame.step and run.frame.step.type.value == "text"):
        runner.go_next()
    print(f"session {run.session_id} step {run.frame.step.id}", flush=True)
    box = runner.widget.box  # type: ignore[union-attr]
    typed = ""
    for i in range(10_000):
        char = "abcdefghij"[i % 10]
        QTest.keyClicks(box, char)
        typed += char
        print(f"{time.monotonic():.3f} {typed}", flush=True)
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


if __name__ == "__main__":
    main()
