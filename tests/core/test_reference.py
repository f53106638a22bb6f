"""Hand-computed examples that pin the test reference to the feed protocol.

Every expected number below is worked out by hand from ``feed-protocol.md``;
the comments show the arithmetic. The last tests check the Hypothesis stream
generator: its streams are valid, and replaying one gives the same figures as
loading the single snapshot it folds into.
"""

from __future__ import annotations

import copy
import datetime as dt
from itertools import pairwise
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reference import (
    AGENT_STATES,
    COUNTER_NAMES,
    SL_RULES,
    local_date,
    reference_figures,
)
from tests.strategies import local_midnight_ms, site_streams, snapshot_of

QATAR = "Asia/Qatar"  # UTC+3 all year
#: 2025-11-24 00:00 in Doha, the start of the business day most examples run in.
MIDNIGHT = local_midnight_ms(dt.date(2025, 11, 24), QATAR)
MORNING = MIDNIGHT + 9 * 3_600_000  # 09:00 local
SECOND = 1000

KPI_KEYS = {
    "offered",
    "answered",
    "abandoned",
    "short_abandoned",
    "service_level_pct",
    "abandon_rate_pct",
    "asa_s",
    "aht_s",
    "fcr_pct",
    "out_of_scope_pct",
    "waiting",
    "longest_wait_s",
    "occupancy_pct",
    "agents",
}
BACKLOG_KEYS = {
    "open_cases",
    "overdue_cases",
    "oldest_case_age_s",
    "callbacks_pending",
    "callbacks_overdue",
    "backlog",
}


def agent(
    agent_id: str, departments: list[str], languages: list[str], state: str
) -> dict[str, Any]:
    """A full agent object."""
    return {
        "id": agent_id,
        "name": agent_id.upper(),
        "departments": departments,
        "languages": languages,
        "state": state,
        "reason": "break" if state == "not_ready" else None,
        "since": MIDNIGHT,
        "contact": None,
    }


def site_snapshot(ts: int = MORNING, seq: int = 1, **overrides: Any) -> dict[str, Any]:
    """A small site: two departments, four queues, five agents, nothing in progress.

    ========  ========  =======  ========  =========  =============
    queue     dept      channel  language  threshold  short abandon
    ========  ========  =======  ========  =========  =============
    hv        health    voice    ar        20 s       5 s
    he        health    email    en        60 s       0 s
    uv        urban     voice    (absent)  30 s       10 s
    uc        urban     chat     (null)    20 s       5 s
    ========  ========  =======  ========  =========  =============
    """
    snapshot: dict[str, Any] = {
        "type": "snapshot",
        "seq": seq,
        "ts": ts,
        "site": {"id": "gcc-1", "name": "Government Contact Centre 1", "timezone": QATAR},
        "departments": [{"id": "health", "name": "Health"}, {"id": "urban", "name": "Urban"}],
        "queues": [
            {"id": "hv", "name": "Health voice", "department": "health", "channel": "voice",
             "language": "ar", "sl_threshold_s": 20, "sl_target_pct": 80, "short_abandon_s": 5},
            {"id": "he", "name": "Health email", "department": "health", "channel": "email",
             "language": "en", "sl_threshold_s": 60, "sl_target_pct": 80, "short_abandon_s": 0},
            {"id": "uv", "name": "Urban voice", "department": "urban", "channel": "voice",
             "sl_threshold_s": 30, "sl_target_pct": 80, "short_abandon_s": 10},
            {"id": "uc", "name": "Urban chat", "department": "urban", "channel": "chat",
             "language": None, "sl_threshold_s": 20, "sl_target_pct": 80, "short_abandon_s": 5},
        ],
        "agents": [
            agent("a1", ["health"], ["ar", "en"], "available"),
            agent("a2", ["health"], ["en"], "on_contact"),
            agent("a3", ["urban"], ["ar"], "not_ready"),
            agent("a4", ["health", "urban"], [], "wrap_up"),
            agent("a5", ["urban"], ["en"], "logged_out"),
        ],
        "contacts": [],
        "counters": {},
        "cases": [],
        "callbacks": [],
        "notices": [],
    }
    snapshot.update(overrides)
    return snapshot


