"""The Spanish interface: the catalogue is complete, the app loads it from the system language
or the Settings choice, and the screens people meet first show no English left over."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.i18n import install_language, resolve_language
from bond.gui.preferences import Preferences
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.runner import RunnerScreen
from bond.gui.screens.settings import SettingsScreen
from bond.gui.screens.support import SupportScreen
from bond.services.vault_service import VaultService
from tests.conftest import ROOT
from tests.gui.conftest import WindowFactory, activate, press, seed_vault, wait_for_screen

I18N = ROOT / "resources" / "i18n"


def _messages(ts_name: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(I18N / ts_name).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"%\d", text))


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?=\w)", text.replace("&&", "")))


# -- the catalogue ----------------------------------------------------------------------------


def test_every_message_has_a_finished_spanish_translation() -> None:
    english = {(c, s) for c, s, _ in _messages("bond.ts")}
    spanish = _messages("bond_es.ts")
    assert english == {(c, s) for c, s, _ in spanish}
    for context, source, message in spanish:
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (context, source, translation.get("type"))
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            assert len(forms) == 2, (context, source, forms)  # singular and plural
        for text in forms or [translation.text or ""]:
            assert text.strip(), (context, source)
            if not forms:  # a plural's singular may say "last week" instead of "1 week"
                assert _placeholders(text) == _placeholders(source), (context, source, text)
            # A translation may go without an Alt letter where its screen has none left
            # (tests/gui/test_mnemonics.py), never add one the English lacks.
            assert _mnemonics(text) <= _mnemonics(source), (context, source, text)
            assert source.endswith("…") == text.endswith("…"), (context, source, text)


def test_the_committed_qm_loads_and_translates() -> None:
    """build_qt.py --check (tests/unit/test_forms.py) proves the .qm matches the .ts."""
    translator = QTranslator()
    assert translator.load(str(I18N / "bond_es.qm"))
    assert translator.translate("MainWindow", "Get support now") == "Pedir ayuda ahora"
    note = translator.translate("ExercisesFeature", "Before your first exercise together")
    assert note == "Antes del primer ejercicio en pareja"


def test_the_language_follows_the_system_unless_settings_choose() -> None:
    mexico = QLocale("es_MX")
    germany = QLocale("de_DE")
    assert resolve_language("system", mexico) == "es"
    assert resolve_language("system", germany) == "en"
    assert resolve_language("en", mexico) == "en"
    assert resolve_language("es", germany) == "es"


def test_a_spanish_system_gets_spanish_and_qt_s_own_buttons() -> None:
    """A fresh process with LANG=es_ES.UTF-8, as a person's desktop would start Bond."""
    script = (
        "from PySide6.QtWidgets import QApplication, QDialogButtonBox\n"
        "from bond.gui.i18n import install_language\n"
        "app = QApplication([])\n"
        "print(install_language(app, 'system'))\n"
        "print(app.translate('FirstRun', 'Welcome to Bond'))\n"
        "box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)\n"
        "print(box.button(QDialogButtonBox.StandardButton.Cancel).text())\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(
        LANG="es_ES.UTF-8",
        LANGUAGE="",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    ).stdout.splitlines()
    assert out == ["es", "Te damos la bienvenida a Bond", "Cancelar"]


# -- the screens ------------------------------------------------------------------------------

#: English source texts that would mean a string was missed; sources whose Spanish is spelled
#: the same (names such as "Bond", bare numbers and placeholders) are left out.
ENGLISH = {
    source
    for _c, source, message in _messages("bond_es.ts")
    if (message.findtext("translation") or "") != source
}


def english_left(root: QWidget) -> list[str]:
    shown: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            shown.append(widget.text())
        elif isinstance(widget, QGroupBox):
            shown.append(widget.title())
    return [text for text in shown if text in ENGLISH]


@pytest.fixture
def spanish(paths: AppPaths) -> Iterator[None]:
    prefs = Preferences(paths.settings_file)
    prefs.language = "es"
    prefs.sync()
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")  # later tests in this process read English


