"""Trends of the day: contacts per 15 minutes, service level, waiting.

The plot items are made once and updated in place with ``setData``, so a
refresh moves points, it does not rebuild charts; and a chart only when its own
figures have changed, one chart a refresh (see ``TrendsPage.show_view``).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from wallboard.present import text
from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.present.wall import TrendView, WallView
from wallboard.views.i18n import tr
from wallboard.views.pages import Page
from wallboard.views.pages.channels import LanguageNames, Strip
from wallboard.views.widgets import Text, set_text

_C = "Wall"
#: While only the current interval's figures change, its charts are redrawn at most
#: this often (hours); at once when an interval is added.
REDRAW_EVERY_H = 5 / 3600
#: The page's charts, each redrawn apart: contacts per interval, service level, waiting.
CHARTS = ("volume", "service", "waiting")

THEME_COLOURS = {
    "dark": {"background": "#0d1117", "text": "#8b949e", "grid": "#30363d", "offered": "#30363d",
             "answered": "#e6edf3", "target": "#f0b429", "line": "#e6edf3"},
    "light": {"background": "#f6f8fa", "text": "#59636e", "grid": "#d0d7de", "offered": "#d0d7de",
              "answered": "#1f2328", "target": "#9a6700", "line": "#1f2328"},
}


class HourAxis(pg.AxisItem):
    """Hours since local midnight, written as clock times."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [text.clock(int(v) % 24, round((v % 1) * 60) % 60) for v in values]


def hour_ticks(day_hours: float, labels: tuple[tuple[float, str], ...] = ()
               ) -> list[list[tuple[float, str]]]:
    """A tick every hour of the business day, a clock time every three hours of the clock.

    ``labels`` are the site's local times at each hour (the presenter's): on the
    day the clocks change, the hours after the change are named as the clocks
    show them. Without them, hours since midnight.
    """
    if not labels:
        last = math.ceil(day_hours)
        return [[(float(h), text.clock(h % 24, 0)) for h in range(0, last + 1, 3)],
                [(float(h), "") for h in range(last + 1)]]
    major = [(x, label) for n, (x, label) in enumerate(labels)
             if label.endswith(":00") and int(label[:2]) % 3 == 0
             # The hour that comes twice when the clocks go back is named once.
             and (n == 0 or label != labels[n - 1][1])]
    # In the wall's digits.
    return [[(x, text.number_style().localised(label)) for x, label in major],
            [(x, "") for x, _ in labels]]


class Swatch(pg.ItemSample):
    """A legend's sample of a line: its marker drawn in proportion to the sample's
    20-unit box (the sample is scaled with the text), not at the wall's marker size,
    which scaled again covered the label beside it."""

    def paint(self, p: QPainter, *args: object) -> None:
        scatter = getattr(self.item, "scatter", None)  # a line's markers
        if scatter is None or self.item.opts.get("symbol") is None:
            super().paint(p, *args)
            return
        size = scatter.opts["size"]
        scatter.opts["size"] = min(size, 12)  # for this painting only
        try:
            super().paint(p, *args)
        finally:
            scatter.opts["size"] = size


class ZeroAxis(pg.AxisItem):
    """A y axis that draws the labels at its ends, the "0" at the foot too.

    pyqtgraph leaves out a tick label that reaches past the axis' rectangle;
    a label centred on the plot's bottom edge always does by half its height.
    """

    def boundingRect(self) -> QRectF:
        rect: QRectF = super().boundingRect()
        font = self.style["tickFont"] or self.font()
        half = QFontMetricsF(font).height() / 2 + 1
        return rect.adjusted(0, -half, 0, half)

    def drawPicture(self, p: QPainter, axisSpec: object, tickSpecs: object,
                    textSpecs: object) -> None:
        # pyqtgraph clips to the axis only before the text. Clipped before the
        # grid too (the same rectangle, so the same pixels), Qt's raster engine
        # draws the long translucent grid lines of a 4K chart a dozen times faster.
        p.setClipRect(self.boundingRect().toAlignedRect())
        super().drawPicture(p, axisSpec, tickSpecs, textSpecs)


