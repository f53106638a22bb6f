"""The trends page: the whole business day on a fixed axis, kept as a pixmap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from wallboard.bench.flood import START_MS, build
from wallboard.engine import Engine
from wallboard.feed import FeedHealth, FeedState
from wallboard.present.history import History
from wallboard.present.wall import wall_view
from wallboard.protocol import decode
from wallboard.views.pages.trends import TrendsPage, hour_ticks

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
