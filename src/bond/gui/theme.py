"""Themes live in resources/styles/*.qss; this fills in sizes from the text-size setting."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from bond.paths import styles_dir

BASE_POINT_SIZE = 11.0


def stylesheet(theme: str, scale: int) -> str:
    """The theme's QSS with ``@size_*@`` tokens replaced by point sizes for ``scale`` percent."""
    text = (styles_dir() / f"{theme}.qss").read_text(encoding="utf-8")
    factor = scale / 100.0
    sizes = {
        "@size_base@": BASE_POINT_SIZE * factor,
        "@size_small@": (BASE_POINT_SIZE - 1) * factor,
        "@size_title@": (BASE_POINT_SIZE + 7) * factor,
        "@size_brand@": (BASE_POINT_SIZE + 3) * factor,
        "@size_emergency@": (BASE_POINT_SIZE + 3) * factor,
    }
    for token, size in sizes.items():
        text = text.replace(token, f"{size:.1f}pt")
    return text.replace("@styles@", styles_dir().as_posix())


# Palette roles that custom painting (list delegates, the breathing circle) reads; the .qss files
# style everything else. Kept in step with the theme's colours.
PALETTES = {
    "light": {
        "Window": "#FAF7F2",
        "Base": "#FFFFFF",
        "Text": "#1F2328",
        "WindowText": "#1F2328",
        "Highlight": "#2F6F8F",
        "HighlightedText": "#FFFFFF",
        "ButtonText": "#1F2328",
        "Link": "#1B4F8A",
    },
    "high-contrast": {
        "Window": "#000000",
        "Base": "#000000",
        "Text": "#FFFFFF",
        "WindowText": "#FFFFFF",
        "Highlight": "#FFFF00",
        "HighlightedText": "#000000",
        "ButtonText": "#FFFFFF",
        "Link": "#00FFFF",
    },
}


def apply_theme(app: QApplication, theme: str, scale: int) -> None:
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100.0)
    app.setFont(font)
    # ``palette()`` is already a copy. ``QPalette(palette)`` and ``QColor(str)`` would make PySide6
    # weigh their ``Qt.GlobalColor`` overloads, building its whole Qt namespace (~30 ms) before
    # the first frame (DECISIONS 29); ``fromString`` has only the one.
    palette = app.palette()
    for role, colour in PALETTES.get(theme, PALETTES["light"]).items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor.fromString(colour))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(theme, scale))
