"""The top bar keeps to one line: when its room is short (a narrow window, large text), the three
menus fold into one Menu button, then Bond's mark goes, then Hide and Menu keep only their
icons. Get support now always keeps its words.

Folded or not, the menus keep their Alt letters (Bond's Alt+D, View's Alt+V, Help's Alt+P): the
menu bar answers them while it shows; while it is folded, the same keys open the Menu button's
list with that menu open in it and its first item chosen, as the menu bar would. A screen reader
hears "Menu, button" and, opened, the three menus by name. The bar's icons keep their buttons'
names for screen readers and their keys in their tooltips.

On the first frame's path (DECISIONS 29): nothing here builds PySide6's ``Qt`` namespace until
``complete`` (the keys), which the window runs after that frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from bond.gui.design.tinted import TintedIcon
from bond.gui.forms.ui_main_window import Ui_MainWindow
from bond.gui.theme import current_theme
from bond.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

MARK_PX = 24  # Bond's mark in the top bar at 100% text (logical pixels)
#: Bond's mark per theme: high contrast has its own (white and yellow rings on a black tile
#: with a white edge; the soft teal tile and cream ring blur into black).
MARKS = {"high-contrast": "bond-hc-128.png"}

#: The bar's forms, widest first: (menus folded, Bond's mark, Hide's word, Menu's word).
STEPS = (
    (False, True, True, True),
    (True, True, True, True),
    (True, False, True, True),
    (True, False, False, True),
    (True, False, False, False),
)


class TopBar(QObject):
    """Fits the top bar to its window (``fit``) and hides its menus while Bond is locked."""

    def __init__(self, window: QWidget, ui: Ui_MainWindow) -> None:
        super().__init__(window)
        self._window, self._ui = window, ui
        self._menus = (ui.menuBond, ui.menuView, ui.menuHelp)
        # The folded form: one list holding the three menus (the same menus: an action added
        # to one, such as Admin mode, shows in both forms).
        self.menu = QMenu(ui.menuButton)
        self.menu.setObjectName("foldedMenus")
        for menu in self._menus:
            self.menu.addAction(menu.menuAction())
        # Opened by hand rather than with ``setMenu``, whose arrow Fusion squeezes into the
        # button's edge; Space, Enter and a click open it, Escape gives the keyboard back.
        ui.menuButton.clicked.connect(lambda: self.open_folded(None))
        self._words = {
            ui.hideButton: (ui.hideButton.text(), ""),
            ui.menuButton: (ui.menuButton.text(), ""),
        }
        self._icons = (
            TintedIcon(ui.hideButton, "hide", "text"),
            TintedIcon(ui.supportButton, "support", "accent"),
            TintedIcon(ui.menuButton, "menu", "text"),
        )
        self._keys: list[QShortcut] = []  # Alt+letter per menu while folded (``complete``)
        self._step = STEPS[0]
        self._locked = False
        self._fitting = False  # showing and hiding its parts sends events of their own
        self._later = QTimer(self)  # dies with the bar (a window closed before it fires)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        window.installEventFilter(self)
        ui.topBar.installEventFilter(self)

    # -- what the window uses ------------------------------------------------------------------
    def is_folded(self) -> bool:
        return self._step[0]

    def is_compact(self) -> bool:
        """Hide shows only its icon (the bar's last resorts)."""
        return not self._step[2]

    def set_locked(self, locked: bool) -> None:
        """Locked: no menus in either form (only Hide and Get support now)."""
        if locked != self._locked:
            self._locked = locked
            self.fit()

    def complete(self) -> None:
        """Give the folded form its Alt keys (after the first frame: a key sequence builds the
        ``Qt`` namespace). Each opens the Menu button's list with its menu open."""
        from PySide6.QtGui import QKeySequence, QShortcut

        for menu in self._menus:
            keys = QKeySequence.mnemonic(menu.title())
            if keys.isEmpty():
                continue
            shortcut = QShortcut(keys, self._window)
            shortcut.activated.connect(lambda m=menu: self.open_folded(m))
            self._keys.append(shortcut)
        self._enable_keys()

    def open_folded(self, menu: QMenu | None) -> None:
        """The Menu button's list below it, with ``menu`` open in it and its first item chosen
        (what Alt and a menu's letter do while the menus are folded)."""
        button = self._ui.menuButton
        if not button.isVisible():
            return
        self.menu.popup(button.mapToGlobal(QPoint(0, button.height())))
        if menu is None:  # the button itself: the list (Down or a menu's letter goes on)
            return
        self.menu.setActiveAction(menu.menuAction())  # opens it at once
        first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()), None)
        if first is not None:
            menu.setActiveAction(first)

    # -- fitting ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
            QEvent.Type.StyleChange,  # another theme: its mark
        ):
            self.fit()  # at once, so the first frame is drawn fitted, and again once every part
            self._later.start()  # has its new font and style (the bar may hear of it first)
        return False

    def fit(self) -> None:
        """The widest form that fits the window."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        ui = self._ui
        font_px = ui.topBar.font().pixelSize()
        set_mark(ui, max(MARK_PX, round(font_px * 1.6)))  # it grows with the text
        layout = ui.topBar.layout()
        room = self._window.width()
        for step in STEPS:
            self._apply(step)
            if layout is None or layout.sizeHint().width() <= room:
                break
        self._step = step
        self._enable_keys()

    def _apply(self, step: tuple[bool, bool, bool, bool]) -> None:
        folded, mark, hide_word, menu_word = step
        ui = self._ui
        ui.menubar.setVisible(not folded and not self._locked)
        ui.menuButton.setVisible(folded and not self._locked)
        ui.brandLabel.setVisible(mark)
        self._set_words(ui.hideButton, hide_word)
        self._set_words(ui.menuButton, menu_word)
        for layout in (ui.topBar.layout(), ui.brandRow):
            if layout is not None:
                layout.invalidate()  # measured again at once, not at the next layout pass

    def _set_words(self, button: QPushButton, shown: bool) -> None:
        text = self._words[button][0 if shown else 1]
        if button.text() != text:
            button.setText(text)
            for tinted in self._icons:
                tinted.retint()  # no room after an icon without words

    def _enable_keys(self) -> None:
        """The folded form's keys only while it shows (the menu bar's own otherwise: two
        shortcuts on one key would make both ambiguous)."""
        on = self._step[0] and not self._locked
        for shortcut in self._keys:
            shortcut.setEnabled(on)


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
