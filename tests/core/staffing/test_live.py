"""Staffing from the engine's live inputs: arrivals, handle time, targets and the floor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from tests.builders import T0, SiteBuilder, frame
from wallboard.engine import Engine
from wallboard.protocol import decode
from wallboard.staffing.erlang import Model, Target, agents_needed, performance
from wallboard.staffing.live import (
    MIN_OBSERVED_MS,
    QueueInput,
    RecentArrivals,
    StaffingOptions,
    evaluate,
    shared_floor,
    site_gap,
)

MINUTE = 60_000


def apply(engine: Engine, *messages: dict[str, Any]) -> None:
    for message in messages:
        assert engine.apply(decode(frame(message))) is None  # type: ignore[arg-type]


def steady_traffic(site: SiteBuilder, engine: Engine, *, per_minute: int, minutes: int,
                   handle_ms: int, queue: str = "h-ar") -> int:
    """``per_minute`` contacts a minute, each answered at once and completed; returns the end."""
    n = 0
    for minute in range(minutes):
        for k in range(per_minute):
            ts = T0 + minute * MINUTE + k * (MINUTE // per_minute)
            cid = f"c{n}"
            n += 1
            apply(engine, site.queued(cid, ts, queue), site.answered(cid, ts + 1, 0),
                  site.completed(cid, ts + 2, handle_ms, "resolved"))
    apply(engine, site.heartbeat(T0 + minutes * MINUTE))  # the feed's clock moves on
    return T0 + minutes * MINUTE


def test_needed_and_projection_follow_the_model(site: SiteBuilder) -> None:
    engine = Engine()
    apply(engine, site.snapshot())
    end = steady_traffic(site, engine, per_minute=6, minutes=30, handle_ms=180_000)
    figures = engine.figures(end)
    assert figures is not None and figures.staffing is not None
    health = figures.staffing.departments["health"]
    # 6 a minute of 180 s: 18 Erlangs; the queue's own 80 % in 20 s.
    assert health.rate_per_h == pytest.approx(360)
    assert health.traffic == pytest.approx(18)
    expected = agents_needed(Model.ERLANG_C, Target(20, sl_pct=80), rate=0.1, aht_s=180)
    assert health.needed == expected.agents
    # a1 is available (on the floor); a2 is on a break (not on the floor).
    assert health.on_floor == 1
    assert health.projected_sl_pct == 0.0  # one agent cannot carry 18 Erlangs
    assert health.gap == expected.agents - 1
    assert site_gap(figures.staffing) == health.gap
    # Urban's only queue is fax: no live queue, no figure ("—").
    assert figures.staffing.departments["urban"].needed is None
    # Arabic: the one live queue; English has only e-mail.
    assert figures.staffing.languages["ar"].needed == expected.agents
    assert figures.staffing.languages["en"].needed is None


def test_an_agent_of_two_departments_counts_half_in_each(site: SiteBuilder) -> None:
    engine = Engine()
    apply(engine, site.snapshot(), site.delta(
        "agent.state", T0 + 1, agent="a2", state="available", reason=None, contact=None))
    steady_traffic(site, engine, per_minute=1, minutes=5, handle_ms=60_000)
    figures = engine.figures(T0 + 5 * MINUTE)
    assert figures is not None and figures.staffing is not None
    # a1 (health) counts 1, a2 (health and urban) 1/2: 1.5 rounds to 2.
    assert figures.staffing.departments["health"].on_floor == 2
    assert figures.staffing.departments["urban"].on_floor == 0  # 0.5 rounds to 0
    assert figures.staffing.site.on_floor == 2


def test_nothing_is_guessed_before_there_is_something_to_go_on(site: SiteBuilder) -> None:
    engine = Engine()
    apply(engine, site.snapshot())
    # Too soon after the first snapshot for a rate.
    apply(engine, site.queued("c1", T0 + 1000), site.heartbeat(T0 + MIN_OBSERVED_MS - 1000))
    early = engine.figures(T0 + MIN_OBSERVED_MS - 1000)
    assert early is not None and early.staffing is not None
    assert early.staffing.departments["health"].needed is None
    # Arrivals, but no contact completed yet: no handle time.
    apply(engine, site.heartbeat(T0 + 5 * MINUTE))
    later = engine.figures(T0 + 5 * MINUTE)
    assert later is not None and later.staffing is not None
    health = later.staffing.departments["health"]
    assert health.needed is None and health.projected_sl_pct is None
    assert health.on_floor == 1
    # A quiet queue: no arrivals in the window, nothing needed is not "0 needed".
    quiet = Engine()
    apply(quiet, site.snapshot(ts=T0), site.heartbeat(T0 + 10 * MINUTE))
    figures = quiet.figures(T0 + 10 * MINUTE)
    assert figures is not None and figures.staffing is not None
    assert figures.staffing.departments["health"].needed is None
    assert site_gap(figures.staffing) is None


def test_recent_minutes_weigh_more_than_old_ones() -> None:
    window = 30 * MINUTE
    surge, calm = RecentArrivals(), RecentArrivals()
    for minute in range(30):
        for _ in range(2 if minute < 15 else 6):
            surge.arrived(T0 + minute * MINUTE)
        for _ in range(6 if minute < 15 else 2):
            calm.arrived(T0 + minute * MINUTE)
    end = T0 + 30 * MINUTE
    a_surge, seconds = surge.weighted(end, window, T0)
    a_calm, seconds_calm = calm.weighted(end, window, T0)
    assert seconds == seconds_calm
    # Same 120 arrivals either way; the rising one reads higher than the flat mean of 4/min.
    assert a_surge / seconds * 60 > 4 > a_calm / seconds * 60


def test_the_rate_survives_a_resync_snapshot(site: SiteBuilder) -> None:
    engine = Engine()
    apply(engine, site.snapshot())
    end = steady_traffic(site, engine, per_minute=2, minutes=20, handle_ms=120_000)
    before = engine.figures(end)
    # A resync: the same day, its counters as they were.
    counters = {"offered": 40, "answered": 40, "answered_in_sl": 40, "completed": 40,
                "handle_ms": 40 * 120_000, "resolved": 40}
    apply(engine, site.snapshot(ts=end + 1, counters={"h-ar": counters}))
    after = engine.figures(end + 1000)
    assert before is not None and after is not None
    assert before.staffing is not None and after.staffing is not None
    assert after.staffing.departments["health"].rate_per_h == pytest.approx(
        before.staffing.departments["health"].rate_per_h, rel=0.05)


def test_erlang_a_uses_the_days_patience(site: SiteBuilder) -> None:
    options = StaffingOptions(model=Model.ERLANG_A)
    engine = Engine(staffing=options)
    apply(engine, site.snapshot())
    end = steady_traffic(site, engine, per_minute=6, minutes=20, handle_ms=180_000)
    # Two abandons after 60 s and 120 s: 180 s of waiting per abandon (answered waited 0).
    apply(engine, site.queued("x1", end), site.abandoned("x1", end + 60_000, 60_000),
          site.queued("x2", end + 60_000), site.abandoned("x2", end + 180_000, 120_000),
          site.heartbeat(end + 180_000))
    figures = engine.figures(end + 180_000)
    assert figures is not None and figures.staffing is not None
    health = figures.staffing.departments["health"]
    assert figures.staffing.model is Model.ERLANG_A
    rate = (health.rate_per_h or 0) / 3600
    expected = agents_needed(Model.ERLANG_A, Target(20, sl_pct=80), rate=rate, aht_s=180,
                             patience_s=90)
    assert health.needed == expected.agents
    assert health.projected_sl_pct == pytest.approx(performance(
        Model.ERLANG_A, 1, rate=rate, aht_s=180, threshold_s=20, patience_s=90
    ).service_level_pct)


def test_switched_off_there_are_no_staffing_figures(site: SiteBuilder) -> None:
    engine = Engine(staffing=StaffingOptions(enabled=False))
    apply(engine, site.snapshot())
    figures = engine.figures(T0 + MINUTE)
    assert figures is not None and figures.staffing is None


def two_departments(agents: Sequence[tuple[str, ...]]) -> dict[str, Any]:
    """Staffing of two departments of 3 calls a minute of 200 s each, for these agents."""
    inputs = {d: QueueInput(d, d, "ar", "voice", 0.05, 200.0, 20, 80.0, 0, 0)
              for d in ("a", "b")}
    floor = shared_floor(("available", departments, ("ar",)) for departments in agents)
    s = evaluate(inputs, ("a", "b"), ("ar",), floor, StaffingOptions())
    return {"site": s.site, **s.departments}


def sl(agents: int, rate: float) -> float:
    return performance(Model.ERLANG_C, agents, rate=rate, aht_s=200, threshold_s=20
                       ).service_level_pct


def test_departments_with_agents_of_their_own_are_projected_alone() -> None:
    s = two_departments([("a",)] * 14 + [("b",)] * 12)
    assert not s["a"].shared and not s["b"].shared
    assert s["a"].on_floor == 14 and s["b"].on_floor == 12
    assert s["a"].projected_sl_pct == pytest.approx(sl(14, 0.05))
    assert s["b"].projected_sl_pct == pytest.approx(sl(12, 0.05))
    # The site: its two pools, weighted by their arrivals (here equal).
    assert s["site"].projected_sl_pct == pytest.approx((sl(14, 0.05) + sl(12, 0.05)) / 2)


def test_departments_that_share_agents_get_their_pools_projection() -> None:
    # One agent of both links them: every agent of either answers in one pool.
    s = two_departments([("a",)] * 13 + [("b",)] * 12 + [("a", "b")])
    pooled = sl(26, 0.1)
    for d in ("a", "b"):
        assert s[d].shared
        assert s[d].projected_sl_pct == pytest.approx(pooled)
        # "Needed" stays the department's own, as if it had its own agents.
        assert s[d].needed == agents_needed(Model.ERLANG_C, Target(20, sl_pct=80), rate=0.05,
                                            aht_s=200).agents
    assert s["a"].on_floor == 14  # 13 and a half
    assert s["site"].projected_sl_pct == pytest.approx(pooled)
    # A pool is not a pair: a chain of shared agents joins all it reaches.
    floor = shared_floor([("available", ("a", "b"), ()), ("available", ("b", "c"), ()),
                          ("available", ("d",), ()), ("not_ready", ("d", "a"), ())])
    assert floor.department_pools["a"] == floor.department_pools["c"] == {"a", "b", "c"}
    assert "d" not in floor.department_pools  # its only link is not on the floor


def snapshot_with_intervals(site: SiteBuilder, ts: int, per_quarter: list[int],
                            **overrides: Any) -> dict[str, Any]:
    """A snapshot at ``ts`` whose intervals give h-ar ``per_quarter`` arrivals in each quarter
    hour since 08:00 (T0), all answered and handled in 180 s."""
    midnight = T0 - 8 * 60 * MINUTE  # local midnight in Qatar; T0 is 08:00
    rows = [[0] * 12 for _ in range(32)] + [
        [n, n, n, 0, 0, 0, n, n * 180_000, n, 0, 0, 0] for n in per_quarter]
    total = sum(per_quarter)
    counters = {"offered": total, "answered": total, "answered_in_sl": total,
                "completed": total, "handle_ms": total * 180_000, "resolved": total}
    return site.snapshot(ts=ts, counters={"h-ar": counters}, intervals={
        "start": midnight, "minutes": 15, "queues": {"h-ar": rows}}, **overrides)


def test_a_wall_started_mid_day_has_the_rate_from_the_feeds_intervals(
        site: SiteBuilder) -> None:
    # Two quarter hours of 30 calls each: 2 a minute, 120 an hour, known at once.
    engine = Engine()
    apply(engine, snapshot_with_intervals(site, T0 + 30 * MINUTE, [30, 30]))
    figures = engine.figures(T0 + 30 * MINUTE)
    assert figures is not None and figures.staffing is not None
    health = figures.staffing.departments["health"]
    assert health.rate_per_h is not None
    assert health.rate_per_h == pytest.approx(120, rel=0.01)
    assert health.needed == agents_needed(Model.ERLANG_C, Target(20, sl_pct=80),
                                          rate=health.rate_per_h / 3600, aht_s=180).agents
    # Only the window counts: a busy early morning does not raise the rate now.
    busy_before = Engine()
    apply(busy_before, snapshot_with_intervals(site, T0 + 60 * MINUTE, [300, 300, 30, 30]))
    later = busy_before.figures(T0 + 60 * MINUTE)
    assert later is not None and later.staffing is not None
    assert later.staffing.departments["health"].rate_per_h == pytest.approx(120, rel=0.01)


def test_after_a_gap_the_rate_comes_from_intervals_or_not_at_all(site: SiteBuilder) -> None:
    engine = Engine()
    apply(engine, site.snapshot())
    steady_traffic(site, engine, per_minute=6, minutes=10, handle_ms=180_000)
    # Ten minutes of silence, then a snapshot without intervals: the arrivals of the
    # gap are unknown, so there is no rate until a minute has been watched again.
    gap_end = T0 + 20 * MINUTE
    counters = {"offered": 60, "answered": 60, "answered_in_sl": 60, "completed": 60,
                "handle_ms": 60 * 180_000, "resolved": 60}
    apply(engine, site.snapshot(ts=gap_end, counters={"h-ar": counters}))
    blind = engine.figures(gap_end)
    assert blind is not None and blind.staffing is not None
    assert blind.staffing.departments["health"].rate_per_h is None
    # The same moment with intervals: the feed tells what the gap held.
    told = Engine()
    apply(told, site.snapshot())
    steady_traffic(site, told, per_minute=6, minutes=10, handle_ms=180_000)
    apply(told, snapshot_with_intervals(site, gap_end, [90, 0]))
    figures = told.figures(gap_end)
    assert figures is not None and figures.staffing is not None
    rate = figures.staffing.departments["health"].rate_per_h
    # 90 in the first quarter hour, none since: a rate well below the first 6 a minute.
    assert rate is not None and 0 < rate < 6 * 60


@pytest.mark.parametrize("kept_current", [False, True])
def test_a_reader_reuses_the_figures_a_feed_thread_keeps_current(
        site: SiteBuilder, kept_current: bool) -> None:
    """The model runs once a second on the feed's thread, not in the screen's refresh."""
    engine = Engine()
    apply(engine, site.snapshot())
    end = steady_traffic(site, engine, per_minute=6, minutes=30, handle_ms=180_000)
    engine.staffing_kept_current = kept_current
    engine.refresh_staffing(end)
    first = engine.figures(end)
    assert first is not None and first.staffing is not None
    later = engine.figures(end + 1_500)  # a refresh in the next second
    assert later is not None and later.staffing is not None
    assert (later.staffing is first.staffing) is kept_current
    stale = engine.figures(end + 10_000)  # the feed's thread has stopped keeping it
    assert stale is not None and stale.staffing is not first.staffing
