"""How citizens and agents behave: handle times, patience and outcomes.

Every function takes the model's random generator so the simulation stays
deterministic for a seed. Times are milliseconds.
"""

from __future__ import annotations

import math
import random
from enum import StrEnum

from wallboard.simulator.scenarios import Channel


class Outcome(StrEnum):
    """Outcomes of ``contact.completed`` (section "Deltas")."""

    RESOLVED = "resolved"
    TRANSFERRED = "transferred"
    FORWARDED = "forwarded"
    OUT_OF_SCOPE = "out_of_scope"


# Median talk (or working) time per channel, seconds. Handle times are
# lognormal: most contacts take a few minutes, a long tail runs past 20.
_TALK_MEDIAN_S = {
    Channel.VOICE: 205, Channel.CHAT: 260, Channel.SMS: 110, Channel.EMAIL: 230,
    Channel.WEB: 210, Channel.APP: 160, Channel.SOCIAL: 130, Channel.FAX: 250,
}
_TALK_SIGMA = 0.65
_WRAP_MEDIAN_S = 22
_WRAP_SIGMA = 0.5
#: Opening a case for a department takes extra wrap-up.
_CASE_ENTRY_MEDIAN_S = 60

# Share of completed contacts forwarded to a department as a case, by channel:
# reports from the app and the portal often need someone on site.
_FORWARD_P = {
    Channel.VOICE: 0.03, Channel.CHAT: 0.03, Channel.SMS: 0.03, Channel.EMAIL: 0.06,
    Channel.WEB: 0.12, Channel.APP: 0.25, Channel.SOCIAL: 0.05, Channel.FAX: 0.10,
}
# Share that is not a matter for the centre, by department: hospital
# appointments (health), power or gas faults (urban), court matters (social).
_OUT_OF_SCOPE_P = {
    "health": 0.065, "urban": 0.055, "social": 0.045, "commerce": 0.035, "transport": 0.035,
    "education": 0.03, "environment": 0.03,
}
_TRANSFER_P = 0.02

#: Share of voice callers who hang up within a few seconds whatever happens.
_SHORT_PATIENCE_P = 0.03


def _lognormal_ms(median_s: float, sigma: float, rng: random.Random) -> int:
    return int(median_s * 1000 * math.exp(sigma * rng.gauss(0.0, 1.0)))


def ring_ms(rng: random.Random) -> int:
    """How long a voice call rings at the agent before it is answered."""
    return rng.randint(2_500, 9_000)


def talk_ms(channel: Channel, rng: random.Random) -> int:
    """Time with the citizen (or on the message), without wrap-up."""
    return max(5_000, _lognormal_ms(_TALK_MEDIAN_S[channel], _TALK_SIGMA, rng))


def wrap_ms(outcome: Outcome, rng: random.Random) -> int:
    """After-contact work; longer when a case has to be written up."""
    wrap = _lognormal_ms(_WRAP_MEDIAN_S, _WRAP_SIGMA, rng)
    if outcome is Outcome.FORWARDED:
        wrap += _lognormal_ms(_CASE_ENTRY_MEDIAN_S, 0.4, rng)
    return max(1_000, wrap)


def patience_ms(channel: Channel, rng: random.Random) -> int:
    """How long the citizen waits before giving up."""
    if channel is Channel.VOICE:
        if rng.random() < _SHORT_PATIENCE_P:
            return rng.randint(800, 4_900)
        return _lognormal_ms(110, 0.9, rng)
    if channel is Channel.CHAT:
        return _lognormal_ms(200, 0.8, rng)
    if channel in (Channel.SMS, Channel.SOCIAL):
        return _lognormal_ms(4 * 3600, 0.6, rng)
    # A form or a letter is withdrawn only after days without an answer.
    return _lognormal_ms(2 * 86_400, 0.5, rng)


def outcome(channel: Channel, department: str, can_transfer: bool, rng: random.Random) -> Outcome:
    """How a contact ends. Most are settled at once (first-contact resolution)."""
    x = rng.random()
    forward = _FORWARD_P[channel]
    if x < forward:
        return Outcome.FORWARDED
    x -= forward
    out_of_scope = _OUT_OF_SCOPE_P.get(department, 0.04)
    if x < out_of_scope:
        return Outcome.OUT_OF_SCOPE
    x -= out_of_scope
    if can_transfer and x < _TRANSFER_P:
        return Outcome.TRANSFERRED
    return Outcome.RESOLVED


def outcome_shares(channel: Channel, department: str) -> dict[Outcome, float]:
    """The expected share of each outcome (for the counters of a warmed-up day)."""
    forward = _FORWARD_P[channel]
    out_of_scope = _OUT_OF_SCOPE_P.get(department, 0.04)
    return {
        Outcome.FORWARDED: forward,
        Outcome.OUT_OF_SCOPE: out_of_scope,
        Outcome.TRANSFERRED: _TRANSFER_P,
        Outcome.RESOLVED: 1 - forward - out_of_scope - _TRANSFER_P,
    }


def mean_handle_ms(channel: Channel) -> float:
    """Expected talk plus wrap-up time."""
    talk = _TALK_MEDIAN_S[channel] * math.exp(_TALK_SIGMA**2 / 2)
    wrap = _WRAP_MEDIAN_S * math.exp(_WRAP_SIGMA**2 / 2)
    return (talk + wrap) * 1000


def wants_callback(waiting_ms: int, rng: random.Random) -> bool:
    """Whether a caller asks to be called back instead of queueing.

    A few always do; many more when the queue's oldest caller has waited long.
    """
    p = 0.012 + (0.2 if waiting_ms > 60_000 else 0.0)
    return rng.random() < p
