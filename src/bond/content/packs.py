"""Clinic content packs: folders of exercises, articles and support contacts from an organisation.

A pack is untrusted input. It is read with the same validator as the built-in content, plus the
limits that matter for files nobody here wrote (see :func:`load_packs`). A pack with any problem is
skipped as a whole and reported; the others still load.
"""

from __future__ import annotations

import html
import os
import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from bond.content.articles import MAX_BYTES as ARTICLE_MAX_BYTES
from bond.content.articles import KnownTargets, load_articles
from bond.content.catalog import Catalog, load_catalog
from bond.content.exercises import Known, load_exercises, load_sources
from bond.content.model import PackReport, PackSet
from bond.content.problems import (
    DEFAULT_MAX_BYTES,
    ContentProblem,
    KeyPath,
    index_toml_lines,
    read_regular_file,
    read_toml_file,
)
from bond.content.support import SupportCatalog, SupportRegion, load_support
from bond.domain.articles import Article
from bond.domain.exercises import Exercise
from bond.domain.policy import SupportMode

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_PACK_BYTES",
    "MAX_PACK_FILES",
    "MAX_TOML_BYTES",
    "PackReport",
    "PackSet",
    "load_packs",
    "merge_catalog",
    "merge_support",
]

#: Per-file limits: an exercise or support file is small; an article of 3,000 words is ~20 KB.
MAX_TOML_BYTES = DEFAULT_MAX_BYTES
MAX_ARTICLE_BYTES = min(128 * 1024, ARTICLE_MAX_BYTES)
#: Per-pack limits, so a stray copy of a whole disk cannot stall start-up.
MAX_PACK_FILES = 400
MAX_PACK_BYTES = 8 * 1024 * 1024

#: The folders a pack may hold, and the one kind of file each may hold.
_FOLDERS = {"exercises": ".toml", "articles": ".md", "support": ".toml"}
#: Other files a pack may carry. They are checked as text but never loaded or shown.
_TOP_FILES = {"sources.toml", "README.md", "LICENSE", "LICENSE.md", "LICENSE.txt"}
_NOTES = {"README.md"}

#: The Unicode bidi controls, which can make text read differently from how it is stored.
_BIDI = frozenset({0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)})
#: Every other invisible formatting character: Unicode's "format" category (Cf: zero-width
#: space, joiners, word joiner, soft hyphen, byte order mark, invisible operators, tag
#: characters...), as of Unicode 15.1, plus the fillers and joiners that show nothing though
#: their category says otherwise (combining grapheme joiner, Hangul fillers, Khmer inherent
#: vowels, Mongolian free variation selectors). A test checks it against ``unicodedata``.
_INVISIBLE = (
    "\u00ad\u034f\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200d\u2060-\u2065\u206a-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
#: Control characters (tab, line feed and carriage return are fine), the bidi controls, the
#: invisible formatting characters, and line separators.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
    f"{_INVISIBLE}]"
)
#: Raw HTML of any kind: tags, closing tags, comments, declarations, processing instructions.
_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|<[!?]", re.MULTILINE)
#: HTML character references, which Qt's Markdown engine decodes into the character they name.
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?")
_IMAGE = re.compile(r"!\[")
_IMAGE_TARGET = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]*)")
#: Where a link target starts, also on the line after ``](`` (Markdown allows that).
_LINK_OPEN = re.compile(r"\]\(\s*")
_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*<?([^\s>]+)", re.MULTILINE)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>")
#: Schemes and bare addresses Markdown would turn into links Bond must not follow.
_BARE = re.compile(
    r"(?<![\w/.@-])(javascript:|vbscript:|file:/|data:[a-z]+/|http://|ftp://|www\.)",
    re.IGNORECASE,
)
_BARE_MARKS = ("javascript:", "vbscript:", "file:/", "data:", "http://", "ftp://", "www.")
_BOND_LINK = re.compile(r"^bond://(exercise|article)/([a-z0-9-]+)$")
_ID_LINE = re.compile(r"^[ \t]*(?:id|code)[ \t]*=", re.MULTILINE)
_MAX_TEXT_PROBLEMS = 20  # per file: enough to fix, not a wall of noise


