"""Alert rules fire after their duration, clear with hysteresis, and are acknowledged."""

from __future__ import annotations

import pytest

from tests.core.alerts.conftest import LIVE, T0, Floor, health
from wallboard.alerts.engine import AlertEngine, EventKind
from wallboard.alerts.rules import BUILTIN_RULES, readings, rules_in_force
from wallboard.config.load import parse
from wallboard.config.schema import Metric, Rule
from wallboard.feed.health import FeedState
from wallboard.levels import Level, ScopedTargets

S = 1000


def site_waiting(**kw: object) -> Rule:
    fields: dict[str, object] = {"id": "w", "metric": Metric.WAITING, "warning": 3,
                                 "critical": 6, "clear_after_s": 0}
    fields.update(kw)
    return Rule(**fields)  # type: ignore[arg-type]


def kinds(events: list) -> list[tuple[str, str]]:
    return [(e.kind.value, e.alert.level.name) for e in events]


def test_fires_only_after_the_level_held_for_its_duration(floor: Floor) -> None:
    engine = AlertEngine([site_waiting(for_s=60)], ScopedTargets())
    assert engine.evaluate(floor.figures(T0, waiting=4), LIVE, T0) == []
    assert engine.evaluate(floor.figures(T0 + 59 * S, waiting=4), LIVE, T0 + 59 * S) == []
    events = engine.evaluate(floor.figures(T0 + 60 * S, waiting=4), LIVE, T0 + 60 * S)
    assert kinds(events) == [("fired", "WARNING")]
    assert engine.active()[0].value == 4


def test_a_dip_restarts_the_duration(floor: Floor) -> None:
    engine = AlertEngine([site_waiting(for_s=60)], ScopedTargets())
    engine.evaluate(floor.figures(T0, waiting=4), LIVE, T0)
    engine.evaluate(floor.figures(T0 + 30 * S, waiting=2), LIVE, T0 + 30 * S)
    engine.evaluate(floor.figures(T0 + 40 * S, waiting=4), LIVE, T0 + 40 * S)
    assert engine.evaluate(floor.figures(T0 + 99 * S, waiting=4), LIVE, T0 + 99 * S) == []
    assert kinds(engine.evaluate(floor.figures(T0 + 100 * S, waiting=4), LIVE,
                                 T0 + 100 * S)) == [("fired", "WARNING")]


def test_hysteresis_keeps_a_wobbling_figure_to_one_alert(floor: Floor) -> None:
    engine = AlertEngine([site_waiting(warning=5, critical=50, hysteresis=2,
                                       clear_after_s=30)], ScopedTargets())
    events = []
    # Wobbling around the level of 5: 6, 4, 6, 4 ... never back to 3 or below.
    for i, waiting in enumerate([6, 4, 6, 4, 5, 4, 6, 4]):
        now = T0 + i * 20 * S
        events += engine.evaluate(floor.figures(now, waiting=waiting), LIVE, now)
    assert kinds(events) == [("fired", "WARNING")]
    # Back past the hysteresis (3), but only for 20 s: not yet.
    now = T0 + 200 * S
    assert engine.evaluate(floor.figures(now, waiting=3), LIVE, now) == []
    assert engine.evaluate(floor.figures(now + 20 * S, waiting=3), LIVE, now + 20 * S) == []
    events = engine.evaluate(floor.figures(now + 30 * S, waiting=3), LIVE, now + 30 * S)
    assert kinds(events) == [("cleared", "WARNING")]
    assert engine.active() == ()


def test_escalates_eases_and_clears(floor: Floor) -> None:
    engine = AlertEngine([site_waiting()], ScopedTargets())
    seen = []
    for i, waiting in enumerate([4, 7, 4, 0]):
        now = T0 + i * S
        seen += kinds(engine.evaluate(floor.figures(now, waiting=waiting), LIVE, now))
    assert seen == [("fired", "WARNING"), ("escalated", "CRITICAL"), ("eased", "WARNING"),
                    ("cleared", "WARNING")]