class Feed:
    """Builds a stream: a snapshot, then deltas with consecutive seq numbers."""

    def __init__(self, snapshot: dict[str, Any]) -> None:
        self.messages = [snapshot]

    def add(self, kind: str, ts: int, **fields: Any) -> Feed:
        self.messages.append(
            {"type": kind, "seq": self.messages[-1]["seq"] + 1, "ts": ts, **fields}
        )
        return self

    def queued(self, contact_id: str, queue: str, ts: int, queued_at: int | None = None) -> Feed:
        queued_at = ts if queued_at is None else queued_at
        contact = {"id": contact_id, "queue": queue, "queued_at": queued_at}
        return self.add("contact.queued", ts, contact=contact)

    def answered(self, contact_id: str, wait_ms: int, ts: int, agent_id: str = "a1") -> Feed:
        return self.add("contact.answered", ts, id=contact_id, agent=agent_id, wait_ms=wait_ms)

    def abandoned(self, contact_id: str, wait_ms: int, ts: int) -> Feed:
        return self.add("contact.abandoned", ts, id=contact_id, wait_ms=wait_ms)

    def completed(self, contact_id: str, handle_ms: int, outcome: str, ts: int) -> Feed:
        return self.add(
            "contact.completed", ts, id=contact_id, handle_ms=handle_ms, outcome=outcome
        )

    def figures(self, now_ms: int | None = None, sl_rule: str = "default") -> dict[str, Any]:
        now = self.messages[-1]["ts"] if now_ms is None else now_ms
        return reference_figures(self.messages, now, sl_rule)


def counters(**values: int) -> dict[str, int]:
    """A queue's counters: the given values, the rest zero."""
    return {name: values.get(name, 0) for name in COUNTER_NAMES}


# -- shape --------------------------------------------------------------------------


def test_figures_have_exactly_the_documented_keys() -> None:
    figures = Feed(site_snapshot()).figures()
    assert set(figures) == {"site", "departments", "queues", "channels", "languages"}
    assert set(figures["departments"]) == {"health", "urban"}
    assert set(figures["queues"]) == {"hv", "he", "uv", "uc"}
    assert set(figures["channels"]) == {"voice", "email", "chat"}
    # uv has no language key and uc a null one: neither makes a language group.
    assert set(figures["languages"]) == {"ar", "en"}
    groups = [figures["site"], *figures["queues"].values(), *figures["channels"].values()]
    groups += figures["languages"].values()
    for kpis in groups:
        assert set(kpis) == KPI_KEYS
        assert set(kpis["agents"]) == set(AGENT_STATES)
    for department in figures["departments"].values():
        assert set(department) == KPI_KEYS | BACKLOG_KEYS


def test_zero_denominators_give_none_not_zero() -> None:
    figures = Feed(site_snapshot(agents=[])).figures()
    for kpis in [figures["site"], *figures["queues"].values()]:
        assert kpis["offered"] == kpis["answered"] == kpis["abandoned"] == 0
        for key in (
            "service_level_pct",
            "abandon_rate_pct",
            "asa_s",
            "aht_s",
            "fcr_pct",
            "out_of_scope_pct",
            "longest_wait_s",
            "occupancy_pct",
        ):
            assert kpis[key] is None, key
        assert kpis["waiting"] == 0
        assert kpis["agents"] == dict.fromkeys(AGENT_STATES, 0)
    assert figures["departments"]["health"]["oldest_case_age_s"] is None
    for rule in SL_RULES:
        assert Feed(site_snapshot()).figures(sl_rule=rule)["site"]["service_level_pct"] is None


# -- contacts and service level -------------------------------------------------------


def test_wait_exactly_at_the_threshold_is_within_service_level() -> None:
    t = MORNING
    feed = Feed(site_snapshot(ts=t))
    feed.queued("c1", "hv", t).queued("c2", "hv", t)
    feed.answered("c1", 20_000, t + 20 * SECOND)  # exactly 20 s: in SL
    feed.answered("c2", 20_001, t + 21 * SECOND)  # 1 ms over: not in SL
    hv = feed.figures()["queues"]["hv"]
    assert (hv["offered"], hv["answered"]) == (2, 2)
    assert hv["service_level_pct"] == 50.0  # 1 / (2 + 0 - 0)
    assert hv["asa_s"] == 20.0  # 40_001 ms / 2 = 20.0005 s


