"""The trends page: the whole business day on a fixed axis; its hours
on the site's clock, its axes' zero, its legends off the data, last week and yesterday
from a real store."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import msgspec
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from tests.builders import SiteBuilder
from wallboard.bench.flood import START_MS, build
from wallboard.clock import FakeClock
from wallboard.engine import Engine
from wallboard.feed import FeedHealth, FeedState
from wallboard.history.store import DaySeries, IntervalStore
from wallboard.history.writer import StoreWriter, sample_of
from wallboard.present import text
from wallboard.present.history import History
from wallboard.present.wall import TrendView, WallView, wall_view
from wallboard.protocol import decode
from wallboard.views.pages.trends import REDRAW_EVERY_H, TrendsPage, hour_ticks

HOUR_MS = 3_600_000


def test_the_time_axis_stays_put_as_the_day_moves_on(qtbot: QtBot) -> None:
    engine = Engine()
    engine.apply(decode(build(events=1).snapshot))  # type: ignore[arg-type]
    health = FeedHealth(FeedState.LIVE, 1, 1, 0, 0, 0, 0, 0, 0.1, False, None)
    history = History(every_s=1)
    page = TrendsPage()
    qtbot.addWidget(page)
    page.resize(1920, 900)
    page.show()
    chart = page._widgets[2]
    axis = chart.getPlotItem().getAxis("bottom")

    def axis_at(now_ms: int) -> QImage:
        figures = engine.figures(now_ms)
        assert figures is not None
        history.record(figures)
        page.show_view(wall_view(figures, health, now_ms=now_ms, url="ws://test",
                                 history=history))
        qtbot.wait(50)  # painted
        box = chart.mapFromScene(axis.sceneBoundingRect()).boundingRect()
        where = QRect(chart.mapTo(page, box.topLeft()), box.size())
        return page.grab(where).toImage()

    axis_at(START_MS)  # the first frame lays the charts out
    ranges: list[object] = []
    chart.getPlotItem().sigXRangeChanged.connect(lambda *_: ranges.append(1))
    axis_at(START_MS + 1000)
    axis_at(START_MS + 2 * HOUR_MS)
    # Midnight to midnight whatever the hour: the axis is not moved (nor redrawn) all day.
    assert ranges == []
    assert chart.getPlotItem().viewRange()[0] == [0.0, 24.0]
    assert page.waiting.getAxis("left").tickStrings([0.0, 1.0, 2.0], 1, 1) == ["0", "1", "2"]


@pytest.mark.parametrize(("day_hours", "labels"), [(23, 8), (24, 9), (25, 9)])
def test_hourly_ticks_cover_days_of_23_24_and_25_hours(day_hours: int, labels: int) -> None:
    major, minor = hour_ticks(day_hours)
    assert len(minor) == day_hours + 1 and minor[-1][0] == day_hours
    assert len(major) == labels and major[0][1] == "00:00"


def test_the_current_interval_ends_at_now_and_the_target_is_the_queues() -> None:
    engine = Engine()
    engine.apply(decode(build(events=1).snapshot))  # type: ignore[arg-type]
    now = START_MS + 5 * 60_000  # five minutes into an interval
    figures = engine.figures(now)
    assert figures is not None
    health = FeedHealth(FeedState.LIVE, 1, 1, 0, 0, 0, 0, 0, 0.1, False, None)
    trend = wall_view(figures, health, now_ms=now, url="ws://test").trend
    assert trend is not None
    now_h = trend.now_hours
    assert max(c + w / 2 for c, w in zip(trend.centres, trend.widths, strict=True)) <= now_h
    assert trend.day_hours == 24.0
    targets = {q.sl_target_pct for q in figures.queues.values()}
    if len(targets) == 1:
        assert trend.sl_target == next(iter(targets))
    else:
        assert trend.sl_target_label.endswith("*")



HEALTH = FeedHealth(FeedState.LIVE, 1, 1, 0, 0, 0, 0, 0, 0.1, False, None)
QATAR = "Asia/Qatar"


def _midnight(zone: str, day: date) -> int:
    return int(datetime.combine(day, time(), ZoneInfo(zone)).timestamp() * 1000)


def _day(zone: str, day: date, minutes: list[int], now_minute: int,
         abandoned: list[int] | None = None) -> tuple[Engine, int]:
    """A site in ``zone`` with a contact answered at once at each of ``minutes`` after
    local midnight of ``day`` (and one abandoned after a minute at each of ``abandoned``);
    the engine and the moment ``now_minute`` after midnight."""
    midnight = _midnight(zone, day)
    site = SiteBuilder(timezone=zone)
    engine = Engine()
    _apply(engine, site.snapshot(midnight + 60_000))
    for n, minute in enumerate(minutes):
        t = midnight + minute * 60_000
        _apply(engine, site.queued(f"c{n}", t))
        _apply(engine, site.answered(f"c{n}", t + 2_000, wait_ms=2_000))
        _apply(engine, site.completed(f"c{n}", t + 30_000, 28_000, "resolved"))
    for n, minute in enumerate(abandoned or []):
        t = midnight + minute * 60_000
        _apply(engine, site.queued(f"a{n}", t))
        _apply(engine, site.abandoned(f"a{n}", t + 60_000, wait_ms=60_000))
    return engine, midnight + now_minute * 60_000


def _store_day(store: IntervalStore, zone: str, day: date, minutes: list[int],
               abandoned: list[int] | None = None) -> None:
    """Write a whole past day into ``store``, as a wall that ran that day left it."""
    engine, _ = _day(zone, day, minutes, 0, abandoned)
    today, closed = engine.day_rows()
    # Its last minute, whatever the length of the day.
    store.write(today, closed, None, now_ms=_midnight(zone, day + timedelta(days=1)) - 60_000)


def _apply(engine: Engine, message: dict[str, object]) -> None:
    assert engine.apply(decode(msgspec.json.encode(message))) is None  # type: ignore[arg-type]


def _view(engine: Engine, now_ms: int, **stored: DaySeries | None) -> WallView:
    figures = engine.figures(now_ms)
    assert figures is not None
    return wall_view(figures, HEALTH, now_ms=now_ms, url="ws://test", **stored)  # type: ignore[arg-type]


def _page(qtbot: QtBot, view: WallView, size: tuple[int, int] = (1920, 900),
          font_px: int = 24) -> TrendsPage:
    page = TrendsPage()
    qtbot.addWidget(page)
    page.resize(*size)
    page.set_font_px(font_px)
    page.show()
    page.show_view(view)
    qtbot.wait(20)  # laid out
    return page


def _drawn_labels(axis: pg.AxisItem) -> list[tuple[float, str]]:
    """The tick labels the axis paints (pyqtgraph leaves out those it finds no room for):
    (the label's centre in the axis' coordinates, its text)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    vertical = axis.orientation in ("left", "right")
    return [(rect.center().y() if vertical else rect.center().x(), text)
            for rect, _, text in texts]


