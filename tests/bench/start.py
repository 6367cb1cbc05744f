#!/usr/bin/env python3
"""Start-up benchmark: Bond's first window and Home vs a bare PySide6 window, in one run.

Run inside a desktop (for CI-like conditions: ``scripts/desktop-session.sh``)::

    scripts/desktop-session.sh .venv/bin/python tests/bench/start.py --runs 5

It prints medians and ratios; it asserts nothing (numbers are read, not timed in tests). Bond is
started as a real process on a vault whose key is in the real keyring; times come from its log
("first window shown", "home shown"), memory from /proc (VmRSS when Home is shown).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

BARE = r"""
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(960, 680); w.show()
def done():
    rss = [l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]
    print(time.time(), rss, flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1])
    return 0


def bare_run() -> tuple[float, float, int]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", BARE], capture_output=True, text=True, check=True)
    shown, rss = out.stdout.split()
    return float(shown) - start, float(shown) - start, int(rss)


def log_time(text: str, event: str) -> float | None:
    for line in text.splitlines():
        if event in line:
            stamp = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})", line)
            if stamp:
                return datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
    return None


def bond_run(data_dir: Path, env: dict[str, str], log_file: Path) -> tuple[float, float, int]:
    log_file.unlink(missing_ok=True)
    start = time.time()
    proc = subprocess.Popen([sys.executable, "-m", "bond", "--data-dir", str(data_dir)], env=env)
    try:
        deadline = time.monotonic() + 60
        home = first = None
        rss = 0
        while time.monotonic() < deadline:
            text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
            first = log_time(text, "first window shown")
            home = log_time(text, "home shown")
            if home is not None:
                rss = rss_kib(proc.pid)
                break
            time.sleep(0.01)
        if home is None or first is None:
            raise SystemExit("Bond did not reach Home within 60 s")
        return first - start, home - start, rss
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env["XDG_STATE_HOME"] = f"{tmp}/state"
        env["XDG_CONFIG_HOME"] = f"{tmp}/config"
        data = Path(tmp) / "vault"
        subprocess.run(
            [sys.executable, "-m", "bond", "init", "--profile", "Bench", "--data-dir", str(data)],
            env=env,
            check=True,
            capture_output=True,
        )
        log_file = Path(tmp) / "state" / "bond" / "log" / "bond.log"
        bare = [bare_run() for _ in range(args.runs)]
        bond = [bond_run(data, env, log_file) for _ in range(args.runs)]
        subprocess.run(
            [sys.executable, "-m", "bond", "wipe", "--yes", "--data-dir", str(data)],
            env=env,
            check=False,
            capture_output=True,
        )
    b_first = statistics.median(r[0] for r in bare)
    b_rss = statistics.median(r[2] for r in bare)
    first = statistics.median(r[0] for r in bond)
    home = statistics.median(r[1] for r in bond)
    rss = statistics.median(r[2] for r in bond)
    print(f"runs={args.runs} (medians)")
    print(f"{'measure':34} {'bare':>9} {'bond':>9} {'ratio':>7}")
    print(f"{'first window (s)':34} {b_first:9.3f} {first:9.3f} {first / b_first:7.2f}")
    print(f"{'unlocked Home with data (s)':34} {b_first:9.3f} {home:9.3f} {home / b_first:7.2f}")
    print(f"{'RSS at Home (MiB)':34} {b_rss / 1024:9.1f} {rss / 1024:9.1f} {rss / b_rss:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
