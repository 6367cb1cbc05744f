"""Clinic content packs: a good pack loads and merges; every kind of bad pack is skipped whole with
a file:line message; the hardened validator survives random and mutated input."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bond.content.catalog import Catalog, load_catalog
from bond.content.packs import (
    MAX_PACK_FILES,
    PackSet,
    load_packs,
    merge_catalog,
    merge_support,
)
from bond.content.support import SupportCatalog, load_support
from bond.domain.policy import SupportMode
from bond.security.secrets import MemoryStore
from tests.conftest import ROOT
from tests.unit.cli_helpers import FakeConsole, run

CONTENT = ROOT / "resources" / "content"
EXAMPLE = ROOT / "packaging" / "clinic" / "example-pack"
ORG = "Riverside Clinic"
EXERCISE = Path("exercises/one-thing-i-noticed.toml")
ARTICLE = Path("articles/practice-between-sessions.md")
SUPPORT = Path("support/us.toml")
RELAXED = date.max - timedelta(days=366)


@pytest.fixture(scope="module")
def builtin() -> Catalog:
    return load_catalog(CONTENT)


@pytest.fixture(scope="module")
def support() -> SupportCatalog:
    return load_support(CONTENT / "support", today=RELAXED)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(EXAMPLE, folder)
    return folder


def load(folder: Path, builtin: Catalog, *more: Path) -> PackSet:
    return load_packs([folder, *more], ORG, builtin=builtin, today=date(2026, 6, 1))


def append(path: Path, text: str) -> int:
    """Add ``text`` as new lines at the end of the file; return the line it starts on."""
    old = path.read_text(encoding="utf-8")
    path.write_text(old + text, encoding="utf-8")
    return old.count("\n") + 1


def replace_in(path: Path, old: str, new: str) -> int:
    """Replace the first ``old``; return the line it was on."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


# -- a good pack ---------------------------------------------------------------------------------


def test_the_example_pack_validates_and_carries_its_organisation(builtin: Catalog) -> None:
    packs = load(EXAMPLE, builtin)
    (report,) = packs.reports
    assert report.loaded, report.problems
    assert (report.exercises, report.articles, report.support_regions) == (1, 1, 1)
    exercise = packs.exercises["one-thing-i-noticed"]
    article = packs.articles["practice-between-sessions"]
    assert exercise.origin == ORG and article.origin == ORG
    assert "kazantzis-2016" in packs.sources
    merged = merge_catalog(builtin, packs)
    assert merged.exercises["one-thing-i-noticed"].origin == ORG
    assert merged.articles["practice-between-sessions"].origin == ORG
    assert merged.exercises["longer-out-breath"].origin == ""  # Bond's own stay Bond's own
    assert len(merged.exercises) == len(builtin.exercises) + 1
    assert merged.sources["kazantzis-2016"].startswith("Kazantzis")
    assert builtin.articles.keys() < merged.articles.keys()


def test_the_cli_checks_packs_and_keeps_its_old_behaviour() -> None:
    console = FakeConsole()
    assert run(["content", "validate", "--pack", str(EXAMPLE)], console, MemoryStore()) == 0
    assert "1 exercise, 1 article, 1 support region" in console.out
    console = FakeConsole()
    # Bond's own folder is fine content but not a pack (it has banks/ and feelings.toml).
    assert run(["content", "validate", "--pack", str(CONTENT)], console, MemoryStore()) == 1
    assert f"{CONTENT / 'banks'}: a folder Bond does not expect" in console.out
    assert "skipped as a whole" in console.err
    console = FakeConsole()
    assert run(["content", "validate", str(CONTENT)], console, MemoryStore()) == 0


