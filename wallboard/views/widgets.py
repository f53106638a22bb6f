"""The wall's building blocks. They draw what they are given; they compute nothing."""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections import OrderedDict
from typing import TypeVar

from PySide6.QtCore import Property, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOption,
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
    """Set a style property and re-polish, only when it changes (polishing costs).

    The widget is polished again, and those of its children that the style sheets
    style by this property of it (``QFrame#tile[level="warning"] QLabel#tileGlyph``),
    all of them when the sheets do not say: not unpolished first, as the style
    sheet's polish works each widget's rules out afresh all the same, and
    unpolishing reset the fonts and colours only for them to be set again (at 4K,
    the most of a refresh where many levels change at once).
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.polish(widget)
    styled = _styled_by(_style_sheets(widget), widget.objectName(), name)
    for child in widget.findChildren(QWidget):
        if styled is None or any(_matches(child, subject) for subject in styled):
            style.polish(child)


def _style_sheets(widget: QWidget) -> str:
    """The style sheets that apply to ``widget``: its own, its ancestors', the application's."""
    sheets = []
    at: QWidget | None = widget
    while at is not None:
        sheets.append(at.styleSheet())
        at = at.parentWidget()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        sheets.append(app.styleSheet())
    return "\n".join(sheets)


_RULE = re.compile(r"([^{}]+)\{[^{}]*\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


@functools.lru_cache(maxsize=64)
def _styled_by(sheets: str, object_name: str, name: str) -> frozenset[tuple[str, str]] | None:
    """What the rules of ``sheets`` style by the property ``name`` of an ancestor named
    ``object_name``: ("#", objectName) or ("", class) of each rule's subject; None when
    that cannot be told (a rule keyed by the property of an ancestor without a name)."""
    subjects: set[tuple[str, str]] = set()
    for rule in _RULE.finditer(_COMMENT.sub("", sheets)):
        for selector in rule.group(1).split(","):
            parts = selector.replace(">", " ").split()
            for part in parts[:-1]:
                if f"[{name}" not in part:
                    continue
                names = re.findall(r"#([\w-]+)", part)
                if not names:
                    return None
                if object_name not in names:
                    continue
                subject = parts[-1]
                found = re.search(r"#([\w-]+)", subject)
                kind = re.match(r"[A-Za-z_]\w*", subject)
                if found:
                    subjects.add(("#", found.group(1)))
                elif kind:
                    subjects.add(("", kind.group(0)))
                else:
                    return None
    return frozenset(subjects)


def _matches(widget: QWidget, subject: tuple[str, str]) -> bool:
    kind, name = subject
    return widget.objectName() == name if kind == "#" else widget.inherits(name)


#: Text already drawn, by text, font, colour and direction: (pixmap, width, height).
_drawn: OrderedDict[tuple[str, str, int, int, float], QPixmap] = OrderedDict()
#: Enough for every figure and label of every page at once, twice over.
_DRAWN_MAX = 4096
#: And at most this many bytes of pixels: at 4K one line of text is a few hundred
#: kilobytes, and texts that change (durations, counts in words) would otherwise
#: fill the count with pictures never drawn again.
_DRAWN_BUDGET_BYTES = 48 * 2**20
_drawn_bytes = 0


def _keep(key: tuple[str, str, int, int, float], picture: QPixmap) -> None:
    """Keep ``picture``; forget the least recently drawn beyond the count or the budget."""
    global _drawn_bytes
    _drawn[key] = picture
    _drawn_bytes += _bytes(picture)
    while _drawn and (len(_drawn) > _DRAWN_MAX or _drawn_bytes > _DRAWN_BUDGET_BYTES):
        _, old = _drawn.popitem(last=False)
        _drawn_bytes -= _bytes(old)


def _bytes(picture: QPixmap) -> int:
    return picture.width() * picture.height() * 4


#: Characters of figures, drawn one by one from pictures of each: a new figure
#: is then copies of pictures already drawn. (Letters of words are drawn whole,
#: where scripts join and kern them.)
_FIGURE_CHARS = frozenset("0123456789%:.,+-\u2212— \u202f▲◆")
#: Above this pixel size Qt keeps no glyphs, so figures are drawn from pictures.
_GLYPHS_CACHED_PX = 64


def _picture(key: tuple[str, str, int, int, float], text: str, font: QFont, colour: QColor,
             direction: Qt.LayoutDirection, ratio: float) -> QPixmap:
    picture = _drawn.get(key)
    if picture is not None:
        _drawn.move_to_end(key)
        return picture
    metrics = QFontMetrics(font)
    size = QSize(max(1, metrics.horizontalAdvance(text) + 2), max(1, metrics.height()))
    picture = QPixmap(size * ratio)
    picture.setDevicePixelRatio(ratio)
    picture.fill(Qt.GlobalColor.transparent)
    p = QPainter(picture)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.setLayoutDirection(direction)
    p.setFont(font)
    p.setPen(colour)
    p.drawText(QRect(QPoint(1, 0), QSize(size.width() - 2, size.height())),
               int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
    p.end()
    _keep(key, picture)
    return picture


#: Characters of large figures in white, by character, font and pixel ratio: a figure
#: in a new colour (its level changed) is the same shapes, tinted, not drawn again.
_shapes: dict[tuple[str, str, float], QPixmap] = {}


def _figure_char(ch: str, font: QFont, font_key: str, colour: QColor,
                 ratio: float) -> QPixmap:
    key = (ch, font_key, colour.rgba(), 0, ratio)
    picture = _drawn.get(key)
    if picture is not None:
        _drawn.move_to_end(key)
        return picture
    shape_key = (ch, font_key, ratio)
    shape = _shapes.get(shape_key)
    if shape is None:
        if len(_shapes) > _DRAWN_MAX:
            _shapes.clear()
        shape = _shapes[shape_key] = _picture((ch, font_key, 0xFFFFFFFF, 0, ratio), ch, font,
                                              QColor(Qt.GlobalColor.white),
                                              Qt.LayoutDirection.LeftToRight, ratio)
    picture = QPixmap(shape.size())
    picture.setDevicePixelRatio(ratio)
    picture.fill(Qt.GlobalColor.transparent)
    p = QPainter(picture)
    p.drawPixmap(0, 0, shape)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    p.fillRect(picture.rect(), colour)
    p.end()
    _keep(key, picture)
    return picture


def draw_text(painter: QPainter, rect: QRect, alignment: Qt.AlignmentFlag, text: str,
              font: QFont, colour: QColor,
              direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> None:
    """Draw one line of ``text`` in ``rect``, from a picture of it drawn once.

    Qt caches no glyphs above 64 pixels, so the wall's figures at 4K would be
    filled as outlines on every paint; a figure repainted unchanged (a page
    turn, a tile beside it that changed) now costs one copy.
    """
    if not text:
        return
    ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
    font_key, rgba = font.key(), colour.rgba()
    if font.pixelSize() > _GLYPHS_CACHED_PX and _FIGURE_CHARS.issuperset(text):
        # A figure, large: one picture per character, set side by side.
        metrics = QFontMetrics(font)
        advances = [metrics.horizontalAdvance(ch) for ch in text]
        logical = QSize(sum(advances) + 2, metrics.height())
        target = QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, alignment, logical, rect)
        x = target.left()
        for ch, advance in zip(text, advances, strict=True):
            if ch not in " \u202f":
                painter.drawPixmap(QPoint(x, target.top()),
                                   _figure_char(ch, font, font_key, colour, ratio))
            x += advance
        return
    if 0 < font.pixelSize() <= _GLYPHS_CACHED_PX:
        # Qt keeps these glyphs: drawn straight, a changing text costs no picture.
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        painter.setLayoutDirection(direction)
        painter.drawText(rect, int(alignment) | int(Qt.TextFlag.TextSingleLine), text)
        painter.restore()
        return
    picture = _picture((text, font_key, rgba, direction.value, ratio), text, font, colour,
                       direction, ratio)
    logical = QSize(round(picture.width() / ratio), round(picture.height() / ratio))
    target = QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, alignment, logical, rect)
    painter.drawPixmap(target.topLeft(), picture)


def set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


class _Backdrop:
    """The solid colour behind a label, when the theme gives one (``qproperty-backdrop``).

    A label with a backdrop paints it and is opaque: a new figure repaints the
    label alone, not the tile and the page behind it (at 4K, most of the cost
    of a refresh).
    """

    def _init_backdrop(self) -> None:
        self._backdrop = QColor()

    def _get_backdrop(self) -> QColor:
        return self._backdrop

    def _set_backdrop(self, colour: QColor) -> None:
        self._backdrop = QColor(colour)
        self.setAttribute(  # type: ignore[attr-defined]
            Qt.WidgetAttribute.WA_OpaquePaintEvent, self._backdrop.isValid())
        self.update()  # type: ignore[attr-defined]

    def _fill_backdrop(self, painter: QPainter) -> None:
        if self._backdrop.isValid():
            painter.fillRect(self.rect(), self._backdrop)  # type: ignore[attr-defined]


class Text(_Backdrop, QLabel):
    """A label that never widens the window: too long a text is elided, not clipped.

    It aligns to the wall's leading edge whatever the script of its text, so a
    column of names keeps one edge on a right-to-left wall too.
    """

    #: How far a text too long for its box is shrunk before it is elided.
    SHRINK = 0.7
    #: The sizes tried, in turn, for a text set on two lines (with ``set_two_lines``).
    TWO_LINES = (0.7, 0.6)

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._line = ""
        self._init_backdrop()
        self._two_lines = False
        self._shrunk: tuple[str, int, str, QFont] | None = None

    def fitted_font(self) -> QFont:
        """The font the text is drawn in: its own, or smaller (down to ``SHRINK``) to fit."""
        text, width, key = self.text(), self.width(), self.font().key()
        if self._shrunk is not None and self._shrunk[:3] == (text, width, key):
            return self._shrunk[3]
        font = QFont(self.font())
        size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 4 / 3)
        advance = QFontMetrics(font).horizontalAdvance(text)
        if advance > width > 0 and size > 0:
            font.setPixelSize(max(1, max(round(size * self.SHRINK),
                                         int(size * width / advance))))
        self._shrunk = (text, width, key, font)
        return font

    # One line of text asks the layout for its font's height only, whatever it
    # says: a new figure repaints the label, not the page around it.
    def setText(self, text: str) -> None:
        if self.wordWrap():
            super().setText(text)
        elif text != self._line:
            self._line = text
            self.update()

    def text(self) -> str:
        return super().text() if self.wordWrap() else self._line

    def setWordWrap(self, on: bool) -> None:
        line = self._line
        super().setWordWrap(on)
        if on and line:
            super().setText(line)

    def sizeHint(self) -> QSize:
        if self.wordWrap():
            return super().sizeHint()
        m = self.contentsMargins()
        return QSize(0, self.fontMetrics().height() + m.top() + m.bottom())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint() if not self.wordWrap() else super().minimumSizeHint()

    def set_two_lines(self, on: bool) -> None:
        """Let a text too long for one line take two, a little smaller, before it shrinks."""
        self._two_lines = on

    def _wrap_flags(self) -> int:
        return int(QStyle.visualAlignment(self.layoutDirection(), self.alignment())) | int(
            Qt.TextFlag.TextWordWrap)

    def _two_line_font(self) -> QFont | None:
        """The font that sets the text on two lines within the box, if there is one."""
        if not self._two_lines:
            return None
        size = self.font().pixelSize()
        if size <= 0:
            return None
        for share in self.TWO_LINES:
            font = QFont(self.font())
            font.setPixelSize(max(1, round(size * share)))
            metrics = QFontMetrics(font)
            needed = metrics.boundingRect(QRect(0, 0, self.width(), 10 * self.height()),
                                          self._wrap_flags(), self.text())
            if needed.height() <= min(self.height(), 2.5 * metrics.height()) and \
                    needed.width() <= self.width():
                return font
        return None

    def elided(self) -> bool:
        """True when the text is drawn cut short, with an ellipsis."""
        if self.wordWrap() or not self.text():
            return False
        if QFontMetrics(self.fitted_font()).horizontalAdvance(self.text()) <= self.width():
            return False
        return self._two_line_font() is None

    def _paint_two_lines(self, painter: QPainter) -> bool:
        """Draw the text on two lines at ``TWO_LINES`` of its size, if it fits so."""
        font = self._two_line_font()
        if font is None:
            return False
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setLayoutDirection(text_direction(self.text()))
        painter.drawText(self.rect(), self._wrap_flags(), self.text())
        return True

    backdrop = Property(QColor, _Backdrop._get_backdrop, _Backdrop._set_backdrop)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.wordWrap():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self._fill_backdrop(painter)
        if self._backdrop.isValid():  # the theme's border, which the backdrop covered
            option = QStyleOption()
            option.initFrom(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        if (self._two_lines and self.fontMetrics().horizontalAdvance(self.text()) > self.width()
                and self._paint_two_lines(painter)):
            return
        # Shrink a little first; then elide at the end of the text in its own
        # direction: a Latin name on a right-to-left wall still ends on the right.
        font = self.fitted_font()
        elided = QFontMetrics(font).elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                               self.width())
        alignment = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        draw_text(painter, self.rect(), alignment, elided, font,
                  self.palette().color(self.foregroundRole()), text_direction(self.text()))


class Cell(_Backdrop, QLabel):
    """A figure in a board: sized by its text like any label, drawn over its backdrop.

    Opaque where the theme gives it a backdrop, so a changed figure repaints
    its cell and not the board behind it.
    """

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._init_backdrop()

    backdrop = Property(QColor, _Backdrop._get_backdrop, _Backdrop._set_backdrop)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._fill_backdrop(painter)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        alignment = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        draw_text(painter, self.contentsRect(), alignment, self.text(), self.font(),
                  self.palette().color(self.foregroundRole()), text_direction(self.text()))


#: Figures shorter than this are sized as if this long (see FitLabel._fit).
MIN_FIGURE = 3


class _SizeGroup:
    """Labels drawn at one size (:meth:`FitLabel.share_size_with`), and that size
    while none of them changes: each paint and new figure asked every label of a
    row again, thirty of them, fifty times a refresh."""

    __slots__ = ("labels", "size")

    def __init__(self, labels: list[FitLabel]) -> None:
        self.labels = labels
        #: The smallest size of those shown with a text; 0 when none is; None: ask them.
        self.size: int | None = None


class FitLabel(_Backdrop, QLabel):
    """Text drawn as large as its box allows, never clipped.

    The font size is found by measuring, once per text length and box size, so
    a figure that changes from 9 to 10 does not jump in size every second.
    """

    def __init__(self, parent: QWidget | None = None, *, max_fill: float = 0.9) -> None:
        super().__init__(parent)
        self._max_fill = max_fill
        self._fitted: tuple[int, QSize, int] | None = None
        self._figure = ""
        self._init_backdrop()
        self.peers: list[FitLabel] = []
        self._group: _SizeGroup | None = None
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)

    # The box, not the text, sets the size: a new figure repaints this label only.
    def setText(self, text: str) -> None:
        if text != self._figure:
            before = self.fitted_pixel_size() if self.peers else 0
            if (len(text), bool(text)) != (len(self._figure), bool(self._figure)):
                self._resized()  # its size is found by length (see _fit)
            self._figure = text
            self.update()
            if self.peers and self.fitted_pixel_size() != before:
                for peer in self.peers:  # the size they share changed: the others follow
                    if peer is not self:
                        peer.update()

    def text(self) -> str:
        return self._figure

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized()
        for peer in self.peers:  # the size they share may change with this one's box
            if peer is not self:
                peer.update()

    # Shown or hidden (itself or with its page), it counts in its row's size or not.
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._resized()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._resized()

    def _resized(self) -> None:
        """The size it fits at may have changed: its row's is worked out again."""
        if self._group is not None:
            self._group.size = None

    def fitted_pixel_size(self) -> int:
        """The pixel size the current text is drawn at."""
        group = self._group
        if group is None or group.labels is not self.peers:
            return self._shared_size() or self._fit()
        if group.size is None:
            group.size = self._shared_size()
        return group.size or self._fit()

    def _shared_size(self) -> int:
        """The smallest size of its peers shown with a text; 0 when there are none."""
        return min((p._fit() for p in self.peers if p.isVisible() and p.text()), default=0)

    def share_size_with(self, labels: list[FitLabel]) -> None:
        """Draw at the size of the smallest of ``labels`` (this one among them), so
        figures side by side are one size."""
        self.peers = labels
        group = next((p._group for p in labels
                      if p._group is not None and p._group.labels is labels), None)
        self._group = group if group is not None else _SizeGroup(labels)
        self._group.size = None

    def _fit(self) -> int:
        text = self.text() or " "
        key = (len(text), self.size())
        if self._fitted is not None and self._fitted[:2] == key:
            return self._fitted[2]
        box_w = max(1, int(self.width() * self._max_fill))
        box_h = max(1, int(self.height() * self._max_fill))
        # Measure with a wide template of the same length, so 1:11 and 8:08 agree, and
        # of three characters at least, so 7, 24 and 218 are one size: a figure does not
        # jump in size as it grows, and its characters are drawn once at that size.
        sample = "".join("8" if ch.isdigit() else ch for ch in text).rjust(MIN_FIGURE, "8")
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

    backdrop = Property(QColor, _Backdrop._get_backdrop, _Backdrop._set_backdrop)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._fill_backdrop(painter)
        font = QFont(self.font())
        font.setPixelSize(self.fitted_pixel_size())
        font.setWeight(QFont.Weight.DemiBold)
        draw_text(painter, self.rect(), self.alignment() or Qt.AlignmentFlag.AlignCenter,
                  self.text(), font, self.palette().color(self.foregroundRole()))


