"""The scroll wheel never changes a control the person has not focused (DESIGN principle 5).

Every combo box, spin box, date or time box and slider on every screen: a wheel turn over it
while it does not have the focus leaves its value alone and is passed on to the page (Qt hands
an ignored wheel event to the parents, so the scroll area scrolls); with the focus, the wheel
changes it as usual. A real wheel turn (``QTest.wheelEvent``, through the window system) over
Settings' language box scrolls the page and leaves the language, and the focus, where they were.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bond.domain.exercises import Step, StepType
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.settings import SettingsScreen
from bond.gui.widgets.countdown import Countdown
from bond.gui.widgets.steps import AgreementStep
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen

CONTROLS = (QComboBox, QAbstractSpinBox, QAbstractSlider)
DOWN, UP = -120, 120


def controls(root: QWidget) -> list[QWidget]:
    """The wheel-changed controls in ``root``'s own window (not a popup's, not scroll bars)."""
    found = [w for kind in CONTROLS for w in root.findChildren(kind)]
    return [w for w in found if not isinstance(w, QScrollBar) and w.window() is root.window()]


def value(control: QWidget) -> object:
    if isinstance(control, QComboBox):
        return control.currentIndex()
    if isinstance(control, QAbstractSpinBox):
        return control.text()
    assert isinstance(control, QAbstractSlider)
    return control.value()


def wheel(control: QWidget, delta: int) -> bool:
    """One notch of the wheel over ``control``, sent to it; whether it took the event."""
    centre = QPointF(control.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(control.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(control, event)
    return event.isAccepted()


def check(where: str, root: QWidget, elsewhere: QWidget, settle: Callable[[], None]) -> list[str]:
    """Every control in ``root``: unfocused, the wheel changes nothing and is passed on;
    focused (where it can be), the wheel changes it, and turning back restores it."""
    checked = []
    for control in controls(root):
        name = f"{where}: {control.objectName() or type(control).__name__}"
        assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus, name
        elsewhere.setFocus()
        assert not control.hasFocus(), name
        before = value(control)
        for delta in (DOWN, UP):
            assert not wheel(control, delta), f"{name} kept a wheel turn it should pass on"
            assert value(control) == before, f"{name} changed under the wheel without focus"
        if control.isVisible() and control.isEnabled():
            control.setFocus()
            assert control.hasFocus(), name
            turned = DOWN
            wheel(control, turned)
            if value(control) == before:  # at its end: the other way
                turned = UP
                wheel(control, turned)
            assert value(control) != before, f"{name} did not answer the wheel with the focus"
            settle()
            control.setFocus()  # (changing whose library it is reloads it, focus on search)
            wheel(control, -turned)
            settle()
            assert value(control) == before, name
        checked.append(name)
    elsewhere.setFocus()
    return checked


def test_every_control_on_every_screen(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_vault(service, ["Sam", "Alex"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    monkeypatch.setattr(window.access, "choose", lambda: window.state.profiles[0].id)

    def settle() -> None:
        qtbot.waitUntil(lambda: not window.ops.busy())

    checked: list[str] = []
    for place in (
        "home",
        "exercises",
        "library",
        "agreements",
        "boundaries",
        "progress",
        "history",
        "settings",
        "support",
    ):
        window.go(place)
        settle()
        screen = window.current_screen()
        assert isinstance(screen, QWidget)
        checked += check(place, screen, window.ui.hideButton, settle)
    window.features.library.open_article("feelings-and-needs")
    qtbot.waitUntil(lambda: window.current_screen() is window.screens["article"])
    checked += check("article", window.screens["article"], window.ui.hideButton, settle)
    for expected in (
        "settings: languageCombo",  # the one that switched Bond to Spanish
        "settings: themeCombo",
        "settings: textSizeSpin",
        "settings: idleSpin",
        "settings: weekdayCombo",
        "settings: checkInTime",
        "settings: practiceTime",
        "progress: whoCombo",
        "progress: rangeCombo",
        "history: whoCombo",
        "boundaries: profileCombo",
        "boundaries: ratingSpin",
        "exercises: categoryCombo",
        "exercises: timeCombo",
        "library: categoryCombo",
        "library: readerCombo",
        "support: regionCombo",
    ):
        assert expected in checked


def test_first_run(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), FirstRunScreen), timeout=10000)
    screen = window.current_screen()
    assert isinstance(screen, QWidget)
    check("first run", screen, window.ui.hideButton, lambda: None)  # none there today


def test_the_controls_an_exercise_makes_as_it_runs(qtbot: QtBot) -> None:
    """A timer's minutes and an agreement's review date are made with their step."""
    page = QScrollArea()
    qtbot.addWidget(page)
    inside = QWidget()
    layout = QVBoxLayout(inside)
    step = Step(0, StepType.AGREEMENT, id="agree", title="One thing to try", review_date=True)
    agreement = AgreementStep(step)
    agreement.review.setChecked(True)  # the date box is enabled only with a review day
    layout.addWidget(agreement)
    layout.addWidget(Countdown(10, 5, is_break=True))
    button = QPushButton("Elsewhere")
    layout.addWidget(button)
    page.setWidget(inside)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    checked = check("runner", inside, button, lambda: None)
    assert len(checked) == 2


def test_a_real_wheel_turn_over_the_language_scrolls_settings(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.resize(960, 680)
    window.go("settings")
    settings = window.current_screen()
    assert isinstance(settings, SettingsScreen)
    ui = settings.ui
    combo, bar = ui.languageCombo, ui.scrollArea.verticalScrollBar()
    window.ui.hideButton.setFocus()
    ui.scrollArea.ensureWidgetVisible(combo)
    QApplication.processEvents()
    assert bar.maximum() > 0, "the page must be taller than the window for this test"
    before, scrolled = combo.currentIndex(), bar.value()
    delta = DOWN if scrolled < bar.maximum() else UP
    at = combo.mapTo(window, combo.rect().center())
    assert window.childAt(at) in (combo, *combo.findChildren(QWidget))
    window_handle = window.windowHandle()
    assert window_handle is not None
    QTest.wheelEvent(window_handle, QPointF(at), QPoint(0, delta))
    qtbot.waitUntil(lambda: bar.value() != scrolled)
    assert combo.currentIndex() == before
    assert not combo.hasFocus()  # the wheel never gives these controls the focus


def test_a_number_or_time_box_s_text_starts_where_a_text_box_s_does(qtbot: QtBot) -> None:
    """The style sheet's padding does not reach the line edit inside a spin box (its text sat
    2 px from the edge); a guarded box gives it the text boxes' room."""
    from PySide6.QtWidgets import QLineEdit, QTimeEdit

    from bond.gui.theme import current_scale, input_pad_h
    from bond.gui.widgets.wheel_safe import guard

    box = QTimeEdit()
    qtbot.addWidget(box)
    guard(box)
    edit = box.findChild(QLineEdit)
    assert edit is not None
    assert edit.textMargins().left() == input_pad_h(current_scale()) >= 8