def test_support_extend_puts_the_clinic_first_and_keeps_bonds_own(
    builtin: Catalog, support: SupportCatalog
) -> None:
    merged = merge_support(support, load(EXAMPLE, builtin), SupportMode.EXTEND)
    us = merged.region("us")
    assert us.contacts[0].organisation == "Example Counselling Centre"
    assert us.contacts[1:] == support.region("us").contacts
    assert us.emergency == "911"
    assert merged.region("uk") == support.region("uk")  # regions the clinic left alone


def test_support_replace_shows_only_the_clinic_but_every_emergency_number(
    builtin: Catalog, support: SupportCatalog, pack: Path
) -> None:
    replace_in(pack / SUPPORT, 'emergency = "911"', 'emergency = "call the clinic"')
    merged = merge_support(support, load(pack, builtin), SupportMode.REPLACE)
    us = merged.region("us")
    assert [c.organisation for c in us.contacts] == ["Example Counselling Centre"]
    assert us.emergency == "911"  # the region's own number stays, whatever the pack says
    assert merged.region("uk").contacts == ()
    assert merged.region("uk").emergency == support.region("uk").emergency
    spanish = merged.localised("es").region("ie")
    assert spanish.name == "Irlanda" and spanish.contacts == ()


def test_support_a_new_region_and_no_contacts_at_all(
    builtin: Catalog, support: SupportCatalog, pack: Path
) -> None:
    (pack / SUPPORT).rename(pack / "support" / "zz.toml")
    replace_in(pack / "support" / "zz.toml", 'code = "us"', 'code = "zz"')
    packs = load(pack, builtin)
    assert packs.reports[0].loaded, packs.reports[0].problems
    merged = merge_support(support, packs, SupportMode.EXTEND)
    assert merged.region("zz").contacts[0].organisation == "Example Counselling Centre"
    # A pack that was skipped (or gave no contacts) never takes Bond's own list away.
    assert merge_support(support, PackSet(), SupportMode.REPLACE) is support


def test_a_localised_catalogue_stays_localised_after_merging(
    builtin: Catalog, support: SupportCatalog
) -> None:
    spanish = support.localised("es")
    merged = merge_support(spanish, load(EXAMPLE, builtin), SupportMode.EXTEND)
    assert merged.lang == "es"
    assert merged.region("us").contacts[1].hours == spanish.region("us").contacts[0].hours


