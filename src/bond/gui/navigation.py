"""The window's ways to move: the navigation rail, the menu actions and their keys.

Each place in the rail and each menu action opens a place (``MainWindow.go``). The keys are
set once the first frame is painted, not in main_window.ui: setting any shortcut makes PySide6
build its whole Qt namespace (~30 ms) before anything is on screen (DECISIONS 29).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from bond.gui.design.navigation import NavigationRail
from bond.gui.forms.ui_main_window import Ui_MainWindow
from bond.gui.preferences import MIN_SCALE, SCALE_STEP, Preferences

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

# Qt's enums and the key classes are imported where they are used: this module is on the first
# frame's path (``set_navigation``), and importing ``Qt`` builds PySide6's Qt namespace.

ACTION_KEYS = {
    "actionHome": "Ctrl+H",
    "actionExercises": "Ctrl+E",
    "actionLibrary": "Ctrl+L",
    "actionAgreements": "Ctrl+G",
    "actionBoundaries": "Ctrl+B",
    "actionProgress": "Ctrl+P",
    "actionHistory": "Ctrl+Y",
    "actionSettings": "Ctrl+,",
    "actionQuit": "Ctrl+Q",
    "actionLargerText": "Ctrl++",
    "actionSmallerText": "Ctrl+-",
    "actionResetText": "Ctrl+0",
    "actionSupport": "F1",
    "actionShortcuts": "Ctrl+/",
}
# Each place with its menu action; only with a vault open.
NAVIGATION = {
    "home": "actionHome",
    "exercises": "actionExercises",
    "library": "actionLibrary",
    "agreements": "actionAgreements",
    "boundaries": "actionBoundaries",
    "progress": "actionProgress",
    "history": "actionHistory",
    "settings": "actionSettings",
}
# Screens that are part of a place in the rail, which stays marked while they show.
PART_OF = {"runner": "exercises", "article": "library", "history": "progress"}


def make_rail() -> NavigationRail:
    """The rail: the places, each with its icon and Alt letter; Settings at the foot."""
    translate = QCoreApplication.translate
    rail = NavigationRail(
        [
            ("home", "home", translate("Navigation", "&Home")),
            ("exercises", "exercises", translate("Navigation", "E&xercises")),
            ("library", "library", translate("Navigation", "&Library")),
            ("agreements", "agreements", translate("Navigation", "A&greements")),
            ("boundaries", "boundaries", translate("Navigation", "Bo&undaries")),
            ("progress", "progress", translate("Navigation", "Pr&ogress")),
            None,
            ("settings", "settings", translate("Navigation", "S&ettings")),
        ]
    )
    rail.set_places_shown(False)
    return rail


def rail_place(screen_name: str) -> str:
    """The place in the rail that ``screen_name`` (a registry name, or "home") is part of."""
    return PART_OF.get(screen_name, screen_name)


def set_navigation(ui: Ui_MainWindow, rail: NavigationRail, open_: bool) -> None:
    """Show the places (and enable their menu actions) only while a vault is open."""
    rail.set_places_shown(open_)
    for action in NAVIGATION.values():
        getattr(ui, action).setEnabled(open_)


def connect_actions(
    window: QMainWindow,
    ui: Ui_MainWindow,
    rail: NavigationRail,
    go: Callable[[str], None],
    prefs: Preferences,
    set_text_scale: Callable[[int], None],
    *,
    escape: Callable[[], None],
    hide: Callable[[], None],
    shortcuts: Callable[[], None],
) -> None:
    """Give the rail, every button and menu action its place or job, and every action its keys
    (which work from anywhere in the app, dialogs included); Escape leaves a screen,
    Ctrl+Shift+H hides Bond."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut

    for name, keys in ACTION_KEYS.items():
        getattr(ui, name).setShortcut(QKeySequence(keys))
    rail.place_chosen.connect(go)
    for place, action in NAVIGATION.items():
        getattr(ui, action).triggered.connect(lambda _=False, p=place: go(p))
    ui.supportButton.clicked.connect(lambda: go("support"))
    ui.actionSupport.triggered.connect(lambda: go("support"))
    ui.actionQuit.triggered.connect(window.close)
    ui.actionAbout.triggered.connect(lambda: _show_about(window))
    ui.actionShortcuts.triggered.connect(shortcuts)
    ui.actionLargerText.setShortcuts(
        [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
    )
    ui.actionSmallerText.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomOut)])
    ui.actionLargerText.triggered.connect(lambda: set_text_scale(prefs.text_scale + SCALE_STEP))
    ui.actionSmallerText.triggered.connect(lambda: set_text_scale(prefs.text_scale - SCALE_STEP))
    ui.actionResetText.triggered.connect(lambda: set_text_scale(MIN_SCALE))
    for name in ACTION_KEYS:
        action = getattr(ui, name)
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        window.addAction(action)
    leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
    leave.setWhatsThis(
        QCoreApplication.translate("Navigation", "Leave this screen (never an exercise)")
    )
    leave.activated.connect(escape)
    quick_hide = QShortcut(QKeySequence("Ctrl+Shift+H"), window)
    quick_hide.setWhatsThis(ui.hideButton.accessibleName())
    quick_hide.setContext(Qt.ShortcutContext.ApplicationShortcut)
    quick_hide.activated.connect(hide)
    ui.hideButton.clicked.connect(hide)


def _show_about(window: QMainWindow) -> None:
    """Help > About. Its module (the shortcuts dialog, message boxes: ~15 ms) loads on first
    use, not while Home is being built (DECISIONS 29)."""
    from bond.gui.help_menu import show_about

    show_about(window)


def admin_action(window: QMainWindow, ui: Ui_MainWindow, go: Callable[[str], None]) -> QAction:
    """Admin mode, only on a managed device with an admin passphrase; listed with the keys."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence

    admin = QAction(QCoreApplication.translate("Navigation", "A&dmin mode…"), window)
    admin.setObjectName("actionAdmin")
    admin.setShortcut(QKeySequence("Ctrl+Alt+A"))
    admin.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    admin.triggered.connect(lambda: go("admin"))
    ui.menuBond.insertAction(ui.actionQuit, admin)
    ui.menuBond.insertSeparator(ui.actionQuit)
    window.addAction(admin)
    return admin
