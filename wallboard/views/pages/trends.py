"""Trends of the day: contacts per 15 minutes, service level, waiting.

The plot items are made once and updated in place with ``setData``, so a
refresh moves points, it does not rebuild charts.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QVBoxLayout, QWidget

from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.present.wall import TrendView, WallView
from wallboard.views.i18n import tr
from wallboard.views.pages import Page
from wallboard.views.pages.channels import LanguageNames, Strip

_C = "Wall"
#: The charts are redrawn at least this often (hours), and when points are added.
REDRAW_EVERY_H = 5 / 3600
#: The time axis moves when the day has moved on by this much (hours).
MOVE_AXIS_H = 1 / 60
#: Qt's pixmap cache, in KiB. Each axis is kept as a pixmap (replaying its
#: drawing took 8 ms an axis at 4K, on every page turn), and with the grid the
#: left axis covers its whole chart: at 3840x2160 the three charts need about
#: 25 MB, more than Qt's 10 MB default.
PIXMAP_CACHE_KIB = 48 * 1024

THEME_COLOURS = {
    "dark": {"background": "#0d1117", "text": "#8b949e", "grid": "#30363d", "offered": "#30363d",
             "answered": "#e6edf3", "target": "#f0b429", "line": "#e6edf3"},
    "light": {"background": "#f6f8fa", "text": "#59636e", "grid": "#d0d7de", "offered": "#d0d7de",
              "answered": "#1f2328", "target": "#9a6700", "line": "#1f2328"},
}


class HourAxis(pg.AxisItem):
    """Hours since local midnight, written as clock times."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [f"{int(v) % 24:02d}:{round((v % 1) * 60) % 60:02d}" for v in values]


def _finite(xs: tuple[float, ...], ys: tuple[float, ...]) -> tuple[list[float], list[float]]:
    pairs = [(x, y) for x, y in zip(xs, ys, strict=False) if not math.isnan(y)]
    return [x for x, _ in pairs], [y for _, y in pairs]


class TrendsPage(Page):
    key = "trends"
    title = QT_TRANSLATE_NOOP(_C, "Trends today")

    def __init__(self, parent: QWidget | None = None, theme: str = "dark") -> None:
        super().__init__(parent)
        colours = THEME_COLOURS[theme]
        self._colours = colours
        pg.setConfigOptions(antialias=True)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KIB))
        self.volume = self._plot(tr("Contacts per 15 minutes"))
        self.service = self._plot(tr("Service level, %"))
        self.waiting = self._plot(tr("Waiting"))
        self.offered_bars = pg.BarGraphItem(x=[], height=[], width=0.22, x0=None,
                                            brush=colours["offered"], pen=None)
        self.volume.addItem(self.offered_bars)
        # Markers as well as lines: the first interval of a day is a single point.
        self.answered_line = self.volume.plot([], [], pen=pg.mkPen(colours["answered"], width=3),
                                              symbol="o", symbolSize=10,
                                              symbolBrush=colours["answered"], symbolPen=None)
        self.sl_line = self.service.plot([], [], pen=pg.mkPen(colours["line"], width=3),
                                         connect="finite", symbol="o", symbolSize=10,
                                         symbolBrush=colours["line"], symbolPen=None)
        self.sl_target = pg.InfiniteLine(angle=0, pen=pg.mkPen(colours["target"], width=2,
                                                               style=pg.QtCore.Qt.PenStyle.DashLine))
        self.service.addItem(self.sl_target)
        self.service.setYRange(0, 100)
        self.waiting_line = self.waiting.plot([], [], pen=pg.mkPen(colours["line"], width=3))
        self._shape: tuple[int, int] = (-1, -1)
        self._drawn_at = 0.0
        self._x_range: tuple[float, float] | None = None
        self.languages = Strip(self, names=LanguageNames(), title=QT_TRANSLATE_NOOP(
            _C, "Languages: waiting · service level"))
        top = QHBoxLayout()
        top.addWidget(self._widgets[0], 1)
        top.addWidget(self._widgets[1], 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self._widgets[2], 2)
        layout.addWidget(self.languages, 2)

    _widgets: list[pg.PlotWidget]

    def _plot(self, title: str) -> pg.PlotItem:
        if not hasattr(self, "_widgets"):
            self._widgets = []
        colours = self._colours
        widget = pg.PlotWidget(self, background=colours["background"],
                               axisItems={"bottom": HourAxis("bottom")})
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
            ax.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
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

    def show_view(self, view: WallView) -> None:
        self.languages.show_cells(view.languages, view.stale)
        trend = view.trend
        if trend is None or not self._due(trend):
            return
        xs = trend.interval_hours
        centres = tuple(x + 0.125 for x in xs)  # the middle of each quarter hour
        bars_x, bars_h = _finite(centres, trend.offered)
        self.offered_bars.setOpts(x=bars_x, height=bars_h, width=0.22)
        self.answered_line.setData(*_finite(centres, trend.answered))
        self.sl_line.setData(*_finite(centres, trend.service_level))
        self.sl_target.setValue(trend.sl_target)
        self.waiting_line.setData(list(trend.waiting_hours), list(trend.waiting))
        known = [x for x, y in zip(xs, trend.offered, strict=False) if not math.isnan(y)]
        first = min([*known, *trend.waiting_hours], default=trend.now_hours)
        x_range = (max(0.0, trend.now_hours - 12, first - 0.5), trend.now_hours + 0.25)
        if self._x_range is None or abs(x_range[1] - self._x_range[1]) >= MOVE_AXIS_H:
            # Moving the axes re-lays out every plot: only when it shows.
            self._x_range = x_range
            for widget in self._widgets:
                widget.getPlotItem().setXRange(*x_range, padding=0)

    def _due(self, trend: TrendView) -> bool:
        """Charts change slowly: redraw on new points or every few seconds, not at 4 Hz."""
        shape = (len(trend.interval_hours), len(trend.waiting))
        if shape != self._shape or trend.now_hours - self._drawn_at >= REDRAW_EVERY_H:
            self._shape, self._drawn_at = shape, trend.now_hours
            return True
        return False