class CountAxis(ZeroAxis):
    """Whole numbers only: a count has no fractions (zero-based, see :func:`nice_top`)."""

    def tickValues(self, minVal: float, maxVal: float, size: float
                   ) -> list[tuple[float, list[float]]]:
        levels = super().tickValues(minVal, maxVal, size)
        return [(max(spacing, 1.0), [v for v in values if float(v).is_integer()])
                for spacing, values in levels if spacing >= 1.0] or [(1.0, [0.0])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [text.count(round(v)) for v in values]


def nice_top(value: float) -> float:
    """The top of a count axis: 1, 2 or 5 times a power of ten, at least 5."""
    top = 5.0
    while top < value:
        for step in (2.0, 2.5, 2.0):
            top *= step
            if top >= value:
                break
    return top


#: A line's points: x values and y values.
Points = tuple[list[float], list[float]]


def _finite(xs: tuple[float, ...], ys: tuple[float, ...]) -> Points:
    pairs = [(x, y) for x, y in zip(xs, ys, strict=False) if not math.isnan(y)]
    return [x for x, _ in pairs], [y for _, y in pairs]


class TrendsPage(Page):
    key = "trends"
    title = QT_TRANSLATE_NOOP("Wall", "Trends today")

    def __init__(self, parent: QWidget | None = None, theme: str = "dark") -> None:
        super().__init__(parent)
        colours = THEME_COLOURS[theme]
        self._colours = colours
        pg.setConfigOptions(antialias=True)
        self.volume = self._plot(tr("Contacts per 15 minutes"), counts=True)
        self.service = self._plot(tr("Service level, %"))
        self.waiting = self._plot(tr("Waiting"), counts=True)
        self.offered_bars = pg.BarGraphItem(x=[], height=[], width=0.22, x0=None,
                                            brush=colours["offered"], pen=None)
        self.volume.addItem(self.offered_bars)
        faint = pg.mkPen(colours["text"], width=2, style=pg.QtCore.Qt.PenStyle.DotLine)
        self.offered_last_week = self.volume.plot([], [], pen=faint, connect="finite")
        self.sl_last_week = self.service.plot([], [], pen=faint, connect="finite")
        # Markers as well as lines: the first interval of a day is a single point.
        self.answered_line = self.volume.plot([], [], pen=pg.mkPen(colours["answered"], width=3),
                                              symbol="o", symbolSize=10,
                                              symbolBrush=colours["answered"], symbolPen=None)
        self.sl_line = self.service.plot([], [], pen=pg.mkPen(colours["line"], width=3),
                                         connect="finite", symbol="o", symbolSize=10,
                                         symbolBrush=colours["line"], symbolPen=None)
        self.sl_target = pg.InfiniteLine(
            angle=0, pen=pg.mkPen(colours["target"], width=2,
                                  style=pg.QtCore.Qt.PenStyle.DashLine),
            # At the right end: the day's points fill from the left.
            # On the chart's own ground: last week's line runs under it all day.
            label="", labelOpts={"position": 0.98, "color": colours["target"],
                                 "anchors": [(1, 1), (1, 1)],
                                 "fill": pg.mkBrush(colours["background"])})
        self.service.addItem(self.sl_target)
        self.service.setYRange(0, 100, padding=0.03)
        self._legends = (
            self._legend(self.volume, ((self.offered_bars, tr("Offered")),
                                       (self.answered_line, tr("Answered")),
                                       (self.offered_last_week, tr("Offered, a week ago"))))
            , self._legend(self.service, ((self.sl_line, tr("Service level")),
                                          (self.sl_last_week, tr("A week ago")))))
        self._y_tops: dict[int, float] = {}
        self._day_hours: tuple[float, tuple[tuple[float, str], ...]] | None = None
        self.waiting_line = self.waiting.plot([], [], pen=pg.mkPen(colours["line"], width=3))
        #: The charts to redraw, in turn (an ordered set), and what each shows:
        #: (intervals, at now_hours, its figures as drawn).
        self._pending: dict[str, None] = {}
        self._drawn: dict[str, tuple[int, float, object]] = {}
        self.languages = Strip(self, names=LanguageNames(), title=QT_TRANSLATE_NOOP(
            "Wall", "Languages: waiting · service level"))
        # Yesterday's day, small, from the store (so "—" until the wall has kept a day).
        self.yesterday = Text(self, objectName="stripSub")
        top = QHBoxLayout()
        top.addWidget(self._widgets[0], 1)
        top.addWidget(self._widgets[1], 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self._widgets[2], 2)
        layout.addWidget(self.yesterday)
        layout.addWidget(self.languages, 2)

    _widgets: list[pg.PlotWidget]

    def _legend(self, plot: pg.PlotItem, items: tuple[tuple[object, str], ...]) -> pg.LegendItem:
        # Above the plot area, right-aligned, in the row of the (never shown) top axis:
        # inside the plot it covered the latest points late in the day.
        holder = pg.GraphicsWidget()
        plot.layout.removeItem(plot.getAxis("top"))
        plot.layout.addItem(holder, 1, 1)
        legend = pg.LegendItem(labelTextColor=self._colours["text"], colCount=len(items),
                               sampleType=Swatch)
        legend.setParentItem(holder)
        legend.anchor(itemPos=(1, 0.5), parentPos=(1, 0.5))
        for item, name in items:
            legend.addItem(item, name)
        self._fit_legend(legend)
        return legend

    @staticmethod
    def _fit_legend(legend: pg.LegendItem) -> None:
        legend.updateSize()
        holder = legend.parentItem()
        holder.setFixedHeight(legend.boundingRect().height())

    def _plot(self, title: str, counts: bool = False) -> pg.PlotItem:
        if not hasattr(self, "_widgets"):
            self._widgets = []
        colours = self._colours
        axes: dict[str, pg.AxisItem] = {"bottom": HourAxis("bottom"),
                                        "left": CountAxis("left") if counts else ZeroAxis("left")}
        widget = pg.PlotWidget(self, background=colours["background"], axisItems=axes)
        self._widgets.append(widget)
        plot: pg.PlotItem = widget.getPlotItem()
        plot.setTitle(title, color=colours["text"], size="16pt")
        plot.showGrid(x=False, y=True, alpha=0.25)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        for axis in ("left", "bottom"):
            ax = plot.getAxis(axis)
            ax.setPen(colours["grid"])
            ax.setTextPen(colours["text"])
            # Not cached as a pixmap: with its grid the left axis covers its whole
            # chart, and making and blending a pixmap that size each time the axis
            # changes cost more than replaying its few lines and labels (clipped, see
            # ZeroAxis.drawPicture), on a refresh and on a page turn alike.
        return plot

    def set_font_px(self, px: int) -> None:
        """Axis and title text, lines and markers sized for the wall."""
        colours = self._colours
        width, marker = max(2, round(px / 7)), max(6, round(px / 2.2))
        for item, colour in ((self.answered_line, colours["answered"]),
                             (self.sl_line, colours["line"])):
            item.setPen(pg.mkPen(colour, width=width))
            item.setSymbolSize(marker)
        self.waiting_line.setPen(pg.mkPen(colours["line"], width=width))
        self.sl_target.setPen(pg.mkPen(colours["target"], width=max(1, width - 1),
                                       style=pg.QtCore.Qt.PenStyle.DashLine))
        font = self.font()
        font.setPixelSize(px)
        for widget in self._widgets:
            plot = widget.getPlotItem()
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setStyle(tickFont=font)
            plot.titleLabel.setText(plot.titleLabel.text, size=f"{px}px",
                                    color=self._colours["text"])
        small = QFont(font)  # a copy: the axes keep theirs
        small.setPixelSize(max(10, round(px * 0.8)))
        self.sl_target.label.setFont(small)
        faint = pg.mkPen(colours["text"], width=max(1, width - 1),
                         style=pg.QtCore.Qt.PenStyle.DotLine)
        self.offered_last_week.setPen(faint)
        self.sl_last_week.setPen(faint)
        for legend in self._legends:
            legend.setLabelTextSize(f"{small.pixelSize()}px")
            for sample, label in legend.items:
                label.setText(label.text, size=f"{small.pixelSize()}px",
                              color=colours["text"])
                # The swatch is painted in a 20-pixel box: scale it with the text.
                k = max(1.0, small.pixelSize() / 14)
                sample.setScale(k)
                sample.setFixedWidth(20 * k)
                sample.setFixedHeight(20 * k)
            self._fit_legend(legend)
        self.yesterday.setStyleSheet(f"font-size: {small.pixelSize()}px")

    def show_view(self, view: WallView) -> None:
        self.languages.show_cells(view.languages, view.stale)
        trend = view.trend
        if trend is None:
            return
        set_text(self.yesterday, tr("Yesterday: {offered} offered · service level {sl}").format(
            offered=trend.yesterday_offered, sl=trend.yesterday_service_level))
        if (trend.day_hours, trend.hour_labels) != self._day_hours:
            # The whole business day, midnight to midnight: the axes stay put all day.
            self._day_hours = (trend.day_hours, trend.hour_labels)
            for widget in self._widgets:
                plot = widget.getPlotItem()
                plot.setXRange(0, trend.day_hours, padding=0)
                plot.getAxis("bottom").setTicks(hour_ticks(trend.day_hours, trend.hour_labels))
        for chart, data in (("volume", self._volume_data(trend)),
                            ("service", self._service_data(trend)),
                            ("waiting", self._waiting_data(trend))):
            if chart not in self._pending and self._due(chart, data, trend):
                self._pending[chart] = None
        # Each chart redrawn is a repaint of its part of the wall: in view, one a refresh
        # (the others on the next ones, a quarter of a second apart), as the three at
        # once took longer than a frame at 4K. Out of view (a page turn paints it all
        # anyway), or before the charts are first drawn, all of them now.
        one = self.isVisible() and len(self._drawn) == len(CHARTS)
        while self._pending:
            chart = next(iter(self._pending))
            del self._pending[chart]
            self._draw(chart, trend)
            if one:
                break

    def _volume_data(self, trend: TrendView) -> tuple[list[tuple[float, float, float]], Points,
                                                      Points, float]:
        centres = trend.centres or tuple(x + 0.125 for x in trend.interval_hours)
        widths = trend.widths or tuple(0.22 for _ in centres)
        bars = [(x, w, h) for x, w, h in zip(centres, widths, trend.offered, strict=False)
                if not math.isnan(h)]
        values = [*trend.offered, *trend.answered, *trend.last_week_offered]
        top = nice_top(max([v for v in values if not math.isnan(v)], default=0.0) * 1.1)
        return (bars, _finite(centres, trend.answered),
                _finite(trend.last_week_hours, trend.last_week_offered), top)

    def _service_data(self, trend: TrendView) -> tuple[Points, Points, float, str]:
        centres = trend.centres or tuple(x + 0.125 for x in trend.interval_hours)
        label = trend.sl_target_label
        if label.endswith(" *"):
            label = f"{label[:-2]} ({tr('targets vary')})"
        return (_finite(centres, trend.service_level),
                _finite(trend.last_week_hours, trend.last_week_service_level),
                trend.sl_target, f"{tr('Target')} {label}" if label else "")

    def _waiting_data(self, trend: TrendView) -> tuple[tuple[float, ...], tuple[float, ...],
                                                       float]:
        top = nice_top(max([v for v in trend.waiting if not math.isnan(v)], default=0.0) * 1.1)
        return trend.waiting_hours, trend.waiting, top

    def _due(self, chart: str, data: object, trend: TrendView) -> bool:
        """A chart is redrawn when what it shows has changed: the waiting line at each
        sample; the intervals' charts when an interval is added, and otherwise (the
        current interval's figures move with every contact) every few seconds at most."""
        drawn = self._drawn.get(chart)
        if drawn is None:
            return True
        points, at, shown = drawn
        if shown == data:
            return False
        return (chart == "waiting" or points != len(trend.interval_hours)
                or trend.now_hours - at >= REDRAW_EVERY_H)

    def _draw(self, chart: str, trend: TrendView) -> None:
        """Put ``trend``'s figures on one chart (see :data:`CHARTS`)."""
        data: object
        if chart == "volume":
            data = bars, answered, last_week, top = self._volume_data(trend)
            self.offered_bars.setOpts(x=[b[0] for b in bars], width=[b[1] for b in bars],
                                      height=[b[2] for b in bars])
            self.answered_line.setData(*answered)
            self.offered_last_week.setData(*last_week)
            self._set_top(self.volume, top)
        elif chart == "service":
            data = line, last_week, target, label = self._service_data(trend)
            self.sl_line.setData(*line)
            self.sl_last_week.setData(*last_week)
            self.sl_target.setValue(target)
            if self.sl_target.label.toPlainText() != label:
                self.sl_target.label.setText(label)
        else:
            data = hours, waiting, top = self._waiting_data(trend)
            self.waiting_line.setData(list(hours), list(waiting))
            self._set_top(self.waiting, top)
        self._drawn[chart] = (len(trend.interval_hours), trend.now_hours, data)

    def _set_top(self, plot: pg.PlotItem, top: float) -> None:
        # Counts start at zero and rise in round steps, so their axes seldom move.
        if self._y_tops.get(id(plot)) != top:
            self._y_tops[id(plot)] = top
            plot.setYRange(0, top, padding=0)
