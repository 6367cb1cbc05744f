"""WCAG 2.2 contrast of the colours the themes actually use.

Two checks: every pair of colour roles the design tokens name (``tokens.CONTRAST_PAIRS``), in
every theme; and the style sheet each theme actually gets (the template filled from the tokens,
``theme.stylesheet``), read rule by rule as Qt will apply it.

Text needs 4.5:1 (1.4.3), large text 3:1; the borders that show where a control is, and focus
rings, need 3:1 against what is next to them (1.4.11). High contrast holds text to AAA (7:1, large
text 4.5:1, 1.4.6). Disabled controls are exempt in WCAG but are still held to 3:1 here, so a
greyed-out label stays readable.
"""

from __future__ import annotations

import colorsys
import math
import re
from dataclasses import dataclass

import pytest

from bond.gui.design import tokens
from bond.gui.theme import stylesheet

NORMAL, LARGE, NON_TEXT = 4.5, 3.0, 3.0
#: High contrast: AAA for text (7:1) and large text (4.5:1).
AAA = {NORMAL: 7.0, LARGE: 4.5}

Rules = dict[str, dict[str, str]]


def parse_qss(text: str) -> Rules:
    """Each selector (commas split) with its declarations; later rules override earlier ones."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    rules: Rules = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        props = {}
        for decl in body.split(";"):
            if ":" in decl:
                name, value = decl.split(":", 1)
                props[name.strip()] = value.strip()
        for selector in selectors.split(","):
            key = " ".join(selector.split())
            rules.setdefault(key, {}).update(props)
    return rules


def _colour(value: str) -> str | None:
    match = re.search(r"#[0-9A-Fa-f]{6}\b", value)
    return match.group(0).upper() if match else None


def _border_colour(props: dict[str, str]) -> str | None:
    for key in ("border-color", "border"):
        if key in props and (found := _colour(props[key])):
            return found
    return None


def luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass
class Theme:
    name: str
    rules: Rules

    def get(self, selector: str, prop: str) -> str | None:
        props = self.rules.get(selector, {})
        if prop == "background":
            value = props.get("background") or props.get("background-color")
        elif prop == "border":
            return _border_colour(props)
        else:
            value = props.get(prop)
        return _colour(value) if value else None

    @property
    def window(self) -> str:
        """The base background: QWidget's own, else the window's (what every screen sits on)."""
        found = self.get("QWidget", "background") or self.get("QMainWindow", "background")
        assert found, f"{self.name}: no base background"
        return found

    @property
    def text(self) -> str:
        found = self.get("QWidget", "color")
        assert found, f"{self.name}: no base text colour"
        return found

    def resolve(self, prop: str, *cascade: str, default: str | None = None) -> str:
        """The last rule in ``cascade`` that sets ``prop`` wins; else the base value."""
        for selector in reversed(cascade):
            if (found := self.get(selector, prop)) is not None:
                return found
        if default is not None:
            return default
        return self.text if prop == "color" else self.window


def themes() -> list[Theme]:
    return [Theme(name, parse_qss(stylesheet(name, 100))) for name in tokens.THEMES]


def needed(theme: str, threshold: float) -> float:
    return AAA.get(threshold, threshold) if theme == "high-contrast" else threshold


# (what, cascade for the text colour, cascade for the background, threshold)
TEXT = [
    ("body text", (), (), NORMAL),
    ("body text in a group box", (), ("QGroupBox",), NORMAL),
    ("hint", ('QLabel[role="hint"]',), (), NORMAL),
    ("hint in a group box", ('QLabel[role="hint"]',), ("QGroupBox",), NORMAL),
    ("error", ('QLabel[role="error"]',), (), NORMAL),
    ("error in a group box", ('QLabel[role="error"]',), ("QGroupBox",), NORMAL),
    ("title (large)", ('QLabel[role="title"]',), (), LARGE),
    ("menu title in the top bar", ("QFrame#topBar QMenuBar",), ("QFrame#topBar",), NORMAL),
    (
        "menu title in the top bar, open",
        ("QFrame#topBar QMenuBar::item:selected",),
        ("QFrame#topBar", "QFrame#topBar QMenuBar::item:selected"),
        NORMAL,
    ),
    ("top bar text", (), ("QFrame#topBar",), NORMAL),
    ("temporary banner", ("QLabel#bannerLabel",), ("QLabel#bannerLabel",), NORMAL),
    (
        "reminder banner",
        ('QFrame[role="banner"] QLabel',),
        ('QFrame[role="banner"]',),
        NORMAL,
    ),
    ("content note", ('QLabel[role="note"]',), ('QLabel[role="note"]',), NORMAL),
    (
        "emergency text (in the danger banner)",
        ('QLabel[role="emergency"]', 'QFrame[role="banner"][kind="danger"] QLabel'),
        ('QFrame[role="banner"][kind="danger"]',),
        NORMAL,
    ),
    ("who has the floor", ('QLabel[role="floor"]',), ('QLabel[role="floor"]',), NORMAL),
    ("button", ("QPushButton",), ("QPushButton",), NORMAL),
    ("button, hovered", ("QPushButton", "QPushButton:hover"), ("QPushButton:hover",), NORMAL),
    ("main button", ("QPushButton:default",), ("QPushButton:default",), NORMAL),
    (
        "main button, hovered",
        ("QPushButton", "QPushButton:default"),
        ("QPushButton", "QPushButton:hover", "QPushButton:default", "QPushButton:default:hover"),
        NORMAL,
    ),
    (
        "Get support now",
        ("QFrame#topBar QPushButton#supportButton",),
        ("QFrame#topBar QPushButton#supportButton",),
        NORMAL,
    ),
    (
        "Hide",
        ("QFrame#topBar QPushButton#hideButton",),
        ("QFrame#topBar", "QFrame#topBar QPushButton#hideButton"),
        NORMAL,
    ),
    (
        "Hide, hovered",
        ("QFrame#topBar QPushButton#hideButton",),
        (
            "QFrame#topBar",
            "QFrame#topBar QPushButton#hideButton",
            "QFrame#topBar QPushButton#hideButton:hover",
        ),
        NORMAL,
    ),
    ("button, focused", ("QPushButton", "QPushButton:focus"), ("QPushButton:focus",), NORMAL),
    (
        "main button, focused",
        ("QPushButton:default", "QPushButton:default:focus"),
        ("QPushButton:default:focus",),
        NORMAL,
    ),
    (
        "Get support now, focused",
        (
            "QFrame#topBar QPushButton#supportButton",
            "QFrame#topBar QPushButton#supportButton:focus",
        ),
        ("QFrame#topBar QPushButton#supportButton:focus",),
        NORMAL,
    ),
    (
        "Hide, focused",
        ("QFrame#topBar QPushButton#hideButton", "QFrame#topBar QPushButton#hideButton:focus"),
        ("QFrame#topBar QPushButton#hideButton:focus",),
        NORMAL,
    ),
    ("button, disabled (3:1)", ("QPushButton:disabled",), ("QPushButton:disabled",), LARGE),
    (
        "primary button, disabled (3:1)",
        ('QPushButton[role="primary"]:disabled',),
        ('QPushButton[role="primary"]:disabled',),
        LARGE,
    ),
    (
        "chip, disabled (3:1)",
        ('QPushButton[role="chip"]:disabled',),
        ('QPushButton[role="chip"]:disabled',),
        LARGE,
    ),
    (
        "feeling word, picked",
        ('QPushButton[role="feeling-word"]:checked',),
        ('QPushButton[role="feeling-word"]:checked',),
        NORMAL,
    ),
    ("text box", ("QLineEdit",), ("QLineEdit",), NORMAL),
    ("text box, focused", ("QLineEdit", "QLineEdit:focus"), ("QLineEdit:focus",), NORMAL),
    ("check box, focused", ("QCheckBox:focus",), ("QCheckBox:focus",), NORMAL),
    ("selected text", ("selection",), ("selection",), NORMAL),
    ("list item", ("QListView",), ("QListView",), NORMAL),
    ("list item, selected", ("QListView::item:selected",), ("QListView::item:selected",), NORMAL),
    ("list item, hovered", ("QListView::item:hover",), ("QListView::item:hover",), NORMAL),
    (
        "table cell, selected",
        ("QTableView::item:selected",),
        ("QTableView::item:selected",),
        NORMAL,
    ),
    ("menu", ("QMenu",), ("QMenu",), NORMAL),
    ("menu item, selected", ("QMenu::item:selected",), ("QMenu::item:selected",), NORMAL),
    # the components (gui/design/components.py, navigation.py)
    ("text on a card", ('QFrame[role="card"] QLabel',), ('QFrame[role="card"]',), NORMAL),
    ("hint on a card", ('QLabel[role="hint"]',), ('QFrame[role="card"]',), NORMAL),
    ("primary button", ('QPushButton[role="primary"]',), ('QPushButton[role="primary"]',), NORMAL),
    (
        "primary button, hovered",
        ('QPushButton[role="primary"]',),
        ('QPushButton[role="primary"]:hover',),
        NORMAL,
    ),
    (
        "primary button, focused",
        ('QPushButton[role="primary"]:focus',),
        ('QPushButton[role="primary"]:focus',),
        NORMAL,
    ),
    ("quiet button", ('QPushButton[role="quiet"]',), (), NORMAL),
    ("quiet button, hovered", ('QPushButton[role="quiet"]',), ("QPushButton:hover",), NORMAL),
    (
        "quiet button, focused",
        ('QPushButton[role="quiet"]',),
        ('QPushButton[role="quiet"]:focus',),
        NORMAL,
    ),
    ("chip", ('QPushButton[role="chip"]',), ('QPushButton[role="chip"]',), NORMAL),
    (
        "chip, chosen",
        ('QPushButton[role="chip"]:checked',),
        ('QPushButton[role="chip"]:checked',),
        NORMAL,
    ),
    (
        "chip, focused",
        ('QPushButton[role="chip"]:focus',),
        ('QPushButton[role="chip"]:focus',),
        NORMAL,
    ),
    (
        "chip, chosen and focused",
        ('QPushButton[role="chip"]:checked:focus',),
        ('QPushButton[role="chip"]:checked:focus',),
        NORMAL,
    ),
    ("information banner", ('QFrame[role="banner"] QLabel',), ('QFrame[role="banner"]',), NORMAL),
    (
        "danger banner",
        ('QFrame[role="banner"][kind="danger"] QLabel',),
        ('QFrame[role="banner"][kind="danger"]',),
        NORMAL,
    ),
    ("toast", ('QFrame[role="toast"] QLabel',), ('QFrame[role="toast"]',), NORMAL),
    ("navigation", ('QPushButton[role="nav"]',), ('QFrame[role="rail"]',), NORMAL),
    (
        "navigation, current place",
        ('QPushButton[role="nav"]:checked',),
        ('QPushButton[role="nav"]:checked',),
        NORMAL,
    ),
    (
        "navigation, focused",
        ('QPushButton[role="nav"]:focus',),
        ('QPushButton[role="nav"]:focus',),
        NORMAL,
    ),
    (
        "navigation, current place focused",
        ('QPushButton[role="nav"]:checked:focus',),
        ('QPushButton[role="nav"]:checked:focus',),
        NORMAL,
    ),
]

# (what, the rule whose border shows the control, the surroundings it must stand out from).
# A secondary button's edge and a list's are decoration, like a card's (a tint and the words
# show a button, the rows a list: WCAG 1.4.11 asks no edge of them); a text box's edge is what
# shows an empty field, and every focus ring shows where the keyboard is.
BORDERS = [
    ("text box border", "QLineEdit", ()),
    ("text box border in a group box", "QLineEdit", ("QGroupBox",)),
    ("focus ring", "QLineEdit:focus", ()),
    ("focus ring in a group box", "QLineEdit:focus", ("QGroupBox",)),
    ("list focus ring", "QListView:focus", ()),
    ("list focus ring round a chosen row", "QListView:focus", ("QListView::item:selected",)),
    ("scrolling page focus ring", "QScrollArea:focus", ()),
    ("chip border", 'QPushButton[role="chip"]', ()),
    ("chip border on a card", 'QPushButton[role="chip"]', ('QFrame[role="card"]',)),
    ("chip focus ring", 'QPushButton[role="chip"]:focus', ()),
    ("quiet button focus ring", 'QPushButton[role="quiet"]:focus', ()),
    ("navigation focus ring", 'QPushButton[role="nav"]:focus', ('QFrame[role="rail"]',)),
    ("Get support now's edge", "QFrame#topBar QPushButton#supportButton", ("QFrame#topBar",)),
    ("top bar focus ring", "QFrame#topBar QPushButton#supportButton:focus", ("QFrame#topBar",)),
    ("danger banner edge", 'QFrame[role="banner"][kind="danger"]', ()),
]


def _pair(theme: Theme, fg: tuple[str, ...], bg: tuple[str, ...]) -> tuple[str, str]:
    if fg == ("selection",):
        rules = theme.rules.get("QLineEdit", {})
        colour, back = (
            _colour(rules.get("selection-color", "")),
            _colour(rules.get("selection-background-color", "")),
        )
        assert colour and back, f"{theme.name}: no selection colours"
        return colour, back
    return theme.resolve("color", *fg), theme.resolve("background", *bg)


@pytest.mark.parametrize("theme", themes(), ids=lambda t: t.name)
def test_text_contrast(theme: Theme) -> None:
    failures = []
    for what, fg, bg, threshold in TEXT:
        colour, back = _pair(theme, fg, bg)
        if (found := ratio(colour, back)) < (need := needed(theme.name, threshold)):
            failures.append(f"{what}: {colour} on {back} is {found:.2f}:1, needs {need}:1")
    assert not failures, f"{theme.name}:\n" + "\n".join(failures)


@pytest.mark.parametrize("theme", themes(), ids=lambda t: t.name)
def test_control_borders_stand_out(theme: Theme) -> None:
    failures = []
    for what, selector, around in BORDERS:
        border = theme.get(selector, "border")
        if border is None:
            continue  # this theme draws no border there
        back = theme.resolve("background", *around)
        if (found := ratio(border, back)) < NON_TEXT:
            failures.append(f"{what}: {border} next to {back} is {found:.2f}:1")
    assert not failures, f"{theme.name}:\n" + "\n".join(failures)


@pytest.mark.parametrize("theme", themes(), ids=lambda t: t.name)
def test_main_button_focus_ring_stands_out_from_the_button(theme: Theme) -> None:
    """The accent buttons fill with colour; their ring must show against that fill."""
    for selector in (
        "QPushButton:default:focus",
        'QPushButton[role="primary"]:focus',
        'QPushButton[role="chip"]:checked:focus',
    ):
        border, back = theme.get(selector, "border"), theme.get(selector, "background")
        assert border and back, f"{theme.name}: {selector} has no ring"
        assert ratio(border, back) >= NON_TEXT, f"{theme.name}: {selector} {border} on {back}"


#: (a control's rule, its focused rule): focus adds a ring and never changes the fill.
FOCUSED = [
    ("QPushButton", "QPushButton:focus"),
    ('QPushButton[role="primary"]', 'QPushButton[role="primary"]:focus'),
    ("QPushButton:default", "QPushButton:default:focus"),
    ("QPushButton#nextButton", "QPushButton#nextButton:focus"),
    ('QPushButton[role="chip"]', 'QPushButton[role="chip"]:focus'),
    ('QPushButton[role="chip"]:checked', 'QPushButton[role="chip"]:checked:focus'),
    ('QPushButton[role="core-feeling"]:checked', 'QPushButton[role="core-feeling"]:checked:focus'),
    ('QPushButton[role="nav"]', 'QPushButton[role="nav"]:focus'),
    ('QPushButton[role="nav"]:checked', 'QPushButton[role="nav"]:checked:focus'),
    ("QLineEdit", "QLineEdit:focus"),
    ("QComboBox", "QComboBox:focus"),
    ("QSpinBox", "QSpinBox:focus"),
    ("QFrame#topBar QPushButton#supportButton", "QFrame#topBar QPushButton#supportButton:focus"),
]


@pytest.mark.parametrize("theme", themes(), ids=lambda t: t.name)
def test_focus_adds_a_ring_and_keeps_the_fill(theme: Theme) -> None:
    """A focused control keeps its fill and its text colour (a focused secondary never looks
    pressed, a focused primary never turns another colour, a chosen chip stays chosen); the
    ring is its 2 px edge in the focus colour, 3:1 against the fill inside it and the page."""
    width = tokens.BORDER_PX[theme.name]["control"]
    assert width >= 2
    for plain, focused in FOCUSED:
        cascade = (plain.split(":")[0], plain)
        fill = theme.resolve("background", *cascade, default="none")
        now = theme.resolve("background", *cascade, focused, default="none")
        assert now == fill, f"{theme.name}: {focused} fills {now}, not {fill}"
        colour = theme.resolve("color", *cascade)
        assert theme.resolve("color", *cascade, focused) == colour, (theme.name, focused)
        ring = theme.get(focused, "border")
        assert ring, f"{theme.name}: {focused} has no ring"
        inside = fill if fill not in ("none", "transparent") else theme.window
        assert ratio(ring, inside) >= NON_TEXT, f"{theme.name}: {focused} {ring} on {inside}"
        if " double " in f" {theme.rules[focused].get('border', '')} ":
            continue  # high contrast's yellow: the ring's inner line lies on the fill both sides
        assert ratio(ring, theme.window) >= NON_TEXT, f"{theme.name}: {focused} on the page"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_ring_changes_the_edge_it_replaces_by_3_to_1(theme: str) -> None:
    """WCAG 2.4.13: the focus ring's pixels differ 3:1 from the same pixels unfocused, for a
    control's grey edge and for a primary's filled one. High contrast keeps its cyan against
    white edges (a change of hue, and the colour every high-contrast reader knows)."""
    colours = tokens.COLOURS[theme]
    assert ratio(colours["focus"], colours["border"]) >= NON_TEXT
    assert ratio(colours["primary_focus_ring"], colours["primary_bg"]) >= NON_TEXT
    assert ratio(colours["focus"], colours["primary_bg"]) >= NON_TEXT


def _hue(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[0] * 360


@pytest.mark.parametrize("theme", themes(), ids=lambda t: t.name)
def test_disabled_never_passes_for_a_secondary_button(theme: Theme) -> None:
    """A disabled button is a flat muted fill with no edge of its own (in high contrast a grey
    one) and muted text: its edge differs from an enabled button's, and its text is much
    fainter (yet 3:1, 4.5:1 in high contrast, checked above)."""
    plain_text = ratio(
        theme.resolve("color", "QPushButton"),
        theme.get("QPushButton", "background") or theme.window,
    )
    for selector in (
        "QPushButton:disabled",
        'QPushButton[role="primary"]:disabled',
        'QPushButton[role="chip"]:disabled',
    ):
        props = theme.rules[selector]
        assert "dashed" not in str(props), f"{theme.name}: {selector} is dashed"
        border = theme.resolve("border", "QPushButton:disabled", selector)
        assert border != theme.get("QPushButton", "border"), (theme.name, selector)
        colour, back = theme.resolve("color", selector), theme.resolve("background", selector)
        assert ratio(colour, back) <= plain_text / 2, f"{theme.name}: {selector} text too loud"


@pytest.mark.parametrize("theme", themes(), ids=lambda t: t.name)
def test_a_chosen_row_is_a_quiet_tint_apart_from_hover(theme: Theme) -> None:
    """A list's chosen row is the rail's current place (a tint and a leading marker), not a
    block of accent, and differs from the row under the pointer."""
    chosen = theme.get("QListView::item:selected", "background")
    hover = theme.get("QListView::item:hover", "background")
    accent = tokens.COLOURS[theme.name]["accent"]
    assert chosen and hover and chosen != hover and chosen != accent, theme.name
    assert theme.get("QTableView::item:selected", "background") == chosen
    marker = _colour(theme.rules["QListView::item:selected"].get("border-left-color", ""))
    assert marker and ratio(marker, chosen) >= NON_TEXT, theme.name


def test_the_ratio_matches_known_values() -> None:
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", themes(), ids=lambda t: t.name)
def test_every_rule_checked_exists(theme: Theme) -> None:
    """A renamed selector must not silently drop out of the checks above (every theme is the
    same template, so every theme spells out every rule)."""
    used = {s for _w, fg, bg, _n in TEXT for s in fg + bg if s != "selection"}
    used |= {s for _w, s, around in BORDERS for s in (s, *around)}
    assert sorted(s for s in used if s not in theme.rules) == []


# -- the tokens themselves ----------------------------------------------------------------------

TOKEN_NEEDS = {"text": NORMAL, "large": LARGE, "ui": NON_TEXT, "ring": NON_TEXT, "outer": NON_TEXT}


@pytest.mark.parametrize("theme", tokens.THEMES)
def test_every_theme_defines_every_colour_role(theme: str) -> None:
    assert set(tokens.COLOURS[theme]) == set(tokens.ROLES)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in tokens.COLOURS[theme].values())


@pytest.mark.parametrize("theme", tokens.THEMES)
def test_token_pairs_meet_wcag(theme: str) -> None:
    """AA for every pair in every theme; AAA for text in high contrast."""
    colours = tokens.COLOURS[theme]
    failures = []
    for fg, bg, kind in tokens.CONTRAST_PAIRS:
        if kind == "outer" and tokens.FILL_RING_STYLE[theme] != "solid":
            continue  # a double ring: its inner line lies on the fill (checked as "ring")
        need = NON_TEXT if kind == "ring" else needed(theme, TOKEN_NEEDS[kind])
        if (found := ratio(colours[fg], colours[bg])) < need:
            failures.append(f"{fg} {colours[fg]} on {bg} {colours[bg]}: {found:.2f}:1 < {need}")
    assert not failures, f"{theme}:\n" + "\n".join(failures)


def _lab(hex_colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour, for telling colours apart."""

    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(hex_colour[i : i + 2], 16)) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("theme", tokens.THEMES)
