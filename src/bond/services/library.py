"""The reading library: ranked search with highlights, and each profile's reading state.

Search is in memory over the loaded articles (a few dozen, or a clinic's few hundred): words are
matched as prefixes, title hits weigh most, then summary and tags, then the body.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bond.domain.articles import Article
from bond.services.vault_service import OnVault, OpenVault

WORD = re.compile(r"[\w']+", re.UNICODE)
WEIGHTS = {"title": 8.0, "summary": 4.0, "tags": 3.0, "body": 1.0}
SNIPPET_CHARS = 160


def terms(query: str) -> list[str]:
    return [t.casefold() for t in WORD.findall(query) if len(t) >= 2][:8]


@dataclass(frozen=True)
class SearchHit:
    article: Article
    score: float
    snippet_html: str  # the best matching passage, escaped, with <b> around matches


class SearchIndex:
    """An inverted index over pre-tokenised articles, so each keystroke searches in a few ms.

    Terms match word prefixes ("bound" finds "boundaries"): the sorted vocabulary is bisected to
    the range of words with that prefix, and their postings are summed with field weights.
    """

    def __init__(self, articles: Iterable[Article]) -> None:
        self._articles: list[Article] = []
        self._plain: list[str] = []
        postings: dict[str, dict[int, float]] = {}
        for doc, article in enumerate(articles):
            plain = _plain(article.body)
            self._articles.append(article)
            self._plain.append(plain)
            fields = {
                "title": _words(article.title),
                "summary": _words(article.summary),
                "tags": list(article.tags),
                "body": _words(plain),
            }
            for name, words in fields.items():
                for word in words:
                    slot = postings.setdefault(word, {})
                    slot[doc] = slot.get(doc, 0.0) + WEIGHTS[name]
        self._vocab = sorted(postings)
        self._postings = postings

    def _scores(self, term: str) -> dict[int, float]:
        scores: dict[int, float] = {}
        i = bisect_left(self._vocab, term)
        while i < len(self._vocab) and self._vocab[i].startswith(term):
            for doc, weight in self._postings[self._vocab[i]].items():
                scores[doc] = scores.get(doc, 0.0) + weight
            i += 1
        return scores

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        wanted = terms(query)
        if not wanted:
            return []
        total: dict[int, float] | None = None
        for term in wanted:  # every word must match somewhere
            scores = self._scores(term)
            if total is None:
                total = scores
            else:
                total = {d: total[d] + w for d, w in scores.items() if d in total}
            if not total:
                return []
        assert total is not None
        ranked = sorted(total.items(), key=lambda item: (-item[1], self._articles[item[0]].title))
        return [
            SearchHit(self._articles[d], score, snippet(self._plain[d], wanted))
            for d, score in ranked[:limit]
        ]


def _words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


def _plain(markdown: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"[#>*_`]+", " ", text)
    return " ".join(text.split())


def highlight(text: str, wanted: Sequence[str]) -> str:
    """Escape ``text`` and wrap words starting with a search term in <b>."""
    if not wanted:
        return html.escape(text)
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(t) for t in wanted) + r")[\w']*", re.IGNORECASE
    )
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(f"<b>{html.escape(match.group(0))}</b>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def snippet(plain: str, wanted: Sequence[str]) -> str:
    """A passage around the first match, starting and ending on whole words."""
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in wanted) + ")", re.IGNORECASE)
    match = pattern.search(plain) if wanted else None
    start = max(0, match.start() - 40) if match else 0
    if start:
        space = plain.find(" ", start)
        start = space + 1 if 0 <= space < (match.start() if match else start + 40) else start
    piece = plain[start : start + SNIPPET_CHARS]
    if start + SNIPPET_CHARS < len(plain) and " " in piece:
        piece = piece[: piece.rfind(" ")]
    prefix = "…" if start else ""
    suffix = "…" if start + SNIPPET_CHARS < len(plain) else ""
    return prefix + highlight(piece, wanted) + suffix


@dataclass(frozen=True)
class ReadingState:
    slug: str
    bookmarked: bool = False
    read: bool = False
    position: int = 0
    note_choice: str = ""
    updated_at: datetime | None = None


class ReadingService(OnVault):
    """Per-profile reading state. Articles marked ``leave_no_trace`` are never recorded."""

    def __init__(self, vault: OpenVault, articles: dict[str, Article]) -> None:
        super().__init__(vault)
        self._articles = articles

    def states(self, profile_id: str) -> dict[str, ReadingState]:
        from sqlalchemy import select

        from bond.storage.models import ReadingStateRow

        with self._db.unit_of_work() as s:
            rows = s.scalars(
                select(ReadingStateRow).where(ReadingStateRow.profile_id == profile_id)
            ).all()
            return {
                r.slug: ReadingState(
                    r.slug, r.bookmarked, r.read, r.position, r.note_choice, r.updated_at
                )
                for r in rows
            }

    def update(
        self, profile_id: str, slug: str, *, at: datetime | None = None, **changes: object
    ) -> None:
        article = self._articles.get(slug)
        if article is None or article.leave_no_trace:
            return
        from sqlalchemy.dialects.sqlite import insert

        from bond.storage.models import ReadingStateRow

        with self._db.unit_of_work() as s:
            # Two saves of the same place can race (scrolling, then leaving): insert-or-keep,
            # then update, so neither fails on the other's new row.
            s.execute(
                insert(ReadingStateRow)
                .values(
                    profile_id=profile_id,
                    slug=slug,
                    bookmarked=False,
                    read=False,
                    position=0,
                    note_choice="",
                    updated_at=at or datetime.now(UTC),
                )
                .on_conflict_do_nothing()
            )
            row = s.get(ReadingStateRow, (profile_id, slug), populate_existing=True)
            assert row is not None
            for name, value in changes.items():
                if name in ("bookmarked", "read", "position", "note_choice"):
                    setattr(row, name, value)
            row.updated_at = at or datetime.now(UTC)

    def continue_reading(self, profile_id: str, limit: int = 3) -> list[ReadingState]:
        """Started but unfinished articles, most recent first (never leave-no-trace ones)."""
        states = [
            s
            for s in self.states(profile_id).values()
            if s.position > 0 and not s.read and s.slug in self._articles
        ]
        states.sort(key=lambda s: s.updated_at or datetime.min.replace(tzinfo=UTC), reverse=True)
        return states[:limit]
