"""WCAG 2.2 contrast of the colours the themes actually use, read from the .qss files.

Text needs 4.5:1 (1.4.3), large text 3:1; the borders that show where a control is, and focus
rings, need 3:1 against what is next to them (1.4.11). Disabled controls are exempt in WCAG but are
still held to 3:1 here, so a greyed-out label stays readable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from bond.paths import styles_dir

NORMAL, LARGE, NON_TEXT = 4.5, 3.0, 3.0

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
    return [
        Theme(name, parse_qss((styles_dir() / f"{name}.qss").read_text(encoding="utf-8")))
        for name in ("light", "high-contrast")
    ]


# (what, cascade for the text colour, cascade for the background, threshold)
TEXT = [
    ("body text", (), (), NORMAL),
    ("body text in a group box", (), ("QGroupBox",), NORMAL),
    ("hint", ('QLabel[role="hint"]',), (), NORMAL),
    ("hint in a group box", ('QLabel[role="hint"]',), ("QGroupBox",), NORMAL),
    ("error", ('QLabel[role="error"]',), (), NORMAL),
    ("error in a group box", ('QLabel[role="error"]',), ("QGroupBox",), NORMAL),
    ("title (large)", ('QLabel[role="title"]',), (), LARGE),
    ("brand (large)", ("QLabel#brandLabel",), ("QFrame#topBar",), LARGE),
    ("top bar text", (), ("QFrame#topBar",), NORMAL),
    ("temporary banner", ("QLabel#bannerLabel",), ("QLabel#bannerLabel",), NORMAL),
    (
        "reminder banner",
        ('QFrame[role="banner"] QLabel',),
        ('QFrame[role="banner"]',),
        NORMAL,
    ),
    ("content note", ('QLabel[role="note"]',), ('QLabel[role="note"]',), NORMAL),
    ("emergency text", ('QLabel[role="emergency"]',), ('QLabel[role="emergency"]',), NORMAL),
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
    ("Get support now", ("QPushButton#supportButton",), ("QPushButton#supportButton",), NORMAL),
    ("button, focused", ("QPushButton", "QPushButton:focus"), ("QPushButton:focus",), NORMAL),
    (
        "main button, focused",
        ("QPushButton:default", "QPushButton:default:focus"),
        ("QPushButton:default:focus",),
        NORMAL,
    ),
    (
        "Get support now, focused",
        ("QPushButton#supportButton", "QPushButton#supportButton:focus"),
        ("QPushButton#supportButton:focus",),
        NORMAL,
    ),
    ("button, disabled (3:1)", ("QPushButton:disabled",), ("QPushButton:disabled",), LARGE),
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
    ("menu", ("QMenu",), ("QMenu",), NORMAL),
    ("menu item, selected", ("QMenu::item:selected",), ("QMenu::item:selected",), NORMAL),
]

# (what, the rule whose border shows the control, the surroundings it must stand out from)
BORDERS = [
    ("button border", "QPushButton", ()),
    ("text box border", "QLineEdit", ()),
    ("text box border in a group box", "QLineEdit", ("QGroupBox",)),
    ("list border", "QListView", ()),
    ("focus ring", "QLineEdit:focus", ()),
    ("focus ring in a group box", "QLineEdit:focus", ("QGroupBox",)),
    ("list focus ring", "QListView:focus", ()),
    ("scrolling page focus ring", "QScrollArea:focus", ()),
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
    for what, fg, bg, needed in TEXT:
        colour, back = _pair(theme, fg, bg)
        if (found := ratio(colour, back)) < needed:
            failures.append(f"{what}: {colour} on {back} is {found:.2f}:1, needs {needed}:1")
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
    for selector in ("QPushButton:default:focus", "QPushButton#supportButton:focus"):
        border, back = theme.get(selector, "border"), theme.get(selector, "background")
        assert border and back, f"{theme.name}: {selector} has no ring"
        assert ratio(border, back) >= NON_TEXT, f"{theme.name}: {selector} {border} on {back}"


def test_the_ratio_matches_known_values() -> None:
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


def test_every_rule_checked_exists() -> None:
    """A renamed selector must not silently drop out of the checks above (the light theme
    spells out every rule; high contrast may leave some to inherit)."""
    light = next(t for t in themes() if t.name == "light")
    used = {s for _w, fg, bg, _n in TEXT for s in fg + bg if s != "selection"}
    used |= {s for _w, s, around in BORDERS for s in (s, *around)}
    assert sorted(s for s in used if s not in light.rules) == []
