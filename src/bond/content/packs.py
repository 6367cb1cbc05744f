"""Clinic content packs: folders of exercises, articles and support contacts from an organisation.

A pack is untrusted input. It is read with the same validator as the built-in content, plus the
limits that matter for files nobody here wrote (see :func:`load_packs`). A pack with any problem is
skipped as a whole and reported; the others still load.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
