"""House rule 7: what a person wrote or imported is shown as typed, never read as markup.

Markup goes into every field a person fills (names, an agreement, a boundary and its "I used
this" note, text answers, private ones revealed, even the vault's folder) and every screen that
shows them is walked: Home, a together exercise with its turns, reveal and agreement review,
Agreements, Boundaries, History, Progress and Settings, and the locked views that name a person.
No label showing the markup may read it as rich text, and no tooltip may either.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from bond.config import AppPaths, resolve_paths
from bond.domain.boundaries import FIELDS
from bond.domain.exercises import FeelingGroup
from bond.domain.policy import Policy
from bond.gui.main_window import MainWindow
from bond.gui.pin_dialog import PinDialog
from bond.gui.screens.agreements import AgreementsScreen
from bond.gui.screens.boundaries import BoundariesScreen
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.history import HistoryScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.problem import ProblemScreen
from bond.gui.screens.progress import ProgressScreen
from bond.gui.screens.settings import SettingsScreen
from bond.gui.widgets.agreement_review import AgreementReview
from bond.gui.widgets.feeling_wheel import FeelingWheel
from bond.gui.widgets.html_delegate import HtmlDelegate
from bond.gui.widgets.plain import plain_tooltip
from bond.gui.widgets.policy_bar import policy_bar
from bond.gui.widgets.reveal_panel import RevealPanel
from bond.gui.widgets.turns_panel import TurnsPanel
from bond.services.boundaries import BoundaryService
from bond.services.exercise_flow import FrameKind
from bond.services.keychain import Keychain
from bond.services.pins import PinService
from bond.services.profiles import ProfileService
from bond.services.vault_service import VaultService
from tests.conftest import FAST_KDF
from tests.gui.conftest import WindowFactory, keys, seed_vault, wait_for_screen
from tests.gui.test_exercises import next_step, open_exercise

TAG = "<h1>"
MARK = '<h1>X</h1><img src="/etc/passwd"><b>bold</b>'
# A name holds at most 40 characters, and nothing stops "<" in one.
SAM = '<h1>S</h1><img src="/etc/passwd">'
ALEX = "<h1>A</h1><b>Alex</b>"
PIN = "zebra lantern 7731"


@pytest.fixture
def paths(xdg: Path, tmp_path: Path) -> AppPaths:
    """The vault's folder is named with markup too (Home and Settings show the path)."""
    return resolve_paths(tmp_path / "<h1>P</h1>vault")


def leaks(root: QWidget) -> tuple[list[str], int]:
    """Visible labels and tooltips that would read the marker as markup, and how many labels
    show it at all (so that a screen that shows nothing of it cannot pass by accident)."""
    bad: list[str] = []
    shown = 0
    for label in root.findChildren(QLabel):
        if not label.isVisible() or TAG not in label.text():
            continue
        shown += 1
        if label.textFormat() is not Qt.TextFormat.PlainText:
            bad.append(f"label {label.objectName() or label.text()!r}: {label.textFormat()}")
    for widget in [root, *root.findChildren(QWidget)]:
        tip = widget.toolTip()
        if widget.isVisible() and TAG in tip and QtGui.Qt.mightBeRichText(tip):
            bad.append(f"tooltip of {widget.objectName() or type(widget).__name__}: {tip!r}")
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible() and isinstance(view.itemDelegate(), HtmlDelegate):
            model = view.model()
            for row in range(model.rowCount()):
                html = str(model.index(row, 0).data(Qt.ItemDataRole.UserRole + 20) or "")
                if TAG in html:
                    bad.append(f"list {view.objectName()}: {html!r}")
    return bad, shown


def check(root: QWidget, where: str, *, expect: bool = True) -> None:
    bad, shown = leaks(root)
    assert not bad, f"{where}: markup read as rich text:\n" + "\n".join(bad)
    if expect:
        assert shown, f"{where}: the marked text was not on screen at all"