@dataclass
class _Taken:
    """Ids already in use: by Bond's own content, then by each pack loaded so far."""

    exercises: dict[str, str]
    articles: dict[str, str]
    sources: dict[str, str]
    regions: dict[str, str] = field(default_factory=dict)


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _survey(root: Path) -> tuple[list[Path], list[ContentProblem]]:
    """Every file of the pack, or the problems with its layout (nothing is read yet)."""
    problems: list[ContentProblem] = []
    files: list[Path] = []
    real_root = os.path.realpath(root)
    entries = 0
    total = 0

    def visit(folder: Path, allowed: set[str], suffix: str | None) -> bool:
        nonlocal entries, total
        try:
            with os.scandir(folder) as scan:
                found = sorted(scan, key=lambda e: e.name)
        except OSError as error:
            problems.append(ContentProblem(folder, 0, f"cannot read folder ({error.strerror})"))
            return True
        for entry in found:
            entries += 1
            path = folder / entry.name
            if entries > MAX_PACK_FILES:
                problems.append(
                    ContentProblem(
                        root, 0, f"the pack holds more than {MAX_PACK_FILES} files and folders"
                    )
                )
                return False
            if entry.is_symlink():
                target = os.path.realpath(path)
                inside = os.path.commonpath([real_root, target]) == real_root
                where = "inside" if inside else "outside"
                problems.append(
                    ContentProblem(
                        path, 0, f"a symbolic link pointing {where} the pack; copy the file in"
                    )
                )
            elif entry.is_dir(follow_symlinks=False):
                if suffix is None and entry.name in _FOLDERS:
                    if not visit(path, set(_NOTES), _FOLDERS[entry.name]):
                        return False
                else:
                    problems.append(
                        ContentProblem(
                            path,
                            0,
                            "a folder Bond does not expect here (a pack holds exercises/, "
                            "articles/ and support/)",
                        )
                    )
            elif not entry.is_file(follow_symlinks=False):
                problems.append(ContentProblem(path, 0, "not a regular file"))
            elif entry.name not in allowed and not (
                suffix is not None and entry.name.endswith(suffix)
            ):
                kinds = f"{suffix} files" if suffix else ", ".join(sorted(_TOP_FILES))
                problems.append(
                    ContentProblem(
                        path, 0, f"a file Bond does not expect here (only {kinds} belong here)"
                    )
                )
            else:
                size = entry.stat(follow_symlinks=False).st_size
                total += size
                limit = MAX_ARTICLE_BYTES if path.suffix == ".md" else MAX_TOML_BYTES
                if size > limit:
                    problems.append(
                        ContentProblem(
                            path, 0, f"file is too large ({size} bytes; the limit is {limit})"
                        )
                    )
                files.append(path)
        return True

    visit(root, set(_TOP_FILES), None)
    if total > MAX_PACK_BYTES:
        problems.append(
            ContentProblem(
                root, 0, f"the pack is too large ({total} bytes; the limit is {MAX_PACK_BYTES})"
            )
        )
    return files, problems


def _read_text(path: Path) -> str | ContentProblem:
    limit = MAX_ARTICLE_BYTES if path.suffix == ".md" else MAX_TOML_BYTES
    # Regular files only, opened without blocking: the survey looked at the folder earlier, and
    # a FIFO or a device swapped in since then must not stall or feed the loader.
    raw = read_regular_file(path, max_bytes=limit)
    if isinstance(raw, ContentProblem):
        return raw
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        return ContentProblem(
            path, raw[: error.start].count(b"\n") + 1, "file is not valid UTF-8 text"
        )


def _kind_of(code: int) -> str:
    if code in _BIDI:
        return "an invisible text-direction character"
    if _INVISIBLE_RE.match(chr(code)):
        return "an invisible formatting character"
    return "a control character"


def _decoded(ref: str) -> str:
    """What a character reference may stand for: as HTML5 decodes it, and for a numeric one
    also the raw code point (a Markdown engine need not apply HTML5's replacements)."""
    decoded = html.unescape(ref)
    if ref.startswith("&#"):
        digits = ref[2:].rstrip(";")
        code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
        if code <= 0x10FFFF:
            decoded += chr(code)
    return decoded


def _check_characters(path: Path, text: str) -> list[ContentProblem]:
    """Hidden characters, written out or spelt as character references such as ``&#x202e;``."""
    found: list[tuple[int, str]] = []
    for match in _FORBIDDEN.finditer(text):
        code = ord(match.group())
        found.append((match.start(), f"{_kind_of(code)} (U+{code:04X}) is not allowed"))
        if len(found) >= _MAX_TEXT_PROBLEMS:
            break
    if "&" in text:
        for match in _CHAR_REF.finditer(text):
            hidden = _FORBIDDEN.search(_decoded(match.group()))
            if hidden is None:
                continue
            code = ord(hidden.group())
            found.append(
                (
                    match.start(),
                    f'"{match.group()}" stands for {_kind_of(code)} (U+{code:04X}), '
                    "which is not allowed",
                )
            )
            if len(found) >= 2 * _MAX_TEXT_PROBLEMS:
                break
    found.sort()
    return [
        ContentProblem(path, _line_of(text, pos), message)
        for pos, message in found[:_MAX_TEXT_PROBLEMS]
    ]


