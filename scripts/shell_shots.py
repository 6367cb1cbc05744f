"""Screenshots of Bond's window, place by place, for looking at and for design reviews.

Opens the real window offscreen on a new 26-week sample vault (made-up people, ``bond demo``'s
history) in a throw-away folder, with its key in memory, and saves one PNG per place, theme,
text size and language:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shell_shots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shell_shots.py --themes dark \\
        --scales 200 --size 960x680 --places home,library

Nothing is written outside the throw-away folder and ``--out`` (build/screenshots/shell).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "build" / "screenshots" / "shell"
PLACES = (
    "home",
    "exercises",
    "exercise/feeling-check",
    "run/feeling-check",
    "library",
    "article/feelings-and-needs",
    "agreements",
    "boundaries",
    "progress",
    "history",
    "settings",
    "support",
    "lock",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--themes", default="light,dark,high-contrast")
    parser.add_argument("--scales", default="100,200")
    parser.add_argument("--languages", default="en")
    parser.add_argument("--size", default="1280x800", help="the window's size, WIDTHxHEIGHT")
    parser.add_argument("--places", default=",".join(PLACES))
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The same throw-away folder each run: its path shows on Home (the vault's folder), and
    # one run's pictures must match the next's.
    tmp = Path(tempfile.gettempdir()) / "bond-shots"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        for name in ("DATA", "CONFIG", "CACHE", "STATE"):
            os.environ[f"XDG_{name}_HOME"] = f"{tmp}/{name.lower()}"
        for name in ("BOND_DATA_DIR", "BOND_POLICY", "BOND_SITE_CONFIG_DIR"):
            os.environ.pop(name, None)
        return shoot(args, tmp, (width, height))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def shoot(args: argparse.Namespace, tmp: Path, size: tuple[int, int]) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest

    from bond.config import resolve_paths
    from bond.content.catalog import load_catalog
    from bond.domain.profiles import Household
    from bond.gui.app import build_window, make_application
    from bond.gui.preferences import Preferences
    from bond.paths import content_dir
    from bond.security.keys import KdfParams
    from bond.security.secrets import MemoryStore
    from bond.services import demo
    from bond.services.profiles import ProfileService
    from bond.services.vault_files import VaultFiles
    from bond.services.vault_service import Custody, VaultService

    make_application()
    paths = resolve_paths(tmp / "vault")
    store = MemoryStore()
    kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    service = VaultService(VaultFiles(paths.data_dir), store, kdf=kdf)
    vault = service.create(Custody(keyring=True, passphrase=None))
    catalog = load_catalog(content_dir())
    demo.write_demo(vault, catalog.exercises, weeks=26, seed=7, articles=catalog.articles)
    profiles = ProfileService(vault)
    profiles.set_flag("together-safety-note")  # the one-time note would cover the runner
    if profiles.household() not in (Household.COUPLE, Household.SOLO):
        print("the sample vault has no household", file=sys.stderr)
        return 1
    vault.close()
    # Every window starts from this same vault: what one pass leaves (a paused exercise) must
    # not show in the next one's screenshots.
    pristine = tmp / "pristine"
    shutil.copytree(paths.data_dir, pristine)
    args.out.mkdir(parents=True, exist_ok=True)

    def open_window(theme: str, scale: int, language: str) -> Any:
        """A window on a fresh copy of the sample vault, at Home."""
        shutil.rmtree(paths.data_dir)
        shutil.copytree(pristine, paths.data_dir)
        prefs = Preferences(paths.settings_file)
        prefs.theme, prefs.text_scale, prefs.language = theme, scale, language
        prefs.sync()
        window = build_window(paths, store, kdf=kdf)
        window.resize(*size)
        window.show()
        window.start()
        # "Who is doing this?" would wait for an answer: the first person does it.
        window.access.choose = lambda w=window: w.state.profiles[0].id
        for _ in range(300):
            settle(window, 20)
            if window.features.home.screen is window.current_screen():
                break
        return window

    def settle(window: object, ms: int = 250) -> None:
        for _ in range(200):
            QCoreApplication.processEvents()
            if not window.ops.busy():  # type: ignore[attr-defined]
                break
            QTest.qWait(20)
        QTest.qWait(ms)

    saved = 0
    for language in args.languages.split(","):
        for theme in args.themes.split(","):
            for scale in (int(s) for s in args.scales.split(",")):
                for place in args.places.split(","):
                    # A window of its own for each place, on the same vault: what one place
                    # leaves (a paused exercise, a reading mark) shows in no other's picture,
                    # so every run has the same rows whatever the places and their order.
                    window = open_window(theme, scale, language)
                    if place == "lock":
                        window.lock_now()
                    else:
                        window.go(place)
                    settle(window)
                    name = place.replace("/", "-")
                    shot = args.out / f"{name}_{theme}_{scale}_{language}_{size[0]}x{size[1]}.png"
                    window.grab().save(str(shot))
                    saved += 1
                    window.close()
                    window.deleteLater()
                    QCoreApplication.processEvents()
    print(f"saved {saved} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