def cancel_pin_dialog() -> None:
    """Cancel the next PIN dialog once it is up (it runs its own event loop)."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(50, find)
            return
        dialog.reject()

    QTimer.singleShot(50, find)


def seed(service: VaultService) -> tuple[str, str]:
    seed_vault(service, [SAM, ALEX])
    vault = service.open(service.unlock())
    keychain = Keychain(vault)
    sam, alex = (p.id for p in ProfileService(vault).profiles())
    boundaries = BoundaryService(vault, keychain)
    boundary = boundaries.save(sam, dict.fromkeys(FIELDS, MARK))
    boundaries.used(boundary, sam, MARK, 6)
    vault.close()
    return sam, alex


def walk_meeting(qtbot: QtBot, window: MainWindow) -> None:
    """A together weekly meeting with the marker in every answer; each frame is checked."""
    runner = open_exercise(qtbot, window, "Weekly relationship meeting", together=True)
    seen: set[str] = set()
    for _ in range(80):
        frame = runner.run.frame
        if frame.kind is FrameKind.DONE:
            break
        step, widget = frame.step, runner.widget
        if frame.kind is FrameKind.STEP and step is not None:
            kind = step.type.value
            if kind in ("text", "agreement"):
                keys(QApplication.focusWidget(), MARK)
            elif kind == "turns":
                assert isinstance(widget, TurnsPanel)
                check(window, "the turns")
                seen.add("turns")
                while widget.primary.isVisible():
                    widget.primary.click()
            elif kind == "reveal":
                assert isinstance(widget, RevealPanel)
                for person in runner.run.people:
                    widget.buttons[person].click()
                assert widget.after.isVisible()
                qtbot.waitUntil(  # the answers' labels show once the layout has run
                    lambda w=widget: any(
                        MARK in label.text() and label.isVisible()
                        for label in w.findChildren(QLabel)
                    )
                )
                check(window, f"the reveal {step.title!r}")
                seen.add("reveal")
        if frame.kind in (FrameKind.PASS, FrameKind.STEP) and frame.profile_id:
            check(window, f"{frame.kind} {step.title if step else ''!r}")  # whose turn
            seen.add("who")
        next_step(runner)
        qtbot.waitUntil(lambda: not runner.writes.busy())
    assert seen == {"turns", "reveal", "who"}
    next_step(runner)  # Finish
    wait_for_screen(qtbot, window, HomeScreen)


def test_what_people_wrote_is_never_read_as_markup(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    sam, alex = seed(service)
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    check(window, "Home")  # the greeting names both, the privacy text names the folder

    walk_meeting(qtbot, window)
    check(window, "Home after the meeting")

    # Next week's meeting opens by reviewing the agreement; pausing it leaves a way back.
    runner = open_exercise(qtbot, window, "Weekly relationship meeting", together=True)
    next_step(runner)
    assert runner.run.frame.kind is FrameKind.REVIEW
    assert isinstance(runner.widget, AgreementReview)
    check(window, "the agreement review")
    runner.ui.pauseButton.click()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.features.home.screen.ui.continueBox.isVisible()
    check(window, "Home with a paused meeting")

    window.go("agreements")
    wait_for_screen(qtbot, window, AgreementsScreen)
    agreements = window.screens["agreements"]
    assert MARK in agreements.model.item(0).text()
    check(window, "Agreements", expect=False)  # a plain list, not labels

    window.go("boundaries")
    wait_for_screen(qtbot, window, BoundariesScreen)
    boundaries = window.screens["boundaries"]
    qtbot.waitUntil(lambda: boundaries.model.rowCount() == 1)
    assert boundaries.ui.wordsEdit.text() == MARK
    check(window, "Boundaries", expect=False)

    window.go("history")
    wait_for_screen(qtbot, window, HistoryScreen)
    history = window.screens["history"]
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=10000)
    history.ui.listView.setCurrentIndex(history.model.index(1, 0))  # the finished meeting
    qtbot.waitUntil(lambda: MARK in history.ui.detailView.toPlainText(), timeout=10000)
    assert "<h1>" not in history.ui.detailView.toHtml().replace("&lt;h1&gt;", "")
    check(window, "History", expect=False)

    window.go("progress")
    wait_for_screen(qtbot, window, ProgressScreen)
    check(window, "Progress", expect=False)

    window.go("settings")
    wait_for_screen(qtbot, window, SettingsScreen)
    check(window, "Settings")  # each person's row, and the vault's folder

    # Alex gets a PIN; the views of Alex's own things then name Alex and stay closed.
    assert window.state.vault is not None and window.state.keychain is not None
    PinService(window.state.vault, window.state.keychain, kdf=FAST_KDF).set_pin(alex, PIN)
    window.state.keychain.switch_to(sam)
    window.go("boundaries")
    wait_for_screen(qtbot, window, BoundariesScreen)
    boundaries.ui.profileCombo.setCurrentIndex(1)
    qtbot.waitUntil(boundaries.ui.unlockButton.isVisible)
    check(window, "Boundaries, locked")

    window.go("progress")
    wait_for_screen(qtbot, window, ProgressScreen)
    progress = window.screens["progress"]
    cancel_pin_dialog()
    progress.ui.whoCombo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "private" in progress.ui.checkinLabel.text(), timeout=10000)
    check(window, "Progress, locked")

    window.go("history")
    wait_for_screen(qtbot, window, HistoryScreen)
    cancel_pin_dialog()
    history.ui.whoCombo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "private" in history.ui.emptyLabel.text(), timeout=10000)
    check(window, "History, locked")


def test_feeling_words_are_shown_as_typed(qtbot: QtBot) -> None:
    wheel = FeelingWheel([FeelingGroup("odd", MARK, (MARK, "calm"))])
    qtbot.addWidget(wheel)
    wheel.show()
    wheel._core_buttons["odd"].setChecked(True)
    wheel.set_words([MARK])
    assert MARK in wheel.chosen_label.text()
    check(wheel, "the feeling wheel")


def test_an_organisation_s_name_and_its_policy_file_are_shown_as_typed(qtbot: QtBot) -> None:
    """A policy file is imported text too: the name it gives, its path, its first problem."""
    policy = Policy(
        organisation=MARK,
        source=Path(f"/etc/bond/{MARK}.toml"),
        idle_lock_minutes=5,
        users_may_change_idle_lock=False,
        disable_export=True,
        problems=(MARK,),
    )
    settings = SettingsScreen("light", 100)
    qtbot.addWidget(settings)
    settings.show()
    settings.apply_policy(policy, MARK)
    managed = settings.findChild(QLabel, "exportManaged")
    qtbot.waitUntil(managed.isVisible)  # the "Managed by" labels show once the layout has run
    check(settings, "Settings under a policy")
    tip = settings.ui.exportJsonButton.toolTip()
    assert "&lt;h1&gt;" in tip and QtGui.Qt.mightBeRichText(tip)  # escaped, so shown as typed
    bar = policy_bar(policy)
    qtbot.addWidget(bar)
    bar.show()
    check(bar, "the policy bar")
    first_run = FirstRunScreen(keyring_available=True, passphrase_required_by=MARK)
    qtbot.addWidget(first_run)
    first_run.show()
    first_run.ui.steps.setCurrentWidget(first_run.ui.protectPage)
    check(first_run, "first run under a policy")
    assert TAG not in first_run.ui.keyringRadio.toolTip()


def test_a_problem_names_the_vault_folder_as_typed(qtbot: QtBot) -> None:
    screen = ProblemScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.show_problem(MARK, MARK, f"Your vault folder: /home/{MARK}", can_restore=False)
    check(screen, "the problem screen")


def test_a_plain_tooltip_keeps_plain_text_as_it_is() -> None:
    assert plain_tooltip("Set a passphrase first, so you can still get in.") == (
        "Set a passphrase first, so you can still get in."
    )
    assert plain_tooltip("a &lt; b") != "a &lt; b"  # Qt would show "a < b"
    assert "&lt;h1&gt;" in plain_tooltip(MARK)
