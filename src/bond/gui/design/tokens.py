"""Design tokens: every colour, size and space Bond's screens use, in one place.

Plain Python data, no Qt: ``bond.gui.theme`` fills the style sheet template
(``resources/styles/bond.qss``) and the palette from it, and custom painting reads it through
:func:`colours`. Change a colour here and every screen, component and contrast test follows.

Three themes (DECISIONS 32): ``light``, ``dark`` and ``high-contrast``. Every text and background
pair named in :data:`CONTRAST_PAIRS` meets WCAG AA in every theme (4.5:1 for text, 3:1 for large
text and for the borders and rings that show a control), and AAA (7:1) for text in high
contrast; ``tests/unit/test_contrast.py`` checks it from these tables.

Sizes are pixels at 100% text; :func:`font_px` and :func:`space_px` scale them by the text-size
setting (100 to 200%).
"""

from __future__ import annotations

from typing import Final, Literal

Theme = Literal["light", "dark", "high-contrast"]
THEMES: Final = ("light", "dark", "high-contrast")

#: What each colour role is for. Every theme defines exactly these.
ROLES: Final = {
    "bg": "the window's background, behind everything",
    "surface": "cards, text boxes, menus",
    "chrome": "the top bar and the navigation: quieter than the page's cards (a sidebar tone)",
    "hover": "a control under the pointer",
    "button_bg": (
        'a secondary button\'s fill: a quiet tint that says "press me" without a drawn box (WCAG'
        " 1.4.11 asks no edge of a button its words name); high contrast keeps black and an edge"
    ),
    "button_hover": "a secondary button under the pointer",
    "button_edge": "a secondary button's and a pane's 1 px edge: decoration, like a card's",
    "text": "body text",
    "muted": "hints and secondary text",
    "accent": "the one accent: primary buttons, chosen chips, the current place",
    "on_accent": "text and icons on the accent",
    "accent_hover": "the accent under the pointer",
    "link": "links and quiet buttons",
    "border": "the outline of a control (text box, button, chip): 3:1 against its surroundings",
    "divider": "hairlines between parts (decoration only: a card's edge, a separator)",
    "separator": "the faint line between list rows",
    "focus": (
        "the keyboard focus ring, one colour per theme, on every control and pane, a focused"
        " primary too: a 2 px ring in place of the control's edge that never changes its fill."
        " 3:1 against everything it sits on and against the edge it replaces (WCAG 2.4.13): the"
        " accent's near-black in light, white in dark"
    ),
    "primary_bg": (
        "a primary button's and a chosen chip's fill, focused or not: the accent in light and"
        " high contrast; a deeper shade of it in dark, so white text and the white ring show on"
        " it"
    ),
    "on_primary": "text and icons on a primary button or a chosen chip",
    "primary_hover": "a primary button under the pointer",
    "primary_focus_ring": (
        "a focused primary button's ring: 3:1 against its fill and the page (the focus colour"
        " itself, but in high contrast: a black double ring inside the yellow, since no colour"
        " shows on both yellow and black)"
    ),
    "danger": "danger text and icons, and nothing else",
    "danger_bg": "the danger banner",
    "on_danger_bg": "text on the danger banner",
    "danger_border": "the danger banner's edge",
    "success": "a confirmation's tick",
    "banner_bg": "the information banner and content notes",
    "on_banner": "text on it",
    "banner_border": "its edge",
    "notice_bg": "the temporary-session notice",
    "on_notice": "text on it",
    "notice_border": "its edge",
    "disabled_bg": "a control that cannot be used now: a flat muted fill, no edge",
    "disabled_text": "its text: muted, held to 3:1 (4.5:1 in high contrast) though WCAG exempts it",
    "disabled_border": "a disabled check box's or radio button's edge",
    "disabled_edge": "a disabled button's edge: its fill's colour (none); grey in high contrast",
    "toast_bg": "a toast (the inverse of the page, so it stands apart)",
    "on_toast": "text on a toast",
    "toast_border": "a toast's edge (only high contrast draws one apart from its fill)",
    "nav_current_bg": "the current place in the navigation",
    "on_nav_current": "its label and icon",
    "nav_marker": "the bar beside the current place (a shape, not only a colour)",
    "picture_soft": "pictures: the large calm shapes",
    "picture_mid": "pictures: leaves and hills",
    "picture_strong": "pictures: stems and lines",
    "picture_light": "pictures: the sun, the light",
    "chart_bg": "a chart's plate (Progress): the card's surface, so a chart is never a white slab",
    "chart_grid": "a chart's grid lines: 3:1 against its plate, drawn 1 px",
    "chart_axis": "a chart's axis lines: 3:1 against its plate",
    "chart_text": "a chart's axis labels and legend: 4.5:1 on its plate (7:1 in high contrast)",
    "chart_1": "a chart's first line (upset, before), drawn with CHART_DASHES[0]: 3:1 on its plate",
    "chart_2": "its second line (upset, after)",
    "chart_3": "its third line (close, before)",
    "chart_4": "its fourth line (close, after)",
}

