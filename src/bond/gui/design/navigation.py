"""The navigation rail: one button per place, icon and label, marking where the person is.

The current place is marked by a bar on its leading edge, a fill and a heavier label (not by
colour alone), and screen readers hear it as the checked button described as "You are here".
Tab reaches every place; the arrow keys, Home and End move between them; Enter or Space goes.
The rail collapses to its icons by itself only in a window too narrow for its labels at the text
size in force (``fit``: when they would take more than ``MAX_SHARE`` of the window); the labels
stay as each button's accessible name and tooltip. A label may carry an Alt letter ("&Home"),
shown while it shows.

The shell shows the rail on its first frame, so this module is on that path: it builds no
``Qt`` namespace and loads no SVG renderer (its icons are the pre-rendered PNG masks, DECISIONS
32). Qt's enums are imported where a key is handled, after the first frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from bond.gui.design import icons, tokens
from bond.gui.theme import current_theme
from bond.gui.widgets.accessible_role import PlaceButton

# (place, icon name in ``icons.ICONS``, label); None pushes the places after it to the end.
Item = tuple[str, str, str] | None

# Icon sizes the rail snaps to (logical pixels; the pre-rendered masks cover them at 1× and 2×).
ICON_STEPS = (16, 20, 24, 28, 32, 40)
# The icons grow three quarters as fast as the text: 20 px at 100%, 32 at 200% (beside 30 px
# words, as a sidebar's icons sit beside its labels), which leaves the labels their room.
ICON_GROWTH = 0.75
# The rail shows its labels while it takes at most this share of its window's width; beyond it
# (a narrow window at large text) it keeps only its icons. With labels it is 168 px at 100%
# text (182 in Spanish) and 299 at 200% (329): they stay in every window at 100% and 150%, and
# at 200% in a 1280-pixel one; at 200% they fold below 1,068 px (1,175 in Spanish), where the
# pages would have less than the ~730 px their rows need (Home, Settings at 960×680).
MAX_SHARE = 0.28


def without_mnemonic(label: str) -> str:
    """``label`` as read aloud and shown in a tooltip: "&Home" is "Home", "R&&D" is "R&D"."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def icon_px_for(font_px: int) -> int:
    """The rail's icon size for its font: 20 px at 15 px text, 32 px at 30 px."""
    ratio = font_px / tokens.FONT_PX["body"]
    wanted = tokens.ICON_PX * (1 + ICON_GROWTH * (ratio - 1))
    return max((s for s in ICON_STEPS if s <= wanted + 0.5), default=ICON_STEPS[0])


def icon_gap(icon_px: int) -> int:
    """The room between an icon and its label: 8 px beside a 20 px icon (the top bar's)."""
    return round(icon_px * 0.4)