def test_short_abandons_and_the_three_service_level_rules() -> None:
    t = MORNING
    feed = Feed(site_snapshot(ts=t))
    for contact_id in ("c1", "c2", "c3", "c4"):
        feed.queued(contact_id, "hv", t)
    feed.answered("c1", 3_000, t + 3 * SECOND)  # in SL (<= 20 s)
    feed.abandoned("c2", 4_999, t + 5 * SECOND)  # short: < 5 s
    feed.abandoned("c3", 5_000, t + 5 * SECOND)  # exactly 5 s: not short
    feed.abandoned("c4", 40_000, t + 40 * SECOND)
    by_rule = {rule: feed.figures(sl_rule=rule)["queues"]["hv"] for rule in SL_RULES}
    hv = by_rule["default"]
    assert (hv["offered"], hv["answered"], hv["abandoned"], hv["short_abandoned"]) == (4, 1, 3, 1)
    assert hv["service_level_pct"] == 33.3  # 1 / (1 + 3 - 1)
    assert by_rule["answered"]["service_level_pct"] == 100.0  # 1 / 1
    assert by_rule["offered"]["service_level_pct"] == 25.0  # 1 / (1 + 3)
    assert hv["abandon_rate_pct"] == 66.7  # (3 - 1) / (4 - 1)
    assert hv["waiting"] == 0


def test_service_level_rules_with_snapshot_counters() -> None:
    snapshot = site_snapshot(
        counters={"hv": counters(offered=9, answered=6, answered_in_sl=4, abandoned=3,
                                 short_abandoned=2)}
    )
    figures = {rule: Feed(snapshot).figures(sl_rule=rule)["site"] for rule in SL_RULES}
    assert figures["default"]["service_level_pct"] == 57.1  # 4 / (6 + 3 - 2) = 4/7
    assert figures["answered"]["service_level_pct"] == 66.7  # 4 / 6
    assert figures["offered"]["service_level_pct"] == 44.4  # 4 / 9
    assert figures["default"]["abandon_rate_pct"] == 14.3  # (3 - 2) / (9 - 2) = 1/7


def test_threshold_is_the_queue_s_own() -> None:
    t = MORNING
    feed = Feed(site_snapshot(ts=t))
    feed.queued("c1", "hv", t).queued("c2", "uv", t)
    feed.answered("c1", 25_000, t + 25 * SECOND)  # hv threshold 20 s: out
    feed.answered("c2", 25_000, t + 25 * SECOND)  # uv threshold 30 s: in
    figures = feed.figures()
    assert figures["queues"]["hv"]["service_level_pct"] == 0.0
    assert figures["queues"]["uv"]["service_level_pct"] == 100.0
    assert figures["channels"]["voice"]["service_level_pct"] == 50.0


def test_completion_outcomes_and_an_unknown_outcome() -> None:
    t = MORNING
    feed = Feed(site_snapshot(ts=t))
    outcomes = ["resolved", "out_of_scope", "forwarded", "escalated"]
    for i in range(len(outcomes)):
        feed.queued(f"c{i}", "he", t).answered(f"c{i}", 0, t)
    for i, outcome in enumerate(outcomes):
        feed.completed(f"c{i}", (i + 1) * 100_000, outcome, t + 600 * SECOND)
    he = feed.figures()["queues"]["he"]
    # The unknown outcome counts toward completed (and its handle time) only.
    assert he["aht_s"] == 250.0  # (100 + 200 + 300 + 400) s / 4
    assert he["fcr_pct"] == 25.0  # 1 resolved / 4 completed
    assert he["out_of_scope_pct"] == 25.0
    assert he["waiting"] == 0


def test_waiting_and_longest_wait_use_the_wall_clock() -> None:
    t = MORNING
    feed = Feed(site_snapshot(ts=t))
    feed.queued("c1", "hv", t, queued_at=t - 30 * SECOND)
    feed.queued("c2", "he", t + 10 * SECOND)
    feed.queued("c3", "hv", t + 20 * SECOND).answered("c3", 0, t + 20 * SECOND)  # connected
    figures = feed.figures(now_ms=t + 60 * SECOND + 250)
    assert figures["queues"]["hv"]["waiting"] == 1
    # 90.25 s and 50.25 s are exact ties: Python's round() takes them to the even digit.
    assert figures["queues"]["hv"]["longest_wait_s"] == 90.2
    assert figures["queues"]["he"]["longest_wait_s"] == 50.2
    assert figures["site"]["waiting"] == 2
    assert figures["site"]["longest_wait_s"] == 90.2
    assert figures["queues"]["uv"]["longest_wait_s"] is None
    assert figures["departments"]["health"]["backlog"] == 2


