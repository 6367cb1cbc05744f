"""Every control a screen reader can reach has a name, on every screen of the window.

The check walks the tree that assistive technology sees (``QAccessible``), not the widget tree,
so a name counts only if it reaches a screen reader: the widget's accessible name, a label whose
buddy it is, or, for buttons and check boxes, their own text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from bond.gui.main_window import MainWindow
from bond.gui.pin_dialog import PinDialog, PinMode
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.lock import LockScreen
from bond.gui.screens.runner import RunnerScreen
from bond.gui.screens.unlock import UnlockScreen
from bond.gui.widgets.breathing_pacer import BreathingPacer
from bond.gui.widgets.countdown import Countdown
from bond.gui.widgets.feeling_wheel import FeelingWheel
from bond.gui.widgets.rating_scale import RatingScale
from bond.gui.widgets.reveal_panel import RevealPanel
from bond.gui.widgets.turns_panel import TurnsPanel
from bond.services.agreements import AgreementService
from bond.services.boundaries import BoundaryService
from bond.services.exercise_flow import FrameKind, TurnPhase
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.vault_service import VaultService
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen

Role = QAccessible.Role

# Controls whose own text is their name (what they say is what they do).
SELF_NAMED = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.PageTab,
    Role.Link,
    Role.MenuItem,
}
# Controls that hold a value: their text is the value, so the name must come from elsewhere.
VALUED = {
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.Dial,
    Role.List,
    Role.Table,
    Role.Tree,
}
CONTAINERS = {Role.List, Role.Table, Role.Tree, Role.ComboBox}  # items name themselves


def _buddy_names(iface: QAccessibleInterface) -> list[str]:
    """Names from labels whose buddy this is (a group box's title is context, not a name)."""
    return [
        other.text(QAccessible.Text.Name).replace("&", "").strip()
        for other, _relation in iface.relations(QAccessible.Relation.Label)
        if other is not None and isinstance(other.object(), QLabel)
    ]


def accessible_name(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    if isinstance(obj, QWidget) and obj.accessibleName().strip():
        return obj.accessibleName().strip()
    if iface.role() not in VALUED:  # a value-holding control's own text is its value
        own = iface.text(QAccessible.Text.Name).replace("&", "").strip()
        if own:
            return own
    return next((n for n in _buddy_names(iface) if n), "")


def _interactive(iface: QAccessibleInterface) -> bool:
    role = iface.role()
    if role in SELF_NAMED or role in VALUED:
        return True
    obj = iface.object()
    # A custom widget that takes the keyboard focus is a control too, whatever its role.
    return (
        isinstance(obj, QWidget)
        and role not in (Role.ScrollBar, Role.Window, Role.Dialog)
        and bool(obj.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _walk(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    if iface.state().invisible:
        return
    yield iface
    if iface.role() in CONTAINERS:
        return
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None:
            yield from _walk(child)


def _describe(obj: QObject | None) -> str:
    parts = []
    while obj is not None and len(parts) < 4:
        parts.append(obj.objectName() or type(obj).__name__)
        obj = obj.parent()
    return " < ".join(parts)


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible interactive element under ``root`` that has no accessible name."""
    iface = QAccessible.queryAccessibleInterface(root)
    assert iface is not None
    return [
        f"{node.role().name} {_describe(node.object())}"
        for node in _walk(iface)
        if _interactive(node) and not accessible_name(node)
    ]


DESCRIPTION = QAccessible.Text.Description


def custom_gaps(root: QWidget) -> list[str]:
    """Bond's own widgets on screen that do not report a role, name and description."""
    gaps = []
    for widget in root.findChildren(QWidget):
        role = getattr(widget, "accessible_role", None)
        if role is None or not widget.isVisible():
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        assert iface is not None
        for what, ok in (
            ("role", iface.role() == role),
            ("name", bool(iface.text(QAccessible.Text.Name))),
            # A group (a content note's, a step's) is said by its name as focus enters it.
            ("description", role == QAccessible.Role.Grouping or bool(iface.text(DESCRIPTION))),
        ):
            if not ok:
                gaps.append(f"{type(widget).__name__} has no {what}")
    return gaps


class Checker(Protocol):
    """Anything that looks at one screen at a time (this audit, the 200% text-size check)."""

    def check(self, where: str, root: QWidget) -> None: ...


class Audit:
    """Collects what each screen is missing, so one run reports every gap at once."""

    def __init__(self) -> None:
        self.missing: dict[str, list[str]] = {}
        self.seen: list[str] = []

    def check(self, where: str, root: QWidget) -> None:
        self.seen.append(where)
        found = unnamed_controls(root) + custom_gaps(root)
        if found:
            self.missing[where] = found

    def assert_clean(self) -> None:
        report = "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in self.missing.items())
        assert not self.missing, "controls without an accessible name:\n" + report


@pytest.fixture
def audit() -> Iterator[Audit]:
    found = Audit()
    yield found
    found.assert_clean()


def test_the_check_notices_an_unnamed_control(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QGroupBox, QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare, named, labelled = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Search")
    label = QLabel("&Name")
    label.setBuddy(labelled)
    group = QGroupBox("Details")  # a group's title does not name the controls inside it
    QVBoxLayout(group).addWidget(QLineEdit())
    for widget in (bare, named, label, labelled, QPushButton("&Go"), QPushButton(), group):
        layout.addWidget(widget)
    root.show()
    found = unnamed_controls(root)
    assert [f.split()[0] for f in found] == ["EditableText", "Button", "EditableText"]


def seed(service: VaultService, names: list[str]) -> None:
    """A vault with an agreement to review and a boundary, so their screens show their editors."""
    seed_vault(service, names)
    vault = service.open(service.unlock())
    people = [p.id for p in ProfileService(vault).profiles()]
    AgreementService(vault).add("Phones away at dinner", people)
    BoundaryService(vault, Keychain(vault)).save(
        people[0],
        {
            "situation": "Calls after eleven",
            "feeling": "Tired",
            "need": "Sleep",
            "words": "I'm going to bed now",
            "action": "I'll mute my phone",
        },
    )
    vault.close()


def walk_exercise(
    qtbot: QtBot, window: MainWindow, audit: Checker, exercise_id: str, together: bool
) -> set[str]:
    """Go through every frame of an exercise, checking each one; returns the step types seen."""
    window.features.exercises.start(exercise_id, together)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), RunnerScreen), timeout=10000)
    runner = window.features.exercises.runner
    assert runner is not None
    kinds: set[str] = set()
    for _ in range(120):
        frame = runner.run.frame
        step = frame.step
        label = frame.kind.value if step is None else step.type.value
        kinds.add(label)
        audit.check(f"{exercise_id}: {label}", window)
        widget = runner.widget
        if isinstance(widget, TurnsPanel):
            assert widget.floor.text() == QAccessible.queryAccessibleInterface(widget).text(
                QAccessible.Text.Value
            )
            while widget.state.phase is not TurnPhase.DONE:
                widget.primary.click()
                audit.check(f"{exercise_id}: turns, {widget.state.phase.value}", window)
        elif isinstance(widget, RevealPanel):
            for person in runner.run.people:
                runner._ready(person, set())
            audit.check(f"{exercise_id}: reveal, shown", window)
        elif isinstance(widget, QWidget) and (pacer := widget.findChild(BreathingPacer)):
            pacer.start()
            audit.check(f"{exercise_id}: breathing, running", window)
            pacer.stop()
        elif isinstance(widget, QWidget) and (countdown := widget.findChild(Countdown)):
            countdown.start()
            audit.check(f"{exercise_id}: timer, running", window)
            countdown.end()
        if frame.kind is FrameKind.DONE:
            break
        runner.go_next()
        qtbot.waitUntil(lambda: not runner.writes.busy())
    if together:
        runner.take_break()
        audit.check(f"{exercise_id}: a break together", window)
    runner.pause()
    wait_for_screen(qtbot, window, HomeScreen)
    return kinds


def test_every_screen_of_an_open_vault(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    audit: Audit,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(service, ["Sam", "Alex"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    # Alone, Sam does the exercises (the "who is doing this" question has its own tests).
    monkeypatch.setattr(window.access, "choose", lambda: window.state.profiles[0].id)
    audit.check("Home", window)
    shows = [
        ("Exercises", lambda: window.go("exercises")),
        ("Library", lambda: window.go("library")),
        ("Agreements", lambda: window.go("agreements")),
        ("Boundaries", lambda: window.go("boundaries")),
        ("Progress", lambda: window.go("progress")),
        ("History", lambda: window.go("history")),
        ("Settings", lambda: window.go("settings")),
        ("Get support now", lambda: window.go("support")),
    ]
    for name, show in shows:
        show()
        qtbot.waitUntil(lambda: not window.ops.busy())
        audit.check(name, window)
    window.features.library.show_library()
    qtbot.waitUntil(lambda: not window.ops.busy())
    window.features.library.open_article(next(iter(window.state.catalog.articles)))
    qtbot.waitUntil(lambda: window.current_screen() is window.screens["article"])
    audit.check("An article", window)
    window.go("home")
    wait_for_screen(qtbot, window, HomeScreen)
    kinds: set[str] = set()
    for exercise_id, together in (
        ("weekly-meeting", True),  # an agreement to review, rating, text, turns, reveal
        ("touch-check-in", True),  # choice, breathing, timer
        ("feeling-check", True),  # feelings
        ("set-one-boundary", False),
        ("map-and-bids", False),  # multi-choice
        ("gentle-start", False),  # checklist
    ):
        kinds |= walk_exercise(qtbot, window, audit, exercise_id, together)
    assert {
        "intro",
        "review",
        "rating",
        "text",
        "feelings",
        "breathing",
        "timer",
        "turns",
        "reveal",
        "choice",
        "multi-choice",
        "checklist",
        "agreement",
        "boundary",
    } <= kinds
    window.lock_now()
    assert isinstance(window.current_screen(), LockScreen)
    audit.check("Lock screen", window)
    window.go("support")
    audit.check("Get support now, locked", window)


def test_first_run_pages(qtbot: QtBot, make_window: WindowFactory, audit: Audit) -> None:
    window = make_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    for page in range(fr.ui.steps.count()):
        fr.ui.steps.setCurrentIndex(page)
        audit.check(f"First run: {fr.ui.steps.currentWidget().objectName()}", window)
    fr.ui.steps.setCurrentWidget(fr.ui.protectPage)
    fr.ui.passphraseRadio.setChecked(True)
    audit.check("First run: with a passphrase", window)


def test_unlock_and_a_lock_that_asks_for_the_passphrase(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, store: object, audit: Audit
) -> None:
    from bond.security.secrets import MemoryStore

    seed_vault(service, ["Kai"], passphrase=PASSPHRASE)
    window = make_window(MemoryStore())  # no keyring copy here: the passphrase is asked
    wait_for_screen(qtbot, window, UnlockScreen)
    audit.check("Unlock", window)
    window.screens["unlock"].unlock_requested.emit(PASSPHRASE)
    wait_for_screen(qtbot, window, HomeScreen)
    window.lock_now()
    audit.check("Lock screen with a passphrase", window)


@pytest.mark.parametrize("mode", list(PinMode))
def test_the_pin_dialog(qtbot: QtBot, mode: PinMode, audit: Audit) -> None:
    dialog = PinDialog(mode, "Sam", lambda _c, _n: None)
    qtbot.addWidget(dialog)
    dialog.show()
    audit.check(f"PIN dialog ({mode.value})", dialog)
    dialog.reject()


def test_a_pin_asked_by_the_window(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, audit: Audit
) -> None:
    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    seen: list[bool] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            audit.check(f"Dialog {type(dialog).__name__}", dialog)
            seen.append(True)
            dialog.reject()

    QTimer.singleShot(200, inspect)
    window.features.settings._change_pin(window.state.profiles[0].id, PinMode.SET.value)
    assert seen


def test_custom_widgets_say_what_they_are_and_hold(qtbot: QtBot) -> None:
    """Name, role, value and description for the widgets Bond draws itself."""
    from bond.domain.exercises import FeelingGroup

    scale = RatingScale("not at all", "completely")
    wheel = FeelingWheel([FeelingGroup(id="calm", name="Calm", words=("settled", "at ease"))])
    pacer = BreathingPacer(1, 0, 1, 0, 1, reduced_motion=True)
    countdown = Countdown(5, 1, is_break=False)
    for widget in (scale, wheel, pacer, countdown):
        qtbot.addWidget(widget)
        widget.show()
        iface = QAccessible.queryAccessibleInterface(widget)
        assert iface is not None
        assert iface.text(QAccessible.Text.Name), type(widget).__name__
        assert iface.role() not in (Role.Client, Role.NoRole), type(widget).__name__
        assert iface.text(QAccessible.Text.Description), type(widget).__name__

    def value(widget: QWidget) -> str:
        iface = QAccessible.queryAccessibleInterface(widget)
        return iface.text(QAccessible.Text.Value) if iface is not None else ""

    scale.set_value(7)
    assert value(scale) == "7"
    assert "7" in QAccessible.queryAccessibleInterface(scale).text(QAccessible.Text.Description)
    wheel._word_buttons["settled"].setChecked(True)
    assert "settled" in value(wheel)
    pacer.start()
    assert value(pacer).startswith("Breathe in")
    assert (
        QAccessible.queryAccessibleInterface(pacer)
        .text(QAccessible.Text.Description)
        .startswith("Breathe in")
    )
    countdown.start()
    assert value(countdown) == "5:00"
    assert "5 minutes left" in QAccessible.queryAccessibleInterface(countdown).text(
        QAccessible.Text.Description
    )
    pacer.stop()
    countdown.end()


def test_the_keyboard_shortcuts_list(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, audit: Audit
) -> None:
    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    window.show_shortcuts()
    dialog = window._shortcuts_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    audit.check("Keyboard shortcuts", dialog)
    dialog.reject()
