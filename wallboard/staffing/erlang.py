"""Queueing models for "how many agents are needed now": Erlang C and Erlang A.

Erlang C is the M/M/N queue: contacts arrive at random (Poisson) at rate
``rate`` per second, each takes an exponential handle time with mean ``aht_s``,
``agents`` agents serve one queue in order, and nobody hangs up. Erlang A
(M/M/N+M) adds impatience: each waiting contact abandons after an exponential
patience with mean ``patience_s``.

Both are computed without factorials, so that hundreds of agents stay exact:
Erlang C through the Erlang B recursion, Erlang A through state
probabilities built as ratios from the state with all agents busy. The
inverse (:func:`agents_needed`) returns the fewest agents that reach a
service-level or ASA target under an occupancy cap.
"""

from __future__ import annotations

import enum
import math

import msgspec

#: Terms below this share of the largest are left out of Erlang A's sums.
_NEGLIGIBLE = 1e-16
#: Erlang A's queue states are cut here even when they have not died out.
_MAX_QUEUE_STATES = 200_000
_RESCALE = 1e200
#: No search goes past this many agents.
MAX_AGENTS = 100_000


class Model(enum.StrEnum):
    """The queueing model; its value is what the wall says on screen."""

    ERLANG_C = "erlang_c"
    ERLANG_A = "erlang_a"

    @property
    def label(self) -> str:
        return "Erlang C" if self is Model.ERLANG_C else "Erlang A"


class Performance(msgspec.Struct, frozen=True, gc=False):
    """What the model predicts for a number of agents, at steady state."""

    agents: int
    #: Offered load, Erlangs: arrival rate times mean handle time.
    traffic: float
    #: Share of contacts answered within the threshold, % of all arrivals.
    service_level_pct: float
    #: Probability that an arriving contact has to wait at all, 0 to 1.
    wait_probability: float
    #: Mean wait of answered contacts, seconds (inf when the queue grows forever).
    asa_s: float
    #: Busy share of the agents' time, %.
    occupancy_pct: float
    #: Share of arrivals that abandon, % (0 under Erlang C).
    abandon_pct: float


def erlang_b(agents: int, traffic: float) -> float:
    """Blocking probability of M/M/N/N by the stable recursion B(n) = AB(n-1)/(n + AB(n-1))."""
    b = 1.0
    for n in range(1, agents + 1):
        b = traffic * b / (n + traffic * b)
    return b


def erlang_c(agents: int, traffic: float) -> float:
    """Probability of waiting in M/M/N; 1 when the agents cannot keep up (N <= A)."""
    if agents <= traffic:
        return 1.0
    b = erlang_b(agents, traffic)
    return agents * b / (agents - traffic * (1 - b))


def _erlang_c_performance(agents: int, rate: float, aht_s: float, threshold_s: float
                          ) -> Performance:
    traffic = rate * aht_s
    if agents <= traffic:
        # The queue grows without end: nobody is answered within any threshold.
        return Performance(agents, traffic, 0.0, 1.0, math.inf, 100.0, 0.0)
    pw = erlang_c(agents, traffic)
    sl = 1 - pw * math.exp(-(agents - traffic) * threshold_s / aht_s)
    asa = pw * aht_s / (agents - traffic)
    return Performance(agents, traffic, 100 * sl, pw, asa, 100 * traffic / agents, 0.0)


def _erlang_a_performance(agents: int, rate: float, aht_s: float, threshold_s: float,
                          patience_s: float) -> Performance:
    """M/M/N+M by its birth-death chain (Mandelbaum and Zeltyn's model).

    A contact that arrives with ``j`` others waiting is answered after j+1
    stages: at stage k (k waiting ahead of it) the line moves at rate
    Nμ + kθ and it gives up itself at rate θ. It survives every stage with
    probability Nμ / (Nμ + (j+1)θ) (the product telescopes); the stages'
    total length is a sum of exponentials with rates Nμ + iθ, i = 1..j+1,
    whose CDF at t is the regularised incomplete beta I_x(j+1, Nμ/θ + 1)
    with x = 1 - exp(-θt): an exponential tilt of the maximum of j+1
    exponentials. I_x(m, b) is carried from m to m+1 by its recurrence.
    """
    mu, theta = 1 / aht_s, 1 / patience_s
    traffic = rate * aht_s
    n_mu = agents * mu
    # Probabilities relative to p(N) = 1: below N by p(n-1) = p(n)·nμ/λ, in logs
    # (with many idle agents p(0)/p(N) overflows a float) ...
    logs: list[float] = []
    log_p = top = 0.0
    cut = math.log(_NEGLIGIBLE)
    for n in range(agents, 0, -1):
        log_p += math.log(n * mu / rate)
        logs.append(log_p)
        if log_p > top:
            top = log_p
        elif n * mu < rate and log_p < top + cut:
            break
    # ... everything is then scaled by exp(-top) so that the largest term is 1 ...
    below = math.fsum(math.exp(v - top) for v in logs)
    scale = math.exp(-top)
    # ... above it by p(N+j) = p(N+j-1)·λ/(Nμ + jθ).
    b = n_mu / theta + 1  # the second parameter of the incomplete beta
    x = 1 - math.exp(-theta * threshold_s)
    log_x, log_1x = (math.log(x) if x > 0 else -math.inf), -theta * threshold_s * b
    # I_x(1, b) = 1 - (1-x)^b; the recurrence's term T(m) = x^m (1-x)^b Γ(m+b)/(Γ(m+1)Γ(b)).
    cdf = -math.expm1(log_1x)
    term_log = log_x + log_1x + math.log(b) if x > 0 else -math.inf
    waiting_mass = queue_mean = answered_soon = served_waiting = wait_served = 0.0
    stage_time = 0.0
    p = 1.0
    for j in range(_MAX_QUEUE_STATES):
        m = j + 1
        survive = n_mu / (n_mu + m * theta)
        stage_time += 1 / (n_mu + m * theta)
        waiting_mass += p
        queue_mean += j * p
        answered_soon += p * survive * (cdf if cdf > 0 else 0.0)
        served_waiting += p * survive
        wait_served += p * survive * stage_time
        # Carry I_x(m, b) to I_x(m+1, b); it only falls, so once nothing is left, stop.
        if cdf > _NEGLIGIBLE:
            cdf -= math.exp(term_log)
            term_log += log_x + math.log((m + b) / (m + 1))
        else:
            cdf = 0.0
        p *= rate / (n_mu + m * theta)
        if p > _RESCALE:  # a long queue: keep the sums finite, the earlier terms vanish
            p, below = p / _RESCALE, below / _RESCALE
            waiting_mass, queue_mean = waiting_mass / _RESCALE, queue_mean / _RESCALE
            answered_soon, served_waiting = answered_soon / _RESCALE, served_waiting / _RESCALE
            wait_served /= _RESCALE
        if rate < n_mu + m * theta and p < _NEGLIGIBLE * waiting_mass:
            break
    waiting_mass *= scale
    queue_mean *= scale
    answered_soon *= scale
    served_waiting *= scale
    wait_served *= scale
    total = below + waiting_mass
    served_at_once = below / total
    pw = waiting_mass / total
    abandon = theta * (queue_mean / total) / rate if rate > 0 else 0.0
    answered = served_at_once + served_waiting / total
    asa = (wait_served / total) / answered if answered > 0 else math.inf
    sl = served_at_once + answered_soon / total
    occupancy = min(100.0, 100 * traffic * (1 - abandon) / agents)
    return Performance(agents, traffic, 100 * min(1.0, sl), pw, asa, occupancy, 100 * abandon)