# -- the business day -------------------------------------------------------------------


def test_contact_queued_before_midnight_answered_after() -> None:
    before = MIDNIGHT - 5 * 60 * SECOND  # 23:55 local
    snapshot = site_snapshot(
        ts=before, counters={"hv": counters(offered=5, answered=5, answered_in_sl=5)}
    )
    feed = Feed(snapshot).queued("c1", "hv", before + SECOND)
    site = feed.figures()["site"]
    assert (site["offered"], site["answered"]) == (6, 5)
    feed.answered("c1", 10 * 60 * SECOND, MIDNIGHT + 5 * 60 * SECOND)  # 00:05
    site = feed.figures()["site"]
    assert (site["offered"], site["answered"]) == (0, 1)  # offered yesterday, answered today
    assert site["service_level_pct"] == 0.0  # 0 / (1 + 0 - 0)
    assert site["abandon_rate_pct"] is None  # 0 / (0 - 0)
    assert site["asa_s"] == 600.0


def test_a_heartbeat_after_midnight_restarts_the_counters_but_not_the_state() -> None:
    before = MIDNIGHT - SECOND
    snapshot = site_snapshot(
        ts=before,
        counters={"hv": counters(offered=3, answered=2, answered_in_sl=2)},
        contacts=[{"id": "c1", "queue": "hv", "state": "waiting", "queued_at": before,
                   "agent": None}],
        cases=[{"id": "k1", "department": "urban", "channel": "app", "category": "road",
                "status": "open", "opened_at": before, "due_at": MORNING}],
    )
    feed = Feed(snapshot).add("heartbeat", MIDNIGHT - 1)
    assert feed.figures()["site"]["offered"] == 3  # 23:59:59.999 is still yesterday
    feed.add("heartbeat", MIDNIGHT)
    figures = feed.figures()
    assert figures["site"]["offered"] == 0
    assert figures["site"]["service_level_pct"] is None
    assert figures["site"]["waiting"] == 1
    assert figures["departments"]["urban"]["open_cases"] == 1
    assert figures["site"]["agents"]["available"] == 1


def test_an_unknown_message_type_is_skipped_but_its_ts_still_opens_a_new_day() -> None:
    before = MIDNIGHT - SECOND
    snapshot = site_snapshot(ts=before, counters={"hv": counters(offered=3)})
    feed = Feed(snapshot).add("future.thing", before, payload={"x": 1})
    assert feed.figures()["site"]["offered"] == 3
    feed.add("future.thing", MIDNIGHT + SECOND)
    assert feed.figures()["site"]["offered"] == 0


def test_short_abandon_after_midnight_gives_negative_denominators_as_none() -> None:
    before = MIDNIGHT - 2 * SECOND
    feed = Feed(site_snapshot(ts=before)).queued("c1", "hv", before)
    feed.abandoned("c1", 3 * SECOND, MIDNIGHT + SECOND)  # short, and on the new day
    site = feed.figures()["site"]
    assert (site["offered"], site["abandoned"], site["short_abandoned"]) == (0, 1, 1)
    assert site["abandon_rate_pct"] is None  # (1 - 1) / (0 - 1): denominator below 0
    assert site["service_level_pct"] is None  # 0 / (0 + 1 - 1)
    assert site["waiting"] == 0


def test_an_event_dated_before_the_business_day_does_not_count_today() -> None:
    after = MIDNIGHT + SECOND
    feed = Feed(site_snapshot(ts=after)).queued("c1", "hv", MIDNIGHT - SECOND)
    site = feed.figures(now_ms=after)["site"]
    assert site["offered"] == 0
    assert site["waiting"] == 1  # but the state still changes