@pytest.mark.parametrize(("day", "hours", "after_change"), [
    # The clocks go forward at 02:00 (a 23-hour day), then back at 03:00 (25 hours).
    (date(2026, 3, 29), 23, {2: "03:00", 3: "04:00", 22: "23:00", 23: "00:00"}),
    (date(2026, 10, 25), 25, {2: "02:00", 3: "02:00", 4: "03:00", 24: "23:00", 25: "00:00"}),
])
def test_hour_labels_read_the_site_clock_on_a_day_the_clocks_change(
        qtbot: QtBot, day: date, hours: int, after_change: dict[int, str]) -> None:
    engine, now = _day("Europe/Amsterdam", day, [30, 200, 600], now_minute=hours * 60 - 30)
    clock = FakeClock(now)
    view = _view(engine, clock.now_ms())
    trend = view.trend
    assert trend is not None and trend.day_hours == hours
    labels = dict(trend.hour_labels)
    assert len(labels) == hours + 1
    for x, label in after_change.items():
        assert labels[float(x)] == label
    # On the wall: a clock time every three hours of the clock, at its own tick.
    page = _page(qtbot, view)
    axis = page.volume.getAxis("bottom")
    major, minor = axis._tickLevels
    assert len(minor) == hours + 1
    assert [text for _, text in major] == ["00:00", "03:00", "06:00", "09:00", "12:00",
                                           "15:00", "18:00", "21:00", "00:00"]
    for x, label in major:
        assert labels[x] == label
    drawn = {label for _, label in _drawn_labels(axis)}
    assert {"06:00", "12:00", "18:00"} <= drawn


