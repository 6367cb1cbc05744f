"""Start the desktop app: QApplication, theme, the single-instance lock, then the window.

The first window appears before SQLAlchemy or Alembic are imported: opening the vault happens on
a worker thread right after the first paint.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from bond import version
from bond.config import AppPaths
from bond.domain.policy import Policy
from bond.errors import EXIT_ERROR, EXIT_OK, VaultBusyError
from bond.logging_setup import Safe, setup_logging, shutdown_logging
from bond.paths import resources_dir
from bond.security.key_prefetch import KeyPrefetch, wrap
from bond.security.secrets import KeyringStore, SecretStore
from bond.services.instance_lock import InstanceLock
from bond.services.vault_files import VaultFiles

if TYPE_CHECKING:
    from bond.content.support import SupportCatalog
    from bond.gui.instance_link import LinkServer
    from bond.gui.main_window import MainWindow
    from bond.services.links import Link

log = logging.getLogger(__name__)


# The id shared by the desktop file, the AppStream metainfo and the Flatpak manifest; Wayland
# compositors match the window to its desktop file (and so its icon) by this name.
APP_ID = "io.github.bond.Bond"

# Test-only: with this set to 1, Bond closes its window and exits 0 as soon as the first window
# has been shown (scripts/smoke-bundle.sh uses it to prove a packaged build can start).
QUIT_AFTER_FIRST_WINDOW_ENV = "BOND_QUIT_AFTER_FIRST_WINDOW"


# How long the vault waits for the window's first frame before it opens anyway.
FIRST_FRAME_AT_THE_LATEST_MS = 1000
# When another start of Bond can hand over to this one: with Home, or this long after the
# first frame for any other first screen.
LISTEN_AT_THE_LATEST_MS = 3000

# The window icon's sizes (PNG renditions of bond.svg, written by packaging/linux/make-icons.sh).
WINDOW_ICON_SIZES = (16, 32, 48, 64, 128)


def window_icon() -> QIcon:
    """Bond's icon from small PNGs: an SVG icon would load Qt's SVG plugin at every start
    (~2 MiB and some milliseconds before the first window; DECISIONS 29). Desktops show the
    installed icon theme's copy; this one is for title bars, task switchers and notifications."""
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        icon.addFile(str(resources_dir() / "icons" / f"bond-{size}.png"))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Bond")
    app.setApplicationDisplayName("Bond")
    app.setApplicationVersion(version())
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(window_icon())
    return app


def build_window(  # type: ignore[no-untyped-def]
    paths: AppPaths,
    secrets: SecretStore | None = None,
    *,
    policy: Policy = Policy.none(),
    complete: bool = True,
    **service_kwargs: object,
):
    """Construct the main window with its services (also used by the GUI tests). With
    ``complete=False`` only what the first frame shows is built (see ``MainWindow.complete``)."""
    from bond.gui.design.system_theme import follow_system, start_theme
    from bond.gui.i18n import install_language
    from bond.gui.main_window import MainWindow
    from bond.gui.preferences import Preferences
    from bond.paths import content_dir
    from bond.services.vault_service import VaultService

    app = make_application()
    prefs = Preferences(paths.settings_file)
    language = install_language(app, prefs.language)  # before any widget is made
    start_theme(app, prefs)  # the theme used last; the system is asked after the first frame

    def support() -> SupportCatalog:
        """Read when Get support now is first needed (F1, or shortly after Home appears)."""
        from bond.content.support import load_support

        # Built-in contacts are reviewed before each release; a wrong system clock must not hide
        # them, so their "last verified" dates are not compared with today here.
        found = load_support(content_dir() / "support", today=date.max - timedelta(days=366))
        for problem in found.problems:
            log.warning("support content problem: %s", problem)
        return found.localised(language)

    service = VaultService(VaultFiles(paths.data_dir), secrets or KeyringStore(), **service_kwargs)  # type: ignore[arg-type]
    window = MainWindow(
        paths, service, prefs, support, content_dir(), policy=policy, complete=complete
    )
    AfterFirstFrame(window, lambda _painted: follow_system(app, prefs))  # DECISIONS 32
    return window