def test_the_business_day_is_the_local_date_not_the_utc_one() -> None:
    new_york = "America/New_York"
    evening = local_midnight_ms(dt.date(2025, 11, 24), new_york) + 19 * 3_600_000  # 19:00 EST
    assert local_date(evening, "UTC") == dt.date(2025, 11, 25)  # already tomorrow in UTC
    snapshot = site_snapshot(ts=evening, counters={"uv": counters(offered=7)})
    snapshot["site"]["timezone"] = new_york
    feed = Feed(snapshot).queued("c1", "uv", evening + 4 * 3_600_000)  # 23:00 EST
    assert feed.figures()["site"]["offered"] == 8
    feed.add("heartbeat", evening + 5 * 3_600_000 - 1)  # 23:59:59.999 EST
    assert feed.figures()["site"]["offered"] == 8
    feed.queued("c2", "uv", evening + 5 * 3_600_000)  # 00:00 EST
    assert feed.figures()["site"]["offered"] == 1


# -- groups ---------------------------------------------------------------------------


def test_departments_channels_languages_and_site_sum_their_queues() -> None:
    snapshot = site_snapshot(
        counters={
            "hv": counters(offered=10, answered=8, answered_in_sl=6, abandoned=2,
                           wait_ms_answered=80_000, completed=8, handle_ms=800_000, resolved=4),
            "he": counters(offered=5, answered=4, answered_in_sl=4, abandoned=1,
                           short_abandoned=1, wait_ms_answered=8_000, completed=2,
                           handle_ms=100_000, resolved=2, out_of_scope=0),
            "uv": counters(offered=20, answered=10, answered_in_sl=5, abandoned=10,
                           short_abandoned=5, wait_ms_answered=300_000, completed=10,
                           handle_ms=1_500_000, resolved=5, out_of_scope=5),
            "nowhere": counters(offered=1000),  # not a configured queue: ignored
        }
    )
    figures = Feed(snapshot).figures()
    health = figures["departments"]["health"]  # hv + he
    assert (health["offered"], health["answered"], health["abandoned"]) == (15, 12, 3)
    assert health["short_abandoned"] == 1
    assert health["service_level_pct"] == 71.4  # 10 / (12 + 3 - 1)
    assert health["abandon_rate_pct"] == 14.3  # (3 - 1) / (15 - 1)
    assert health["asa_s"] == 7.3  # 88_000 ms / 12
    assert health["aht_s"] == 90.0  # 900_000 ms / 10
    assert health["fcr_pct"] == 60.0  # 6 / 10
    assert health["out_of_scope_pct"] == 0.0
    urban = figures["departments"]["urban"]  # uv, and uc with no counters at all
    assert urban["offered"] == 20
    assert urban["service_level_pct"] == 33.3  # 5 / (10 + 10 - 5)
    assert figures["queues"]["uc"]["offered"] == 0
    voice = figures["channels"]["voice"]  # hv + uv
    assert voice["offered"] == 30
    assert voice["service_level_pct"] == 44.0  # 11 / (18 + 12 - 5)
    assert figures["languages"]["ar"]["offered"] == 10  # hv only
    assert figures["languages"]["en"]["offered"] == 5  # he only
    site = figures["site"]
    assert site["offered"] == 35
    assert site["service_level_pct"] == 51.7  # 15 / (22 + 13 - 6)
    assert site["abandon_rate_pct"] == 24.1  # (13 - 6) / (35 - 6)
    assert site["out_of_scope_pct"] == 25.0  # 5 / 20


def test_agent_groups_and_occupancy() -> None:
    figures = Feed(site_snapshot()).figures()

    def states(kpis: dict[str, Any]) -> dict[str, int]:
        return {state: n for state, n in kpis["agents"].items() if n}

    # a1 health ar+en available; a2 health en on_contact; a3 urban ar not_ready;
    # a4 health+urban no language wrap_up; a5 urban en logged_out.
    site = figures["site"]
    assert site["agents"] == {"available": 1, "ringing": 0, "on_contact": 1, "wrap_up": 1,
                              "not_ready": 1, "logged_out": 1}
    assert site["occupancy_pct"] == 66.7  # (1 + 1) / (1 + 1 + 1)
    health = figures["departments"]["health"]  # a1, a2, a4
    assert states(health) == {"available": 1, "on_contact": 1, "wrap_up": 1}
    assert health["occupancy_pct"] == 66.7
    urban = figures["departments"]["urban"]  # a3, a4, a5
    assert states(urban) == {"not_ready": 1, "wrap_up": 1, "logged_out": 1}
    assert urban["occupancy_pct"] == 100.0  # 1 / 1: not_ready and logged_out are off the floor
    queues = figures["queues"]
    assert states(queues["hv"]) == {"available": 1}  # health agents speaking ar: a1
    assert queues["hv"]["occupancy_pct"] == 0.0
    assert states(queues["he"]) == {"available": 1, "on_contact": 1}  # a1, a2
    assert queues["he"]["occupancy_pct"] == 50.0
    assert states(queues["uv"]) == {"not_ready": 1, "wrap_up": 1, "logged_out": 1}
    channels = figures["channels"]
    assert states(channels["voice"]) == {  # hv's a1 + uv's a3, a4, a5
        "available": 1, "not_ready": 1, "wrap_up": 1, "logged_out": 1
    }
    assert channels["voice"]["occupancy_pct"] == 50.0
    assert states(channels["chat"]) == states(queues["uv"])
    languages = figures["languages"]
    assert states(languages["ar"]) == {"available": 1, "not_ready": 1}  # a1, a3
    assert languages["ar"]["occupancy_pct"] == 0.0
    assert states(languages["en"]) == {"available": 1, "on_contact": 1, "logged_out": 1}


