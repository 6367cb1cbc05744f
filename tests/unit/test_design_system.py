"""The design system's files: the style sheet renders for every theme and text size, the icons
pre-rendered for the first frame are up to date, and Lucide's licence ships with Bond."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bond.gui.design import icons, pictures, tokens
from bond.gui.theme import qss_tokens, stylesheet
from bond.paths import resources_dir, styles_dir
from tests.conftest import ROOT
from tests.unit.test_contrast import NON_TEXT, ratio

SCALES = range(100, 201, 10)


@pytest.mark.parametrize("theme", tokens.THEMES)
@pytest.mark.parametrize("scale", SCALES)
def test_the_style_sheet_renders_with_no_token_left(theme: str, scale: int) -> None:
    text = stylesheet(theme, scale)
    left = sorted(set(re.findall(r"@[a-z_]+@", text)))
    assert left == [], f"{theme} at {scale}%: no value for {left}"
    for url in re.findall(r"url\(([^)]+)\)", text):
        assert Path(url).is_file(), url
    assert text.count("{") == text.count("}")


def test_every_token_the_template_offers_is_a_colour_or_a_size() -> None:
    for name, value in qss_tokens("light", 100).items():
        shape = r"#[0-9A-F]{6}|\d+px|\d+|dark|light|solid|double|/.*"
        assert re.fullmatch(shape, value), (name, value)


def test_text_grows_with_the_setting_and_keeps_its_steps() -> None:
    for scale in SCALES:
        steps = [tokens.font_px(step, scale) for step in tokens.FONT_PX]
        assert steps == sorted(steps, reverse=True) and len(set(steps)) == len(steps)
    assert tokens.font_px("body", 200) == 2 * tokens.font_px("body", 100)
    assert tokens.space_px("l", 200) == 24  # space grows half as fast


def test_no_text_is_smaller_than_13_px_and_the_style_sheet_sizes_text_by_token() -> None:
    """Meta lines and captions ("6 min read", "15 min · alone", "Sources") are the smallest
    step: 13 px at 100% text, grown with it; every font size in the style sheet is a token."""
    for scale in SCALES:
        smallest = min(tokens.font_px(step, scale) for step in tokens.FONT_PX)
        assert smallest >= round(13 * scale / 100), scale
    template = (styles_dir() / "bond.qss").read_text(encoding="utf-8")
    sizes = re.findall(r"font-size:\s*([^;}]+)", template)
    assert sizes and all(re.fullmatch(r"@font_[a-z]+@", size.strip()) for size in sizes), sizes


def test_only_the_template_holds_styles() -> None:
    """One template for every theme: a colour changes in tokens.py only."""
    assert sorted(p.name for p in styles_dir().glob("*.qss")) == ["bond.qss"]
    template = (styles_dir() / "bond.qss").read_text(encoding="utf-8")
    assert re.findall(r"#[0-9A-Fa-f]{3,8}\b", template) == []


def test_no_state_changes_a_font() -> None:
    """Qt draws a font set for a state (``:default``, ``:focus``, ``:hover``...) but sizes the
    widget by its plain font, so the text outgrows its box: the PIN dialog's "Set the PIN"
    showed as "Set the PI". Bold and sizes go with a name or a role, which Qt measures."""
    template = re.sub(r"/\*.*?\*/", "", (styles_dir() / "bond.qss").read_text(), flags=re.S)
    found = [
        selector.strip()
        for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", template)
        if re.search(r"(^|;)\s*font(-[a-z]+)?\s*:", body)
        for selector in selectors.split(",")
        if re.search(r"(?<!:):[a-z]", selector)  # a state, not a ::sub-control
    ]
    assert found == []


def _ink(path: Path) -> str:
    found = re.search(r'stroke="(#[0-9A-Fa-f]{6})"', path.read_text(encoding="utf-8"))
    assert found, path
    return found.group(1).upper()


@pytest.mark.parametrize("theme", tokens.THEMES)
def test_the_style_sheets_glyphs_stand_out(theme: str) -> None:
    """The arrows sit on a text box, the check box's tick on the accent (WCAG 1.4.11)."""
    colours = tokens.COLOURS[theme]
    glyphs = styles_dir() / "icons"
    for arrow in ("arrow-down", "arrow-up"):
        ink = _ink(glyphs / f"{arrow}-{tokens.ARROWS[theme]}.svg")
        assert ratio(ink, colours["surface"]) >= NON_TEXT, (theme, arrow)
    tick = _ink(glyphs / f"check-{tokens.CHECK_INK[theme]}.svg")
    assert ratio(tick, colours["accent"]) >= NON_TEXT, theme


def test_the_first_frames_icons_are_pre_rendered_and_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "tools" / "build_icons.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr


def test_every_icon_is_vendored_with_its_licence() -> None:
    lucide = resources_dir() / "icons" / "lucide"
    assert "ISC License" in (lucide / "LICENSE").read_text(encoding="utf-8")
    vendored = {p.stem for p in lucide.glob("*.svg")}
    assert vendored == set(icons.ICONS.values())  # only the icons Bond uses
    assert set(icons.FIRST_FRAME) <= set(icons.ICONS)


def test_pictures_use_only_token_colours() -> None:
    for name in pictures.PICTURES:
        light = pictures.themed_svg(name, "light").decode()
        raw = (pictures.pictures_dir() / f"{name}.svg").read_text(encoding="utf-8")
        assert light == raw  # the file's own colours are the light theme's
        body = re.sub(r"<style>.*?</style>", "", raw, flags=re.S)
        assert re.findall(r"#[0-9A-Fa-f]{3,6}\b", body) == [], name  # colour only by class
        assert "<text" not in body and "<image" not in body and "href" not in body


def test_lucide_is_in_the_third_party_notices(tmp_path: Path) -> None:
    path = ROOT / "packaging" / "tools" / "third_party_notices.py"
    spec = importlib.util.spec_from_file_location("third_party_notices_design", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    out = tmp_path / "NOTICES.txt"
    assert module.main(["--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Lucide icons" in text and "ISC License" in text and "Cole Bemis" in text


@pytest.mark.parametrize("scale", (100, 150, 200))
def test_the_top_bar_s_buttons_and_fields_take_their_sizes_from_the_tokens(scale: int) -> None:
    """The top bar's buttons are 36 px tall at 100% (a 56 px bar with its 10 px above and
    below), its menus' titles as tall; drop-downs and number boxes are 280 px at most, their
    text 8 px in from the edge's inside like a text box's."""
    values = {
        k: int(v.removesuffix("px"))
        for k, v in qss_tokens("light", scale).items()
        if v.endswith("px")
    }
    border = tokens.BORDER_PX["light"]["control"]
    button = values["bar_line"] + 2 * values["bar_pad_v"] + 2 * border
    if scale == 100:
        assert button == 36
    assert values["bar_item_pad_v"] >= values["bar_pad_v"]
    field = values["field_max"] + values["input_pad_h"] + values["arrow_pad"] + 2 * border
    assert field == round(280 * scale / 100)
    assert values["input_pad_h"] == (8 if scale == 100 else values["input_pad_h"])
    ui = (ROOT / "ui" / "main_window.ui").read_text(encoding="utf-8")
    bar = ui[ui.index('name="topBarLayout"') :]
    for side, px in (("left", 16), ("top", 10), ("right", 16), ("bottom", 10)):
        assert f'<property name="{side}Margin"><number>{px}</number>' in bar[:600], side
