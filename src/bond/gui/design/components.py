"""Bond's components: card, buttons, chip, segmented progress, banner, toast, empty state and
person badge (the navigation rail is in ``navigation``).

Each works in the light, dark and high-contrast themes (colours come from the tokens, through
the style sheet or, where a component paints, from ``tokens.colours(current_theme())``), at
200% text (sizes follow the font), by keyboard (the interactive ones take focus and show it),
and with a screen reader (an accessible name on each; pictures are decoration). Text a person
wrote (a name) is shown as plain text, never as markup.

For what comes after the first frame: this module may build the ``Qt`` namespace.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bond.gui.design import icons, tokens
from bond.gui.theme import current_scale, current_theme
from bond.gui.widgets.plain import plain_label

BUTTON_ROLES = ("primary", "secondary", "quiet")


def _space(name: str) -> int:
    """A space for the text size in force (set when a component is made)."""
    return tokens.space_px(name, current_scale())


def _theme_colours() -> dict[str, str]:
    return tokens.colours(current_theme())


def _restyle(widget: QWidget) -> None:
    """Apply a changed dynamic property (``role``, ``kind``) to the style sheet's look."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def _themed(event: QEvent) -> bool:
    """Whether ``event`` is a theme or text-size change (app.setStyleSheet sends StyleChange)."""
    return event.type() in (
        QEvent.Type.StyleChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.FontChange,
    )


# -- buttons ------------------------------------------------------------------------------------


def _tint_icon(owner: QWidget, label: QLabel, name: str, role: str, last: str) -> str:
    """Draw icon ``name`` on ``label`` in the theme's ``role`` colour, sized to ``owner``'s text;
    returns the tint it now has (the same as ``last``: nothing was redrawn)."""
    px = max(16, round(owner.fontMetrics().height() * 1.2))
    tint = f"{current_theme()}/{px}"
    if tint != last:
        colour = _theme_colours()[role]
        label.setPixmap(icons.pixmap(name, colour, px, owner.devicePixelRatioF()))
        label.setFixedSize(px, px)
    return tint


def set_button_role(button: QPushButton, role: str) -> QPushButton:
    """Make ``button`` primary (filled), secondary (outlined) or quiet (a link-like button).
    One primary per screen (DESIGN.md)."""
    if role not in BUTTON_ROLES:
        raise ValueError(f"no such button role: {role}")
    button.setProperty("role", role)
    _restyle(button)
    return button


def button(text: str, role: str = "secondary", parent: QWidget | None = None) -> QPushButton:
    """A push button of a role (see :func:`set_button_role`); ``text`` is already translated."""
    made = QPushButton(text, parent)
    made.setProperty("role", role if role in BUTTON_ROLES else "secondary")
    return made


# -- card ---------------------------------------------------------------------------------------


