"""Bond's features, made together: the one place that knows them all (besides the shell).

Imported once the first frame is painted (``MainWindow.complete``): making the features costs
little, but their modules are not needed before then (DECISIONS 29).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from bond.gui.features.agreements import AgreementsFeature
from bond.gui.features.base import Context, Feature
from bond.gui.features.boundaries import BoundariesFeature
from bond.gui.features.clinic import ClinicFeature
from bond.gui.features.exercises import ExercisesFeature
from bond.gui.features.home import HomeFeature
from bond.gui.features.library import LibraryFeature
from bond.gui.features.progress import ProgressFeature
from bond.gui.features.reminders import RemindersFeature
from bond.gui.features.settings import SettingsFeature
from bond.gui.features.support import SupportFeature
from bond.gui.features.vault import VaultFeature
from bond.gui.features.your_data import YourDataFeature

if TYPE_CHECKING:
    from bond.content.support import SupportCatalog
    from bond.gui.screens.home import HomeScreen


@dataclass(frozen=True)
class Features:
    vault: VaultFeature
    home: HomeFeature
    exercises: ExercisesFeature
    library: LibraryFeature
    agreements: AgreementsFeature
    boundaries: BoundariesFeature
    progress: ProgressFeature
    settings: SettingsFeature
    data: YourDataFeature
    support: SupportFeature
    clinic: ClinicFeature
    reminders: RemindersFeature

    @classmethod
    def make(
        cls,
        ctx: Context,
        home: HomeScreen,
        contacts: SupportCatalog | Callable[[], SupportCatalog],
        last_activity: Callable[[], float | None],
        busy: Callable[[], bool],
    ) -> Features:
        features = cls(
            vault=VaultFeature(ctx),
            home=HomeFeature(ctx, home),
            exercises=ExercisesFeature(ctx),
            library=LibraryFeature(ctx),
            agreements=AgreementsFeature(ctx),
            boundaries=BoundariesFeature(ctx),
            progress=ProgressFeature(ctx),
            settings=SettingsFeature(ctx),
            data=YourDataFeature(ctx),
            support=SupportFeature(ctx, contacts),
            clinic=ClinicFeature(ctx, last_activity, busy),
            reminders=RemindersFeature(ctx),
        )
        features._connect()
        return features

    def _connect(self) -> None:
        """The few signals that pass between features, so that none imports another."""
        settings, data = self.settings, self.data
        settings.data_requested.connect(lambda action: data.run(action, settings.include_private()))
        data.message.connect(settings.show_data_message)
        data.profiles_changed.connect(settings.refresh_profiles)
        self.clinic.preferences_forgotten.connect(settings.preferences_reset)
        self.home.shown.connect(self.progress.warm_soon)
        self.home.shown.connect(self.support.prepare)

    def all(self) -> list[Feature]:
        return [getattr(self, f.name) for f in fields(self)]

    def places(self) -> dict[str, Feature]:
        """Which feature opens each kind of place."""
        return {kind: feature for feature in self.all() for kind in feature.PLACES}
