#!/usr/bin/env python3
"""Every performance figure of Bond in one run, as one table (DECISIONS 29 sets the goals).

Run it inside a private desktop, so start-up uses a real X server and the real keyring::

    scripts/desktop-session.sh .venv/bin/python tests/bench/run.py            # ~3 minutes
    scripts/desktop-session.sh .venv/bin/python tests/bench/run.py --runs 3   # quicker, noisier

Each figure is a median (or p95) of repeated runs; ratios are against a bare PySide6 window
measured in the same run, so a slow or busy machine moves both sides. Nothing here asserts:
the table says ``ok`` or ``miss`` and the numbers are for reading (docs/performance.md).

Each part runs in its own process (``--part NAME`` prints one JSON line), so one part's imports,
caches and memory never flatter another's. Bytecode is compiled into a private cache first, as
an installed Bond has it (``PYTHONDONTWRITEBYTECODE`` would otherwise make every start compile).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "bond" / "bond"
PROGRESS_WEEKS = 520

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class FirstFrame(QObject):  # the moment Bond logs "first window shown": its first frame painted
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False
def done():
    rss = [l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]
    print(time.time(), rss, flush=True)
    app.quit()
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(960, 680)
first_frame = FirstFrame(); w.installEventFilter(first_frame); w.show()
app.exec()
"""


# -- helpers -----------------------------------------------------------------------------------
def p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def paired_ratio(measured: Sequence[float], baseline: Sequence[float]) -> float:
    """The median of each measurement's ratio to the baseline taken just before it."""
    return median([m / b for m, b in zip(measured, baseline, strict=True)])


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1])
    return 0


def log_time(text: str, event: str) -> float | None:
    for line in text.splitlines():
        if event in line:
            stamp = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})", line)
            if stamp:
                return datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
    return None


