"""Alt+letter mnemonics: every menu and main button has one, and none clash.

Qt gives a mnemonic to the whole window: while two visible controls share Alt+B, the key only
moves the focus between them instead of pressing either. So the check collects, on each screen,
the menu bar's titles with every visible button, check box and labelled field, and, separately,
the items of each menu; a letter used twice in one of those groups fails. English and Spanish
are both checked, since translations choose their own letters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.domain.policy import Policy
from bond.gui.admin_dialog import AdminDialog
from bond.gui.i18n import install_language
from bond.gui.passphrase_dialog import PassphraseDialog, PassphraseMode
from bond.gui.pin_dialog import PinDialog, PinMode
from bond.gui.preferences import Preferences
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.runner import RunnerScreen
from bond.services.admin import AdminGate
from bond.services.vault_service import VaultService
from tests.gui.conftest import WindowFactory, seed_vault, wait_for_screen
from tests.gui.test_accessibility import seed, walk_exercise

_MNEMONIC = re.compile(r"&(?!&)(\w)")


#: A clinic policy with an admin passphrase, so the admin entry and dialog are checked too.
ADMIN_POLICY = Policy(organisation="Clinic", admin_passphrase_hash="$argon2id$unused")


def mnemonic(text: str) -> str | None:
    """The Alt letter of ``text`` (lower case), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _window_texts(root: QWidget) -> list[tuple[str, str]]:
    """(text, what) of everything in ``root`` that answers to an Alt letter right now."""
    texts: list[tuple[str, str]] = []
    if isinstance(root, QMainWindow):
        texts += [
            (a.text(), "menu " + a.text())
            for a in root.findChild(QMenuBar).actions()
            if a.isVisible()
        ]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append((widget.text(), name))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append((widget.title(), name))
        elif isinstance(widget, QTabBar):
            texts += [(widget.tabText(i), f"{name} tab {i}") for i in range(widget.count())]
    return texts


def clashes(texts: list[tuple[str, str]]) -> list[str]:
    letters = Counter(m for text, _ in texts if (m := mnemonic(text)))
    return sorted(
        f"Alt+{letter.upper()}: " + ", ".join(w for t, w in texts if mnemonic(t) == letter)
        for letter, n in letters.items()
        if n > 1
    )


def menu_clashes(window: QMainWindow) -> list[str]:
    found = []
    for action in window.findChild(QMenuBar).actions():
        menu = action.menu()
        if not isinstance(menu, QMenu):
            continue
        if mnemonic(action.text()) is None:
            found.append(f"menu {action.text()!r} has no mnemonic")
        items = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        found += [
            f"{action.text()} menu: {c}" for c in clashes([(a.text(), a.text()) for a in items])
        ]
        found += [f"{a.text()!r} has no mnemonic" for a in items if mnemonic(a.text()) is None]
    return found


class Clashes:
    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}

    def check(self, where: str, root: QWidget) -> None:
        found = clashes(_window_texts(root))
        if found:
            self.found[where] = found

    def assert_clean(self) -> None:
        report = "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in self.found.items())
        assert not self.found, "Alt letters used twice:\n" + report


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, paths: AppPaths) -> Iterator[str]:
    prefs = Preferences(paths.settings_file)
    prefs.language = request.param
    prefs.sync()
    yield request.param
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")


@pytest.fixture
def found() -> Iterator[Clashes]:
    collected = Clashes()
    yield collected
    collected.assert_clean()


