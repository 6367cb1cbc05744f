"""Progress: how practice is going, in gentle words, a before/after chart and the same numbers
as a table. Everything shown is worked out by ``ProgressService`` from the history."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAccessible, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from bond.domain.profiles import Profile
from bond.gui.forms.ui_progress import Ui_Progress
from bond.gui.widgets.accessible import sentences, shown_text, speak_choices
from bond.gui.widgets.filter_rows import FilterRows
from bond.gui.widgets.plain import make_plain
from bond.gui.widgets.ratings_chart import fill_chart
from bond.gui.widgets.wheel_safe import wheel_safe

if TYPE_CHECKING:
    from bond.services.progress import ProgressSummary, WeeklyRatings

# Weeks shown for each choice of "Time"; 0 means everything there is.
RANGES = (12, 26, 52, 0)
EARLIEST = date(2000, 1, 1)


class ProgressScreen(QWidget):
    # A group named by its heading: a screen reader says it as the keyboard comes in.
    accessible_role = QAccessible.Role.Grouping

    filters_changed = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Progress()
        self.ui.setupUi(self)
        self.setAccessibleName(shown_text(self.ui.titleLabel))
        wheel_safe(self)  # the wheel scrolls the page, not a box it passes over
        speak_choices(*self.findChildren(QComboBox))  # their new values, said
        ui = self.ui
        # At 200% text in a narrow window, the time filter goes under whose practice.
        self._filters = FilterRows(
            self,
            ui.progressLayout,
            ui.filterRow,
            [(ui.whoLabel, ui.whoCombo), (ui.rangeLabel, ui.rangeCombo)],
        )
        labels = {  # spelled out here so that lupdate finds every one
            12: self.tr("Last 12 weeks"),
            26: self.tr("Last 6 months"),
            52: self.tr("Last year"),
            0: self.tr("All time"),
        }
        for weeks in RANGES:
            ui.rangeCombo.addItem(labels[weeks], weeks)
        ui.rangeCombo.setCurrentIndex(1)
        self.series_names = (
            self.tr("Upset, before"),
            self.tr("Upset, after"),
            self.tr("Close, before"),
            self.tr("Close, after"),
        )
        self.model = QStandardItemModel(self)
        ui.ratingsTable.setModel(self.model)
        ui.ratingsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.ratingsTable.hide()
        ui.tableCheck.toggled.connect(ui.ratingsTable.setVisible)
        self.chart: Any = None  # QtCharts loads on first use, not at start-up
        self.chart_view: Any = None
        ui.whoCombo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        ui.rangeCombo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        ui.historyButton.clicked.connect(self.history_requested)
        ui.lockedLabel.hide()
        make_plain(ui.checkinLabel)  # names the person whose progress is private
        self.weeks: list[WeeklyRatings] = []

    # -- filters ------------------------------------------------------------------------------
    def set_people(self, profiles: Sequence[Profile], current: str | None = None) -> None:
        combo = self.ui.whoCombo
        combo.blockSignals(True)
        combo.clear()
        for profile in profiles:
            combo.addItem(profile.name, profile.id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def profile_id(self) -> str:
        return str(self.ui.whoCombo.currentData())

    def date_range(self, today: date) -> tuple[date, date]:
        from datetime import timedelta

        weeks = int(self.ui.rangeCombo.currentData())
        start = today - timedelta(weeks=weeks) if weeks else EARLIEST
        return start, today

    # -- showing ------------------------------------------------------------------------------
    def show_locked(self, name: str) -> None:
        """The chosen person has a PIN that was not given: show nothing of theirs."""
        self.show_summary(None, {})
        self.ui.checkinLabel.setText(
            self.tr("%1's progress is private. It opens with %1's PIN.").replace("%1", name)
        )
        self._name_page()

    def show_summary(self, summary: ProgressSummary | None, categories: Mapping[str, str]) -> None:
        ui = self.ui
        if summary is None:
            for label in (ui.weeksLabel, ui.practiceLabel, ui.agreementsLabel, ui.boundariesLabel):
                label.clear()
            self._fill_ratings([])
            ui.lockedLabel.hide()
            return
        met, total = summary.checkin_count, len(summary.checkin_weeks)
        if met == 0:
            text = self.tr(
                "No check-ins in the last %n week(s). Whenever you are ready, one short check-in "
                "is a good place to start again.",
                "",
                total,
            )
        elif met == total:
            text = self.tr("You checked in every week of the last %n week(s).", "", total)
        else:
            text = self.tr("You checked in during %1 of the last %n week(s).", "", total)
        ui.checkinLabel.setText(text.replace("%1", str(met)))
        locale = QLocale()
        weeks = [
            self.tr("week of %1: %2")
            .replace("%1", locale.toString(monday, QLocale.FormatType.ShortFormat))
            .replace("%2", self.tr("checked in") if done else self.tr("no check-in"))
            for monday, done in summary.checkin_weeks
        ]
        ui.weeksLabel.setText(" · ".join("●" if d else "○" for _m, d in summary.checkin_weeks))
        ui.weeksLabel.setAccessibleDescription("; ".join(weeks))
        ui.weeksLabel.setToolTip("\n".join(weeks))
        practice = [
            f"{categories.get(c, c)}: {n}"
            for c, n in sorted(summary.practice_by_category.items(), key=lambda kv: -kv[1])
            if n
        ]
        ui.practiceLabel.setText(
            self.tr("Practice in this time: %1.").replace("%1", ", ".join(practice))
            if practice
            else self.tr("No practice recorded in this time yet.")
        )
        counts = summary.agreements
        ui.agreementsLabel.setText(
            self.tr(
                "Agreements made in this time, as last reviewed: %1 kept, %2 partly, %3 not yet, "
                "%4 changed, %5 retired, %6 not reviewed yet."
            )
            .replace("%1", str(counts.kept))
            .replace("%2", str(counts.partly))
            .replace("%3", str(counts.not_yet))
            .replace("%4", str(counts.changed))
            .replace("%5", str(counts.retired))
            .replace("%6", str(counts.not_reviewed))
        )
        ui.boundariesLabel.setText(
            self.tr("Boundaries practised: %n time(s).", "", summary.boundaries_practised)
        )
        ui.lockedLabel.setVisible(bool(summary.locked_profiles))
        ui.lockedLabel.setText(
            self.tr("Ratings behind a PIN that was not given are left out.")
            if summary.locked_profiles
            else ""
        )
        self._name_page()
        from bond.services.progress import weekly_ratings

        self._fill_ratings(weekly_ratings(summary.ratings))

    def _name_page(self) -> None:
        """The heading and the figures, said as the keyboard comes onto the page (they are
        labels: a screen reader reaches none of them by Tab)."""
        ui = self.ui
        figures = (ui.checkinLabel, ui.practiceLabel, ui.agreementsLabel, ui.boundariesLabel)
        self.setAccessibleName(
            sentences(
                shown_text(ui.titleLabel),
                *(shown_text(f) for f in (*figures, ui.lockedLabel) if not f.isHidden()),
            )
        )

    def _fill_ratings(self, weeks: list[WeeklyRatings]) -> None:
        """One set of numbers feeds both the table and the chart, so they always agree."""
        self.weeks = weeks
        self.model.clear()
        self.ui.ratingsTable.verticalHeader().hide()
        self.model.setHorizontalHeaderLabels([self.tr("Week of"), *self.series_names])
        locale = QLocale()
        for week in weeks:
            row = [QStandardItem(locale.toString(week.week, "d MMM yyyy"))]
            row += [QStandardItem("" if v is None else f"{v:g}") for v in week.values]
            self.model.appendRow(row)
        self._ensure_chart()
        fill_chart(self.chart, weeks, self.series_names)
        self.ui.ratingsTitle.setVisible(True)
        self.chart_view.setVisible(bool(weeks))
        self.ui.ratingsHint.setText(
            self.tr(
                "Weekly averages of the numbers given at the start and end of exercises, from 0 "
                "to 10. They are for noticing, not for judging."
            )
            if weeks
            else self.tr("No before-and-after numbers in this time yet.")
        )

    def _ensure_chart(self) -> None:
        if self.chart is not None:
            return
        from PySide6.QtCharts import QChart, QChartView

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(280)
        self.chart_view.setAccessibleName(self.tr("Chart of weekly ratings"))
        self.chart_view.setAccessibleDescription(
            self.tr("The same numbers are in the table, shown with the checkbox below the chart.")
        )
        self.ui.chartHolder.addWidget(self.chart_view)

    def series_points(self) -> list[list[tuple[int, float]]]:
        """The chart's points, per series (for checks that chart and table agree)."""
        out = []
        for series in self.chart.series() if self.chart is not None else []:
            out.append([(int(p.x()), p.y()) for p in series.points()])
        return out
