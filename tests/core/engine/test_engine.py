"""The engine applies the protocol's rules.

Sections "Deltas", "KPI definitions" and "The business day".
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.builders import T0, SiteBuilder, frame
from wallboard.engine import Engine, SlRule
from wallboard.protocol import decode

MIN = 60_000


def apply(engine: Engine, *messages: dict[str, Any]) -> None:
    for message in messages:
        problem = engine.apply(decode(frame(message)))  # type: ignore[arg-type]
        assert problem is None, problem


def test_no_figures_before_a_snapshot(engine: Engine) -> None:
    assert engine.figures(T0) is None


@pytest.mark.parametrize(
    ("wait_ms", "in_sl"),
    [(19_999, 1), (20_000, 1), (20_001, 0)],
    ids=["under", "exactly-at-threshold", "over"],
)
def test_answer_at_the_threshold_counts_in_service_level(
    engine: Engine, site: SiteBuilder, wait_ms: int, in_sl: int
) -> None:
    apply(engine, site.snapshot(), site.queued("c1", T0 + 1000),
          site.answered("c1", T0 + 1000 + wait_ms, wait_ms))
    kpis = engine.figures(T0 + MIN).queues["h-ar"].kpis  # type: ignore[union-attr]
    assert kpis.counters.answered_in_sl == in_sl
    assert kpis.service_level_pct == 100.0 * in_sl
    assert kpis.asa_s == wait_ms / 1000


@pytest.mark.parametrize(
    ("wait_ms", "short"), [(4_999, 1), (5_000, 0)], ids=["short", "exactly-threshold-not-short"]
)
def test_short_abandons_are_left_out_of_service_level_and_abandon_rate(
    engine: Engine, site: SiteBuilder, wait_ms: int, short: int
) -> None:
    apply(engine, site.snapshot(),
          site.queued("c1", T0), site.answered("c1", T0 + 3000, 3000),
          site.queued("c2", T0), site.abandoned("c2", T0 + wait_ms, wait_ms))
    kpis = engine.figures(T0 + MIN).site  # type: ignore[union-attr]
    assert kpis.counters.short_abandoned == short
    # default rule: answered_in_sl / (answered + abandoned - short_abandoned)
    assert kpis.service_level_pct == pytest.approx(100 * 1 / (1 + 1 - short))
    # abandon rate: (abandoned - short) / (offered - short)
    assert kpis.abandon_rate_pct == pytest.approx(100 * (1 - short) / (2 - short))


@pytest.mark.parametrize(
    ("rule", "expected"),
    [(SlRule.DEFAULT, 100 * 1 / 2), (SlRule.ANSWERED, 100 * 1 / 1),
     (SlRule.ALL_ABANDONS, 100 * 1 / 3)],
)
def test_service_level_rules(site: SiteBuilder, rule: SlRule, expected: float) -> None:
    engine = Engine(rule)
    apply(engine, site.snapshot(),
          site.queued("c1", T0), site.answered("c1", T0 + 1000, 1000),
          site.queued("c2", T0), site.abandoned("c2", T0 + 2000, 2000),  # short
          site.queued("c3", T0), site.abandoned("c3", T0 + 60_000, 60_000))
    assert engine.figures(T0 + MIN).site.service_level_pct == pytest.approx(expected)  # type: ignore[union-attr]


def test_figures_over_nothing_are_none_never_zero(engine: Engine, site: SiteBuilder) -> None:
    apply(engine, site.snapshot())
    kpis = engine.figures(T0).site  # type: ignore[union-attr]
    for name in ("service_level_pct", "abandon_rate_pct", "asa_s", "aht_s", "fcr_pct",
                 "out_of_scope_pct", "longest_wait_s"):
        assert getattr(kpis, name) is None, name
    assert kpis.waiting == 0
    # One agent available, one not ready: nobody busy of one staffed.
    assert kpis.occupancy_pct == 0.0


@pytest.mark.parametrize(
    ("outcome", "field"),
    [("resolved", "resolved"), ("transferred", "transferred"), ("forwarded", "forwarded"),
     ("out_of_scope", "out_of_scope"), ("escalated_to_mayor", None)],
)
def test_outcomes(engine: Engine, site: SiteBuilder, outcome: str, field: str | None) -> None:
    apply(engine, site.snapshot(), site.queued("c1", T0), site.answered("c1", T0 + 1000, 1000),
          site.completed("c1", T0 + 241_000, 240_000, outcome))
    counters = engine.figures(T0 + MIN).site.counters  # type: ignore[union-attr]
    assert counters.completed == 1
    assert counters.handle_ms == 240_000
    outcome_fields = ("resolved", "transferred", "forwarded", "out_of_scope")
    assert {f: getattr(counters, f) for f in outcome_fields} == {
        f: int(f == field) for f in outcome_fields
    }


def test_rollover_at_local_midnight_counts_each_event_on_its_own_day(site: SiteBuilder) -> None:
    engine = Engine()
    # 23:59 on 2025-11-23 in Qatar is 20:59 UTC; local midnight is 21:00 UTC.
    midnight = T0 + 16 * 3_600_000  # 08:00 + 16 h
    apply(engine, site.snapshot(ts=midnight - 2 * MIN),
          site.queued("c1", midnight - MIN),
          site.answered("c1", midnight + 30_000, 90_000))
    figures = engine.figures(midnight + MIN)
    assert figures is not None
    assert str(figures.business_day) == "2025-11-24"
    counters = figures.site.counters
    assert (counters.offered, counters.answered) == (0, 1)
    (closed,) = engine.closed_days()
    assert str(closed.date) == "2025-11-23"
    assert (closed.site.offered, closed.site.answered) == (1, 0)


def test_a_heartbeat_after_midnight_closes_the_day_and_state_carries_over(
    engine: Engine, site: SiteBuilder
) -> None:
    midnight = T0 + 16 * 3_600_000
    apply(engine, site.snapshot(ts=midnight - MIN),
          site.queued("c1", midnight - 30_000), site.queued("c2", midnight - 20_000),
          site.abandoned("c2", midnight - 10_000, 10_000),
          site.heartbeat(midnight + 1))
    figures = engine.figures(midnight + 1000)
    assert figures is not None
    assert figures.site.counters.offered == 0
    assert figures.site.abandon_rate_pct is None  # a new day: nothing offered yet
    assert figures.site.waiting == 1  # the waiting contact carries over
    assert figures.site.longest_wait_s == 31.0


def test_a_snapshot_replaces_all_state(engine: Engine, site: SiteBuilder) -> None:
    apply(engine, site.snapshot(), site.queued("c1", T0))
    apply(engine, site.snapshot(ts=T0 + MIN, counters={"h-ar": {"offered": 7}}))
    figures = engine.figures(T0 + MIN)
    assert figures is not None
    assert figures.site.waiting == 0
    assert figures.queues["h-ar"].kpis.counters.offered == 7
    assert figures.queues["u-fax"].kpis.counters.offered == 0  # missing: all zero


@pytest.mark.parametrize(
    "delta",
    [
        {"type": "contact.answered", "id": "nobody", "agent": "a1", "wait_ms": 1},
        {"type": "contact.answered", "id": "c1", "agent": "ghost", "wait_ms": 1},
        {"type": "contact.abandoned", "id": "nobody", "wait_ms": 1},
        {"type": "contact.completed", "id": "nobody", "handle_ms": 1, "outcome": "resolved"},
        {"type": "contact.queued", "contact": {"id": "c9", "queue": "nowhere", "queued_at": T0}},
        {"type": "agent.state", "agent": "ghost", "state": "available"},
        {"type": "callback.completed", "id": "nobody", "outcome": "reached"},
        {"type": "callback.requested",
         "callback": {"id": "cb", "queue": "nowhere", "requested_at": T0}},
        {"type": "case.updated", "id": "nobody", "status": "open"},
        {"type": "case.closed", "id": "nobody"},
    ],
    ids=lambda d: d["type"],
)
def test_a_delta_naming_the_unknown_is_inconsistent_and_changes_nothing(
    engine: Engine, site: SiteBuilder, delta: dict[str, Any]
) -> None:
    apply(engine, site.snapshot(), site.queued("c1", T0))
    before = engine.figures(T0 + MIN)
    problem = engine.apply(decode(frame({**delta, "seq": 3, "ts": T0 + 1000})))  # type: ignore[arg-type]
    assert problem is not None and "unknown" in problem
    assert engine.figures(T0 + MIN) == before


def test_notice_cleared_for_an_unknown_notice_is_harmless(
    engine: Engine, site: SiteBuilder
) -> None:
    apply(engine, site.snapshot(), site.delta("notice.cleared", T0, id="n-unknown"))


def test_agents_by_group_and_occupancy(engine: Engine, site: SiteBuilder) -> None:
    apply(engine, site.snapshot(),
          site.delta("agent.state", T0 + 1, agent="a1", state="on_contact", contact="c1"),
          site.delta("agent.state", T0 + 2, agent="a2", state="available"))
    f = engine.figures(T0 + MIN)
    assert f is not None
    assert dict(f.site.agents) == {"available": 1, "ringing": 0, "on_contact": 1, "wrap_up": 0,
                                   "not_ready": 0, "logged_out": 0}
    assert f.site.occupancy_pct == 50.0
    # Only a1 speaks Arabic; both are in health; only a2 is in urban.
    assert f.queues["h-ar"].kpis.agents["on_contact"] == 1
    assert sum(f.queues["h-ar"].kpis.agents.values()) == 1
    assert sum(f.languages["en"].agents.values()) == 2
    assert f.departments["urban"].kpis.agents["available"] == 1
    assert f.channels["fax"].agents["available"] == 1  # a2: urban queues have no language
    assert sum(f.channels["voice"].agents.values()) == 1


def test_thresholds_vary_is_reported(engine: Engine, site: SiteBuilder) -> None:
    apply(engine, site.snapshot())
    f = engine.figures(T0)
    assert f is not None
    # The site's queues answer within 20 s, an hour and a day: they vary.
    assert f.site.sl_threshold_range_s == (20, 86400)
    assert f.queues["h-ar"].kpis.sl_threshold_range_s == (20, 20)
    # The voice channel's queues share their threshold.
    voice = f.channels["voice"].sl_threshold_range_s
    assert voice is not None and voice[0] == voice[1]


def test_department_backlog(engine: Engine, site: SiteBuilder) -> None:
    day = 86_400_000
    cases = [
        {"id": "k1", "department": "urban", "channel": "app", "category": "road",
         "status": "open", "opened_at": T0 - 5 * day, "due_at": T0 - day},
        {"id": "k2", "department": "urban", "status": "in_progress", "opened_at": T0 - day,
         "due_at": T0 + day},
        {"id": "k3", "department": "health", "status": "awaiting_citizen",
         "opened_at": T0 - 2 * day, "due_at": T0 + 2 * day},
    ]
    callbacks = [
        {"id": "cb1", "queue": "u-fax", "requested_at": T0 - day, "due_at": T0 - 1},
        {"id": "cb2", "queue": "h-ar", "requested_at": T0, "due_at": T0 + day},
    ]
    apply(engine, site.snapshot(cases=cases, callbacks=callbacks),
          site.queued("f1", T0, queue="u-fax"),
          # k3 moves from health to urban and is now overdue.
          site.delta("case.updated", T0 + 1, id="k3", department="urban", due_at=T0 - 5),
          site.delta("case.closed", T0 + 2, id="k2"))
    f = engine.figures(T0 + MIN)
    assert f is not None
    urban, health = f.departments["urban"].backlog, f.departments["health"].backlog
    assert (urban.waiting, urban.open_cases, urban.overdue_cases) == (1, 2, 2)
    assert urban.oldest_case_age_s == (5 * day + MIN) / 1000
    assert (urban.callbacks_pending, urban.callbacks_overdue) == (1, 1)
    assert urban.backlog == 1 + 2 + 1
    assert (health.open_cases, health.oldest_case_age_s) == (0, None)
    assert (health.callbacks_pending, health.callbacks_overdue, health.backlog) == (1, 0, 1)


def test_notices_expire_on_the_wall_clock(engine: Engine, site: SiteBuilder) -> None:
    apply(engine, site.snapshot(),
          site.delta("notice", T0, notice={"id": "n1", "text": "Storm", "severity": "warning",
                                           "until": T0 + MIN}))
    assert [n.id for n in engine.figures(T0 + 1000).notices] == ["n1"]  # type: ignore[union-attr]
    assert engine.figures(T0 + 2 * MIN).notices == ()  # type: ignore[union-attr]


def test_figures_are_immutable(engine: Engine, site: SiteBuilder) -> None:
    apply(engine, site.snapshot())
    f = engine.figures(T0)
    assert f is not None
    with pytest.raises(AttributeError):
        f.site.waiting = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        f.site.agents["available"] = 9  # type: ignore[index]


def test_agent_board_lists_long_contacts_and_long_not_ready(
    engine: Engine, site: SiteBuilder
) -> None:
    apply(engine, site.snapshot(),  # a2 has been on break since T0 - 10 min
          site.delta("agent.state", T0, agent="a1", state="on_contact", contact="c1"))
    board = engine.figures(T0 + 20 * MIN - 1).agent_board  # type: ignore[union-attr]
    assert board.long_contacts == ()
    assert [a.id for a in board.long_not_ready] == ["a2"]  # on break for 29:59, over 15 min
    board = engine.figures(T0 + 20 * MIN).agent_board  # type: ignore[union-attr]
    assert [(a.id, a.since_ms) for a in board.long_contacts] == [("a1", T0)]
    assert [(a.id, a.reason) for a in board.long_not_ready] == [("a2", "break")]
    assert (board.long_contacts_total, board.long_not_ready_total) == (1, 1)
    assert dict(board.not_ready_reasons) == {"break": 1}


@pytest.mark.parametrize(("limits", "listed", "over"), [
    ({}, ["a2"], {"break": 1}),                       # the default 15 minutes
    ({"break": 45 * 60}, [], {}),                     # a long break allowed
    ({"break": 0}, [], {}),                           # never too long
    ({"lunch": 60}, ["a2"], {"break": 1}),            # another reason's limit: the default
])
def test_each_not_ready_reason_is_judged_by_its_own_limit(
    site: SiteBuilder, limits: dict[str, int], listed: list[str], over: dict[str, int]
) -> None:
    engine = Engine(not_ready_limits_s=limits)
    apply(engine, site.snapshot())  # a2 has been on break since T0 - 10 min
    board = engine.figures(T0 + 20 * MIN).agent_board  # type: ignore[union-attr]
    assert [a.id for a in board.long_not_ready] == listed
    assert board.long_not_ready_total == len(listed)
    assert dict(board.not_ready_over) == over
    assert board.not_ready_limits_s["break"] == limits.get("break", 15 * 60)


def test_intervals_split_the_day_in_quarter_hours(engine: Engine, site: SiteBuilder) -> None:
    # T0 is 08:00 local; the snapshot comes at 08:20, so earlier intervals are unknown.
    snapshot_at = T0 + 20 * MIN
    apply(engine, site.snapshot(ts=snapshot_at),
          site.queued("c1", T0 + 22 * MIN), site.answered("c1", T0 + 29 * MIN, 10_000),
          site.queued("c2", T0 + 31 * MIN), site.abandoned("c2", T0 + 32 * MIN, 60_000))
    intervals = engine.figures(T0 + 40 * MIN).intervals  # type: ignore[union-attr]
    assert len(intervals) == 96
    by_start = {i.start_ms: i for i in intervals}
    assert not by_start[T0].known and by_start[T0 + 15 * MIN].known
    assert (by_start[T0 + 15 * MIN].offered, by_start[T0 + 15 * MIN].answered) == (1, 1)
    assert by_start[T0 + 15 * MIN].service_level_pct == 100.0
    assert (by_start[T0 + 30 * MIN].offered, by_start[T0 + 30 * MIN].abandoned) == (1, 1)
    assert by_start[T0 + 30 * MIN].service_level_pct == 0.0
    assert by_start[T0 + 45 * MIN].service_level_pct is None


# --- Liberal where the protocol is silent ---------------------------------------------


def _case(case_id: str, department: str, opened_at: int, due_at: int) -> dict[str, Any]:
    return {"id": case_id, "department": department, "status": "open",
            "opened_at": opened_at, "due_at": due_at}


PARKS_QUEUE = {"id": "p-sms", "department": "parks", "channel": "sms", "sl_threshold_s": 60}


@pytest.mark.parametrize(
    ("how", "cases", "queues", "waiting"),
    [("snapshot-case", 1, 0, 0), ("case-opened", 1, 0, 0), ("case-moved", 1, 0, 0),
     ("queue", 0, 1, 1), ("queue-and-cases", 2, 1, 1)],
)
def test_work_of_an_undeclared_department_shows_under_its_id(
    engine: Engine, site: SiteBuilder, caplog: pytest.LogCaptureFixture,
    how: str, cases: int, queues: int, waiting: int,
) -> None:
    """The protocol's own example has a case of a department it does not declare."""
    snapshot = site.snapshot()
    messages: list[dict[str, Any]] = []
    if queues:
        snapshot["queues"] = [*snapshot["queues"], PARKS_QUEUE]
        messages.append(site.queued("c1", T0 + 1000, queue="p-sms"))
    if how in ("snapshot-case", "queue-and-cases"):
        snapshot["cases"] = [_case("k1", "parks", T0 - 60 * MIN, T0 + MIN)]
    if how in ("case-opened", "queue-and-cases"):
        messages.append(site.delta("case.opened", T0 + 2000,
                                   case=_case("k2", "parks", T0 - 30 * MIN, T0 - 1)))
    if how == "case-moved":
        snapshot["cases"] = [_case("k3", "health", T0 - 60 * MIN, T0 + MIN)]
        messages.append(site.delta("case.updated", T0 + 2000, id="k3", department="parks"))
    with caplog.at_level("WARNING", logger="wallboard.engine"):
        apply(engine, snapshot, *messages,
              *(site.heartbeat(T0 + 3000 + i) for i in range(3)))
    figures = engine.figures(T0 + 5 * MIN)
    assert figures is not None
    parks = figures.departments["parks"]
    assert parks.name == "parks"
    assert parks.backlog.open_cases == cases
    assert parks.backlog.waiting == waiting == parks.kpis.waiting
    assert parks.backlog.backlog == cases + waiting
    assert figures.site.waiting == waiting
    assert figures.site.counters.offered == queues
    if how == "case-moved":
        assert figures.departments["health"].backlog.open_cases == 0
    said = [r.getMessage() for r in caplog.records if "'parks'" in r.getMessage()]
    assert len(said) == 1, said  # once per department per snapshot, not per event


