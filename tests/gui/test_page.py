"""The page every screen sits in (``bond.gui.widgets.page``): one left edge for every place at a
given window size, a maximum width by kind of page, group boxes as cards with their titles inside,
and the shell's notices in the design system's banner."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionGroupBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bond.gui.design.components import Banner
from bond.gui.screens.home import HomeScreen
from bond.gui.theme import current_scale
from bond.gui.widgets.page import LIST_PX, PAGE_KINDS, READING_PX, PageLayout, span
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen

PLACES = ("home", "exercises", "library", "agreements", "boundaries", "progress", "history")
PLACES += ("settings", "support")


def _title(screen: QWidget) -> QLabel:
    titles = [
        label
        for label in screen.findChildren(QLabel)
        if label.property("role") == "title" and label.isVisible()
    ]
    assert titles, f"{screen.objectName()} shows no title"
    return titles[0]


def _name(window: object) -> str:
    screen = window.current_screen()  # type: ignore[attr-defined]
    if screen is window.features.home.screen:  # type: ignore[attr-defined]
        return "home"
    return str(window.screens.name_of(screen))  # type: ignore[attr-defined]


def _left(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def _frames(screen: QWidget) -> list[PageLayout]:
    found: list[PageLayout] = []

    def walk(layout: object) -> None:
        if isinstance(layout, PageLayout):
            found.append(layout)
        count = getattr(layout, "count", lambda: 0)()
        for index in range(count):
            item = layout.itemAt(index)  # type: ignore[attr-defined]
            if item is not None and item.layout() is not None:
                walk(item.layout())
            elif isinstance(area := item.widget() if item else None, QScrollArea) and area.widget():
                walk(area.widget().layout())

    walk(screen.layout())
    return found


def test_every_place_starts_on_one_left_edge_within_its_width(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    window.resize(1280, 800)
    wait_for_screen(qtbot, window, HomeScreen)
    edges: dict[str, int] = {}
    for place in PLACES:
        window.go(place)
        qtbot.waitUntil(lambda p=place: _name(window) == p)
        qtbot.waitUntil(lambda: not window.ops.busy())
        qtbot.wait(50)
        screen = window.current_screen()
        edges[place] = _left(_title(screen))
        kind = PAGE_KINDS[screen.objectName()]
        widest = round((READING_PX if kind == "reading" else LIST_PX) * current_scale() / 100)
        frames = _frames(screen)
        assert frames, place
        for frame in frames:
            inner = frame.inner()
            assert inner is not None
            assert inner.geometry().width() <= widest, (place, inner.geometry())
    assert len(set(edges.values())) == 1, edges
    # Centred in the room beside the rail, as the frame says.
    page = window.ui.pages
    left, _width = span(page.width(), "list")
    assert next(iter(edges.values())) == _left(page) + left


def test_the_sample_notice_is_a_banner_on_the_page_edge(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    window.resize(1280, 800)
    wait_for_screen(qtbot, window, HomeScreen)
    window.ui.sampleBar.show()  # as a sample vault shows it
    qtbot.wait(50)
    bar = window.ui.sampleBar
    assert isinstance(bar, Banner) and bar.kind == "info"
    assert bar.isAncestorOf(window.ui.removeSampleButton)
    assert window.ui.removeSampleButton.accessibleName() == (
        "Remove the sample data and start afresh"
    )
    home = window.current_screen()
    assert _left(bar) == _left(_title(home))
    assert bar.width() <= round(READING_PX * current_scale() / 100)


def test_the_danger_line_on_get_support_is_the_danger_banner(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("support")
    qtbot.waitUntil(lambda: window.screens.name_of(window.current_screen()) == "support")
    label = window.current_screen().ui.emergencyLabel
    banner = label.parentWidget()
    assert isinstance(banner, Banner) and banner.kind == "danger" and banner.isVisible()
    assert label.accessibleName() == "Emergency number"  # the label keeps its name
    assert banner.accessibleName() == ""  # and the banner adds none


def test_a_group_box_reads_as_a_card_with_its_title_inside(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.go("settings")
    qtbot.waitUntil(lambda: window.screens.name_of(window.current_screen()) == "settings")
    qtbot.wait(50)
    boxes = [b for b in window.current_screen().findChildren(QGroupBox) if b.isVisible()]
    assert boxes
    for box in boxes:
        option = QStyleOptionGroupBox()
        box.initStyleOption(option)
        style = box.style()
        title = style.subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
        )
        frame = style.subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxFrame, box
        )
        assert frame.contains(title), (box.objectName(), frame, title)  # inside its card
        assert box.contentsRect().top() >= title.bottom(), box.objectName()  # then its words
        first = min(
            (w for w in box.findChildren(QWidget) if w.isVisible() and w.parentWidget() is box),
            key=lambda w: (w.y(), w.x()),
        )
        assert abs(first.x() - title.x()) <= 4, (box.objectName(), first.x(), title.x())


def test_the_shell_s_notices_keep_their_tab_order_as_banners(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    ui = window.ui
    assert isinstance(ui.reminderBar, Banner) and ui.reminderBar.isAncestorOf(ui.reminderLabel)
    order = [ui.reminderStartButton, ui.reminderLaterButton, ui.removeSampleButton]
    chain: list[QWidget] = []
    widget = order[0]
    for _ in range(400):
        if widget in order and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is order[0]:
            break
    assert chain == order  # as the form has them
