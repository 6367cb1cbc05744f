"""Agreements: what partners agreed, shared between them, and retiring one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bond.gui.features.base import Context, Feature, Place

if TYPE_CHECKING:
    from bond.gui.screens.agreements import AgreementsScreen


class AgreementsFeature(Feature):
    PLACES = ("agreements",)

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.screens.register("agreements", self._build)

    def _build(self) -> AgreementsScreen:
        from bond.gui.screens.agreements import AgreementsScreen

        screen = AgreementsScreen()
        screen.retire_requested.connect(self._retire)
        return screen

    def open(self, place: Place, notice: str) -> None:
        vault = self.state.vault
        if vault is None:
            return
        from bond.services.agreements import AgreementService

        service = AgreementService(vault)

        def shown(agreements: list[Any]) -> None:
            screen: AgreementsScreen = self.screens["agreements"]
            screen.show_agreements(agreements, self.state.names())
            self.shell.present(screen)
            screen.focus_first()

        self.shell.run(service.active, shown)

    def escape(self, screen: str) -> bool:
        if screen == "agreements":
            self.shell.go("home")
            return True
        return False

    def _retire(self, agreement_id: str) -> None:
        vault = self.state.vault
        if vault is None:
            return
        from bond.domain.agreements import ReviewOutcome
        from bond.services.agreements import AgreementService

        service = AgreementService(vault)
        self.shell.run(
            lambda: service.review(agreement_id, ReviewOutcome.RETIRED),
            lambda _r: self.shell.go("agreements"),
        )
