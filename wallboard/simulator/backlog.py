"""The life of forwarded cases and callback requests.

A forwarded contact opens a case for a department (section "Deltas",
``case.opened``). :func:`plan_case` decides up front how that case will move:
taken in progress, perhaps waiting for the citizen, now and then moved to
another department, and finally closed, some after their due date (overdue).
:func:`plan_callback` does the same for a callback request. Plans are pure
data; the model schedules one step at a time.
"""

from __future__ import annotations

import math
import random
from typing import NamedTuple

from wallboard.simulator.sitetime import MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE

#: Days a department has to settle a case.
_CASE_DUE_DAYS = (2, 3, 3, 5, 10)
#: Callbacks are promised within this time.
CALLBACK_DUE_MS = 2 * MS_PER_HOUR


class CaseStep(NamedTuple):
    """One change of a case; ``close`` ends it, otherwise the given fields change."""

    ts: int
    status: str | None = None
    department: str | None = None
    due_at: int | None = None
    close: bool = False


class CallbackPlan(NamedTuple):
    due_at: int
    done_at: int
    outcome: str


def _lognormal(median: float, sigma: float, rng: random.Random) -> float:
    return median * math.exp(sigma * rng.gauss(0.0, 1.0))


def case_due(opened_at: int, rng: random.Random) -> int:
    """When a case opened at ``opened_at`` is due."""
    return opened_at + rng.choice(_CASE_DUE_DAYS) * MS_PER_DAY


def plan_case(
    opened_at: int, due_at: int, department: str, departments: tuple[str, ...],
    rng: random.Random,
) -> list[CaseStep]:
    """The future changes of a new case, in time order, ending with its closure."""
    allowed = due_at - opened_at
    close_at = opened_at + int(max(30 * MS_PER_MINUTE, _lognormal(0.45 * allowed, 0.65, rng)))
    first_look = _lognormal(3 * MS_PER_HOUR, 1.0, rng)
    start = opened_at + int(min(first_look, 0.4 * (close_at - opened_at)))
    steps = [CaseStep(start, status="in_progress")]
    others = [d for d in departments if d != department]
    if others and rng.random() < 0.05:
        # Sent on to the right department, which gets two more days.
        moved = start + int((close_at - start) * rng.uniform(0.1, 0.3))
        close_at += MS_PER_DAY
        steps.append(CaseStep(moved, department=rng.choice(others), due_at=due_at + 2 * MS_PER_DAY))
    if rng.random() < 0.25:
        asked = start + int((close_at - start) * rng.uniform(0.4, 0.6))
        replied = asked + int(_lognormal(MS_PER_DAY, 0.7, rng))
        steps.append(CaseStep(asked, status="awaiting_citizen"))
        if replied < close_at:
            steps.append(CaseStep(replied, status="in_progress"))
    steps.append(CaseStep(close_at, close=True))
    steps.sort(key=lambda s: s.ts)
    # Strictly increasing times keep the order of the stream unambiguous.
    fixed: list[CaseStep] = []
    for step in steps:
        if fixed and step.ts <= fixed[-1].ts:
            step = step._replace(ts=fixed[-1].ts + 1)
        fixed.append(step)
    return fixed


def plan_callback(requested_at: int, rng: random.Random) -> CallbackPlan:
    """When a callback request is worked and how it ends; about one in eight runs late."""
    done_at = requested_at + int(max(2 * MS_PER_MINUTE, _lognormal(45 * MS_PER_MINUTE, 0.8, rng)))
    outcome = rng.choices(("reached", "no_answer", "cancelled"), (74, 19, 7))[0]
    return CallbackPlan(requested_at + CALLBACK_DUE_MS, done_at, outcome)