COLOURS: Final[dict[str, dict[str, str]]] = {
    "light": {
        "bg": "#FAF7F2",
        "surface": "#FFFFFF",
        "chrome": "#F3EFE8",
        "hover": "#EAE4D9",
        "button_bg": "#EFEAE2",
        "button_hover": "#E4DDD0",
        "button_edge": "#DDD6CA",
        "text": "#1F2328",
        "muted": "#4A4F57",
        "accent": "#2F6F8F",
        "on_accent": "#FFFFFF",
        "accent_hover": "#285F7A",
        "link": "#1F516B",
        "border": "#80858E",
        "divider": "#D9D3C7",
        "separator": "#EFEAE1",
        "focus": "#0C1E29",
        "primary_bg": "#2F6F8F",
        "on_primary": "#FFFFFF",
        "primary_hover": "#285F7A",
        "primary_focus_ring": "#0C1E29",
        "danger": "#A1261B",
        "danger_bg": "#FBEAE7",
        "on_danger_bg": "#6E1A12",
        "danger_border": "#A1261B",
        "success": "#2E6B3A",
        "banner_bg": "#EEF4F7",
        "on_banner": "#1F2328",
        "banner_border": "#B9CDD8",
        "notice_bg": "#FFF4D6",
        "on_notice": "#3D2E00",
        "notice_border": "#E5C96B",
        "disabled_bg": "#F1EDE6",
        "disabled_text": "#777B82",
        "disabled_border": "#C9C3B8",
        "disabled_edge": "#F1EDE6",
        "toast_bg": "#1F2328",
        "on_toast": "#FFFFFF",
        "toast_border": "#1F2328",
        "nav_current_bg": "#E6EFF3",
        "on_nav_current": "#1F2328",
        "nav_marker": "#2F6F8F",
        "picture_soft": "#E9E1D3",
        "picture_mid": "#9CBFAE",
        "picture_strong": "#4F7D6A",
        "picture_light": "#F2C98B",
        "chart_bg": "#FFFFFF",
        "chart_grid": "#8E9197",
        "chart_axis": "#80858E",
        "chart_text": "#4A4F57",
        "chart_1": "#A55D0F",
        "chart_2": "#8F3D60",
        "chart_3": "#1D7773",
        "chart_4": "#24407B",
    },
    "dark": {
        "bg": "#16191D",
        "surface": "#1F2328",
        "chrome": "#202429",
        "hover": "#2B3037",
        "button_bg": "#2B3037",
        "button_hover": "#353B43",
        "button_edge": "#3A4048",
        "text": "#ECEAE6",
        "muted": "#B8BDC5",
        "accent": "#7CB9E0",
        "on_accent": "#0E1A22",
        "accent_hover": "#98C9E9",
        "link": "#8EC3FF",
        "border": "#8A919B",
        "divider": "#3A4048",
        "separator": "#2B3037",
        "focus": "#FFFFFF",
        "primary_bg": "#306F98",
        "on_primary": "#FFFFFF",
        "primary_hover": "#3679A2",
        "primary_focus_ring": "#FFFFFF",
        "danger": "#FF9B8F",
        "danger_bg": "#3B1F1C",
        "on_danger_bg": "#FFE1DC",
        "danger_border": "#FF9B8F",
        "success": "#86D08F",
        "banner_bg": "#1C2A33",
        "on_banner": "#ECEAE6",
        "banner_border": "#4E7185",
        "notice_bg": "#3A3016",
        "on_notice": "#FFE9A8",
        "notice_border": "#8C7430",
        "disabled_bg": "#1D2126",
        "disabled_text": "#6C727A",
        "disabled_border": "#4A5058",
        "disabled_edge": "#1D2126",
        "toast_bg": "#ECEAE6",
        "on_toast": "#16191D",
        "toast_border": "#ECEAE6",
        "nav_current_bg": "#24323C",
        "on_nav_current": "#ECEAE6",
        "nav_marker": "#7CB9E0",
        "picture_soft": "#27303A",
        "picture_mid": "#3F6657",
        "picture_strong": "#7FB59C",
        "picture_light": "#C9A35E",
        "chart_bg": "#1F2328",
        "chart_grid": "#6E757F",
        "chart_axis": "#8A919B",
        "chart_text": "#B8BDC5",
        "chart_1": "#E8B070",
        "chart_2": "#E399BC",
        "chart_3": "#5FD0C2",
        "chart_4": "#7CB9E0",
    },
    "high-contrast": {
        "bg": "#000000",
        "surface": "#000000",
        "chrome": "#000000",
        "hover": "#333333",
        "button_bg": "#000000",
        "button_hover": "#333333",
        "button_edge": "#FFFFFF",
        "text": "#FFFFFF",
        "muted": "#E6E6E6",
        "accent": "#FFFF00",
        "on_accent": "#000000",
        "accent_hover": "#FFFF66",
        "link": "#00FFFF",
        "border": "#FFFFFF",
        "divider": "#FFFFFF",
        "separator": "#000000",
        "focus": "#00FFFF",
        "primary_bg": "#FFFF00",
        "on_primary": "#000000",
        "primary_hover": "#FFFF66",
        # Cyan, the focus colour everywhere else, is 1.2:1 on the yellow fill: a dark cyan ring
        # (3.9:1) all but vanished on it. A focused yellow button takes a black double ring
        # (BORDER_PX "fill_ring"): its inner line is a black ring inside the yellow, 19:1 on
        # both its sides, with a yellow edge outside it on the black page.
        "primary_focus_ring": "#000000",
        "danger": "#FF9E9E",
        "danger_bg": "#000000",
        "on_danger_bg": "#FFFFFF",
        "danger_border": "#FF9E9E",
        "success": "#7CFF8A",
        "banner_bg": "#000000",
        "on_banner": "#FFFFFF",
        "banner_border": "#FFFFFF",
        "notice_bg": "#FFFF00",
        "on_notice": "#000000",
        "notice_border": "#FFFF00",
        "disabled_bg": "#000000",
        "disabled_text": "#7A7A7A",
        "disabled_border": "#7A7A7A",
        "disabled_edge": "#7A7A7A",
        "toast_bg": "#000000",
        "on_toast": "#FFFFFF",
        "toast_border": "#FFFFFF",
        "nav_current_bg": "#000000",
        "on_nav_current": "#FFFF00",
        "nav_marker": "#FFFF00",
        "picture_soft": "#1A1A1A",
        "picture_mid": "#5C5C5C",
        "picture_strong": "#FFFFFF",
        "picture_light": "#FFFF00",
        "chart_bg": "#000000",
        "chart_grid": "#8A8A8A",
        "chart_axis": "#FFFFFF",
        "chart_text": "#FFFFFF",
        "chart_1": "#FFFF00",
        "chart_2": "#FF66FF",
        "chart_3": "#00FFFF",
        "chart_4": "#FFFFFF",
    },
}

