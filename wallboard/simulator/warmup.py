"""The state of a centre that has been open for a while.

A client that connects should see realistic figures at once: counters for the
day so far, open cases forwarded over the past weeks (some overdue) and a
backlog of callbacks. Simulating weeks contact by contact would take too
long, so these are drawn from the same distributions the model uses; the
model then runs the last half hour for real to settle agents and queues.
"""

from __future__ import annotations

import bisect
import random
from datetime import timedelta
from itertools import accumulate
from typing import Any

from wallboard.simulator import counters
from wallboard.simulator.backlog import CallbackPlan, CaseStep, case_due, plan_callback, plan_case
from wallboard.simulator.behaviour import Outcome, outcome_shares
from wallboard.simulator.demand import ArrivalStream
from wallboard.simulator.scenarios import Channel, Scenario
from wallboard.simulator.sitetime import MS_PER_HOUR, SiteCalendar

#: How far back forwarded cases may still be open.
_CASE_HISTORY_DAYS = 21
#: How far back callback requests may still be pending.
_CALLBACK_HISTORY_MS = 8 * MS_PER_HOUR
#: Share of voice callers who leave a callback request on an ordinary day.
_CALLBACK_SHARE = 0.015


def counters_so_far(
    scenario: Scenario, streams: list[ArrivalStream], calendar: SiteCalendar, t_ms: int,
    rng: random.Random,
) -> list[list[int]]:
    """Counters of every queue from local midnight up to ``t_ms``."""
    start = calendar.day_of(t_ms).start_ms
    expected = [0.0] * len(scenario.queues)
    for stream in streams:
        total = stream.expected(start, t_ms)
        for q, share in stream.queue_shares.items():
            expected[q] += total * share
    return [counters.day_so_far(queue, expected[i], rng) for i, queue in enumerate(scenario.queues)]


def open_cases(
    scenario: Scenario, streams: list[ArrivalStream], calendar: SiteCalendar, t_ms: int,
    rng: random.Random,
) -> list[tuple[dict[str, Any], list[CaseStep]]]:
    """Cases forwarded before ``t_ms`` and not closed by then, oldest first.

    Each comes as its wire object at ``t_ms`` (without an id) and the steps
    still ahead of it.
    """
    queues = scenario.queues
    per_queue: dict[int, float] = {}
    for stream in streams:
        for q, share in stream.queue_shares.items():
            forward = outcome_shares(queues[q].channel, queues[q].department)
            per_queue[q] = per_queue.get(q, 0.0) + stream.expected(
                t_ms - 7 * 86_400_000, t_ms) / 7 * share * forward[Outcome.FORWARDED]
    order = sorted(per_queue)
    cumulative = list(accumulate(per_queue[q] for q in order))
    per_day = cumulative[-1]
    departments = tuple(d.id for d in scenario.departments)
    today = calendar.date_of(t_ms)
    max_weight = max(scenario.live_profile) or 1.0
    found = []
    for back in range(_CASE_HISTORY_DAYS, -1, -1):
        day = calendar.day(today - timedelta(days=back))
        end = min(day.end_ms, t_ms)
        if end <= day.start_ms:
            continue
        share_of_day = (end - day.start_ms) / (day.end_ms - day.start_ms)
        n = round(per_day * share_of_day * rng.uniform(0.9, 1.1))
        for _ in range(n):
            opened = _busy_instant(scenario, calendar, day.start_ms, end, max_weight, rng)
            q = order[bisect.bisect_right(cumulative, rng.random() * per_day) % len(order)]
            queue = queues[q]
            dept = scenario.department(queue.department)
            case: dict[str, Any] = {
                "department": dept.id, "channel": str(queue.channel),
                "category": rng.choice(dept.categories), "status": "open",
                "opened_at": opened, "due_at": case_due(opened, rng),
            }
            steps = plan_case(opened, case["due_at"], dept.id, departments, rng)
            while steps and steps[0].ts <= t_ms:
                step = steps.pop(0)
                if step.close:
                    break
                apply_case_step(case, step)
            else:
                found.append((case, steps))
    found.sort(key=lambda item: item[0]["opened_at"])
    return found