class Card(QFrame):
    """A surface for one thing: an optional title, then whatever ``layout()`` is given."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        pad = _space("l")
        self.body.setContentsMargins(pad, pad, pad, pad)
        self.body.setSpacing(_space("s"))
        self.title: QLabel | None = None
        if title:
            self.title = plain_label(title, "section", wrap=True)
            self.body.addWidget(self.title)
            self.setAccessibleName(title)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(widget, stretch)
        return widget


# -- chip ---------------------------------------------------------------------------------------


class Chip(QPushButton):
    """A choice that can be on or off (a feeling, a filter). Chosen, it fills with the accent
    and shows a tick, so the state never rests on colour alone; screen readers
    hear a toggle button, pressed or not. Choosing never changes its size."""

    def __init__(self, text: str, checked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty("role", "chip")
        self.setCheckable(True)
        self.setChecked(checked)
        self.setAccessibleName(text.replace("&", ""))
        self._tint = ""
        self._tick: QIcon | None = None
        self._retint()
        self.toggled.connect(self._show_tick)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if _themed(event):
            self._retint()

    def _retint(self) -> None:
        """The tick a chosen chip shows, in the colour of its text (focused or not)."""
        colours = _theme_colours()
        px = max(12, round(self.fontMetrics().height() * 0.9))
        tint = f"{current_theme()}/{px}"
        if tint == self._tint:
            return
        self._tint = tint
        dpr, gap = self.devicePixelRatioF(), max(4, px // 3)
        chosen = icons.icon(
            "done",
            colours["on_primary"],
            px,
            focused=colours["on_primary"],
            dpr=dpr,
            gap=gap,
        )
        self._tick = chosen
        self.setIconSize(QSize(px + gap, px))
        self._show_tick(self.isChecked())

    def _show_tick(self, checked: bool) -> None:
        """Unchosen, no mark at all (an empty circle read as "pick one" where several may be
        chosen) and the words centred; :meth:`sizeHint` keeps the tick's room either way."""
        self.setIcon(self._tick if checked and self._tick is not None else QIcon())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.icon().isNull():  # as wide as when chosen (Qt adds the icon and 4 px)
            hint.setWidth(hint.width() + self.iconSize().width() + 4)
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


# -- segmented progress -------------------------------------------------------------------------


