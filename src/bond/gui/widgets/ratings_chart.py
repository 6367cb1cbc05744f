"""The before/after chart, drawn from weekly averages: one place for the screen and the PDF."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QPointF, Qt

if TYPE_CHECKING:
    from bond.services.progress import WeeklyRatings


def fill_chart(chart: Any, weeks: Sequence[WeeklyRatings], names: Sequence[str]) -> None:
    """Replace ``chart``'s series with one line per (measure, moment), on a 0–10 scale."""
    from PySide6.QtCharts import QDateTimeAxis, QLineSeries, QValueAxis

    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    x_axis = QDateTimeAxis()
    x_axis.setFormat("d MMM yy")
    y_axis = QValueAxis()
    y_axis.setRange(0, 10)
    y_axis.setTickCount(6)  # 0, 2, 4, 6, 8, 10: whole numbers that are true
    y_axis.setLabelFormat("%d")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    # Noon of each week's Monday, local time, in ms since the epoch: what QDateTime gives for a
    # naive datetime, worked out in Python because building a QDateTime per point cost ~0.2 ms
    # (over 100 ms per line for ten years of weeks).
    noons = [datetime.combine(week.week, time(12)).timestamp() * 1000 for week in weeks]
    for index, name in enumerate(names):
        series = QLineSeries()
        series.setName(name)
        series.append(
            [
                QPointF(noon, value)
                for noon, week in zip(noons, weeks, strict=True)
                if (value := week.values[index]) is not None
            ]
        )
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    if weeks:
        first = datetime.combine(weeks[0].week, time())
        last = datetime.combine(weeks[-1].week, time(23))
        x_axis.setRange(QDateTime(first), QDateTime(last))
