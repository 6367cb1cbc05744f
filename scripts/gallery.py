#!/usr/bin/env python3
"""Every component of Bond's design system in one window, in a theme and a text size.

    .venv/bin/python scripts/gallery.py                               # a window to look at
    .venv/bin/python scripts/gallery.py --theme dark --scale 200      # the same, dark at 200%
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/gallery.py --theme dark --scale 200 \\
        --out build/screenshots/gallery/dark-200.png                  # a screenshot
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/gallery.py --all  # every theme, 100 and 200%

--scale is the app's text-size setting, not a device pixel ratio: the window keeps the app's
1,280 device pixels across and the text, spaces and icons grow inside it, so 200% shows what
wraps, stacks and collapses, as it would for a person who chose 200% text.

A tool for looking, not part of the app: its sample words are English only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bond.gui.design import icons, tokens
from bond.gui.design.body_text import BodyText
from bond.gui.design.components import (
    Banner,
    Card,
    Chip,
    SegmentedProgress,
    button,
)
from bond.gui.design.empty_state import EmptyState
from bond.gui.design.navigation import NavigationRail
from bond.gui.design.person_badge import PersonBadge
from bond.gui.design.pictures import PICTURES, Picture
from bond.gui.design.toast import Toast
from bond.gui.theme import apply_theme

ROOT = Path(__file__).resolve().parents[1]
WIDTH = 1280  # the app's first window, in device pixels at a pixel ratio of 1
OUT_DIR = ROOT / "build" / "screenshots" / "gallery"
PEOPLE = ("Kai", "Ana", "Sam", "Émile", "Lior", "Noor")
NAV = [
    ("home", "home", "Home"),
    ("exercises", "exercises", "Exercises"),
    ("library", "library", "Library"),
    ("agreements", "agreements", "Agreements"),
    ("boundaries", "boundaries", "Boundaries"),
    ("progress", "progress", "Progress"),
    None,
    ("settings", "settings", "Settings"),
]


def label(text: str, role: str = "", wrap: bool = False) -> QLabel:
    made = QLabel(text)
    made.setTextFormat(Qt.TextFormat.PlainText)
    made.setWordWrap(wrap)
    if role:
        made.setProperty("role", role)
    return made


def row(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    line = QHBoxLayout()
    line.setSpacing(tokens.SPACE_PX["s"])
    for widget in widgets:
        line.addWidget(widget)
    if stretch:
        line.addStretch(1)
    return line


class Gallery(QWidget):
    def __init__(self, theme: str, scale: int) -> None:
        super().__init__()
        self.setObjectName("centralwidget")  # the page's background, as in the window
        self.setWindowTitle(f"Bond gallery: {theme}, {scale}%")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        rails = QVBoxLayout()
        rails.setSpacing(0)
        self.rail = NavigationRail(NAV, current="exercises")
        rails.addWidget(self.rail, 3)
        compact = NavigationRail(NAV, current="home")
        compact.set_compact(True)
        rails.addWidget(compact, 3)
        outer.addLayout(rails)
        page = QVBoxLayout()
        gap = tokens.space_px("l", scale)
        page.setContentsMargins(gap * 2, gap, gap * 2, gap * 5)
        page.setSpacing(gap)
        outer.addLayout(page, 1)

        page.addWidget(label(f"Gallery — {theme}, {scale}%", "title", wrap=True))
        page.addWidget(label("This week", "section"))
        page.addWidget(label("A heading, with the person's name", "subtitle"))
        page.addWidget(
            BodyText(
                "Body text reads like a book: short lines, plain words, room to breathe. A "
                "paragraph that wraps keeps its lines one and a half times the text's size "
                "apart, so the eye finds the next line without help."
            )
        )
        page.addWidget(label("A hint says less, more quietly.", "hint"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(gap)
        grid.setVerticalSpacing(gap)
        page.addLayout(grid)

        buttons = Card("Buttons")
        primary = button("Start the weekly meeting", "primary")
        self.focused_primary = button("Focused primary", "primary")
        buttons.body.addLayout(row(primary, button("Not now", "secondary")))
        buttons.body.addLayout(row(self.focused_primary, button("More about this", "quiet")))
        disabled = button("Not yet", "primary")
        disabled.setEnabled(False)
        self.focused_secondary = button("Focused secondary", "secondary")
        buttons.body.addLayout(row(disabled, self.focused_secondary))
        grid.addWidget(buttons, 0, 0)
        columns = 2 if scale < 150 else 1  # large text: one column, as a narrow window would

        chips = Card("Chips")
        chip_row = QHBoxLayout()
        for text, on in (("Calm", False), ("Hopeful", True), ("Tired", False)):
            chip_row.addWidget(Chip(text, on))
        chip_row.addStretch(1)
        chips.body.addLayout(chip_row)
        self.focused_chip = Chip("Focused, chosen", True)
        self.focused_plain_chip = Chip("Focused", False)
        off = Chip("Unavailable", False)
        off.setEnabled(False)
        chips.body.addLayout(row(self.focused_chip, self.focused_plain_chip, off))
        progress = SegmentedProgress(5, 2)
        chips.body.addWidget(label("Step 2 of 5", "hint"))
        chips.body.addWidget(progress)
        grid.addWidget(chips, *(0, 1) if columns == 2 else (1, 0))

        people = Card("People")
        for index, name in enumerate(PEOPLE):
            colour = tokens.PERSON_KEYS[index]
            people.body.addWidget(PersonBadge(name, colour))
        compact_row = QHBoxLayout()
        for index, name in enumerate(PEOPLE):
            compact_row.addWidget(PersonBadge(name, tokens.PERSON_KEYS[index], True))
        compact_row.addStretch(1)
        people.body.addLayout(compact_row)
        grid.addWidget(people, *(1, 0) if columns == 2 else (2, 0))

        controls = Card("Standard controls")
        edit = QLineEdit()
        edit.setPlaceholderText("Type here")
        combo = QComboBox()
        combo.addItems(["Follow the system", "Light", "Dark", "High contrast"])
        controls.add(edit)
        controls.add(combo)
        ticked = QCheckBox("Less motion")
        ticked.setChecked(True)
        controls.body.addLayout(row(ticked, QCheckBox("Start with the computer")))
        alone, together = QRadioButton("Alone"), QRadioButton("Together")
        together.setChecked(True)
        controls.body.addLayout(row(alone, together))
        icon_row = QGridLayout()  # two rows at large text, so the icons stay in their card
        colours = tokens.colours(theme)
        across = len(icons.ICONS) if columns == 2 else (len(icons.ICONS) + 1) // 2
        for index, name in enumerate(icons.ICONS):
            shown = QLabel()
            shown.setPixmap(icons.pixmap(name, colours["text"], 20 * scale // 100))
            icon_row.addWidget(shown, index // across, index % across)
        icon_row.setColumnStretch(across, 1)
        controls.body.addLayout(icon_row)
        self.list = QListView()
        model = QStringListModel(["Calm down now", "Check in", "Talk and repair", "Boundaries"])
        self.list.setModel(model)
        self.list.setCurrentIndex(model.index(1))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * 4 + 4 * tokens.SPACE_PX["s"])
        controls.add(self.list)
        for card in (buttons, chips, people, controls):
            card.body.addStretch(1)
        grid.addWidget(controls, *(1, 1) if columns == 2 else (3, 0))

        page.addWidget(
            Banner(
                "Your answers stay on this computer. Only the person who wrote a private answer "
                "can open it.",
                title="Private by design",
            )
        )
        page.addWidget(
            Banner(
                "If you are in danger now, call 112. Bond does not contact anyone for you.",
                kind="danger",
                title="If you are not safe",
                action="Get support now",
            )
        )

        lower = QHBoxLayout() if columns == 2 else QVBoxLayout()
        lower.setSpacing(gap)
        empty = Card()
        empty.add(EmptyState("No agreements yet.", "Start the weekly meeting"))
        lower.addWidget(empty, 1)
        pictures = Card("Pictures")
        picture_grid = QGridLayout()
        for index, name in enumerate(PICTURES):
            picture_grid.addWidget(Picture(name), index // 2, index % 2)
        picture_grid.setColumnStretch(0, 1)
        picture_grid.setColumnStretch(1, 1)
        pictures.body.addLayout(picture_grid)
        lower.addWidget(pictures, 1)
        page.addLayout(lower)
        page.addStretch(1)

        self.toast = Toast(self)

    def stage(self) -> None:
        """Show the focus rings and a toast, as a person would see them."""
        self.toast.show_message("Saved. Your agreement is kept.")


def screenshot(app: QApplication, theme: str, scale: int, out: Path) -> None:
    apply_theme(app, theme, scale)
    gallery = Gallery(theme, scale)
    gallery.setFixedWidth(WIDTH)  # the app's width at every text size (not a 2× render)
    gallery.show()
    app.processEvents()
    layout = gallery.layout()
    assert layout is not None
    height = gallery.sizeHint().height()
    if layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(WIDTH))
    gallery.resize(WIDTH, height)
    app.processEvents()
    gallery.stage()
    focused = [
        gallery.focused_primary,
        gallery.focused_secondary,
        gallery.focused_chip,
        gallery.focused_plain_chip,
        gallery.rail.button("library"),
        gallery.list,
    ]
    # Focus shows on one widget at a time: grab the window round each focused one, paint them in.
    shots = []
    for widget in focused:
        gallery.activateWindow()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        app.processEvents()
        where = widget.rect().translated(widget.mapTo(gallery, widget.rect().topLeft()))
        shots.append((where.topLeft(), gallery.grab(where)))
    widget = QApplication.focusWidget()
    if widget is not None:
        widget.clearFocus()
    app.processEvents()
    image = gallery.grab()
    from PySide6.QtGui import QPainter

    painter = QPainter(image)
    for where, shot in shots:
        painter.drawPixmap(where, shot)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))
    print(f"{out} ({image.width()}×{image.height()})")
    gallery.close()
    gallery.deleteLater()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=tokens.THEMES, default="light")
    parser.add_argument("--scale", type=int, default=100, choices=range(100, 201, 10))
    parser.add_argument("--out", type=Path, help="save a screenshot here and quit")
    parser.add_argument(
        "--all", action="store_true", help=f"every theme at 100 and 200%% in {OUT_DIR}"
    )
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    if args.all:
        for theme in tokens.THEMES:
            for scale in (100, 200):
                screenshot(app, theme, scale, OUT_DIR / f"{theme}-{scale}.png")
        return 0
    if args.out is not None:
        screenshot(app, args.theme, args.scale, args.out)
        return 0
    apply_theme(app, args.theme, args.scale)
    gallery = Gallery(args.theme, args.scale)
    gallery.show()
    QTimer.singleShot(300, gallery.stage)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
