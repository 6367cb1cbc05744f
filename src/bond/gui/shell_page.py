"""The shell's part of the page: the notices above the pages start on the page's left edge and
are as wide as its content, the sample-data notice is the top of Home's page (it scrolls with
it), and every screen that joins the window sits in the page (``widgets.page``). Built once the
first frame is painted (this needs Qt's namespace)."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QWidget

from bond.gui.design.components import Banner
from bond.gui.forms.ui_main_window import Ui_MainWindow
from bond.gui.widgets.page import frame_box, frame_pages, kind_on_show


def frame_shell(ui: Ui_MainWindow, policy_bar: QWidget) -> None:
    """Put the policy notice above the pages, make the sample-data and reminder notices the
    design system's banner, and lay the notices and the pages out in the page's frame."""
    column, pages = ui.contentColumn, ui.pages
    column.insertWidget(column.indexOf(pages), policy_bar)
    ui.sampleBar = Banner.around(
        ui.sampleLabel, actions=(ui.removeSampleButton,), replace=ui.sampleBar
    )
    ui.reminderBar = Banner.around(
        ui.reminderLabel,
        actions=(ui.reminderStartButton, ui.reminderLaterButton),
        replace=ui.reminderBar,
    )
    # Shown on Home only: the first thing on Home's page, scrolled away with it, rather than a
    # band above every page that large text made a third of the window's height.
    pages.widgetAdded.connect(lambda index: _sample_on_home(ui, pages.widget(index)))
    notices = column.indexOf(pages)
    if notices > 0:
        frame_box(column, pages, lambda: kind_on_show(pages), 0, notices - 1, top=True)
        pages.currentChanged.connect(lambda _index: column.invalidate())
    frame_pages(pages)  # after the sample notice joins Home: it is framed with Home's rows


def _sample_on_home(ui: Ui_MainWindow, screen: QWidget) -> None:
    """Move the sample-data notice to the top of Home's scrolled rows (its Tab place, just
    before Home's own controls, is kept)."""
    home = getattr(getattr(screen, "ui", None), "homeLayout", None)
    if screen.objectName() != "Home" or not isinstance(home, QBoxLayout):
        return
    bar, shown = ui.sampleBar, not ui.sampleBar.isHidden()
    ui.contentColumn.removeWidget(bar)
    home.insertWidget(0, bar)
    bar.setProperty("pageNotice", True)  # Home's first control is still its own (focus_first)
    bar.setVisible(shown)
    QWidget.setTabOrder(ui.reminderLaterButton, ui.removeSampleButton)
