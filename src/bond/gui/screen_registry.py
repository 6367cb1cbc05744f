"""One registry for the screens: each is built the first time it is asked for.

Building a screen imports its module and lays it out (tens of milliseconds each), so only the
first frame's screens exist at start (DECISIONS 29). Looking never builds one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QStackedWidget, QWidget


class ScreenRegistry:
    """Named screens in the window's stack, built on first use."""

    def __init__(self, pages: QStackedWidget, current_dropped: Callable[[], None]) -> None:
        """``current_dropped`` runs when the screen on show is dropped, before it goes: the
        shell then shows something neutral and closes the keys (Qt would quietly show a
        neighbouring page)."""
        self._pages = pages
        self._current_dropped = current_dropped
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._private: set[str] = set()

    def register(self, name: str, build: Callable[[], QWidget], *, private: bool = False) -> None:
        """``private``: the screen shows a profile's private items, so the open profile stays
        open while it is on show (every other screen closes it)."""
        self._builders[name] = build
        if private:
            self._private.add(name)

    def __getitem__(self, name: str) -> Any:
        """The screen, built now if it was not yet (typed ``Any``: callers know its class)."""
        if name not in self._built:
            self.adopt(name, self._builders[name]())
        return self._built[name]

    def __contains__(self, name: str) -> bool:
        """Whether the screen exists already."""
        return name in self._built

    def get(self, name: str, default: QWidget) -> QWidget:
        """The screen if it exists already, else ``default`` (never builds one)."""
        return self._built.get(name, default)

    def adopt(self, name: str, screen: QWidget, *, private: bool | None = None) -> None:
        """Put a screen made elsewhere (a new run of an exercise) in the stack under ``name``,
        in place of the one there before (which goes; if it was on show, the new one is)."""
        old = self._built.pop(name, None)
        self._built[name] = screen
        if private:
            self._private.add(name)
        self._pages.addWidget(screen)
        if old is not None:
            if self._pages.currentWidget() is old:
                self._pages.setCurrentWidget(screen)  # a replacement: nothing in between
            self._pages.removeWidget(old)
            old.deleteLater()

    def drop(self, name: str) -> None:
        """Take a screen out of the stack and delete it (the next ask builds a new one)."""
        screen = self._built.pop(name, None)
        if screen is not None and self._pages.currentWidget() is screen:
            self._current_dropped()
        if screen is not None:
            self._pages.removeWidget(screen)
            screen.deleteLater()

    def built(self) -> list[str]:
        return list(self._built)

    def name_of(self, screen: QWidget | None) -> str:
        """The registry name of ``screen``, or "" for one it does not hold."""
        for name, built in self._built.items():
            if built is screen:
                return name
        return ""

    def is_private(self, screen: QWidget | None) -> bool:
        return self.name_of(screen) in self._private
