"""What every feature is given: the shell's small interface, the shared state, and a base class.

A feature (home, exercises, settings, ...) owns its screens and their behaviour. It reaches the
rest of Bond only through :class:`Shell`: it never imports the shell's module or another
feature (a test says so). Moving between features goes by place (``shell.go("article/x")``),
the same names the ``bond://`` links use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qsl, urlsplit

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from bond.config import AppPaths
    from bond.domain.policy import Policy
    from bond.gui.app_state import AppState
    from bond.gui.preferences import Preferences
    from bond.gui.private_access import PrivateAccess
    from bond.gui.screen_registry import ScreenRegistry
    from bond.services.vault_service import VaultService


class Shell(Protocol):
    """The only way a feature reaches the window (eight members, on purpose)."""

    @property
    def state(self) -> AppState:
        """The open vault, its keys, the people and the catalogue."""

    def go(self, place: str, notice: str = "") -> None:
        """Move to a place (``home``, ``exercise/<id>``, ``settings`` ...), with an optional
        calm notice for its screen; ``start`` opens the vault afresh, ``back`` leaves Get
        support for where the person was."""

    def present(self, screen: QWidget) -> bool:
        """Make one of the caller's screens the one on show; False when the lock won."""

    def wait(self, message: str) -> None:
        """Close any dialog and the vault, and show only a calm "please wait" with ``message``."""

    def run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn`` off the UI thread; ``done`` or ``failed`` runs back on it."""

    def unexpected(self, exc: BaseException) -> None:
        """Log an error nobody planned for and tell the person plainly."""

    def locked(self) -> bool:
        """Whether the lock screen is up (quick hide or idle)."""

    def window(self) -> QWidget:
        """The parent for a feature's dialogs (``QWidget.window``: the shell itself)."""


@dataclass(frozen=True)
class Context:
    """What the shell hands each feature once, when it makes it."""

    shell: Shell
    screens: ScreenRegistry
    access: PrivateAccess
    paths: AppPaths
    service: VaultService
    prefs: Preferences
    policy: Policy


@dataclass(frozen=True)
class Place:
    """A parsed place: ``exercise/abc?back=article/x`` is kind ``exercise``, ``arg`` ``abc``."""

    kind: str
    arg: str = ""
    query: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, text: str) -> Place:
        parts = urlsplit(text)
        kind, _, arg = parts.path.partition("/")
        return cls(kind, arg, tuple(parse_qsl(parts.query)))

    def get(self, key: str, default: str = "") -> str:
        return dict(self.query).get(key, default)


class Feature(QObject):
    """One part of Bond with its own screens. The shell calls the hooks; a feature overrides
    those it needs."""

    #: The kinds of place this feature opens (``Place.kind``).
    PLACES: tuple[str, ...] = ()

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx.shell.window())
        self.ctx = ctx
        self.shell = ctx.shell
        self.state = ctx.shell.state
        self.screens = ctx.screens

    def open(self, place: Place, notice: str) -> None:
        """Show ``place`` (one of ``PLACES``)."""

    def escape(self, screen: str) -> bool:
        """Escape was pressed on ``screen`` (a registry name): whether this feature handled it."""
        return False

    def leave(self) -> None:
        """The person is going elsewhere (not to Get support): put away what must not stay."""

    def lock(self) -> None:
        """Bond is locking, or its vault closing: forget anything private on screen, at once
        (quick hide must not wait)."""

    def close(self) -> None:
        """The vault is closing (after ``lock``): finish what is still being written to it."""
