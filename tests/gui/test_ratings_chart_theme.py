"""The Progress chart takes its colours from the design tokens and follows the theme: no white
plate in dark or high contrast, a dash pattern per line, and paper (the PDF) stays light."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCharts import QChart, QChartView
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bond.gui.design import tokens
from bond.gui.theme import apply_theme
from bond.gui.widgets.ratings_chart import fill_chart
from bond.services.progress import WeeklyRatings

NAMES = ("Upset, before", "Upset, after", "Close, before", "Close, after")


def app() -> QApplication:
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    return found


@pytest.fixture(autouse=True)
def light_afterwards() -> Iterator[None]:
    yield
    apply_theme(app(), "light", 100)


def weeks() -> list[WeeklyRatings]:
    start = date(2026, 1, 5)
    return [
        WeeklyRatings(week=start + timedelta(weeks=i), values=(6.0 - i / 3, 3.0, 5.0, 7.0 + i / 4))
        for i in range(8)
    ]


def shown_chart(qtbot: QtBot) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(700, 360)
    fill_chart(chart, weeks(), NAMES)
    view.show()
    return chart, view


def colours_of(chart: QChart) -> dict[str, object]:
    y_axis = chart.axes()[1]
    return {
        "plate": chart.backgroundBrush().color().name().upper(),
        "grid": y_axis.gridLinePen().color().name().upper(),
        "text": y_axis.labelsColor().name().upper(),
        "lines": [s.pen().color().name().upper() for s in chart.series()],
    }


def expected(theme: str) -> dict[str, object]:
    c = tokens.colours(theme)
    return {
        "plate": c["chart_bg"],
        "grid": c["chart_grid"],
        "text": c["chart_text"],
        "lines": [c[f"chart_{i}"] for i in range(1, 5)],
    }


@pytest.mark.parametrize("theme", tokens.THEMES)
def test_the_chart_on_screen_wears_the_theme(qtbot: QtBot, theme: str) -> None:
    apply_theme(app(), theme, 100)
    chart, view = shown_chart(qtbot)
    got = colours_of(chart)
    assert {k: got[k] for k in ("plate", "grid", "text", "lines")} == expected(theme)
    styles = [s.pen().style() for s in chart.series()]
    patterns = [tuple(s.pen().dashPattern()) for s in chart.series()]
    # Four lines told apart without colour: no two share a dash pattern (or both solid).
    assert len({(style, pattern) for style, pattern in zip(styles, patterns, strict=True)}) == 4
    # The plate is the token's colour in the middle of the view, not a white slab.
    image = view.grab().toImage()
    corner = image.pixelColor(image.width() // 2, 8).name().upper()
    assert corner == tokens.colours(theme)["chart_bg"]


def test_the_chart_follows_a_change_of_theme(qtbot: QtBot) -> None:
    apply_theme(app(), "light", 100)
    chart, _view = shown_chart(qtbot)
    apply_theme(app(), "high-contrast", 100)
    qtbot.waitUntil(lambda: colours_of(chart)["plate"] == "#000000", timeout=2000)
    assert colours_of(chart)["lines"] == expected("high-contrast")["lines"]
    apply_theme(app(), "dark", 200)
    qtbot.waitUntil(lambda: colours_of(chart)["plate"] == tokens.colours("dark")["chart_bg"])
    assert chart.series()[0].pen().width() == 2 * tokens.CHART_LINE_PX


def test_a_chart_for_paper_stays_light(qtbot: QtBot) -> None:
    apply_theme(app(), "dark", 100)
    chart = QChart()
    fill_chart(chart, weeks(), NAMES)  # no view yet: the PDF's chart
    assert colours_of(chart)["plate"] == tokens.colours("light")["chart_bg"]
    assert colours_of(chart)["lines"] == expected("light")["lines"]
