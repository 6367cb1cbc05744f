"""``bond://`` links: what ``bond --open URI`` and another start of Bond may ask for (DECISIONS 33).

A link names a piece of content or a place, never anything a person wrote: an exercise by its id
(``bond://exercise/<id>``), an article by its slug (``bond://article/<slug>``), or one of the places
``support``, ``home``, ``library`` and ``exercises``. Nothing else is accepted, so a link cannot
carry a search, a query or text. Whether the id exists is for the window to say (a calm notice);
what is read here only has to have the right shape. Qt-free, so the command line checks a link
before anything starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCHEME = "bond"
#: The kinds of link, each the name of a place in the window (``MainWindow.go``).
KINDS = ("exercise", "article", "support", "home", "library", "exercises")
#: The kinds that name one piece of content (``exercise/<id>``, ``article/<slug>``).
WITH_ID = frozenset({"exercise", "article"})
#: Ids and slugs as the content files spell them (``bond.content.checker.SLUG``).
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID = 100
MAX_LINK = 200

USAGE = (
    "use bond://exercise/<id>, bond://article/<slug>, bond://support, bond://home, "
    "bond://library or bond://exercises"
)


class LinkError(ValueError):
    """Not a Bond link; the message says what one looks like (never the text given)."""


@dataclass(frozen=True)
class Link:
    kind: str
    id: str = ""

    @property
    def place(self) -> str:
        """The window's place for it: ``exercise/<id>``, ``support`` ..."""
        return f"{self.kind}/{self.id}" if self.id else self.kind

    def __str__(self) -> str:
        return f"{SCHEME}://{self.place}"


def parse_link(text: str) -> Link:
    """Read a ``bond://`` link of a known kind, or raise :class:`LinkError`.

    The scheme and the kind may be in any case (``BOND://Home``); an id is as its content
    file spells it. One trailing slash is allowed (some launchers add it); a query, a fragment,
    percent escapes, spaces and anything longer than ``MAX_LINK`` characters are not."""
    if len(text) > MAX_LINK or not text.isprintable() or any(c.isspace() for c in text):
        raise LinkError(f"that is not a Bond link: {USAGE}")
    scheme, sep, rest = text.partition("://")
    if not sep or scheme.lower() != SCHEME:
        raise LinkError(f"that is not a Bond link: {USAGE}")
    if rest.endswith("/"):
        rest = rest[:-1]
    kind, _, ident = rest.partition("/")
    kind = kind.lower()
    if kind not in KINDS:
        raise LinkError(f"Bond has no such kind of link: {USAGE}")
    if kind in WITH_ID:
        if len(ident) > MAX_ID or not _ID.fullmatch(ident):
            raise LinkError(
                f"a bond://{kind}/ link needs an id in small letters, digits and hyphens: {USAGE}"
            )
    elif ident:
        raise LinkError(f"bond://{kind} takes nothing after it: {USAGE}")
    return Link(kind, ident)
