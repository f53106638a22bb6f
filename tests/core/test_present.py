"""The presentation layer: formatting and levels, without Qt."""

from __future__ import annotations

import pytest

from wallboard.present import text
from wallboard.present.levels import Band, Level, Targets


@pytest.mark.parametrize(("value", "shown"), [
    (None, "—"), (0.0, "0.0\u202f%"), (4.96, "5.0\u202f%"), (9.94, "9.9\u202f%"),
    (9.96, "10\u202f%"), (79.6, "80\u202f%"), (100.0, "100\u202f%"),
])
def test_percent(value: float | None, shown: str) -> None:
    assert text.percent(value) == shown


@pytest.mark.parametrize(("seconds", "shown"), [
    (None, "—"), (0, "0:00"), (59.4, "0:59"), (59.6, "1:00"), (725, "12:05"), (3723, "1:02:03"),
])
def test_duration(seconds: float | None, shown: str) -> None:
    assert text.duration(seconds) == shown


def test_a_level_judges_the_figure_as_shown() -> None:
    band = Targets().service_level(80.0)
    assert band.assess(text.as_shown(79.6)) is Level.NORMAL  # shown as 80 %
    assert band.assess(text.as_shown(79.4)) is Level.WARNING  # shown as 79 %
    assert band.assess(text.as_shown(69.4)) is Level.CRITICAL


@pytest.mark.parametrize(("value", "level"), [
    (None, Level.NONE), (5.0, Level.NORMAL), (5.1, Level.WARNING), (10.0, Level.WARNING),
    (10.1, Level.CRITICAL),
])
def test_a_band_is_reached_past_its_level(value: float | None, level: Level) -> None:
    assert Band(5, 10).assess(value) is level


def test_every_level_that_needs_attention_has_a_shape() -> None:
    assert Level.WARNING.glyph and Level.CRITICAL.glyph
    assert Level.WARNING.glyph != Level.CRITICAL.glyph