class _Glyph(Text):
    """A level's shape: as wide as the widest shape, as tall as a line of its font."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent, objectName=objectName)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(round(metrics.height() * 1.1), metrics.height())


class Tile(QFrame):
    """One KPI: its name, its value as large as fits, a detail line and a level shape."""

    def __init__(self, key: str, parent: QWidget | None = None, *,
                 primary: bool = False) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("tile")
        # The overview's three largest tiles have larger labels too.
        self.setProperty("primary", "true" if primary else "false")
        self.setProperty("level", "none")
        self.setProperty("stale", "false")
        self.label = Text(self, objectName="tileLabel")
        # Not a QLabel: the shapes come from a fallback font whose lines are taller,
        # and would take the height from the figure.
        self.glyph = _Glyph(self, objectName="tileGlyph")
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
        # Every pixel of a tile not taken by its name and detail goes to its figure.
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.detail)
        self.label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.FontChange:
            inside_border(self, self.label)  # the theme's size came: the margins follow now
        return super().eventFilter(watched, event)

    def show_tile(self, label: str, value: str, detail: str, level: Level, stale: bool) -> None:
        # The level first: a new level repaints the whole tile, its texts with it. A
        # text changed before it was painted on its own first, then again with the tile.
        set_property(self, "level", level.css)
        set_property(self, "stale", "true" if stale else "false")
        set_text(self.label, label)
        self.label.setToolTip(label)  # the whole name, where a narrow tile elides it
        set_text(self.value, value)
        set_text(self.detail, detail)
        set_text(self.glyph, level.glyph)


def inside_border(frame: QFrame, text: QLabel) -> None:
    """Keep the frame's contents clear of its border (the theme's thickest is a
    seventh of the text size): labels that paint their backdrop must not cover it."""
    size = text.font().pixelSize()
    layout = frame.layout()
    if size > 0 and layout is not None:
        layout.setContentsMargins(round(size * 0.35), round(size * 0.2),
                                  round(size * 0.35), round(size * 0.2))


class Sparkline(_Backdrop, QWidget):
    """A small line of recent values; no axes, no labels.

    Its colour is the ``lineColor`` property, which the themes set with
    ``qproperty-lineColor``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: tuple[int, ...] = ()
        self._colour = QColor("#8b949e")
        self._init_backdrop()
        self.setMinimumSize(20, 10)

    def _get_colour(self) -> QColor:
        return self._colour

    def _set_colour(self, colour: QColor) -> None:
        self._colour = QColor(colour)
        self.update()

    lineColor = Property(QColor, _get_colour, _set_colour)
    backdrop = Property(QColor, _Backdrop._get_backdrop, _Backdrop._set_backdrop)

    def set_values(self, values: tuple[int, ...]) -> None:
        if values != self._values:
            self._values = values
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        values = self._values
        painter = QPainter(self)
        self._fill_backdrop(painter)
        if len(values) < 2:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Room around the line, so it touches neither the row above nor the page's edge.
        pad_y = max(3, round(self.height() * 0.18))
        pad_x = max(2, round(self.height() * 0.15))
        rect: QRect = self.rect().adjusted(pad_x, pad_y, -pad_x, -pad_y)
        # The baseline: zero waiting, faint.
        base = QColor(self._colour)
        base.setAlphaF(0.35)
        painter.setPen(QPen(base, max(1.0, self.height() / 40)))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        pen = QPen(self._colour, max(2.0, self.height() / 16))
        painter.setPen(pen)
        top = max(values) or 1
        step = rect.width() / (len(values) - 1)
        points = [(rect.left() + i * step, rect.bottom() - rect.height() * v / top)
                  for i, v in enumerate(values)]
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            if not (math.isnan(y1) or math.isnan(y2)):
                painter.drawLine(int(x1), int(y1), int(x2), int(y2))