def test_the_lines_join_whole_quarter_hours_and_the_current_one_is_its_bar() -> None:
    # Two contacts a minute from 08:00; at 10:05 the 10:00 quarter has had five minutes.
    engine, now = _day(QATAR, date(2025, 11, 23), [m for m in range(480, 606)
                                                   for _ in range(2)], 605)
    trend = _view(engine, now).trend
    assert trend is not None
    current = trend.interval_hours.index(10.0)
    assert current == len(trend.interval_hours) - 1
    # The quarter before it is whole: 30 answered, all in their service level.
    assert trend.answered[current - 1] == 30.0
    assert trend.service_level[current - 1] == 100.0
    # The current one is not on the lines (a dozen answered would read as a fall), but its
    # bar counts what came so far, as wide as the minutes gone.
    assert math.isnan(trend.answered[current]) and math.isnan(trend.service_level[current])
    assert trend.offered[current] == 12.0  # 10:00 to 10:05, both ends
    assert trend.widths[current] < trend.widths[current - 1] / 2


def test_the_zero_of_each_y_axis_is_labelled(qtbot: QtBot) -> None:
    engine, now = _day(QATAR, date(2025, 11, 23), list(range(480, 600, 3)), 610)
    for size, px in (((1920, 900), 20), ((3840, 1800), 44)):
        page = _page(qtbot, _view(engine, now), size, px)
        for plot in (page.volume, page.service, page.waiting):
            axis = plot.getAxis("left")
            zero = [y for y, label in _drawn_labels(axis) if label == "0"]
            assert zero, (size, plot.titleLabel.text)
            # Beside the axis' zero, not somewhere else.
            bottom = plot.getViewBox().mapViewToScene(QPointF(0, 0)).y()
            assert abs(axis.mapToScene(QPointF(0, zero[0])).y() - bottom) < px


@pytest.mark.parametrize("size", [(1920, 900), (3840, 1800)])
def test_the_legends_cover_no_data_late_in_the_day(qtbot: QtBot,
                                                   size: tuple[int, int]) -> None:
    # Busy up to 23:59, every contact in its service level: the last points are at the top.
    engine, now = _day(QATAR, date(2025, 11, 23), list(range(0, 24 * 60 - 1, 2)),
                       24 * 60 - 1)
    page = _page(qtbot, _view(engine, now), size, round(size[0] / 80))
    for plot, legend, curve in ((page.volume, page._legends[0], page.answered_line),
                                (page.service, page._legends[1], page.sl_line)):
        box = legend.sceneBoundingRect()
        assert box.width() > 0 and box.height() > 0
        view = plot.getViewBox()
        # Outside the plot area altogether, so no point of any hour can be under it.
        assert not box.intersects(view.sceneBoundingRect())
        xs, ys = curve.getData()
        assert xs is not None and xs[-1] > 23.5
        for x, y in zip(xs[-4:], ys[-4:], strict=True):
            assert not box.contains(view.mapViewToScene(QPointF(x, y)))
        # And inside the chart's own widget, under its title.
        assert plot.sceneBoundingRect().contains(box)
        assert box.top() >= plot.titleLabel.sceneBoundingRect().bottom() - 1


