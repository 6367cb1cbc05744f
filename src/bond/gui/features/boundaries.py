"""Boundaries: each person's own list, sealed to them, and a log of practising it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bond.gui.features.base import Context, Feature, Place

if TYPE_CHECKING:
    from bond.gui.screens.boundaries import BoundariesScreen
    from bond.services.boundaries import BoundaryList, BoundaryService


class BoundariesFeature(Feature):
    PLACES = ("boundaries",)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.screens.register("boundaries", self._build, private=True)

    def _build(self) -> BoundariesScreen:
        from bond.gui.screens.boundaries import BoundariesScreen

        screen = BoundariesScreen()
        screen.profile_chosen.connect(lambda _p: self._load())
        screen.save_requested.connect(self._save)
        screen.used_requested.connect(self._used)
        screen.retire_requested.connect(self._retire)
        screen.unlock_requested.connect(lambda: self._load(focus=True, ask=True))
        return screen

    @property
    def screen(self) -> BoundariesScreen:
        return self.screens["boundaries"]  # type: ignore[no-any-return]

    def open(self, place: Place, notice: str) -> None:
        if self.state.vault is None:
            return
        screen = self.screen
        screen.set_profiles(self.state.profiles, screen.profile_id() or None)
        self.shell.present(screen)
        self._load(focus=True)

    def escape(self, screen: str) -> bool:
        if screen == "boundaries":
            self.shell.go("home")
            return True
        return False

    def _service(self) -> BoundaryService:
        from bond.services.boundaries import BoundaryService

        assert self.state.vault is not None and self.state.keychain is not None
        return BoundaryService(self.state.vault, self.state.keychain)

    def _load(self, focus: bool = False, *, ask: bool = False) -> None:
        """Show the chosen person's list. A PIN-guarded list shows its locked state with a
        button; the PIN is asked only when someone presses it (``ask``)."""
        keychain = self.state.keychain
        if self.state.vault is None or keychain is None:
            return
        service = self._service()
        screen = self.screen
        person = screen.profile_id()
        screen.show_boundaries([])  # the last person's list goes at once

        def shown(found: BoundaryList) -> None:
            screen.show_boundaries(found.boundaries)
            if focus:
                screen.focus_first()
            if found.misplaced:
                from bond.gui.design.toast import toast_for

                toast_for(self.shell.window()).show_message(
                    self.tr(
                        "One of these boundaries is not where it was saved, so Bond did not "
                        "open it. Someone with access to Bond's files may have moved it. "
                        "Nothing was changed."
                    )
                )

        def locked() -> None:
            screen.show_locked(self.state.name(person))

        if not ask and not keychain.is_open(person):
            keychain.switch_to(None)
            locked()
            return
        self.ctx.access.ensure_open(
            person, lambda: self.shell.run(lambda: service.readable(person), shown), locked
        )

    def _changed(self, message: str) -> Callable[[object], None]:
        """What to do once a change is kept: the list again, and a toast that says so (the form
        does not move; an error stays beside it, see ``_failed``)."""

        def done(_result: object) -> None:
            from bond.gui.design.toast import toast_for

            self.screen.show_status("")
            self._load()
            toast_for(self.shell.window()).show_message(message)

        return done

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValueError):  # stays beside the form until the next change
            self.screen.show_status(str(exc))
        else:
            self.shell.unexpected(exc)

    def _save(self, person: str, boundary_id: str, fields: object) -> None:
        service = self._service()
        assert isinstance(fields, dict)
        self.shell.run(
            lambda: service.save(person, fields, boundary_id),
            self._changed(self.tr("Saved.")),
            self._failed,
        )

    def _used(self, person: str, boundary_id: str, note: str, rating: int) -> None:
        service = self._service()
        self.shell.run(
            lambda: service.used(boundary_id, person, note, rating),
            self._changed(self.tr("Noted. Keeping a boundary takes practice.")),
            self._failed,
        )

    def _retire(self, person: str, boundary_id: str) -> None:
        service = self._service()
        self.shell.run(
            lambda: service.retire(boundary_id, person),
            self._changed(self.tr("Retired.")),
            self._failed,
        )
