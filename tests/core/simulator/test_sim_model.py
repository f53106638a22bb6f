"""The model on its own: determinism, consistency of the stream, warm start, memory."""

from __future__ import annotations

import random
from collections import Counter

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sim_replica import HOUR, MINUTE, Inconsistent, Replica, local_ms, snapshot_view

from wallboard.simulator.model import CentreModel
from wallboard.simulator.scenarios import SCENARIOS


def encoded(messages: list[dict]) -> bytes:
    return msgspec.json.encode(messages)


def follow(model: CentreModel, until_ms: int, rng: random.Random, max_step_ms: int,
           checks: int = 0) -> Replica:
    """Apply every delta up to ``until_ms`` in random steps; compare with snapshots on the way.

    About ``checks`` fresh snapshots are compared with the replica on the
    way, at random steps, and one at the end.
    """
    replica = Replica(model.snapshot())
    expected_steps = 2 * (until_ms - model.now_ms) / max_step_ms
    check_probability = min(1.0, checks / expected_steps)
    while model.now_ms < until_ms:
        target = min(until_ms, model.now_ms + rng.randint(1, max_step_ms))
        for message in model.advance(target):
            replica.apply(message)
        if rng.random() < check_probability:
            snapshot = model.snapshot()
            replica.apply({"type": "heartbeat", "ts": snapshot["ts"]})
            assert replica.view() == snapshot_view(snapshot)
    snapshot = model.snapshot()
    replica.apply({"type": "heartbeat", "ts": snapshot["ts"]})
    assert replica.view() == snapshot_view(snapshot)
    return replica


def test_the_same_seed_gives_the_same_stream() -> None:
    start = local_ms("Asia/Qatar", 2026, 11, 23, 9, 0)
    a = CentreModel("national", 7, start)
    b = CentreModel("national", 7, start)
    assert encoded([a.snapshot()]) == encoded([b.snapshot()])
    for minute in range(1, 6):
        assert encoded(a.advance(start + minute * MINUTE)) == encoded(
            b.advance(start + minute * MINUTE))
    assert encoded([a.snapshot()]) == encoded([b.snapshot()])


def test_another_seed_gives_another_stream() -> None:
    start = local_ms("Asia/Qatar", 2026, 11, 23, 9, 0)
    a = CentreModel("national", 1, start)
    b = CentreModel("national", 2, start)
    assert encoded(a.advance(start + 2 * MINUTE)) != encoded(b.advance(start + 2 * MINUTE))


@pytest.mark.parametrize(
    ("scenario", "start", "hours"),
    [
        # Across local midnight at a busy national site.
        ("national", (2026, 11, 23, 23, 20), 1.5),
        # Municipal, across the midnight before the clocks go back (a 25-hour day).
        ("municipal", (2026, 10, 24, 23, 0), 2),
        # Municipal while the phones open in the morning.
        ("municipal", (2026, 11, 23, 7, 45), 1),
        # The surge from its start: call-in agents, the notice, three times the volume.
        ("surge", (2026, 11, 23, 10, 0), 0.6),
        ("night", (2026, 11, 23, 22, 0), 4),
    ],
)
def test_deltas_rebuild_every_snapshot(scenario: str, start: tuple[int, ...], hours: float) -> None:
    timezone = SCENARIOS[scenario].timezone
    start_ms = local_ms(timezone, *start)
    model = CentreModel(scenario, 3, start_ms)
    follow(model, start_ms + int(hours * HOUR), random.Random(5), max_step_ms=3 * MINUTE,
           checks=15)