def test_a_bad_pack_is_skipped_and_a_good_one_still_loads(
    builtin: Catalog, pack: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good"
    (good / "exercises").mkdir(parents=True)
    text = (EXAMPLE / EXERCISE).read_text(encoding="utf-8")
    text = text.replace('"one-thing-i-noticed"', '"one-more-thing"')
    text = text.replace('["practice-between-sessions"]', '["practising-alone"]')
    (good / "exercises" / "one-more-thing.toml").write_text(text, encoding="utf-8")
    append(pack / EXERCISE, "\n[[steps]]\ntype = 3\n")
    packs = load(pack, builtin, good)
    bad_report, good_report = packs.reports
    assert not bad_report.loaded and good_report.loaded, good_report.problems
    assert set(packs.exercises) == {"one-more-thing"}
    # Nothing of the skipped pack leaks in: not its article, contacts or sources.
    assert not (packs.articles or packs.support or packs.sources)


# -- every kind of bad pack ----------------------------------------------------------------------


def _oversized(pack: Path) -> tuple[Path, int, str]:
    append(pack / ARTICLE, "\nMore words here. " * 9000)
    return pack / ARTICLE, 0, "file is too large"


def _too_many_files(pack: Path) -> tuple[Path, int, str]:
    for i in range(MAX_PACK_FILES + 1):
        (pack / "exercises" / f"extra-{i}.toml").write_text("", encoding="utf-8")
    return pack, 0, f"more than {MAX_PACK_FILES} files"


def _script(pack: Path) -> tuple[Path, int, str]:
    (pack / "exercises" / "setup.sh").write_text("rm -rf ~\n", encoding="utf-8")
    return pack / "exercises" / "setup.sh", 0, "a file Bond does not expect here"


def _python(pack: Path) -> tuple[Path, int, str]:
    (pack / "install.py").write_text("import os\n", encoding="utf-8")
    return pack / "install.py", 0, "a file Bond does not expect here"


def _web_page(pack: Path) -> tuple[Path, int, str]:
    (pack / "articles" / "page.html").write_text("<p>hi</p>\n", encoding="utf-8")
    return pack / "articles" / "page.html", 0, "only .md files belong here"


def _other_folder(pack: Path) -> tuple[Path, int, str]:
    (pack / "images").mkdir()
    return pack / "images", 0, "a folder Bond does not expect here"


def _symlink_out(pack: Path) -> tuple[Path, int, str]:
    outside = pack.parent / "secret.md"
    outside.write_text("secret\n", encoding="utf-8")
    (pack / "articles" / "secret.md").symlink_to(outside)
    return pack / "articles" / "secret.md", 0, "symbolic link pointing outside the pack"


def _symlink_folder(pack: Path) -> tuple[Path, int, str]:
    (pack / "support").rename(pack.parent / "elsewhere")
    (pack / "support").symlink_to(pack.parent / "elsewhere")
    return pack / "support", 0, "symbolic link pointing outside the pack"


def _fifo(pack: Path) -> tuple[Path, int, str]:
    os.mkfifo(pack / "exercises" / "wait.toml")
    return pack / "exercises" / "wait.toml", 0, "not a regular file"


def _html(pack: Path) -> tuple[Path, int, str]:
    line = append(pack / ARTICLE, '\n<img src="x.png" onerror="alert(1)">\n')
    return pack / ARTICLE, line + 1, 'raw HTML ("<img")'


def _html_comment(pack: Path) -> tuple[Path, int, str]:
    line = replace_in(pack / ARTICLE, "## Small is fine", "## Small is fine <!-- hidden -->")
    return pack / ARTICLE, line, 'raw HTML ("<!")'


def _script_tag(pack: Path) -> tuple[Path, int, str]:
    line = append(pack / ARTICLE, "\n</script>\n")
    return pack / ARTICLE, line + 1, 'raw HTML ("</script")'


def _remote_image(pack: Path) -> tuple[Path, int, str]:
    line = append(pack / ARTICLE, "\n![our logo](https://example.org/logo.png)\n")
    return pack / ARTICLE, line + 1, "a remote image is not allowed"


def _local_image(pack: Path) -> tuple[Path, int, str]:
    line = append(pack / ARTICLE, "\n![a photo](../../../home/user/photo.jpg)\n")
    return pack / ARTICLE, line + 1, "images are not allowed"


def _link(target: str, *, wrap: bool = False) -> Callable[[Path], tuple[Path, int, str]]:
    def make(pack: Path) -> tuple[Path, int, str]:
        gap = "\n" if wrap else ""
        line = append(pack / ARTICLE, f"\nSee [this page]({gap}{target}) for more.\n")
        return pack / ARTICLE, line + 1 + (1 if wrap else 0), "is not allowed"

    return make


def _reference(pack: Path) -> tuple[Path, int, str]:
    line = append(pack / ARTICLE, "\nSee [the page][p].\n\n[p]: http://example.org/\n")
    return pack / ARTICLE, line + 3, 'link "http://example.org/" is not allowed'


def _autolink(pack: Path) -> tuple[Path, int, str]:
    line = append(pack / ARTICLE, "\nWrite to <mailto:someone@example.org>.\n")
    return pack / ARTICLE, line + 1, 'link "mailto:someone@example.org" is not allowed'


def _bare_address(pack: Path) -> tuple[Path, int, str]:
    line = append(pack / ARTICLE, "\nOr visit www.example.org today.\n")
    return pack / ARTICLE, line + 1, '"www." would become a link'


def _bidi(pack: Path) -> tuple[Path, int, str]:
    line = replace_in(
        pack / EXERCISE, 'title = "One thing I noticed"', 'title = "One thing \u202eI noticed"'
    )
    return pack / EXERCISE, line, "invisible text-direction character (U+202E)"


def _bidi_isolate(pack: Path) -> tuple[Path, int, str]:
    line = replace_in(pack / ARTICLE, "## Small is fine", "## Small is \u2067fine")
    return pack / ARTICLE, line, "(U+2067)"


def _control(pack: Path) -> tuple[Path, int, str]:
    line = replace_in(pack / SUPPORT, "Our after-hours line", "Our after\x07hours line")
    return pack / SUPPORT, line, "a control character (U+0007)"


def _escaped_control(pack: Path) -> tuple[Path, int, str]:
    line = replace_in(pack / SUPPORT, "Our after-hours line", "Our after\\u001bhours line")
    return pack / SUPPORT, line, "control characters"


def _field(file: Path, old: str, new: str, message: str) -> Callable[[Path], tuple[Path, int, str]]:
    def make(pack: Path) -> tuple[Path, int, str]:
        line = replace_in(pack / file, old, new)
        return pack / file, line, message

    return make


def _bare_in_intro(pack: Path) -> tuple[Path, int, str]:
    """A field over several lines is reported at its key's line."""
    line = replace_in(pack / EXERCISE, "This takes 3 to 8", "See http://example.org. It takes")
    return pack / EXERCISE, line - 1, '"http://" would become a link'


def _step_html(pack: Path) -> tuple[Path, int, str]:
    line = append(
        pack / EXERCISE, '\n[[steps]]\ntype = "info"\ntitle = "More"\ntext = "<h1>Hi</h1>"\n'
    )
    return pack / EXERCISE, line + 4, 'raw HTML ("<h1")'


def _option_link(pack: Path) -> tuple[Path, int, str]:
    line = append(
        pack / EXERCISE,
        '\n[[steps]]\ntype = "choice"\nid = "pick"\ntitle = "Pick"\ntext = "Pick one."\n'
        'options = ["Fine", "[x](file:///etc/passwd)"]\n',
    )
    return pack / EXERCISE, line + 6, 'link "file:///etc/passwd" is not allowed'


def _entity(reference: str) -> Callable[[Path], tuple[Path, int, str]]:
    def make(pack: Path) -> tuple[Path, int, str]:
        line = replace_in(pack / ARTICLE, "## Small is fine", f"## Small is {reference}fine")
        return pack / ARTICLE, line, f'"{reference}" stands for an invisible text-direction'

    return make


def _invisible(
    file: Path, old: str, new: str, code: str
) -> Callable[[Path], tuple[Path, int, str]]:
    """An invisible formatting character (zero-width, soft hyphen, ...) written into a file."""

    def make(pack: Path) -> tuple[Path, int, str]:
        line = replace_in(pack / file, old, new)
        return pack / file, line, f"an invisible formatting character (U+{code}) is not allowed"

    return make


def _invisible_entity(reference: str, code: str) -> Callable[[Path], tuple[Path, int, str]]:
    def make(pack: Path) -> tuple[Path, int, str]:
        line = replace_in(pack / ARTICLE, "## Small is fine", f"## Small is {reference}fine")
        return (
            pack / ARTICLE,
            line,
            f'"{reference}" stands for an invisible formatting character (U+{code})',
        )

    return make


def _unknown_bond_link(kind: str) -> Callable[[Path], tuple[Path, int, str]]:
    def make(pack: Path) -> tuple[Path, int, str]:
        line = append(pack / ARTICLE, f"\nSee [this](\nbond://{kind}/not-anywhere) too.\n")
        return pack / ARTICLE, line + 2, f'"bond://{kind}/not-anywhere" points to an {kind}'

    return make


def _clash_exercise(pack: Path) -> tuple[Path, int, str]:
    shutil.copy(CONTENT / "exercises" / "longer-out-breath.toml", pack / "exercises")
    return (
        pack / "exercises" / "longer-out-breath.toml",
        2,
        'exercise id "longer-out-breath" is already used by Bond\'s own content',
    )


def _clash_article(pack: Path) -> tuple[Path, int, str]:
    target = pack / "articles" / "boundaries-basics.md"
    shutil.copy(pack / ARTICLE, target)
    return target, 1, 'article "boundaries-basics" is already used by Bond\'s own content'


def _clash_source(pack: Path) -> tuple[Path, int, str]:
    line = append(pack / "sources.toml", 'gottman-2011 = "Someone else, A. (2011). A book."\n')
    return pack / "sources.toml", line, 'source "gottman-2011" is already used'


def _malformed(pack: Path) -> tuple[Path, int, str]:
    line = replace_in(pack / EXERCISE, 'title = "One thing I noticed"', 'title = "One thing')
    return pack / EXERCISE, line, "TOML syntax error"


def _missing_field(pack: Path) -> tuple[Path, int, str]:
    replace_in(pack / EXERCISE, 'summary = "Think', 'not_a_summary = "Think')
    return pack / EXERCISE, 1, 'missing required field "summary"'


def _missing_support_field(pack: Path) -> tuple[Path, int, str]:
    line = replace_in(pack / SUPPORT, 'hours = "Evenings', 'opening = "Evenings')
    return pack / SUPPORT, line, 'unknown field "opening"'


def _not_utf8(pack: Path) -> tuple[Path, int, str]:
    with (pack / SUPPORT).open("ab") as handle:
        handle.write(b"\n# caf\xe9\n")
    lines = (pack / SUPPORT).read_bytes().count(b"\n")
    return pack / SUPPORT, lines, "not valid UTF-8"


def _unknown_reference(pack: Path) -> tuple[Path, int, str]:
    line = replace_in(
        pack / EXERCISE,
        'related_articles = ["practice-between-sessions"]',
        'related_articles = ["not-here"]',
    )
    return pack / EXERCISE, line, 'related article "not-here" does not exist'


def _empty(pack: Path) -> tuple[Path, int, str]:
    for folder in ("exercises", "articles", "support"):
        shutil.rmtree(pack / folder)
    return pack, 0, "holds no exercises, articles or support contacts"


BAD = {
    "oversized file": _oversized,
    "too many files": _too_many_files,
    "shell script": _script,
    "python file": _python,
    "html file": _web_page,
    "unexpected folder": _other_folder,
    "symlink out of the pack": _symlink_out,
    "symlinked folder": _symlink_folder,
    "fifo": _fifo,
    "html in markdown": _html,
    "html comment": _html_comment,
    "closing script tag": _script_tag,
    "remote image": _remote_image,
    "local image": _local_image,
    "javascript link": _link("javascript:alert(1)"),
    "javascript link on the next line": _link("javascript:alert(1)", wrap=True),
    "file link": _link("file:///etc/passwd"),
    "http link": _link("http://example.org/"),
    "data link": _link("data:text/html;base64,PHNjcmlwdD4="),
    "relative link": _link("../secret.md"),
    "reference link": _reference,
    "autolink": _autolink,
    "bare address": _bare_address,
    "html in an exercise title": _field(
        EXERCISE,
        'title = "One thing I noticed"',
        "title = \"<b>BOLD</b><a href='file:///etc/passwd'>x</a>\"",
        'raw HTML ("<b")',
    ),
    "link in an exercise title": _field(
        EXERCISE,
        'title = "One thing I noticed"',
        "title = \"<a href='file:///etc/passwd'>x</a>\"",
        'raw HTML ("<a")',
    ),
    "image in a summary": _field(
        EXERCISE, 'summary = "Think', 'summary = "<img src=x> Think', 'raw HTML ("<img")'
    ),
    "markdown image in a summary": _field(
        EXERCISE,
        'summary = "Think',
        'summary = "![x](https://example.org/x.png) Think',
        "a remote image is not allowed",
    ),
    "bare address in an intro": _bare_in_intro,
    "html in a step text": _step_html,
    "link in a choice option": _option_link,
    "html in a step title": _field(
        EXERCISE, 'title = "Why small things"', 'title = "<i>Why</i>"', 'raw HTML ("<i")'
    ),
    "html in a placeholder": _field(
        EXERCISE, 'placeholder = "On Tuesday', 'placeholder = "<u>On</u> Tuesday', 'raw HTML ("<u")'
    ),
    "html in a support description": _field(
        SUPPORT, 'description = "Our', 'description = "<font size=9>Our', 'raw HTML ("<font")'
    ),
    "html in a support organisation": _field(
        SUPPORT,
        'organisation = "Example',
        'organisation = "<b>Example',
        'raw HTML ("<b")',
    ),
    "html in support hours": _field(
        SUPPORT, 'hours = "Evenings', 'hours = "<!-- x -->Evenings', 'raw HTML ("<!")'
    ),
    "html in a support label": _field(
        SUPPORT, 'label = "Call', 'label = "<s>Call</s>', 'raw HTML ("<s")'
    ),
    "html in a support region name": _field(
        SUPPORT, 'name = "United States"', 'name = "<h1>United States"', 'raw HTML ("<h1")'
    ),
    "hex character reference": _entity("&#x202e;"),
    "decimal character reference": _entity("&#8238;"),
    "named character reference": _entity("&rlm;"),
    "unknown exercise link": _unknown_bond_link("exercise"),
    "unknown article link": _unknown_bond_link("article"),
    "zero-width space in a title": _invisible(
        EXERCISE, 'title = "One thing I noticed"', 'title = "One thing\u200bI noticed"', "200B"
    ),
    "zero-width non-joiner in an article": _invisible(
        ARTICLE, "## Small is fine", "## Small is\u200cfine", "200C"
    ),
    "zero-width joiner in an article": _invisible(
        ARTICLE, "## Small is fine", "## Small\u200d is fine", "200D"
    ),
    "word joiner in a support description": _invisible(
        SUPPORT, "Our after-hours line", "Our after\u2060hours line", "2060"
    ),
    "byte order mark inside an article": _invisible(
        ARTICLE, "## Small is fine", "## Small is \ufefffine", "FEFF"
    ),
    "soft hyphen in a title": _invisible(
        EXERCISE, 'title = "One thing I noticed"', 'title = "One thing I no\u00adticed"', "00AD"
    ),
    "invisible times in an article": _invisible(
        ARTICLE, "## Small is fine", "## Small\u2062is fine", "2062"
    ),
    "a tag character in an article": _invisible(
        ARTICLE, "## Small is fine", "## Small is fine\U000e0041", "E0041"
    ),
    "hangul filler in an article": _invisible(
        ARTICLE, "## Small is fine", "## Small\u3164is fine", "3164"
    ),
    "soft hyphen as a named reference": _invisible_entity("&shy;", "00AD"),
    "zero-width space as a hex reference": _invisible_entity("&#x200B;", "200B"),
    "zero-width joiner as a named reference": _invisible_entity("&zwj;", "200D"),
    "word joiner as a decimal reference": _invisible_entity("&#8288;", "2060"),
    "bidi override": _bidi,
    "bidi isolate": _bidi_isolate,
    "control character": _control,
    "escaped control character": _escaped_control,
    "exercise id clash": _clash_exercise,
    "article clash": _clash_article,
    "source clash": _clash_source,
    "malformed toml": _malformed,
    "missing field": _missing_field,
    "unknown support field": _missing_support_field,
    "not utf-8": _not_utf8,
    "unknown reference": _unknown_reference,
    "empty pack": _empty,
}


@pytest.mark.parametrize("spoil", BAD.values(), ids=list(BAD))
def test_every_kind_of_bad_pack_is_skipped_with_file_and_line(
    spoil: Callable[[Path], tuple[Path, int, str]], builtin: Catalog, pack: Path
) -> None:
    path, line, message = spoil(pack)
    packs = load(pack, builtin)
    (report,) = packs.reports
    assert not report.loaded
    assert not (packs.exercises or packs.articles or packs.support or packs.sources)
    where = f"{path}:{line}: " if line else f"{path}: "
    assert any(p.startswith(where) and message in p for p in report.problems), (
        where,
        message,
        report.problems,
    )


def test_packs_clash_with_each_other_and_a_pack_listed_twice(
    builtin: Catalog, pack: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    shutil.copytree(EXAMPLE, other)
    packs = load(pack, builtin, other, pack)
    first, second, twice = packs.reports
    assert first.loaded and not second.loaded
    assert f"{other / EXERCISE}:2: exercise id" in "\n".join(second.problems)
    assert f"the pack {pack}" in "\n".join(second.problems)
    assert f'{other / SUPPORT}:3: region "us" is already given by' in "\n".join(second.problems)
    assert twice.problems == (f"{pack}: this pack is listed twice",)
    missing = load(tmp_path / "nowhere", builtin)
    assert missing.reports[0].problems == (f"{tmp_path / 'nowhere'}: no such folder",)


def test_a_future_last_verified_date_is_a_problem_only_with_a_real_clock(
    builtin: Catalog, pack: Path
) -> None:
    replace_in(pack / SUPPORT, "last_verified = 2026-01-15", "last_verified = 2027-01-15")
    assert not load(pack, builtin).reports[0].loaded
    assert load_packs([pack], ORG, builtin=builtin, today=RELAXED).reports[0].loaded


# -- fuzzing -------------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=60,
    deadline=timedelta(seconds=3),  # a hang or a blow-up fails the example
    suppress_health_check=[HealthCheck.too_slow],
)
TARGETS = (EXERCISE, ARTICLE, SUPPORT, Path("sources.toml"))


def _fuzz_once(builtin: Catalog, target: Path, content: bytes) -> PackSet:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pack"
        shutil.copytree(EXAMPLE, folder)
        (folder / target).write_bytes(content)
        packs = load_packs([folder], ORG, builtin=builtin, today=date(2026, 6, 1))
    (report,) = packs.reports
    assert all(isinstance(p, str) and p.startswith(str(folder)) for p in report.problems)
    if report.loaded:
        for article in packs.articles.values():
            # a lone "<" is text; a whole tag, comment or declaration never gets through
            assert not re.search(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>|<[!?]", article.body)
            # the word may appear as plain text; never as a link target
            assert not re.search(r"(\]\(\s*|<|\]:\s*)javascript:", article.body, re.I)
    return packs


@FUZZ
@given(target=st.sampled_from(TARGETS), content=st.binary(max_size=4096))
def test_random_bytes_never_escape_as_an_exception(
    builtin: Catalog, target: Path, content: bytes
) -> None:
    _fuzz_once(builtin, target, content)


@FUZZ
@given(
    target=st.sampled_from(TARGETS),
    edits=st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=1),
            st.integers(min_value=0, max_value=40),
            st.text(alphabet=st.characters(codec="utf-8"), max_size=20)
            | st.sampled_from(
                ["<b>", "](", "]: ", "![", '"', "\n", "\n[[steps]]\n", "javascript:"]
            ),
        ),
        min_size=1,
        max_size=5,
    ),
)
def test_mutated_valid_files_never_escape_as_an_exception(
    builtin: Catalog, target: Path, edits: list[tuple[float, int, str]]
) -> None:
    text = (EXAMPLE / target).read_text(encoding="utf-8")
    for where, cut, insert in edits:
        at = int(where * len(text))
        text = text[:at] + insert + text[at + cut :]
    _fuzz_once(builtin, target, text.encode("utf-8"))