@dataclass(frozen=True)
class _Targets:
    """The exercise ids and article slugs a ``bond://`` link in a pack may point to."""

    exercises: frozenset[str]
    articles: frozenset[str]


def _link_problem(target: str, targets: _Targets) -> str | None:
    if target.startswith("https://"):
        return None
    shown = target if len(target) <= 80 else target[:79] + "…"
    match = _BOND_LINK.match(target)
    if match is None:
        return (
            f'link "{shown}" is not allowed in a pack '
            "(use bond://exercise/<id>, bond://article/<slug> or https://)"
        )
    kind, name = match.groups()
    if name in (targets.exercises if kind == "exercise" else targets.articles):
        return None
    return f'link "{shown}" points to an {kind} that is neither in Bond nor in this pack'


def _target_end(text: str, start: int) -> int:
    """Where a link target that starts at ``start`` ends: at a blank or at the ``)`` that closes
    the link, so ``javascript:alert(1)`` is read whole, as Markdown reads it."""
    depth = 0
    pos = start
    while pos < len(text):
        ch = text[pos]
        if ch.isspace():
            break
        if ch == "\\":
            pos += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        pos += 1
    return min(pos, len(text))


def _link_targets(text: str) -> Iterator[tuple[int, int]]:
    """The start and end of every inline, reference and autolink target in ``text``."""
    for match in _LINK_OPEN.finditer(text):
        start = match.end()
        if text.startswith("<", start):
            close = re.compile(r"[>\n]").search(text, start + 1)
            end = close.start() if close else len(text)
            yield start + 1, end
        else:
            yield start, _target_end(text, start)
    for pattern in (_REFERENCE, _AUTOLINK):
        for match in pattern.finditer(text):
            yield match.start(1), match.end(1)


def _markdown_findings(text: str, targets: _Targets) -> list[tuple[int, str]]:
    """What Qt's Markdown engine could turn into HTML, images or links Bond must not follow,
    as (position, message); each bad link once."""
    found: list[tuple[int, str]] = []
    for match in _HTML.finditer(text):
        found.append((match.start(), f'raw HTML ("{match.group()}") is not allowed in a pack'))
    images: set[int] = set()
    for match in _IMAGE.finditer(text):
        target = _IMAGE_TARGET.match(text, match.start())
        remote = target is not None and "://" in target.group(1)
        if target is not None:
            images.add(target.start(1))
        found.append(
            (
                match.start(),
                "a remote image is not allowed: Bond never loads anything from the internet"
                if remote
                else "images are not allowed in a pack",
            )
        )
    spans: list[tuple[int, int]] = []
    for start, end in _link_targets(text):
        if end <= start:
            continue
        spans.append((start, end))
        if start in images or start - 1 in images:
            continue  # the image is already reported
        message = _link_problem(text[start:end], targets)
        if message:
            found.append((start, message))
    lowered = text.lower()  # a cheap look first: the full pattern is slow on long text
    bare = any(mark in lowered for mark in _BARE_MARKS)
    for match in _BARE.finditer(text) if bare else ():
        if any(start <= match.start() < end for start, end in spans):
            continue  # part of a link target, which is already reported
        found.append(
            (
                match.start(),
                f'"{match.group()}" would become a link Bond must not follow; '
                "write web links as [words](https://...)",
            )
        )
    found.sort()
    return found


def _check_markdown(path: Path, text: str, targets: _Targets) -> list[ContentProblem]:
    return [
        ContentProblem(path, _line_of(text, pos), message)
        for pos, message in _markdown_findings(text, targets)[:_MAX_TEXT_PROBLEMS]
    ]


