"""Get support now: crisis lines and emergency numbers for the chosen region.

Numbers are shown as text, never as links: Bond opens no connection and dials nothing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from bond.content.support import SupportCatalog, SupportRegion
from bond.gui.design.components import Banner
from bond.gui.forms.ui_support import Ui_Support
from bond.gui.widgets.accessible import introduce, shown_text, speak_choices
from bond.gui.widgets.flow_layout import wrap_row
from bond.gui.widgets.wheel_safe import wheel_safe

FALLBACK_REGION = "elsewhere"
_COUNTRY_TO_REGION = {
    QLocale.Country.UnitedStates: "us",
    QLocale.Country.UnitedKingdom: "uk",
    QLocale.Country.Canada: "ca",
    QLocale.Country.Australia: "au",
    QLocale.Country.Ireland: "ie",
    QLocale.Country.NewZealand: "nz",
}


def default_region(catalog: SupportCatalog, locale: QLocale | None = None) -> str:
    code = _COUNTRY_TO_REGION.get((locale or QLocale.system()).territory(), FALLBACK_REGION)
    return code if code in catalog.regions else FALLBACK_REGION


class SupportScreen(QWidget):
    back_requested = Signal()
    region_chosen = Signal(str)
    calm_requested = Signal(str)  # an exercise id: grounding or breathing

    def __init__(self, catalog: SupportCatalog, region: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_Support()
        self.ui.setupUi(self)
        self._catalog = catalog
        self._fill_regions(region)
        self.ui.regionCombo.currentIndexChanged.connect(self._region_changed)
        self.ui.backButton.clicked.connect(self.back_requested)
        self.ui.unsafeText.hide()
        self.ui.unsafeButton.toggled.connect(self.ui.unsafeText.setVisible)
        self.ui.groundingButton.clicked.connect(
            lambda: self.calm_requested.emit("ground-5-4-3-2-1")
        )
        self.ui.breathingButton.clicked.connect(
            lambda: self.calm_requested.emit("longer-out-breath")
        )
        self.set_calm_available(False)
        self.ui.contactsView.installEventFilter(self)
        # At 200% text the two calming tools wrap onto a line of their own rather than pushing
        # the page sideways (the page's frame keeps it to a readable width: widgets.page).
        wrap_row(self.ui.supportLayout, self.ui.calmRow, "calmFlow")
        # The danger line first, as the design system's danger banner (the one red in Bond).
        self.danger_banner = Banner.around(self.ui.emergencyLabel, "danger")
        wheel_safe(self)
        # Where the keyboard lands (Where are you?) carries the heading and the first lines, so
        # a screen reader says them as the screen opens: it reads no label by itself.
        introduce(
            self.ui.regionCombo,
            shown_text(self.ui.titleLabel),
            shown_text(self.ui.introLabel),
        )
        speak_choices(self.ui.regionCombo)
        self._fit_contacts()
        self._render()

    @property
    def catalog(self) -> SupportCatalog:
        return self._catalog

    def set_catalog(self, catalog: SupportCatalog) -> None:
        """Show another list (a clinic's contacts arrive after the first frame); the chosen
        region stays chosen."""
        current = self.current_region()
        self._catalog = catalog
        self.ui.regionCombo.blockSignals(True)
        self.ui.regionCombo.clear()
        self._fill_regions(current)
        self.ui.regionCombo.blockSignals(False)
        self._render()

    def _fill_regions(self, region: str | None) -> None:
        catalog = self._catalog
        regions = sorted(
            catalog.regions.values(), key=lambda r: (r.code == FALLBACK_REGION, r.name)
        )
        for r in regions:
            self.ui.regionCombo.addItem(r.name, r.code)
        chosen = region if region in catalog.regions else default_region(catalog)
        index = self.ui.regionCombo.findData(chosen)
        self.ui.regionCombo.setCurrentIndex(max(index, 0))

    #: The services list shows about this many lines before it scrolls, at any text size.
    CONTACT_LINES = 10

    def _fit_contacts(self) -> None:
        """The screen scrolls as a whole at large text; the list must not shrink to nothing."""
        view = self.ui.contactsView
        height = view.fontMetrics().lineSpacing() * self.CONTACT_LINES
        if view.minimumHeight() != height:
            view.setMinimumHeight(height)
            self.ui.supportLayout.invalidate()

    def showEvent(self, event: QShowEvent) -> None:
        """Rows hidden while the screen was away (at lock) left the scrolled page its old
        height, cutting off its last lines; lay it out afresh."""
        self.ui.supportLayout.invalidate()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.contactsView and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Polish,
        ):
            self._fit_contacts()
        return super().eventFilter(watched, event)

    def set_calm_available(self, available: bool) -> None:
        """The calming exercises need an open vault (they run as exercises)."""
        for widget in (self.ui.calmLabel, self.ui.groundingButton, self.ui.breathingButton):
            widget.setVisible(available)

    def current_region(self) -> str:
        return str(self.ui.regionCombo.currentData() or FALLBACK_REGION)

    def _region_changed(self) -> None:
        self._render()
        self.region_chosen.emit(self.current_region())

    def _render(self) -> None:
        if not self._catalog.regions:
            self.ui.emergencyLabel.setText(
                self.tr("If you are in danger now, call your local emergency number.")
            )
            self.ui.contactsView.setPlainText(
                self.tr("The list of support services could not be loaded.")
            )
            return
        region = self._catalog.region(self.current_region())
        self.ui.emergencyLabel.setTextFormat(Qt.TextFormat.PlainText)  # may come from a pack
        self.ui.emergencyLabel.setText(
            self.tr("In danger right now? Call %1.").replace("%1", region.emergency)
        )
        self.ui.contactsView.setHtml(self._contacts_html(region))

    def _contacts_html(self, region: SupportRegion) -> str:
        parts: list[str] = []
        note = region.note
        if note:
            parts.append(f"<p>{html.escape(note)}</p>")
        for contact in region.contacts:
            methods = "<br>".join(html.escape(m.label) for m in contact.methods)
            checked = self.tr("Checked %1").replace(
                "%1", QLocale().toString(contact.last_verified, QLocale.FormatType.LongFormat)
            )
            parts.append(
                f"<h3>{html.escape(contact.organisation)}</h3>"
                f"<p>{html.escape(contact.description)}</p>"
                f"<p><b>{methods}</b></p>"
                f"<p>{html.escape(contact.hours)}"
                + (f" · {html.escape(', '.join(contact.languages))}" if contact.languages else "")
                + f"<br><small>{html.escape(checked)}</small></p>"
            )
        if not region.contacts and not note:
            parts.append(
                "<p>"
                + html.escape(
                    self.tr(
                        "Bond has no local services listed for this place yet. Your doctor, a "
                        "local hospital or a community health service can point you to help."
                    )
                )
                + "</p>"
            )
        return "\n".join(parts)
