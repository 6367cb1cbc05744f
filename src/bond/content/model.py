"""The catalogue as data, apart from its loaders.

It imports only the domain types, so a cached catalogue (:mod:`bond.content.cache`) unpickles
without importing the TOML parsers and validators of :mod:`bond.content.catalog`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bond.domain.articles import Article
from bond.domain.banks import QuestionBank
from bond.domain.exercises import Exercise, FeelingGroup

if TYPE_CHECKING:
    from bond.content.problems import ContentProblem
    from bond.content.support import SupportRegion


@dataclass
class Catalog:
    exercises: dict[str, Exercise] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    feelings: tuple[FeelingGroup, ...] = ()
    banks: dict[str, QuestionBank] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    problems: list[ContentProblem] = field(default_factory=list)

    def by_category(self) -> dict[str, list[Exercise]]:
        grouped: dict[str, list[Exercise]] = {}
        for exercise in sorted(self.exercises.values(), key=lambda e: e.title):
            grouped.setdefault(exercise.category.value, []).append(exercise)
        return grouped

    def filtered(
        self,
        *,
        together: bool | None = None,
        max_minutes: int | None = None,
        category: str | None = None,
    ) -> list[Exercise]:
        out = []
        for exercise in sorted(self.exercises.values(), key=lambda e: (e.category, e.title)):
            if together is not None and not exercise.allows(together):
                continue
            if max_minutes is not None and exercise.minutes[0] > max_minutes:
                continue
            if category is not None and exercise.category.value != category:
                continue
            out.append(exercise)
        return out


@dataclass(frozen=True)
class PackReport:
    """What happened to one pack folder, for admin mode and ``bond content validate``."""

    folder: Path
    problems: tuple[str, ...] = ()  # ``file:line: message``; any problem skips the pack
    exercises: int = 0
    articles: int = 0
    support_regions: int = 0

    @property
    def loaded(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class PackSet:
    """Everything the packs that passed contribute, each item marked with its organisation."""

    organisation: str = ""
    exercises: Mapping[str, Exercise] = field(default_factory=dict)
    articles: Mapping[str, Article] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)
    support: Mapping[str, SupportRegion] = field(default_factory=dict)
    reports: tuple[PackReport, ...] = ()

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(problem for report in self.reports for problem in report.problems)