def test_last_weeks_curves_are_drawn_from_the_store(qtbot: QtBot, tmp_path: Path) -> None:
    today = date(2025, 11, 23)
    store = IntervalStore(tmp_path / "s.sqlite3")
    minutes = list(range(480, 720, 2))  # 08:00 to 12:00
    _store_day(store, QATAR, today - timedelta(days=7), minutes)
    engine, now = _day(QATAR, today, list(range(480, 600, 5)), 610)
    writer = StoreWriter(store, lambda: sample_of(engine, True, now))
    assert writer.tick()
    assert writer.last_week is not None and sum(writer.last_week.offered) == len(minutes)
    page = _page(qtbot, _view(engine, now, last_week=writer.last_week))
    xs, offered = page.offered_last_week.getData()
    assert xs is not None and sum(offered) == len(minutes)
    # At the same hours as last week: 08:00 to 12:00 on today's axis.
    busy = [x for x, n in zip(xs, offered, strict=True) if n]
    assert min(busy) >= 8.0 and max(busy) <= 12.0
    xs, sl = page.sl_last_week.getData()
    assert xs is not None and len(xs) > 0 and all(0 <= v <= 100 for v in sl)
    for curve in (page.offered_last_week, page.sl_last_week):
        assert curve.isVisible() and curve.opts["pen"].style() == Qt.PenStyle.DotLine
    legends = [[label.text for _, label in legend.items] for legend in page._legends]
    assert all(any("week ago" in name for name in names) for names in legends)
    store.close()


def test_last_week_lines_up_by_the_clock_across_a_change_of_time(tmp_path: Path) -> None:
    # Last week had 25 hours; today has 24: 10:00 last week is drawn at 10:00 today.
    today = date(2026, 11, 1)
    store = IntervalStore(tmp_path / "s.sqlite3")
    # 11 hours after midnight on the day of 25 hours: 10:00 on the clock.
    _store_day(store, "Europe/Amsterdam", today - timedelta(days=7), [660])
    engine, now = _day("Europe/Amsterdam", today, [30], 700)
    writer = StoreWriter(store, lambda: sample_of(engine, True, now))
    assert writer.tick()
    trend = _view(engine, now, last_week=writer.last_week).trend
    assert trend is not None and writer.last_week is not None
    assert len(writer.last_week.offered) == 100
    (busy,) = [x for x, n in zip(trend.last_week_hours, trend.last_week_offered, strict=True)
               if n]
    assert busy == 10.125
    store.close()