def test_acknowledged_until_it_clears_and_again_when_it_escalates(floor: Floor) -> None:
    engine = AlertEngine([site_waiting()], ScopedTargets())
    engine.evaluate(floor.figures(T0, waiting=4), LIVE, T0)
    (alert,) = engine.active()
    event = engine.acknowledge(alert.key, by="dana", wall="ops-wall-2", now_ms=T0 + S)
    assert event is not None and event.kind is EventKind.ACKNOWLEDGED
    assert engine.active()[0].acknowledged_by == "dana"
    assert engine.active()[0].acknowledged_wall == "ops-wall-2"
    assert engine.acknowledge(alert.key, by="dana", wall="w", now_ms=T0 + S) is None
    # Still there, still silenced.
    engine.evaluate(floor.figures(T0 + 2 * S, waiting=5), LIVE, T0 + 2 * S)
    assert engine.active()[0].acknowledged
    # Worse: asks for attention again.
    engine.evaluate(floor.figures(T0 + 3 * S, waiting=9), LIVE, T0 + 3 * S)
    assert engine.active()[0].level is Level.CRITICAL
    assert not engine.active()[0].acknowledged
    engine.acknowledge_next(by="dana", wall="w", now_ms=T0 + 4 * S)
    events = engine.evaluate(floor.figures(T0 + 5 * S, waiting=0), LIVE, T0 + 5 * S)
    assert kinds(events) == [("cleared", "CRITICAL")]
    assert events[0].alert.acknowledged_by == "dana"
    # The next time it fires it is news again.
    engine.evaluate(floor.figures(T0 + 6 * S, waiting=4), LIVE, T0 + 6 * S)
    assert not engine.active()[0].acknowledged


def test_the_most_specific_target_wins(floor: Floor) -> None:
    config = parse("""
[targets]
longest_wait_s = { warning = 300, critical = 600 }
oldest_message_s = { warning = 300, critical = 600 }
[targets.departments.health]
longest_wait_s = { warning = 60, critical = 120 }
oldest_message_s = { warning = 60, critical = 120 }
[targets.queues.h-ar]
longest_wait_s = { warning = 30, critical = 45 }
[targets.channels.email]
oldest_message_s = { warning = 10, critical = 20 }
""", "t.toml").config
    assert config is not None
    targets = ScopedTargets(config.targets)
    engine = AlertEngine([Rule(id="lw", metric=Metric.LONGEST_WAIT_S, scope="queue:*")],
                         targets)
    # 40 s: over the queue's own 30 s; the e-mail queue has the department's 60 s,
    # which beats its channel's 10 s (department before channel); urban has the site's.
    now = T0 + 40 * S
    fig_ar = floor.figures(now, waiting=1, wait_s=40, queue="h-ar")
    engine.evaluate(fig_ar, LIVE, now)
    assert [(a.scope_id, a.level, a.threshold) for a in engine.active()] == [
        ("h-ar", Level.WARNING, 30)]
    engine2 = AlertEngine([Rule(id="lw", metric=Metric.LONGEST_WAIT_S, scope="queue:*")],
                          targets)
    engine2.evaluate(floor.figures(now, waiting=1, wait_s=50, queue="h-en-mail"), LIVE, now)
    assert engine2.active() == ()
    engine2.evaluate(floor.figures(now, waiting=1, wait_s=61, queue="h-en-mail"), LIVE, now)
    assert [(a.scope_id, a.threshold) for a in engine2.active()] == [("h-en-mail", 60)]
    engine3 = AlertEngine([Rule(id="lw", metric=Metric.LONGEST_WAIT_S, scope="queue:*")],
                          targets)
    engine3.evaluate(floor.figures(now, waiting=1, wait_s=301, queue="u-fax"), LIVE, now)
    assert [(a.scope_id, a.threshold) for a in engine3.active()] == [("u-fax", 300)]


@pytest.mark.parametrize(("queue", "wait_s", "threshold"), [
    ("h-ar", 3 * 60 + 1, 180.0),              # a call: minutes (longest_wait_s, 3:00)
    ("h-en-mail", 3 * 60 + 1, None),          # an e-mail three minutes old is fresh
    ("h-en-mail", 4 * 3600 + 1, 4 * 3600.0),  # ... late after four hours (oldest_message_s)
    ("u-fax", 4 * 3600 + 1, 4 * 3600.0),
])
def test_a_backlogs_queue_is_judged_by_the_age_of_its_oldest_item(
        floor: Floor, queue: str, wait_s: int, threshold: float | None) -> None:
    engine = AlertEngine([Rule(id="lw", metric=Metric.LONGEST_WAIT_S, scope="queue:*")],
                         ScopedTargets())
    now = T0 + wait_s * S
    engine.evaluate(floor.figures(now, waiting=1, wait_s=wait_s, queue=queue), LIVE, now)
    assert [a.threshold for a in engine.active()] == ([] if threshold is None else [threshold])


def test_business_hours_in_the_site_time(floor: Floor) -> None:
    # T0 is Sunday 08:00 in Qatar.
    engine = AlertEngine([site_waiting(hours=("Sun 08:30-09:00",))], ScopedTargets())
    assert engine.evaluate(floor.figures(T0, waiting=9), LIVE, T0) == []
    at = T0 + 30 * 60 * S
    assert kinds(engine.evaluate(floor.figures(at, waiting=9), LIVE, at)) == [
        ("fired", "CRITICAL")]
    at = T0 + 60 * 60 * S
    events = engine.evaluate(floor.figures(at, waiting=9), LIVE, at)
    assert kinds(events) == [("cleared", "CRITICAL")]
    assert events[0].reason == "outside its hours"


