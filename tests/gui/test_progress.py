"""Progress and History over ten years of sample data: chart and table agree, private answers
stay with their writer, and the screen opens without a visible pause."""

from __future__ import annotations

import time as clock

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from bond.content.catalog import load_catalog
from bond.gui.screens.history import HistoryScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.progress import ProgressScreen
from bond.services.demo import write_demo
from bond.services.vault_service import Custody, VaultService
from tests.conftest import ROOT
from tests.gui.conftest import WindowFactory, press, seed_vault, wait_for_screen


def demo_vault(service: VaultService, weeks: int) -> None:
    vault = service.create(Custody(keyring=True))
    catalog = load_catalog(ROOT / "resources" / "content")
    write_demo(vault, catalog.exercises, weeks=weeks, seed=7, articles=catalog.articles)
    vault.close()


def test_progress_with_ten_years_of_sample_data(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    demo_vault(service, 520)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.ui.sampleBar.isVisible()  # a sample vault says so
    started = clock.perf_counter()
    window.go("progress")
    wait_for_screen(qtbot, window, ProgressScreen)
    screen = window.screens["progress"]
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10000)
    print(f"progress, default range: {1000 * (clock.perf_counter() - started):.0f} ms")
    assert "of the last 12 weeks" in screen.ui.checkinLabel.text()
    assert "streak" not in screen.ui.checkinLabel.text().lower()
    # Labels Tab never reaches: said as the keyboard comes onto the page, with its heading.
    assert screen.ui.checkinLabel.text() in screen.accessibleName()
    assert screen.ui.boundariesLabel.text() in screen.accessibleName()

    started = clock.perf_counter()
    screen.ui.rangeCombo.setCurrentIndex(screen.ui.rangeCombo.count() - 1)  # all time
    qtbot.waitUntil(lambda: screen.model.rowCount() > 400, timeout=20000)
    print(f"progress, all ten years: {1000 * (clock.perf_counter() - started):.0f} ms")
    # The chart and the table show the same numbers, week by week.
    points = screen.series_points()
    assert len(points) == 4
    for column, series in enumerate(points, start=1):
        table = [
            float(screen.model.item(row, column).text())
            for row in range(screen.model.rowCount())
            if screen.model.item(row, column).text()
        ]
        assert [y for _x, y in series] == table
        weeks = [QDateTime.fromMSecsSinceEpoch(x).date().toPython() for x, _y in series]
        assert weeks == sorted(weeks)
    distress_before = [y for _x, y in points[0]]
    assert all(0 <= y <= 10 for y in distress_before)


def test_history_lists_sessions_and_keeps_a_partners_private_answers(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    demo_vault(service, 4)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("history")
    wait_for_screen(qtbot, window, HistoryScreen)
    screen = window.screens["history"]
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(
        lambda: "<h2>" in screen.ui.detailView.toHtml() or bool(screen.ui.detailView.toPlainText()),
        timeout=10000,
    )
    first = screen.model.item(0).text()
    assert "·" in first
    # Alex's view of a together session shows Sam's private answers only as "written privately".
    screen.ui.whoCombo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10000)
    together = next(
        row for row in range(screen.model.rowCount()) if "together" in screen.model.item(row).text()
    )
    screen.ui.listView.setCurrentIndex(screen.model.index(together, 0))
    qtbot.waitUntil(
        lambda: "written privately" in screen.ui.detailView.toPlainText(), timeout=10000
    )


def test_escape_leaves_progress_and_history_for_home(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """Like the other lists, Escape goes Home from Progress and from History (it did nothing)."""
    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    for place, screen_type in (("progress", ProgressScreen), ("history", HistoryScreen)):
        window.go(place)
        wait_for_screen(qtbot, window, screen_type)
        press(Qt.Key.Key_Escape)
        wait_for_screen(qtbot, window, HomeScreen)
