"""The page every screen sits in (``bond.gui.widgets.page``): centred beside the rail, at most as
wide as its kind of page, nothing cut off or scrolling sideways at 200% in the first window; group
boxes as cards with their titles inside, and the shell's notices in the design system's banner."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionGroupBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.design.body_text import BodyText
from bond.gui.design.components import Banner
from bond.gui.design.tokens import space_px
from bond.gui.preferences import Preferences
from bond.gui.screens.home import HomeScreen
from bond.gui.theme import apply_theme, current_scale
from bond.gui.widgets.page import LIST_PX, PAGE_KINDS, READING_PX, PageLayout, side_px, span
from bond.gui.widgets.reading_column import measure_px
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen
from tests.gui.test_progress import demo_vault
from tests.gui.test_text_size import geometry_problems

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


def _visit(qtbot: QtBot, window: object, place: str) -> QWidget:
    window.go(place)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _name(window) == place)
    qtbot.waitUntil(lambda: not window.ops.busy())  # type: ignore[attr-defined]
    qtbot.wait(50)
    return window.current_screen()  # type: ignore[attr-defined,no-any-return]


def _centre(widget: QWidget) -> float:
    return _left(widget) + widget.width() / 2


def test_every_place_beside_the_rail_is_centred_on_one_axis(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """One axis for every page beside the rail: the middle of the room beside it. A list is at
    most 1,040 px wide at 100% text, a page to read (Home, Settings, Get support now) at most
    720 px, both centred on that axis; the prose in them keeps to the measure."""
    seed_vault(service, ["Sam"])
    window = make_window()
    window.resize(1280, 800)
    wait_for_screen(qtbot, window, HomeScreen)
    page = window.ui.pages
    axis = _left(page) + page.width() / 2
    for place in PLACES:
        screen = _visit(qtbot, window, place)
        kind = PAGE_KINDS[screen.objectName()]
        widest = round((READING_PX if kind == "reading" else LIST_PX) * current_scale() / 100)
        left, width = span(page.width(), kind)
        assert width == widest, place  # 1280 has room for either
        assert abs(left - (page.width() - left - width)) <= 1, place  # centred
        assert _left(_title(screen)) == _left(page) + left, place  # the title on its edge
        frames = _frames(screen)
        assert frames, place
        for frame in frames:
            inner = frame.inner()
            assert inner is not None
            assert inner.geometry().width() <= widest, (place, inner.geometry())
            owner = frame.parentWidget()
            assert owner is not None
            middle = owner.mapTo(owner.window(), inner.geometry().center()).x()
            assert abs(middle - axis) <= 1.5, (place, middle, axis)  # one axis for all
        for label in screen.findChildren(BodyText):
            if label.isVisible():
                assert label.line_width(label.contentsRect().width()) <= measure_px(), place
    reading = span(page.width(), "reading")
    assert reading[1] == round(READING_PX * current_scale() / 100)
    assert reading[1] > measure_px()  # room for a card's padding round the measure


def test_at_200_percent_in_the_first_window_nothing_is_cut_or_scrolls_sideways(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, paths: AppPaths
) -> None:
    """960×680 at 200% text: every place keeps the page's side margin, its rows of filters
    wrap, lists and their detail fit, and nothing is cut off or scrolls sideways."""
    prefs = Preferences(paths.settings_file)
    prefs.text_scale = 200
    prefs.sync()
    demo_vault(service, 4)  # a sample vault: its notice, rows to continue, every filter
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window = make_window()
        window.resize(960, 680)
        wait_for_screen(qtbot, window, HomeScreen)
        page = window.ui.pages
        problems: dict[str, list[str]] = {}
        for place in PLACES:
            screen = _visit(qtbot, window, place)
            qtbot.wait(150)  # wrapped text settles over a few passes
            found = geometry_problems(window)
            if (window.width(), window.height()) != (960, 680):
                found.append(f"the window grew to {window.width()}×{window.height()}")
            left = _left(_title(screen)) - _left(page)
            if left < side_px():
                found.append(f"the title starts {left} px from the rail")
            if found:
                problems[place] = found
        assert not problems, problems
    finally:
        apply_theme(app, "light", 100)  # later tests in this process use the usual size


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
    page = window.ui.pages
    assert abs(_centre(bar) - (_left(page) + page.width() / 2)) <= 1.5  # on the page's axis


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


def test_the_sample_notice_scrolls_with_home_and_is_not_where_home_starts(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    demo_vault(service, 2)
    window = make_window()
    window.resize(960, 680)
    wait_for_screen(qtbot, window, HomeScreen)
    home, bar = window.current_screen(), window.ui.sampleBar
    qtbot.waitUntil(bar.isVisible)  # a sample vault says so, on Home
    area = home.findChild(QScrollArea)
    assert area is not None and area.widget().isAncestorOf(bar)  # it scrolls with the page
    exercises = _visit(qtbot, window, "exercises")
    assert not bar.isVisible()
    exercises.ui.listView.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is exercises.ui.listView)
    window.go("home")
    qtbot.waitUntil(lambda: _name(window) == "home" and bar.isVisible())
    qtbot.wait(50)
    focus = QApplication.focusWidget()  # the keyboard came with the page: to Home's own
    assert focus is not None and home.isAncestorOf(focus), focus
    assert not bar.isAncestorOf(focus), focus.objectName()


def _paragraphs(screen: QWidget) -> list[QLabel]:
    """The wrapping labels of ``screen`` that hold a paragraph: not a heading, a field's label
    (a buddy), rich text, text the mouse can select or a banner's words (the shell's)."""
    found = []
    for label in screen.findChildren(QLabel):
        if not (label.isVisible() and label.wordWrap()) or label.buddy() is not None:
            continue
        if (frame := label.parentWidget()) is not None and frame.property("role") == "banner":
            continue
        if label.property("role") in ("title", "section", "subtitle", "emergency"):
            continue
        if label.textFormat() == Qt.TextFormat.RichText or label.textInteractionFlags() & (
            Qt.TextInteractionFlag.TextSelectableByMouse
        ):
            continue
        found.append(label)
    return found


def test_paragraphs_are_body_text_held_to_the_measure_on_the_page_s_edge(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """Every paragraph is ``BodyText`` (lines 1.5 apart), its lines at most the measure (600 px
    at 100%) even on a list's wide page, and it starts on the page's left edge."""
    demo_vault(service, 2)
    window = make_window()
    window.resize(1280, 800)
    wait_for_screen(qtbot, window, HomeScreen)
    seen = 0
    for place in PLACES:
        screen = _visit(qtbot, window, place)
        edge = _left(_title(screen))
        rows = [
            item.widget()
            for frame in _frames(screen)
            if (inner := frame.inner()) is not None
            for item in (inner.itemAt(i) for i in range(inner.count()))
            if item is not None and item.widget() is not None
        ]
        for label in _paragraphs(screen):
            assert isinstance(label, BodyText), (place, label.objectName())
            assert label.line_width(label.contentsRect().width()) <= measure_px()
            if label in rows:  # a row of the page itself, not in a card or a pane
                assert _left(label) == edge, (place, label.objectName())
            seen += 1
    assert seen >= 8
    boundaries = _visit(qtbot, window, "boundaries")
    hint = boundaries.ui.privacyHint
    assert hint.width() > measure_px() and hint.line_width(hint.width()) == measure_px()


def test_cards_are_24_px_apart_and_a_title_8_px_above_its_words(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    window.resize(1280, 800)
    wait_for_screen(qtbot, window, HomeScreen)
    settings = _visit(qtbot, window, "settings")
    boxes = sorted(
        (b for b in settings.findChildren(QGroupBox) if b.isVisible()), key=lambda b: b.y()
    )
    assert len(boxes) >= 3
    for above, below in pairwise(boxes):
        assert below.y() - (above.y() + above.height()) == space_px("xl", current_scale())
    support = _visit(qtbot, window, "support")
    title, words = support.ui.titleLabel, support.ui.introLabel
    below_title = title.y() + title.height() - title.contentsMargins().bottom()
    assert words.y() - below_title == space_px("s", current_scale())


def test_get_support_now_scrolls_as_one_at_200_percent(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, paths: AppPaths
) -> None:
    """Nothing is pinned over the page: Back scrolls with the rest and covers nothing."""
    prefs = Preferences(paths.settings_file)
    prefs.text_scale = 200
    prefs.sync()
    seed_vault(service, ["Sam"])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window = make_window()
        window.resize(960, 680)
        wait_for_screen(qtbot, window, HomeScreen)
        support = _visit(qtbot, window, "support")
        area, back = support.ui.scrollArea, support.ui.backButton
        assert area.widget().isAncestorOf(back)
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        qtbot.wait(50)
        for other in (support.ui.noteLabel, support.ui.unsafeButton, support.ui.contactsView):
            assert not back.geometry().intersects(other.geometry()), other.objectName()
    finally:
        apply_theme(app, "light", 100)


def test_home_s_privacy_text_is_selectable_at_the_body_line_height(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """The privacy card's words keep their mouse selection and take the body line height
    (1.5): two lines of it are about 1.5 times the text's size apart, not Qt's 1.2."""
    seed_vault(service, ["Sam"])
    window = make_window()
    window.resize(1280, 800)
    wait_for_screen(qtbot, window, HomeScreen)
    label = window.current_screen().ui.privacyLabel
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    doc = QTextDocument()
    doc.setHtml(label.text())
    words = doc.toPlainText()
    assert "Vault folder" in words  # the words, escaped in the label's markup
    assert label.contentsRect().width() <= measure_px()  # lines the measure at most
    plain = QLabel(words.replace("\u2029", "\n\n"))
    qtbot.addWidget(plain)
    plain.setWordWrap(True)
    plain.setFont(label.font())
    tall, flat = label.heightForWidth(240), plain.heightForWidth(240)
    assert tall >= 1.2 * flat, (tall, flat)  # 1.5 against 1.2 a line