def test_person_colours_carry_their_initial_and_stand_apart(theme: str) -> None:
    """Six person colours per theme (DECISIONS 34): the initial on each meets the theme's text
    contrast, each shows against the page, and no two are closer than ΔE 40 (CIE76)."""
    fills, on_fill = tokens.PERSON_FILLS[theme], tokens.PERSON_ON_FILL[theme]
    page = tokens.COLOURS[theme]
    assert len(fills) == len(set(fills)) == len(tokens.PERSON_HUES) == 6
    for fill in fills:
        assert ratio(on_fill, fill) >= needed(theme, NORMAL), (theme, fill)
        assert ratio(fill, page["bg"]) >= NON_TEXT, (theme, fill)
        assert ratio(fill, page["surface"]) >= NON_TEXT, (theme, fill)
    closest = min(math.dist(_lab(a), _lab(b)) for i, a in enumerate(fills) for b in fills[i + 1 :])
    assert closest >= 40, f"{theme}: two person colours are only ΔE {closest:.1f} apart"


@pytest.mark.parametrize("theme", tokens.THEMES)
def test_no_person_colour_passes_for_the_accent(theme: str) -> None:
    """The accent means "chosen" and "primary"; a person's colour must not look like it (the
    first person's blue once was the accent itself). Each also shows on the page (3:1)."""
    colours = tokens.COLOURS[theme]
    for fill in tokens.PERSON_FILLS[theme]:
        gap = math.dist(_lab(fill), _lab(colours["accent"]))
        assert gap >= 25, f"{theme}: {fill} is only ΔE {gap:.1f} from the accent"
        assert ratio(fill, colours["bg"]) >= NON_TEXT, (theme, fill)