def test_first_run_speaks_spanish(qtbot: QtBot, make_window: WindowFactory, spanish: None) -> None:
    window = make_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    assert fr.ui.welcomeTitle.text() == "Te damos la bienvenida a Bond"
    assert fr.ui.nextButton.text() == "&Empezar"
    assert english_left(window) == []
    activate(fr.ui.nextButton)
    assert fr.ui.steps.currentWidget() is fr.ui.safetyPage
    assert "no es culpa tuya" in fr.ui.safetyText.text()
    assert english_left(window) == []
    activate(fr.ui.nextButton)
    assert fr.ui.soloRadio.text() == "&Solo yo"
    assert english_left(window) == []


def test_home_settings_support_and_a_step_speak_spanish(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, spanish: None
) -> None:
    seed_vault(service, ["Sam"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.rail.button("home").text() == "&Inicio"
    assert re.match(
        r"(Buenos días|Buenas tardes|Buenas noches), Sam",
        window.features.home.screen.ui.greetingLabel.text(),
    )
    assert english_left(window) == []

    press(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    wait_for_screen(qtbot, window, SettingsScreen)
    settings = window.screens["settings"]
    assert settings.ui.languageLabel.text() == "Idioma"
    assert settings.ui.languageCombo.currentData() == "es"
    assert settings.ui.languageCombo.itemText(0) == "El del sistema"
    assert english_left(window) == []

    press(Qt.Key.Key_F1)
    wait_for_screen(qtbot, window, SupportScreen)
    support = window.screens["support"]
    combo = support.ui.regionCombo
    combo.setCurrentIndex(combo.findData("us"))
    assert combo.currentText() == "Estados Unidos"
    assert support.ui.emergencyLabel.text() == "¿Estás en peligro ahora mismo? Llama al 911."
    contacts = support.ui.contactsView.toPlainText()
    assert "24 horas, todos los días" in contacts and "Llama al 988" in contacts
    assert "National Domestic Violence Hotline" in contacts  # names stay as they are
    assert english_left(window) == []

    activate(support.ui.breathingButton)
    wait_for_screen(qtbot, window, RunnerScreen)
    runner = window.features.exercises.runner
    assert runner is not None
    assert runner.ui.pauseButton.text() == "&Pausar"
    assert runner.ui.stopButton.text() == "P&arar"
    assert runner.ui.nextButton.text() == "&Empezar"  # the short introduction comes first
    assert english_left(window) == []
    activate(runner.ui.nextButton)
    qtbot.waitUntil(lambda: runner.ui.stepLabel.text().startswith("Paso 1 de "), timeout=5000)
    assert runner.ui.nextButton.text() == "&Siguiente"
    assert english_left(window) == []


def test_every_screen_speaks_spanish(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, spanish: None
) -> None:
    """Every screen of the navigation, an article, an exercise's steps and the lock screen."""
    from bond.gui.screens.lock import LockScreen
    from tests.gui.test_accessibility import seed, walk_exercise

    seed(service, ["Sam", "Alex"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    left: dict[str, list[str]] = {}

    # Exercise content is not translated yet; a step title that happens to match a message
    # ("Share your answers") is content, not a missed string.
    content = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "resources" / "content").rglob("*.toml")
    )

    class Look:
        def check(self, where: str, root: QWidget) -> None:
            if found := [t for t in english_left(root) if f'"{t}"' not in content]:
                left[where] = found

    look = Look()
    for name, show in (
        ("Exercises", lambda: window.go("exercises")),
        ("Library", lambda: window.go("library")),
        ("Agreements", lambda: window.go("agreements")),
        ("Boundaries", lambda: window.go("boundaries")),
        ("Progress", lambda: window.go("progress")),
        ("History", lambda: window.go("history")),
        ("Settings", lambda: window.go("settings")),
        ("Support", lambda: window.go("support")),
    ):
        show()
        qtbot.waitUntil(lambda: not window.ops.busy())
        look.check(name, window)
    window.features.library.open_article(next(iter(window.state.catalog.articles)))
    qtbot.waitUntil(lambda: window.current_screen() is window.screens["article"])
    look.check("An article", window)
    window.go("home")
    wait_for_screen(qtbot, window, HomeScreen)
    window.access.choose = lambda: window.state.profiles[0].id  # type: ignore[method-assign]
    walk_exercise(qtbot, window, look, "weekly-meeting", True)
    walk_exercise(qtbot, window, look, "touch-check-in", True)
    window.lock_now()
    assert isinstance(window.current_screen(), LockScreen)
    look.check("Lock screen", window)
    assert left == {}
