"""What Orca says as the menus open by their Alt keys, in the top bar's menu bar and, at 200% text
in the first window size, folded into its one Menu button."""

from __future__ import annotations

from collections.abc import Callable

from tests.screen_reader.listener import Bond
from tests.screen_reader.test_orca import HOME, spoken


def test_alt_v_opens_the_view_menu_aloud(bond: Callable[..., Bond]) -> None:
    app = bond()
    app.init()
    app.start(until=HOME)
    spoken(app.reader.press("alt+v"), "Larger text")
    app.reader.press("Escape")


def test_the_folded_menus_keep_their_alt_keys_aloud(bond: Callable[..., Bond]) -> None:
    app = bond()
    app.init()
    app.start(until=HOME)
    reader = app.reader
    for _ in range(10):  # 100% to 200% text: the menus fold into the Menu button
        reader.press("ctrl+plus", quiet=0.3)
    spoken(reader.press("alt+v"), "Larger text")  # View, open in the Menu button's list
    reader.press("Escape")
    reader.press("Escape")
    spoken(reader.press("alt+p"), "Get support now")  # Help's first item
    reader.press("Escape")