def test_an_undeclared_department_is_logged_again_after_the_next_snapshot(
    engine: Engine, site: SiteBuilder, caplog: pytest.LogCaptureFixture
) -> None:
    cases = [_case("k1", "parks", T0 - MIN, T0 + MIN), _case("k2", "parks", T0 - MIN, T0 + MIN)]
    with caplog.at_level("WARNING", logger="wallboard.engine"):
        apply(engine, site.snapshot(cases=cases), site.snapshot(cases=cases))
    assert len([r for r in caplog.records if "'parks'" in r.getMessage()]) == 2


def test_an_undeclared_department_whose_work_has_gone_is_no_longer_shown(
    engine: Engine, site: SiteBuilder
) -> None:
    apply(engine, site.snapshot(cases=[_case("k1", "parks", T0 - MIN, T0 + MIN)]))
    assert "parks" in engine.figures(T0).departments  # type: ignore[union-attr]
    apply(engine, site.delta("case.updated", T0 + 1, id="k1", department="urban"))
    figures = engine.figures(T0)
    assert figures is not None
    assert "parks" not in figures.departments
    assert figures.departments["urban"].backlog.open_cases == 1
    # A declared department stays, work or none.
    assert figures.departments["health"].backlog.backlog == 0


@pytest.mark.parametrize(
    ("states", "occupancy"),
    [(["on_contact", "after_call_work"], 50.0),
     (["after_call_work", "after_call_work"], 0.0),
     (["not_ready", "after_call_work"], 0.0),
     (["wrap_up", "available"], 50.0)],
)
def test_an_agent_in_an_unknown_state_is_logged_in_and_counted_under_its_name(
    engine: Engine, site: SiteBuilder, states: list[str], occupancy: float
) -> None:
    snapshot = site.snapshot()
    for agent, state in zip(snapshot["agents"], states, strict=True):
        agent.update(state=state, reason=None)
    apply(engine, snapshot)
    kpis = engine.figures(T0 + MIN).site  # type: ignore[union-attr]
    others = states.count("after_call_work")
    known = {"available", "ringing", "on_contact", "wrap_up", "not_ready", "logged_out"}
    assert known <= set(kpis.agents)
    assert kpis.agents.get("after_call_work", 0) == others
    assert set(kpis.agents) == known | ({"after_call_work"} if others else set())
    assert kpis.agents["logged_out"] == 0
    # Occupancy: busy / (logged in except not_ready); the unknown state is in the denominator.
    assert kpis.occupancy_pct == occupancy


