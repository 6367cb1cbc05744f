"""Question banks as data (the loader and its checks are in :mod:`bond.content.banks`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuestionBank:
    """A large pool of open questions, drawn without repeats for half a year."""

    id: str
    title: str
    questions: tuple[str, ...]
    sources: tuple[str, ...]