#: The chart's lines, in the order of ``chart_1`` to ``chart_4``: a pen's dash pattern (in units
#: of its width; empty is solid), the same in every theme, so colour is never the only signal
#: (upset is warm, close is cool; "before" is broken, "after" solid or dash-dot). High contrast's
#: lines are yellow, magenta, cyan and white.
CHART_DASHES: Final[tuple[tuple[float, ...], ...]] = (
    (4.0, 2.0),
    (),
    (1.0, 1.5),
    (6.0, 2.0, 1.0, 2.0),
)
#: The chart's line width in pixels at 100% text.
CHART_LINE_PX: Final = 3

# One colour per person (DECISIONS 34), always shown with their name or initial. A profile keeps
# the colour it was given (``bond.domain.profiles.PROFILE_COLORS``): :data:`PERSON_KEYS`, the
# light fills of the first design, names the hue and is never drawn. Each theme has its own
# rendition of the same six hues, told apart by hue and by lightness, in an order where each
# neighbour differs most (the first two, a couple, blue and green): blue, green, plum, amber,
# violet, teal. Blue, plum and violet are spread by lightness as well as hue (a deep blue, a
# wine plum, a bright violet): any two are at least ΔE 40 apart in every theme. None is near
# the accent (ΔE 28 or more), so a person's colour is never mistaken for "chosen" or
# "primary". ``fill`` carries the initial in ``on_fill``.
PERSON_KEYS: Final = ("#2F6F8F", "#3D7A4A", "#8A4B7A", "#9A5B1E", "#5B55A8", "#1D7773")
PERSON_HUES: Final = ("blue", "green", "plum", "amber", "violet", "teal")
PERSON_FILLS: Final[dict[str, tuple[str, ...]]] = {
    "light": ("#24407B", "#368329", "#8F3D60", "#9A5B1E", "#9B3CB6", "#338276"),
    "dark": ("#5C81D7", "#82C25C", "#E399BC", "#E8B070", "#C359DC", "#A3D8CD"),
    "high-contrast": ("#82B6E7", "#A8F08C", "#ED6DA6", "#FFC878", "#BA74FE", "#5CF0E0"),
}
#: Earlier light renditions of the same hues: a colour drawn from them still names its hue.
FORMER_FILLS: Final = (("#3A5BA8", "#467A36", "#8A4B7A", "#9A5B1E", "#7A45A8", "#1A7868"),)
PERSON_ON_FILL: Final = {"light": "#FFFFFF", "dark": "#14171A", "high-contrast": "#000000"}