class NavigationRail(QFrame):
    """A vertical list of places. ``place_chosen(place)`` when one is clicked or activated;
    the shell then calls ``set_current`` (a place it refuses stays unmarked)."""

    place_chosen = Signal(str)

    def __init__(
        self,
        items: Sequence[Item],
        current: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("navigationRail")
        self.setProperty("role", "rail")
        self.setAccessibleName(self.tr("Places in Bond"))
        self._buttons: dict[str, QPushButton] = {}
        self.places_shown = True  # False while no vault is open (set_places_shown)
        self._labels: dict[str, str] = {}
        self._icons: dict[str, str] = {}
        self._current: str | None = None
        self._compact = False
        self._icon_px = 0
        self._tint = ""
        self._watched: QWidget | None = None  # the window whose width ``fit`` follows
        layout = QVBoxLayout(self)
        edge = max(b["hairline"] for b in tokens.BORDER_PX.values())  # the rail's own edge
        layout.setContentsMargins(0, tokens.SPACE_PX["s"], edge, tokens.SPACE_PX["s"])
        layout.setSpacing(tokens.SPACE_PX["xs"])
        for item in items:
            if item is None:  # the places after it sit at the foot, under a hairline
                layout.addStretch(1)
                divider = QFrame(self)
                divider.setProperty("role", "rail-divider")
                divider.setFixedHeight(tokens.BORDER_PX[current_theme()]["hairline"])
                layout.addWidget(divider)
                continue
            place, icon_name, label = item
            button = PlaceButton(label, self)
            button.setObjectName(f"nav-{place}")
            button.setProperty("role", "nav")
            button.setCheckable(True)
            button.setAccessibleName(without_mnemonic(label))
            button.setToolTip(without_mnemonic(label))
            button.clicked.connect(lambda _checked=False, p=place: self._chosen(p))
            button.installEventFilter(self)
            layout.addWidget(button)
            self._buttons[place] = button
            self._labels[place] = label
            self._icons[place] = icon_name
        if not any(item is None for item in items):
            layout.addStretch(1)
        self.set_current(current)
        self._retint()
        self._hold_width()

    # -- what the shell uses ---------------------------------------------------------------------
    def places(self) -> list[str]:
        return list(self._buttons)

    def button(self, place: str) -> QPushButton:
        return self._buttons[place]

    def current(self) -> str | None:
        return self._current

    def set_current(self, place: str | None) -> None:
        """Mark ``place`` as where the person is (None, or a place not in the rail: none)."""
        self._current = place if place in self._buttons else None
        for name, button in self._buttons.items():
            here = name == self._current
            button.setChecked(here)
            button.setAccessibleDescription(self.tr("You are here") if here else "")
            # Its bold label, in its own font, which Qt measures (a style sheet's font for a
            # state it only draws; restyling a button here crashed Qt as the page changed).
            if button.font().bold() != here:
                font = QFont(button.font())
                font.setBold(here)
                button.setFont(font)

    def set_compact(self, compact: bool) -> None:
        """Icons only (a narrow window, large text), or icons with their labels."""
        self._compact = compact
        for place, button in self._buttons.items():
            button.setText("" if compact else self._labels[place])
        self._retint()  # room after an icon only while words follow it
        self._hold_width()

    def is_compact(self) -> bool:
        return self._compact

    def full_width(self) -> int:
        """The rail's width with its labels, whether they show or not."""
        if not self._compact:
            return self.reserved_width()
        # A compact button's hint is its icon and padding: add the widest label, in bold.
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(
            (metrics.horizontalAdvance(without_mnemonic(t)) for t in self._labels.values()),
            default=0,
        )
        return self.reserved_width() + widest + icon_gap(self._icon_px)

    def fit(self, window_width: int) -> None:
        """Labels while they take at most ``MAX_SHARE`` of ``window_width``, else icons only."""
        compact = self.full_width() > MAX_SHARE * window_width
        if compact != self._compact:
            self.set_compact(compact)

    def follow(self, window: QWidget) -> None:
        """``fit`` to ``window``'s width whenever it changes size, and now."""
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        window.installEventFilter(self)
        self.fit(window.width())

    def set_places_shown(self, shown: bool) -> None:
        """Show the places, or keep the rail's room with none in it (no vault open yet, the
        first frame): the window does not move when they appear (DECISIONS 32)."""
        self.places_shown = shown
        for button in self._buttons.values():
            button.setVisible(shown)
        self._hold_width()

    def reserved_width(self) -> int:
        """The width the rail needs with its places in it, whether they show or not."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        edges = margins.left() + margins.right() if margins is not None else 0
        widest = max((self._bold_hint(b) for b in self._buttons.values()), default=0)
        return widest + edges + 2 * self.frameWidth()

    @staticmethod
    def _bold_hint(button: QPushButton) -> int:
        """``button``'s width were it the current place (its label bold): the rail is as wide
        as its widest place in bold, so it never changes width from one page to the next."""
        text = without_mnemonic(button.text())
        bold = QFont(button.font())
        bold.setBold(True)
        extra = QFontMetrics(bold).horizontalAdvance(text)
        extra -= button.fontMetrics().horizontalAdvance(text)
        return button.sizeHint().width() + max(0, extra)

    def _hold_width(self) -> None:
        self.setFixedWidth(self.reserved_width())

    def set_label(self, place: str, label: str) -> None:
        """A place's label (after a language change)."""
        self._labels[place] = label
        button = self._buttons[place]
        button.setAccessibleName(without_mnemonic(label))
        button.setToolTip(without_mnemonic(label))
        if not self._compact:
            button.setText(label)
        self._hold_width()

    # -- behaviour -------------------------------------------------------------------------------
    def _chosen(self, place: str) -> None:
        self.set_current(self._current)  # a click must not mark it: the shell decides
        self.place_chosen.emit(place)

    def _visible_buttons(self) -> list[QPushButton]:
        return [b for b in self._buttons.values() if b.isVisibleTo(self) and b.isEnabled()]

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        window = self._watched
        if window is not None and watched is window and event.type() == QEvent.Type.Resize:
            self.fit(window.width())
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QPushButton):
            return self._key(watched, event)  # type: ignore[arg-type]
        return False

    def _key(self, button: QPushButton, event: QKeyEvent) -> bool:
        from PySide6.QtCore import Qt

        key = Qt.Key(event.key())
        if event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button.click()
            return True
        buttons = self._visible_buttons()
        if button not in buttons:
            return False
        index = buttons.index(button)
        moves = {
            Qt.Key.Key_Down: index + 1,
            Qt.Key.Key_Right: index + 1,
            Qt.Key.Key_Up: index - 1,
            Qt.Key.Key_Left: index - 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(buttons) - 1,
        }
        if key not in moves:
            return False
        buttons[moves[key] % len(buttons)].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._retint()
            self._hold_width()
            if self._watched is not None:  # larger text: the labels may no longer fit
                self.fit(self._watched.width())

    def _retint(self) -> None:
        """Icons in the theme's colours, at a size that follows the text."""
        colours = tokens.colours(current_theme())
        font_px = self.font().pixelSize()
        px = icon_px_for(font_px if font_px > 0 else tokens.FONT_PX["body"])
        gap = 0 if self._compact else icon_gap(px)
        tint = f"{current_theme()}/{px}/{gap}"
        if tint == self._tint:
            return
        self._tint, self._icon_px = tint, px
        dpr = self.devicePixelRatioF()
        size = icons.icon_size(px)
        size.setWidth(px + gap)
        for place, button in self._buttons.items():
            button.setIcon(
                icons.icon(
                    self._icons[place],
                    colours["text"],
                    px,
                    on=colours["on_nav_current"],
                    focused=colours["text"],
                    dpr=dpr,
                    gap=gap,
                )
            )
            button.setIconSize(size)

    def icon_px(self) -> int:
        return self._icon_px
