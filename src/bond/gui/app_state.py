"""What is open and loaded right now, in one place: the shell writes it, features read it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bond.content.catalog import Catalog
    from bond.content.model import PackReport
    from bond.domain.policy import Policy
    from bond.domain.profiles import Household, Profile
    from bond.services.keychain import Keychain
    from bond.services.vault_service import OpenVault


class AppState:
    """The open vault and its keys, the people in it, and the catalogue (plain data, no Qt)."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.vault: OpenVault | None = None
        self.keychain: Keychain | None = None
        self.profiles: list[Profile] = []
        self.household: Household | None = None
        self._catalog: Catalog | None = None
        self.content_ready = False  # the catalogue has loaded (off the first frame)
        self.pack_reports: Sequence[PackReport] = ()  # what became of each clinic pack

    @property
    def catalog(self) -> Catalog:
        """What Bond has, loaded on a worker thread at start; empty until then (the module is
        imported here only when something asks that early)."""
        if self._catalog is None:
            from bond.content.catalog import Catalog

            self._catalog = Catalog()
        return self._catalog

    @catalog.setter
    def catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog

    def offered(self) -> Catalog:
        """The catalogue without the exercises the organisation chose not to offer here."""
        catalog = self.catalog
        hidden = set(self.policy.hidden_exercises)
        if not hidden:
            return catalog
        return dataclasses.replace(
            catalog, exercises={k: e for k, e in catalog.exercises.items() if k not in hidden}
        )

    def organisation(self) -> str:
        """Who manages this computer, for "Managed by …" and "Suggested by …": the policy's
        name, or (translated) "your organisation" when the file gave none or could not be read."""
        from PySide6.QtCore import QCoreApplication

        return self.policy.organisation or QCoreApplication.translate(
            "AppState", "your organisation"
        )

    def names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.profiles}

    def name(self, profile_id: str) -> str:
        return self.names().get(profile_id, "?")

    def couple(self) -> bool:
        return len(self.profiles) == 2