class SegmentedProgress(QProgressBar):
    """Where an exercise is: one segment per step. Done steps are filled, the current one is
    filled and taller, the rest are outlined 2 px (a hairline read as gone): shape as well as
    colour. Screen readers hear a progress bar named "Step 2 of 5". Not focusable: it only tells."""

    def __init__(self, steps: int = 1, current: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextVisible(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_step(current, steps)

    def set_step(self, current: int, steps: int | None = None) -> None:
        """Show step ``current`` (1-based) of ``steps``."""
        total = max(1, steps if steps is not None else self.maximum())
        self.setRange(0, total)
        self.setValue(max(1, min(current, total)))
        name = self.tr("Step %1 of %2").replace("%1", str(self.value())).replace("%2", str(total))
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.update()

    def steps(self) -> int:
        return self.maximum()

    def step(self) -> int:
        return self.value()

    def _bar_px(self) -> int:
        return max(6, round(self.fontMetrics().height() * 0.4))

    def sizeHint(self) -> QSize:
        return QSize(_space("xxl") * self.maximum(), self._bar_px() * 2 + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(_space("m") * self.maximum(), self._bar_px() * 2 + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        colours = _theme_colours()
        total, current = self.maximum(), self.value()
        gap = float(_space("xs"))
        width = (self.width() - gap * (total - 1)) / total
        bar = float(self._bar_px())
        line = float(tokens.BORDER_PX.get(current_theme(), tokens.BORDER_PX["light"])["control"])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        middle = self.height() / 2
        for index in range(total):
            x = index * (width + gap)
            step = index + 1
            height = bar * 2 if step == current else bar
            top = round(middle - height / 2)  # whole pixels: a 2 px edge stays crisp
            rect = QRectF(x + line / 2, top + line / 2, width - line, round(height) - line)
            radius = min(height / 2, 4.0)
            if step <= current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor.fromString(colours["accent"]))
            else:
                painter.setPen(QPen(QColor.fromString(colours["border"]), line))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, radius, radius)
        painter.end()


# -- banner -------------------------------------------------------------------------------------


class Banner(QFrame):
    """A message across the page: ``info`` (calm) or ``danger`` (the only red: not safe). An
    icon, a bold title, the words (they take the room the actions leave) and actions: on a line
    of their own 8 px under the words where the banner is under ``STACK_PX`` × text size."""

    STACK_PX = 600
    _MIDDLE = Qt.AlignmentFlag.AlignVCenter

    def __init__(
        self,
        text: str,
        kind: str = "info",
        title: str = "",
        action: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = "danger" if kind == "danger" else "info"
        self.setProperty("role", "banner")
        self.setProperty("kind", self.kind)
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(*[_space("m")] * 4)
        grid.setHorizontalSpacing(_space("m"))
        grid.setVerticalSpacing(_space("s"))  # words to the actions under them
        grid.setColumnStretch(1, 1)  # the words take what the actions leave
        self.icon = QLabel(self)
        self.icon.setAccessibleName("")  # the kind is said by the title and text
        grid.addWidget(self.icon, 0, 0, self._MIDDLE)  # beside the words
        column = self._column = QVBoxLayout()
        column.setSpacing(_space("xs"))
        self.title = plain_label(title, "banner-title", wrap=True)
        self.title.setVisible(bool(title))
        column.addWidget(self.title)
        self.text = plain_label(text, wrap=True)
        column.addWidget(self.text)
        grid.addLayout(column, 0, 1)
        actions = self._actions = QHBoxLayout()
        actions.setSpacing(_space("m"))
        grid.addLayout(actions, 0, 2, self._MIDDLE)
        self.action = button(action, "secondary", self) if action else None
        if self.action is not None:
            actions.addWidget(self.action)
        self.setAccessibleName(title or text)
        self.setAccessibleDescription(text if title else "")
        self._stacked, self._tint = False, ""
        self._retint()

    def _reflow(self) -> None:  # actions beside the words, or under them where it is narrow
        narrow = self.width() < round(self.STACK_PX * current_scale() / 100)
        if narrow == self._stacked:
            return
        self._stacked, first = narrow, self._actions.itemAt(0)
        link = first.widget() if narrow and first is not None else None
        inset = 0  # a link-like first action's words start on the words' edge, not its box
        if isinstance(link, QPushButton) and link.property("role") == "quiet":
            words = link.fontMetrics().horizontalAdvance(link.text().replace("&", ""))
            inset = max(0, link.sizeHint().width() - words) // 2
        edge = self.icon.sizeHint().width() + self._grid.horizontalSpacing() if narrow else 0
        self._actions.setContentsMargins(max(0, edge - inset), 0, 0, 0)  # from the icon's edge
        self._grid.removeItem(self._actions)
        place = (1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft) if narrow else (0, 2, 1, 1, self._MIDDLE)
        self._grid.addItem(self._actions, *place)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    @classmethod
    def around(
        cls,
        label: QLabel,
        kind: str = "info",
        actions: tuple[QPushButton, ...] = (),
        replace: QWidget | None = None,
    ) -> Banner:
        """Make a form's ``label`` and ``actions`` a banner in the place of ``replace`` (or the
        label), keeping their names and Alt letters; the banner adds no name of its own."""
        spot = replace or label
        holder = spot.parentWidget()
        shown = spot.isVisibleTo(holder) if holder is not None else True
        banner = cls("", kind, parent=holder)
        banner.setObjectName(spot.objectName() if replace is not None else "")
        outer = holder.layout() if holder is not None else None
        box = _layout_holding(outer, spot) if outer is not None else None
        if box is not None:
            box.replaceWidget(spot, banner)
        banner._column.replaceWidget(banner.text, label)
        banner.text.deleteLater()
        banner.text = label
        label.show()
        for action in actions:
            banner._actions.addWidget(action)
        if replace is not None:
            replace.hide()
            replace.deleteLater()
        banner.setAccessibleName("")
        banner.setAccessibleDescription("")
        banner.setVisible(shown)
        return banner

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if _themed(event):
            self._retint()

    def _retint(self) -> None:
        name, role = ("danger", "danger") if self.kind == "danger" else ("info", "on_banner")
        self._tint = _tint_icon(self, self.icon, name, role, self._tint)


def _layout_holding(layout: QLayout, widget: QWidget) -> QLayout | None:
    """The layout, ``layout`` or one inside it, that holds ``widget`` itself."""
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        if inner is not None and (found := _layout_holding(inner, widget)) is not None:
            return found
    return None


# -- empty state --------------------------------------------------------------------------------
