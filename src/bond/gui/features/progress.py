"""Progress and History: a person's own figures and past sessions, behind their PIN.

Ratings given alone are sealed to their person, so both screens open only for the person
chosen, after their PIN if they have one.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from bond.gui.features.base import Context, Feature, Place

if TYPE_CHECKING:
    from bond.gui.screens.history import HistoryScreen
    from bond.gui.screens.progress import ProgressScreen
    from bond.services.history import HistoryService

log = logging.getLogger(__name__)

WARM_MS = 1500  # after Home appears: the first moments belong to the person


class ProgressFeature(Feature):
    PLACES = ("progress", "history")

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._warm = False  # Progress's ratings are unsealed in memory already
        self.screens.register("progress", self._build_progress, private=True)
        self.screens.register("history", self._build_history, private=True)

    def _build_progress(self) -> ProgressScreen:
        from bond.gui.screens.progress import ProgressScreen

        screen = ProgressScreen()
        screen.filters_changed.connect(self._load_progress)
        screen.history_requested.connect(lambda: self.shell.go("history"))
        return screen

    def _build_history(self) -> HistoryScreen:
        from bond.gui.screens.history import HistoryScreen

        screen = HistoryScreen()
        screen.person_chosen.connect(lambda _p: self._load_history())
        screen.session_chosen.connect(self._load_session)
        screen.back_requested.connect(lambda: self.shell.go("progress"))
        return screen

    @property
    def progress(self) -> ProgressScreen:
        return self.screens["progress"]  # type: ignore[no-any-return]

    @property
    def history(self) -> HistoryScreen:
        return self.screens["history"]  # type: ignore[no-any-return]

    def open(self, place: Place, notice: str) -> None:
        if self.state.vault is None or not self.state.content_ready:
            return
        if place.kind == "history":
            self._show_history()
            return
        screen = self.progress
        screen.set_people(self.state.profiles, screen.profile_id() or None)
        self.shell.present(screen)
        screen.ui.whoCombo.setFocus()
        self._load_progress()

    def escape(self, screen: str) -> bool:
        """Escape leaves Progress and History for Home, as it leaves the other lists."""
        if screen in ("progress", "history"):
            self.shell.go("home")
            return True
        return False

    def lock(self) -> None:
        self._warm = False  # the lock forgot the unsealed ratings

    # -- warming --------------------------------------------------------------------------------
    def warm_soon(self) -> None:
        """Once per unlock, a moment after Home appears (see ``_warm_up``)."""
        if not self._warm:
            self._warm = True
            QTimer.singleShot(WARM_MS, self._warm_up)

    def _warm_up(self) -> None:
        """Unseal the ratings Progress will show while the person looks at Home: opening a few
        thousand sealed boxes is most of what Progress costs the first time (memory only)."""
        state = self.state
        vault, keychain = state.vault, state.keychain
        if vault is None or keychain is None or self.shell.locked() or not state.content_ready:
            return
        from bond.services.progress import ProgressService

        service = ProgressService(vault, keychain, state.catalog.exercises)
        epoch = keychain.epoch

        def warm() -> None:
            if keychain.epoch == epoch:  # locked or switched meanwhile: leave it
                service.warm()

        self.shell.run(
            warm, lambda _r: None, lambda _e: log.warning("Progress could not be prepared")
        )

    # -- progress -------------------------------------------------------------------------------
    def _category_names(self) -> dict[str, str]:
        return {
            "check-ins": self.tr("check-ins"),
            "boundaries": self.tr("boundaries"),
            "conflict-repair": self.tr("repair after conflict"),
            "regulation": self.tr("calming and grounding"),
            "connection": self.tr("connection"),
            "other": self.tr("other"),
        }

    def _load_progress(self) -> None:
        vault, keychain = self.state.vault, self.state.keychain
        if vault is None or keychain is None:
            return
        from bond.services.progress import ProgressService

        screen = self.progress
        person = screen.profile_id()
        today = datetime.now().date()
        start, end = screen.date_range(today)
        service = ProgressService(vault, keychain, self.state.catalog.exercises)
        screen.show_summary(None, {})  # the last person's figures go at once

        def load() -> None:
            self.shell.run(
                lambda: service.summary(profile_id=person, start=start, end=end, today=today),
                lambda summary: screen.show_summary(summary, self._category_names()),
            )

        self.ctx.access.ensure_open(
            person, load, lambda: screen.show_locked(self.state.name(person))
        )

    # -- history ----------------------------------------------------------------------------------
    def _show_history(self) -> None:
        screen = self.history
        chosen = screen.profile_id() or (
            self.progress.profile_id() if "progress" in self.screens else ""
        )
        screen.set_people(self.state.profiles, chosen or None)
        self.shell.present(screen)
        self._load_history(focus=True)

    def _history_service(self) -> HistoryService:
        from bond.services.history import HistoryService

        assert self.state.vault is not None and self.state.keychain is not None
        return HistoryService(self.state.vault, self.state.keychain, self.state.catalog.exercises)

    def _load_history(self, focus: bool = False) -> None:
        if self.state.vault is None or self.state.keychain is None:
            return
        service = self._history_service()
        screen = self.history
        person = screen.profile_id()
        screen.show_sessions([])

        def shown(items: list[Any]) -> None:
            screen.show_sessions(items)
            if focus:
                screen.focus_first()

        self.ctx.access.ensure_open(
            person,
            lambda: self.shell.run(lambda: service.sessions(profile_id=person), shown),
            lambda: screen.show_locked(self.state.name(person)),
        )

    def _load_session(self, session_id: str) -> None:
        if self.state.vault is None or self.state.keychain is None:
            return
        service = self._history_service()
        viewer = self.history.profile_id()
        self.shell.run(
            lambda: service.detail(session_id, [viewer]),
            lambda detail: self.history.show_detail(detail, self.state.names()),
        )