def test_a_profile_keeps_its_hue_in_every_theme() -> None:
    from bond.domain.profiles import PROFILE_COLORS

    for index, stored in enumerate(PROFILE_COLORS):
        assert tokens.person_index(stored) == index
        for theme in tokens.THEMES:
            assert tokens.person_colour(stored, theme).fill == tokens.PERSON_FILLS[theme][index]
    assert 0 <= tokens.person_index("#123456") < 6  # a colour from elsewhere still gets one
    for table in (tokens.PERSON_FILLS["light"], *tokens.FORMER_FILLS):
        for index, fill in enumerate(table):
            assert tokens.person_index(fill) == index  # a drawn colour names its own hue


@pytest.mark.parametrize("theme", themes(), ids=lambda t: t.name)
def test_one_focus_colour_per_theme(theme: Theme) -> None:
    """Every ring that shows the keyboard's place is the theme's one focus colour (the
    accent's near-black in light, white in dark): buttons, chips, the navigation, text boxes
    and the panes (a list, an article, a scrolled page), and in light and dark a focused
    primary button too. Only high contrast's focused yellow button takes a darker cyan (no
    colour shows 3:1 on both yellow and black)."""
    focus = tokens.COLOURS[theme.name]["focus"]
    primary = {
        "QPushButton#nextButton:focus",
        "QPushButton#unlockButton:focus",
        "QPushButton:default:focus",
        'QPushButton[role="primary"]:focus',
        'QPushButton[role="chip"]:checked:focus',
        'QPushButton[role="core-feeling"]:checked:focus',
        'QPushButton[role="feeling-word"]:checked:focus',
    }
    rings = {s: theme.get(s, "border") for s in theme.rules if s.endswith(":focus")}
    rings = {s: c for s, c in rings.items() if c is not None and "indicator" not in s}
    assert {"QListView:focus", "QScrollArea:focus", "QTextBrowser:focus"} <= rings.keys()
    for selector, colour in rings.items():
        if theme.name == "high-contrast" and selector in primary:
            assert colour == tokens.COLOURS[theme.name]["primary_focus_ring"], selector
        else:
            assert colour == focus, f"{theme.name}: {selector} rings in {colour}, not {focus}"


