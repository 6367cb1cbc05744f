"""Home: the week ahead, what can be continued, the people, and adding a partner."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal

from bond.gui.features.base import Context, Feature, Place
from bond.gui.privacy_text import privacy_text

if TYPE_CHECKING:
    from bond.gui.screens.home import HomeScreen
    from bond.services.home_overview import HomeOverview

log = logging.getLogger(__name__)


class HomeFeature(Feature):
    PLACES = ("home",)

    #: Home is on show (the shell starts what waits for the first screen).
    shown = Signal()
    #: Whether this vault holds sample data (the shell shows or hides its banner).
    sample_known = Signal(bool)

    def __init__(self, ctx: Context, screen: HomeScreen) -> None:
        """``screen`` is built by the shell with the first frame's other screens."""
        super().__init__(ctx)
        self.screen = screen
        self._wanted = False  # Home's data is on its way and nobody went elsewhere meanwhile
        self._notice = ""  # said in a toast once Home is on show
        screen.add_partner_requested.connect(self._add_partner)
        screen.support_requested.connect(lambda: self.shell.go("support"))
        screen.exercises_requested.connect(lambda: self.shell.go("exercises"))
        screen.continue_requested.connect(lambda sid: self.shell.go(f"continue/{sid}"))
        screen.exercise_requested.connect(
            lambda eid, together: self.shell.go(f"run/{eid}" + ("?together=1" if together else ""))
        )
        screen.article_requested.connect(lambda slug: self.shell.go(f"article/{slug}"))
        screen.featured_requested.connect(lambda eid: self.shell.go(f"exercise/{eid}"))

    def cancel(self) -> None:
        """Another screen came up: a later arrival of Home's data (and its notice) must not take
        over."""
        self._wanted = False
        self._notice = ""

    def lock(self) -> None:
        """What a toast says (an exercise's ending, a saved boundary) is not for the lock screen."""
        from bond.gui.design.toast import toast_for

        self._notice = ""
        toast_for(self.shell.window()).hide()

    def open(self, place: Place, notice: str) -> None:
        vault, keychain = self.state.vault, self.state.keychain
        if vault is None or keychain is None:
            return
        from bond.services.home_overview import HomeOverviewService
        from bond.services.profiles import ProfileService
        from bond.services.sessions import SessionService  # its ORM imports are on use

        service = ProfileService(vault)
        sessions = SessionService(vault, keychain)
        catalog = self.state.catalog
        ahead = HomeOverviewService(vault, self.state.offered().exercises, catalog.articles)
        plan = self.ctx.prefs.reminder_plan
        self._notice = notice
        self._wanted = True

        def load() -> tuple[Any, ...]:
            from bond.services.home_overview import is_sample

            profiles, household = service.profiles(), service.household()
            overview = ahead.overview(plan, couple=len(profiles) == 2)
            return profiles, household, sessions.resumable(), overview, is_sample(vault)

        self.shell.run(load, self._fill)

    def _fill(self, loaded: tuple[Any, ...]) -> None:
        state = self.state
        state.profiles, state.household, resumable, overview, sample = loaded
        self._show_ahead(overview)
        self.sample_known.emit(sample)
        names = state.names()
        offered = state.offered().exercises
        featured = [
            (e, offered[e].title) for e in self.ctx.policy.featured_exercises if e in offered
        ]
        self.screen.show_featured(self.state.organisation(), featured)
        items = []
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
        self.screen.show_continue(items)
        self.screen.show_people(
            state.profiles,
            state.household,
            privacy_text(state.vault, self.ctx.paths.data_dir),
            can_add_partner=len(state.profiles) == 1,
        )
        if not self._wanted:
            return  # the person went somewhere else while Home was loading
        self._wanted = False
        notice, self._notice = self._notice, ""  # (presenting Home cancels what was pending)
        if self.shell.present(self.screen):  # not when Bond locked meanwhile
            log.info("home shown")
            if notice:  # what go("home", notice) wanted said: a toast, once Home is on show
                from bond.gui.design.toast import toast_for

                toast_for(self.shell.window()).show_message(notice)
            self.shown.emit()

    def _show_ahead(self, overview: HomeOverview) -> None:
        catalog = self.state.catalog
        exercise = catalog.exercises.get(overview.suggestion or "")
        suggestion = (exercise.id, exercise.title, overview.suggest_together) if exercise else None
        recent = [
            (slug, catalog.articles[slug].title)
            for slug in overview.recent_reading
            if slug in catalog.articles
        ]
        self.screen.show_ahead(overview.next_check_in, suggestion, recent)

    def _add_partner(self, name: str) -> None:
        vault = self.state.vault
        if vault is None:
            return
        from bond.domain.profiles import InvalidName
        from bond.services.profiles import ProfileService

        service = ProfileService(vault)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, InvalidName | ValueError):
                self.screen.show_partner_error(str(exc))
            else:
                self.screen.show_partner_error(self.tr("Bond could not add your partner."))
                self.shell.unexpected(exc)

        self.shell.run(lambda: service.add_partner(name), lambda _p: self.shell.go("home"), failed)
