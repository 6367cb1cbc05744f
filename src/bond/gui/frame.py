"""The frame around the pages, built with the first frame: one top bar (Bond's mark, the menus,
Hide and Get support now) and the navigation rail beside the pages.

The menus sit in the top bar rather than in a row of their own above it, so the frame takes one
line of the window, not two; they keep their Alt letters, and fold into one Menu button when
the bar has no room for them (``top_bar``). Everything built here is on the first frame's path:
no ``Qt`` namespace, no SVG renderer (DECISIONS 29 and 32); ``finish_frame`` adds the rest
after it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSizePolicy, QVBoxLayout

from bond.gui.design.navigation import NavigationRail
from bond.gui.forms.ui_main_window import Ui_MainWindow
from bond.gui.navigation import make_rail
from bond.gui.top_bar import MARK_PX, TopBar, set_mark
from bond.gui.widgets.accessible_role import install as install_accessible_roles


def build_frame(window: QMainWindow, ui: Ui_MainWindow) -> tuple[NavigationRail, TopBar]:
    """Show Bond's mark, give the top bar's buttons their icons, and add the rail. (The menu
    bar is in the top bar in main_window.ui, so ``window.menuBar()`` must not be called: it
    would make an empty one.)"""
    # The menus on the same centre line as the buttons beside them (a menu bar draws its
    # titles at its top, however tall it is made).
    ui.brandRow.removeWidget(ui.menubar)
    centred = QVBoxLayout()
    centred.setContentsMargins(0, 0, 0, 0)
    centred.addStretch(1)
    centred.addWidget(ui.menubar)
    centred.addStretch(1)
    ui.brandRow.insertLayout(ui.brandRow.indexOf(ui.brandLabel) + 1, centred)
    fixed = QSizePolicy.Policy.Fixed  # the bar keeps its one line; the page takes the rest
    ui.topBar.setSizePolicy(QSizePolicy.Policy.Preferred, fixed)
    set_mark(ui, MARK_PX)
    top_bar = TopBar(window, ui)
    # Page stacks are plain containers to a screen reader, not a "layered pane" that Orca
    # names at every change of page (before anything asks about them).
    install_accessible_roles()
    rail = make_rail()  # its room is kept from the first frame: nothing moves later
    ui.bodyRow.insertWidget(0, rail)
    return rail, top_bar


def finish_frame(ui: Ui_MainWindow, top_bar: TopBar) -> None:
    """What the frame needs once the first frame is painted (``MainWindow.complete``): the
    folded menus' Alt keys, Alt underlines only while Alt is held, Hide out of the Tab chain
    and the notice's plain text."""
    from PySide6.QtCore import Qt

    from bond.gui import mnemonics
    from bond.gui.widgets.plain import make_plain

    top_bar.complete()
    mnemonics.install()
    # Out of the Tab chain (a stray Tab, Space would lock); Ctrl+Shift+H, Shift ×3 reach it.
    ui.hideButton.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    make_plain(ui.bannerLabel)  # not in the form: its enum costs the first frame
