"""A simulated day looks like a real citizen contact centre."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest
from sim_replica import HOUR, MINUTE, Replica, local_ms

from wallboard.simulator.model import CentreModel
from wallboard.simulator.scenarios import SCENARIOS

TZ = SCENARIOS["national"].timezone


@dataclass
class Day:
    """What one simulated day produced."""

    messages: Counter[str] = field(default_factory=Counter)
    offered_by_hour: Counter[int] = field(default_factory=Counter)
    channels: Counter[str] = field(default_factory=Counter)
    languages: set[str] = field(default_factory=set)
    outcomes: Counter[str] = field(default_factory=Counter)
    handle_ms: list[int] = field(default_factory=list)
    abandon_waits: list[int] = field(default_factory=list)
    reasons: set[str] = field(default_factory=set)
    callback_outcomes: Counter[str] = field(default_factory=Counter)
    case_statuses: set[str] = field(default_factory=set)
    transfers: list[tuple[str, str]] = field(default_factory=list)
    answered_voice_without_ringing: int = 0
    snapshot: dict[str, Any] = field(default_factory=dict)


@pytest.fixture(scope="module")
def national_day() -> Day:
    """A Monday of the national line, midnight to midnight, every delta applied."""
    start = local_ms(TZ, 2026, 11, 23, 0, 0)
    model = CentreModel("national", 11, start)
    first = model.snapshot()
    replica = Replica(first)
    queues = {q.id: q for q in SCENARIOS["national"].queues}
    day = Day()
    ringing = {a["contact"] for a in first["agents"] if a["state"] == "ringing"}
    last_transfer: tuple[int, str] | None = None
    for hour in range(24):
        for m in model.advance(start + (hour + 1) * HOUR - 1):
            kind = m["type"]
            day.messages[kind] += 1
            if kind == "contact.queued":
                queue = queues[m["contact"]["queue"]]
                day.offered_by_hour[hour] += 1
                day.channels[queue.channel] += 1
                if queue.language:
                    day.languages.add(queue.language)
                if last_transfer is not None and last_transfer[0] == m["ts"]:
                    day.transfers.append((last_transfer[1], queue.department))
                last_transfer = None
            elif kind == "contact.completed":
                day.outcomes[m["outcome"]] += 1
                day.handle_ms.append(m["handle_ms"])
                contact_queue = queues[replica.contacts[m["id"]]["queue"]]
                if m["outcome"] == "transferred":
                    last_transfer = (m["ts"], contact_queue.department)
            elif kind == "contact.abandoned":
                day.abandon_waits.append(m["wait_ms"])
            elif kind == "agent.state":
                if m["state"] == "not_ready":
                    day.reasons.add(m["reason"])
                if m["state"] == "ringing":
                    ringing.add(m["contact"])
            elif kind == "contact.answered":
                contact = replica.contacts[m["id"]]
                if queues[contact["queue"]].channel == "voice" and m["id"] not in ringing:
                    day.answered_voice_without_ringing += 1
                ringing.discard(m["id"])
            elif kind == "callback.completed":
                day.callback_outcomes[m["outcome"]] += 1
            elif kind == "case.updated" and "status" in m:
                day.case_statuses.add(m["status"])
            replica.apply(m)
    day.snapshot = model.snapshot()
    return day


def test_daily_volume_is_about_forty_thousand(national_day: Day) -> None:
    offered = national_day.messages["contact.queued"]
    assert 34_000 <= offered <= 46_000
    assert sum(c["offered"] for c in national_day.snapshot["counters"].values()) == offered


def test_mornings_are_busy_and_nights_quiet(national_day: Day) -> None:
    by_hour = national_day.offered_by_hour
    assert by_hour[10] > 5 * by_hour[3]
    assert max(by_hour, key=lambda h: by_hour[h]) in range(8, 13)


def test_mostly_voice_in_eight_languages(national_day: Day) -> None:
    channels = national_day.channels
    assert 0.62 < channels["voice"] / channels.total() < 0.80
    assert {"chat", "sms", "email", "web", "app", "social"} <= set(channels)
    assert national_day.languages == {"ar", "en", "ur", "hi", "ml", "tl", "fr", "bn"}


def test_first_contact_resolution_and_out_of_scope(national_day: Day) -> None:
    outcomes = national_day.outcomes
    completed = outcomes.total()
    assert 0.85 <= outcomes["resolved"] / completed <= 0.95
    assert 0.03 <= outcomes["out_of_scope"] / completed <= 0.06
    assert outcomes["forwarded"] > 0 and outcomes["transferred"] > 0


def test_handle_times_are_a_few_minutes_with_a_long_tail(national_day: Day) -> None:
    handle = national_day.handle_ms
    assert 180_000 <= statistics.median(handle) <= 300_000
    assert sum(1 for h in handle if h > 20 * MINUTE) >= 20


def test_callers_abandon_some_within_seconds(national_day: Day) -> None:
    waits = national_day.abandon_waits
    assert len(waits) > 100
    assert sum(1 for w in waits if w < 5_000) > 20
    assert sum(1 for w in waits if w >= 5_000) > 20


def test_voice_calls_ring_before_they_are_answered(national_day: Day) -> None:
    assert national_day.answered_voice_without_ringing == 0


def test_agents_take_breaks_lunch_and_training(national_day: Day) -> None:
    assert {"break", "lunch"} <= national_day.reasons
    assert national_day.reasons & {"training", "meeting", "coaching"}


def test_transfers_go_to_another_department(national_day: Day) -> None:
    assert national_day.transfers
    assert all(source != target for source, target in national_day.transfers)


def test_cases_and_callbacks_move_on(national_day: Day) -> None:
    messages = national_day.messages
    assert messages["case.opened"] > 500 and messages["case.closed"] > 500
    assert {"in_progress", "awaiting_citizen"} <= national_day.case_statuses
    assert messages["callback.requested"] > 50
    assert set(national_day.callback_outcomes) == {"reached", "no_answer", "cancelled"}
    now = national_day.snapshot["ts"]
    assert any(c["due_at"] < now for c in national_day.snapshot["cases"])


def test_counters_add_up(national_day: Day) -> None:
    for counters in national_day.snapshot["counters"].values():
        assert counters["answered_in_sl"] <= counters["answered"]
        assert counters["short_abandoned"] <= counters["abandoned"]
        outcomes = sum(counters[k] for k in ("resolved", "transferred", "forwarded",
                                             "out_of_scope"))
        assert outcomes == counters["completed"]


def demand(model: CentreModel, until: int) -> tuple[int, list[dict[str, Any]]]:
    """Contacts plus callback requests up to ``until``, and every delta."""
    deltas = model.advance(until)
    count = sum(1 for m in deltas if m["type"] in ("contact.queued", "callback.requested"))
    return count, deltas


def test_a_surge_triples_the_volume_and_is_announced() -> None:
    start = local_ms(TZ, 2026, 11, 23, 1, 0)
    normal, _ = demand(CentreModel("national", 5, start), start + 2 * HOUR)
    surge_model = CentreModel("surge", 5, start)
    surged, deltas = demand(surge_model, start + 2 * HOUR)
    assert 2.5 <= surged / normal <= 3.5
    notices = [m for m in deltas if m["type"] == "notice"]
    assert len(notices) == 1
    assert notices[0]["ts"] - start <= 5_000
    assert notices[0]["notice"]["severity"] == "warning"
    assert [n["id"] for n in surge_model.snapshot()["notices"]] == [notices[0]["notice"]["id"]]
    assert sum(1 for m in deltas if m["type"] == "agent.added") == 40
    _, later = demand(surge_model, start + 5 * HOUR)
    cleared = [m for m in later if m["type"] == "notice.cleared"]
    assert [m["id"] for m in cleared] == [notices[0]["notice"]["id"]]
    assert surge_model.snapshot()["notices"] == []
    # After the storm the volume falls back.
    after, _ = demand(surge_model, start + 7 * HOUR)
    again, _ = demand(CentreModel("national", 5, start + 5 * HOUR), start + 7 * HOUR)
    assert after < 1.5 * again
