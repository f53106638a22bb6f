"""The wall's building blocks. They draw what they are given; they compute nothing."""

from __future__ import annotations

import itertools
import math
import unicodedata
from typing import TypeVar

from PySide6.QtCore import Property, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wallboard.levels import Level

_W = TypeVar("_W", bound=QWidget)


def named(widget: _W, name: str) -> _W:
    """``widget`` with its object name set: the name the themes style it by."""
    widget.setObjectName(name)
    return widget


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction of ``text`` from its first strong character (Unicode bidi rules)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def set_property(widget: QWidget, name: str, value: str) -> None:
    """Set a style property and re-polish, only when it changes (polishing costs)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QWidget):
        style.unpolish(child)
        style.polish(child)


def set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


#: How much smaller than its style a label may be drawn before it is elided.
MIN_SHRINK = 0.7


class Text(QLabel):
    """A label that never widens the window: too long a text is elided, not clipped.

    It aligns to the wall's leading edge whatever the script of its text, so a
    column of names keeps one edge on a right-to-left wall too.
    """

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def fitted_font(self) -> QFont:
        """The font the text is drawn in: a text a little too long for its box (a
        longer language, a smaller screen) is drawn smaller, down to ``MIN_SHRINK``
        of its size, before it is elided."""
        font = QFont(self.font())
        size = QFontInfo(font).pixelSize()
        smallest = max(1, int(size * MIN_SHRINK))
        text, width = self.text(), self.width()
        while size > smallest and QFontMetrics(font).horizontalAdvance(text) > width:
            size -= 1
            font.setPixelSize(size)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.wordWrap():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        font = self.fitted_font()
        painter.setFont(font)
        # Elide at the end of the text in its own direction: a Latin name on a
        # right-to-left wall still ends on the right.
        painter.setLayoutDirection(text_direction(self.text()))
        elided = QFontMetrics(font).elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                               self.width())
        alignment = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        painter.drawText(self.rect(), int(alignment), elided)


class FitLabel(QLabel):
    """Text drawn as large as its box allows, never clipped.

    The font size is found by measuring, once per text length and box size, so
    a figure that changes from 9 to 10 does not jump in size every second.
    """

    def __init__(self, parent: QWidget | None = None, *, max_fill: float = 0.9) -> None:
        super().__init__(parent)
        self._max_fill = max_fill
        self._fitted: tuple[int, QSize, int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)

    def fitted_pixel_size(self) -> int:
        """The pixel size the current text is drawn at (for tests)."""
        return self._fit()

    def _fit(self) -> int:
        text = self.text() or " "
        key = (len(text), self.size())
        if self._fitted is not None and self._fitted[:2] == key:
            return self._fitted[2]
        box_w = max(1, int(self.width() * self._max_fill))
        box_h = max(1, int(self.height() * self._max_fill))
        # Measure with a wide template of the same length, so 1:11 and 8:08 agree.
        sample = "".join("8" if ch.isdigit() else ch for ch in text)
        font = QFont(self.font())
        low, high = 4, max(5, box_h * 2)
        while low < high:
            mid = (low + high + 1) // 2
            font.setPixelSize(mid)
            metrics = QFontMetrics(font)
            if metrics.horizontalAdvance(sample) <= box_w and metrics.height() <= box_h:
                low = mid
            else:
                high = mid - 1
        self._fitted = (*key, low)
        return low

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(self._fit())
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(self.alignment()) or int(Qt.AlignmentFlag.AlignCenter),
                         self.text())


class Tile(QFrame):
    """One KPI: its name, its value as large as fits, a detail line and a level shape."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("tile")
        self.setProperty("level", "none")
        self.setProperty("stale", "false")
        self.label = Text(self, objectName="tileLabel")
        self.glyph = named(QLabel(self), "tileGlyph")
        self.value = FitLabel(self)
        self.value.setObjectName("tileValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = Text(self, objectName="tileDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label, 1)
        top.addWidget(self.glyph, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.detail)

    def show_tile(self, label: str, value: str, detail: str, level: Level, stale: bool) -> None:
        set_text(self.label, label)
        set_text(self.value, value)
        set_text(self.detail, detail)
        set_text(self.glyph, level.glyph)
        set_property(self, "level", level.css)
        set_property(self, "stale", "true" if stale else "false")


class Sparkline(QWidget):
    """A small line of recent values; no axes, no labels.

    Its colour is the ``lineColor`` property, which the themes set with
    ``qproperty-lineColor``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: tuple[int, ...] = ()
        self._colour = QColor("#8b949e")
        self.setMinimumSize(20, 10)

    def _get_colour(self) -> QColor:
        return self._colour

    def _set_colour(self, colour: QColor) -> None:
        self._colour = QColor(colour)
        self.update()

    lineColor = Property(QColor, _get_colour, _set_colour)

    def set_values(self, values: tuple[int, ...]) -> None:
        if values != self._values:
            self._values = values
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        values = self._values
        if len(values) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._colour, max(2.0, self.height() / 14))
        painter.setPen(pen)
        rect: QRect = self.rect().adjusted(2, 3, -2, -3)
        top = max(values) or 1
        step = rect.width() / (len(values) - 1)
        points = [(rect.left() + i * step, rect.bottom() - rect.height() * v / top)
                  for i, v in enumerate(values)]
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            if not (math.isnan(y1) or math.isnan(y2)):
                painter.drawLine(int(x1), int(y1), int(x2), int(y2))
