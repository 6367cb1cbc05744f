"""Icons: Lucide's line icons (ISC, ``resources/icons/lucide``), tinted with a theme's colour.

An icon is drawn as a mask (only its shape's alpha counts) and filled with a token colour
(``CompositionMode_SourceIn``), so one file serves every theme. The icons the first frame shows
(``FIRST_FRAME``: the navigation, Get support now, Hide, the menus folded into one) come from
PNG masks pre-rendered at build (``packaging/tools/build_icons.py``): no SVG renderer loads
before the first paint (DECISIONS 32). Every other icon is rendered from its SVG when first
asked for.

Safe on the first frame's path: nothing here builds PySide6's ``Qt`` namespace or imports QtSvg
unless an SVG icon is asked for.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from bond.paths import resources_dir

#: Bond's name for an icon → the Lucide file it is drawn from.
ICONS: Final = {
    "home": "house",
    "exercises": "sprout",
    "library": "book-open",
    "agreements": "handshake",
    "boundaries": "shield",
    "progress": "chart-spline",
    "settings": "settings",
    "support": "life-buoy",
    "hide": "eye-off",
    "menu": "menu",
    "lock": "lock",
    "check": "check",
    "back": "chevron-left",
    "forward": "chevron-right",
    "expand": "chevron-down",
    "collapse": "chevron-up",
    "close": "x",
    "info": "info",
    "danger": "triangle-alert",
    "done": "circle-check",
    "unchosen": "circle",
}
#: The icons the first frame shows: pre-rendered to PNG masks at build.
FIRST_FRAME: Final = (
    "home",
    "exercises",
    "library",
    "agreements",
    "boundaries",
    "progress",
    "settings",
    "support",
    "hide",
    "menu",
)
#: The masks' sizes in device pixels: 16 to 40 logical pixels, at 1× and 2× screens.
MASK_SIZES: Final = (16, 20, 24, 28, 32, 40, 48, 56, 64, 80)


def lucide_dir() -> Path:
    return resources_dir() / "icons" / "lucide"


def masks_dir() -> Path:
    return resources_dir() / "icons" / "rendered"


def svg_path(name: str) -> Path:
    return lucide_dir() / f"{ICONS[name]}.svg"


def mask_path(name: str, px: int) -> Path:
    return masks_dir() / f"{ICONS[name]}-{px}.png"


# ``QImage.fill``, ``QPainter.fillRect`` and ``QBrush`` weigh ``Qt.GlobalColor`` overloads, which
# builds PySide6's whole Qt namespace (~30 ms) before the first frame; images made from bytes and
# drawn with ``drawImage`` do not.


def transparent(px: int) -> QImage:
    """An empty (transparent) square image of ``px`` device pixels."""
    return QImage(bytes(px * px * 4), px, px, QImage.Format.Format_ARGB32_Premultiplied).copy()


def solid(colour: str, px: int) -> QImage:
    """A square of ``px`` device pixels filled with ``colour`` (``#RRGGBB``)."""
    rgba = bytes.fromhex(colour.removeprefix("#")) + b"\xff"
    return QImage(rgba * (px * px), px, px, QImage.Format.Format_RGBA8888).copy()


def svg_mask(name: str, px: int) -> QImage:
    """The icon's shape at ``px`` device pixels from its SVG (black on transparent)."""
    from PySide6.QtSvg import QSvgRenderer

    data = svg_path(name).read_bytes().replace(b"currentColor", b"#000000")
    image = transparent(px)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(data)).render(painter)
    painter.end()
    return image


def _png_mask(name: str, px: int) -> QImage:
    """The pre-rendered mask at ``px``, or the nearest larger one drawn smaller."""
    size = next((s for s in MASK_SIZES if s >= px), MASK_SIZES[-1])
    source = QImage(str(mask_path(name, size)))
    if size == px:
        return source.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    image = transparent(px)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRect(0, 0, px, px), source)
    painter.end()
    return image


@cache
def _tinted_image(name: str, colour: str, px: int) -> QImage:
    image = _png_mask(name, px) if name in FIRST_FRAME else svg_mask(name, px)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.drawImage(QPoint(0, 0), solid(colour, px))
    painter.end()
    return image


def pixmap(name: str, colour: str, px: int, dpr: float = 1.0, gap: int = 0) -> QPixmap:
    """``name`` at ``px`` logical pixels in ``colour`` (a token's ``#RRGGBB``), sharp on a
    screen of ``dpr`` device pixels per pixel; ``gap`` pixels of room after it (a button puts
    its text right against its icon)."""
    side = max(1, round(px * dpr))
    image = _tinted_image(name, colour, side)
    if gap > 0:
        wide = QImage(
            bytes((side + round(gap * dpr)) * side * 4),
            side + round(gap * dpr),
            side,
            QImage.Format.Format_ARGB32_Premultiplied,
        ).copy()
        painter = QPainter(wide)
        painter.drawImage(QPoint(0, 0), image)
        painter.end()
        image = wide
    found = QPixmap.fromImage(image)
    found.setDevicePixelRatio(dpr)
    return found


def icon(
    name: str,
    colour: str,
    px: int,
    *,
    on: str | None = None,
    focused: str | None = None,
    dpr: float = 1.0,
    gap: int = 0,
) -> QIcon:
    """A QIcon in ``colour``; with ``on``, a checked button shows it in that colour instead,
    and with ``focused``, a focused button (Qt's "active" icon) in that one."""
    found = QIcon()
    normal = QIcon.Mode.Normal
    found.addPixmap(pixmap(name, colour, px, dpr, gap), normal, QIcon.State.Off)
    found.addPixmap(pixmap(name, on or colour, px, dpr, gap), normal, QIcon.State.On)
    if focused is not None:
        for state in (QIcon.State.Off, QIcon.State.On):
            found.addPixmap(pixmap(name, focused, px, dpr, gap), QIcon.Mode.Active, state)
    return found


def icon_size(px: int) -> QSize:
    return QSize(px, px)
