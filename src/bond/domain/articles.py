"""Reading articles as data: Markdown with a TOML front matter block."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path


class ArticleCategory(enum.StrEnum):
    UNDERSTANDING = "understanding"
    SKILLS = "skills"
    CONFLICT = "conflict"
    BOUNDARIES = "boundaries"
    SELF_CARE = "self-care"
    SAFETY = "safety"
    HELP = "help"
    PRIVACY = "privacy"


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    summary: str
    category: ArticleCategory
    tags: tuple[str, ...]
    minutes: int
    body: str  # Markdown
    sources: tuple[str, ...]
    content_note: str = ""
    related_exercises: tuple[str, ...] = ()
    related_articles: tuple[str, ...] = ()
    leave_no_trace: bool = False  # DECISIONS 1: no read mark, no history, no "recently read"
    source_path: Path | None = field(default=None, compare=False)
    #: The organisation whose content pack supplied it (rendered without HTML, links asked
    #: before opening); empty for Bond's own content.
    origin: str = field(default="", compare=False)

    @property
    def sensitive(self) -> bool:
        return "sensitive" in self.tags

    def words(self) -> int:
        return len(self.body.split())