# -- start-up cost -------------------------------------------------------------------------------


def make_big_pack(folder: Path, exercises: int = 50, articles: int = 100) -> Path:
    """A pack the size a busy clinic might ship, built from the example's files."""
    shutil.copytree(EXAMPLE, folder)
    exercise = (folder / EXERCISE).read_text(encoding="utf-8")
    article = (folder / ARTICLE).read_text(encoding="utf-8")
    for i in range(exercises):
        name = f"noticing-{i}"
        text = exercise.replace('id = "one-thing-i-noticed"', f'id = "{name}"')
        (folder / "exercises" / f"{name}.toml").write_text(text, encoding="utf-8")
    for i in range(articles):
        (folder / "articles" / f"between-sessions-{i}.md").write_text(
            article + "\n\nYou can read this again whenever you like.\n" * 40, encoding="utf-8"
        )
    return folder


def test_a_large_pack_loads_quickly(builtin: Catalog, tmp_path: Path) -> None:
    folder = make_big_pack(tmp_path / "big")
    started = time.perf_counter()
    packs = load(folder, builtin)
    elapsed = time.perf_counter() - started
    assert packs.reports[0].loaded, packs.reports[0].problems[:3]
    assert (len(packs.exercises), len(packs.articles)) == (51, 101)
    assert elapsed < 3.0, elapsed  # measured ~0.2 s; this only catches a blow-up