def test_the_check_notices_a_clash(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for text in ("&Back", "Slow &breathing", "&Next", "Fish && chips"):
        layout.addWidget(QPushButton(text))
    root.show()
    assert clashes(_window_texts(root)) == ["Alt+B: QPushButton, QPushButton"]
    assert mnemonic("Fish && chips") is None


def test_menus_and_every_screen(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    language: str,
    found: Clashes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(service, ["Sam", "Alex"])
    window = make_window(policy=ADMIN_POLICY)  # "Admin mode…" joins the Bond menu
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.action_admin is not None and window.action_admin.isVisible()
    monkeypatch.setattr(window.access, "choose", lambda: window.state.profiles[0].id)
    found.found.update({"menus": m} if (m := menu_clashes(window)) else {})
    nav = [window.rail.button("home"), window.rail.button("settings")]
    assert all(mnemonic(b.text()) for b in nav), [b.text() for b in nav]
    found.check("Home", window)
    for name, show in (
        ("Exercises", lambda: window.go("exercises")),
        ("Library", lambda: window.go("library")),
        ("Agreements", lambda: window.go("agreements")),
        ("Boundaries", lambda: window.go("boundaries")),
        ("Progress", lambda: window.go("progress")),
        ("History", lambda: window.go("history")),
        ("Settings", lambda: window.go("settings")),
        ("Get support now", lambda: window.go("support")),
    ):
        show()
        qtbot.waitUntil(lambda: not window.ops.busy())
        found.check(name, window)
    window.features.library.show_library()
    qtbot.waitUntil(lambda: not window.ops.busy())
    window.features.library.open_article(next(iter(window.state.catalog.articles)))
    qtbot.waitUntil(lambda: window.current_screen() is window.screens["article"])
    found.check("An article", window)
    window.go("home")
    wait_for_screen(qtbot, window, HomeScreen)
    for exercise_id, together in (
        ("weekly-meeting", True),
        ("touch-check-in", True),
        ("feeling-check", True),
        ("set-one-boundary", False),
        ("map-and-bids", False),
        ("gentle-start", False),
    ):
        walk_exercise(qtbot, window, found, exercise_id, together)
    assert not isinstance(window.current_screen(), RunnerScreen)
    window.lock_now()
    found.check("Lock screen", window)
    window.go("support")
    found.check("Get support now, locked", window)


def test_first_run(qtbot: QtBot, make_window: WindowFactory, language: str, found: Clashes) -> None:
    window = make_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    for page in range(fr.ui.steps.count()):
        fr.ui.steps.setCurrentIndex(page)
        found.check(f"First run: {fr.ui.steps.currentWidget().objectName()}", window)
    fr.ui.steps.setCurrentWidget(fr.ui.protectPage)
    fr.ui.passphraseRadio.setChecked(True)
    found.check("First run: with a passphrase", window)


def test_dialogs(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    paths: AppPaths,
    language: str,
    found: Clashes,
) -> None:
    seed_vault(service, ["Kai"])
    window = make_window()  # installs the language
    wait_for_screen(qtbot, window, HomeScreen)
    dialogs: list[tuple[str, QDialog]] = [
        (f"PIN ({m.value})", PinDialog(m, "Sam", lambda _c, _n: None)) for m in PinMode
    ]
    dialogs += [(f"Passphrase ({m.value})", PassphraseDialog(m)) for m in PassphraseMode]
    for where, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        found.check(where, dialog)
        dialog.reject()
    admin = AdminDialog(ADMIN_POLICY, [], AdminGate(paths.state_dir, "x"), list)
    qtbot.addWidget(admin)
    admin.show()
    found.check("Admin mode: passphrase", admin)
    admin.ui.pages.setCurrentWidget(admin.ui.adminPage)
    for index in range(admin.ui.tabs.count()):
        admin.ui.tabs.setCurrentIndex(index)
        found.check(f"Admin mode: {admin.ui.tabs.tabText(index)}", admin)
    admin.reject()
    window.show_shortcuts()
    shortcuts = window._shortcuts_dialog
    assert shortcuts is not None
    qtbot.waitUntil(shortcuts.isVisible)
    found.check("Keyboard shortcuts", shortcuts)
    shortcuts.reject()


def test_home_for_one_person(
    qtbot: QtBot,
    make_window: WindowFactory,
    service: VaultService,
    language: str,
    found: Clashes,
) -> None:
    """One person sees "Add partner" on Home, which a two-person household never shows."""
    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    qtbot.waitUntil(home.ui.addPartnerButton.isVisible)
    assert mnemonic(home.ui.addPartnerButton.text()) is not None
    found.check("Home, one person", window)
