"""The theme in force: the style sheet and the palette, both filled from the design tokens.

``resources/styles/bond.qss`` is one template for every theme; :func:`stylesheet` replaces its
``@name@`` tokens with the values of :mod:`bond.gui.design.tokens` for a theme and a text size.
The palette (read by custom painting: list delegates, the breathing circle, the components)
comes from the same tokens, so a colour changes in one place.

This runs before the first frame (DECISIONS 29, 32): plain string work, no ``Qt`` namespace and
no SVG renderer.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from bond.gui.design import tokens
from bond.paths import styles_dir

TEMPLATE = "bond.qss"
_TOKEN = re.compile(r"@([a-z_]+)@")
_current: list[str] = ["light", "100"]  # the theme and text size applied last (one app)


@cache
def _template() -> str:
    return (styles_dir() / TEMPLATE).read_text(encoding="utf-8")


def input_pad_h(scale: int) -> int:
    """The room before the text in a text box, drop-down, number or time box (8 px at 100%)."""
    return round(tokens.SPACE_PX["s"] * (1 + (scale - 100) / 400))


def qss_tokens(theme: str, scale: int) -> dict[str, str]:
    """Every ``@name@`` the template may use, for ``theme`` at ``scale`` percent text."""
    name = theme if theme in tokens.COLOURS else "light"
    values = dict(tokens.colours(name))
    for step in tokens.FONT_PX:
        values[f"font_{step}"] = f"{tokens.font_px(step, scale)}px"
    for space in tokens.SPACE_PX:
        values[f"space_{space}"] = f"{tokens.space_px(space, scale)}px"
    for radius, px in tokens.RADIUS_PX.items():
        values[f"radius_{radius}"] = f"{px}px"
    borders = tokens.BORDER_PX[name]
    for border, px in borders.items():
        values[f"border_{border}"] = f"{px}px"
    values["weight_strong"] = str(tokens.WEIGHT_STRONG[name])
    values["arrow"] = tokens.ARROWS[name]
    values["check"] = tokens.CHECK_INK[name]
    values["styles"] = styles_dir().as_posix()
    # Inside text boxes and drop-downs room grows a quarter as fast as the text: a row of them
    # must still fit a window at 200%.
    grow = 1 + (scale - 100) / 400
    values["arrow_w"] = f"{round(12 * grow)}px"
    values["arrow_h"] = f"{round(8 * grow)}px"
    values["arrow_room"] = f"{round(26 * grow)}px"
    values["arrow_pad"] = f"{round(30 * grow)}px"
    values["input_pad_v"] = f"{round(5 * grow)}px"
    values["input_pad_h"] = f"{input_pad_h(scale)}px"
    # Drop-downs and number boxes are as wide as what they hold, up to 280 px at 100% (the
    # style sheet's max-width is the text's room: the padding, the arrows and the edge are
    # outside it).
    outside = input_pad_h(scale) + round(30 * grow) + 2 * borders["control"]
    values["field_max"] = f"{round(280 * scale / 100) - outside}px"
    # Check boxes and radio buttons: the box (content) plus its edge; a chosen radio button is
    # a thick accent ring round a small centre, the same size overall.
    indicator = round(tokens.font_px("body", scale) * 1.1)
    box = indicator + 2 * borders["control"]
    dot = round(box * 0.3)
    values["scrollbar"] = f"{round(12 * grow)}px"
    values["scrollbar_round"] = f"{round(12 * grow) // 2 - 2}px"
    values["indicator"] = f"{indicator}px"
    values["indicator_round"] = f"{box // 2}px"
    values["radio_dot"] = f"{dot}px"
    values["radio_inner"] = f"{box - 2 * dot}px"
    # Paddings of the components, grown with the text (space grows half as fast as text). A
    # button, chip or list has a thin edge until focused and a 2 px ring then: its padding
    # takes the difference (``*_ring`` is the padding inside the ring), so its text stays put.
    # A primary button keeps room for its own ring (high contrast's double one is thicker).
    ring, edge, fill_ring = borders["control"], borders["edge"], borders["fill_ring"]
    values["fill_ring_style"] = tokens.FILL_RING_STYLE[name]
    # Every button keeps room for the thicker ring, so a row of primary and secondary ones is
    # level; a chip's height is fixed, its padding the base less what the ring takes.
    room = max(ring, fill_ring)
    for part, v, h, widest in (
        ("button", tokens.space_px("xs", scale) + 2, tokens.space_px("l", scale), room),
        ("chip", tokens.space_px("xs", scale) + 2, tokens.space_px("m", scale), ring),
    ):
        values[f"{part}_pad_v"] = f"{v + widest - edge}px"
        values[f"{part}_pad_h"] = f"{h + widest - edge}px"
        values[f"{part}_ring_pad_v"] = f"{v + widest - ring}px"
        values[f"{part}_ring_pad_h"] = f"{h + widest - ring}px"
        values[f"{part}_fill_ring_pad_v"] = f"{max(0, v + widest - fill_ring)}px"
        values[f"{part}_fill_ring_pad_h"] = f"{max(0, h + widest - fill_ring)}px"
    values["list_pad"] = f"{4 + ring - borders['hairline']}px"
    values["list_ring_pad"] = "4px"
    values["nav_pad_v"] = f"{tokens.space_px('s', scale) + 2}px"
    values["nav_pad_h"] = f"{tokens.space_px('m', scale)}px"
    # A chip is a pill: its height is fixed (one line of text), its radius half of it (Qt draws
    # square corners for a radius past that).
    line = round(tokens.font_px("body", scale) * 1.25)
    chip = line + 2 * (tokens.space_px("xs", scale) + 2) + 2 * ring
    values["chip_line"] = f"{line}px"
    values["radius_chip"] = f"{chip // 2}px"
    # The top bar: its buttons 36 px tall at 100% (a line, padding and the edge), the menus'
    # titles as tall. The bar's layout (ui/main_window.ui) keeps 10 px above and below.
    bar_line = round(tokens.font_px("body", scale) * 1.6)
    bar_pad = tokens.space_px("xs", scale)
    values["bar_line"] = f"{bar_line}px"
    values["bar_pad_v"] = f"{bar_pad}px"
    values["bar_pad_h"] = f"{tokens.space_px('l', scale)}px"  # its edges stay 2 px: no room
    text_line = round(tokens.font_px("body", scale) * 1.2)
    values["bar_item_pad_v"] = f"{bar_pad + max(0, (bar_line - text_line) // 2)}px"
    # A group box's title inside its card: the card's padding, the title's line, a gap.
    heading_line = round(tokens.font_px("section", scale) * 1.35)
    room = tokens.space_px("l", scale) + heading_line + tokens.space_px("s", scale)
    values["group_title_room"] = f"{room}px"
    values["group_title_left"] = f"{tokens.space_px('l', scale) - 3}px"  # Qt adds 3 before it
    return values


def stylesheet(theme: str, scale: int) -> str:
    """The style sheet for ``theme`` at ``scale`` percent text (a token the tables lack is left
    as it is, and a test fails on it)."""
    values = qss_tokens(theme, scale)
    return _TOKEN.sub(lambda m: values.get(m.group(1), m.group(0)), _template())


def palette_colours(theme: str) -> dict[str, str]:
    """Palette roles (QPalette.ColorRole names) and their colours for ``theme``."""
    c = tokens.colours(theme)
    return {
        "Window": c["bg"],
        "WindowText": c["text"],
        "Base": c["surface"],
        "AlternateBase": c["hover"],
        "Text": c["text"],
        "Button": c["surface"],
        "ButtonText": c["text"],
        "BrightText": c["on_accent"],
        "Highlight": c["accent"],
        "HighlightedText": c["on_accent"],
        "Accent": c["accent"],
        "Link": c["link"],
        "LinkVisited": c["link"],
        "PlaceholderText": c["muted"],
        "ToolTipBase": c["surface"],
        "ToolTipText": c["text"],
        "Light": c["surface"],
        "Midlight": c["hover"],
        "Mid": c["divider"],
        "Dark": c["border"],
        "Shadow": c["border"],
    }


#: Roles that read as greyed out in a disabled control.
DISABLED_ROLES = ("WindowText", "Text", "ButtonText")


def current_theme() -> str:
    """The theme applied last: custom painting reads its colours with ``tokens.colours``."""
    return _current[0]


def current_scale() -> int:
    """The text size applied last, in percent: components size their spaces with it."""
    return int(_current[1])


def apply_theme(app: QApplication, theme: str, scale: int) -> None:
    """Apply ``theme`` (light, dark, high-contrast) at ``scale`` percent text to the whole app."""
    name = theme if theme in tokens.COLOURS else "light"
    _current[:] = [name, str(scale)]
    font = QFont(app.font())
    font.setPixelSize(tokens.font_px("body", scale))
    app.setFont(font)
    # ``palette()`` is already a copy. ``QPalette(palette)`` and ``QColor(str)`` would make PySide6
    # weigh their ``Qt.GlobalColor`` overloads, building its whole Qt namespace (~30 ms) before
    # the first frame (DECISIONS 29); ``fromString`` has only the one.
    palette = app.palette()
    for role, colour in palette_colours(name).items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor.fromString(colour))
    disabled = QColor.fromString(tokens.colours(name)["disabled_text"])
    for role in DISABLED_ROLES:
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), disabled)
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(name, scale))
