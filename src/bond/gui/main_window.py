"""The shell: navigation, the start-up flow, and the screens it shows.

Data flows one way: a screen emits an intent, the window runs the service call off the UI thread
(:class:`Ops`), and the result comes back to update the screens. Screens never touch storage.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from bond import version
from bond.config import AppPaths
from bond.domain.policy import Policy
from bond.domain.reminders import ReminderKind, ReminderPlan, due_kinds
from bond.errors import (
    BondError,
    DamagedVaultError,
    LockedError,
    NewerVaultError,
    UnreadableVaultError,
    VaultClosedError,
    WrongKeyError,
)
from bond.gui.crash import show_unexpected
from bond.gui.forms.ui_main_window import Ui_MainWindow
from bond.gui.ops import Ops
from bond.gui.preferences import MAX_SCALE, MIN_SCALE, SCALE_STEP, Preferences
from bond.gui.screens.busy import BusyScreen
from bond.gui.theme import apply_theme
from bond.logging_setup import Safe
from bond.security.secrets import SecretStoreError
from bond.services.vault_service import OpenVault, VaultService

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent

    # Also the modules the window needs only once its first frame is painted (``complete``):
    # importing them earlier would build PySide6's Qt namespace and the screens before anything
    # is on screen (DECISIONS 29). They are imported where they are used.
    from bond.content.catalog import Catalog
    from bond.content.packs import PackReport, PackSet
    from bond.content.support import SupportCatalog
    from bond.domain.profiles import Household, Profile
    from bond.gui.screens.agreements import AgreementsScreen
    from bond.gui.screens.article import ArticleScreen
    from bond.gui.screens.boundaries import BoundariesScreen
    from bond.gui.screens.exercises import ExercisesScreen
    from bond.gui.screens.first_run import FirstRunScreen
    from bond.gui.screens.history import HistoryScreen
    from bond.gui.screens.library import LibraryScreen
    from bond.gui.screens.problem import ProblemScreen
    from bond.gui.screens.progress import ProgressScreen
    from bond.gui.screens.runner import RunnerScreen
    from bond.gui.screens.settings import SettingsScreen
    from bond.gui.screens.support import SupportScreen
    from bond.gui.screens.unlock import UnlockScreen
    from bond.services.custody import CustodyService
    from bond.services.exercise_run import ExerciseRun
    from bond.services.home_overview import HomeOverview
    from bond.services.keychain import Keychain
    from bond.services.startup import FirstRunPlan, StartResult
    from bond.services.wipe import WipeReport

log = logging.getLogger(__name__)

REMINDER_CHECK_MS = 30_000
PROGRESS_WARM_MS = 1500  # after Home appears: the first moments belong to the person
SUPPORT_READY_MS = 800  # after the first screen: Get support is then built before anyone asks
WATCH_AT_THE_LATEST_MS = 3000  # after start() (see _watch_soon)
AUTO_WIPE_CHECK_MS = 60_000  # how often an open Bond records use and checks the policy's limit
# The menu actions' keys, set by ``_connect`` once the first frame is painted, not in
# main_window.ui: setting any shortcut makes PySide6 build its whole Qt namespace (~30 ms).
ACTION_KEYS = {
    "actionHome": "Ctrl+H",
    "actionExercises": "Ctrl+E",
    "actionLibrary": "Ctrl+L",
    "actionAgreements": "Ctrl+G",
    "actionBoundaries": "Ctrl+B",
    "actionProgress": "Ctrl+P",
    "actionHistory": "Ctrl+Y",
    "actionSettings": "Ctrl+,",
    "actionQuit": "Ctrl+Q",
    "actionLargerText": "Ctrl++",
    "actionSmallerText": "Ctrl+-",
    "actionResetText": "Ctrl+0",
    "actionSupport": "F1",
    "actionShortcuts": "Ctrl+/",
}
WINDOW_TITLE = "Bond"  # never changes: the title must not reveal anything (PRIVACY.md)


def load_content(
    root: Path, packs: tuple[Path, ...] = (), organisation: str = "", cache_dir: Path | None = None
) -> tuple[Catalog, PackSet]:
    """Bond's own catalogue with the clinic's packs merged in (runs on a worker thread).

    With ``cache_dir``, Bond's own catalogue comes from its cached copy while the content files
    are unchanged (:mod:`bond.content.cache`); packs are always read and checked.
    """
    from bond.content.model import PackSet

    if cache_dir is None:
        from bond.content.catalog import load_catalog

        catalog = load_catalog(root)
    else:
        from bond.content.cache import load_catalog_cached

        catalog = load_catalog_cached(root, cache_dir)
    if not packs:
        return catalog, PackSet()
    from bond.content.packs import load_packs, merge_catalog  # the parsers: only for packs

    started = time.perf_counter()
    # As with Bond's own contacts, a wrong system clock must not hide a pack's.
    loaded = load_packs(packs, organisation, builtin=catalog, today=date.max - timedelta(days=366))
    log.info("content packs checked in %.0f ms", (time.perf_counter() - started) * 1000)
    return merge_catalog(catalog, loaded), loaded


class MainWindow(QMainWindow):
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
        self.paths = paths
        self.policy = policy
        # What happened to each clinic content pack (filled by the pack loader; admin mode).
        self.pack_reports: Sequence[PackReport] = ()
        # The wall clock, replaceable in tests (auto-wipe compares it with the last use).
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._recorded_activity: float | None = None
        self._auto_wipe_timer = QTimer(self)
        self._auto_wipe_timer.setInterval(AUTO_WIPE_CHECK_MS)
        self._auto_wipe_timer.timeout.connect(self._auto_wipe_tick)
        self._admin_dialog: QDialog | None = None
        self.action_admin: QAction | None = None
        self.last_wipe: WipeReport | None = None  # the last hand-back's report (paths only)
        self.service = service
        self.prefs = prefs
        self.ops = Ops(self)
        # Reading marks for one article can be saved twice at once (a choice, then the place on
        # leaving); one thread commits them in order, so neither both insert the same new row.
        self._reading_writes = Ops(self, max_threads=1)
        self.vault: OpenVault | None = None
        self._profiles: list[Profile] = []
        self._household: Household | None = None
        self._before_support: QWidget | None = None
        self._home_wanted = False
        self._progress_warm = False
        self.notifications: list[str] = []  # what was said in notifications (memory only)
        self._pending_reminder = ""  # a banner waiting for the vault to be unlocked
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(REMINDER_CHECK_MS)
        self._reminder_timer.timeout.connect(self._check_reminders)

        # The window is built in two steps. Here, only what its first frame shows: the menus,
        # the top bar and the waiting screen. ``complete`` adds Home, the lock screen, the
        # shortcuts and the lock watcher once that frame is painted (the app calls it then;
        # ``start`` makes sure of it). Every other screen is built (and its module imported)
        # the first time it is used. ``_screens`` holds those built so far.
        self._completed = False
        self._restore_tried = False  # the latest backup was just restored (see _show_problem)
        # The lock watcher's app-wide filter starts once the first screen is up (_watch_activity).
        self._watch_wanted = False
        self._watch_scheduled = False
        self.watching = False  # the watcher's filter is installed (keys and clicks are seen)
        self._screens: dict[str, QWidget] = {}
        self._support_source = support
        self._support_catalog: SupportCatalog | None = None
        self.busy = BusyScreen()
        self.content_root = content_root
        self._catalog: Catalog | None = None  # loaded on a worker by ``start``
        self._content_ready = False
        self._article_return: str | None = None  # article to go back to from an exercise link
        self._before_lock: QWidget | None = None
        self._locked = False
        self.runner: RunnerScreen | None = None
        self.keychain: Keychain | None = None
        self.first_run: FirstRunScreen | None = None
        self._shortcuts_dialog: QDialog | None = None
        self.ui.pages.addWidget(self.busy)
        # Where the focus will be once ``complete`` takes Hide out of the Tab chain, so the
        # first frame does not change when it does.
        self.ui.supportButton.setFocus()
        self.ui.bannerLabel.hide()
        self.ui.reminderBar.hide()
        self.ui.sampleBar.hide()
        self._set_navigation(False)
        geometry = prefs.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if complete:
            self.complete()

    def complete(self) -> None:
        """Build the rest of the window (once; later calls do nothing).

        Run by the app right after the first frame is painted: what is built here imports the
        screens' modules and makes PySide6 build its ``Qt`` namespace (~100 enums, ~30 ms),
        which would otherwise all come before anything is on screen (DECISIONS 29). No key can
        reach the window before its event loop runs, so no shortcut is missed."""
        if self._completed:
            return
        self._completed = True
        from bond.gui.lock import LockWatcher
        from bond.gui.notify import Notifier
        from bond.gui.screens.home import HomeScreen
        from bond.gui.screens.lock import LockScreen

        self.notifier = Notifier(self.windowIcon(), self)
        self.home = HomeScreen()
        self.lock_screen = LockScreen()
        self.watcher = LockWatcher(self)
        for screen in (self.home, self.lock_screen):
            self.ui.pages.addWidget(screen)
        self._wrap_navigation()
        self._add_policy_bar()
        self._connect()

    @property
    def catalog(self) -> Catalog:
        """What Bond offers, loaded on a worker thread by ``start``; empty until then (the
        module is imported here only when something asks that early)."""
        if self._catalog is None:
            from bond.content.catalog import Catalog

            self._catalog = Catalog()
        return self._catalog

    @catalog.setter
    def catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog

    # -- a clinic's policy ------------------------------------------------------------------
    def organisation(self) -> str:
        """Who manages this computer, for "Managed by …" and "Suggested by …": the policy's
        name, or (translated) "your organisation" when the file gave none or could not be read."""
        return self.policy.organisation or self.tr("your organisation")

    def _wrap_navigation(self) -> None:
        """The screen buttons wrap onto a second row rather than being squeezed until their
        words are cut (200% text, longer Spanish words). Hide stays out of the Tab chain: one
        stray Tab and Space would lock the app; Ctrl+Shift+H and Shift three times reach it."""
        from PySide6.QtCore import Qt

        from bond.gui.widgets.flow_layout import FlowLayout

        ui = self.ui
        ui.hideButton.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        row = ui.navRow
        flow = FlowLayout(spacing=row.spacing())
        flow.setObjectName("navFlow")
        while row.count():
            item = row.takeAt(0)
            if item is not None and item.widget() is not None:
                flow.addWidget(item.widget())  # same parent (topBar): the Tab order is kept
        ui.topBarLayout.insertLayout(ui.topBarLayout.indexOf(row), flow)
        ui.topBarLayout.removeItem(row)
        row.deleteLater()

    def _add_policy_bar(self) -> None:
        """A policy file that could not be read: said once, calmly, naming the file and the
        first problem; Bond runs with its safest settings (``Policy.locked_down``)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

        self.policy_bar = QFrame()
        self.policy_bar.setObjectName("policyBar")
        self.policy_bar.setProperty("role", "banner")
        layout = QHBoxLayout(self.policy_bar)
        self.policy_label = QLabel()
        self.policy_label.setObjectName("policyLabel")
        self.policy_label.setWordWrap(True)
        self.policy_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.policy_label, 1)
        dismiss = QPushButton(self.tr("&OK"))
        dismiss.setObjectName("policyDismissButton")
        dismiss.setAccessibleName(self.tr("Dismiss the notice about the policy file"))
        dismiss.clicked.connect(self.policy_bar.hide)
        layout.addWidget(dismiss)
        self.ui.centralLayout.insertWidget(
            self.ui.centralLayout.indexOf(self.ui.pages), self.policy_bar
        )
        policy = self.policy
        if policy.valid or policy.source is None:
            self.policy_bar.hide()
            return
        text = (
            self.tr(
                "Bond could not use this computer's policy file, %1, so it is using its safest "
                "settings: a passphrase is required, it locks after %2 minutes, and exports are "
                "off. Please let whoever looks after this computer know. First problem: %3"
            )
            .replace("%1", str(policy.source))
            .replace("%2", str(policy.idle_lock_minutes))
            .replace("%3", policy.problems[0])
        )
        self.policy_label.setText(text)
        self.policy_label.setAccessibleName(text)

    def _idle_minutes(self) -> int:
        return self.policy.effective_idle_minutes(self.prefs.idle_minutes)

    def _offered(self, catalog: Catalog) -> Catalog:
        """The catalogue without the exercises the organisation chose not to offer here."""
        hidden = set(self.policy.hidden_exercises)
        if not hidden:
            return catalog
        return dataclasses.replace(
            catalog, exercises={k: e for k, e in catalog.exercises.items() if k not in hidden}
        )

    def _featured(self) -> list[tuple[str, str]]:
        offered = self._offered(self.catalog).exercises
        return [(e, offered[e].title) for e in self.policy.featured_exercises if e in offered]

    def _show_featured_exercise(self, exercise_id: str) -> None:
        self.show_exercises()
        if self._content_ready:
            self.exercises.select(exercise_id)

    # -- wiring -----------------------------------------------------------------------------
    def _connect(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        ui = self.ui
        for name, keys in ACTION_KEYS.items():
            getattr(ui, name).setShortcut(QKeySequence(keys))
        ui.supportButton.clicked.connect(self.show_support)
        ui.actionSupport.triggered.connect(self.show_support)
        ui.homeButton.clicked.connect(self.show_home)
        ui.actionHome.triggered.connect(self.show_home)
        ui.settingsButton.clicked.connect(self.show_settings)
        ui.actionSettings.triggered.connect(self.show_settings)
        ui.actionQuit.triggered.connect(self.close)
        ui.exercisesButton.clicked.connect(self.show_exercises)
        ui.libraryButton.clicked.connect(self.show_library)
        ui.actionLibrary.triggered.connect(self.show_library)
        ui.actionExercises.triggered.connect(self.show_exercises)
        ui.agreementsButton.clicked.connect(self.show_agreements)
        ui.actionAgreements.triggered.connect(self.show_agreements)
        ui.boundariesButton.clicked.connect(self.show_boundaries)
        ui.actionBoundaries.triggered.connect(self.show_boundaries)
        ui.progressButton.clicked.connect(self.show_progress)
        ui.actionProgress.triggered.connect(self.show_progress)
        ui.actionHistory.triggered.connect(self.show_history)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        ui.actionLargerText.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        ui.actionSmallerText.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        ui.actionLargerText.triggered.connect(
            lambda: self.set_text_scale(self.prefs.text_scale + SCALE_STEP)
        )
        ui.actionSmallerText.triggered.connect(
            lambda: self.set_text_scale(self.prefs.text_scale - SCALE_STEP)
        )
        ui.actionResetText.triggered.connect(lambda: self.set_text_scale(MIN_SCALE))
        for action in (
            ui.actionSupport,
            ui.actionQuit,
            ui.actionLargerText,
            ui.actionSmallerText,
            ui.actionResetText,
            ui.actionHome,
            ui.actionSettings,
            ui.actionExercises,
            ui.actionLibrary,
            ui.actionAgreements,
            ui.actionBoundaries,
            ui.actionProgress,
            ui.actionHistory,
            ui.actionShortcuts,
        ):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.addAction(action)

        if self.policy.has_admin:
            # Only on a managed device with an admin passphrase; listed with the other keys.
            admin = QAction(self.tr("A&dmin mode…"), self)
            admin.setObjectName("actionAdmin")
            admin.setShortcut(QKeySequence("Ctrl+Alt+A"))
            admin.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            admin.triggered.connect(self.show_admin)
            ui.menuBond.insertAction(ui.actionQuit, admin)
            ui.menuBond.insertSeparator(ui.actionQuit)
            self.addAction(admin)
            self.action_admin = admin
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setWhatsThis(self.tr("Leave this screen (never an exercise)"))
        escape.activated.connect(self._escape)
        hide = QShortcut(QKeySequence("Ctrl+Shift+H"), self)
        hide.setWhatsThis(ui.hideButton.accessibleName())
        hide.setContext(Qt.ShortcutContext.ApplicationShortcut)
        hide.activated.connect(self.lock_now)
        ui.hideButton.clicked.connect(self.lock_now)
        self.watcher.hide_requested.connect(self.lock_now)
        self.watcher.idle.connect(self._idle)
        self.lock_screen.unlock_requested.connect(self._unlock_from_lock)
        self.home.add_partner_requested.connect(self._add_partner)
        self.home.support_requested.connect(self.show_support)
        self.home.exercises_requested.connect(self.show_exercises)
        self.home.continue_requested.connect(self._continue_session)
        self.home.exercise_requested.connect(self._start_exercise)
        self.home.article_requested.connect(self.open_article)
        self.home.featured_requested.connect(self._show_featured_exercise)
        self.ui.reminderStartButton.clicked.connect(self._start_check_in)
        self.ui.reminderLaterButton.clicked.connect(self.ui.reminderBar.hide)
        self.ui.removeSampleButton.clicked.connect(self._remove_sample)

    # -- screens built on first use ------------------------------------------------------------
    def _built(self, *names: str) -> list[QWidget]:
        """The screens among ``names`` that exist already (looking never builds one)."""
        return [self._screens[n] for n in names if n in self._screens]

    def _is(self, screen: QWidget | None, *names: str) -> bool:
        """Whether ``screen`` is one of the named screens (without building any)."""
        return screen is not None and any(screen is built for built in self._built(*names))

    def _adopt(self, name: str, screen: QWidget) -> None:
        self._screens[name] = screen
        self.ui.pages.addWidget(screen)

    @property
    def unlock(self) -> UnlockScreen:
        if "unlock" not in self._screens:
            from bond.gui.screens.unlock import UnlockScreen

            screen = UnlockScreen()
            screen.unlock_requested.connect(self._unlock)
            screen.temporary_requested.connect(self._start_temporary)
            self._adopt("unlock", screen)
        return self._screens["unlock"]  # type: ignore[return-value]

    @property
    def problem(self) -> ProblemScreen:
        if "problem" not in self._screens:
            from bond.gui.screens.problem import ProblemScreen

            screen = ProblemScreen()
            screen.retry_requested.connect(self.start)
            screen.temporary_requested.connect(self._start_temporary)
            screen.restore_requested.connect(self._restore)
            screen.quit_requested.connect(self.close)
            self._adopt("problem", screen)
        return self._screens["problem"]  # type: ignore[return-value]

    def _support_content(self) -> SupportCatalog:
        """Bond's own contacts (read on first need), with a clinic pack's merged in."""
        from bond.content.support import SupportCatalog

        if self._support_catalog is None:
            source = self._support_source
            self._support_catalog = source if isinstance(source, SupportCatalog) else source()
        return self._support_catalog

    @property
    def support(self) -> SupportScreen:
        """Get support now. Built on the first F1, or shortly after Home appears, whichever
        comes first (building it takes a few tens of milliseconds)."""
        if "support" not in self._screens:
            from bond.gui.screens.support import SupportScreen

            screen = SupportScreen(self._support_content(), self.prefs.region)
            screen.back_requested.connect(self._leave_support)
            screen.calm_requested.connect(self._calm_from_support)
            screen.region_chosen.connect(self._remember_region)
            self._adopt("support", screen)
        return self._screens["support"]  # type: ignore[return-value]

    @property
    def settings(self) -> SettingsScreen:
        if "settings" not in self._screens:
            from bond.gui.screens.settings import SettingsScreen

            prefs = self.prefs
            screen = SettingsScreen(prefs.theme, prefs.text_scale, language=prefs.language)
            screen.apply_policy(self.policy, self.organisation())
            screen.idle_minutes_chosen.connect(self._set_idle_minutes)
            screen.reminders_changed.connect(self._save_reminders)
            screen.autostart_chosen.connect(self._set_autostart)
            screen.ui.exportJsonButton.clicked.connect(self._export_json)
            screen.ui.exportPdfButton.clicked.connect(self._export_pdf)
            screen.ui.backupButton.clicked.connect(self._backup)
            screen.ui.restoreButton.clicked.connect(self._restore_from_file)
            screen.ui.importButton.clicked.connect(self._import_json)
            screen.theme_chosen.connect(self.set_theme)
            screen.text_scale_chosen.connect(self.set_text_scale)
            screen.language_chosen.connect(self._set_language)
            screen.reduced_motion_chosen.connect(self._set_reduced_motion)
            screen.back_requested.connect(self.show_home)
            screen.passphrase_requested.connect(self._set_or_change_passphrase)
            screen.remove_passphrase_requested.connect(self._remove_passphrase)
            screen.keyring_toggle_requested.connect(self._toggle_keyring)
            screen.pin_requested.connect(self._change_pin)
            screen.forgot_pin_requested.connect(self._forgot_pin)
            self._adopt("settings", screen)
        return self._screens["settings"]  # type: ignore[return-value]

    @property
    def agreements_screen(self) -> AgreementsScreen:
        if "agreements" not in self._screens:
            from bond.gui.screens.agreements import AgreementsScreen

            screen = AgreementsScreen()
            screen.retire_requested.connect(self._retire_agreement)
            self._adopt("agreements", screen)
        return self._screens["agreements"]  # type: ignore[return-value]

    @property
    def boundaries_screen(self) -> BoundariesScreen:
        if "boundaries" not in self._screens:
            from bond.gui.screens.boundaries import BoundariesScreen

            screen = BoundariesScreen()
            screen.profile_chosen.connect(lambda _p: self._load_boundaries())
            screen.save_requested.connect(self._save_boundary)
            screen.used_requested.connect(self._boundary_used)
            screen.retire_requested.connect(self._retire_boundary)
            screen.unlock_requested.connect(lambda: self._load_boundaries(focus=True, ask=True))
            self._adopt("boundaries", screen)
        return self._screens["boundaries"]  # type: ignore[return-value]

    @property
    def progress(self) -> ProgressScreen:
        if "progress" not in self._screens:
            from bond.gui.screens.progress import ProgressScreen

            screen = ProgressScreen()
            screen.filters_changed.connect(self._load_progress)
            screen.history_requested.connect(self.show_history)
            self._adopt("progress", screen)
        return self._screens["progress"]  # type: ignore[return-value]

    @property
    def history(self) -> HistoryScreen:
        if "history" not in self._screens:
            from bond.gui.screens.history import HistoryScreen

            screen = HistoryScreen()
            screen.person_chosen.connect(lambda _p: self._load_history())
            screen.session_chosen.connect(self._load_session)
            screen.back_requested.connect(self.show_progress)
            self._adopt("history", screen)
        return self._screens["history"]  # type: ignore[return-value]

    @property
    def exercises(self) -> ExercisesScreen:
        """The exercise list (needs the catalogue: use only once ``_content_ready``)."""
        if "exercises" not in self._screens:
            from bond.gui.screens.exercises import ExercisesScreen

            screen = ExercisesScreen(
                self._offered(self.catalog),
                featured=self.policy.featured_exercises,
                organisation=self.organisation(),
            )
            screen.start_requested.connect(self._start_exercise)
            screen.article_requested.connect(self.open_article)
            screen.return_requested.connect(self._return_to_article)
            self._adopt("exercises", screen)
        return self._screens["exercises"]  # type: ignore[return-value]

    @property
    def library(self) -> LibraryScreen:
        if "library" not in self._screens:
            from bond.gui.screens.library import LibraryScreen

            screen = LibraryScreen(self.catalog.articles)
            screen.open_requested.connect(self.open_article)
            screen.reader_chosen.connect(lambda _p: self.show_library())
            self._adopt("library", screen)
        return self._screens["library"]  # type: ignore[return-value]

    @property
    def article_view(self) -> ArticleScreen:
        if "article" not in self._screens:
            from bond.gui.screens.article import ArticleScreen

            catalog, offered = self.catalog, self._offered(self.catalog)
            screen = ArticleScreen(
                catalog.sources,
                {e.id: e.title for e in offered.exercises.values()},
                {a.slug: a.title for a in catalog.articles.values()},
            )
            screen.back_requested.connect(lambda: self.show_library(keep_search=True))
            screen.not_now.connect(self.show_library)
            screen.article_requested.connect(self.open_article)
            screen.exercise_requested.connect(self._exercise_from_article)
            screen.state_changed.connect(self._reading_changed)
            self._adopt("article", screen)
        return self._screens["article"]  # type: ignore[return-value]

    # -- locking ----------------------------------------------------------------------------
    def locked(self) -> bool:
        return self._locked

    def lock_now(self) -> None:
        """Quick hide: at once, show only the neutral lock screen (nothing of what was there)."""
        if self.locked():
            return
        current = self.current_screen()
        if self._is(current, "support"):
            current = self._before_support or self.busy
        self._before_support = None
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()  # a PIN prompt or a question must not stay over the lock screen
        if self.runner is not None:
            self.runner.close_for_lock()
            self._drop_runner()
        if self.keychain is not None:
            self.keychain.forget()
        vault = self.vault
        self._before_lock = None if vault is not None else current
        self._set_navigation(False)
        self.ui.bannerLabel.hide()
        self.ui.reminderBar.hide()
        self.ui.sampleBar.hide()
        self.watcher.pause()
        self._locked = True
        self._progress_warm = False  # the lock forgot the unsealed ratings
        self.lock_screen.prepare(needs_passphrase=bool(vault and vault.uses_passphrase))
        self._show(self.lock_screen)
        log.info("locked")

    def _idle(self) -> None:
        if self.vault is not None and not self.locked():
            self.lock_now()

    def _set_idle_minutes(self, minutes: int) -> None:
        self.prefs.idle_minutes = minutes
        self.watcher.set_idle_minutes(self._idle_minutes() if self.vault is not None else 0)

    def _unlock_from_lock(self, passphrase: str) -> None:
        vault = self.vault
        if vault is None:  # hidden during first run or unlock: nothing was open
            self._locked = False
            self._show(self._before_lock or self.busy)
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
                self._on_unexpected(exc)

        self._run(lambda: service.unlock(passphrase), lambda _k: self._after_unlock(), failed)

    def _after_unlock(self) -> None:
        self._locked = False
        self._record_use()
        QTimer.singleShot(0, self._show_pending_reminder)
        self._set_navigation(True)
        if self.vault is not None and self.vault.temporary:
            self.ui.bannerLabel.show()
        self.watcher.set_idle_minutes(self._idle_minutes())
        self.show_home()

    def _install_catalog(self, catalog: Catalog, packs: PackSet) -> None:
        """Take the catalogue once it has loaded (off the first frame)."""
        if self._content_ready:
            return
        for problem in catalog.problems:
            log.warning("content problem: %s", Safe(str(problem)))
        for pack_problem in packs.problems:
            log.warning("content pack problem (pack skipped): %s", Safe(pack_problem))
        self.pack_reports = packs.reports
        if packs.support:
            from bond.content.packs import merge_support  # the parsers: only with packs

            merged = merge_support(self._support_content(), packs, self.policy.support_mode)
            self._support_catalog = merged
            for screen in self._built("support"):
                cast("SupportScreen", screen).set_catalog(merged)
        self.catalog = catalog  # whole: History and Progress still name hidden exercises
        self._content_ready = True  # Exercises, Library and the article view are built on use

    def _escape(self) -> None:
        """Escape leaves Get support, Settings, the lists and an article (never an exercise)."""
        screen = self.current_screen()
        if self._is(screen, "support"):
            self._leave_support()
        elif self._is(screen, "exercises") and self._article_return:
            self._return_to_article()
        elif self._is(screen, "article"):
            self.article_view.ui.backButton.click()
        elif self._is(screen, "settings", "agreements", "boundaries", "exercises", "library"):
            self.show_home()

    def _set_navigation(self, open_: bool) -> None:
        ui = self.ui
        for widget in (
            ui.homeButton,
            ui.settingsButton,
            ui.exercisesButton,
            ui.libraryButton,
            ui.agreementsButton,
            ui.boundariesButton,
            ui.progressButton,
        ):
            widget.setVisible(open_)
        for action in (
            ui.actionHome,
            ui.actionSettings,
            ui.actionExercises,
            ui.actionLibrary,
            ui.actionAgreements,
            ui.actionBoundaries,
            ui.actionProgress,
            ui.actionHistory,
        ):
            action.setEnabled(open_)

    def _show(self, screen: QWidget) -> None:
        # While locked, only the lock screen and Get support may appear, whatever finishes later.
        if self._locked and not (screen is self.lock_screen or self._is(screen, "support")):
            return
        self._home_wanted = False  # a later arrival of Home's data must not take over
        if self.keychain is not None and not (
            (self.runner is not None and screen is self.runner)
            or self._is(screen, "boundaries", "progress", "history", "support")
        ):
            self.keychain.switch_to(None)  # leaving private screens locks PIN-guarded material
        self.ui.pages.setCurrentWidget(screen)
        self.setWindowTitle(WINDOW_TITLE)
        if screen is not self.busy and not self._watch_wanted and self._completed:
            self._watch_soon()  # the first real screen: Home, or whatever came before it

    def current_screen(self) -> QWidget:
        return self.ui.pages.currentWidget()

    def _run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.ops.run(fn, on_done, on_error or self._on_unexpected)

    # -- start-up ---------------------------------------------------------------------------
    def start(self) -> None:
        """Open the vault, or find what must be asked first, on the worker threads (after
        building the rest of the window when the app has not built it yet)."""
        # First, and alone: the workers' many short calls into SQLite would each wait for the UI
        # thread's turn with the interpreter lock (opening took ~100 ms instead of ~15). And
        # before the timers, whose work needs what it builds.
        self.complete()
        # Should no screen ever follow (an error while opening or loading), the watcher starts
        # anyway; it usually starts with the first screen (_watch_soon is idempotent).
        QTimer.singleShot(WATCH_AT_THE_LATEST_MS, self._watch_soon)
        if not self._reminder_timer.isActive():
            self._reminder_timer.start()
            QTimer.singleShot(3000, self._check_reminders)
        if self.policy.auto_wipe_after_hours and not self._auto_wipe_timer.isActive():
            self._auto_wipe_timer.start()
        if self._auto_wipe_due():
            self._auto_wipe()
            return
        self._close_vault()
        self._set_navigation(False)
        self.busy.set_message(self.tr("Opening your vault…"))
        self._show(self.busy)
        root, service = self.content_root, self.service
        packs, organisation = self.policy.content_packs, self.policy.organisation
        cache_dir = self.paths.cache_dir
        # The catalogue and the vault load side by side on the two worker threads: while one
        # waits on D-Bus or the disk, the other parses. Whichever finishes last goes on.
        arrived: dict[str, Any] = {}

        def arrive(what: str, value: object) -> None:
            arrived[what] = value
            if len(arrived) == 2:
                self._on_start((arrived["content"], arrived["result"]))

        if self._content_ready:
            arrived["content"] = None
        else:
            self._run(
                lambda: load_content(root, packs, organisation, cache_dir),
                lambda content: arrive("content", content),
            )

        def open_vault() -> StartResult:
            from bond.services import startup  # imported here, off the UI thread

            return startup.start(service)

        self._run(open_vault, lambda result: arrive("result", result))

    def _on_start(self, loaded: tuple[tuple[Catalog, PackSet] | None, StartResult]) -> None:
        from bond.services.startup import StartKind

        content, result = loaded
        if content is not None:
            self._install_catalog(*content)
        if result.kind is not StartKind.PROBLEM:
            self._restore_tried = False
        if result.kind is not StartKind.OPENED:  # with a vault, once Home is shown
            self._first_screen_shown()
        match result.kind:
            case StartKind.FIRST_RUN:
                self._show_first_run(keyring_available=result.keyring_available)
            case StartKind.NEEDS_PASSPHRASE:
                self.unlock.reset()
                self._show(self.unlock)
                self.unlock.ui.passphraseEdit.setFocus()
            case StartKind.OPENED:
                assert result.vault is not None
                self._vault_opened(result.vault, needs_profiles=result.needs_profiles)
            case StartKind.PROBLEM:
                assert result.error is not None
                self._show_problem(result.error)

    def _show_first_run(self, *, keyring_available: bool, profiles_only: bool = False) -> None:
        from bond.gui.screens.first_run import FirstRunScreen

        if self.first_run is not None:
            self.ui.pages.removeWidget(self.first_run)
            self.first_run.deleteLater()
        self.first_run = FirstRunScreen(
            keyring_available=keyring_available,
            profiles_only=profiles_only,
            temporary=bool(self.vault and self.vault.temporary),
            passphrase_required_by=self.organisation() if self.policy.require_passphrase else "",
        )
        self.first_run.submitted.connect(self._first_run_submitted)
        self.ui.pages.addWidget(self.first_run)
        self._show(self.first_run)
        self.first_run.ui.nextButton.setFocus()

    def _first_run_submitted(self, plan: FirstRunPlan) -> None:
        from bond.services import startup

        screen = self.first_run
        assert screen is not None

        def failed(exc: BaseException) -> None:
            if isinstance(exc, BondError | ValueError):
                screen.show_error(exc.message if isinstance(exc, BondError) else str(exc))
            else:
                screen.show_error(self.tr("Bond could not finish setting up. Nothing was saved."))
                self._on_unexpected(exc)

        if self.vault is not None:  # the vault exists already; only profiles are missing
            vault = self.vault
            self._run(
                lambda: startup.add_profiles(vault, plan.household, plan.names),
                lambda v: self._vault_opened(v, needs_profiles=False),
                failed,
            )
            return
        self._run(
            lambda: startup.complete_first_run(self.service, plan),
            lambda v: self._vault_opened(v, needs_profiles=False),
            failed,
        )

    def _unlock(self, passphrase: str) -> None:
        from bond.services import startup

        def failed(exc: BaseException) -> None:
            if isinstance(exc, WrongKeyError):
                self.unlock.show_error(
                    self.tr(
                        "That passphrase does not open this vault. "
                        "Please try again; nothing was changed."
                    )
                )
            elif isinstance(exc, BondError):
                self._show_problem(exc)
            else:
                self.unlock.show_error(self.tr("Bond could not unlock the vault."))
                self._on_unexpected(exc)

        def opened(result: StartResult) -> None:
            assert result.vault is not None
            self._vault_opened(result.vault, needs_profiles=result.needs_profiles)

        self._run(lambda: startup.unlock_with_passphrase(self.service, passphrase), opened, failed)

    def _start_temporary(self) -> None:
        self._close_vault()
        self.busy.set_message(self.tr("Starting a temporary session…"))
        self._show(self.busy)
        self._run(VaultService.temporary, lambda v: self._vault_opened(v, needs_profiles=True))

    def _vault_opened(self, vault: OpenVault, *, needs_profiles: bool) -> None:
        from bond.services.keychain import Keychain

        self.vault = vault
        self.keychain = Keychain(vault)
        self._progress_warm = False
        if vault.temporary:
            self.ui.bannerLabel.setText(
                self.tr(
                    "Temporary session: nothing will be saved. When you close Bond, it is gone."
                )
            )
            self.ui.bannerLabel.show()
        else:
            self.ui.bannerLabel.hide()
        if vault.backup_path is not None:
            log.info("vault upgraded after a backup")
        if not vault.temporary:
            from bond.services.rolling_backups import take_daily

            def not_taken(_exc: BaseException) -> None:
                log.warning("the daily backup could not be taken")  # Bond goes on; told in log

            self._run(lambda: take_daily(vault), lambda _path: None, not_taken)
        self._record_use()
        if needs_profiles:
            self._show_first_run(keyring_available=False, profiles_only=True)
            return
        self._set_navigation(True)
        self.watcher.set_idle_minutes(self._idle_minutes())
        QTimer.singleShot(0, self._show_pending_reminder)
        self.show_home()

    # -- screens ----------------------------------------------------------------------------
    def show_home(self, notice: str = "") -> None:
        vault, keychain = self.vault, self.keychain
        if vault is None or keychain is None or not self._leave_runner():
            return
        from bond.services.home_overview import HomeOverviewService
        from bond.services.profiles import ProfileService
        from bond.services.sessions import SessionService  # its ORM imports are on use

        service = ProfileService(vault)
        sessions = SessionService(vault, keychain)
        offered = self._offered(self.catalog).exercises
        ahead = HomeOverviewService(vault, offered, self.catalog.articles)
        plan = self.prefs.reminder_plan
        self.home.show_notice(notice if isinstance(notice, str) else "")
        self._home_wanted = True

        def load() -> tuple[Any, ...]:
            from bond.services.home_overview import is_sample

            profiles, household = service.profiles(), service.household()
            overview = ahead.overview(plan, couple=len(profiles) == 2)
            return profiles, household, sessions.resumable(), overview, is_sample(vault)

        self._run(load, self._fill_home)

    def _fill_home(self, loaded: tuple[Any, ...]) -> None:
        self._profiles, self._household, resumable, overview, sample = loaded
        self._show_ahead(overview)
        self.ui.sampleBar.setVisible(sample and not self.locked())
        names = self.names()
        items = []
        offered = self._offered(self.catalog).exercises
        self.home.show_featured(self.organisation(), self._featured())
        for info in resumable:
            exercise = offered.get(info.exercise_id)
            if exercise is None:
                continue
            if info.together:
                who = self.tr("%1 and %2").replace("%1", names.get(info.profile_ids[0], "?"))
                who = who.replace("%2", names.get(info.profile_ids[-1], "?"))
                label = f"{exercise.title} ({who})"
            else:
                # What someone practises alone is theirs: Home names only whose it is.
                label = self.tr("%1's exercise").replace("%1", names.get(info.profile_ids[0], "?"))
            items.append((info.id, label.replace("&", "&&")))
        self.home.show_continue(items)
        if self._built("exercises"):
            self.exercises.set_can_do_together(len(self._profiles) == 2)
        self.home.show_people(
            self._profiles,
            self._household,
            self._privacy_text(),
            can_add_partner=len(self._profiles) == 1,
        )
        if not self._home_wanted:
            return  # the person went somewhere else while Home was loading
        self._show(self.home)
        self.ui.homeButton.setFocus()
        log.info("home shown")
        self._first_screen_shown()
        if not self._progress_warm:
            self._progress_warm = True
            QTimer.singleShot(PROGRESS_WARM_MS, self._warm_progress)

    def _first_screen_shown(self) -> None:
        """What waits until the first screen of a start is up (Home, unlock, first run...)."""
        self._prepare_support()
        self._watch_soon()

    def _watch_soon(self) -> None:
        """Install the lock watcher on the next turn of the event loop (once; see
        ``_watch_activity``)."""
        self._watch_wanted = True
        if not self._watch_scheduled and self.isVisible():
            self._watch_scheduled = True
            QTimer.singleShot(0, self._watch_activity)

    def _prepare_support(self) -> None:
        """Build Get support now soon after the first screen, so F1 never waits for it."""
        if "support" not in self._screens:
            QTimer.singleShot(SUPPORT_READY_MS, self._build_support)

    def _build_support(self) -> None:
        self.support  # noqa: B018 - building it is the point

    def _warm_progress(self) -> None:
        """Unseal the ratings Progress will show while the person looks at Home: opening a few
        thousand sealed boxes is most of what Progress costs the first time (memory only)."""
        vault, keychain = self.vault, self.keychain
        if vault is None or keychain is None or self.locked() or not self._content_ready:
            return
        from bond.services.progress import ProgressService

        service = ProgressService(vault, keychain, self.catalog.exercises)
        epoch = keychain.epoch

        def warm() -> None:
            if keychain.epoch == epoch:  # locked or switched meanwhile: leave it
                service.warm()

        self._run(warm, lambda _r: None, lambda _e: log.warning("Progress could not be prepared"))

    def _show_ahead(self, overview: HomeOverview) -> None:
        exercise = self.catalog.exercises.get(overview.suggestion or "")
        suggestion = (exercise.id, exercise.title, overview.suggest_together) if exercise else None
        recent = [
            (slug, self.catalog.articles[slug].title)
            for slug in overview.recent_reading
            if slug in self.catalog.articles
        ]
        self.home.show_ahead(overview.next_check_in, suggestion, recent)

    # -- reminders --------------------------------------------------------------------------
    def _check_reminders(self) -> None:
        """Every half minute, even while locked (the plan is in config, DECISIONS 21): a due
        reminder becomes a neutral notification and a banner inside Bond once it is open."""
        now = datetime.now()
        kinds = due_kinds(self.prefs.reminder_plan, now, self.prefs.reminder_shown())
        if not kinds:
            return
        for kind in kinds:
            self.prefs.mark_reminder_shown(kind, now)
        vault = self.vault
        if ReminderKind.CHECK_IN not in kinds or vault is None or not self._content_ready:
            self._remind(kinds)
            return
        from bond.services.reminders import ReminderService

        check_ins = [
            e.id for e in self.catalog.exercises.values() if e.category.value == "check-ins"
        ]
        service = ReminderService(vault, check_ins)

        def checked(done: bool) -> None:
            # A week that already had its check-in needs no nudge.
            self._remind([k for k in kinds if not (done and k is ReminderKind.CHECK_IN)])

        self._run(lambda: service.checked_in_this_week(now), checked)

    def _reminder_text(self, kind: ReminderKind) -> str:
        return (
            self.tr("Time for your check-in")
            if kind is ReminderKind.CHECK_IN
            else self.tr("A moment to practise, if you like")
        )

    def _remind(self, kinds: list[ReminderKind]) -> None:
        for kind in kinds:
            text = self._reminder_text(kind)
            self.notifications.append(text)
            self.notifier.notify(WINDOW_TITLE, text)
            self.ui.reminderLabel.setText(text + ".")
            self.ui.reminderStartButton.setVisible(kind is ReminderKind.CHECK_IN)
            self._pending_reminder = text
            log.info("a reminder was shown")
        self._show_pending_reminder()

    def _show_pending_reminder(self) -> None:
        """The banner shows only over an open vault; a locked Bond keeps it for after unlock."""
        if self._pending_reminder and self.vault is not None and not self.locked():
            self.ui.reminderBar.show()
            self._pending_reminder = ""

    def _start_check_in(self) -> None:
        self.ui.reminderBar.hide()
        if len(self._profiles) == 2:
            self._start_exercise("weekly-meeting", True)
        else:
            self._start_exercise("weekly-check-in-alone", False)

    def _save_reminders(self, plan: object) -> None:
        if isinstance(plan, ReminderPlan):
            self.prefs.reminder_plan = plan

    def _set_autostart(self, on: bool) -> None:
        from bond.services import autostart

        try:
            autostart.set_enabled(on, self.paths.data_dir if self.paths.custom_data_dir else None)
        except OSError:
            log.warning("the autostart entry could not be changed")
            self.settings.show_profiles_message("")
            self.settings.ui.autostartCheck.setChecked(autostart.is_enabled())

    def _privacy_text(self) -> str:
        vault = self.vault
        if vault is None or vault.temporary:
            return self.tr(
                "This is a temporary session. Nothing is written to disk, and "
                "everything disappears when you close Bond."
            )
        if vault.uses_keyring and vault.uses_passphrase:
            where = self.tr(
                "Its key is kept in this computer's keyring, and your passphrase "
                "is a way back in if the keyring is ever lost."
            )
        elif vault.uses_keyring:
            where = self.tr(
                "Its key is kept in this computer's keyring, which opens when you "
                "log in to this computer."
            )
        else:
            where = self.tr(
                "Its key is locked behind your passphrase, which Bond asks for each time it starts."
            )
        return (
            self.tr(
                "Everything you write is kept only on this computer, in an encrypted "
                "vault. Bond never goes online."
            )
            + " "
            + where
            + "\n\n"
            + self.tr("Vault folder: %1").replace("%1", str(self.paths.data_dir))
        )

    def show_support(self) -> None:
        if not self._is(self.current_screen(), "support"):
            self._before_support = self.current_screen()
            self.support.ui.unsafeButton.setChecked(False)
        self.support.set_calm_available(
            self.vault is not None and self._content_ready and not self._locked
        )
        self._show(self.support)
        self.support.ui.regionCombo.setFocus()

    def _leave_support(self) -> None:
        target = self._before_support
        self._before_support = None
        if target is not None:
            self._show(target)
        elif self.vault is not None:
            self.show_home()
        else:
            self._show(self.first_run or self.busy)

    def _calm_from_support(self, exercise_id: str) -> None:
        if self.vault is None or self._locked:
            return
        self._before_support = None
        self._start_exercise(exercise_id, False)

    def _remember_region(self, code: str) -> None:
        self.prefs.region = code

    def show_settings(self) -> None:
        if self.vault is None:
            return
        self.settings.show_values(
            self.prefs.theme,
            self.prefs.text_scale,
            self.prefs.reduced_motion,
            self._idle_minutes(),
        )
        self.settings.show_custody_message("")
        self.settings.show_profiles(self._profiles)
        self.settings.show_profiles_message("")
        from bond.services import autostart

        self.settings.show_reminders(
            self.prefs.reminder_plan,
            autostart=autostart.is_enabled(),
            autostart_supported=autostart.supported(),
        )
        self._show(self.settings)
        self.settings.ui.themeCombo.setFocus()
        self._refresh_custody()

    def _custody(self) -> CustodyService | None:
        from bond.services.custody import CustodyService

        if self.vault is None or self.vault.temporary:
            return None
        return CustodyService(self.service, self.vault)

    def _refresh_custody(self) -> None:
        self.settings.set_vault_text(self._privacy_text())
        custody = self._custody()
        if custody is None:
            self.settings.show_custody(None)
            return
        self._run(custody.status, self.settings.show_custody)

    def _change_custody(self, change: Callable[[CustodyService], None], done: str) -> None:
        custody = self._custody()
        if custody is None:
            return
        self.settings.show_custody_message(self.tr("Working…"))
        self.settings.set_custody_busy(True)

        def finished(_result: object) -> None:
            self._refresh_custody()
            self.settings.show_custody_message(done)

        def failed(exc: BaseException) -> None:
            self._refresh_custody()
            if isinstance(exc, BondError):
                self.settings.show_custody_message(exc.message, error=True)
            else:
                self.settings.show_custody_message(
                    self.tr("Bond could not change this. Nothing was changed."), error=True
                )
                self._on_unexpected(exc)

        self._run(lambda: change(custody), finished, failed)

    def _set_or_change_passphrase(self) -> None:
        vault = self.vault
        if vault is None:
            return
        from bond.gui.passphrase_dialog import PassphraseDialog, PassphraseMode

        mode = PassphraseMode.CHANGE if vault.uses_passphrase else PassphraseMode.SET
        dialog = PassphraseDialog(mode, self)
        accepted = dialog.exec() == PassphraseDialog.DialogCode.Accepted
        current, new = dialog.current(), dialog.new()
        dialog.deleteLater()
        self.activateWindow()
        if not accepted:
            return
        self._change_custody(
            lambda c: c.set_passphrase(new, current), self.tr("Your new passphrase is set.")
        )

    def _remove_passphrase(self) -> None:
        from bond.gui.passphrase_dialog import PassphraseDialog, PassphraseMode

        dialog = PassphraseDialog(PassphraseMode.REMOVE, self)
        accepted = dialog.exec() == PassphraseDialog.DialogCode.Accepted
        current = dialog.current() or ""
        dialog.deleteLater()
        self.activateWindow()
        if not accepted:
            return
        self._change_custody(
            lambda c: c.remove_passphrase(current),
            self.tr("The passphrase is removed; the keyring opens your vault."),
        )

    def _toggle_keyring(self) -> None:
        from bond.services.custody import CustodyService

        vault = self.vault
        if vault is None:
            return
        if vault.uses_keyring:
            self._change_custody(
                CustodyService.remove_keyring_copy,
                self.tr(
                    "The key is no longer kept in the keyring. Bond will "
                    "ask for your passphrase when it starts."
                ),
            )
        else:
            self._change_custody(
                CustodyService.add_keyring_copy,
                self.tr("The key is now kept in this computer's keyring too."),
            )

    def _set_reduced_motion(self, on: bool) -> None:
        self.prefs.reduced_motion = on

    def _set_language(self, language: str) -> None:
        """Remembered for the next start: rebuilding every open screen mid-session could lose
        what someone is typing."""
        self.prefs.language = language
        self.prefs.sync()

    def set_theme(self, theme: str) -> None:
        self.prefs.theme = theme
        self._apply_appearance()

    def set_text_scale(self, scale: int) -> None:
        self.prefs.text_scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        if self._built("settings"):
            self.settings.show_values(
                self.prefs.theme,
                self.prefs.text_scale,
                self.prefs.reduced_motion,
                self._idle_minutes(),
            )
        self._apply_appearance()

    def _apply_appearance(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, self.prefs.theme, self.prefs.text_scale)

    def _add_partner(self, name: str) -> None:
        vault = self.vault
        if vault is None:
            return
        from bond.domain.profiles import InvalidName
        from bond.services.profiles import ProfileService

        service = ProfileService(vault)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, InvalidName | ValueError):
                self.home.show_partner_error(str(exc))
            else:
                self.home.show_partner_error(self.tr("Bond could not add your partner."))
                self._on_unexpected(exc)

        self._run(lambda: service.add_partner(name), lambda _p: self.show_home(), failed)

    # -- exercises --------------------------------------------------------------------------
    def names(self) -> dict[str, str]:
        return {p.id: p.name for p in self._profiles}

    # -- profile PINs -----------------------------------------------------------------------
    def _pins(self) -> Any:
        from bond.services.pins import PinService

        assert self.vault is not None and self.keychain is not None
        return PinService(self.vault, self.keychain, kdf=self.service.kdf)

    def ensure_open(
        self, profile_id: str, then: Callable[[], None], on_cancel: Callable[[], None] | None = None
    ) -> None:
        """Make ``profile_id`` the one whose private items show, asking for its PIN if it has
        one; every other profile's private material is locked at once (switching profile)."""
        keychain = self.keychain
        if keychain is None or self.vault is None:
            return
        keychain.switch_to(profile_id)
        if keychain.is_open(profile_id):
            then()
            return
        from bond.gui.pin_dialog import PinDialog, PinMode

        pins = self._pins()
        dialog = PinDialog(
            PinMode.UNLOCK,
            self.names().get(profile_id, "?"),
            lambda current, _new: pins.unlock(profile_id, current),
            wait_seconds=pins.state(profile_id).wait_seconds,
            parent=self,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        self.activateWindow()
        if accepted and self.keychain is keychain and not self.locked():
            then()
        elif on_cancel is not None:
            on_cancel()

    def _change_pin(self, profile_id: str, mode_name: str) -> None:
        if self.vault is None or self.keychain is None:
            return
        from bond.gui.pin_dialog import PinDialog, PinMode

        pins = self._pins()
        name = self.names().get(profile_id, "?")
        mode = PinMode(mode_name)

        def work(current: str, new: str) -> None:
            if mode is PinMode.SET:
                pins.set_pin(profile_id, new)
            elif mode is PinMode.CHANGE:
                pins.set_pin(profile_id, new, current)
            else:
                pins.remove_pin(profile_id, current)

        self.keychain.switch_to(profile_id)
        dialog = PinDialog(
            mode, name, work, wait_seconds=pins.state(profile_id).wait_seconds, parent=self
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        self.activateWindow()
        self.keychain.switch_to(None)  # setting a PIN does not leave the profile open
        if not accepted:
            return
        done = {
            PinMode.SET: self.tr("%1's PIN is set. Private answers are now behind it."),
            PinMode.CHANGE: self.tr("%1's PIN is changed."),
            PinMode.REMOVE: self.tr(
                "%1's PIN is removed. Private answers are protected by the vault only."
            ),
        }[mode]
        self._refresh_profiles(done.replace("%1", name))

    def _forgot_pin(self, profile_id: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.vault is None or self.keychain is None:
            return
        name = self.names().get(profile_id, "?")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Bond")
        box.setText(self.tr("Start %1's private space again?").replace("%1", name))
        box.setInformativeText(
            self.tr(
                "Without the PIN, nobody can open %1's private answers and boundary list, not "
                "even Bond. Starting again deletes both for good and removes the PIN. Shared "
                "agreements, revealed answers and reading stay as they are."
            ).replace("%1", name)
        )
        erase = box.addButton(
            self.tr("&Delete %1's private answers and boundaries").replace("%1", name),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(self.tr("&Keep trying to remember"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        self.activateWindow()
        if box.clickedButton() is not erase:
            return
        pins = self._pins()
        self._run(
            lambda: pins.forget_pin(profile_id),
            lambda _n: self._refresh_profiles(
                self.tr(
                    "%1 can start afresh. The PIN is gone, and so are the old private answers "
                    "and boundary list."
                ).replace("%1", name)
            ),
        )

    def _refresh_profiles(self, message: str = "") -> None:
        if self.vault is None:
            return
        from bond.services.profiles import ProfileService

        service = ProfileService(self.vault)

        def shown(profiles: list[Profile]) -> None:
            self._profiles = profiles
            self.settings.show_profiles(profiles)
            self.settings.show_profiles_message(message)

        self._run(service.profiles, shown)

    def show_exercises(self) -> None:
        if self.vault is None or not self._content_ready or not self._leave_runner():
            return
        self._article_return = None
        self.exercises.set_return(False)
        self.exercises.set_can_do_together(len(self._profiles) == 2)
        self._show(self.exercises)
        self.exercises.ui.listView.setFocus()

    def _choose_person(self) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        if len(self._profiles) == 1:
            return self._profiles[0].id
        names = [p.name for p in self._profiles]
        name, ok = QInputDialog.getItem(
            self, "Bond", self.tr("Who is doing this exercise?"), names, 0, False
        )
        self.activateWindow()
        if not ok:
            return None
        return self._profiles[names.index(name)].id

    def _start_exercise(self, exercise_id: str, together: bool) -> None:
        vault, keychain = self.vault, self.keychain
        exercise = self._offered(self.catalog).exercises.get(exercise_id)
        if vault is None or keychain is None or exercise is None:
            return
        if together:
            if len(self._profiles) != 2:
                return
            if not self._together_note_read(vault):
                return
            people = [p.id for p in self._profiles]
        else:
            person = self._choose_person()
            if person is None:
                return
            people = [person]
        from bond.services.exercise_run import ExerciseRun

        banks = self.catalog.banks

        def begin() -> None:
            self._run(
                lambda: ExerciseRun(
                    vault, keychain, exercise, people, together=together, banks=banks
                ),
                self._open_runner,
            )

        if together:
            keychain.switch_to(None)
            begin()
        else:
            self.ensure_open(people[0], begin)  # alone, every answer is private to that person

    def _together_note_read(self, vault: OpenVault) -> bool:
        """Before the first exercise for two: who these are for, and the way to practise alone."""
        from PySide6.QtWidgets import QMessageBox

        from bond.services.profiles import ProfileService

        service = ProfileService(vault)
        if service.flag("together-safety-note"):
            return True
        box = QMessageBox(self)
        box.setWindowTitle("Bond")
        box.setText(self.tr("Before your first exercise together"))
        box.setInformativeText(
            self.tr(
                "Exercises for two are made for partners who feel safe with each other. Either of "
                "you can pause or stop at any time, without a reason.\n\nIf being open together "
                "doesn't feel safe right now, practising on your own is always there, and Get "
                "support now (F1) lists services that can help, in confidence."
            )
        )
        go = box.addButton(self.tr("&Start together"), QMessageBox.ButtonRole.AcceptRole)
        alone = box.addButton(self.tr("Practise &alone instead"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.exec()
        self.activateWindow()
        clicked = box.clickedButton()
        if clicked is go:
            service.set_flag("together-safety-note")
            return True
        if clicked is alone:
            self.exercises.ui.whoCombo.setCurrentIndex(self.exercises.ui.whoCombo.findData(False))
            self.show_exercises()
        return False

    def _continue_session(self, session_id: str) -> None:
        vault, keychain = self.vault, self.keychain
        if vault is None or keychain is None:
            return
        from bond.services.exercise_run import ExerciseRun
        from bond.services.sessions import SessionService

        info = SessionService(vault, keychain).get(session_id)
        exercise = self.catalog.exercises.get(info.exercise_id) if info else None
        if exercise is None:
            self.show_home(self.tr("That exercise is no longer available."))
            return
        banks = self.catalog.banks

        def resume() -> None:
            self._run(
                lambda: ExerciseRun.resume(vault, keychain, exercise, session_id, banks),
                self._open_runner,
            )

        if info is not None and not info.together and info.profile_ids:
            self.ensure_open(info.profile_ids[0], resume)
        else:
            keychain.switch_to(None)  # together, each private part asks its owner on arrival
            resume()

    def _open_runner(self, run: ExerciseRun) -> None:
        from bond.gui.motion import reduce_motion
        from bond.gui.screens.runner import RunnerScreen

        self._drop_runner()
        runner = RunnerScreen(
            run,
            self.names(),
            self.catalog.feelings,
            reduced_motion=reduce_motion(self.prefs.reduced_motion),
            ask_key=self.ensure_open,
        )
        runner.closed.connect(self._runner_closed)
        runner.calm_requested.connect(self._calm_down)
        self.runner = runner
        self.ui.pages.addWidget(runner)
        self._show(runner)
        runner.focus_step()

    def _drop_runner(self) -> None:
        if self.runner is not None:
            self.ui.pages.removeWidget(self.runner)
            self.runner.deleteLater()
            self.runner = None

    def _leave_runner(self) -> bool:
        """Leaving an exercise through the navigation pauses it (nothing is lost)."""
        if self.runner is not None:
            if self._before_support is self.runner:
                self._before_support = None
            self.runner.close_for_lock()
            self._drop_runner()
        return True

    def _runner_closed(self, how: str) -> None:
        self._drop_runner()
        notices = {
            "finished": self.tr(
                "Well done. What you agreed is under Agreements; boundaries are under Boundaries."
            ),
            "paused": self.tr("Paused. It is waiting for you below whenever you want to go on."),
            "stopped": self.tr(
                "You stopped, and that is fine. What you wrote is kept. If "
                "something stirred you up, Longer out-breath or Get support now "
                "(F1) are here."
            ),
            "discarded": self.tr(
                "You stopped, and your answers were deleted. If something "
                "stirred you up, Longer out-breath or Get support now (F1) are "
                "here."
            ),
        }
        self.show_home(notices.get(how, ""))

    def _calm_down(self) -> None:
        """Alone, "Take a break" pauses the exercise and offers breathing or grounding."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle("Bond")
        box.setText(self.tr("Your exercise is paused. What would help right now?"))
        breathe = box.addButton(self.tr("&Slow breathing"), QMessageBox.ButtonRole.AcceptRole)
        ground = box.addButton(
            self.tr("&Grounding with the senses"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("&Just go Home"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        self.activateWindow()
        clicked = box.clickedButton()
        self._drop_runner()
        if clicked is breathe:
            self._start_exercise("longer-out-breath", False)
        elif clicked is ground:
            self._start_exercise("ground-5-4-3-2-1", False)
        else:
            self.show_home(self.tr("Paused. It is waiting for you below."))

    # -- reading ----------------------------------------------------------------------------
    def _reader(self) -> str | None:
        built = self._built("library")
        chosen = self.library.reader() if built and self.library.ui.readerCombo.count() else None
        ids = [p.id for p in self._profiles]
        if chosen in ids:
            return chosen
        return ids[0] if ids else None

    def _reading(self) -> Any:
        from bond.services.library import ReadingService

        assert self.vault is not None
        return ReadingService(self.vault, self.catalog.articles)

    def show_library(self, *, keep_search: bool = False) -> None:
        if self.vault is None or not self._content_ready or not self._leave_runner():
            return
        if not keep_search:
            self.library.clear_search()
        self._article_return = None
        self.exercises.set_return(False)
        self.library.set_readers(self._profiles, self._reader())
        reader = self._reader()
        reading = self._reading()

        def shown(loaded: tuple[dict[str, Any], list[Any]]) -> None:
            self.library.set_states(*loaded)
            self._show(self.library)
            self.library.focus_first()

        if reader is None:
            return
        self._run(lambda: (reading.states(reader), reading.continue_reading(reader)), shown)

    def open_article(self, slug: str, query: str = "") -> None:
        if not self._content_ready:
            return
        article = self.catalog.articles.get(slug)
        reader = self._reader()
        if article is None or self.vault is None or reader is None:
            return
        reading = self._reading()

        def shown(states: dict[str, Any]) -> None:
            self.article_view.show_article(article, states.get(slug), query)
            self._show(self.article_view)

        self._run(lambda: reading.states(reader), shown)

    def _reading_changed(self, slug: str, changes: object) -> None:
        reader = self._reader()
        if reader is None or self.vault is None or not isinstance(changes, dict):
            return
        reading = self._reading()
        self._reading_writes.run(
            lambda: reading.update(reader, slug, **changes), lambda _r: None, self._on_unexpected
        )

    def _exercise_from_article(self, exercise_id: str) -> None:
        article = self.article_view.article
        self.show_exercises()
        if self.exercises.select(exercise_id):
            self._article_return = article.slug if article else None
            self.exercises.set_return(self._article_return is not None)

    def _return_to_article(self) -> None:
        slug = self._article_return
        self._article_return = None
        self.exercises.set_return(False)
        if slug:
            self.open_article(slug)

    def show_agreements(self) -> None:
        vault = self.vault
        if vault is None or not self._leave_runner():
            return
        from bond.services.agreements import AgreementService

        service = AgreementService(vault)

        def shown(agreements: list[Any]) -> None:
            self.agreements_screen.show_agreements(agreements, self.names())
            self._show(self.agreements_screen)
            self.agreements_screen.focus_first()

        self._run(service.active, shown)

    def _retire_agreement(self, agreement_id: str) -> None:
        vault = self.vault
        if vault is None:
            return
        from bond.domain.agreements import ReviewOutcome
        from bond.services.agreements import AgreementService

        service = AgreementService(vault)
        self._run(
            lambda: service.review(agreement_id, ReviewOutcome.RETIRED),
            lambda _r: self.show_agreements(),
        )

    def show_boundaries(self) -> None:
        if self.vault is None or not self._leave_runner():
            return
        self.boundaries_screen.set_profiles(
            self._profiles, self.boundaries_screen.profile_id() or None
        )
        self._show(self.boundaries_screen)
        self._load_boundaries(focus=True)

    def _boundary_service(self) -> Any:
        from bond.services.boundaries import BoundaryService

        assert self.vault is not None and self.keychain is not None
        return BoundaryService(self.vault, self.keychain)

    def _load_boundaries(self, focus: bool = False, *, ask: bool = False) -> None:
        """Show the chosen person's list. A PIN-guarded list shows its locked state with a
        button; the PIN is asked only when someone presses it (``ask``)."""
        if self.vault is None or self.keychain is None:
            return
        service = self._boundary_service()
        person = self.boundaries_screen.profile_id()
        self.boundaries_screen.show_boundaries([])  # the last person's list goes at once

        def shown(boundaries: list[Any]) -> None:
            self.boundaries_screen.show_boundaries(boundaries)
            if focus:
                self.boundaries_screen.focus_first()

        def locked() -> None:
            self.boundaries_screen.show_locked(self.names().get(person, "?"))

        if not ask and not self.keychain.is_open(person):
            self.keychain.switch_to(None)
            locked()
            return
        self.ensure_open(person, lambda: self._run(lambda: service.list(person), shown), locked)

    def _boundary_changed(self, message: str) -> Callable[[object], None]:
        def done(_result: object) -> None:
            self._load_boundaries()
            self.boundaries_screen.show_status(message)

        return done

    def _boundary_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValueError):
            self.boundaries_screen.show_status(str(exc))
        else:
            self._on_unexpected(exc)

    def _save_boundary(self, person: str, boundary_id: str, fields: object) -> None:
        service = self._boundary_service()
        assert isinstance(fields, dict)
        self._run(
            lambda: service.save(person, fields, boundary_id),
            self._boundary_changed(self.tr("Saved.")),
            self._boundary_failed,
        )

    def _boundary_used(self, person: str, boundary_id: str, note: str, rating: int) -> None:
        service = self._boundary_service()
        self._run(
            lambda: service.used(boundary_id, person, note, rating),
            self._boundary_changed(self.tr("Noted. Keeping a boundary takes practice.")),
            self._boundary_failed,
        )

    def _retire_boundary(self, person: str, boundary_id: str) -> None:
        service = self._boundary_service()
        self._run(
            lambda: service.retire(boundary_id, person),
            self._boundary_changed(self.tr("Retired.")),
            self._boundary_failed,
        )

    def _remove_sample(self) -> None:
        """Sample data goes as a whole: a wipe of this vault, then the first run (DECISIONS 18)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle("Bond")
        box.setText(self.tr("Remove the sample data?"))
        box.setInformativeText(
            self.tr(
                "This deletes this vault and everything in it, including anything you added "
                "yourselves, then Bond starts afresh so you can set it up for real."
            )
        )
        remove = box.addButton(self.tr("&Remove it"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it for now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        self.activateWindow()
        if box.clickedButton() is not remove:
            return
        self._wipe_then_start(forget_preferences=False)

    # -- wiping: sample data, hand-back, auto-wipe ---------------------------------------------
    def _wipe_then_start(self, *, forget_preferences: bool, notice: str = "") -> None:
        """Close the vault, wipe (key first, then files, then a check), then start afresh: the
        first run, with ``notice`` above it. Used by "Remove sample data", admin hand-back and
        the policy's auto-wipe alike."""
        from bond.services.wipe import hand_back

        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self._close_vault()
        self._locked = False
        self._before_lock = None
        self._before_support = None
        self.watcher.set_idle_minutes(0)
        self.ui.sampleBar.hide()
        self.ui.reminderBar.hide()
        self._pending_reminder = ""
        self._set_navigation(False)
        self.busy.set_message(self.tr("Erasing…"))
        self._show(self.busy)
        if forget_preferences:
            self.prefs.forget_all()  # before the wipe deletes the file, so nothing comes back
            self._apply_appearance()
            if self._built("settings"):
                self.settings.show_values(
                    self.prefs.theme,
                    self.prefs.text_scale,
                    self.prefs.reduced_motion,
                    self.prefs.idle_minutes,
                )
        paths, secrets = self.paths, self.service.secrets

        def wiped(report: WipeReport) -> None:
            self.last_wipe = report
            self.start()
            if notice:
                self.ui.bannerLabel.setText(notice)
                self.ui.bannerLabel.show()
            if report.remaining or report.keyring_error:
                self._wipe_incomplete(report)

        self._run(lambda: hand_back(paths, secrets), wiped)

    def _wipe_incomplete(self, report: WipeReport) -> None:
        """Say plainly what is still there (paths only), so staff can remove it by hand."""
        from PySide6.QtWidgets import QMessageBox

        lines = [str(path) for path in report.remaining[:20]]
        if report.keyring_error:
            lines.append(self.tr("The key may still be in the system keyring."))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(WINDOW_TITLE)
        box.setText(self.tr("Bond erased what it could, but some things are still there."))
        box.setInformativeText("\n".join(lines))
        box.open()

    def show_admin(self) -> None:
        """Admin mode (clinic staff): unlocked by the policy's admin passphrase."""
        if not self.policy.has_admin:
            return
        from bond.gui.admin_dialog import AdminDialog
        from bond.paths import content_dir
        from bond.services.admin import AdminGate, self_test

        if self._admin_dialog is not None and self._admin_dialog.isVisible():
            self._admin_dialog.raise_()
            return
        gate = AdminGate(self.paths.state_dir, self.policy.admin_passphrase_hash)
        data_dir, secrets, root = self.paths.data_dir, self.service.secrets, content_dir()
        vault = self.vault
        key = vault.key if vault is not None and not vault.temporary else None
        dialog = AdminDialog(
            self.policy,
            self.pack_reports,
            gate,
            lambda: self_test(data_dir, secrets, root, key),
            self,
        )
        dialog.hand_back_confirmed.connect(self._hand_back)
        dialog.finished.connect(self._admin_closed)
        self._admin_dialog = dialog
        dialog.open()

    def _admin_closed(self, _result: int) -> None:
        if self._admin_dialog is not None:
            self._admin_dialog.deleteLater()
            self._admin_dialog = None
        self.activateWindow()

    def _hand_back(self) -> None:
        log.info("the device is being handed back from admin mode")
        self._wipe_then_start(
            forget_preferences=True,
            notice=self.tr("This device was handed back: nothing from before is left on it."),
        )

    def _record_use(self) -> None:
        """A time only (no one's data), for the policy's auto-wipe."""
        if not self.policy.auto_wipe_after_hours or self.vault is None or self.vault.temporary:
            return
        from bond.services.auto_wipe import record_use

        record_use(self.paths.state_dir, self.clock())
        self._recorded_activity = self.watcher.last_activity

    def _auto_wipe_due(self) -> bool:
        if not self.policy.auto_wipe_after_hours:
            return False  # without importing the wipe (~10 ms at every start)
        from bond.services.auto_wipe import due

        return due(self.paths, self.policy.auto_wipe_after_hours, self.clock())

    def _auto_wipe(self) -> None:
        hours = self.policy.auto_wipe_after_hours or 0
        log.info("auto-wipe: the policy's hours without use have passed")
        self._wipe_then_start(
            forget_preferences=True,
            notice=self.tr("This device was reset by %1 after %2 hours without use.")
            .replace("%1", self.organisation())
            .replace("%2", str(hours)),
        )

    def _auto_wipe_tick(self) -> None:
        """While Bond stays open: record use when someone used it since the last tick, and
        wipe once the policy's hours have passed without use (locked or not)."""
        if self.ops.busy():
            return
        if (
            not self.locked()
            and self.vault is not None
            and self.watcher.last_activity != self._recorded_activity
        ):
            self._record_use()
            return
        if self._auto_wipe_due():
            self._auto_wipe()

    # -- your data: export, backup, restore, import ------------------------------------------
    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        """Ask where to save; the person chooses every place Bond writes to outside its folder."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        self.activateWindow()
        return Path(chosen) if chosen else None

    def _open_path(self, title: str, pattern: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), pattern)
        self.activateWindow()
        return Path(chosen) if chosen else None

    def _data_message(self, text: str, *, error: bool = False) -> None:
        label = self.settings.ui.dataMessage
        label.setProperty("role", "error" if error else "hint")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    def _data_failed(self, exc: BaseException) -> None:
        if isinstance(exc, BondError | ValueError):
            self._data_message(str(exc), error=True)
        elif isinstance(exc, OSError):
            self._data_message(
                self.tr("Bond could not write there (is the disk full or the folder read-only?)."),
                error=True,
            )
        else:
            self._on_unexpected(exc)

    def _with_private(self, then: Callable[[list[str]], None]) -> None:
        """Private answers go in only for one person who asks and whose PIN (if any) is given."""
        if not self.settings.ui.privateCheck.isChecked():
            then([])
            return
        person = self._choose_person()
        if person is None:
            return
        self.ensure_open(person, lambda: then([person]))

    def _export_json(self) -> None:
        vault, keychain = self.vault, self.keychain
        if vault is None or keychain is None or self.policy.disable_export:
            return
        path = self._save_path(self.tr("Export as JSON"), "bond-export.json", "JSON (*.json)")
        if path is None:
            return
        from bond.services.export_data import build_export, write_json

        def go(private: list[str]) -> None:
            self._data_message(self.tr("Exporting…"))
            self._run(
                lambda: write_json(
                    build_export(vault, keychain, include_private_for=private).to_json(),
                    path,
                    overwrite=True,
                ),
                lambda _r: self._data_message(
                    self.tr("Saved to %1. It is not encrypted.").replace("%1", str(path))
                ),
                self._data_failed,
            )

        self._with_private(go)

    def _export_pdf(self) -> None:
        vault, keychain = self.vault, self.keychain
        if vault is None or keychain is None or self.policy.disable_export:
            return
        path = self._save_path(self.tr("Save a PDF summary"), "bond-summary.pdf", "PDF (*.pdf)")
        if path is None:
            return
        from bond.gui.reports import render_pdf
        from bond.services.report_data import gather

        exercises = self.catalog.exercises

        def written(data: Any) -> None:
            try:
                render_pdf(data, path)
            except OSError as exc:
                self._data_failed(exc)
                return
            self._data_message(
                self.tr("Saved to %1. It is not encrypted.").replace("%1", str(path))
            )

        def go(private: list[str]) -> None:
            self._data_message(self.tr("Preparing the summary…"))
            self._run(
                lambda: gather(vault, keychain, exercises, include_private_for=private),
                written,
                self._data_failed,
            )

        self._with_private(go)

    def _backup(self) -> None:
        vault = self.vault
        if vault is None or vault.temporary:
            return
        path = self._save_path(
            self.tr("Make an encrypted backup"), "bond-backup.zip", self.tr("Bond backup (*.zip)")
        )
        if path is None:
            return
        passphrase: str | None = None
        if not vault.uses_passphrase:
            from bond.gui.passphrase_dialog import PassphraseDialog, PassphraseMode

            dialog = PassphraseDialog(PassphraseMode.SET, self)
            dialog.ui.introLabel.setText(
                self.tr(
                    "Your vault opens with this computer's keyring, which a backup cannot take "
                    "along. Choose a passphrase for the backup: you will need it to restore it."
                )
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            passphrase = dialog.new()
        from bond.services.backup_file import write_backup

        kdf = self.service.kdf
        self._data_message(self.tr("Writing the backup…"))
        self._run(
            lambda: write_backup(vault, path, passphrase=passphrase, kdf=kdf, overwrite=True),
            lambda _r: self._data_message(
                self.tr("Backup saved to %1. It is encrypted.").replace("%1", str(path))
            ),
            self._data_failed,
        )

    def _restore_from_file(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        if self.vault is None:
            return
        path = self._open_path(self.tr("Restore from a backup"), self.tr("Bond backup (*.zip)"))
        if path is None:
            return
        from bond.security.keys import UnwrapError, key_matches, unwrap_key
        from bond.services.backup_file import read_backup_header

        try:
            header = read_backup_header(path)
        except (BondError, OSError) as exc:
            self._data_failed(exc)
            return
        key: bytes | None = None
        try:
            stored = self.service.secrets.get(header.vault_id) if header.keyring else None
            key = bytes.fromhex(stored) if stored else None
        except (SecretStoreError, ValueError):
            key = None  # no usable keyring copy: the passphrase is asked instead
        if key is None or not key_matches(key, header.vault_id, header.key_check):
            if header.wrapped is None:
                self._data_message(
                    self.tr("This backup opens only with a keyring this computer does not have."),
                    error=True,
                )
                return
            passphrase, ok = QInputDialog.getText(
                self,
                "Bond",
                self.tr("The backup's passphrase:"),
                QLineEdit.EchoMode.Password,
            )
            self.activateWindow()
            if not ok:
                return
            wrapped = header.wrapped

            def unwrapped(found: bytes) -> None:
                self._confirm_restore(path, found)

            def wrong(exc: BaseException) -> None:
                if isinstance(exc, UnwrapError):
                    self._data_message(
                        self.tr("That passphrase does not open this backup."), error=True
                    )
                else:
                    self._data_failed(exc)

            self._data_message(self.tr("Checking the passphrase…"))
            self._run(  # Argon2id takes most of a second: never on the UI thread
                lambda: unwrap_key(wrapped, passphrase, header.vault_id.encode()),
                unwrapped,
                wrong,
            )
            return
        self._confirm_restore(path, key)

    def _confirm_restore(self, path: Path, key: bytes) -> None:
        from PySide6.QtWidgets import QMessageBox

        confirm = QMessageBox.question(
            self,
            "Bond",
            self.tr(
                "Replace what is in Bond now with this backup? The vault that is here now is "
                "kept aside in Bond's folder, not deleted."
            ),
        )
        self.activateWindow()
        if confirm != QMessageBox.StandardButton.Yes:
            return
        from bond.services.restore import restore_backup_file

        files, secrets, chosen_key = self.service.files, self.service.secrets, key
        self._close_vault()
        self._set_navigation(False)
        self.busy.set_message(self.tr("Restoring…"))
        self._show(self.busy)

        def failed(exc: BaseException) -> None:
            # Nothing was replaced unless the restore finished; open whatever is there again.
            self.start()
            if isinstance(exc, BondError):
                QMessageBox.warning(self, "Bond", str(exc))
            else:
                self._on_unexpected(exc)

        self._run(
            lambda: restore_backup_file(files, path, chosen_key, secrets),
            lambda _r: self.start(),
            failed,
        )

    def _import_json(self) -> None:
        vault, keychain = self.vault, self.keychain
        if vault is None or keychain is None:
            return
        path = self._open_path(self.tr("Import a JSON export"), "JSON (*.json)")
        if path is None:
            return
        from bond.services.import_data import import_json

        def done(report: Any) -> None:
            added = sum(report.added.values())
            self._data_message(
                self.tr("Imported %n item(s). Anything already here was left as it was.", "", added)
                if added
                else self.tr("Nothing new: everything in the file was already here.")
            )
            self._refresh_profiles()

        self._data_message(self.tr("Checking the file…"))
        self._run(lambda: import_json(vault, keychain, path), done, self._data_failed)

    # -- progress and history ---------------------------------------------------------------
    def _category_names(self) -> dict[str, str]:
        return {
            "check-ins": self.tr("check-ins"),
            "boundaries": self.tr("boundaries"),
            "conflict-repair": self.tr("repair after conflict"),
            "regulation": self.tr("calming and grounding"),
            "connection": self.tr("connection"),
            "other": self.tr("other"),
        }

    def show_progress(self) -> None:
        if self.vault is None or not self._content_ready or not self._leave_runner():
            return
        self.progress.set_people(self._profiles, self.progress.profile_id() or None)
        self._show(self.progress)
        self.progress.ui.whoCombo.setFocus()
        self._load_progress()

    def _load_progress(self) -> None:
        vault, keychain = self.vault, self.keychain
        if vault is None or keychain is None:
            return
        from bond.services.progress import ProgressService

        person = self.progress.profile_id()
        today = datetime.now().date()
        start, end = self.progress.date_range(today)
        service = ProgressService(vault, keychain, self.catalog.exercises)
        self.progress.show_summary(None, {})  # the last person's figures go at once

        def load() -> None:
            self._run(
                lambda: service.summary(profile_id=person, start=start, end=end, today=today),
                lambda summary: self.progress.show_summary(summary, self._category_names()),
            )

        self.ensure_open(
            person, load, lambda: self.progress.show_locked(self.names().get(person, "?"))
        )

    def show_history(self) -> None:
        if self.vault is None or not self._content_ready or not self._leave_runner():
            return
        self.history.set_people(
            self._profiles,
            self.history.profile_id()
            or (self.progress.profile_id() if self._built("progress") else None)
            or None,
        )
        self._show(self.history)
        self._load_history(focus=True)

    def _history_service(self) -> Any:
        from bond.services.history import HistoryService

        assert self.vault is not None and self.keychain is not None
        return HistoryService(self.vault, self.keychain, self.catalog.exercises)

    def _load_history(self, focus: bool = False) -> None:
        if self.vault is None or self.keychain is None:
            return
        service = self._history_service()
        person = self.history.profile_id()
        self.history.show_sessions([])

        def shown(items: list[Any]) -> None:
            self.history.show_sessions(items)
            if focus:
                self.history.focus_first()

        self.ensure_open(
            person,
            lambda: self._run(lambda: service.sessions(profile_id=person), shown),
            lambda: self.history.show_locked(self.names().get(person, "?")),
        )

    def _load_session(self, session_id: str) -> None:
        if self.vault is None or self.keychain is None:
            return
        service = self._history_service()
        viewer = self.history.profile_id()
        self._run(
            lambda: service.detail(session_id, [viewer]),
            lambda detail: self.history.show_detail(detail, self.names()),
        )

    # -- problems ---------------------------------------------------------------------------
    def _show_problem(self, error: BondError) -> None:
        self._close_vault()
        self._set_navigation(False)
        if isinstance(error, NewerVaultError):
            title = self.tr("This vault is from a newer Bond")
        elif isinstance(error, DamagedVaultError):
            title = self.tr("Bond could not open your vault")
        elif isinstance(error, LockedError):
            title = self.tr("Your vault is locked")
        else:
            title = self.tr("Bond could not open your vault")
        message = error.message
        can_restore = (
            isinstance(error, DamagedVaultError)
            and bool(self.service.files.list_backups())
            and self.service.files.header.exists()
        )
        if can_restore and self._restore_tried:
            # The latest backup is what is on disk now and it failed too: offering the same
            # restore again would only go round in a circle.
            can_restore = False
            if isinstance(error, UnreadableVaultError):
                # The key opens the backup no better than the file it replaced: the key file,
                # not the database, is what does not fit (one copied from another vault, say).
                message = self.tr(
                    "Bond could not open your vault, even from its latest backup, so what does "
                    "not fit may be the vault's key file (vault.header) rather than the vault "
                    "itself: a key file copied from another vault, for example. Bond has not "
                    "deleted anything; the file the backup replaced is kept in the kept-aside "
                    "folder. If you have another copy of this vault folder, putting its "
                    "vault.header back may open it."
                )
            else:
                message = self.tr("The latest backup is damaged too. %1").replace(
                    "%1", error.message
                )
        details = (
            self.tr("Your vault folder: %1\nBond's log (it never holds what you wrote): %2")
            .replace("%1", str(self.paths.data_dir))
            .replace("%2", str(self.paths.log_file))
        )
        self.problem.show_problem(title, message, details, can_restore=can_restore)
        self._show(self.problem)

    def _restore(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from bond.services.restore import restore_latest_backup

        answer = QMessageBox.question(
            self,
            WINDOW_TITLE,
            self.tr(
                "Restore the latest backup? The current vault file is kept aside in the "
                "vault folder, not deleted. Anything written after the backup was taken "
                "will not be in the restored vault."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        files = self.service.files

        def restored(_aside: object) -> None:
            self._restore_tried = True  # until a start ends anywhere but the problem screen
            self.start()

        self._run(lambda: restore_latest_backup(files), restored)

    def _on_unexpected(self, exc: BaseException) -> None:
        if isinstance(exc, VaultClosedError):  # its vault closed while it ran: nothing to show
            log.info("a background task finished after its vault closed; its result is dropped")
            return
        log.error(
            "unexpected error in a background task", exc_info=(type(exc), exc, exc.__traceback__)
        )
        show_unexpected(self, self.paths.log_file)

    def show_shortcuts(self) -> None:
        """A list of every key Bond answers to, built from the actions themselves."""
        from PySide6.QtGui import QShortcut

        from bond.gui.shortcuts_dialog import ShortcutsDialog, action_rows, shortcut_rows

        rows = action_rows(self.ui.menubar) + shortcut_rows(self.findChildren(QShortcut))
        rows.append((self.tr("Shift, three times"), self.ui.hideButton.accessibleName()))
        if self._shortcuts_dialog is not None:
            self._shortcuts_dialog.deleteLater()
        self._shortcuts_dialog = ShortcutsDialog(rows, self)
        self._shortcuts_dialog.open()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Bond"),
            self.tr(
                "Bond %1\n\nA private, offline companion for keeping and repairing close "
                "relationships. It is not therapy.\n\nCode: GPL-3.0-or-later. "
                "Written content: CC BY-SA 4.0."
            ).replace("%1", version()),
        )

    # -- closing ----------------------------------------------------------------------------
    def _close_vault(self) -> None:
        if self.runner is not None:
            self.runner.close_for_lock()
            self._drop_runner()
        self.keychain = None
        if self.vault is not None:
            self._reading_writes.wait()
            self.vault.close()
            self.vault = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._watch_wanted and not self._watch_scheduled:
            self._watch_scheduled = True
            QTimer.singleShot(0, self._watch_activity)

    def _watch_activity(self) -> None:
        """Let the lock watcher see every key and click (quick hide, idle lock, auto-wipe).

        Installed once the first screen of a start is up, not before (DECISIONS 29). A Python
        event filter is called for every event of every object: the ~1,000 events of building
        and showing the window took ~190 ms through it, and the first object of a class PySide6
        does not wrap (Qt's input context, say) makes it create the Python types of every loaded
        Qt class, ~180 enums and ~50 ms, once. Before the first screen nothing private is shown
        and Ctrl+Shift+H already hides Bond; no key can reach it before its event loop runs."""
        app = QApplication.instance()
        if app is None:
            return
        if self.isVisible():
            app.installEventFilter(self.watcher)
            self.watching = True
        else:
            self._watch_scheduled = False  # hidden before the loop ran: the next show installs it

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None and self._completed:
            app.removeEventFilter(self.watcher)
            self.watcher.pause()
            self.watching = self._watch_scheduled = False
        self.prefs.set_window_geometry(self.saveGeometry())
        self.prefs.sync()
        self.ops.wait(10_000)
        self._reading_writes.wait(10_000)
        self._close_vault()
        super().closeEvent(event)
