"""The packaged build: dist/bond, made by scripts/build-bundle.sh, run as a person would.

Run by ``scripts/smoke-bundle.sh`` (inside ``scripts/desktop-session.sh``: Xvfb and a real
Secret Service); skipped elsewhere, like the desktop pass.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import ROOT

BUNDLE = ROOT / "dist" / "bond"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/bundle" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.bundle)
            if os.environ.get("BOND_DESKTOP_TESTS") != "1":
                item.add_marker(pytest.mark.skip(reason="needs scripts/smoke-bundle.sh"))


@pytest.fixture(scope="session")
def program() -> Path:
    program = BUNDLE / "bond"
    assert program.is_file(), "no bundle: run scripts/build-bundle.sh first"
    return program


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The session's display and D-Bus, with this test's own XDG folders."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("BOND_", "PYTHON"))}
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        environ[f"XDG_{name}_HOME"] = str(tmp_path / "xdg" / name.lower())
    environ["QT_QPA_PLATFORM"] = "xcb"
    return environ
