"""Load and validate article files: TOML front matter between ``+++`` lines, then Markdown.

Articles are untrusted when they come from a clinic's content pack: size-limited, links limited
to ``bond:`` and ``https:``, and every problem reported as ``file:line: message``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bond.content.checker import SLUG, Checker
from bond.content.problems import ContentProblem, index_toml_lines, problem_from_toml_error
from bond.domain.articles import Article, ArticleCategory

MAX_BYTES = 256 * 1024
MIN_WORDS, MAX_WORDS = 100, 3000
FIELDS = {
    "title",
    "summary",
    "category",
    "tags",
    "minutes",
    "content_note",
    "sources",
    "related_exercises",
    "related_articles",
    "leave_no_trace",
}
REQUIRED = {"title", "summary", "category", "tags", "minutes", "sources"}
LINK = re.compile(r"\]\(\s*([^)\s]+)")
REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*(\S+)")  # [name]: target
AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>")  # <scheme:...>
BOND_LINK = re.compile(r"^bond://(exercise|article)/([a-z0-9-]+)$")


@dataclass(frozen=True)
class KnownTargets:
    sources: frozenset[str]
    exercises: frozenset[str] | None  # None: not checked
    articles: frozenset[str] | None


def _split(path: Path, text: str) -> tuple[str, str, int] | ContentProblem:
    """Front matter text, body text, and the body's first line number."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "+++":
        return ContentProblem(path, 1, 'an article starts with a "+++" line, then its front matter')
    for i in range(1, len(lines)):
        if lines[i].strip() == "+++":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
    return ContentProblem(path, 1, 'the front matter has no closing "+++" line')


def parse_article(path: Path, known: KnownTargets) -> tuple[Article | None, list[ContentProblem]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [ContentProblem(path, 0, f"cannot read file ({error.strerror})")]
    if len(raw) > MAX_BYTES:
        return None, [ContentProblem(path, 0, f"file is too large (limit {MAX_BYTES} bytes)")]
    try:
        text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        return None, [
            ContentProblem(
                path, raw[: error.start].count(b"\n") + 1, "file is not valid UTF-8 text"
            )
        ]
    split = _split(path, text)
    if isinstance(split, ContentProblem):
        return None, [split]
    front, body, body_line = split
    try:
        data = tomllib.loads(front)
    except tomllib.TOMLDecodeError as error:
        problem = problem_from_toml_error(path, error, front)
        return None, [
            ContentProblem(path, problem.line + 1 if problem.line else 1, problem.message)
        ]

    class _Shifted(Checker):  # front matter lines sit one below the opening "+++"
        def report(self, key: tuple[str | int, ...], message: str) -> None:
            self.problems.append(ContentProblem(path, max(1, self.index.line_of(key)) + 1, message))

    check = _Shifted(path, index_toml_lines(front))
    check.fields(data, (), FIELDS, REQUIRED)
    category = check.choice(data, (), "category", tuple(c.value for c in ArticleCategory))
    tags = check.strings(data, (), "tags", limit=30, least=1, most=8, slugs=True)
    content_note = check.text(data, (), "content_note", 200)
    if "sensitive" in tags and not content_note:
        check.report(("tags",), 'an article tagged "sensitive" needs a "content_note"')
    sources = check.strings(data, (), "sources", limit=60, least=1, most=12, slugs=True)
    for name in sources:
        if name not in known.sources:
            check.report(("sources",), f'source "{name}" is not in sources.toml')
    exercises = check.strings(data, (), "related_exercises", limit=60, most=10, slugs=True)
    for name in exercises:
        if known.exercises is not None and name not in known.exercises:
            check.report(("related_exercises",), f'related exercise "{name}" does not exist')
    articles = check.strings(data, (), "related_articles", limit=60, most=10, slugs=True)
    for name in articles:
        if known.articles is not None and name not in known.articles:
            check.report(("related_articles",), f'related article "{name}" does not exist')
    problems = check.problems
    for offset, line in enumerate(body.split("\n")):
        for target in LINK.findall(line) + REFERENCE.findall(line) + AUTOLINK.findall(line):
            message = _check_link(target, known)
            if message:
                problems.append(ContentProblem(path, body_line + offset, message))
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(
            ContentProblem(
                path,
                body_line,
                f"the text has {words} words; an article needs {MIN_WORDS} to {MAX_WORDS}",
            )
        )
    if not SLUG.match(path.stem):
        problems.append(ContentProblem(path, 1, "the file name must be lower-case-with-dashes"))
    article = Article(
        slug=path.stem,
        title=check.text(data, (), "title", 70, required=True),
        summary=check.text(data, (), "summary", 200, required=True),
        category=ArticleCategory(category) if category else ArticleCategory.UNDERSTANDING,
        tags=tags,
        minutes=check.integer(data, (), "minutes", (1, 20), 5),
        body=body.strip() + "\n",
        sources=sources,
        content_note=content_note,
        related_exercises=exercises,
        related_articles=articles,
        leave_no_trace=check.boolean(data, (), "leave_no_trace"),
        source_path=path,
    )
    return (None if problems else article), problems


def _check_link(target: str, known: KnownTargets) -> str | None:
    if target.startswith("https://"):
        return None
    match = BOND_LINK.match(target)
    if match is None:
        return (
            f'link "{target}" is not allowed '
            "(use bond://exercise/<id>, bond://article/<slug> or https://)"
        )
    kind, name = match.groups()
    pool = known.exercises if kind == "exercise" else known.articles
    if pool is not None and name not in pool:
        return f'link "{target}" points to an {kind} that does not exist'
    return None


def load_articles(
    files: Iterable[Path], known: KnownTargets
) -> tuple[dict[str, Article], list[ContentProblem]]:
    articles: dict[str, Article] = {}
    problems: list[ContentProblem] = []
    for path in sorted(files):
        article, found = parse_article(path, known)
        problems.extend(found)
        if article is not None:
            articles[article.slug] = article
    return articles, problems