def performance(
    model: Model,
    agents: int,
    *,
    rate: float,
    aht_s: float,
    threshold_s: float,
    patience_s: float | None = None,
) -> Performance:
    """What ``agents`` agents achieve at ``rate`` contacts a second of ``aht_s`` seconds each.

    Erlang A needs ``patience_s``; without one (no abandons yet) it is Erlang C.
    """
    if agents < 1 or rate <= 0 or aht_s <= 0:
        raise ValueError("needs at least one agent, a positive rate and a positive handle time")
    if model is Model.ERLANG_A and patience_s is not None and 0 < patience_s < math.inf:
        return _erlang_a_performance(agents, rate, aht_s, threshold_s, patience_s)
    return _erlang_c_performance(agents, rate, aht_s, threshold_s)


class Target(msgspec.Struct, frozen=True, gc=False):
    """A service-level target (``sl_pct`` within ``threshold_s``) or an ASA target."""

    threshold_s: float
    sl_pct: float | None = None
    asa_s: float | None = None

    def met_by(self, p: Performance) -> bool:
        if self.sl_pct is not None and p.service_level_pct < self.sl_pct:
            return False
        return self.asa_s is None or p.asa_s <= self.asa_s


def agents_needed(
    model: Model,
    target: Target,
    *,
    rate: float,
    aht_s: float,
    patience_s: float | None = None,
    occupancy_cap_pct: float = 85.0,
) -> Performance:
    """The fewest agents that meet ``target`` with occupancy at most ``occupancy_cap_pct``.

    Returns the model's performance for that number of agents. Service level
    and ASA only improve with more agents, so the search walks up from the
    least that the occupancy cap allows, in doubling steps and then by
    bisection: a few dozen evaluations even for thousands of agents.
    """
    if not 0 < occupancy_cap_pct <= 100:
        raise ValueError("the occupancy cap is a percentage above 0")
    traffic = rate * aht_s
    if model is Model.ERLANG_C or patience_s is None:
        # Fewer agents than the load cannot keep up, nor stay under the cap.
        low = max(1, math.floor(traffic) + 1, math.ceil(traffic * 100 / occupancy_cap_pct - 1e-9))
    else:
        low = 1  # abandons relieve the load: Erlang A's occupancy is of the contacts answered

    def evaluate(n: int) -> Performance:
        return performance(model, n, rate=rate, aht_s=aht_s, threshold_s=target.threshold_s,
                           patience_s=patience_s)

    def good(p: Performance) -> bool:
        return target.met_by(p) and p.occupancy_pct <= occupancy_cap_pct + 1e-9

    first = evaluate(low)
    if good(first):
        return first
    step, high = 1, low + 1
    if model is Model.ERLANG_A and patience_s is not None:
        # Abandons only lighten the load: Erlang C's answer is enough, so bisect below it.
        high = agents_needed(Model.ERLANG_C, target, rate=rate, aht_s=aht_s,
                             occupancy_cap_pct=occupancy_cap_pct).agents
    best = evaluate(high)
    while not good(best):
        low, step = high, step * 2
        high = low + step
        if high > MAX_AGENTS:
            raise ValueError("the target cannot be met with a reasonable number of agents")
        best = evaluate(high)
    while high - low > 1:  # target met at high, not at low
        mid = (low + high) // 2
        p = evaluate(mid)
        if good(p):
            high, best = mid, p
        else:
            low = mid
    return best
