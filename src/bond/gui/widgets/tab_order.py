"""Tab in reading order for pages made in pieces: a widget made later joins the end of Qt's
focus chain, so without this a step's answer or a button added after start-up is reached last."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_stops(container: QWidget | None) -> list[QWidget]:
    """``container``'s own Tab stops, in the order Qt has them (a focus proxy's target and a
    stop inside another stop are left out: Tab reaches them through it)."""
    stops: list[QWidget] = []
    if container is None:
        return stops
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container and container.isAncestorOf(widget):
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and not any(s.isAncestorOf(widget) for s in stops)
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def chain_tabs(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each of ``widgets`` to the next."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
