"""The frame around the pages, built with the first frame: one top bar (Bond's mark, the menus,
Hide and Get support now) and the navigation rail beside the pages.

The menus sit in the top bar rather than in a row of their own above it, so the frame takes one
line of the window, not two; they keep their Alt letters. Everything here is on the first
frame's path: no ``Qt`` namespace, no SVG renderer (DECISIONS 29 and 32).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QVBoxLayout, QWidget

from bond.gui.design.navigation import NavigationRail
from bond.gui.design.tinted import TintedIcon
from bond.gui.forms.ui_main_window import Ui_MainWindow
from bond.gui.navigation import make_rail
from bond.gui.theme import current_theme
from bond.gui.widgets.accessible_role import install as install_accessible_roles
from bond.paths import resources_dir

MARK_PX = 24  # Bond's mark in the top bar (logical pixels)


def build_frame(window: QMainWindow, ui: Ui_MainWindow) -> NavigationRail:
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
    TintedIcon(ui.hideButton, "hide", "text")
    TintedIcon(ui.supportButton, "support", "accent")
    TopBarFit(window, ui)
    # Page stacks are plain containers to a screen reader, not a "layered pane" that Orca
    # names at every change of page (before anything asks about them).
    install_accessible_roles()
    rail = make_rail()  # its room is kept from the first frame: nothing moves later
    ui.bodyRow.insertWidget(0, rail)
    return rail


#: Bond's mark per theme: high contrast has its own (white and yellow rings on a black tile
#: with a white edge; the soft teal tile and cream ring blur into black).
MARKS = {"high-contrast": "bond-hc-128.png"}


def set_mark(ui: Ui_MainWindow, px: int) -> None:
    """Bond's mark at ``px`` logical pixels for the theme in force, drawn from a 128 px icon
    (sharp at 200%)."""
    name = MARKS.get(current_theme(), "bond-128.png")
    drawn = f"{name}/{px}"
    if ui.brandLabel.property("mark") == drawn and ui.brandLabel.pixmap() is not None:
        return
    mark = QPixmap(str(resources_dir() / "icons" / name))
    mark.setDevicePixelRatio(128 / px)
    ui.brandLabel.setPixmap(mark)
    ui.brandLabel.setFixedSize(px, px)
    ui.brandLabel.setProperty("mark", drawn)


class TopBarFit(QObject):
    """Keeps the top bar on one line: in a narrow window or at large text, Bond's mark goes and
    Hide shows only its icon (it keeps its name for screen readers, its keys in its tooltip);
    Get support now always keeps its words."""

    def __init__(self, window: QWidget, ui: Ui_MainWindow) -> None:
        super().__init__(window)
        self._window, self._ui = window, ui
        self._full = (ui.hideButton.text(), ui.supportButton.text())
        self._short = ("", ui.supportButton.accessibleName())
        self._compact: bool | None = None
        window.installEventFilter(self)
        ui.topBar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
            QEvent.Type.StyleChange,  # another theme: its mark
        ):
            self.fit()
        return False

    def fit(self) -> None:
        ui = self._ui
        font_px = ui.topBar.font().pixelSize()
        set_mark(ui, max(MARK_PX, round(font_px * 1.6)))  # it grows with the text
        self._set(self._full)
        ui.brandLabel.show()
        layout = ui.topBar.layout()
        needed = layout.sizeHint().width() if layout is not None else 0
        compact = needed > self._window.width()
        self._set(self._short if compact else self._full)
        ui.brandLabel.setVisible(not compact)  # the mark goes first: the menus name Bond
        self._compact = compact

    def is_compact(self) -> bool:
        return bool(self._compact)

    def _set(self, texts: tuple[str, str]) -> None:
        for button, text in zip((self._ui.hideButton, self._ui.supportButton), texts, strict=True):
            if button.text() != text:
                button.setText(text)
                for tinted in button.findChildren(TintedIcon):
                    tinted.retint()  # no room after an icon without words
