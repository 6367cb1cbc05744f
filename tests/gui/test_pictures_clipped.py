"""Pictures are clipped to the shape that holds them: nothing of a picture shows past the round
edge of its circle, ellipse or rounded rectangle (but its small motes of light, which float
whole), in every theme, at 1× and 2× screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPathStroker
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bond.gui.design import tokens
from bond.gui.design.pictures import CANVAS, PICTURES, Picture, holder, picture_image, sparks


@pytest.mark.parametrize("dpr", [1.0, 2.0])
@pytest.mark.parametrize("theme", tokens.THEMES)
@pytest.mark.parametrize("name", PICTURES)
def test_nothing_shows_past_the_holder_s_edge(name: str, theme: str, dpr: float) -> None:
    assert QApplication.instance() is not None
    width, height = CANVAS
    image = picture_image(name, theme, width, height, dpr)
    assert image.devicePixelRatio() == dpr
    assert (image.width(), image.height()) == (round(width * dpr), round(height * dpr))
    shape = holder(name)
    stroker = QPainterPathStroker()
    stroker.setWidth(5)  # the edge's soft pixels, either side of it
    edge = stroker.createStroke(shape)
    motes = sparks(name)  # drawn whole, past the edge (a dot of light is never cut)
    stroker.setWidth(3)
    motes = motes.united(stroker.createStroke(motes))
    inside = outside = 0
    for x in range(1, width, 3):
        for y in range(1, height, 3):
            centre = QPointF(x + 0.5, y + 0.5)
            if edge.contains(centre) or motes.contains(centre):
                continue
            alpha = image.pixelColor(int((x + 0.5) * dpr), int((y + 0.5) * dpr)).alpha()
            if shape.contains(centre):
                assert alpha == 255, f"{name} has a hole at ({x}, {y})"
                inside += 1
            else:
                assert alpha == 0, f"{name} shows at ({x}, {y}) past its shape"
                outside += 1
    assert inside > 500 and outside > 500  # both sides of the edge were looked at


def test_the_widget_draws_the_clipped_picture(qtbot: QtBot) -> None:
    picture = Picture("first-run")
    qtbot.addWidget(picture)
    picture.resize(320, 200)
    picture.show()
    qtbot.waitExposed(picture)
    image = picture.grab().toImage()
    # Where the hills once ran past the soft ellipse, at its lower left: the page shows.
    corner = image.pixelColor(round(30 * image.width() / 320), round(172 * image.height() / 200))
    hill = QApplication.palette().window().color()
    assert corner.rgb() == hill.rgb() or corner.alpha() == 0
