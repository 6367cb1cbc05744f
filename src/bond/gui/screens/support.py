"""Get support now: crisis lines and emergency numbers for the chosen region.

Numbers are shown as text, never as links: Bond opens no connection and dials nothing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QWidget

from bond.content.support import SupportCatalog, SupportRegion
from bond.gui.forms.ui_support import Ui_Support

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

    def __init__(self, catalog: SupportCatalog, region: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_Support()
        self.ui.setupUi(self)
        self._catalog = catalog
        regions = sorted(
            catalog.regions.values(), key=lambda r: (r.code == FALLBACK_REGION, r.name)
        )
        for r in regions:
            self.ui.regionCombo.addItem(r.name, r.code)
        chosen = region if region in catalog.regions else default_region(catalog)
        index = self.ui.regionCombo.findData(chosen)
        self.ui.regionCombo.setCurrentIndex(max(index, 0))
        self.ui.regionCombo.currentIndexChanged.connect(self._region_changed)
        self.ui.backButton.clicked.connect(self.back_requested)
        self._render()

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
