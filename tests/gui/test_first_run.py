"""First run end to end with the keyboard only, for "just me" and for "the two of us"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.support import SupportScreen
from bond.gui.screens.unlock import UnlockScreen
from bond.security.secrets import MemoryStore
from bond.services.vault_files import VaultFiles
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, activate, keys, press, tab_to, wait_for_screen


def walk_to_names(qtbot: QtBot, fr: FirstRunScreen, *, couple: bool) -> None:
    assert fr.ui.steps.currentWidget() is fr.ui.welcomePage
    activate(fr.ui.nextButton)  # Get started
    assert fr.ui.steps.currentWidget() is fr.ui.safetyPage
    activate(fr.ui.nextButton)  # Continue
    assert fr.ui.steps.currentWidget() is fr.ui.whoPage
    assert QApplication.focusWidget() is fr.ui.soloRadio
    if couple:
        press(Qt.Key.Key_Down)
        assert fr.ui.coupleRadio.isChecked()
    activate(fr.ui.nextButton)
    assert fr.ui.steps.currentWidget() is fr.ui.namesPage
    assert QApplication.focusWidget() is fr.ui.nameEdit1


def test_just_me_with_keyring(
    qtbot: QtBot, make_window: WindowFactory, store: MemoryStore, paths: AppPaths
) -> None:
    window = make_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    walk_to_names(qtbot, fr, couple=False)
    assert not fr.ui.nameEdit2.isVisible()
    press(Qt.Key.Key_Return)  # an empty name is refused kindly
    assert fr.ui.namesError.isVisible() and "name" in fr.ui.namesError.text()
    keys(fr.ui.nameEdit1, "Sam")
    press(Qt.Key.Key_Return)
    assert fr.ui.steps.currentWidget() is fr.ui.protectPage
    assert fr.ui.keyringRadio.isEnabled() and fr.ui.keyringRadio.isChecked()
    assert not fr.ui.passphraseBox.isVisible()
    activate(fr.ui.nextButton)  # Create my vault
    wait_for_screen(qtbot, window, HomeScreen)
    assert "Sam" in window.features.home.screen.ui.greetingLabel.text()
    assert window.features.home.screen.ui.partnerBox.isVisible()
    assert window.windowTitle() == "Bond"
    assert len(store.secrets) == 1
    assert VaultFiles(paths.data_dir).db.exists()

    # A partner can join later.
    tab_to(window.features.home.screen.ui.partnerNameEdit)
    keys(window.features.home.screen.ui.partnerNameEdit, "Alex")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Alex" in window.features.home.screen.ui.greetingLabel.text(), timeout=10000
    )
    assert not window.features.home.screen.ui.partnerBox.isVisible()
    window.close()

    # Restart: the keyring opens the vault without a prompt.
    again = make_window()
    wait_for_screen(qtbot, again, HomeScreen)
    assert "Sam and Alex" in again.features.home.screen.ui.greetingLabel.text()


def test_two_of_us_with_passphrase(
    qtbot: QtBot, make_window: WindowFactory, store: MemoryStore, paths: AppPaths
) -> None:
    window = make_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    walk_to_names(qtbot, fr, couple=True)
    keys(fr.ui.nameEdit1, "Robin")
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fr.ui.nameEdit2
    keys(fr.ui.nameEdit2, "robin")
    press(Qt.Key.Key_Return)
    assert "different names" in fr.ui.namesError.text()
    fr.ui.nameEdit2.clear()
    keys(fr.ui.nameEdit2, "Jo")
    press(Qt.Key.Key_Return)
    assert fr.ui.steps.currentWidget() is fr.ui.protectPage
    assert QApplication.focusWidget() is fr.ui.keyringRadio
    press(Qt.Key.Key_Down)  # from the keyring choice to "Use a passphrase"
    assert fr.ui.passphraseRadio.isChecked() and fr.ui.passphraseBox.isVisible()
    tab_to(fr.ui.passphraseEdit)
    keys(fr.ui.passphraseEdit, "short")
    press(Qt.Key.Key_Tab)
    keys(fr.ui.passphraseAgainEdit, "short")
    press(Qt.Key.Key_Return)
    assert "at least 8" in fr.ui.protectError.text()
    tab_to(fr.ui.passphraseEdit)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(fr.ui.passphraseEdit, PASSPHRASE)
    press(Qt.Key.Key_Tab)
    keys(fr.ui.passphraseAgainEdit, PASSPHRASE)
    press(Qt.Key.Key_Return)
    wait_for_screen(qtbot, window, HomeScreen)
    assert "Robin and Jo" in window.features.home.screen.ui.greetingLabel.text()
    assert not window.features.home.screen.ui.partnerBox.isVisible()
    assert store.secrets == {}
    window.close()

    again = make_window()
    wait_for_screen(qtbot, again, UnlockScreen)
    unlock = again.screens["unlock"]
    assert QApplication.focusWidget() is unlock.ui.passphraseEdit
    keys(unlock.ui.passphraseEdit, "not my passphrase")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(unlock.ui.errorLabel.isVisible, timeout=10000)
    assert "does not open" in unlock.ui.errorLabel.text()
    assert unlock.ui.passphraseEdit.text() == ""
    keys(unlock.ui.passphraseEdit, PASSPHRASE)
    press(Qt.Key.Key_Return)
    wait_for_screen(qtbot, again, HomeScreen)
    assert "Robin and Jo" in again.features.home.screen.ui.greetingLabel.text()


def test_no_keyring_offers_passphrase_or_temporary(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    window = make_window(MemoryStore(available=False))
    wait_for_screen(qtbot, window, FirstRunScreen)
    fr = window.screens["first-run"]
    assert fr is not None
    walk_to_names(qtbot, fr, couple=False)
    keys(fr.ui.nameEdit1, "Kai")
    press(Qt.Key.Key_Return)
    assert not fr.ui.keyringRadio.isEnabled()
    assert fr.ui.passphraseRadio.isChecked()
    assert "No keyring" in fr.ui.keyringNote.text()
    assert fr.ui.temporaryRadio.isVisible()
    assert QApplication.focusWidget() is fr.ui.passphraseRadio
    press(Qt.Key.Key_Down)  # to "Temporary session: nothing will be saved"
    assert fr.ui.temporaryRadio.isChecked() and not fr.ui.passphraseBox.isVisible()
    activate(fr.ui.nextButton)
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.ui.bannerLabel.isVisible()
    assert "nothing will be saved" in window.ui.bannerLabel.text()
    assert "Kai" in window.features.home.screen.ui.greetingLabel.text()
    assert not paths.data_dir.exists() or not any(paths.data_dir.iterdir())


def test_support_is_one_key_away_from_the_first_screen(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    window = make_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    press(Qt.Key.Key_F1)
    assert isinstance(window.current_screen(), SupportScreen)
    support = window.screens["support"]
    assert support.ui.regionCombo.count() >= 7
    index = support.ui.regionCombo.findData("uk")
    support.ui.regionCombo.setCurrentIndex(index)
    assert "999" in support.ui.emergencyLabel.text()
    assert "Samaritans" in support.ui.contactsView.toPlainText()
    assert window.prefs.region == "uk"
    activate(support.ui.backButton)
    assert isinstance(window.current_screen(), FirstRunScreen)