class PersonColour(tuple[str, str]):
    """A person's (fill, on_fill) in one theme."""

    @property
    def fill(self) -> str:
        return self[0]

    @property
    def on_fill(self) -> str:
        return self[1]


def person_index(profile_colour: str) -> int:
    """Which of the six hues a profile's stored colour is (an unknown one is hashed to one)."""
    upper = profile_colour.upper()
    for table in (PERSON_KEYS, PERSON_FILLS["light"], *FORMER_FILLS):
        if upper in table:
            return table.index(upper)
    return sum(upper.encode()) % len(PERSON_KEYS)


def person_colour(profile_colour: str, theme: str) -> PersonColour:
    """A person's colour in ``theme``, from the colour their profile keeps."""
    name = theme if theme in PERSON_FILLS else "light"
    fills = PERSON_FILLS[name]
    return PersonColour((fills[person_index(profile_colour)], PERSON_ON_FILL[name]))


# -- type, space, shape -------------------------------------------------------------------------

#: The type scale, in pixels at 100% text: a page's title, a section's or card's title, a
#: heading (names, the brand, an emergency number), body text, small print (hints, meta lines
#: such as "6 min read" or "15 min · alone", captions, a chart's labels). "small" is the
#: smallest text in Bond: 13 px at 100%, grown with the text size; where it wraps it is
#: ``BodyText`` (lines 1.5 apart). Rich text is not to shrink it further (no ``<small>``).
FONT_PX: Final = {"title": 28, "section": 22, "heading": 17, "body": 15, "small": 13}
#: Line height, as a multiple of the font's size: body text (a wrapped paragraph: the
#: ``BodyText`` component), a long read (an article), headings. A QLabel has no line height
#: in the style sheet, and Qt's own line is about 1.2 of the size.
LINE_HEIGHT: Final = {"body": 1.5, "reading": 1.55, "heading": 1.25}
#: Font weights: the strong one is heavier in high contrast.
WEIGHT_STRONG: Final = {"light": 600, "dark": 600, "high-contrast": 700}
SPACE_PX: Final = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24, "xxl": 32}
RADIUS_PX: Final = {"s": 6, "m": 10, "l": 16}
#: Border widths: a hairline (cards, dividers), a control's outline and its focus ring (the
#: same width, so focusing a control never changes its size), and the current place's marker.
#: ``control`` is a text field's edge and every focus ring; ``edge`` is a button's, a chip's and a
#: list's or pane's edge unfocused (light and dark: a 1 px line, so controls read light; the
#: padding takes the difference, so a control's text never moves as its ring comes);
#: ``fill_ring`` is a focused filled (primary) button's ring, drawn ``FILL_RING_STYLE``.
BORDER_PX: Final = {
    "light": {"hairline": 1, "edge": 1, "control": 2, "fill_ring": 2, "marker": 4},
    "dark": {"hairline": 1, "edge": 1, "control": 2, "fill_ring": 2, "marker": 4},
    "high-contrast": {"hairline": 2, "edge": 2, "control": 2, "fill_ring": 6, "marker": 6},
}
#: How a focused primary button's ring is drawn: high contrast's is a double line (black,
#: yellow, black), so a black ring shows inside the yellow fill.
FILL_RING_STYLE: Final = {"light": "solid", "dark": "solid", "high-contrast": "double"}
#: The style sheet's small glyphs (resources/styles/icons/*-dark.svg, *-light.svg): which ink
#: the drop-down and number-box arrows take on a text box (``surface``), and which the tick of
#: a ticked check box takes on the ``accent``. The test reads each file's ink.
ARROWS: Final = {"light": "dark", "dark": "light", "high-contrast": "light"}
CHECK_INK: Final = {"light": "light", "dark": "dark", "high-contrast": "dark"}
#: Icons in the navigation, at 100% text (they grow with it).
ICON_PX: Final = 20