def test_old_figures_neither_fire_nor_clear_but_the_feed_alert_does(floor: Floor) -> None:
    engine = AlertEngine([site_waiting(), *rules_in_force((), builtin=True)[:1]],
                         ScopedTargets())
    stale = health(FeedState.STALE, silence_s=20)
    assert kinds(engine.evaluate(floor.figures(T0, waiting=9), stale, T0)) == [
        ("fired", "WARNING")]
    assert [a.rule_id for a in engine.active()] == ["feed-down"]
    events = engine.evaluate(floor.figures(T0 + S, waiting=9), LIVE, T0 + S)
    assert sorted(kinds(events)) == [("cleared", "WARNING"), ("fired", "CRITICAL")]
    assert {a.rule_id for a in engine.active()} == {"w"}
    # Lost again, with the figure back to normal: the alert stays, it was not seen to clear.
    engine.evaluate(floor.figures(T0 + 2 * S, waiting=0), health(FeedState.RECONNECTING, 70),
                    T0 + 2 * S)
    active = {a.rule_id: a.level for a in engine.active()}
    assert active == {"w": Level.CRITICAL, "feed-down": Level.CRITICAL}


def test_rates_wait_for_enough_contacts(floor: Floor) -> None:
    rule = Rule(id="ab", metric=Metric.ABANDON_RATE_PCT, warning=5, critical=10, min_volume=20)
    engine = AlertEngine([rule], ScopedTargets())
    counters = {"h-ar": {"offered": 10, "abandoned": 5}}
    assert engine.evaluate(floor.figures(T0, counters=counters), LIVE, T0) == []
    counters = {"h-ar": {"offered": 40, "abandoned": 20}}
    assert kinds(engine.evaluate(floor.figures(T0 + S, counters=counters), LIVE, T0 + S)) == [
        ("fired", "CRITICAL")]


def test_a_scope_that_goes_away_clears_its_alert(floor: Floor) -> None:
    engine = AlertEngine([Rule(id="q", metric=Metric.WAITING, scope="queue:*", warning=0,
                               clear_after_s=0)], ScopedTargets())
    engine.evaluate(floor.figures(T0, waiting=1, queue="u-fax"), LIVE, T0)
    assert [a.scope_id for a in engine.active()] == ["u-fax"]
    queues = [q for q in floor.site.snapshot()["queues"] if q["id"] != "u-fax"]
    events = engine.evaluate(floor.figures(T0 + S, queues=queues), LIVE, T0 + S)
    assert [(e.kind.value, e.reason) for e in events] == [("cleared", "no longer measured")]


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda r: r.id)
def test_every_builtin_rule_reads_each_of_its_scopes(floor: Floor, rule: Rule) -> None:
    figures = floor.figures(T0, waiting=2)
    found = list(readings(rule, figures, health(FeedState.STALE, 20), ScopedTargets()))
    expected = {"site": 1, "department": len(figures.departments),
                "queue": len(figures.queues)}[rule.scope.split(":")[0]]
    assert len(found) == expected
    assert len({r.key for r in found}) == expected
    assert all((r.band.warning < r.band.critical) == r.band.higher_is_worse for r in found)


def test_an_alert_waiting_out_its_clearing_time_says_when_it_clears(floor: Floor) -> None:
    engine = AlertEngine([site_waiting(warning=5, critical=50, hysteresis=2,
                                       clear_after_s=30)], ScopedTargets())
    engine.evaluate(floor.figures(T0, waiting=6), LIVE, T0)
    assert engine.active()[0].clears_at_ms is None  # the figure is past its level
    back = T0 + 10 * S
    engine.evaluate(floor.figures(back, waiting=2), LIVE, back)
    (alert,) = engine.active()
    assert alert.clears_at_ms == back + 30 * S and alert.value == 2
    # Past the level again: it holds, and no longer says it clears.
    engine.evaluate(floor.figures(back + 5 * S, waiting=6), LIVE, back + 5 * S)
    assert engine.active()[0].clears_at_ms is None


@pytest.mark.parametrize(("queue", "fired"), [("h-ar", [("fired", "CRITICAL")]),
                                              ("h-en-mail", [])])
def test_the_sites_waiting_counts_live_contacts(floor: Floor, queue: str,
                                                fired: list[tuple[str, str]]) -> None:
    """Nine e-mails waiting are a backlog (judged by their age), not a queue of nine."""
    engine = AlertEngine([site_waiting()], ScopedTargets())
    assert kinds(engine.evaluate(floor.figures(T0, waiting=9, queue=queue), LIVE, T0)) == fired
