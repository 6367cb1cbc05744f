"""What a library search looks for and what it marks: very common words (English and Spanish)
are neither required nor highlighted; a quoted phrase is marked whole."""

from __future__ import annotations

from bond.content.catalog import load_catalog
from bond.paths import content_dir
from bond.services.library import SearchIndex, highlight, highlight_terms, snippet, terms


def test_common_words_are_left_out_of_a_search_that_has_others() -> None:
    assert terms("feelings and needs") == ["feelings", "needs"]
    assert terms("The feelings") == ["feelings"]
    assert terms("sentimientos y necesidades") == ["sentimientos", "necesidades"]
    assert terms("qué hacer con la ira") == ["hacer", "ira"]
    assert terms("and") == ["and"]  # a search of only common words still searches


def test_only_words_that_carry_meaning_are_marked() -> None:
    assert highlight_terms("feelings and needs") == ["feelings", "needs"]
    assert highlight_terms("the and of") == []
    assert highlight_terms("an") == []  # too short to mark, even while typing "anger"
    assert highlight_terms("la pareja y los límites") == ["pareja", "límites"]
    text = "Feelings and needs, and more needs"
    assert highlight(text, highlight_terms("feelings and needs")) == (
        "<b>Feelings</b> and <b>needs</b>, and more <b>needs</b>"
    )


def test_a_quoted_phrase_is_marked_whole_and_its_words_alone() -> None:
    wanted = highlight_terms('"feelings and needs" trust')
    assert wanted == ["feelings and needs", "feelings", "needs", "trust"]
    text = "Feelings and\nneeds; trust your feelings"
    assert highlight(text, wanted) == (
        "<b>Feelings and\nneeds</b>; <b>trust</b> your <b>feelings</b>"
    )
    assert highlight_terms("«límites sanos»") == ["límites sanos", "límites", "sanos"]
    assert highlight_terms('"and the"') == []  # a phrase of nothing but common words


def test_search_results_do_not_mark_and() -> None:
    index = SearchIndex(load_catalog(content_dir()).articles.values())
    hits = index.search("feelings and needs")
    assert hits[0].article.slug == "feelings-and-needs"
    for hit in hits:
        assert "<b>and</b>" not in hit.snippet_html.casefold()
    assert "<b>" in hits[0].snippet_html
    assert snippet("nothing to mark here", []) == "nothing to mark here"