def test_yesterdays_figures_come_from_the_store_or_show_a_dash(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    today = date(2025, 11, 23)
    store = IntervalStore(tmp_path / "s.sqlite3")
    engine, now = _day(QATAR, today, list(range(480, 600, 5)), 610)
    writer = StoreWriter(store, lambda: sample_of(engine, True, now))
    assert writer.tick()
    trend = _view(engine, now, yesterday=writer.yesterday).trend
    assert trend is not None
    assert (trend.yesterday_offered, trend.yesterday_service_level) == ("—", "—")
    page = _page(qtbot, _view(engine, now, yesterday=writer.yesterday))
    assert page.yesterday.text().count("—") == 2

    # Yesterday: some answered at once, some abandoned after a minute.
    answered, abandoned = list(range(600, 660, 2)), list(range(601, 621, 2))
    _store_day(store, QATAR, today - timedelta(days=1), answered, abandoned)
    again = StoreWriter(store, lambda: sample_of(engine, True, now))
    assert again.tick()
    view = _view(engine, now, yesterday=again.yesterday)
    assert view.trend is not None
    offered = len(answered) + len(abandoned)
    assert view.trend.yesterday_offered == text.count(offered)
    assert view.trend.yesterday_service_level == text.percent(100 * len(answered) / offered)
    page.show_view(view)
    shown = page.yesterday.text()
    assert text.count(offered) in shown and text.percent(100 * len(answered) / offered) in shown
    assert page.yesterday.isVisible()
    store.close()


def test_a_legend_marker_stays_in_its_swatch_at_4k(qtbot: QtBot) -> None:
    engine, now = _day(QATAR, date(2025, 11, 23), list(range(480, 600, 3)), 610)
    page = _page(qtbot, _view(engine, now), (3840, 1800), 44)
    for legend in page._legends:
        for sample, label in legend.items:
            image = QImage(sample.boundingRect().size().toSize() * 3, QImage.Format.Format_ARGB32)
            image.fill(0)
            painter = QPainter(image)
            painter.translate(image.width() / 3, image.height() / 3)
            try:
                sample.paint(painter, None, None)
            finally:
                painter.end()
            # Nothing painted outside the sample's own box (the label is beside it).
            inked = [(x, y) for y in range(image.height()) for x in range(image.width())
                     if image.pixelColor(x, y).alpha() > 0]
            box = sample.boundingRect().translated(image.width() / 3, image.height() / 3)
            assert inked, label.text
            # The line's pen may reach past the box's ends by half its width; a marker
            # as tall as the wall's (twice the box, scaled with the text) would not fit.
            reach = max(x for x, _ in inked) - box.right(), box.left() - min(x for x, _ in inked)
            tall = max(y for _, y in inked) - min(y for _, y in inked)
            assert max(reach) <= 4 and tall <= box.height(), (label.text, reach, tall)
            # A marker well inside it: one at the wall's marker size (scaled again with the
            # text) filled the box and ran into the label before it.
            if sample.item.opts.get("symbol") is not None:
                assert tall <= 0.7 * box.height(), (label.text, tall)


def test_each_axis_draws_the_same_pixels_as_pyqtgraphs_own_drawing(qtbot: QtBot) -> None:
    # The axes clip before their grid lines (faster at 4K): nothing may be lost by it.
    engine, now = _day(QATAR, date(2025, 11, 23), list(range(480, 600, 3)), 610)
    page = _page(qtbot, _view(engine, now), (3840, 1800), 44)
    for plot in (page.volume, page.service, page.waiting):
        axis = plot.getAxis("left")
        box = axis.boundingRect().toAlignedRect()
        drawn = []
        for draw in (type(axis).drawPicture, pg.AxisItem.drawPicture):
            image = QImage(box.size(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)
            painter = QPainter(image)
            painter.translate(-box.left(), -box.top())
            try:
                draw(axis, painter, *axis.generateDrawSpecs(painter))
            finally:
                painter.end()
            drawn.append(image)
        grid = [y for y in range(box.height())
                if drawn[0].pixelColor(box.width() // 2, y).alpha() > 0]
        assert grid, plot.titleLabel.text  # the grid's lines cross the middle of the chart
        assert drawn[0] == drawn[1], plot.titleLabel.text


def _redrawn(page: TrendsPage) -> list[str]:
    """The charts whose items are given new figures from now on, in order (counted
    as the page calls them: the bars and lines of each chart)."""
    drawn: list[str] = []

    def counting(chart: str, call: Callable[..., object]) -> Callable[..., object]:
        def counted(*args: object, **kwargs: object) -> object:
            if chart not in drawn[-1:]:
                drawn.append(chart)
            return call(*args, **kwargs)
        return counted

    for chart, item, method in (("volume", page.offered_bars, "setOpts"),
                                ("volume", page.answered_line, "setData"),
                                ("service", page.sl_line, "setData"),
                                ("waiting", page.waiting_line, "setData")):
        setattr(item, method, counting(chart, getattr(item, method)))
    return drawn


def _with(view: WallView, **changes: object) -> WallView:
    assert view.trend is not None
    return msgspec.structs.replace(view, trend=msgspec.structs.replace(view.trend, **changes))


def _sampled(trend: TrendView, waiting: float, seconds: float = 30) -> dict[str, object]:
    """``trend`` a sample later: one more point of the waiting line, and the clock on."""
    now = trend.now_hours + seconds / 3600
    return {"waiting_hours": (*trend.waiting_hours, now), "waiting": (*trend.waiting, waiting),
            "now_hours": now}


def _trend_page(qtbot: QtBot) -> tuple[TrendsPage, WallView]:
    engine, now = _day(QATAR, date(2025, 11, 23), list(range(480, 600, 3)), 610)
    view = _view(engine, now)
    assert view.trend is not None and len(view.trend.offered) > 3
    return _page(qtbot, view), view


def test_a_new_waiting_sample_redraws_the_waiting_chart_alone(qtbot: QtBot) -> None:
    page, view = _trend_page(qtbot)
    drawn = _redrawn(page)
    assert view.trend is not None
    later = _with(view, **_sampled(view.trend, 4.0))
    page.show_view(later)
    assert drawn == ["waiting"]
    assert list(page.waiting_line.getData()[1]) == [*view.trend.waiting, 4.0]
    page.show_view(later)  # nothing new: nothing redrawn
    assert drawn == ["waiting"]


def test_the_current_intervals_figures_are_redrawn_every_few_seconds(qtbot: QtBot) -> None:
    page, view = _trend_page(qtbot)
    drawn = _redrawn(page)
    trend = view.trend
    assert trend is not None
    # One more contact offered in the current interval, a second later: not yet.
    busier = (*trend.offered[:-1], trend.offered[-1] + 1)
    page.show_view(_with(view, offered=busier, now_hours=trend.now_hours + 1 / 3600))
    assert drawn == []
    page.show_view(_with(view, offered=busier, now_hours=trend.now_hours + 1.5 * REDRAW_EVERY_H))
    assert drawn == ["volume"]
    assert list(page.offered_bars.opts["height"])[-1] == busier[-1]


def test_charts_that_change_together_are_drawn_one_a_refresh(qtbot: QtBot) -> None:
    page, view = _trend_page(qtbot)
    drawn = _redrawn(page)
    trend = view.trend
    assert trend is not None
    # A new interval (a new point on the volume and service level charts) and a new
    # sample of the waiting line, in one refresh.
    step = trend.interval_hours[-1] - trend.interval_hours[-2]
    nxt = trend.interval_hours[-1] + step
    later = _with(view, interval_hours=(*trend.interval_hours, nxt),
                  centres=(*trend.centres, nxt + step / 2), widths=(*trend.widths, step),
                  offered=(*trend.offered, 7.0), answered=(*trend.answered, 6.0),
                  service_level=(*trend.service_level, 50.0), **_sampled(trend, 2.0))
    for refresh in range(1, 4):
        page.show_view(later)
        assert len(drawn) == refresh, drawn
    page.show_view(later)
    assert sorted(drawn) == ["service", "volume", "waiting"]
    # The same figures in the end as a page that drew them all at once.
    fresh = _page(qtbot, later)
    for chart in ("offered_last_week", "answered_line", "sl_line", "waiting_line"):
        for got, want in zip(getattr(page, chart).getData(), getattr(fresh, chart).getData(),
                             strict=True):
            assert list(got if got is not None else ()) == list(
                want if want is not None else ()), chart
    assert list(page.offered_bars.opts["height"]) == list(fresh.offered_bars.opts["height"])


def test_a_page_out_of_view_takes_every_change_at_once(qtbot: QtBot) -> None:
    page, view = _trend_page(qtbot)
    page.hide()  # another page is on the wall: nothing of this one is painted
    drawn = _redrawn(page)
    trend = view.trend
    assert trend is not None
    page.show_view(_with(view, offered=(*trend.offered[:-1], trend.offered[-1] + 1),
                         service_level=(*trend.service_level[:-1], 12.5),
                         **_sampled(trend, 9.0, seconds=1.5 * REDRAW_EVERY_H * 3600)))
    assert sorted(drawn) == ["service", "volume", "waiting"]