@pytest.mark.parametrize(
    ("target", "shown"),
    [
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("javascript:alert((1))", "javascript:alert((1))"),
        ("<javascript:alert(1)>", "javascript:alert(1)"),
        ("http://example.org/", "http://example.org/"),
        ("file:///etc/passwd", "file:///etc/passwd"),
    ],
)
def test_a_bad_link_is_reported_once_with_its_whole_target(
    target: str, shown: str, builtin: Catalog, pack: Path
) -> None:
    line = append(pack / ARTICLE, f"\nSee [this page]({target}) for more.\n")
    (report,) = load(pack, builtin).reports
    mine = [p for p in report.problems if f"{ARTICLE}:{line + 1}:" in p]
    assert len(mine) == 1, mine
    assert f'link "{shown}" is not allowed' in mine[0]


def test_links_to_items_of_bond_or_the_pack_itself_are_fine(builtin: Catalog, pack: Path) -> None:
    append(
        pack / ARTICLE,
        "\nTry [the breath](bond://exercise/longer-out-breath), [noticing]"
        "(bond://exercise/one-thing-i-noticed) and [limits](bond://article/boundaries-basics).\n",
    )
    (report,) = load(pack, builtin).reports
    assert report.loaded, report.problems


def test_harmless_character_references_and_web_addresses_are_fine(
    builtin: Catalog, pack: Path
) -> None:
    replace_in(pack / ARTICLE, "## Small is fine", "## Small &amp; fine &#8212; really&nbsp;")
    replace_in(pack / SUPPORT, 'kind = "call"', 'kind = "web"')
    replace_in(pack / SUPPORT, 'value = "555-0100"', 'value = "www.example.org"')
    (report,) = load(pack, builtin).reports
    assert report.loaded, report.problems


def test_every_invisible_formatting_character_is_refused() -> None:
    """Unicode category Cf (as this Python knows it), plus the invisible fillers, and nothing
    a person would write on purpose: accents, emoji with their variation selector, a no-break
    space and the characters of other scripts all pass."""
    import unicodedata

    from bond.content.packs import _FORBIDDEN

    for code in range(0x110000):
        char = chr(code)
        if unicodedata.category(char) == "Cf":
            assert _FORBIDDEN.match(char), f"U+{code:04X}"
    for text in ("café", "naïve", "👍🏽", "❤️", "\u00a0", "日本語", "עברית", "مرحبا", "—", "…"):
        assert _FORBIDDEN.search(text) is None, text
