"""The shell: the window, its menus and navigation, the screen stack, the lock, the banners,
and the start-up order that keeps the first frame fast.

Everything a screen does lives in its feature (``bond.gui.features``); the shell composes
them (``bond.gui.feature_set``), moves between them by place, and is the only thing they
reach (``features.base.Shell``). Data flows one way: a screen emits an intent, its feature
runs the service call off the UI thread (:class:`Ops`), and the result comes back to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from bond.config import AppPaths
from bond.domain.policy import Policy
from bond.errors import VaultClosedError, WrongKeyError
from bond.gui.app_state import AppState
from bond.gui.crash import show_unexpected
from bond.gui.forms.ui_main_window import Ui_MainWindow
from bond.gui.frame import build_frame, finish_frame
from bond.gui.navigation import rail_place, set_navigation
from bond.gui.ops import Ops
from bond.gui.preferences import Preferences
from bond.gui.screen_registry import ScreenRegistry
from bond.gui.screens.busy import BusyScreen
from bond.gui.widgets.page_switch import switch_page
from bond.gui.widgets.scrolling import scroll_to_top
from bond.logging_setup import Safe
from bond.services.vault_service import VaultService

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QShowEvent

    # The modules the window needs only once its first frame is painted (``complete``):
    # importing them earlier would build PySide6's Qt namespace and the features before
    # anything is on screen (DECISIONS 29). They are imported where they are used.
    from bond.content.catalog import Catalog
    from bond.content.model import PackSet
    from bond.content.support import SupportCatalog
    from bond.gui.feature_set import Features
    from bond.gui.features.base import Feature
    from bond.gui.private_access import PrivateAccess
    from bond.services.startup import StartResult

log = logging.getLogger(__name__)

WATCH_AT_THE_LATEST_MS = 3000  # after start() (see _watch_soon)
# Places that start something rather than show a screen: what is on show stays until they do.
ACTIONS = frozenset({"run", "continue", "admin"})
WINDOW_TITLE = "Bond"  # never changes: the title must not reveal anything (PRIVACY.md)


class MainWindow(QMainWindow):
    """The shell (``features.base.Shell``): one instance per data folder."""

    def __init__(
        self,
        paths: AppPaths,
        service: VaultService,
        prefs: Preferences,
        support: SupportCatalog | Callable[[], SupportCatalog],
        content_root: Path,
        parent: QWidget | None = None,
        *,
        policy: Policy = Policy.none(),
        complete: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(WINDOW_TITLE)
        self.paths, self.service, self.prefs, self.policy = paths, service, prefs, policy
        self.content_root = content_root
        self.state = AppState(policy)
        self.screens = ScreenRegistry(self.ui.pages, self._current_dropped)
        self.ops = Ops(self)
        self.busy = BusyScreen()
        self.ui.pages.addWidget(self.busy)
        self.notifications: list[str] = []  # what was said in notifications (memory only)
        self.action_admin: QAction | None = None
        self._support_source = support
        self._pending_reminder = ""  # a banner waiting for the vault to be unlocked
        self._before_support: QWidget | None = None
        self._before_lock: QWidget | None = None
        self._locked = False
        self._shortcuts_dialog: QDialog | None = None
        self._places: dict[str, Feature] = {}
        # Built in two steps: here only what the first frame shows (menus, top bar, waiting
        # screen); ``complete`` adds the rest once that frame is painted (see there).
        self._completed = False
        # Where the focus will be once ``complete`` takes Hide out of the Tab chain, so the
        # first frame does not change when it does.
        self.ui.supportButton.setFocus()
        for bar in (self.ui.bannerLabel, self.ui.reminderBar, self.ui.sampleBar):
            bar.hide()
        self.rail, self.top_bar = build_frame(self, self.ui)  # the top bar and the rail
        set_navigation(self.ui, self.rail, False)
        geometry = prefs.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.rail.follow(self)
        if complete:
            self.complete()

    def complete(self) -> None:
        """Build the rest of the window (once; later calls do nothing).

        Run by the app right after the first frame is painted: what is built here imports the
        features' modules and makes PySide6 build its ``Qt`` namespace (~100 enums, ~30 ms),
        which would otherwise all come before anything is on screen (DECISIONS 29). No key can
        reach the window before its event loop runs, so no shortcut is missed."""
        if self._completed:
            return
        self._completed = True
        from bond.gui.feature_set import Features
        from bond.gui.features.base import Context
        from bond.gui.link_opener import LinkOpener
        from bond.gui.lock import LockWatcher
        from bond.gui.notify import Notifier
        from bond.gui.private_access import PrivateAccess
        from bond.gui.screens.home import HomeScreen
        from bond.gui.screens.lock import LockScreen
        from bond.gui.shell_page import frame_shell
        from bond.gui.widgets import enter_presses
        from bond.gui.widgets.policy_bar import policy_bar

        finish_frame(self.ui, self.top_bar)  # first: its style restyles only the frame so far
        self.notifier = Notifier(self.windowIcon(), self)
        enter_presses.install()  # Enter presses a focused button, as Space does
        frame_shell(self.ui, policy_bar(self.policy))  # the notices and every page: one edge
        home, self.lock_screen = HomeScreen(), LockScreen()
        self.watcher = LockWatcher(self)
        for screen in (home, self.lock_screen):
            self.ui.pages.addWidget(screen)
        self.access: PrivateAccess = PrivateAccess(self.state, self.service, self, self.locked)
        ctx = Context(
            self, self.screens, self.access, self.paths, self.service, self.prefs, self.policy
        )
        watcher, ops = self.watcher, self.ops
        self.features: Features = Features.make(
            ctx, home, self._support_source, lambda: watcher.last_activity, ops.busy
        )
        self._places = self.features.places()
        self.links: LinkOpener = LinkOpener(self)  # bond:// links, once Home has shown
        self._connect()

    # -- wiring ---------------------------------------------------------------------------------
    def _connect(self) -> None:
        from bond.gui.navigation import admin_action, connect_actions

        ui, f = self.ui, self.features
        connect_actions(
            self, ui, self.rail, self.go, self.prefs, f.settings.set_text_scale,
            escape=self._escape, hide=self.lock_now, shortcuts=self.show_shortcuts,
        )  # fmt: skip
        if self.policy.has_admin:
            self.action_admin = admin_action(self, ui, self.go)
        self.watcher.hide_requested.connect(self.lock_now)
        self.watcher.idle.connect(self._idle)
        self.lock_screen.unlock_requested.connect(self._unlock_from_lock)
        ui.reminderStartButton.clicked.connect(self._start_check_in)
        ui.reminderLaterButton.clicked.connect(ui.reminderBar.hide)
        ui.removeSampleButton.clicked.connect(f.clinic.remove_sample)
        f.vault.opened.connect(self._vault_opened)
        f.vault.ready.connect(self._vault_ready)
        f.home.shown.connect(self._home_shown)
        f.home.sample_known.connect(lambda s: ui.sampleBar.setVisible(s and not self.locked()))
        f.reminders.due.connect(self._remind)
        f.settings.idle_minutes_changed.connect(self._apply_idle_minutes)

    # -- the Shell interface (features.base.Shell) ------------------------------------------------
    def go(self, place: str, notice: str = "") -> None:
        from bond.gui.features.base import Place

        target = Place.parse(place)
        if target.kind == "start":
            self.start(notice)
        elif target.kind == "back":
            self._leave_support()
        elif target.kind in self._places:
            current = self.current_screen()
            if target.kind == "support":
                if self.screens.name_of(current) != "support":
                    stale = current is self.lock_screen and not self._locked  # just unlocked
                    self._before_support = None if stale else current
            elif target.kind not in ACTIONS:  # an action leaves nothing until it goes ahead
                self._before_support = None
                for feature in self.features.all():
                    feature.leave()
            self._places[target.kind].open(target, notice)
        else:
            log.warning("no such place: %s", Safe(target.kind))

    def present(self, screen: QWidget) -> bool:
        # While locked, only the lock screen and Get support may appear, whatever finishes later.
        name = self.screens.name_of(screen)
        if self._locked and not (screen is self.lock_screen or name == "support"):
            return False
        if self._completed:
            self.features.home.cancel()
        keychain = self.state.keychain
        if keychain is not None and not self.screens.is_private(screen):
            keychain.switch_to(None)  # leaving private screens locks PIN-guarded material
        if screen is not self.ui.pages.currentWidget() and screen is not self._before_support:
            scroll_to_top(screen)  # a new page opens at its top; leaving Get support does not
        switch_page(self.ui.pages, screen)  # the keyboard goes straight to the page
        home = self._completed and screen is self.features.home.screen
        self.rail.set_current("home" if home else rail_place(name))
        self.ui.sampleBar.setVisible(self.ui.sampleBar.isVisible() and home)  # said on Home
        bare = not self.rail.places_shown and screen is not self.busy  # first run, unlock
        self.rail.setHidden(name == "runner" or self._locked or bare)  # the whole window
        self.ui.supportButton.setChecked(name == "support")  # where you are, as in the rail
        self.top_bar.set_locked(self._locked)  # locked: no menus, only Hide and Get support now
        self.setWindowTitle(WINDOW_TITLE)
        if screen is not self.busy and self._completed and not self.watcher.wanted:
            self._watch_soon()  # the first real screen: Home, or whatever came before it
        return True

    def wait(self, message: str) -> None:
        self._reject_dialogs()
        self._close_vault()
        self._locked = False
        self._before_lock = self._before_support = None
        self.watcher.set_idle_minutes(0)
        self.ui.sampleBar.hide()
        self.ui.reminderBar.hide()
        self._pending_reminder = ""
        set_navigation(self.ui, self.rail, False)
        self.busy.set_message(message)
        self.present(self.busy)

    def run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.ops.run(fn, done, failed or self.unexpected)

    def unexpected(self, exc: BaseException) -> None:
        if isinstance(exc, VaultClosedError):  # its vault closed while it ran: nothing to show
            log.info("a background task finished after its vault closed; its result is dropped")
            return
        log.error(
            "unexpected error in a background task", exc_info=(type(exc), exc, exc.__traceback__)
        )
        show_unexpected(self, self.paths.log_file)

    def locked(self) -> bool:
        return self._locked

    def current_screen(self) -> QWidget:
        return self.ui.pages.currentWidget() or self.busy

    # -- start-up -------------------------------------------------------------------------------
    def start(self, notice: str = "") -> None:
        """Open the vault, or find what must be asked first, on the worker threads (after
        building the rest of the window when the app has not built it yet). ``notice`` shows
        in the banner (after a hand-back, say)."""
        # First, and alone: the workers' many short calls into SQLite would each wait for the UI
        # thread's turn with the interpreter lock (opening took ~100 ms instead of ~15). And
        # before the timers, whose work needs what it builds.
        self.complete()
        # Should no screen ever follow (an error while opening or loading), the watcher starts
        # anyway; it usually starts with the first screen (_watch_soon is idempotent).
        QTimer.singleShot(WATCH_AT_THE_LATEST_MS, self._watch_soon)
        self.features.reminders.start()
        self.features.clinic.start_timer()
        if self.features.clinic.wipe_if_due():
            return
        self.wait(self.tr("Opening your vault…"))
        if notice:
            self.ui.bannerLabel.setText(notice)
            self.ui.bannerLabel.show()
        root, service, policy = self.content_root, self.service, self.policy
        cache_dir = self.paths.cache_dir
        # The catalogue and the vault load side by side on the two worker threads: while one
        # waits on D-Bus or the disk, the other parses. Whichever finishes last goes on.
        arrived: dict[str, Any] = {}

        def arrive(what: str, value: object) -> None:
            arrived[what] = value
            if len(arrived) == 2:
                self._started(arrived["content"], arrived["result"])

        if self.state.content_ready:
            arrived["content"] = None
        else:
            from bond.content.loading import load_content

            self.run(
                lambda: load_content(root, policy.content_packs, policy.organisation, cache_dir),
                lambda content: arrive("content", content),
            )

        def open_vault() -> StartResult:
            from bond.services import startup  # imported here, off the UI thread

            return startup.start(service)

        self.run(open_vault, lambda result: arrive("result", result))

    def _started(self, content: tuple[Catalog, PackSet] | None, result: StartResult) -> None:
        from bond.services.startup import StartKind

        if content is not None and not self.state.content_ready:
            catalog, packs = content
            for problem in catalog.problems:
                log.warning("content problem: %s", Safe(str(problem)))
            for pack_problem in packs.problems:
                log.warning("content pack problem (pack skipped): %s", Safe(pack_problem))
            self.state.pack_reports = packs.reports
            self.features.support.merge_packs(packs)
            self.state.catalog = catalog  # whole: History and Progress still name hidden ones
            self.state.content_ready = True  # the browsers and the article view build on use
        if result.kind is not StartKind.OPENED:  # with a vault, once Home is shown
            self._first_screen_shown()
        self.features.vault.started(result)

    def _vault_opened(self) -> None:
        vault = self.state.vault
        if vault is not None and vault.temporary:
            self.ui.bannerLabel.setText(
                self.tr(
                    "Temporary session: nothing will be saved. When you close Bond, it is gone."
                )
            )
            self.ui.bannerLabel.show()
        else:
            self.ui.bannerLabel.hide()
        self.features.clinic.record_use()

    def _vault_ready(self) -> None:
        set_navigation(self.ui, self.rail, True)
        self._apply_idle_minutes()
        QTimer.singleShot(0, self._show_pending_reminder)
        self.go("home")

    def _home_shown(self) -> None:
        self.features.home.screen.focus_first()  # the greeting, for a screen reader too
        self._first_screen_shown()

    def _first_screen_shown(self) -> None:  # Home, unlock, first run...
        self.features.support.prepare()
        self._watch_soon()

    def _escape(self) -> None:
        """Escape leaves Get support, Settings, the lists and an article (never an exercise)."""
        name = self.screens.name_of(self.current_screen())
        if name:
            any(feature.escape(name) for feature in self.features.all())

    def _leave_support(self) -> None:
        if (target := self._before_support) is not None:
            self.present(target)  # where it was: as it was scrolled
            self._before_support = None
        elif self.state.vault is not None:
            self.go("home")
        else:
            self.present(self.screens.get("first-run", self.busy))

    # -- locking --------------------------------------------------------------------------------
    def lock_now(self) -> None:
        """Quick hide: at once, show only the neutral lock screen (nothing of what was there)."""
        if self.locked():
            return
        current = self.current_screen()
        if self.screens.name_of(current) == "support":
            current = self._before_support or self.busy
        self._before_support = None
        self._reject_dialogs()  # a PIN prompt or a question must not stay over the lock screen
        for feature in self.features.all():
            feature.lock()
        if self.state.keychain is not None:
            self.state.keychain.forget()
        vault = self.state.vault
        self._before_lock = None if vault is not None else current
        set_navigation(self.ui, self.rail, False)
        for bar in (self.ui.bannerLabel, self.ui.reminderBar, self.ui.sampleBar):
            bar.hide()
        self.watcher.pause()
        self._locked = True
        self.lock_screen.prepare(needs_passphrase=bool(vault and vault.uses_passphrase))
        self.present(self.lock_screen)
        log.info("locked")

    def _current_dropped(self) -> None:
        if self.state.keychain is not None:
            self.state.keychain.switch_to(None)
        self.busy.set_message("")
        self.ui.pages.setCurrentWidget(self.busy)  # until the next place shows

    def _reject_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()

    def _idle(self) -> None:
        if self.state.vault is not None and not self.locked():
            self.lock_now()

    def _apply_idle_minutes(self) -> None:
        minutes = self.policy.effective_idle_minutes(self.prefs.idle_minutes)
        self.watcher.set_idle_minutes(minutes if self.state.vault is not None else 0)

    def _unlock_from_lock(self, passphrase: str) -> None:
        vault = self.state.vault
        if vault is None:  # hidden during first run or unlock: nothing was open
            self._locked = False
            self.present(self._before_lock or self.busy)
            return
        if not vault.uses_passphrase:
            self._after_unlock()
            return
        service = self.service

        def failed(exc: BaseException) -> None:
            if isinstance(exc, WrongKeyError):
                self.lock_screen.show_error(self.tr("That passphrase does not open this vault."))
            else:
                self.lock_screen.show_error(self.tr("Bond could not unlock."))
                self.unexpected(exc)

        self.run(lambda: service.unlock(passphrase), lambda _k: self._after_unlock(), failed)

    def _after_unlock(self) -> None:
        self._locked = False
        self.features.clinic.record_use()
        vault = self.state.vault
        if vault is not None and vault.temporary:
            self.ui.bannerLabel.show()
        self._vault_ready()

    # -- reminders ------------------------------------------------------------------------------
    def _remind(self, text: str, check_in: bool) -> None:
        self.notifications.append(text)
        self.notifier.notify(WINDOW_TITLE, text)
        self.ui.reminderLabel.setText(text + ".")
        self.ui.reminderStartButton.setVisible(check_in)
        self._pending_reminder = text
        log.info("a reminder was shown")
        self._show_pending_reminder()

    def _show_pending_reminder(self) -> None:
        """The banner shows only over an open vault; a locked Bond keeps it for after unlock."""
        if self._pending_reminder and self.state.vault is not None and not self.locked():
            self.ui.reminderBar.show()
            self._pending_reminder = ""

    def _start_check_in(self) -> None:
        self.ui.reminderBar.hide()
        couple = self.state.couple()
        self.go("run/weekly-meeting?together=1" if couple else "run/weekly-check-in-alone")

    # -- help -----------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from bond.gui.help_menu import shortcuts_dialog

        if self._shortcuts_dialog is not None:
            self._shortcuts_dialog.deleteLater()
        self._shortcuts_dialog = shortcuts_dialog(self, self.ui.hideButton)

    # -- showing and closing ----------------------------------------------------------------------
    def _close_vault(self) -> None:
        if self._completed:
            for feature in self.features.all():
                feature.lock()  # an exercise pauses, unsealed figures are forgotten
                feature.close()  # reading marks finish writing
        self.state.keychain = None
        if self.state.vault is not None:
            self.state.vault.close()
            self.state.vault = None

    def _watch_soon(self) -> None:
        self.watcher.watch_soon(self)  # see LockWatcher.watch_soon

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._completed:
            self.watcher.window_shown(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._completed:
            self.watcher.stop_watching()
        self.prefs.set_window_geometry(self.saveGeometry())
        self.prefs.sync()
        self.ops.wait(10_000)
        self._close_vault()
        super().closeEvent(event)