class AfterFirstFrame(QObject):
    """Calls ``then(painted)`` once ``window`` has painted its first frame, from the event loop.

    Building the rest of the window and opening the vault wait for that frame, so the person
    sees Bond's window as soon as Qt can show it, on any platform (a compositor may expose the
    window later than the first turns of the event loop). A window that is shown but never
    exposed (started minimised, on another workspace, behind a locked screen) paints nothing:
    ``then(False)`` runs anyway ``FIRST_FRAME_AT_THE_LATEST_MS`` after the event loop starts."""

    def __init__(self, window: QWidget, then: Callable[[bool], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[bool], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(0, self._arm)  # counted from the loop's first turn, after show()

    def _arm(self) -> None:
        QTimer.singleShot(FIRST_FRAME_AT_THE_LATEST_MS, self, lambda: self._go(painted=False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, lambda: self._go(painted=True))
        return False

    def _go(self, *, painted: bool) -> None:
        then, self._then = self._then, None
        if then is not None:  # once: the frame or the deadline, whichever comes first
            self._window.removeEventFilter(self)
            then(painted)


def show_refusal(message: str) -> None:
    """Say in a window why Bond will not start (a policy's data folder it cannot use)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    make_application()
    box = QMessageBox(QMessageBox.Icon.Warning, "Bond", message)
    box.setTextFormat(Qt.TextFormat.PlainText)  # it names a file and a folder
    box.exec()


def run_app(
    paths: AppPaths,
    policy: Policy | None = None,
    prefetch: KeyPrefetch | None = None,
    link: Link | None = None,
) -> int:
    """Run the app. ``policy`` is the one the command line found (it also chose ``paths``);
    without it the policy is looked up here, once. ``prefetch`` is the vault key's lookup that
    ``bond.launch`` started in a child process, if any. ``link`` (``--open``) opens once the
    vault is open; with a Bond already open for this data folder, it goes to that one instead."""
    from bond.gui.crash import install_excepthook

    setup_logging(paths.log_file)
    log.info("Bond %s starting", Safe(version()))  # bond._version: free, written at build
    if policy is None:
        from bond.services.policy import load_policy

        policy = load_policy()
    app = make_application()
    from bond.gui.i18n import install_language
    from bond.gui.preferences import Preferences

    install_language(app, Preferences(paths.settings_file).language)  # "already open" too
    lock = InstanceLock(VaultFiles(paths.data_dir).lock)
    try:
        lock.acquire()
    except VaultBusyError as exc:
        from PySide6.QtWidgets import QMessageBox

        if prefetch is not None:
            prefetch.discard()  # the other Bond has the vault; this one never needs its key
        if _hand_over(paths, link):
            return EXIT_OK
        QMessageBox.information(
            None,
            "Bond",
            app.translate(
                "App",
                "Bond is already open. Look for its window; only one can use a vault at a time.",
            ),
        )
        log.info("another Bond holds this vault")
        del exc
        return EXIT_ERROR
    server: LinkServer | None = None
    try:
        secrets = wrap(KeyringStore(), prefetch)
        window = build_window(paths, secrets, policy=policy, complete=False)
        install_excepthook(lambda: window, paths.log_file)
        quit_early = os.environ.get(QUIT_AFTER_FIRST_WINDOW_ENV) == "1"

        def listen() -> None:  # once Home is up, not while the vault opens (DECISIONS 29)
            nonlocal server
            if server is None:
                server = listen_for_links(window, paths)

        def first_frame(painted: bool) -> None:
            if painted:
                log.info("first window shown")
            else:
                log.info("the window was not painted in time; starting anyway")
            window.start()  # builds the rest of the window, then opens the vault
            if link is not None:
                window.links.open(link)  # once the vault is open (Get support at once)
            # Binding the socket imports ~20 ms of modules on a worker, which took the
            # interpreter lock from the vault's opening; a second start of Bond before it
            # listens is told Bond is already open, as before the window was built.
            window.features.home.shown.connect(listen)
            QTimer.singleShot(LISTEN_AT_THE_LATEST_MS, window, listen)  # unlock, first run...
            if quit_early:
                QTimer.singleShot(0, window.close)  # waits for the vault's start, then quits

        AfterFirstFrame(window, first_frame)
        window.show()
        app.exec()
    finally:
        if server is not None:
            server.close()  # before the lock goes: the socket is the lock holder's
        if prefetch is not None:
            prefetch.discard()
        lock.release()
        log.info("Bond closed")
        shutdown_logging()
    return EXIT_OK


def listen_for_links(window: MainWindow, paths: AppPaths) -> LinkServer:
    """Let another start of Bond for this data folder hand its link to ``window`` (a
    ``MainWindow`` whose rest is built); the socket goes when the app is about to quit."""
    from bond.gui.instance_link import LinkServer

    server = LinkServer(window)
    server.received.connect(window.links.open)
    server.listen(paths.data_dir, window.run)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(server.close)
    return server


def _hand_over(paths: AppPaths, link: Link | None) -> bool:
    """Give ``link`` (None: just show yourself) to the Bond already open for this data folder;
    whether it took it. Without a runtime folder there is no socket: False at once."""
    from bond.services.hand_over import hand_over

    if not hand_over(paths.data_dir, link):
        return False
    log.info("handed over to the Bond already open: %s", Safe(link.kind if link else "show"))
    return True
