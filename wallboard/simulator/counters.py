"""Business-day counters of a queue (section "Snapshot", ``counters``).

The model keeps one list of integers per queue, in the order of
:data:`COUNTER_NAMES`, and changes it exactly as the protocol's delta table
says. :func:`day_so_far` makes plausible counters for the part of the day
before the simulation starts, so a client sees realistic figures at once.
"""

from __future__ import annotations

import random

from wallboard.simulator.behaviour import Outcome, mean_handle_ms, outcome_shares
from wallboard.simulator.scenarios import Channel, QueueSpec

COUNTER_NAMES = (
    "offered", "answered", "answered_in_sl", "abandoned", "short_abandoned",
    "wait_ms_answered", "completed", "handle_ms", "resolved", "transferred",
    "forwarded", "out_of_scope",
)
(OFFERED, ANSWERED, ANSWERED_IN_SL, ABANDONED, SHORT_ABANDONED, WAIT_MS_ANSWERED,
 COMPLETED, HANDLE_MS, RESOLVED, TRANSFERRED, FORWARDED, OUT_OF_SCOPE) = range(12)

OUTCOME_INDEX = {
    Outcome.RESOLVED: RESOLVED,
    Outcome.TRANSFERRED: TRANSFERRED,
    Outcome.FORWARDED: FORWARDED,
    Outcome.OUT_OF_SCOPE: OUT_OF_SCOPE,
}

# (abandoned share, short-abandoned share of offered, mean wait of answered in s)
_TYPICAL = {
    Channel.VOICE: (0.05, 0.02, 13.0),
    Channel.CHAT: (0.04, 0.005, 16.0),
    Channel.SMS: (0.01, 0.0, 120.0),
    Channel.SOCIAL: (0.01, 0.0, 120.0),
}
_DEFERRED_TYPICAL = (0.002, 0.0, None)


def zero() -> list[int]:
    """Counters of a queue at the start of a business day."""
    return [0] * len(COUNTER_NAMES)


def to_wire(counters: list[int]) -> dict[str, int]:
    """The counters object of one queue in a snapshot."""
    return dict(zip(COUNTER_NAMES, counters, strict=True))


def day_so_far(queue: QueueSpec, expected_offered: float, rng: random.Random) -> list[int]:
    """Counters for a day on which ``expected_offered`` contacts have arrived so far."""
    c = zero()
    offered = max(0, round(expected_offered * rng.uniform(0.93, 1.07)))
    if offered == 0:
        return c
    abandon_share, short_share, mean_wait_s = _TYPICAL.get(queue.channel, _DEFERRED_TYPICAL)
    if mean_wait_s is None:  # deferred work waits a fraction of its threshold
        mean_wait_s = 0.1 * queue.sl_threshold_s
    abandoned = round(offered * abandon_share * rng.uniform(0.7, 1.3))
    answered = offered - abandoned
    c[OFFERED] = offered
    c[ABANDONED] = abandoned
    c[SHORT_ABANDONED] = min(abandoned, round(offered * short_share * rng.uniform(0.7, 1.3)))
    c[ANSWERED] = answered
    c[ANSWERED_IN_SL] = round(answered * rng.uniform(0.78, 0.92))
    c[WAIT_MS_ANSWERED] = round(answered * mean_wait_s * 1000 * rng.uniform(0.8, 1.2))
    c[COMPLETED] = answered
    c[HANDLE_MS] = round(answered * mean_handle_ms(queue.channel) * rng.uniform(0.93, 1.07))
    shares = outcome_shares(queue.channel, queue.department)
    rest = answered
    for outcome in (Outcome.FORWARDED, Outcome.OUT_OF_SCOPE, Outcome.TRANSFERRED):
        n = min(rest, round(answered * shares[outcome] * rng.uniform(0.8, 1.2)))
        c[OUTCOME_INDEX[outcome]] = n
        rest -= n
    c[RESOLVED] = rest
    return c
