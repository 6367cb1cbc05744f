"""The Library and the article view: reading, with each person's own marks (read, bookmarked,
where they stopped), which are saved as they change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bond.gui.features.base import Context, Feature, Place
from bond.gui.ops import Ops

if TYPE_CHECKING:
    from bond.gui.screens.article import ArticleScreen
    from bond.gui.screens.library import LibraryScreen
    from bond.services.library import ReadingService


class LibraryFeature(Feature):
    """The list of articles and one article at a time, for the reader chosen in the Library."""

    PLACES = ("library", "article")

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        # Reading marks for one article can be saved twice at once (a choice, then the place on
        # leaving); one thread commits them in order, so neither both insert the same new row.
        self._reading_writes = Ops(self, max_threads=1)
        self.screens.register("library", self._build_library)
        self.screens.register("article", self._build_article)

    # -- screens (built on first use) ---------------------------------------------------------
    @property
    def library(self) -> LibraryScreen:
        return self.screens["library"]  # type: ignore[no-any-return]

    @property
    def article_view(self) -> ArticleScreen:
        return self.screens["article"]  # type: ignore[no-any-return]

    def _build_library(self) -> LibraryScreen:
        from bond.gui.screens.library import LibraryScreen

        screen = LibraryScreen(self.state.catalog.articles)
        screen.open_requested.connect(self.open_article)
        screen.reader_chosen.connect(lambda _p: self.show_library())
        return screen

    def _build_article(self) -> ArticleScreen:
        from bond.gui.screens.article import ArticleScreen

        catalog, offered = self.state.catalog, self.state.offered()
        screen = ArticleScreen(
            catalog.sources,
            {e.id: e.title for e in offered.exercises.values()},
            {a.slug: a.title for a in catalog.articles.values()},
        )
        screen.back_requested.connect(lambda: self.show_library(keep_search=True))
        screen.not_now.connect(self.show_library)
        screen.article_requested.connect(self.open_article)
        screen.exercise_requested.connect(self._exercise_from_article)
        screen.state_changed.connect(self._reading_changed)
        return screen

    # -- the shell's calls --------------------------------------------------------------------
    def open(self, place: Place, notice: str) -> None:
        if place.kind == "library":
            self.show_library(keep_search=place.get("keep") == "1")
        elif place.kind == "article":
            self.open_article(place.arg, place.get("q"))

    def escape(self, screen: str) -> bool:
        """Escape leaves an article as its Back button does (the place is saved), and the
        Library for Home."""
        if screen == "article":
            self.article_view.ui.backButton.click()
            return True
        if screen == "library":
            self.shell.go("home")
            return True
        return False

    def close(self) -> None:
        """The vault is about to close: the reading marks still queued go in first."""
        self._reading_writes.wait()

    # -- reading ------------------------------------------------------------------------------
    def _reader(self) -> str | None:
        """Whose marks show: the one picked in the Library (if it was built), else the first."""
        built = "library" in self.screens
        chosen = self.library.reader() if built and self.library.ui.readerCombo.count() else None
        ids = [p.id for p in self.state.profiles]
        if chosen in ids:
            return chosen
        return ids[0] if ids else None

    def _reading(self) -> ReadingService:
        from bond.services.library import ReadingService

        assert self.state.vault is not None
        return ReadingService(self.state.vault, self.state.catalog.articles)

    def show_library(self, *, keep_search: bool = False) -> None:
        """The list, with the reader's marks loaded off the UI thread; ``keep_search`` when
        coming back from an article found by searching."""
        if self.state.vault is None or not self.state.content_ready:
            return
        if not keep_search:
            self.library.clear_search()
        self.library.set_readers(self.state.profiles, self._reader())
        reader = self._reader()
        reading = self._reading()

        def shown(loaded: tuple[dict[str, Any], list[Any]]) -> None:
            self.library.set_states(*loaded)
            self.shell.present(self.library)
            self.library.focus_first()

        if reader is None:
            return
        self.shell.run(lambda: (reading.states(reader), reading.continue_reading(reader)), shown)

    def open_article(self, slug: str, query: str = "") -> None:
        """One article, where its reader left it; ``query`` is highlighted (from a search)."""
        if not self.state.content_ready:
            return
        article = self.state.catalog.articles.get(slug)
        reader = self._reader()
        if article is None or self.state.vault is None or reader is None:
            return
        reading = self._reading()

        def shown(states: dict[str, Any]) -> None:
            self.article_view.show_article(article, states.get(slug), query)
            self.shell.present(self.article_view)

        self.shell.run(lambda: reading.states(reader), shown)

    def _reading_changed(self, slug: str, changes: object) -> None:
        reader = self._reader()
        if reader is None or self.state.vault is None or not isinstance(changes, dict):
            return
        reading = self._reading()
        self._reading_writes.run(
            lambda: reading.update(reader, slug, **changes), lambda _r: None, self.shell.unexpected
        )

    def _exercise_from_article(self, exercise_id: str) -> None:
        """An article's exercise link: the Exercises list offers the way back to the article."""
        article = self.article_view.article
        back = f"?back=article/{article.slug}" if article is not None else ""
        self.shell.go(f"exercise/{exercise_id}{back}")
