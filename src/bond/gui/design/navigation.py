"""The navigation rail: one button per place, icon and label, marking where the person is.

The current place is marked by a bar on its leading edge, a fill and a heavier label (not by
colour alone), and screen readers hear it as the checked button described as "You are here".
Tab reaches every place; the arrow keys, Home and End move between them; Enter or Space goes.
The rail has three forms, and takes the first that fits the window at the text size in force
(``fit``: the rail at most ``MAX_SHARE`` of the window's width): each label beside its icon;
"stacked", each label under its icon in small print (about 104 px wide at 100% text, 166 at
200%), as a phone's tab bar or GNOME's narrow sidebars keep their words; and only as a last
resort its icons alone. The labels stay each button's accessible name and tooltip in every form.
A label may carry an Alt letter ("&Home"), shown while it shows beside its icon (stacked, the
letter still goes there).

The shell shows the rail on its first frame, so this module is on that path: it builds no
``Qt`` namespace and loads no SVG renderer (its icons are the pre-rendered PNG masks, DECISIONS
32). Qt's enums are imported where a key is handled, after the first frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

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
# The rail shows its labels beside its icons while it takes at most this share of its window's
# width. With them it is 168 px at 100% text (182 in Spanish) and 299 at 200% (329): they stay
# in every window at 100% and 150%, and at 200% in a 1280-pixel one. Below 1,068 px at 200%
# (1,175 in Spanish) each label goes under its icon: 200 px (226 in Spanish, "Configuración"),
# so at 960×680 the words stay. Icons alone only below about 715 px at 200% (807 in Spanish).
MAX_SHARE = 0.28
# The stacked form's width at 100% text, grown as the icons grow (166 px at 200%, beside 32 px
# icons), or wider if a single word needs it; its labels are the small type step.
STACKED_PX = 104
# The stacked form is taken while it is at most this share of the window, so the pages keep
# the room their rows need beside it: 176 px at 200% text in English (from 1,036 px wide),
# 198 in Spanish ("Configuración", 1,165 to 1,167). Not yet at 960×680: Boundaries' detail,
# Get support now and Spanish Settings need more than 960 less 176 px at 200% (Settings in
# Spanish 821 px), so the rail keeps its icons alone until those pages narrow.
STACKED_SHARE = 0.17
# Forms, from the roomiest: labels beside the icons, labels under them, icons alone.
FORMS = ("full", "stacked", "icons")


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
        self._form = "full"
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
        """Icons only (a narrow window, large text), or icons with their labels beside them."""
        self.set_form("icons" if compact else "full")

    def is_compact(self) -> bool:
        """Whether only the icons show."""
        return self._form == "icons"

    def is_stacked(self) -> bool:
        """Whether each label shows under its icon."""
        return self._form == "stacked"

    def form(self) -> str:
        return self._form

    def set_form(self, form: str) -> None:
        """One of ``FORMS``: labels beside the icons, labels under them, or icons alone."""
        self._form = form
        for place, button in self._buttons.items():
            button.setText(self._labels[place] if form == "full" else "")
            if form != "full":  # its Alt letter without its words (with them, Qt's own)
                button.setShortcut(QKeySequence.mnemonic(self._labels[place]))
            button.setMinimumHeight(0)
        self._retint()  # room after an icon only while words follow it
        self._hold_width()

    def full_width(self) -> int:
        """The rail's width with its labels beside its icons, whether they show or not."""
        if self._form == "full":
            return self.reserved_width()
        # Without words a button's hint is its icon and padding: add the widest label, in bold.
        return self._icons_width() + self._widest(self._bold_font()) + icon_gap(self._icon_px)

    def stacked_width(self) -> int:
        """The rail's width with each label under its icon."""
        font = self._small_font()  # the current place's words go bold where they fit
        words = (w for t in self._labels.values() for w in without_mnemonic(t).split())
        widest = max((QFontMetrics(font).horizontalAdvance(w) for w in words), default=0)
        side = self._edges_px() + tokens.SPACE_PX["xs"] // 2
        button = max(round(STACKED_PX * self._icon_px / tokens.ICON_PX), widest + 2 * side)
        return button + self._frame_px()

    def fit(self, window_width: int) -> None:
        """The roomiest form that takes at most ``MAX_SHARE`` of ``window_width``."""
        room = MAX_SHARE * window_width
        if self.full_width() <= room:
            form = "full"
        elif self.stacked_width() <= STACKED_SHARE * window_width:
            form = "stacked"
        else:
            form = "icons"
        if form != self._form:
            self.set_form(form)

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
        if self._form == "stacked":
            return self.stacked_width()
        widest = max((self._bold_hint(b) for b in self._buttons.values()), default=0)
        return widest + self._frame_px()

    def _frame_px(self) -> int:
        """The rail's own margins and frame, round its buttons."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        edges = margins.left() + margins.right() if margins is not None else 0
        return edges + 2 * self.frameWidth()

    def _icons_width(self) -> int:
        """The rail's width with its icons alone."""
        if self._form == "icons":
            return self.reserved_width()
        button = next(iter(self._buttons.values()), None)
        if button is None:
            return self._frame_px()
        if not button.text():  # stacked: a button's hint is its icon and padding
            return self._bold_hint(button) + self._frame_px()
        words = without_mnemonic(button.text())
        extra = QFontMetrics(self._bold_font()).horizontalAdvance(words) + icon_gap(self._icon_px)
        return self._bold_hint(button) - extra + self._frame_px()

    def _place_of(self, button: QPushButton) -> str:
        return next(p for p, b in self._buttons.items() if b is button)

    def _widest(self, font: QFont) -> int:
        metrics = QFontMetrics(font)
        texts = (without_mnemonic(t) for t in self._labels.values())
        return max((metrics.horizontalAdvance(t) for t in texts), default=0)

    def _bold_font(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _small_font(self, bold: bool = False) -> QFont:
        """The stacked labels' font: the small step at the text size in force."""
        font = QFont(self.font())
        px = font.pixelSize() if font.pixelSize() > 0 else tokens.FONT_PX["body"]
        font.setPixelSize(round(tokens.FONT_PX["small"] * px / tokens.FONT_PX["body"]))
        font.setBold(bold)
        return font

    @staticmethod
    def _edges_px() -> int:
        """A place's border on each side (its marker on the leading one)."""
        return max(b["marker"] for b in tokens.BORDER_PX.values())

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
        if self._form == "stacked":  # each place as tall as its icon and words
            for button in self._buttons.values():
                button.setMinimumHeight(self._stacked_layout(button)[2])

    def set_label(self, place: str, label: str) -> None:
        """A place's label (after a language change)."""
        self._labels[place] = label
        button = self._buttons[place]
        button.setAccessibleName(without_mnemonic(label))
        button.setToolTip(without_mnemonic(label))
        if self._form == "full":
            button.setText(label)
        else:
            button.setShortcut(QKeySequence.mnemonic(label))
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
        if (
            event.type() == QEvent.Type.Paint
            and self._form == "stacked"
            and isinstance(watched, QPushButton)
        ):
            self._paint_stacked(watched)
            return True
        return False

    # -- the stacked form ------------------------------------------------------------------------
    def _stacked_layout(self, button: QPushButton) -> tuple[QRect, QRect, int]:
        """Where a stacked place's icon and words go, and its height."""
        from PySide6.QtCore import Qt

        # Tight: seven places, icon over word, fit a 680-pixel window at 200% text.
        pad = round(tokens.SPACE_PX["xs"] / 2 * self._icon_px / tokens.ICON_PX)
        side = self._edges_px() + tokens.SPACE_PX["xs"] // 2
        width = self.stacked_width() - self._frame_px()
        text_width = max(1, width - 2 * side)
        words = without_mnemonic(self._labels[self._place_of(button)])
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        text = QFontMetrics(self._small_font()).boundingRect(
            QRect(0, 0, text_width, 10_000), flags, words
        )
        top = pad + tokens.BORDER_PX[current_theme()]["control"]  # inside the focus ring
        icon = QRect((width - self._icon_px) // 2, top, self._icon_px, self._icon_px)
        under = QRect(side, icon.bottom() + 1 + pad, text_width, text.height())
        return icon, under, under.bottom() + 1 + top

    def _paint_stacked(self, button: QPushButton) -> None:
        """The place's box as the style sheet draws it (marker, fill, ring), its icon centred
        at the top and its words under it, centred, wrapping if they must."""
        from PySide6.QtCore import Qt

        painter = QStylePainter(button)
        option = QStyleOptionButton()
        option.initFrom(button)
        option.features = QStyleOptionButton.ButtonFeature.None_
        if button.isChecked():
            option.state |= QStyle.StateFlag.State_On
        if button.isDown():
            option.state |= QStyle.StateFlag.State_Sunken
        option.text, option.icon = "", QIcon()
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        icon_rect, text_rect, _height = self._stacked_layout(button)
        shift = (button.width() - (self.stacked_width() - self._frame_px())) // 2
        icon_rect.translate(shift, 0)
        text_rect.translate(shift, 0)
        state = QIcon.State.On if button.isChecked() else QIcon.State.Off
        mode = QIcon.Mode.Active if button.hasFocus() else QIcon.Mode.Normal
        button.icon().paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter, mode, state)
        colours = tokens.colours(current_theme())
        painter.setPen(
            QColor.fromString(colours["on_nav_current" if state == QIcon.State.On else "text"])
        )
        words = without_mnemonic(self._labels[self._place_of(button)])
        font = self._small_font(bold=button.isChecked())
        longest = max((QFontMetrics(font).horizontalAdvance(w) for w in words.split()), default=0)
        if longest > text_rect.width():  # a long word ("Configuración") stays whole, not bold
            font = self._small_font()
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(text_rect, int(flags | Qt.TextFlag.TextWordWrap), words)
        painter.end()

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
        gap = icon_gap(px) if self._form == "full" else 0
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