def pending_callbacks(
    scenario: Scenario, live: ArrivalStream, t_ms: int, rng: random.Random
) -> list[tuple[int, int, CallbackPlan]]:
    """Callback requests made before ``t_ms`` and still pending: (queue, requested_at, plan)."""
    voice = {q: s for q, s in live.queue_shares.items()
             if scenario.queues[q].channel is Channel.VOICE}
    if not voice:
        return []
    order = sorted(voice)
    cumulative = list(accumulate(voice[q] for q in order))
    start = t_ms - _CALLBACK_HISTORY_MS
    n = round(live.expected(start, t_ms) * cumulative[-1] * _CALLBACK_SHARE)
    found = []
    for _ in range(n):
        requested = rng.randrange(start, t_ms)
        plan = plan_callback(requested, rng)
        if plan.done_at > t_ms:
            q = order[bisect.bisect_right(cumulative, rng.random() * cumulative[-1]) % len(order)]
            found.append((q, requested, plan))
    found.sort(key=lambda item: item[1])
    return found


def apply_case_step(case: dict[str, Any], step: CaseStep) -> dict[str, Any]:
    """Apply a non-closing step to a case's wire object; returns the changed fields."""
    changes: dict[str, Any] = {}
    if step.status is not None:
        changes["status"] = step.status
    if step.department is not None:
        changes["department"] = step.department
    if step.due_at is not None:
        changes["due_at"] = step.due_at
    case.update(changes)
    return changes


def _busy_instant(
    scenario: Scenario, calendar: SiteCalendar, start: int, end: int, max_weight: float,
    rng: random.Random,
) -> int:
    """A random instant in ``[start, end)``, more likely in busy hours."""
    for _ in range(20):
        t = rng.randrange(start, end)
        if rng.random() * max_weight <= scenario.live_profile[calendar.local(t).hour]:
            return t
    return rng.randrange(start, end)


#: The protocol's interval length (section "Optional: the day so far in intervals").
INTERVAL_MS = 15 * 60_000


def rows_so_far(
    scenario: Scenario, streams: list[ArrivalStream], calendar: SiteCalendar, t_ms: int,
    totals: list[list[int]],
) -> list[dict[int, list[int]]]:
    """The counters ``totals`` of the day so far spread over its 15-minute intervals.

    Each queue's counters are shared out in proportion to its expected arrivals
    in each interval up to ``t_ms``; the rows of a queue add up to its totals
    exactly, as the protocol requires.
    """
    start = calendar.day_of(t_ms).start_ms
    bounds = list(range(start, t_ms, INTERVAL_MS))
    weights = [[0.0] * len(bounds) for _ in scenario.queues]
    for stream in streams:
        expected = [stream.expected(b, min(b + INTERVAL_MS, t_ms)) for b in bounds]
        for q, share in stream.queue_shares.items():
            row = weights[q]
            for i, e in enumerate(expected):
                row[i] += e * share
    out: list[dict[int, list[int]]] = []
    for q, total in enumerate(totals):
        rows: dict[int, list[int]] = {}
        whole = sum(weights[q])
        if whole > 0 and any(total):
            # Cumulative rounding: interval i gets floor(total * W_i) - floor(total * W_(i-1)),
            # W the cumulative share, so the rows add up to the total.
            cumulative = 0.0
            before = [0] * len(total)
            for i, w in enumerate(weights[q]):
                cumulative += w
                share = min(1.0, cumulative / whole) if i < len(bounds) - 1 else 1.0
                upto = [int(v * share) for v in total]
                counts = [a - b for a, b in zip(upto, before, strict=True)]
                before = upto
                if any(counts):
                    rows[i] = counts
        out.append(rows)
    return out
