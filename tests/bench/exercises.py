#!/usr/bin/env python3
"""Exercise benchmark: step-change time on a real encrypted vault (save time is in run.py).

.venv/bin/python tests/bench/exercises.py      # prints numbers; asserts nothing
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bond.gui.screens.runner import RunnerScreen

sys.path.insert(0, str(Path(__file__).parent))
from run import meeting_at_text_step  # the bench's shared set-up


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95)]
    return f"p50 {statistics.median(ordered):.2f} ms, p95 {p95:.2f} ms (n={len(ordered)})"


def main() -> None:
    app = QApplication([])
    vault, run, people, catalog = meeting_at_text_step()  # saving alone: run.py's "save" row
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
