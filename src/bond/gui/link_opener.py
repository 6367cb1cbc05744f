"""Following a ``bond://`` link into the window: from ``bond --open URI`` at start, or handed
over by another start (:mod:`bond.gui.instance_link`; DECISIONS 33).

The window comes to the front; the link's place opens once the vault is open and unlocked and
Home has shown (Home loads the people every other screen needs): a link that comes during
start-up, first run, the passphrase prompt or the lock screen waits for that. Get support now
opens at once, as it does everywhere. While a dialog waits
for an answer (a PIN, a question) the link waits for it to close. A link to an exercise or an
article this Bond does not have opens Home with a calm notice, never an error. Only a link's
kind is logged, never its id.
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bond.logging_setup import Safe

if TYPE_CHECKING:
    from bond.gui.main_window import MainWindow
    from bond.services.links import Link

log = logging.getLogger(__name__)

DIALOG_POLL_MS = 250  # how often a waiting link looks whether the dialog has closed


class LinkOpener(QObject):
    """Holds the link that waits, and opens it when the window can show it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending: Link | None = None
        # The vault that was last open and ready (weakly: a closed one, and its key, may go).
        self._ready_vault: weakref.ref[object] | None = None
        self._dialog_timer = QTimer(self)
        self._dialog_timer.setSingleShot(True)
        self._dialog_timer.setInterval(DIALOG_POLL_MS)
        self._dialog_timer.timeout.connect(self._try)
        window.features.home.shown.connect(self._home_shown)

    @property
    def pending(self) -> Link | None:
        return self._pending

    def open(self, link: Link | None) -> None:
        """Bring the window to the front and follow ``link`` (None: only the front)."""
        self._bring_to_front()
        if link is None:
            return
        log.info("a link to %s", Safe(link.kind))
        self._pending = link
        self._try()

    def _home_shown(self) -> None:
        """Home is up over an open, unlocked vault: Bond is ready for any place (Home loads
        the people the other screens need). A link that waited follows, after the shell's own
        work for Home is done."""
        vault = self._window.state.vault
        self._ready_vault = weakref.ref(vault) if vault is not None else None
        if self._pending is not None:
            QTimer.singleShot(0, self, self._try)

    def _ready(self) -> bool:
        vault, ready = self._window.state.vault, self._ready_vault
        opened = vault is not None and ready is not None and ready() is vault
        return opened and not self._window.locked()

    def _try(self) -> None:
        link = self._pending
        if link is None:
            return
        if QApplication.activeModalWidget() is not None:
            self._dialog_timer.start()  # the person answers the dialog first
            return
        if link.kind != "support" and not self._ready():
            return  # _home_shown() follows it
        self._pending = None
        if self._known(link):
            self._window.go(link.place)
        else:
            log.info("a link to an unknown %s; Home says so", Safe(link.kind))
            notice = self.tr("That link points to something this Bond doesn't have.")
            self._window.go("home", notice)

    def _known(self, link: Link) -> bool:
        state = self._window.state
        if link.kind == "exercise":
            return link.id in state.offered().exercises
        if link.kind == "article":
            return link.id in state.catalog.articles
        return True

    def _bring_to_front(self) -> None:
        window = self._window
        if window.isMinimized():  # un-minimised as it was: maximised stays maximised
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
