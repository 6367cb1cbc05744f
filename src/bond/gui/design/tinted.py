"""An icon on a button that stays in its theme's colour and grows with the text.

Used where a plain button carries an icon (the top bar's Hide and Get support now). The icon is
redrawn when the theme or the text size changes; icons in ``icons.FIRST_FRAME`` come from
pre-rendered masks, so a button on the first frame costs no SVG renderer (DECISIONS 32).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QAbstractButton

from bond.gui.design import icons, tokens
from bond.gui.design.navigation import icon_px_for
from bond.gui.theme import current_theme


class TintedIcon(QObject):
    """Keeps ``button``'s icon ``name`` in the theme's ``role`` colour (a token name)."""

    def __init__(self, button: QAbstractButton, name: str, role: str = "text") -> None:
        super().__init__(button)
        self._button, self._name, self._role = button, name, role
        self._tint = ""
        button.installEventFilter(self)
        self.retint()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.retint()
        return False

    def retint(self) -> None:
        button = self._button
        font_px = button.font().pixelSize()
        px = icon_px_for(font_px if font_px > 0 else tokens.FONT_PX["body"])
        theme = current_theme()
        worded = bool(button.text())  # an icon alone needs no room after it
        tint = f"{theme}/{px}/{worded}"
        if tint == self._tint:
            return
        self._tint = tint
        colours = tokens.colours(theme)
        gap = round(px * 0.4) if worded else 0  # room before the words (8 px at 100%)
        button.setIcon(
            icons.icon(
                self._name,
                colours[self._role],
                px,
                focused=colours["text"],
                dpr=button.devicePixelRatioF(),
                gap=gap,
            )
        )
        button.setIconSize(QSize(px + gap, px))

    def tint(self) -> str:
        """The theme and size the icon was last drawn for ("light/20")."""
        return self._tint