def test_the_light_theme_keeps_to_the_accent_s_blue() -> None:
    """Light has one blue, the accent's: links, focus, tints and banners are its shades (no
    second, other blue beside it). Person colours are apart from it on purpose."""
    light = tokens.COLOURS["light"]
    accent = _hue(light["accent"])
    for role in ("link", "focus", "primary_bg", "primary_focus_ring"):
        hue = _hue(light[role])
        assert min(abs(hue - accent), 360 - abs(hue - accent)) <= 6, (role, light[role])
    for role in ("banner_bg", "banner_border", "nav_current_bg", "nav_marker"):
        hue = _hue(light[role])
        assert min(abs(hue - accent), 360 - abs(hue - accent)) <= 6, (role, light[role])


@pytest.mark.parametrize("theme", tokens.THEMES)
def test_person_colours_in_order_differ_most_from_their_neighbours(theme: str) -> None:
    """People get the colours in order (the first two are a couple), and a screen lists them
    in that order: each colour stands well apart from the next, and the last from the first
    (ΔE 40, what any two must keep)."""
    from bond.domain.profiles import PROFILE_COLORS

    fills = tokens.PERSON_FILLS[theme]
    for index, fill in enumerate(fills):
        after = fills[(index + 1) % len(fills)]
        gap = math.dist(_lab(fill), _lab(after))
        assert gap >= 40, f"{theme}: {fill} and {after} are only ΔE {gap:.1f} apart"
    first, second = (tokens.person_colour(c, theme).fill for c in PROFILE_COLORS[:2])
    assert math.dist(_lab(first), _lab(second)) >= 70, theme  # a couple: far apart


