"""The docs' screenshots: every page from one frozen moment of the simulated centre."""

from __future__ import annotations

from pathlib import Path

import msgspec
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from wallboard.present import text
from wallboard.views.shots import frozen_view, render
from wallboard.views.window import PAGE_KEYS


def test_the_frozen_moment_is_the_same_every_time() -> None:
    first, again = frozen_view(minutes=3), frozen_view(minutes=3)
    # No clock, no socket: the same events, the same view. Compared as JSON, where a
    # point with nothing to draw (NaN, never equal to itself) is null in both.
    assert msgspec.json.encode(first) == msgspec.json.encode(again)
    assert first.header.time_text == "10:33"  # the pinned start, three simulated minutes on
    assert first.tiles and first.departments and first.channels


def test_every_page_is_drawn_from_that_moment(qtbot: QtBot, tmp_path: Path) -> None:
    written = render(frozen_view(minutes=3), tmp_path, sizes=("1280x720",), themes=("light",))
    assert [p.name for p in written] == [f"{page}-light-1280x720.png" for page in PAGE_KEYS]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 720)


def test_the_trends_show_last_week_and_yesterday_from_whole_simulated_days() -> None:
    """As after a restart with a store: the faint line and yesterday's figures are there."""
    view = frozen_view(minutes=1)
    trend = view.trend
    assert trend is not None
    assert any(v == v for v in trend.last_week_offered)  # not all NaN: the line is drawn
    assert trend.yesterday_offered != text.DASH
    assert trend.yesterday_service_level.endswith("%")
