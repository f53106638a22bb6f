"""The docs' screenshots: every page from one frozen moment of the simulated centre."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from wallboard.views.shots import frozen_view, render
from wallboard.views.window import PAGE_KEYS


def test_the_frozen_moment_is_the_same_every_time() -> None:
    first, again = frozen_view(minutes=3), frozen_view(minutes=3)
    assert first == again  # no clock, no socket: the same events, the same view
    assert first.header.time_text == "10:33"  # the pinned start, three simulated minutes on
    assert first.tiles and first.departments and first.channels


def test_every_page_is_drawn_from_that_moment(qtbot: QtBot, tmp_path: Path) -> None:
    written = render(frozen_view(minutes=3), tmp_path, sizes=("1280x720",), themes=("light",))
    assert [p.name for p in written] == [f"{page}-light-1280x720.png" for page in PAGE_KEYS]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 720)
