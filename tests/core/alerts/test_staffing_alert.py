"""A rule on ``staffing_gap`` fires when a group stays K agents short for D minutes."""

from __future__ import annotations

import pytest

from tests.builders import SiteBuilder
from tests.core.alerts.conftest import LIVE
from tests.core.staffing.test_live import MINUTE, apply, steady_traffic
from wallboard.alerts.engine import AlertEngine
from wallboard.config.load import parse
from wallboard.config.schema import Metric, Rule
from wallboard.engine import Engine
from wallboard.levels import Level, ScopedTargets

RULES = """
[[alerts.rules]]
id = "short-staffed"
metric = "staffing_gap"
scope = "department:*"
warning = 3
critical = 100
for_s = 300
clear_after_s = 0
"""


def test_a_lasting_gap_fires_once_it_held_for_its_duration() -> None:
    loaded = parse(RULES, "wall.toml")
    assert loaded.config is not None and not loaded.problems
    config = loaded.config
    site = SiteBuilder()
    engine = Engine()
    apply(engine, site.snapshot())
    end = steady_traffic(site, engine, per_minute=6, minutes=20, handle_ms=180_000)
    alerts = AlertEngine(config.alerts.rules, ScopedTargets())
    fired = []
    gaps = []
    for minute in range(7):
        now = end + minute * MINUTE
        apply(engine, site.heartbeat(now))
        figures = engine.figures(now)
        assert figures is not None and figures.staffing is not None
        gap = figures.staffing.departments["health"].gap
        assert gap is not None and gap >= 3  # one agent on the floor for 18 Erlangs
        gaps.append(gap)
        fired += [(minute, e.alert) for e in alerts.evaluate(figures, LIVE, now)]
    # Health fires at 5 minutes; urban has no live queue: no figure, no alert.
    assert [(minute, a.scope_id, a.level) for minute, a in fired] == [
        (5, "health", Level.WARNING)]
    assert fired[0][1].value == gaps[5]


@pytest.mark.parametrize("scope", ["queue:h-ar", "channel:voice"])
def test_the_gap_is_measured_for_the_site_departments_and_languages(scope: str) -> None:
    with pytest.raises(ValueError, match="staffing_gap"):
        Rule(id="x", metric=Metric.STAFFING_GAP, scope=scope, warning=2)
    Rule(id="x", metric=Metric.STAFFING_GAP, scope="language:ar", warning=2)
