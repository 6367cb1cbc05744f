"""Every page opens at its top (DESIGN.md): a screen shown again starts where it begins, not
where the person last left it scrolled."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QTextBrowser, QWidget


def scroll_to_top(screen: QWidget) -> None:
    """Scroll ``screen``'s page areas and reading views back to their start (lists and fields
    a person types in keep their place)."""
    for area in (
        *screen.findChildren(QScrollArea),
        *screen.findChildren(QTextBrowser),
        *([screen] if isinstance(screen, QScrollArea | QTextBrowser) else []),
    ):
        area.verticalScrollBar().setValue(0)
        area.horizontalScrollBar().setValue(0)
