"""Alt underlines only while Alt is held, as GNOME and Windows draw them.

Every button, label and menu title keeps its Alt letter, which works as a shortcut whether or
not it is drawn; the underline under that letter shows only while the Alt key is down (and
always in an open menu, where the letter alone chooses an item). Fusion has no such mode, so a
small proxy style answers ``SH_UnderlineShortcut`` from the state of the Alt key, and a filter
on each of the app's windows notes Alt going down and up and repaints that window.

The filter sits on the windows (``QWindow``), not on the whole application: a window sees the
keys typed in it, and far fewer events than every object does. Installed once the first frame
is painted (``MainWindow.complete``): the style's enums build PySide6's ``Qt`` namespace.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QMenu, QProxyStyle, QStyle, QStyleOption, QWidget

_UNDERLINE = QStyle.StyleHint.SH_UnderlineShortcut
_ALT_KEYS = (Qt.Key.Key_Alt, Qt.Key.Key_AltGr)


class AltUnderlines(QProxyStyle):
    """The app's style with Alt underlines drawn only while ``held``."""

    def __init__(self, base: QStyle | None = None) -> None:
        super().__init__(base)
        self.held = False

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: object = None,
    ) -> int:
        if hint == _UNDERLINE:
            return int(self.held or isinstance(widget, QMenu))
        return super().styleHint(hint, option, widget, returnData)  # type: ignore[arg-type]


class AltWatcher(QObject):
    """Sets the style's ``held`` as Alt goes down and up in any of the app's windows."""

    def __init__(self, style: AltUnderlines, app: QGuiApplication) -> None:
        super().__init__(app)
        self._style = style
        app.focusWindowChanged.connect(self._focused)
        self._focused(app.focusWindow())

    def _focused(self, window: QWindow | None) -> None:
        self._set(False)  # Alt released elsewhere (Alt+Tab) is never seen here
        if window is not None:
            window.installEventFilter(self)  # once: installing it again only moves it first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if event.key() in _ALT_KEYS:
                self._set(kind == QEvent.Type.KeyPress)
            elif not event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self._set(False)  # its release went to another window
        elif kind == QEvent.Type.FocusOut:
            self._set(False)
        return False

    def _set(self, held: bool) -> None:
        if held == self._style.held:
            return
        self._style.held = held
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window.isActiveWindow():
                window.update()  # its labels and buttons draw their letters again


_installed: list[AltUnderlines] = []  # one per app


def install() -> AltUnderlines | None:
    """Make the app's style draw Alt underlines only while Alt is held (once per app). The
    style sheet keeps drawing everything; it asks its base style, this one, for the hint."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if _installed:
        return _installed[0]
    from PySide6.QtWidgets import QStyleFactory

    name = app.style().name() or "fusion"  # a proxy owns the style it wraps: a fresh one
    base = QStyleFactory.create(name) or QStyleFactory.create("fusion")
    style = AltUnderlines(base)
    app.setStyle(style)
    AltWatcher(style, app)
    _installed.append(style)
    return style