def test_agent_deltas_move_agents_between_states_and_groups() -> None:
    t = MORNING
    feed = Feed(site_snapshot(ts=t))
    feed.add("agent.state", t + 1, agent="a1", state="ringing", reason=None, contact=None)
    feed.add("agent.state", t + 2, agent="a3", state="available", reason=None, contact=None)
    feed.add("agent.added", t + 3, agent=agent("a6", ["urban"], ["fr"], "on_contact"))
    feed.add("agent.added", t + 4, agent=agent("a5", ["health"], ["ar"], "not_ready"))
    figures = feed.figures()
    site = figures["site"]
    assert site["agents"] == {"available": 1, "ringing": 1, "on_contact": 2, "wrap_up": 1,
                              "not_ready": 1, "logged_out": 0}
    assert site["occupancy_pct"] == 80.0  # (1 + 2 + 1) / (1 + 1 + 2 + 1)
    assert figures["queues"]["hv"]["agents"]["not_ready"] == 1  # the replaced a5
    assert figures["departments"]["urban"]["agents"]["logged_out"] == 0
    assert "fr" not in figures["languages"]  # languages come from the queues only


# -- backlog --------------------------------------------------------------------------


def test_backlog_with_overdue_cases_and_callbacks_and_the_oldest_age() -> None:
    now = MORNING + 3_600 * SECOND

    def case(case_id: str, department: str, opened_at: int, due_at: int) -> dict[str, Any]:
        return {"id": case_id, "department": department, "channel": "web", "category": "permit",
                "status": "open", "opened_at": opened_at, "due_at": due_at}

    def callback(callback_id: str, queue: str, due_at: int) -> dict[str, Any]:
        return {"id": callback_id, "queue": queue, "requested_at": MORNING, "due_at": due_at}

    snapshot = site_snapshot(
        cases=[
            case("k1", "health", now - 7_200_500, now - 1),  # overdue
            case("k2", "health", now - 60 * SECOND, now),  # due now: not overdue (<)
            case("k3", "urban", now - 10 * SECOND, now + SECOND),
        ],
        callbacks=[
            callback("cb1", "hv", now - 1),  # overdue
            callback("cb2", "he", now + 1),
            callback("cb3", "uc", now - 1),  # overdue, urban
        ],
        contacts=[
            {"id": "c1", "queue": "hv", "state": "waiting", "queued_at": MORNING, "agent": None},
            {"id": "c2", "queue": "he", "state": "connected", "queued_at": MORNING,
             "agent": "a2"},
        ],
    )
    feed = Feed(snapshot)
    health = feed.figures(now_ms=now)["departments"]["health"]
    assert health["open_cases"] == 2
    assert health["overdue_cases"] == 1
    assert health["oldest_case_age_s"] == 7200.5
    assert health["callbacks_pending"] == 2
    assert health["callbacks_overdue"] == 1
    assert health["backlog"] == 5  # 1 waiting (c2 is connected) + 2 cases + 2 callbacks
    urban = feed.figures(now_ms=now)["departments"]["urban"]
    assert (urban["open_cases"], urban["overdue_cases"], urban["oldest_case_age_s"]) == (1, 0, 10.0)
    assert (urban["callbacks_pending"], urban["callbacks_overdue"], urban["backlog"]) == (1, 1, 2)

    feed.add("case.closed", MORNING + 1, id="k1")
    feed.add("case.updated", MORNING + 2, id="k3", department="health", status="in_progress")
    feed.add("case.updated", MORNING + 3, id="k2", due_at=now - 5)
    feed.add("callback.completed", MORNING + 4, id="cb1", outcome="reached")
    feed.add("callback.requested", MORNING + 5,
             callback={"id": "cb4", "queue": "uv", "requested_at": MORNING, "due_at": now})
    feed.add("notice", MORNING + 6,
             notice={"id": "n1", "text": "Storm", "severity": "warning", "until": now})
    feed.add("contact.completed", MORNING + 7, id="c2", handle_ms=1000, outcome="forwarded")
    figures = feed.figures(now_ms=now)
    health = figures["departments"]["health"]
    assert (health["open_cases"], health["overdue_cases"]) == (2, 1)  # k2 (now overdue), k3
    assert health["oldest_case_age_s"] == 60.0  # k2
    assert (health["callbacks_pending"], health["callbacks_overdue"]) == (1, 0)  # cb2
    assert health["backlog"] == 4  # c1 + k2 + k3 + cb2
    urban = figures["departments"]["urban"]
    assert (urban["open_cases"], urban["oldest_case_age_s"]) == (0, None)
    assert (urban["callbacks_pending"], urban["callbacks_overdue"], urban["backlog"]) == (2, 1, 2)
    assert figures["queues"]["he"]["waiting"] == 0


