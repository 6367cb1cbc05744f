"""Check boxes and radio buttons whose text wraps onto more lines.

Qt's own never wrap, so at 200% text a long answer option pushed the page sideways. These keep
everything else of a real QCheckBox / QRadioButton (keyboard, groups, the accessible name and
state); only the size and the painting of the text change.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QWidget,
)

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
#: Below this many characters a button asks for no more width than its text.
_READABLE_CHARS = 60


class _Wrapping:
    """Mixed into a QCheckBox or QRadioButton subclass (``self`` is the button)."""

    _indicator_metric: QStyle.PixelMetric

    def _setup(self) -> None:
        button: QWidget = self  # type: ignore[assignment]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        button.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)  # type: ignore[attr-defined]
        return option

    def _box_size(self) -> int:
        """The box grows with the text (the style's own stays at its 100% size)."""
        button: QWidget = self  # type: ignore[assignment]
        metric = button.style().pixelMetric(self._indicator_metric, self._option(), button)
        return max(metric, round(button.fontMetrics().height() * 0.7))

    def _indent(self) -> int:
        button: QWidget = self  # type: ignore[assignment]
        spacing = button.style().pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, self._option(), button
        )
        return self._box_size() + max(spacing, button.fontMetrics().averageCharWidth() // 2)

    def _text_height(self, text_width: int) -> int:
        button: QWidget = self  # type: ignore[assignment]
        bounds = QRect(0, 0, max(1, text_width), 100_000)
        return button.fontMetrics().boundingRect(bounds, _FLAGS, button.text()).height()  # type: ignore[attr-defined]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._box_size(), self._text_height(width - self._indent())) + 4

    def sizeHint(self) -> QSize:
        button: QWidget = self  # type: ignore[assignment]
        metrics = button.fontMetrics()
        natural = metrics.horizontalAdvance(button.text().replace("&", "")) + 2  # type: ignore[attr-defined]
        width = self._indent() + min(natural, metrics.averageCharWidth() * _READABLE_CHARS)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        button: QWidget = self  # type: ignore[assignment]
        metrics = button.fontMetrics()
        words = button.text().replace("&", "").split() or [""]  # type: ignore[attr-defined]
        width = self._indent() + max(metrics.horizontalAdvance(w) for w in words) + 2
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event: QPaintEvent) -> None:
        button: QWidget = self  # type: ignore[assignment]
        style = button.style()
        option = self._option()
        radio = isinstance(button, QRadioButton)
        indicator = style.subElementRect(
            QStyle.SubElement.SE_RadioButtonIndicator
            if radio
            else QStyle.SubElement.SE_CheckBoxIndicator,
            option,
            button,
        )
        # The box sits beside the first line, not in the middle of a tall block of text.
        size = self._box_size()
        indicator.setSize(QSize(size, size))
        indicator.moveTop(2 + max(0, (button.fontMetrics().height() - size) // 2))
        box = QStyleOptionButton(option)
        box.rect = indicator
        painter = QPainter(button)
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorRadioButton
            if radio
            else QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            box,
            painter,
            button,
        )
        area = button.rect().adjusted(self._indent(), 2, 0, 0)
        flags = int(_FLAGS | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        style.drawItemText(
            painter,
            area,
            flags,
            option.palette,
            button.isEnabled(),
            option.text,
            button.foregroundRole(),
        )
        if button.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(button)
            focus.rect = (
                button.fontMetrics().boundingRect(area, flags, option.text).adjusted(-2, -1, 2, 1)
            )
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, button)
        painter.end()


class WrapCheckBox(_Wrapping, QCheckBox):
    _indicator_metric = QStyle.PixelMetric.PM_IndicatorWidth

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrapRadioButton(_Wrapping, QRadioButton):
    _indicator_metric = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()