def child_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    env["XDG_STATE_HOME"] = str(tmp / "state")
    env["XDG_CONFIG_HOME"] = str(tmp / "config")
    src = str(ROOT / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def spin_until(app: Any, done: Callable[[], bool], limit_s: float = 60) -> None:
    """Run the event loop until ``done()``; checks every 5 ms, never busy-waits."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: loop.quit() if done() else None)
    QTimer.singleShot(int(limit_s * 1000), loop.quit)
    timer.start()
    loop.exec()
    timer.stop()
    if not done():
        raise SystemExit("timed out waiting for the GUI")


def spin(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def fast_service(data_dir: Path) -> Any:
    from bond.security.keys import KdfParams
    from bond.security.secrets import MemoryStore
    from bond.services.vault_files import VaultFiles
    from bond.services.vault_service import VaultService

    return VaultService(VaultFiles(data_dir), MemoryStore(), kdf=KdfParams(1, 8 * 1024, 1))


# -- parts (each runs in its own process) ------------------------------------------------------
def part_bare(_runs: int) -> dict[str, Any]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", BARE], capture_output=True, text=True, check=True)
    shown, rss = out.stdout.split()
    return {"shown": float(shown) - start, "rss": int(rss)}


def bond_start(command: list[str], data: Path, env: dict[str, str], log_file: Path) -> dict:
    """Start Bond as a person would and read its log for the first window and Home."""
    log_file.unlink(missing_ok=True)
    start = time.time()
    proc = subprocess.Popen([*command, "--data-dir", str(data)], env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
            home = log_time(text, "home shown")
            if home is not None:
                rss = rss_kib(proc.pid)
                first = log_time(text, "first window shown")
                assert first is not None
                return {"first": first - start, "home": home - start, "rss": rss}
            if proc.poll() is not None:
                raise SystemExit(f"Bond exited early ({proc.returncode})")
            time.sleep(0.005)
        raise SystemExit("Bond did not reach Home within 60 s")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def part_progress(runs: int) -> dict[str, Any]:
    """Progress over ``bond demo --weeks 520``-sized history: request to a painted, filled
    screen, for the default range and for all time. "cold" is a visit straight after unlocking
    (nothing unsealed yet), "first" the first visit after three seconds on Home (Bond unseals
    the ratings in the background meanwhile), "again" a later visit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bond.gui.app import build_window, make_application

    app = make_application()
    from PySide6.QtCore import QEventLoop, QTimer

    from bond.config import resolve_paths
    from bond.content.catalog import load_catalog
    from bond.gui.screens.home import HomeScreen
    from bond.paths import content_dir
    from bond.security.keys import KdfParams
    from bond.security.secrets import MemoryStore
    from bond.services.demo import write_demo
    from bond.services.vault_service import Custody

    paths = resolve_paths(Path(tempfile.mkdtemp()) / "vault")
    window = build_window(paths, MemoryStore(), kdf=KdfParams(1, 8 * 1024, 1))
    vault = window.service.create(Custody(keyring=True))
    catalog = load_catalog(content_dir())
    summary = write_demo(
        vault, catalog.exercises, weeks=PROGRESS_WEEKS, seed=7, articles=catalog.articles
    )
    vault.close()
    window.resize(1000, 700)
    window.show()
    window.start()
    screen = window.screens["progress"]

    def at_home() -> bool:
        return isinstance(window.current_screen(), HomeScreen) and not window.ops.busy()

    spin_until(app, at_home)
    spin(300)

    def visit(range_index: int) -> float:
        window.go("home")
        spin_until(app, at_home)
        combo = screen.ui.rangeCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(range_index)
        combo.blockSignals(False)
        shown: list[float] = []
        loop = QEventLoop()
        fill = screen.show_summary

        def filled(summary: Any, categories: Any) -> None:
            fill(summary, categories)
            if summary is not None:  # None only clears the last person's figures
                window.repaint()  # painted, not only filled
                shown.append(time.perf_counter())
                loop.quit()

        screen.show_summary = filled  # type: ignore[method-assign]
        started = time.perf_counter()
        window.go("progress")
        if not shown:
            QTimer.singleShot(60_000, loop.quit)
            loop.exec()
        screen.show_summary = fill  # type: ignore[method-assign]
        assert shown and screen.model.rowCount() > 0, "Progress did not fill"
        return (shown[0] - started) * 1000

    def relock() -> None:
        window.lock_now()
        window.lock_screen.ui.unlockButton.click()
        spin_until(app, at_home)

    out: dict[str, Any] = {"answers": summary.answers, "sessions": summary.meetings}
    default_index = screen.ui.rangeCombo.currentIndex()
    keychain = window.state.keychain
    for name, index in (("default", default_index), ("all", screen.ui.rangeCombo.count() - 1)):
        cold, first, again = [], [], []
        for _ in range(runs):
            relock()
            cold.append(visit(index))  # straight after unlocking: nothing unsealed yet
            relock()
            spin(3000)  # a person looks at Home for a moment; Bond unseals meanwhile
            spin_until(app, lambda: not window.ops.busy())
            first.append(visit(index))
            again.append(visit(index))
        assert keychain is window.state.keychain
        out[name] = {"cold": median(cold), "first": median(first), "again": median(again)}
    window.close()
    return out


def meeting_at_text_step() -> tuple[Any, Any, list[str], Any]:
    """A fresh couple's vault (fast KDF) with the weekly meeting run up to its first text step:
    ``(vault, run, profile ids, catalogue)``. ``exercises.py`` starts from here too."""
    from bond.content.catalog import load_catalog
    from bond.domain.profiles import Household
    from bond.paths import content_dir
    from bond.services.exercise_run import ExerciseRun
    from bond.services.keychain import Keychain
    from bond.services.profiles import ProfileService
    from bond.services.vault_service import Custody

    vault = fast_service(Path(tempfile.mkdtemp())).create(Custody(keyring=True))
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
    return vault, run, people, catalog


def part_save(_runs: int) -> dict[str, Any]:
    """One private answer saved as autosave saves it: sealed, committed, fsynced."""
    vault, run, _people, _catalog = meeting_at_text_step()
    samples = []
    for i in range(300):
        started = time.perf_counter()
        run.save({"text": "x" * (i + 1)})
        samples.append((time.perf_counter() - started) * 1000)
    vault.close()
    samples = samples[20:]  # the first saves warm SQLAlchemy's statement cache
    return {"p50": median(samples), "p95": p95(samples), "n": len(samples)}


SEARCH_WORDS = [
    "partner",
    "feel",
    "need",
    "boundary",
    "listen",
    "repair",
    "calm",
    "breathe",
    "trust",
    "talk",
    "week",
    "agree",
    "safe",
    "closeness",
    "support",
    "therapist",
    "sleep",
    "friend",
    "kind",
    "gentle",
    "pause",
    "return",
    "notice",
    "name",
]


def generated_articles(count: int, rng: random.Random) -> list[Any]:
    """``count`` articles of ~1,100 words drawn from a small vocabulary (many matches)."""
    from bond.domain.articles import Article, ArticleCategory

    return [
        Article(
            slug=f"a-{i}",
            title=" ".join(rng.choices(SEARCH_WORDS, k=5)).capitalize(),
            summary=" ".join(rng.choices(SEARCH_WORDS, k=15)),
            category=ArticleCategory.SKILLS,
            tags=tuple(rng.sample(SEARCH_WORDS, 3)),
            minutes=6,
            body=" ".join(rng.choices(SEARCH_WORDS, k=1100)),
            sources=("gottman-2011",),
        )
        for i in range(count)
    ]


def part_search(_runs: int) -> dict[str, Any]:
    """As-you-type library search over 500 generated articles of ~1,100 words."""
    from bond.services.library import SearchIndex

    index = SearchIndex(generated_articles(500, random.Random(1)))
    queries = ["b", "bo", "bou", "boundary", "calm breathe", "repair after", "therapist sleep"]
    samples = []
    for _ in range(10):
        for query in queries:
            started = time.perf_counter()
            index.search(query)
            samples.append((time.perf_counter() - started) * 1000)
    return {"p50": median(samples), "p95": p95(samples), "max": max(samples)}


def part_hide(runs: int) -> dict[str, Any]:
    """Quick hide: from the third Shift press to the lock screen painted, mid-exercise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bond.gui.app import build_window, make_application

    app = make_application()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from bond.config import resolve_paths
    from bond.domain.profiles import Household
    from bond.gui.screens.home import HomeScreen
    from bond.gui.screens.lock import LockScreen
    from bond.security.keys import KdfParams
    from bond.security.secrets import MemoryStore
    from bond.services.profiles import ProfileService
    from bond.services.vault_service import Custody

    paths = resolve_paths(Path(tempfile.mkdtemp()) / "vault")
    window = build_window(paths, MemoryStore(), kdf=KdfParams(1, 8 * 1024, 1))
    vault = window.service.create(Custody(keyring=True))
    ProfileService(vault).set_up(Household.SOLO, ["Kai"])
    vault.close()
    window.resize(1000, 700)
    window.show()
    window.start()
    spin_until(app, lambda: isinstance(window.current_screen(), HomeScreen))
    spin(500)
    samples = []
    for _ in range(max(20, runs * 6)):
        window.features.exercises.start("four-part-message", False)
        spin(300)
        target = window.focusWidget() or window
        QTest.keyClick(target, Qt.Key.Key_Shift)
        QTest.keyClick(target, Qt.Key.Key_Shift)
        started = time.perf_counter()
        QTest.keyClick(target, Qt.Key.Key_Shift)
        window.repaint()
        assert isinstance(window.current_screen(), LockScreen)
        samples.append((time.perf_counter() - started) * 1000)
        window.lock_screen.ui.unlockButton.click()
        spin(200)
    window.close()
    return {"p50": median(samples), "p95": p95(samples), "n": len(samples)}


PARTS: dict[str, Callable[[int], dict[str, Any]]] = {
    "progress": part_progress,
    "save": part_save,
    "search": part_search,
    "hide": part_hide,
}


# -- the table ---------------------------------------------------------------------------------
@dataclass
class Row:
    figure: str
    value: str
    goal: str
    ratio: str = ""
    verdict: str = ""


def verdict(good: bool) -> str:
    return "ok" if good else "miss"


def run_part(name: str, runs: int, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--part", name, "--runs", str(runs)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"part {name} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def has_desktop() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def start_rows(runs: int, tmp: Path, env: dict[str, str]) -> list[Row]:
    if not has_desktop():
        note = "skipped: run inside scripts/desktop-session.sh"
        return [Row("start-up", note, "")]
    python = [sys.executable, "-m", "bond"]
    data = tmp / "home-vault"
    subprocess.run(
        [*python, "demo", "--weeks", "26", "--data-dir", str(data)],
        env=env,
        check=True,
        capture_output=True,
    )
    log_file = tmp / "state" / "bond" / "log" / "bond.log"
    bond_start(python, data, env, log_file)  # warm-up: compiles bytecode, fills disk caches
    part_bare(1)
    bare, bond = [], []
    for _ in range(runs):  # interleaved, so drift in the machine's load hits both alike
        bare.append(part_bare(1))
        bond.append(bond_start(python, data, env, log_file))
    b_shown = median([r["shown"] for r in bare])
    b_rss = median([r["rss"] for r in bare])
    first = median([r["first"] for r in bond])
    home = median([r["home"] for r in bond])
    rss = median([r["rss"] for r in bond])
    # Each start against the bare start just before it: the machine's speed drifts by a third
    # within minutes here, and a ratio of pairs cancels that drift (a ratio of the two medians
    # moved by ±0.15 from run to run). The times shown are the plain medians.
    first_x = paired_ratio([r["first"] for r in bond], [r["shown"] for r in bare])
    home_x = paired_ratio([r["home"] for r in bond], [r["shown"] for r in bare])
    rss_x = paired_ratio([r["rss"] for r in bond], [r["rss"] for r in bare])
    rows = [
        Row(
            "bare PySide6 window (baseline)", f"{b_shown * 1000:.0f} ms, {b_rss / 1024:.0f} MiB", ""
        ),
        Row(
            "first window",
            f"{first * 1000:.0f} ms",
            "≤ 1.6×",
            f"{first_x:.2f}×",
            verdict(first_x <= 1.6),
        ),
        Row(
            "Home filled (26 weeks of data, keyring)",
            f"{home * 1000:.0f} ms",
            "≤ 2.5×",
            f"{home_x:.2f}×",
            verdict(home_x <= 2.5),
        ),
        Row(
            "RSS at Home",
            f"{rss / 1024:.0f} MiB",
            "≤ 2.0×",
            f"{rss_x:.2f}×",
            verdict(rss_x <= 2.0),
        ),
    ]
    subprocess.run(
        [*python, "wipe", "--yes", "--data-dir", str(data)],
        env=env,
        capture_output=True,
        check=False,
    )
    rows += bundle_rows(runs, tmp, env)
    return rows


def bundle_rows(runs: int, tmp: Path, env: dict[str, str]) -> list[Row]:
    if not BUNDLE.exists():
        return [Row("PyInstaller bundle (dist/bond)", "not built", "")]
    files = (p for p in BUNDLE.parent.rglob("*") if p.is_file() and not p.is_symlink())
    size = sum(p.stat().st_size for p in files)  # a symlinked library counts once, as du does
    data = tmp / "bundle-vault"
    subprocess.run(
        [str(BUNDLE), "init", "--profile", "Bench", "--data-dir", str(data)],
        env=env,
        check=True,
        capture_output=True,
    )
    log_file = tmp / "state" / "bond" / "log" / "bond.log"
    bond_start([str(BUNDLE)], data, env, log_file)
    bare, firsts = [], []
    for _ in range(runs):  # interleaved with its own bare runs, as the start-up rows are
        bare.append(part_bare(1)["shown"])
        firsts.append(bond_start([str(BUNDLE)], data, env, log_file)["first"])
    first, first_x = median(firsts), paired_ratio(firsts, bare)
    return [
        Row("bundle size (dist/bond)", f"{size / 2**20:.0f} MiB", ""),
        Row(
            "bundle first window",
            f"{first * 1000:.0f} ms",
            "≤ 1.6×",
            f"{first_x:.2f}×",
            verdict(first_x <= 1.6),
        ),
    ]


def other_rows(runs: int, env: dict[str, str]) -> list[Row]:
    rows = []
    progress = run_part("progress", runs, env)
    for name, label in (("default", "default range (6 months)"), ("all", "all time")):
        figures = progress[name]
        good = figures["first"] < 100 and figures["again"] < 100
        rows.append(
            Row(
                f"Progress, {label}, {PROGRESS_WEEKS} weeks",
                f"first {figures['first']:.0f} ms, again {figures['again']:.0f} ms "
                f"(cold {figures['cold']:.0f} ms)",
                "< 100 ms" if name == "default" else "(reported)",
                "",
                verdict(good) if name == "default" else "",
            )
        )
    save = run_part("save", runs, env)
    rows.append(
        Row(
            "save one answer (sealed, fsynced)",
            f"p50 {save['p50']:.1f} ms, p95 {save['p95']:.1f} ms",
            "p95 < 15 ms",
            "",
            verdict(save["p95"] < 15),
        )
    )
    search = run_part("search", runs, env)
    rows.append(
        Row(
            "library search, 500 articles",
            f"p50 {search['p50']:.1f} ms, p95 {search['p95']:.1f} ms, max {search['max']:.1f}",
            "< 30 ms",
            "",
            verdict(search["max"] < 30),
        )
    )
    hide = run_part("hide", runs, env)
    rows.append(
        Row(
            "quick hide (Shift ×3 to lock painted)",
            f"p50 {hide['p50']:.1f} ms, p95 {hide['p95']:.1f} ms",
            "p95 < 200 ms",
            "",
            verdict(hide["p95"] < 200),
        )
    )
    return rows


def print_table(rows: list[Row], runs: int) -> None:
    header = Row("figure", "measured", "goal", "ratio", "")
    widths = [
        max(len(getattr(r, f)) for r in [header, *rows])
        for f in ("figure", "value", "goal", "ratio", "verdict")
    ]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nBond performance, {runs} runs per figure (medians unless p50/p95 is given)")
    print(f"{os.cpu_count()} CPUs; load average at the end {load} (busy machines read slower)\n")
    for row in [header, *rows]:
        cells = (row.figure, row.value, row.goal, row.ratio, row.verdict)
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--part", choices=sorted(PARTS), help=argparse.SUPPRESS)
    parser.add_argument(
        "--only", choices=("start", "other"), help="measure only start-up, or only the rest"
    )
    args = parser.parse_args()
    if args.part:
        print(json.dumps(PARTS[args.part](args.runs)))
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="bond-bench-"))
    try:
        env = child_env(tmp)
        rows = []
        if args.only != "other":
            rows += start_rows(args.runs, tmp, env)
        if args.only != "start":
            rows += other_rows(args.runs, env)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print_table(rows, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