# -- snapshots --------------------------------------------------------------------------


def test_a_later_snapshot_replaces_all_state() -> None:
    t = MORNING
    feed = Feed(site_snapshot(ts=t, counters={"hv": counters(offered=4)}))
    feed.queued("c1", "hv", t + 1).queued("c2", "uv", t + 2).answered("c2", 0, t + 3)
    feed.add("case.opened", t + 4, case={"id": "k1", "department": "health", "channel": "app",
                                         "category": "x", "status": "open", "opened_at": t,
                                         "due_at": t})
    later = site_snapshot(
        ts=t + 10,
        seq=feed.messages[-1]["seq"] + 1,
        departments=[{"id": "health", "name": "Health"}],
        queues=[copy.deepcopy(site_snapshot()["queues"][0])],
        agents=[agent("a9", ["health"], ["ar"], "ringing")],
        counters={"hv": counters(offered=2, answered=1, answered_in_sl=1)},
    )
    feed.messages.append(later)
    feed.queued("c3", "hv", t + 11)
    figures = feed.figures(now_ms=t + 20)
    assert figures == reference_figures([later, feed.messages[-1]], t + 20)
    assert set(figures["queues"]) == {"hv"}
    assert set(figures["departments"]) == {"health"}
    assert figures["site"]["offered"] == 3
    assert figures["site"]["waiting"] == 1  # c1 and c2 are gone with the old state
    assert figures["departments"]["health"]["open_cases"] == 0
    assert figures["site"]["agents"]["ringing"] == 1
    assert sum(figures["site"]["agents"].values()) == 1


def test_snapshot_of_folds_a_hand_written_stream() -> None:
    before = MIDNIGHT - SECOND
    feed = Feed(site_snapshot(ts=before, seq=41, counters={"hv": counters(offered=3)}))
    feed.queued("c1", "hv", before)
    feed.add("agent.state", MIDNIGHT + 5, agent="a1", state="ringing", reason=None, contact="c1")
    feed.answered("c1", 1_000, MIDNIGHT + 6)
    snapshot = snapshot_of(feed.messages)
    assert (snapshot["type"], snapshot["seq"], snapshot["ts"]) == ("snapshot", 44, MIDNIGHT + 6)
    assert snapshot["counters"]["hv"] == counters(answered=1, answered_in_sl=1,
                                                  wait_ms_answered=1_000)
    assert snapshot["contacts"] == [
        {"id": "c1", "queue": "hv", "state": "connected", "queued_at": before, "agent": "a1"}
    ]
    a1 = next(a for a in snapshot["agents"] if a["id"] == "a1")
    assert (a1["state"], a1["contact"], a1["since"]) == ("ringing", "c1", MIDNIGHT + 5)


# -- generated streams ------------------------------------------------------------------


