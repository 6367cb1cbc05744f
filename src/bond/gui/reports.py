"""Print and PDF: Qt's own document engine writes what the screen shows (DECISIONS 19)."""

from __future__ import annotations

import html
import os
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

if TYPE_CHECKING:
    from bond.domain.exercises import Exercise
    from bond.services.keychain import Keychain
    from bond.services.report_data import ReportData
    from bond.services.vault_service import OpenVault


def save_pdf(document: QTextDocument, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Bond")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    printable = document.clone()
    printable.print_(writer)
    del writer  # the PDF is complete only once the writer is gone
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"the PDF could not be written to {path.name}")


def _series_names() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("Report", "Upset, before"),
        translate("Report", "Upset, after"),
        translate("Report", "Close, before"),
        translate("Report", "Close, after"),
    )


def _ensure_app() -> None:
    """The command line has no app: make a quiet one (off-screen when there is no display)."""
    if QCoreApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _keep.append(QApplication([]))


_keep: list[object] = []


def _chart_image(data: ReportData) -> QImage | None:
    if not data.ratings:
        return None
    from PySide6.QtCharts import QChart, QChartView

    from bond.gui.widgets.ratings_chart import fill_chart

    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    fill_chart(chart, data.ratings, _series_names())
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.resize(900, 450)
    return view.grab().toImage()


def _day(day: date) -> str:
    # Qt names the month in the interface language (a translator can reorder the pattern).
    pattern = QCoreApplication.translate("Report", "d MMMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _names(names: Sequence[str]) -> str:
    if len(names) == 2:
        return (
            QCoreApplication.translate("Report", "%1 and %2")
            .replace("%1", names[0])
            .replace("%2", names[1])
        )
    return ", ".join(names)


def report_html(data: ReportData) -> str:
    """The summary as simple HTML for QTextDocument; every piece of user text is escaped.

    Each ``translate`` call stands on its own (not inside an f-string) so lupdate finds it.
    """
    translate = QCoreApplication.translate
    e = html.escape
    doc_title = translate("Report", "Bond: a summary of our practice")
    span = translate("Report", "From %1 to %2, for %3.")
    note = translate(
        "Report",
        "Bond is a practice tool, not therapy. This summary is for talking things "
        "through, with each other or with someone you trust.",
    )
    checkins = translate("Report", "Check-ins")
    parts = [
        f"<h1>{e(doc_title)}</h1>",
        "<p>"
        + e(span)
        .replace("%1", _day(data.start))
        .replace("%2", _day(data.end))
        .replace("%3", e(_names(data.people)))
        + "</p>",
        f"<p><i>{e(note)}</i></p>",
        f"<h2>{e(checkins)}</h2>",
    ]
    if data.checkins:
        parts.append(
            "<ul>"
            + "".join(f"<li>{_day(d)}: {e(title)}</li>" for d, title in data.checkins)
            + "</ul>"
        )
    else:
        none_yet = translate("Report", "No check-ins in this time.")
        parts.append(f"<p>{e(none_yet)}</p>")
    heading = translate("Report", "Agreements")
    parts.append(f"<h2>{e(heading)}</h2>")
    words = {  # agreement statuses and review outcomes, as stored
        "kept": translate("Report", "kept"),
        "partly": translate("Report", "partly"),
        "not-yet": translate("Report", "not yet"),
        "changed": translate("Report", "changed"),
        "retired": translate("Report", "retired"),
    }
    if data.agreements:
        items = []
        for agreement in data.agreements:
            reviews = "; ".join(f"{_day(d)}: {e(words.get(o, o))}" for d, o in agreement.reviews)
            made = translate("Report", "made %1").replace("%1", _day(agreement.made))
            line = f"<li><b>{e(agreement.text)}</b> ({e(made)}"
            if agreement.status != "active":
                line += ", " + e(words.get(agreement.status, agreement.status))
            line += ")"
            if reviews:
                line += "<br>" + e(translate("Report", "Reviews:")) + " " + reviews
            items.append(line + "</li>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    else:
        none_yet = translate("Report", "No agreements in this time.")
        parts.append(f"<p>{e(none_yet)}</p>")
    heading = translate("Report", "Boundaries")
    parts.append(f"<h2>{e(heading)}</h2>")
    none_saved = translate("Report", "None saved.")
    for name, statements in data.boundaries.items():
        parts.append(f"<h3>{e(name)}</h3>")
        if statements:
            parts.append("<ul>" + "".join(f"<li>{e(s)}</li>" for s in statements) + "</ul>")
        else:
            parts.append(f"<p>{e(none_saved)}</p>")
    heading = translate("Report", "Before and after")
    parts.append(f"<h2>{e(heading)}</h2>")
    if data.ratings:
        parts.append(
            "<p>"
            + e(
                translate(
                    "Report", "Weekly averages of the 0 to 10 numbers given before and after."
                )
            )
            + "</p><p><img src='bond:chart' width='460'></p>"
        )
        week_of = translate("Report", "Week of")
        header = "".join(f"<th>{e(n)}</th>" for n in (week_of, *_series_names()))
        rows = "".join(
            f"<tr><td>{_day(w.week)}</td>"
            + "".join(f"<td>{'' if v is None else f'{v:g}'}</td>" for v in w.values)
            + "</tr>"
            for w in data.ratings
        )
        parts.append(f"<table border='1' cellpadding='3'><tr>{header}</tr>{rows}</table>")
    else:
        none_yet = translate("Report", "No before-and-after numbers in this time.")
        parts.append(f"<p>{e(none_yet)}</p>")
    for name, answers in data.private_answers.items():
        heading = translate("Report", "Private answers of %1").replace("%1", name)
        parts.append(f"<h2>{e(heading)}</h2><ul>")
        parts.extend(
            f"<li>{_day(a.day)}, {e(a.exercise)}, {e(a.step)}: {e(a.text)}</li>" for a in answers
        )
        parts.append("</ul>")
    if data.left_out:
        parts.append(
            "<p><i>"
            + e(
                translate(
                    "Report", "Private items of %1 are not included: a PIN keeps them."
                ).replace("%1", _names(data.left_out))
            )
            + "</i></p>"
        )
    return "".join(parts)


def export_pdf(
    vault: OpenVault,
    keychain: Keychain,
    output: Path,
    *,
    profile: str | None = None,
    since: date | None = None,
    exercises: Mapping[str, Exercise] | None = None,
    include_private_for: Collection[str] = (),
) -> None:
    """Write the summary PDF; ``profile`` is a person's name, as on the command line."""
    from bond.services.report_data import find_profile, gather

    _ensure_app()
    if exercises is None:
        from bond.content.catalog import load_catalog
        from bond.paths import content_dir

        exercises = load_catalog(content_dir()).exercises
    profile_id = find_profile(vault, profile) if profile else None
    data = gather(
        vault,
        keychain,
        exercises,
        profile_id=profile_id,
        since=since,
        include_private_for=include_private_for,
    )
    render_pdf(data, output)


def render_pdf(data: ReportData, output: Path) -> None:
    """Draw the gathered summary into a PDF; on the UI thread (it draws a chart widget)."""
    document = QTextDocument()
    image = _chart_image(data)
    if image is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("bond:chart"), image)
    document.setHtml(report_html(data))
    save_pdf(document, output, "Bond")