def test_counters_restart_at_local_midnight_and_events_count_on_their_own_day() -> None:
    start = local_ms("Asia/Qatar", 2026, 11, 23, 23, 50)
    midnight = local_ms("Asia/Qatar", 2026, 11, 24, 0, 0)
    model = CentreModel("national", 4, start)
    before = model.snapshot()["counters"]
    assert sum(c["offered"] for c in before.values()) > 30_000  # nearly a whole day
    replica = Replica(model.snapshot())
    after_midnight = []
    for message in model.advance(midnight + 10 * MINUTE):
        replica.apply(message)
        if message["ts"] >= midnight:
            after_midnight.append(message)
    counters = model.snapshot()["counters"]
    offered_today = sum(1 for m in after_midnight if m["type"] == "contact.queued")
    assert sum(c["offered"] for c in counters.values()) == offered_today
    answered_today = [m for m in after_midnight if m["type"] == "contact.answered"]
    assert sum(c["answered"] for c in counters.values()) == len(answered_today)
    # Some of those waited since yesterday: offered yesterday, answered today.
    queued_ids = {m["contact"]["id"] for m in after_midnight if m["type"] == "contact.queued"}
    assert any(m["id"] not in queued_ids for m in answered_today)
    assert replica.view()["counters"] == snapshot_view(model.snapshot())["counters"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), step_seed=st.integers(0, 10_000),
       max_step_s=st.sampled_from([1, 30, 600, 7200]), start_hour=st.integers(0, 23))
def test_any_seed_and_any_steps_stay_consistent(
    seed: int, step_seed: int, max_step_s: int, start_hour: int
) -> None:
    start = local_ms("Asia/Qatar", 2026, 11, 23, start_hour, 17)
    model = CentreModel("night", seed, start)
    follow(model, start + 6 * HOUR, random.Random(step_seed), max_step_ms=max_step_s * 1000,
           checks=10)


def test_a_delta_naming_an_unknown_id_is_caught_by_the_replica() -> None:
    # The check above cannot pass by accident: the replica does reject bad deltas.
    start = local_ms("Asia/Qatar", 2026, 11, 23, 10, 0)
    replica = Replica(CentreModel("night", 1, start).snapshot())
    with pytest.raises(Inconsistent):
        replica.apply({"type": "contact.completed", "ts": start + 1, "id": "nope",
                       "handle_ms": 1, "outcome": "resolved"})


def test_advance_returns_events_in_time_order_and_never_goes_back() -> None:
    start = local_ms("Asia/Qatar", 2026, 11, 23, 10, 0)
    model = CentreModel("national", 1, start)
    deltas = model.advance(start + 5 * MINUTE)
    stamps = [m["ts"] for m in deltas]
    assert stamps == sorted(stamps)
    assert start < stamps[0] and stamps[-1] <= start + 5 * MINUTE
    assert model.advance(start + 5 * MINUTE) == []
    assert model.advance(start) == []
    assert model.snapshot()["ts"] == start + 5 * MINUTE


def test_a_warm_start_looks_like_a_centre_in_full_swing() -> None:
    start = local_ms("Asia/Qatar", 2026, 11, 23, 11, 0)
    snapshot = CentreModel("national", 1, start).snapshot()
    states = Counter(a["state"] for a in snapshot["agents"])
    assert {"on_contact", "wrap_up", "not_ready", "logged_out"} <= set(states)
    assert states["on_contact"] > 100
    assert {a["reason"] for a in snapshot["agents"] if a["state"] == "not_ready"} >= {"break"}
    offered = sum(c["offered"] for c in snapshot["counters"].values())
    # 11:00 on a weekday: roughly 30 % of the day's 40,000 contacts.
    assert 8_000 < offered < 16_000
    assert any(c["state"] == "connected" for c in snapshot["contacts"])
    assert len(snapshot["cases"]) > 1_000
    assert any(c["due_at"] < start for c in snapshot["cases"])  # some overdue
    assert {c["status"] for c in snapshot["cases"]} == {"open", "in_progress", "awaiting_citizen"}
    assert snapshot["callbacks"]
    for agent in snapshot["agents"]:
        assert agent["since"] <= start


def test_memory_stays_bounded_over_weeks() -> None:
    start = local_ms("Asia/Qatar", 2026, 11, 23, 0, 0)
    model = CentreModel("night", 1, start)
    sizes = []
    for day in range(1, 22):
        model.advance(start + day * 24 * HOUR)
        sizes.append(model.sizes())
    early, late = sizes[6], sizes[-1]
    for key in ("events", "cases", "contacts", "queued_refs", "callbacks", "agents"):
        assert late[key] <= max(2 * early[key], 50), (key, early, late)