def assert_valid_stream(messages: list[dict[str, Any]]) -> None:
    """Check the promises of :func:`site_streams`: envelope order and no unknown ids."""
    assert messages[0]["type"] == "snapshot"
    for previous, message in pairwise(messages):
        assert message["seq"] == previous["seq"] + 1
        assert message["ts"] >= previous["ts"]
    known: dict[str, set[str]] = {}
    waiting: set[str] = set()
    for message in messages:
        kind = message["type"]
        if kind == "snapshot":
            known = {
                "queue": {q["id"] for q in message["queues"]},
                "department": {d["id"] for d in message["departments"]},
                "agent": {a["id"] for a in message["agents"]},
                "contact": {c["id"] for c in message["contacts"]},
                "case": {c["id"] for c in message["cases"]},
                "callback": {c["id"] for c in message["callbacks"]},
                "notice": {n["id"] for n in message["notices"]},
            }
            waiting = {c["id"] for c in message["contacts"] if c["state"] == "waiting"}
            assert {q["department"] for q in message["queues"]} <= known["department"]
            assert {c["department"] for c in message["cases"]} <= known["department"]
            assert {c["queue"] for c in message["contacts"]} <= known["queue"]
            assert {c["queue"] for c in message["callbacks"]} <= known["queue"]
            assert set(message["counters"]) <= known["queue"]
            for contact in message["contacts"]:
                assert contact["state"] in ("waiting", "connected")
                if contact["state"] == "connected":
                    assert contact["agent"] in known["agent"]
            for a in message["agents"]:
                assert a["contact"] is None or a["contact"] in known["contact"]
        elif kind == "contact.queued":
            assert message["contact"]["queue"] in known["queue"]
            assert message["contact"]["id"] not in known["contact"]
            known["contact"].add(message["contact"]["id"])
            waiting.add(message["contact"]["id"])
        elif kind == "contact.answered":
            assert message["id"] in waiting and message["agent"] in known["agent"]
            assert message["wait_ms"] >= 0
            waiting.remove(message["id"])
        elif kind == "contact.abandoned":
            assert message["id"] in waiting and message["wait_ms"] >= 0
            waiting.remove(message["id"])
            known["contact"].remove(message["id"])
        elif kind == "contact.completed":
            assert message["id"] in known["contact"] and message["id"] not in waiting
            known["contact"].remove(message["id"])
        elif kind == "agent.added":
            known["agent"].add(message["agent"]["id"])
        elif kind == "agent.state":
            assert message["agent"] in known["agent"]
            assert message["state"] in AGENT_STATES
            assert message["contact"] is None or message["contact"] in known["contact"]
        elif kind == "callback.requested":
            assert message["callback"]["id"] not in known["callback"]
            assert message["callback"]["queue"] in known["queue"]
            known["callback"].add(message["callback"]["id"])
        elif kind == "case.opened":
            assert message["case"]["id"] not in known["case"]
            assert message["case"]["department"] in known["department"]
            known["case"].add(message["case"]["id"])
        elif kind == "notice":
            assert message["notice"]["id"] not in known["notice"]
            known["notice"].add(message["notice"]["id"])
        elif kind in ("callback.completed", "case.closed", "notice.cleared"):
            section = kind.split(".")[0]
            assert message["id"] in known[section]
            known[section].remove(message["id"])
        elif kind == "case.updated":
            assert message["id"] in known["case"]
            assert {"status", "department", "due_at"} & set(message)
            if "department" in message:
                assert message["department"] in known["department"]
        else:
            assert kind in ("heartbeat", "future.thing"), kind


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    messages=site_streams(),
    later_ms=st.integers(-3_600_000, 48 * 3_600_000),
    rule=st.sampled_from(SL_RULES),
)
def test_replaying_a_generated_stream_equals_loading_its_final_snapshot(
    messages: list[dict[str, Any]], later_ms: int, rule: str
) -> None:
    # The generator keeps its promises...
    assert_valid_stream(messages)
    snapshot = snapshot_of(messages)
    assert_valid_stream([snapshot])
    timezone = messages[0]["site"]["timezone"]
    for previous, message in pairwise(messages):
        if message["type"] == "future.thing":  # never opens a new business day by itself
            assert local_date(message["ts"], timezone) == local_date(previous["ts"], timezone)
    # ...and the events applied one by one give what the final snapshot gives.
    now = messages[-1]["ts"] + later_ms
    assert reference_figures(messages, now, rule) == reference_figures([snapshot], now, rule)
