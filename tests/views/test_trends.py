"""The trends page: its axes are kept as pixmaps, and still move with the day."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from wallboard.bench.flood import START_MS, build
from wallboard.engine import Engine
from wallboard.feed import FeedHealth, FeedState
from wallboard.present.history import History
from wallboard.present.wall import wall_view
from wallboard.protocol import decode
from wallboard.views.pages.trends import TrendsPage

HOUR_MS = 3_600_000


def test_the_time_axis_is_redrawn_when_the_day_moves_on(qtbot: QtBot) -> None:
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

    first = axis_at(START_MS)
    assert axis_at(START_MS + 1000) == first  # the same minute: the same axis
    assert axis_at(START_MS + 2 * HOUR_MS) != first  # two hours on: other clock times