def test_a_delta_into_and_out_of_an_unknown_state(engine: Engine, site: SiteBuilder) -> None:
    apply(engine, site.snapshot(),
          site.delta("agent.state", T0 + 1000, agent="a1", state="after_call_work"))
    figures = engine.figures(T0 + MIN)
    assert figures is not None
    for group in (figures.site, figures.departments["health"].kpis, figures.languages["ar"]):
        assert group.agents["after_call_work"] == 1 and group.agents["available"] == 0
    assert figures.site.occupancy_pct == 0.0  # a1 is on the floor, a2 on a break
    apply(engine, site.delta("agent.state", T0 + 2000, agent="a1", state="available"))
    agents = engine.figures(T0 + MIN).site.agents  # type: ignore[union-attr]
    assert "after_call_work" not in agents and agents["available"] == 1


def test_missing_display_fields_default_to_ids_and_the_message_time(
    engine: Engine, site: SiteBuilder
) -> None:
    snapshot = site.snapshot(ts=T0)
    del snapshot["site"]["name"], snapshot["departments"][0]["name"]
    del snapshot["queues"][0]["name"], snapshot["queues"][2]["channel"]
    snapshot["agents"][1] = {"id": "a2", "departments": ["health"], "state": "not_ready"}
    apply(engine, snapshot,
          site.delta("agent.added", T0 + 5 * MIN,
                     agent={"id": "a3", "departments": ["urban"], "state": "not_ready"}))
    figures = engine.figures(T0 + 30 * MIN)
    assert figures is not None
    assert figures.site_name == "s1"
    assert figures.departments["health"].name == "health"
    assert figures.queues["h-ar"].name == "h-ar"
    # No channel: in no channel group, still in its department and the site.
    assert set(figures.channels) == {"voice", "email"}
    assert figures.queues["u-fax"].channel == ""
    board = figures.agent_board
    assert [(a.id, a.name, a.since_ms) for a in board.long_not_ready] == [
        ("a2", "a2", T0), ("a3", "a3", T0 + 5 * MIN)]
