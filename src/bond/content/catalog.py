"""The content catalogue: exercises, sources, feeling words and support contacts, validated.

One entry point, :func:`validate`, serves ``bond content validate`` for whole content folders
(laid out like ``resources/content``) and for single files. :class:`Catalog` itself lives in
:mod:`bond.content.model` (re-exported here), so a cached catalogue loads without these imports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bond.content.model import Catalog

# The parsers load with the first function that needs them: a cached catalogue (and the empty
# Catalog the app makes before its first window) needs none of them (DECISIONS 29).
if TYPE_CHECKING:
    from datetime import date

    from bond.content.problems import ContentProblem
    from bond.domain.exercises import FeelingGroup

__all__ = ["Catalog", "article_files", "load_catalog", "load_feelings", "validate"]


def load_feelings(path: Path) -> tuple[tuple[FeelingGroup, ...], list[ContentProblem]]:
    from bond.content.checker import SLUG, Checker
    from bond.content.problems import ContentProblem, read_toml_file
    from bond.domain.exercises import FeelingGroup

    document = read_toml_file(path)
    if isinstance(document, ContentProblem):
        return (), [document]
    check = Checker(path, document.index)
    check.fields(document.data, (), {"core"}, {"core"})
    groups: list[FeelingGroup] = []
    raw = document.data.get("core", [])
    if not isinstance(raw, list) or not raw:
        check.report(("core",), "feelings need at least one [[core]] group")
        raw = []
    for i, table in enumerate(raw):
        key = ("core", i)
        if not isinstance(table, dict):
            check.report(key, "each [[core]] must be a table")
            continue
        check.fields(table, key, {"id", "name", "words"}, {"id", "name", "words"})
        group_id = table.get("id")
        if not isinstance(group_id, str) or not SLUG.match(group_id):
            check.report((*key, "id"), '"id" must be lower-case-with-dashes')
            continue
        groups.append(
            FeelingGroup(
                id=group_id,
                name=check.text(table, key, "name", 40, required=True),
                words=check.strings(table, key, "words", limit=30, least=1, most=12),
            )
        )
    return tuple(groups), check.problems


def load_catalog(root: Path, *, fallback_sources: dict[str, str] | None = None) -> Catalog:
    """Load a content folder (``exercises/``, ``sources.toml``, ``feelings.toml``)."""
    from bond.content.articles import KnownTargets, load_articles
    from bond.content.banks import load_banks
    from bond.content.exercises import Known, load_exercises, load_sources

    catalog = Catalog()
    sources, problems = load_sources(root / "sources.toml")
    catalog.sources = {**(fallback_sources or {}), **sources}
    catalog.problems.extend(problems)
    if (root / "feelings.toml").exists():
        catalog.feelings, problems = load_feelings(root / "feelings.toml")
        catalog.problems.extend(problems)
    catalog.banks, problems = load_banks(
        (root / "banks").glob("*.toml"), frozenset(catalog.sources)
    )
    catalog.problems.extend(problems)
    exercise_dir = root / "exercises"
    files = sorted(exercise_dir.glob("*.toml")) if exercise_dir.is_dir() else []
    known = Known(
        frozenset(catalog.sources),
        _article_slugs(root),
        bool(catalog.feelings),
        frozenset(catalog.banks),
    )
    catalog.exercises, problems = load_exercises(files, known)
    catalog.problems.extend(problems)
    targets = KnownTargets(
        frozenset(catalog.sources),
        frozenset(p.stem for p in files),
        _article_slugs(root) or frozenset(),
    )
    catalog.articles, problems = load_articles(article_files(root), targets)
    catalog.problems.extend(problems)
    return catalog


def _article_slugs(root: Path) -> frozenset[str] | None:
    """Article slugs, or None while a content folder has no articles (links not checked yet)."""
    slugs = frozenset(p.stem for p in article_files(root))
    return slugs or None


def article_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / "articles").glob("*.md") if p.name != "README.md")


def _content_root_of(path: Path) -> Path | None:
    for candidate in (path.parent.parent, path.parent):
        if (candidate / "sources.toml").exists() or (candidate / "exercises").is_dir():
            return candidate
    return None


def validate(
    paths: Sequence[Path], builtin_sources: dict[str, str] | None = None, today: date | None = None
) -> list[ContentProblem]:
    """Every problem in the given content folders or files (empty when all is valid)."""
    from bond.content.problems import ContentProblem

    problems: list[ContentProblem] = []
    for path in paths:
        if not path.exists():
            problems.append(ContentProblem(path, 0, "no such file or folder"))
        elif path.is_dir():
            problems.extend(_validate_folder(path, builtin_sources, today))
        else:
            problems.extend(_validate_file(path, builtin_sources, today))
    return problems


def _validate_folder(
    root: Path, builtin: dict[str, str] | None, today: date | None
) -> Iterable[ContentProblem]:
    from bond.content.support import validate_support_file

    if root.name == "exercises" and not (root / "exercises").is_dir():
        for file in sorted(root.glob("*.toml")):
            yield from _validate_file(file, builtin, today)
        return
    if root.name == "support":
        for file in sorted(root.glob("*.toml")):
            yield from validate_support_file(file, today=today)
        return
    catalog = load_catalog(root, fallback_sources=builtin)
    yield from catalog.problems
    support = root / "support"
    if support.is_dir():
        for file in sorted(support.glob("*.toml")):
            yield from validate_support_file(file, today=today)


def _validate_file(
    path: Path, builtin: dict[str, str] | None, today: date | None
) -> Iterable[ContentProblem]:
    from bond.content.articles import KnownTargets, parse_article
    from bond.content.banks import load_banks
    from bond.content.exercises import Known, load_exercises, load_sources
    from bond.content.problems import ContentProblem
    from bond.content.support import validate_support_file

    root = _content_root_of(path)
    if path.parent.name == "support":
        yield from validate_support_file(path, today=today)
        return
    if path.name == "sources.toml":
        yield from load_sources(path)[1]
        return
    if path.name == "feelings.toml":
        yield from load_feelings(path)[1]
        return
    if path.name == "README.md":
        return
    if path.suffix == ".md" and path.parent.name == "articles":
        sources = dict(builtin or {})
        exercises: frozenset[str] | None = None
        if root is not None:
            sources.update(load_sources(root / "sources.toml")[0])
            exercises = frozenset(p.stem for p in (root / "exercises").glob("*.toml"))
        targets = KnownTargets(frozenset(sources), exercises, _article_slugs(path.parent.parent))
        yield from parse_article(path, targets)[1]
        return
    if path.suffix != ".toml":
        yield ContentProblem(path, 0, "not a content file Bond knows (.toml, or .md in articles/)")
        return
    sources = dict(builtin or {})
    articles: frozenset[str] | None = None
    has_feelings = True
    banks: frozenset[str] | None = None
    if root is not None:
        sources.update(load_sources(root / "sources.toml")[0])
        articles = _article_slugs(root)
        has_feelings = (root / "feelings.toml").exists()
        banks = frozenset(p.stem for p in (root / "banks").glob("*.toml"))
    if path.parent.name == "banks":
        yield from load_banks([path], frozenset(sources))[1]
        return
    known = Known(frozenset(sources), articles, has_feelings, banks)
    _, problems = load_exercises([path], known)
    yield from problems
