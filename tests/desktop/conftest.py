"""The real desktop pass: a real X server (Xvfb) and a real Secret Service (gnome-keyring).

Run by ``scripts/desktop-session.sh``, which sets ``BOND_DESKTOP_TESTS=1``; skipped elsewhere so
nobody's own keyring or screen is touched by accident.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

SHOTS = ROOT / "build" / "screenshots"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/desktop" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.desktop)
            if os.environ.get("BOND_DESKTOP_TESTS") != "1":
                item.add_marker(pytest.mark.skip(reason="needs scripts/desktop-session.sh"))


def screenshot(name: str) -> Path:
    """Capture the whole X screen with ImageMagick, as a person would look at it."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    target = SHOTS / f"{name}.png"
    subprocess.run(["import", "-window", "root", str(target)], check=True, timeout=30)
    return target


def secret_tool_lookup(vault_id: str) -> str:
    result = subprocess.run(
        ["secret-tool", "lookup", "service", "bond", "username", vault_id],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return result.stdout.strip()


def have(tool: str) -> bool:
    return shutil.which(tool) is not None
