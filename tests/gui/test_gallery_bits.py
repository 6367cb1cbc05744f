"""Round 6's gallery bits: a toast hugs its words (at most 480 px × text size), a step to come
in the segmented progress is outlined 2 px, and a disabled chip keeps an edge in every theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bond.gui.design import tokens
from bond.gui.design.components import SegmentedProgress
from bond.gui.design.toast import Toast
from bond.gui.theme import apply_theme, qss_tokens, stylesheet


def app() -> QApplication:
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    return found


@pytest.fixture(autouse=True)
def light_afterwards() -> Iterator[None]:
    yield
    apply_theme(app(), "light", 100)


@pytest.mark.parametrize("scale", [100, 200])
def test_a_toast_hugs_its_words(qtbot: QtBot, scale: int) -> None:
    apply_theme(app(), "light", scale)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    toast = Toast(window)
    message = "Saved. Your agreement is kept."  # 30 characters
    toast.show_message(message)
    words = toast.label.fontMetrics().horizontalAdvance(message)
    assert words < toast.width() < words + 120 * scale / 100, (toast.width(), words)
    assert toast.label.height() <= toast.label.fontMetrics().lineSpacing() * 1.6  # one line
    toast.show_message("A long message " * 20)
    assert toast.width() == round(Toast.MAX_WIDTH_PX * scale / 100)


def test_a_step_to_come_is_outlined_two_px(qtbot: QtBot) -> None:
    apply_theme(app(), "dark", 100)
    progress = SegmentedProgress(3, 1)
    qtbot.addWidget(progress)
    progress.resize(300, progress.sizeHint().height())
    image = progress.grab().toImage()
    border = tokens.colours("dark")["border"]
    x = 2 * progress.width() // 3 + 20  # inside the third segment's top edge
    column = [image.pixelColor(x, y).name().upper() for y in range(image.height())]
    assert sum(1 for c in column if c == border) >= 4  # its top and bottom edges, 2 px each


@pytest.mark.parametrize("theme", tokens.THEMES)
def test_a_disabled_chip_keeps_an_edge(theme: str) -> None:
    values = qss_tokens(theme, 100)
    sheet = stylesheet(theme, 100)
    assert 'QPushButton[role="chip"]:disabled { border-color: ' + values["disabled_border"] in sheet
    assert values["disabled_border"] != values["disabled_bg"]
