"""Pictures made for Bond: calm, abstract pieces (soft shapes, light, plants; no faces, no
couples) for first run, empty states, the lock screen and the end of an exercise.

Each is a hand-written SVG in ``resources/pictures`` whose shapes name a token role by class
(``soft``, ``mid``, ``strong``, ``light``; ``line`` for strokes). Its ``<style>`` holds the light
theme's colours so the file reads anywhere; Bond replaces it with the theme in force, so a
picture fits dark and high contrast too.

A picture is decoration (WCAG 1.1.1): it has no accessible name and never takes the focus, and
the words beside it say everything. Rendered with QtSvg, so only after the first frame.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from bond.gui.design import tokens
from bond.gui.theme import current_theme
from bond.paths import resources_dir

PICTURES = ("first-run", "empty", "lock", "done")
#: The pictures' proportions (all are drawn on a 320 × 200 canvas) and their height at 100% text.
ASPECT = 320 / 200
HEIGHT_PX = 160
_STYLE = re.compile(rb"<style>.*?</style>", re.S)


def pictures_dir() -> Path:
    return resources_dir() / "pictures"


def themed_svg(name: str, theme: str) -> bytes:
    """The picture's SVG with the colours of ``theme``."""
    c = tokens.colours(theme)
    style = (
        f"<style>.soft{{fill:{c['picture_soft']}}}.mid{{fill:{c['picture_mid']}}}"
        f".strong{{fill:{c['picture_strong']}}}.light{{fill:{c['picture_light']}}}"
        f".line{{fill:none;stroke:{c['picture_strong']}}}</style>"
    ).encode()
    data = (pictures_dir() / f"{name}.svg").read_bytes()
    return _STYLE.sub(lambda _m: style, data, count=1)


@cache
def _renderer(name: str, theme: str):  # type: ignore[no-untyped-def]
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(QByteArray(themed_svg(name, theme)))


class Picture(QWidget):
    """One of :data:`PICTURES`, drawn in the theme's colours, its height following the text
    size. Decoration only: no accessible name, no focus."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if name not in PICTURES:
            raise ValueError(f"no such picture: {name}")
        self.name = name
        self.setObjectName(f"picture-{name}")
        self.setAccessibleName("")
        self.setAccessibleDescription("")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _height(self) -> int:
        """160 px at 100% text, growing half as fast as the text."""
        font_px = self.font().pixelSize()
        scale = 100 * (font_px if font_px > 0 else 15) / tokens.FONT_PX["body"]
        return round(HEIGHT_PX * (1 + (scale - 100) / 200))

    def sizeHint(self) -> QSize:
        height = self._height()
        return QSize(round(height * ASPECT), height)

    def minimumSizeHint(self) -> QSize:
        height = self._height() // 2
        return QSize(round(height * ASPECT), height)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return min(self._height(), round(width / ASPECT))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        height = min(float(self.height()), self.width() / ASPECT)
        width = height * ASPECT
        target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _renderer(self.name, current_theme()).render(painter, target)
        painter.end()