@pytest.mark.parametrize("theme", themes(), ids=lambda t: t.name)
def test_a_pane_s_focus_is_a_quiet_ring_that_still_shows(theme: Theme) -> None:
    """A list, a scrolled page or an article shows focus with a ring of at least 2 px in the
    focus colour (WCAG 2.4.13), 3:1 against the page beside it and against what it holds; an
    article has no box of its own until it is focused."""
    focus = tokens.COLOURS[theme.name]["focus"]
    width = tokens.BORDER_PX[theme.name]["control"]
    assert width >= 2
    for selector in ("QListView:focus", "QScrollArea:focus", "QTextBrowser#textView:focus"):
        value = theme.rules[selector].get("border", "") or theme.rules[selector]["border-color"]
        assert focus.lower() in value.lower(), (theme.name, selector, value)
        if "px" in value:
            assert int(value.split("px")[0]) >= 2, (theme.name, selector, value)
    for inside in ("QListView", "QTextBrowser#textView"):
        back = theme.resolve("background", inside)
        assert ratio(focus, back) >= NON_TEXT, (theme.name, inside)
    assert ratio(focus, theme.window) >= NON_TEXT
    assert "transparent" in theme.rules["QTextBrowser#textView"]["border-color"]


# -- the chart (Progress) -----------------------------------------------------------------------

