"""Size a dialog so its wrapped text has the height it wraps to, at any text size.

A dialog opens at its size hint, and a wrapped label's hint is a guess made before the width is
known; at 200% text that guess cuts lines off. This picks a readable width (about 64 characters,
at most 90% of the screen) and takes the height the layout needs at that width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

MIN_WIDTH = 560
LINE_CHARS = 64


def fit_to_text(dialog: QDialog) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    width = max(dialog.width(), MIN_WIDTH, dialog.fontMetrics().averageCharWidth() * LINE_CHARS)
    screen = dialog.screen()
    if screen is not None:
        width = min(width, int(screen.availableGeometry().width() * 0.9))
    layout.activate()
    height = layout.totalHeightForWidth(width)
    dialog.setMinimumSize(width, height)
    dialog.resize(width, height)