def font_px(step: str, scale: int) -> int:
    """A type step in whole pixels at ``scale`` percent text."""
    return round(FONT_PX[step] * scale / 100)


def space_px(name: str, scale: int) -> int:
    """Space grows half as fast as text: at 200% text, 1.5 times the room around it."""
    return round(SPACE_PX[name] * (1 + (scale - 100) / 200))


def colours(theme: str) -> dict[str, str]:
    """The colour roles of ``theme`` (light for a name Bond does not know)."""
    return COLOURS.get(theme, COLOURS["light"])


# -- the contrast contract ----------------------------------------------------------------------

Kind = Literal["text", "large", "ui", "ring", "outer"]
#: Each pair of roles Bond draws one on the other, and what it must meet: "text" 4.5:1 (7:1 in
#: high contrast), "large" text 3:1 (4.5:1 in high contrast), "ui" borders and rings 3:1 (held
#: to 4.5:1 in high contrast too). "ring" is 3:1 in every theme (WCAG 1.4.11 has no enhanced
#: level): only the ring between a focused yellow fill and the black page, where no colour can
#: reach 4.5:1 on both (it would need a luminance under 0.17 and over 0.18 at once). "outer" is
#: "ui" for a ring that lies on the page: a solid one (``FILL_RING_STYLE``); a double ring's
#: inner line lies on the fill on both sides, and its outer line is the fill's own edge.
CONTRAST_PAIRS: Final[tuple[tuple[str, str, Kind], ...]] = (
    ("text", "bg", "text"),
    ("text", "surface", "text"),
    ("text", "hover", "text"),
    ("text", "button_bg", "text"),
    ("text", "button_hover", "text"),
    ("focus", "button_bg", "ui"),
    ("text", "chrome", "text"),
    ("muted", "chrome", "text"),
    ("link", "chrome", "text"),
    ("border", "chrome", "ui"),
    ("focus", "chrome", "ui"),
    ("on_nav_current", "nav_current_bg", "text"),
    ("muted", "bg", "text"),
    ("muted", "surface", "text"),
    ("link", "bg", "text"),
    ("link", "surface", "text"),
    ("on_accent", "accent", "text"),
    ("on_accent", "accent_hover", "text"),
    ("on_primary", "primary_bg", "text"),
    ("on_primary", "primary_hover", "text"),
    ("primary_bg", "bg", "ui"),  # a primary button's shape on the page
    ("danger", "bg", "text"),
    ("danger", "surface", "text"),
    ("on_danger_bg", "danger_bg", "text"),
    ("success", "bg", "text"),
    ("success", "surface", "text"),
    ("on_banner", "banner_bg", "text"),
    ("on_notice", "notice_bg", "text"),
    ("on_toast", "toast_bg", "text"),
    ("on_nav_current", "nav_current_bg", "text"),
    ("disabled_text", "disabled_bg", "large"),
    ("border", "bg", "ui"),
    ("border", "surface", "ui"),
    ("focus", "bg", "ui"),
    ("focus", "surface", "ui"),
    ("focus", "hover", "ui"),
    ("focus", "nav_current_bg", "ui"),
    ("primary_focus_ring", "primary_bg", "ring"),
    ("primary_focus_ring", "bg", "outer"),
    ("primary_focus_ring", "surface", "outer"),  # a primary button on a card
    ("accent", "bg", "text"),  # the brand; a chosen chip or a progress segment on the page
    ("accent", "surface", "text"),
    ("nav_marker", "nav_current_bg", "ui"),
    ("danger_border", "danger_bg", "ui"),
    ("danger", "danger_bg", "ui"),  # the banner's icon
)
