"""The screen-reader pass: a real Orca listening to a real ``bond`` under Xvfb.

Run by ``scripts/screen-reader-session.sh`` (``scripts/desktop-session.sh`` with Orca's packages
checked), which sets ``BOND_DESKTOP_TESTS=1``; skipped elsewhere, and where Orca or
speech-dispatcher is not installed (``BOND_BOOTSTRAP_TEST_TOOLS=1 ./scripts/bootstrap.sh``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.screen_reader.listener import Bond, ScreenReader, start_screen_reader

SPOKEN = ROOT / "build" / "screen-reader" / "speech.log"
MISSING = [t for t in ("orca", "speech-dispatcher", "xdotool") if shutil.which(t) is None]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/screen_reader" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.screen_reader)
            if os.environ.get("BOND_DESKTOP_TESTS") != "1":
                item.add_marker(pytest.mark.skip(reason="needs scripts/screen-reader-session.sh"))
            elif MISSING:
                item.add_marker(pytest.mark.skip(reason=f"not installed: {', '.join(MISSING)}"))


@pytest.fixture(scope="session")
def screen_reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScreenReader]:
    """One Orca for the whole pass (it takes a few seconds to start)."""
    reader, stop = start_screen_reader(tmp_path_factory.mktemp("orca"))
    try:
        yield reader
    finally:
        stop()
        # All that Orca said in this pass, to read after it (CI keeps build/ as an artifact).
        SPOKEN.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(reader.log, SPOKEN)


@pytest.fixture
def bond(screen_reader: ScreenReader, tmp_path: Path) -> Iterator[Callable[..., Bond]]:
    """``bond(*args)``: a Bond process on a vault of this test's own; quit after the test."""
    started: list[Bond] = []

    def make(*args: str) -> Bond:
        app = Bond(screen_reader, tmp_path / "vault", *args)
        started.append(app)
        return app

    yield make
    for app in started:
        app.quit()