def _strings(value: object, key: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _strings(item, (*key, name))
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _strings(item, (*key, number))


def _check_fields(path: Path, text: str, targets: _Targets) -> list[ContentProblem]:
    """The Markdown check on every text field of an exercise or support file.

    Bond shows these as plain text, but a pack must not depend on that: a field that could
    become HTML, an image or a link anywhere is refused. A malformed file is left to the
    validator, which reports the syntax error.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return []
    index = index_toml_lines(text)
    problems: list[ContentProblem] = []
    for key, value in _strings(data, ()):
        findings = _markdown_findings(value, targets)
        if key[-1:] == ("value",) and "methods" in key:
            # A contact's web address; the support validator allows only plain addresses.
            findings = [f for f in findings if "would become a link" not in f[1]]
        line = index.line_of(key)
        problems.extend(ContentProblem(path, line, message) for _, message in findings)
        if len(problems) >= _MAX_TEXT_PROBLEMS:
            break
    return problems[:_MAX_TEXT_PROBLEMS]


def _id_line(text: str) -> int:
    match = _ID_LINE.search(text)
    return _line_of(text, match.start()) if match else 1


@dataclass
class _Loaded:
    exercises: dict[str, Exercise]
    articles: dict[str, Article]
    sources: dict[str, str]
    regions: dict[str, SupportRegion]


def _load_one(
    root: Path, organisation: str, builtin: Catalog, taken: _Taken, today: date | None
) -> tuple[_Loaded | None, list[ContentProblem]]:
    if not root.is_dir():
        return None, [ContentProblem(root, 0, "no such folder")]
    files, problems = _survey(root)
    if problems:
        return None, problems  # nothing is read from a pack with the wrong shape
    exercise_files = [p for p in files if p.parent.name == "exercises" and p.suffix == ".toml"]
    article_files = [p for p in files if p.parent.name == "articles" and p.name not in _NOTES]
    exercise_ids = frozenset(builtin.exercises) | {p.stem for p in exercise_files}
    article_slugs = frozenset(builtin.articles) | {p.stem for p in article_files}
    link_targets = _Targets(exercise_ids, article_slugs)
    texts: dict[Path, str] = {}
    for path in files:
        text = _read_text(path)
        if isinstance(text, ContentProblem):
            problems.append(text)
            continue
        texts[path] = text
        problems.extend(_check_characters(path, text))
        if path.name in _NOTES:
            continue
        if path.parent.name == "articles":
            problems.extend(_check_markdown(path, text, link_targets))
        elif path.parent.name in {"exercises", "support"}:
            problems.extend(_check_fields(path, text, link_targets))
    if problems:
        return None, problems

    # The same validators as Bond's own content; references may point at Bond's own items.
    own_sources, found = load_sources(root / "sources.toml")
    problems.extend(found)
    document = read_toml_file(root / "sources.toml") if own_sources else None
    for key in own_sources:
        if key in taken.sources:
            line = 0
            if document is not None and not isinstance(document, ContentProblem):
                line = document.index.line_of(("sources", key))
            problems.append(
                ContentProblem(
                    root / "sources.toml",
                    line,
                    f'source "{key}" is already used by {taken.sources[key]}; choose another key',
                )
            )
    sources = {**builtin.sources, **own_sources}
    known = Known(
        frozenset(sources), article_slugs, bool(builtin.feelings), frozenset(builtin.banks)
    )
    exercises, found = load_exercises(exercise_files, known)
    problems.extend(found)
    targets = KnownTargets(frozenset(sources), exercise_ids, article_slugs)
    articles, found = load_articles(article_files, targets)
    problems.extend(found)
    regions: dict[str, SupportRegion] = {}
    if (root / "support").is_dir():
        support = load_support(root / "support", today=today)
        problems.extend(support.problems)
        regions = dict(support.regions)

    for path in exercise_files:
        if path.stem in taken.exercises:
            problems.append(
                ContentProblem(
                    path,
                    _id_line(texts[path]),
                    f'exercise id "{path.stem}" is already used by {taken.exercises[path.stem]}',
                )
            )
    for path in article_files:
        if path.stem in taken.articles:
            problems.append(
                ContentProblem(
                    path, 1, f'article "{path.stem}" is already used by {taken.articles[path.stem]}'
                )
            )
    for code, region in regions.items():
        if code in taken.regions:
            problems.append(
                ContentProblem(
                    region.source_path,
                    _id_line(texts.get(region.source_path, "")),
                    f'region "{code}" is already given by {taken.regions[code]}',
                )
            )
    if not (exercises or articles or regions or problems):
        problems.append(
            ContentProblem(root, 0, "the pack holds no exercises, articles or support contacts")
        )
    if problems:
        return None, problems
    return (
        _Loaded(
            {i: replace(e, origin=organisation) for i, e in exercises.items()},
            {s: replace(a, origin=organisation) for s, a in articles.items()},
            own_sources,
            regions,
        ),
        [],
    )


def load_packs(
    folders: Sequence[Path],
    organisation: str,
    *,
    builtin: Catalog | None = None,
    today: date | None = None,
) -> PackSet:
    """Load the clinic's pack folders; a pack with any problem is skipped as a whole.

    ``builtin`` is Bond's own catalogue (loaded from the bundled content when not given): pack
    ids must not clash with it, and pack items may cite its sources and link to its items.
    ``today`` is the date support contacts' ``last_verified`` may not be after. Never raises
    for bad content.
    """
    if builtin is None:
        from bond.paths import content_dir

        builtin = load_catalog(content_dir())
    mine = "Bond's own content"
    taken = _Taken(
        exercises=dict.fromkeys(builtin.exercises, mine),
        articles=dict.fromkeys(builtin.articles, mine),
        sources=dict.fromkeys(builtin.sources, mine),
    )
    exercises: dict[str, Exercise] = {}
    articles: dict[str, Article] = {}
    sources: dict[str, str] = {}
    regions: dict[str, SupportRegion] = {}
    reports: list[PackReport] = []
    seen: set[str] = set()
    for folder in folders:
        real = os.path.realpath(folder)
        if real in seen:
            problem = ContentProblem(folder, 0, "this pack is listed twice")
            reports.append(PackReport(folder, (str(problem),)))
            continue
        seen.add(real)
        try:
            loaded, problems = _load_one(folder, organisation, builtin, taken, today)
        except (OSError, RecursionError, ValueError) as error:  # a folder changing under us
            loaded, problems = None, [ContentProblem(folder, 0, f"cannot read the pack ({error})")]
        if loaded is None:
            unique = list(dict.fromkeys(str(p) for p in problems))
            reports.append(PackReport(folder, tuple(unique)))
            continue
        owner = f"the pack {folder}"
        taken.exercises.update(dict.fromkeys(loaded.exercises, owner))
        taken.articles.update(dict.fromkeys(loaded.articles, owner))
        taken.sources.update(dict.fromkeys(loaded.sources, owner))
        taken.regions.update(dict.fromkeys(loaded.regions, owner))
        exercises.update(loaded.exercises)
        articles.update(loaded.articles)
        sources.update(loaded.sources)
        regions.update(loaded.regions)
        reports.append(
            PackReport(
                folder,
                exercises=len(loaded.exercises),
                articles=len(loaded.articles),
                support_regions=len(loaded.regions),
            )
        )
    return PackSet(organisation, exercises, articles, sources, regions, tuple(reports))


def merge_catalog(catalog: Catalog, packs: PackSet) -> Catalog:
    """Bond's catalogue with the packs' exercises, articles and sources added (ids never clash)."""
    return Catalog(
        exercises={**catalog.exercises, **packs.exercises},
        sources={**catalog.sources, **packs.sources},
        feelings=catalog.feelings,
        banks=dict(catalog.banks),
        articles={**catalog.articles, **packs.articles},
        problems=list(catalog.problems),
    )


def _joined(base: SupportRegion, clinic: SupportRegion | None, keep_own: bool) -> SupportRegion:
    """``base``'s name and emergency number, with the clinic's contacts first."""
    contacts = clinic.contacts if clinic is not None else ()
    if keep_own:
        contacts = contacts + base.contacts
    note = clinic.note if clinic is not None and clinic.note else (base.note if keep_own else "")
    texts: dict[str, dict[str, str]] = {}
    note_texts = (
        clinic.texts if clinic is not None and clinic.note else (base.texts if keep_own else {})
    )
    for lang in {*base.texts, *note_texts}:
        merged = {k: v for k, v in base.texts.get(lang, {}).items() if k != "note"}
        if "note" in note_texts.get(lang, {}):
            merged["note"] = note_texts[lang]["note"]
        texts[lang] = merged
    return replace(base, contacts=contacts, note=note, texts=texts)


def merge_support(support: SupportCatalog, packs: PackSet, mode: SupportMode) -> SupportCatalog:
    """The support contacts to show, with the clinic's honoured as ``mode`` says.

    EXTEND: in each region the clinic covers, its contacts come first, then Bond's own.
    REPLACE: only the clinic's contacts are listed, in every region; each region keeps its
    emergency number (and Bond's wording of it). When no pack gave any contacts (none was
    configured, or each was skipped), Bond's own list stays: a broken pack must never leave
    someone with fewer places to turn.
    """
    if not packs.support:
        return support
    regions: dict[str, SupportRegion] = {}
    for code, base in support.regions.items():
        clinic = packs.support.get(code)
        if clinic is None and mode is SupportMode.EXTEND:
            regions[code] = base
        else:
            regions[code] = _joined(base, clinic, keep_own=mode is SupportMode.EXTEND)
    for code, clinic in packs.support.items():
        if code not in regions:
            regions[code] = clinic
    merged = replace(support, regions=regions)
    return merged.localised(support.lang) if support.lang else merged
