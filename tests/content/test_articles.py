"""Articles: the shipped library validates; broken files name file and line; search ranks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bond.content.catalog import article_files, load_catalog, validate
from bond.services.library import SearchIndex, highlight
from tests.conftest import ROOT

CONTENT = ROOT / "resources" / "content"

GOOD = (
    """+++
title = "A short piece"
summary = "Just enough words to pass."
category = "skills"
tags = ["skills"]
minutes = 1
sources = ["gottman-2011"]
related_exercises = ["feeling-check"]
+++

## A heading

"""
    + ("Words about noticing feelings and naming them kindly. " * 20)
    + """

[Try it](bond://exercise/feeling-check)
"""
)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    return root


def test_every_shipped_article_validates_and_has_the_right_length() -> None:
    catalog = load_catalog(CONTENT)
    assert catalog.problems == []
    assert len(catalog.articles) >= 22
    for article in catalog.articles.values():
        assert 600 <= article.words() <= 1500, article.slug
        if article.sensitive:
            assert article.content_note, article.slug
    assert catalog.articles["healthy-unhealthy-abusive"].leave_no_trace
    assert catalog.articles["making-a-safety-plan"].leave_no_trace
    topics = {
        "trauma-and-closeness",
        "intimacy-and-consent",
        "weekly-check-in-guide",
        "boundaries-basics",
        "feelings-and-needs",
        "when-conflict-overwhelms",
        "repairing-after-a-fight",
        "four-habits",
        "supporting-your-partner",
        "caring-for-the-supporter",
        "emotion-skills",
        "self-care-for-both",
        "practising-alone",
        "healthy-unhealthy-abusive",
        "finding-a-therapist",
        "how-bond-keeps-words-private",
        "making-a-safety-plan",
        "sleep-and-nightmares",
        "anger-after-trauma",
        "culture-racism-and-minority-stress",
        "rebuilding-trust",
    }
    assert topics <= set(catalog.articles)


def test_broken_articles_name_file_and_line(content: Path) -> None:
    articles = content / "articles"
    good = articles / "a-short-piece.md"
    good.write_text(GOOD, encoding="utf-8")
    assert [str(p) for p in validate([good])] == []
    no_front = articles / "no-front.md"
    no_front.write_text("Just text\n", encoding="utf-8")
    bad_toml = articles / "bad-toml.md"
    bad_toml.write_text(GOOD.replace("minutes = 1", "minutes = = 1"), encoding="utf-8")
    no_source = articles / "no-source.md"
    no_source.write_text(
        GOOD.replace('sources = ["gottman-2011"]', 'sources = ["nobody-1999"]'), encoding="utf-8"
    )
    no_note = articles / "no-note.md"
    no_note.write_text(GOOD.replace('tags = ["skills"]', 'tags = ["sensitive"]'), encoding="utf-8")
    dangling = articles / "dangling.md"
    dangling.write_text(
        GOOD.replace("bond://exercise/feeling-check", "bond://exercise/nowhere"), encoding="utf-8"
    )
    scheme = articles / "scheme.md"
    scheme.write_text(
        GOOD.replace("bond://exercise/feeling-check", "file:///etc/passwd"), encoding="utf-8"
    )
    found = [str(p) for p in validate([content])]
    assert f'{no_front}:1: an article starts with a "+++" line, then its front matter' in found
    assert any(m.startswith(f"{bad_toml}:6: TOML syntax error") for m in found)
    assert f'{no_source}:7: source "nobody-1999" is not in sources.toml' in found
    assert f'{no_note}:5: an article tagged "sensitive" needs a "content_note"' in found
    assert (
        f'{dangling}:15: link "bond://exercise/nowhere" points to an exercise that does not exist'
    ) in found
    assert any(
        m.startswith(f'{scheme}:15: link "file:///etc/passwd" is not allowed') for m in found
    )


def test_search_ranks_titles_first_and_highlights() -> None:
    catalog = load_catalog(CONTENT)
    index = SearchIndex(catalog.articles.values())
    hits = index.search("boundaries")
    assert hits[0].article.slug == "boundaries-basics"
    assert "<b>" in hits[0].snippet_html
    assert index.search("therapist")[0].article.slug == "finding-a-therapist"
    assert index.search("flood")[0].article.slug == "when-conflict-overwhelms"
    assert index.search("zzqqxx") == []
    assert index.search("privacy vault")[0].article.slug == "how-bond-keeps-words-private"
    assert highlight("Feel <your> feelings", ["feel"]) == (
        "<b>Feel</b> &lt;your&gt; <b>feelings</b>"
    )


def test_article_files_skip_the_readme() -> None:
    assert all(p.name != "README.md" for p in article_files(CONTENT))


def test_reference_links_and_autolinks_are_checked_too(content: Path) -> None:
    articles = content / "articles"
    ref = articles / "ref.md"
    ref.write_text(GOOD + "\n[x]: file:///etc/passwd\n<javascript:alert(1)>\n", encoding="utf-8")
    found = [str(p) for p in validate([ref])]
    assert any(':17: link "file:///etc/passwd" is not allowed' in m for m in found)
    assert any(':18: link "javascript:alert(1)" is not allowed' in m for m in found)
