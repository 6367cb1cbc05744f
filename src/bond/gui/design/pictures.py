"""Pictures made for Bond: calm, abstract pieces (soft shapes, light, plants; no faces, no
couples) for first run, empty states, the lock screen and the end of an exercise.

Each is a hand-written SVG in ``resources/pictures`` whose shapes name a token role by class
(``soft``, ``mid``, ``strong``, ``light``; ``line`` for strokes). Its ``<style>`` holds the light
theme's colours so the file reads anywhere; Bond replaces it with the theme in force, so a
picture fits dark and high contrast too.

Each picture is held by its first ``soft`` shape (a circle, an ellipse, a rounded rectangle):
everything else in it is clipped to that shape, so no leaf, stem or hill shows past its round
edge. The clip is a mask with soft edges, drawn at the screen's device pixel ratio, not a
``QPainter`` clip path (whose edges are jagged).

A picture is decoration (WCAG 1.1.1): it has no accessible name and never takes the focus, and
the words beside it say everything. Rendered with QtSvg, so only after the first frame.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from bond.gui.design import tokens
from bond.gui.theme import current_theme
from bond.paths import resources_dir

PICTURES = ("first-run", "empty", "lock", "done")
#: The pictures' proportions (all are drawn on a 320 × 200 canvas) and their height at 100% text.
CANVAS = (320, 200)
ASPECT = CANVAS[0] / CANVAS[1]
HEIGHT_PX = 160
_STYLE = re.compile(rb"<style>.*?</style>", re.S)
#: The shape that holds a picture: its first ``soft`` circle, ellipse or rectangle.
_HOLDER = re.compile(rb"<(circle|ellipse|rect)\b[^>]*\bclass=\"soft\"[^>]*/>")
_ATTR = re.compile(rb'\b([a-z]+)="([-0-9.]+)"')
#: Motes of light that float round a picture (small ``light`` dots, 8 or less across the
#: canvas's 200): drawn whole over it, never cut into slivers at its edge.
_SPARK = re.compile(
    rb'<circle class="light" cx="[-0-9.]+" cy="[-0-9.]+" r="[0-8](?:\.\d+)?"[^>]*/>'
)
_OPENING = re.compile(rb"^.*?<svg\b[^>]*>", re.S)


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


def holder(name: str) -> QPainterPath:
    """The shape that holds picture ``name``, on its 320 × 200 canvas."""
    data = (pictures_dir() / f"{name}.svg").read_bytes()
    found = _HOLDER.search(data)
    path = QPainterPath()
    if found is None:  # a picture with no holder: its whole canvas
        path.addRect(QRectF(0, 0, *CANVAS))
        return path
    kind = found.group(1)
    a = {k.decode(): float(v) for k, v in _ATTR.findall(found.group(0))}
    if kind == b"circle":
        path.addEllipse(QPointF(a["cx"], a["cy"]), a["r"], a["r"])
    elif kind == b"ellipse":
        path.addEllipse(QPointF(a["cx"], a["cy"]), a["rx"], a["ry"])
    else:
        rx = min(a.get("rx", a.get("ry", 0.0)), a["width"] / 2)
        ry = min(a.get("ry", a.get("rx", 0.0)), a["height"] / 2)
        path.addRoundedRect(QRectF(a["x"], a["y"], a["width"], a["height"]), rx, ry)
    return path


def sparks(name: str) -> QPainterPath:
    """The motes of light round picture ``name`` (drawn whole, past its holder's edge)."""
    path = QPainterPath()
    for found in _SPARK.finditer((pictures_dir() / f"{name}.svg").read_bytes()):
        a = {k.decode(): float(v) for k, v in _ATTR.findall(found.group(0))}
        path.addEllipse(QPointF(a["cx"], a["cy"]), a["r"], a["r"])
    return path


@cache
def _renderer(name: str, theme: str, part: str):  # type: ignore[no-untyped-def]
    """What the picture holds, without its holder (drawn apart, then clipped to it) or its
    motes of light (``part`` "inside"); or those motes alone ("sparks")."""
    from PySide6.QtSvg import QSvgRenderer

    data = themed_svg(name, theme)
    if part == "sparks":
        opening, style = _OPENING.search(data), _STYLE.search(data)
        found = b"".join(m.group(0) for m in _SPARK.finditer(data))
        head = (opening.group(0) if opening else b"<svg>") + (style.group(0) if style else b"")
        return QSvgRenderer(QByteArray(head + found + b"</svg>"))
    inside = _SPARK.sub(b"", _HOLDER.sub(b"", data, count=1))
    return QSvgRenderer(QByteArray(inside))


def _blank(width: int, height: int) -> QImage:
    return QImage(
        bytes(width * height * 4), width, height, QImage.Format.Format_ARGB32_Premultiplied
    ).copy()


@lru_cache(maxsize=24)
def picture_image(name: str, theme: str, width: int, height: int, dpr: float = 1.0) -> QImage:
    """Picture ``name`` in ``theme``'s colours, ``width`` × ``height`` logical pixels on a screen
    of ``dpr``: its holder drawn, and what it holds clipped to the holder's edge."""
    side_w, side_h = max(1, round(width * dpr)), max(1, round(height * dpr))
    scale = QTransform.fromScale(side_w / CANVAS[0], side_h / CANVAS[1])
    shape = scale.map(holder(name))
    inside = _blank(side_w, side_h)
    painter = QPainter(inside)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name, theme, "inside").render(painter, QRectF(0, 0, side_w, side_h))
    # Keep only what lies in the holder: clear all round it (soft at the edge, where the
    # outside's coverage takes its share of each pixel).
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    mask = QPainterPath()
    mask.addRect(QRectF(0, 0, side_w, side_h))
    painter.fillPath(mask.subtracted(shape), QColor.fromString("#00000000"))
    painter.end()
    picture = _blank(side_w, side_h)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(shape, QColor.fromString(tokens.colours(theme)["picture_soft"]))
    painter.drawImage(QPointF(0, 0), inside)
    _renderer(name, theme, "sparks").render(painter, QRectF(0, 0, side_w, side_h))
    painter.end()
    picture.setDevicePixelRatio(dpr)
    return picture


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
        height = round(min(float(self.height()), self.width() / ASPECT))
        width = round(height * ASPECT)
        if width <= 0 or height <= 0:
            return
        image = picture_image(self.name, current_theme(), width, height, self.devicePixelRatioF())
        painter = QPainter(self)
        painter.drawImage(QPointF((self.width() - width) / 2, (self.height() - height) / 2), image)
        painter.end()
