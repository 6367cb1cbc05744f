"""The design system's components work by keyboard, with a screen reader and in every theme
(gui/design)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from bond.gui.design import toast as toast_module
from bond.gui.design import tokens
from bond.gui.design.components import (
    Banner,
    Card,
    Chip,
    SegmentedProgress,
    button,
    set_button_role,
)
from bond.gui.design.empty_state import EmptyState
from bond.gui.design.navigation import NavigationRail
from bond.gui.design.person_badge import PersonBadge, initial
from bond.gui.design.pictures import PICTURES, Picture, themed_svg
from bond.gui.design.toast import Toast, toast_for
from bond.gui.theme import apply_theme

NAV = [
    ("home", "home", "Home"),
    ("exercises", "exercises", "Exercises"),
    ("library", "library", "Library"),
    None,
    ("settings", "settings", "Settings"),
]


def app() -> QApplication:
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    return found


@pytest.fixture(autouse=True)
def light_afterwards() -> Iterator[None]:
    yield
    apply_theme(app(), "light", 100)  # later tests in this process see the usual theme


def show_active(qtbot: QtBot, window: QWidget) -> None:
    """Show ``window`` and wait until it has the keyboard (it must, for focus to move)."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_toast_is_announced_and_goes_by_itself(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[QAccessible.Event, object, str]] = []

    def spy(event: Any) -> None:
        text = event.message() if hasattr(event, "message") else ""
        sent.append((event.type(), event.object(), text))

    monkeypatch.setattr(toast_module.QAccessible, "updateAccessibility", spy)
    monkeypatch.setattr(Toast, "BASE_MS", 50)
    monkeypatch.setattr(Toast, "PER_CHAR_MS", 0)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(600, 400)
    before = QPushButton("Here", window)
    show_active(qtbot, window)
    before.setFocus()
    toast = Toast(window)
    toast.show_message("Saved. Your agreement is kept.")
    assert toast.isVisible() and toast.message() == "Saved. Your agreement is kept."
    assert QApplication.focusWidget() is before  # it never takes the focus
    assert toast.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert accessible_name(toast.label) == "Saved. Your agreement is kept."
    kinds = [kind for kind, _obj, _text in sent]
    assert QAccessible.Event.Announcement in kinds and QAccessible.Event.NameChanged in kinds
    assert "Saved. Your agreement is kept." in [text for *_rest, text in sent]
    assert all(obj is toast.label for _kind, obj, _text in sent)
    assert toast.geometry().bottom() < window.height() and toast.y() > window.height() // 2
    qtbot.waitUntil(lambda: not toast.isVisible(), timeout=2000)


