"""The before/after chart, drawn from weekly averages: one place for the screen and the PDF.

Its colours are the design tokens' chart roles (``chart_bg``, ``chart_grid``, ``chart_axis``,
``chart_text``, ``chart_1`` to ``chart_4``) with a dash pattern per line, so colour is never
the only signal. A chart on screen (already in a view when it is filled) takes the theme in
force and follows it as the theme changes; a chart drawn for paper (the PDF) is light.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen

from bond.gui.design import tokens

if TYPE_CHECKING:
    from bond.services.progress import WeeklyRatings

#: Events that say the theme (palette or style sheet) or the text size changed.
_THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange)


def _colour(value: str) -> QColor:
    return QColor.fromString(value)  # one overload: no Qt namespace built (DECISIONS 29)


def style_chart(chart: Any, theme: str, scale: int = 100) -> None:
    """Colour ``chart``'s plate, grid, axes, legend and lines from ``theme``'s tokens."""
    c = tokens.colours(theme)
    plate = QBrush(_colour(c["chart_bg"]))
    chart.setBackgroundBrush(plate)
    chart.setBackgroundPen(QPen(_colour(c["chart_bg"])))
    chart.setPlotAreaBackgroundBrush(plate)
    chart.setPlotAreaBackgroundVisible(True)
    chart.setBackgroundRoundness(0)
    legend = chart.legend()
    legend.setLabelColor(_colour(c["chart_text"]))
    # Each name beside a short piece of its line, dashes and all, not a square of colour alone.
    legend.setMarkerShape(type(legend).MarkerShape.MarkerShapeFromSeries)
    font = legend.font()
    font.setPixelSize(tokens.font_px("small", scale))
    legend.setFont(font)
    grid = QPen(_colour(c["chart_grid"]))
    grid.setWidth(1)
    axis_pen = QPen(_colour(c["chart_axis"]))
    axis_pen.setWidth(1)
    for axis in chart.axes():
        axis.setLabelsColor(_colour(c["chart_text"]))
        axis.setLabelsFont(font)
        axis.setGridLinePen(grid)
        axis.setLinePen(axis_pen)
        axis.setShadesVisible(False)
        axis.setMinorGridLineVisible(False)
    width = max(2, round(tokens.CHART_LINE_PX * scale / 100))
    for index, series in enumerate(chart.series()):
        slot = index % len(tokens.CHART_DASHES)
        pen = QPen(_colour(c[f"chart_{slot + 1}"]))
        pen.setWidth(width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if dashes := tokens.CHART_DASHES[slot]:
            pen.setDashPattern(list(dashes))
        series.setPen(pen)


class _ThemeFollower(QObject):
    """Restyles a chart when its view hears that the theme or the text size changed."""

    def __init__(self, view: Any, chart: Any) -> None:
        super().__init__(view)
        self._chart = chart
        self._applied: tuple[str, int] | None = None
        view.installEventFilter(self)

    def apply(self, view: Any) -> None:
        from bond.gui.theme import current_scale, current_theme

        theme, scale = current_theme(), current_scale()
        style_chart(self._chart, theme, scale)
        view.setBackgroundBrush(QBrush(_colour(tokens.colours(theme)["chart_bg"])))
        self._applied = (theme, scale)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _THEME_EVENTS:
            from bond.gui.theme import current_scale, current_theme

            if self._applied != (current_theme(), current_scale()):
                self.apply(watched)
        return False


def _on_screen(chart: Any) -> None:
    """Style a chart shown in a view from the theme in force, and keep it so."""
    scene = chart.scene()
    for view in scene.views() if scene is not None else []:
        follower = view.findChild(_ThemeFollower)
        if follower is None:
            follower = _ThemeFollower(view, chart)
        follower.apply(view)


def fill_chart(chart: Any, weeks: Sequence[WeeklyRatings], names: Sequence[str]) -> None:
    """Replace ``chart``'s series with one line per (measure, moment), on a 0–10 scale."""
    from PySide6.QtCharts import QDateTimeAxis, QLineSeries, QValueAxis

    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    x_axis = QDateTimeAxis()
    x_axis.setFormat("d MMM yy")
    x_axis.setGridLineVisible(False)  # the weeks read along the axis; level lines only
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
    style_chart(chart, "light")  # paper; a chart on screen takes the theme in force
    _on_screen(chart)
