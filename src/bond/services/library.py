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
#: A phrase in straight, curly or angle quotes ("feelings and needs", «sentimientos»).
PHRASE = re.compile(r'"([^"]+)"|“([^”]+)”|«([^»]+)»')

#: Words too common to search for or to mark, in the languages Bond speaks (English and Spanish;
#: a clinic's content may be in either). Shorter than three letters are never marked anyway.
_STOP_WORDS = """
    about all also and any are because been being but can cannot could did does doing don't
    for from had has have having her here hers herself him himself his how i'm into it's its
    itself just myself nor not off our ours ourselves out she should some such than that the
    their theirs them themselves then there these they this those too very was we're were what
    when where which while who whom why will with would yet you you're your yours yourself
    yourselves
    al aquel aquella aquello cada como cómo con cual cuál cuando cuándo del desde donde dónde el
    él ella ellas ello ellos en entre era eran eres es esa esas ese eso esos esta está están
    estar estas este esto estos fue fueron ha han hasta hay la las le les lo los más mas me mi
    mis muy ni no nos nosotras nosotros nuestra nuestras nuestro nuestros para pero por porque
    qué que quien quién quienes se sea ser si sí sin sobre son su sus también tan te ti todo
    toda todas todos tu tú tus un una unas uno unos usted ustedes vosotras vosotros vuestra
    vuestro ya yo
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())


def terms(query: str) -> list[str]:
    """The words searched for: each must match the start of a word somewhere in an article.
    Very common words ("and", "the", "que") are left out when the query has others."""
    words = [t.casefold() for t in WORD.findall(query) if len(t) >= 2]
    meaningful = [w for w in words if w not in STOP_WORDS]
    return (meaningful or words)[:8]


def _carries_meaning(word: str) -> bool:
    return len(word) >= 3 and word not in STOP_WORDS


def highlight_terms(query: str) -> list[str]:
    """What a search marks in what it found: words that carry meaning (three letters or more,
    not a stop word), and a quoted phrase whole (its words are also marked on their own)."""
    phrases: list[str] = []
    for match in PHRASE.finditer(query):
        words = [w.casefold() for w in WORD.findall(next(g for g in match.groups() if g))]
        if len(words) > 1 and any(_carries_meaning(w) for w in words):
            phrases.append(" ".join(words))
    words = [w for w in (t.casefold() for t in WORD.findall(query)) if _carries_meaning(w)]
    # A phrase first: where it occurs, it is marked as one piece.
    return list(dict.fromkeys(phrases + words))[:8]


def term_pattern(wanted: Sequence[str]) -> str:
    """A regular expression (Python's and Qt's alike) for text starting with any of ``wanted``
    at a word start; a phrase's words may be split by any white space."""
    pieces = [r"\s+".join(re.escape(w) for w in t.split()) for t in wanted]
    return r"\b(?:" + "|".join(pieces) + r")"


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
        marked = highlight_terms(query)
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
            SearchHit(self._articles[d], score, snippet(self._plain[d], marked))
            for d, score in ranked[:limit]
        ]


def _words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


def _plain(markdown: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"[#>*_`]+", " ", text)
    return " ".join(text.split())


def highlight(text: str, wanted: Sequence[str]) -> str:
    """Escape ``text`` and wrap words starting with a term of ``wanted`` in <b> (pass
    :func:`highlight_terms`, so that "and" is not marked everywhere)."""
    if not wanted:
        return html.escape(text)
    pattern = re.compile(term_pattern(wanted) + r"[\w']*", re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(f"<b>{html.escape(match.group(0))}</b>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def snippet(plain: str, wanted: Sequence[str]) -> str:
    """A passage around the first match of ``wanted`` (marked), starting and ending on whole
    words; the start of the text when nothing is to be marked."""
    pattern = re.compile(term_pattern(wanted), re.IGNORECASE)
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
