#!/usr/bin/env python3
"""Exercise benchmark: answer save time and step-change time on a real encrypted vault.

.venv/bin/python tests/bench/exercises.py      # prints numbers; asserts nothing
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95)]
    return f"p50 {statistics.median(ordered):.2f} ms, p95 {p95:.2f} ms (n={len(ordered)})"


def main() -> None:
    app = QApplication([])
    service = VaultService(
        VaultFiles(Path(tempfile.mkdtemp())), MemoryStore(), kdf=KdfParams(1, 8 * 1024, 1)
    )
    vault = service.create(Custody(keyring=True))
    ProfileService(vault).set_up(Household.COUPLE, ["A", "B"])
    people = [p.id for p in ProfileService(vault).profiles()]
    catalog = load_catalog(content_dir())
    run = ExerciseRun(
        vault, Keychain(vault), catalog.exercises["weekly-meeting"], people, together=True
    )
    while not (
        run.frame.kind.value == "step" and run.frame.step and run.frame.step.type.value == "text"
    ):
        run.next()
    saves = []
    for i in range(200):
        start = time.perf_counter()
        run.save({"text": "x" * (i + 1)})
        saves.append((time.perf_counter() - start) * 1000)
    print(f"save one private answer (sealed, committed, fsynced): {percentiles(saves)}")

    runner = RunnerScreen(run, {people[0]: "A", people[1]: "B"}, catalog.feelings)
    runner.resize(1000, 700)
    runner.show()
    app.processEvents()
    steps = []
    while not run.flow.finished:
        if (turns := run.flow.turns_state()) is not None:
            while turns.phase.value != "done":
                turns.done_speaking()
                turns.paraphrased()
                turns.thats_it()
        if (reveal := run.flow.reveal_state()) is not None:
            for person in people:
                reveal.set_ready(person)
        start = time.perf_counter()
        runner.go_next()
        app.processEvents()
        steps.append((time.perf_counter() - start) * 1000)
    print(f"step change (save, move, build and show the next step): {percentiles(steps)}")
    vault.close()


if __name__ == "__main__":
    main()