CHART_LINES = ("chart_grid", "chart_axis", "chart_1", "chart_2", "chart_3", "chart_4")


@pytest.mark.parametrize("theme", tokens.THEMES)
def test_the_charts_lines_and_words_stand_out_from_its_plate(theme: str) -> None:
    """Lines and grid 3:1 against the chart's plate (1.4.11), its axis labels and legend 4.5:1
    (7:1 in high contrast)."""
    colours = tokens.COLOURS[theme]
    plate = colours["chart_bg"]
    low = {role: ratio(colours[role], plate) for role in CHART_LINES}
    assert {role: r for role, r in low.items() if r < NON_TEXT} == {}
    text_needs = AAA[NORMAL] if theme == "high-contrast" else NORMAL
    assert ratio(colours["chart_text"], plate) >= text_needs


@pytest.mark.parametrize("theme", tokens.THEMES)
def test_the_charts_lines_are_told_apart_by_more_than_colour(theme: str) -> None:
    """Four lines, four colours, and four dash patterns (one solid), the same in every theme."""
    colours = tokens.COLOURS[theme]
    assert len({colours[f"chart_{i}"] for i in range(1, 5)}) == 4
    assert len(set(tokens.CHART_DASHES)) == len(tokens.CHART_DASHES) == 4
    assert all(len(d) % 2 == 0 for d in tokens.CHART_DASHES)  # dash, gap pairs


def test_high_contrasts_chart_lines_are_yellow_magenta_cyan_and_white() -> None:
    lines = [tokens.COLOURS["high-contrast"][f"chart_{i}"] for i in range(1, 5)]
    assert lines == ["#FFFF00", "#FF66FF", "#00FFFF", "#FFFFFF"]
