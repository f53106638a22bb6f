"""The presentation layer: formatting and levels, without Qt."""

from __future__ import annotations

import pytest

from tests.builders import T0, SiteBuilder, frame
from wallboard.config.schema import (
    DEFAULT_LEVELS,
    DEFAULT_SL_TARGET_PCT,
    SL_CRITICAL_MARGIN_PCT,
    Metric,
)
from wallboard.engine import Engine
from wallboard.feed.health import FeedHealth, FeedState
from wallboard.levels import TARGET_METRICS, Band, Level, Targets
from wallboard.present import text
from wallboard.present.wall import wall_view
from wallboard.protocol import decode


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


def test_the_built_in_levels_are_the_schemas() -> None:
    """One declaration of the defaults: the wall judges by what the docs and dialog show."""
    defaults = Targets()
    for metric in TARGET_METRICS:
        declared = getattr(DEFAULT_LEVELS, metric)
        band = defaults.band(metric, sl_target_pct=DEFAULT_SL_TARGET_PCT)
        assert band is not None
        if declared is None:  # service level: the feed's target, critical a margin below
            assert (band.warning, band.critical) == (
                DEFAULT_SL_TARGET_PCT, DEFAULT_SL_TARGET_PCT - SL_CRITICAL_MARGIN_PCT)
        else:
            assert (band.warning, band.critical) == (declared.warning, declared.critical)
        assert band.higher_is_worse is not Metric(metric).lower_is_worse


@pytest.mark.parametrize("unknown", [0, 1, 3])
def test_the_wall_shows_what_a_liberal_feed_sends(unknown: int) -> None:
    """Undeclared departments by id, unnamed agents by id, unknown states as Other."""
    snapshot = SiteBuilder().snapshot(cases=[
        {"id": "k1", "department": "roads", "status": "open", "opened_at": T0 - 1,
         "due_at": T0 + 1}])
    del snapshot["departments"][1]["name"]
    snapshot["agents"] += [{"id": f"x{i}", "departments": ["roads"], "state": "after_call_work"}
                           for i in range(unknown)]
    snapshot["agents"].append({"id": "a9", "departments": ["roads"], "state": "not_ready"})
    engine = Engine()
    assert engine.apply(decode(frame(snapshot))) is None  # type: ignore[arg-type]
    health = FeedHealth(FeedState.LIVE, 1, 1, 0, 0, 0, 0, 0, 0.1, False, None)
    now = T0 + 20 * 60_000
    view = wall_view(engine.figures(now), health, now_ms=now, url="ws://feed")
    names = {row.id: row.name for row in view.departments}
    assert names == {"health": "Health", "urban": "urban", "roads": "roads"}
    assert next(r for r in view.departments if r.id == "roads").open_cases == "1"
    assert view.agents is not None
    counts = {c.state: c.count for c in view.agents.counts}
    assert counts.get("other") == (str(unknown) if unknown else None)
    # Longest first: a9 has no `since`, so it counts from the snapshot's ts.
    assert [(row.name, row.departments) for row in view.agents.long_not_ready] == [
        ("José P.", "Health, urban"), ("a9", "roads")]