def test_a_window_has_one_toast_whoever_asks(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    inner = QPushButton("Save", QWidget(window))
    toast = toast_for(inner)  # a feature may ask with any widget of its window
    assert toast.objectName() == "toast" and toast.parentWidget() is window
    assert toast_for(window) is toast and toast_for(toast) is toast
    assert window.findChildren(Toast) == [toast]
    other = QWidget()
    qtbot.addWidget(other)
    assert toast_for(other) is not toast


def test_a_toast_stays_long_enough_to_read() -> None:
    assert Toast.duration_ms("Saved.") >= 4000
    assert Toast.duration_ms("x" * 1000) == Toast.MAX_MS


def test_interactive_components_take_the_focus_and_have_names(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    made = [
        button("Start", "primary"),
        button("Not now"),
        button("More about this", "quiet"),
        Chip("Calm"),
        Chip("Hopeful", checked=True),
    ]
    banner = Banner("Call 112.", kind="danger", title="If you are not safe", action="Get help")
    empty = EmptyState("No agreements yet.", "Start the weekly meeting")
    assert banner.action is not None and empty.action is not None
    made += [banner.action, empty.action]
    for widget in made:
        layout.addWidget(widget)
    for widget in (banner, empty):
        layout.addWidget(widget)
    show_active(qtbot, root)
    made[0].setFocus()
    for widget in made:
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
        assert accessible_name(widget), widget
    QTest.keyClick(made[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is made[1]
    assert accessible_name(banner) == "If you are not safe"
    assert accessible_name(empty) == "No agreements yet."


def test_buttons_carry_their_role_for_the_style_sheet(qtbot: QtBot) -> None:
    plain = QPushButton("Go")
    qtbot.addWidget(plain)
    assert set_button_role(plain, "primary").property("role") == "primary"
    with pytest.raises(ValueError):
        set_button_role(plain, "loud")
    assert button("x", "loud").property("role") == "secondary"


def test_a_chip_is_a_toggle_that_never_changes_size(qtbot: QtBot) -> None:
    chip = Chip("Calm")
    qtbot.addWidget(chip)
    chip.show()
    qtbot.waitExposed(chip)
    size = chip.sizeHint()
    chip.setFocus()
    QTest.keyClick(chip, Qt.Key.Key_Space)
    assert chip.isChecked() and chip.sizeHint() == size
    interface = QAccessible.queryAccessibleInterface(chip)
    assert interface is not None and interface.state().checked


def test_segmented_progress_says_where_the_person_is(qtbot: QtBot) -> None:
    progress = SegmentedProgress(5, 2)
    qtbot.addWidget(progress)
    assert progress.accessibleName() == "Step 2 of 5"
    assert progress.focusPolicy() == Qt.FocusPolicy.NoFocus
    progress.set_step(9)
    assert (progress.step(), progress.steps()) == (5, 5)
    interface = QAccessible.queryAccessibleInterface(progress)
    assert interface is not None and interface.role() == QAccessible.Role.ProgressBar


def test_a_person_badge_names_the_person_and_never_shows_colour_alone(qtbot: QtBot) -> None:
    badge = PersonBadge("<b>émile</b>", "#8A4B7A")
    qtbot.addWidget(badge)
    assert badge.label.text() == "<b>émile</b>"  # plain text, never markup
    assert badge.label.textFormat() == Qt.TextFormat.PlainText
    assert accessible_name(badge) == "<b>émile</b>"
    compact = PersonBadge("émile", "#8A4B7A", compact=True)
    qtbot.addWidget(compact)
    assert compact.initial == "É" and not compact.label.isVisibleTo(compact)
    assert accessible_name(compact) == "émile" and compact.toolTip()
    assert initial("  ") == "?" and initial("e\u0301mile") == "É"


def test_pictures_are_decoration_in_every_theme(qtbot: QtBot) -> None:
    for name in PICTURES:
        picture = Picture(name)
        qtbot.addWidget(picture)
        assert picture.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert accessible_name(picture) == ""
        for theme in tokens.THEMES:
            svg = themed_svg(name, theme).decode()
            for role in ("picture_soft", "picture_mid", "picture_strong", "picture_light"):
                assert tokens.COLOURS[theme][role] in svg, (name, theme, role)
    with pytest.raises(ValueError):
        Picture("faces")


def test_a_card_is_named_by_its_title(qtbot: QtBot) -> None:
    card = Card("This week")
    qtbot.addWidget(card)
    assert card.accessibleName() == "This week" and card.title is not None


# -- the navigation rail ------------------------------------------------------------------------


def test_the_rail_marks_the_current_place_and_moves_by_keyboard(qtbot: QtBot) -> None:
    rail = NavigationRail(NAV, current="home")
    qtbot.addWidget(rail)
    chosen: list[str] = []
    rail.place_chosen.connect(chosen.append)
    show_active(qtbot, rail)
    home = rail.button("home")
    assert home.isChecked() and home.accessibleDescription() == "You are here"
    assert rail.button("library").accessibleDescription() == ""
    assert [accessible_name(rail.button(p)) for p in rail.places()] == [
        "Home",
        "Exercises",
        "Library",
        "Settings",
    ]
    home.setFocus()
    QTest.keyClick(home, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is rail.button("exercises")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert QApplication.focusWidget() is rail.button("settings")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # round to the first
    assert QApplication.focusWidget() is home
    QTest.keyClick(home, Qt.Key.Key_Up)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert chosen == ["settings"]
    assert rail.current() == "home" and home.isChecked()  # the shell decides
    assert not rail.button("settings").isChecked()
    rail.set_current("settings")
    assert rail.button("settings").isChecked() and not home.isChecked()
    QTest.keyClick(rail.button("settings"), Qt.Key.Key_Space)
    assert chosen == ["settings", "settings"]


def test_the_rail_collapses_to_icons_and_keeps_its_names(qtbot: QtBot) -> None:
    rail = NavigationRail(NAV, current="library")
    qtbot.addWidget(rail)
    rail.show()
    wide = rail.sizeHint().width()
    rail.set_compact(True)
    assert rail.is_compact() and rail.button("library").text() == ""
    assert accessible_name(rail.button("library")) == "Library"
    assert rail.button("library").toolTip() == "Library"
    assert rail.sizeHint().width() < wide
    assert not rail.button("home").icon().isNull()
    rail.set_compact(False)
    assert rail.button("library").text() == "Library"


def test_the_rails_icons_follow_the_text_size(qtbot: QtBot) -> None:
    rail = NavigationRail(NAV)
    qtbot.addWidget(rail)
    rail.show()
    assert rail.icon_px() == 20
    apply_theme(app(), "dark", 200)
    qtbot.waitUntil(lambda: rail.icon_px() == 32)  # beside 30 px words, as a sidebar's
    assert rail.button("home").iconSize().height() == 32


def test_the_rail_keeps_its_room_while_its_places_are_hidden(qtbot: QtBot) -> None:
    """The first frame shows the rail before a vault is open: nothing moves when the places
    appear."""
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    rail = NavigationRail(NAV, current="home")
    rail.set_places_shown(False)
    page = QWidget()
    row.addWidget(rail)
    row.addWidget(page, 1)
    window.resize(800, 400)
    window.show()
    qtbot.waitExposed(window)
    before = (rail.geometry(), page.geometry())
    assert not rail.button("home").isVisible()
    rail.set_places_shown(True)
    qtbot.wait(20)
    assert rail.button("home").isVisible()
    assert (rail.geometry(), page.geometry()) == before


def test_a_person_badge_never_flashes_a_window_of_its_own(qtbot: QtBot) -> None:
    """Its name label had no parent when first shown: for a moment a window of its own, which
    took the focus from the main window (Settings lost the keyboard focus)."""
    from PySide6.QtCore import QEvent, QObject

    windows: list[QObject] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            shown = event.type() == QEvent.Type.Show
            if shown and isinstance(watched, QWidget) and watched.isWindow():
                windows.append(watched)
            return False

    app = QApplication.instance()
    assert app is not None
    watch = Watch()
    app.installEventFilter(watch)
    try:
        badge = PersonBadge("Sam", "#2E7D6B")
        qtbot.addWidget(badge)
    finally:
        app.removeEventFilter(watch)
    assert windows == []


def test_body_text_sets_its_lines_one_and_a_half_apart_and_stays_plain(qtbot: QtBot) -> None:
    """A wrapped paragraph's lines are ``LINE_HEIGHT["body"]`` times the text's size apart (a
    label's own are about 1.2), and what it holds is plain text: markup shows as typed."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel

    from bond.gui.design.body_text import BodyText
    from bond.gui.widgets.reading_column import line_percent, set_reading_rhythm

    words = "A paragraph long enough to wrap onto several lines in a narrow box. " * 4
    body, plain = BodyText(words + "<b>kept</b>"), QLabel(words)
    plain.setWordWrap(True)
    for label in (body, plain):
        qtbot.addWidget(label)
    font = body.font()
    font.setPixelSize(15)
    for label in (body, plain):
        label.setFont(font)
    px = 15
    doc = body._document(300)
    doc.size()  # laid out
    layout = doc.begin().layout()
    assert layout.lineCount() >= 4
    lines = body.heightForWidth(300) / layout.lineCount()
    assert abs(lines - tokens.LINE_HEIGHT["body"] * px) <= 1.5, (lines, px)
    assert body.heightForWidth(300) > plain.heightForWidth(300)
    assert body.text().endswith("<b>kept</b>") and body.textFormat() == Qt.TextFormat.PlainText
    # An article: about 1.55, no longer 1.8.
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setMarkdown("One paragraph.")
    set_reading_rhythm(doc)
    percent = doc.begin().blockFormat().lineHeight()
    assert percent == line_percent(font, tokens.LINE_HEIGHT["reading"]) < 150


def test_a_narrow_banner_puts_its_action_under_its_words(qtbot: QtBot) -> None:
    """The words take the room the action leaves; narrower than 600 px (at 100% text) the
    action goes on a line of its own, 8 px under the words at their left edge, and comes back
    beside them when the banner is wide again. Its name and Tab place stay."""
    words = "This is sample data, so you can look around. " * 3
    banner = Banner(words, action="Remove sample data…")
    qtbot.addWidget(banner)
    assert banner.action is not None
    action, text = banner.action, banner.text
    set_button_role(action, "quiet")  # as the sample data's is: a link's words
    banner.resize(900, 200)
    banner.show()
    qtbot.waitExposed(banner)
    qtbot.waitUntil(lambda: action.x() > text.x() + text.width())
    assert text.width() > 900 - action.width() - 120  # the words take the spare room
    banner.resize(420, 400)
    qtbot.waitUntil(lambda: action.y() >= text.y() + text.height())
    link = action.fontMetrics().horizontalAdvance(action.text())
    assert abs(action.x() + (action.width() - link) // 2 - text.x()) <= 1  # words on one edge
    assert action.y() - (text.y() + text.height()) == tokens.space_px("s", 100)
    assert action.parentWidget() is banner and accessible_name(banner) == words
    banner.resize(900, 200)
    qtbot.waitUntil(lambda: action.x() > text.x() + text.width())
