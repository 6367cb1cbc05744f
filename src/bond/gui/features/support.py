"""Get support now: crisis lines by region, and a calming exercise one step away.

It works while Bond is locked and before any vault exists (PRIVACY.md), so it needs nothing
but its contact list. The shell remembers where the person was and takes them back there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from bond.gui.features.base import Context, Feature, Place

if TYPE_CHECKING:
    from bond.content.model import PackSet
    from bond.content.support import SupportCatalog
    from bond.gui.screens.support import SupportScreen

READY_MS = 800  # after the first screen: Get support is then built before anyone asks


class SupportFeature(Feature):
    PLACES = ("support",)

    def __init__(
        self, ctx: Context, contacts: SupportCatalog | Callable[[], SupportCatalog]
    ) -> None:
        super().__init__(ctx)
        self._source = contacts
        self._contacts: SupportCatalog | None = None
        self.screens.register("support", self._build, private=True)

    def _content(self) -> SupportCatalog:
        """Bond's own contacts (read on first need), with a clinic pack's merged in."""
        from bond.content.support import SupportCatalog

        if self._contacts is None:
            source = self._source
            self._contacts = source if isinstance(source, SupportCatalog) else source()
        return self._contacts

    def _build(self) -> SupportScreen:
        from bond.gui.screens.support import SupportScreen

        screen = SupportScreen(self._content(), self.ctx.prefs.region)
        screen.back_requested.connect(lambda: self.shell.go("back"))
        screen.calm_requested.connect(self._calm)
        screen.region_chosen.connect(self._remember_region)
        return screen

    def prepare(self) -> None:
        """Build the screen soon after the first screen, so F1 never waits for it."""
        if "support" not in self.screens:
            QTimer.singleShot(READY_MS, self, self._build_now)  # cancelled with the window

    def _build_now(self) -> None:
        if "support" not in self.screens:
            _ = self.screens["support"]  # building it is the point

    def merge_packs(self, packs: PackSet) -> None:
        """A clinic's content packs may add or replace contacts (by the policy's mode)."""
        if not packs.support:
            return
        from bond.content.packs import merge_support  # the parsers: only with packs

        self._contacts = merge_support(self._content(), packs, self.ctx.policy.support_mode)
        if "support" in self.screens:
            self.screens["support"].set_catalog(self._contacts)

    def open(self, place: Place, notice: str) -> None:
        screen: SupportScreen = self.screens["support"]
        if not screen.isVisible():
            screen.ui.unsafeButton.setChecked(False)
        state = self.state
        screen.set_calm_available(
            state.vault is not None and state.content_ready and not self.shell.locked()
        )
        self.shell.present(screen)
        screen.ui.regionCombo.setFocus()

    def escape(self, screen: str) -> bool:
        if screen != "support":
            return False
        self.shell.go("back")
        return True

    def _calm(self, exercise_id: str) -> None:
        if self.state.vault is None or self.shell.locked():
            return
        self.shell.go(f"run/{exercise_id}")

    def _remember_region(self, code: str) -> None:
        self.ctx.prefs.region = code
