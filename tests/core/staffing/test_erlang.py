"""Erlang C against published worked examples and exact sums; Erlang A against a simulation."""

from __future__ import annotations

import heapq
import math
import random
from fractions import Fraction

import pytest

from wallboard.staffing.erlang import (
    Model,
    Target,
    agents_needed,
    erlang_c,
    performance,
)


def exact_erlang_c(agents: int, traffic: Fraction) -> Fraction:
    """The textbook formula with factorials, in exact arithmetic: an independent check."""
    top = traffic**agents / math.factorial(agents) * agents / (agents - traffic)
    return top / (sum(traffic**k / math.factorial(k) for k in range(agents)) + top)


# The classic worked example ("Erlang C formula - made simple", Call Centre Helper;
# the same numbers run through many workforce-planning textbooks): 100 calls in
# 30 minutes, 180 s handle time, 80 % in 20 s. Traffic is 10 Erlangs; 14 agents
# give a probability of waiting of 17.4 %, 88.8 % answered within 20 s, an ASA
# of 7.8 s and 71.4 % occupancy. The other rows are the factorial formula's
# (exact_erlang_c below), worked by hand to the same precision.
@pytest.mark.parametrize(("agents", "pw", "sl", "asa"), [
    (12, 0.449, 64.0, 40.4),
    (13, 0.285, 79.6, 17.1),
    (14, 0.174, 88.8, 7.8),
])
def test_the_classic_worked_example(agents: int, pw: float, sl: float, asa: float) -> None:
    p = performance(Model.ERLANG_C, agents, rate=100 / 1800, aht_s=180, threshold_s=20)
    assert p.traffic == pytest.approx(10.0)
    assert round(p.wait_probability, 3) == pw
    exact = float(exact_erlang_c(agents, Fraction(10)))
    assert round(100 * (1 - exact * math.exp(-(agents - 10) * 20 / 180)), 1) == sl
    assert round(p.service_level_pct, 1) == sl
    assert round(p.asa_s, 1) == asa
    assert p.occupancy_pct == pytest.approx(1000 / agents)


def test_the_classic_example_needs_fourteen_agents() -> None:
    need = agents_needed(Model.ERLANG_C, Target(20, sl_pct=80), rate=100 / 1800, aht_s=180)
    assert need.agents == 14


def test_the_westbay_worked_example() -> None:
    # "The Erlang-C formula" (Westbay Engineers): 360 calls per half hour of
    # 4 minutes with 55 agents, 15 s target: 48 Erlangs, occupancy 87.3 %,
    # probability of waiting 0.2387, ASA 8.2 s, 84.6 % answered within 15 s.
    p = performance(Model.ERLANG_C, 55, rate=360 / 1800, aht_s=240, threshold_s=15)
    assert p.traffic == pytest.approx(48.0)
    assert round(p.occupancy_pct, 1) == 87.3
    assert round(p.wait_probability, 4) == 0.2387
    assert round(p.asa_s, 1) == 8.2
    assert round(p.service_level_pct, 1) == 84.6


@pytest.mark.parametrize(("agents", "traffic"), [
    (1, Fraction(1, 2)), (5, Fraction(7, 2)), (14, Fraction(10)), (40, Fraction(357, 10)),
    (120, Fraction(1101, 10)),
])
def test_erlang_c_equals_the_factorial_formula(agents: int, traffic: Fraction) -> None:
    assert erlang_c(agents, float(traffic)) == pytest.approx(
        float(exact_erlang_c(agents, traffic)), rel=1e-12)


def test_hundreds_and_thousands_of_agents_stay_finite() -> None:
    for agents, traffic in ((300, 280.0), (2_000, 1_950.0), (5_000, 10.0)):
        p = performance(Model.ERLANG_C, agents, rate=traffic / 300, aht_s=300, threshold_s=20)
        assert 0 <= p.service_level_pct <= 100 and 0 <= p.wait_probability <= 1
        a = performance(Model.ERLANG_A, agents, rate=traffic / 300, aht_s=300, threshold_s=20,
                        patience_s=120)
        assert 0 <= a.service_level_pct <= 100 and 0 <= a.wait_probability <= 1
    # The factorial form would overflow long before this; the recursion does not.
    assert 0 < erlang_c(2_000, 1_950.0) < 1


def test_too_few_agents_answer_nobody_in_time_under_erlang_c() -> None:
    p = performance(Model.ERLANG_C, 10, rate=100 / 1800, aht_s=180, threshold_s=20)
    assert (p.service_level_pct, p.wait_probability, p.asa_s) == (0.0, 1.0, math.inf)


def test_the_need_respects_the_occupancy_cap_and_the_asa_target() -> None:
    # 20 Erlangs meet 80/20 with 24 agents at 83 % occupancy; a 75 % cap asks for 27.
    rate, aht = 20 / 180, 180
    free = agents_needed(Model.ERLANG_C, Target(20, sl_pct=80), rate=rate, aht_s=aht,
                         occupancy_cap_pct=100)
    capped = agents_needed(Model.ERLANG_C, Target(20, sl_pct=80), rate=rate, aht_s=aht,
                           occupancy_cap_pct=75)
    assert capped.agents == math.ceil(20 / 0.75) > free.agents
    assert capped.occupancy_pct <= 75
    by_asa = agents_needed(Model.ERLANG_C, Target(20, asa_s=10), rate=rate, aht_s=aht,
                           occupancy_cap_pct=100)
    assert by_asa.asa_s <= 10
    fewer = performance(Model.ERLANG_C, by_asa.agents - 1, rate=rate, aht_s=aht, threshold_s=20)
    assert fewer.asa_s > 10


@pytest.mark.parametrize("model", list(Model))
def test_the_need_is_the_fewest_that_meet_the_target(model: Model) -> None:
    for traffic in (0.3, 2.5, 10.0, 47.0, 230.0):
        need = agents_needed(model, Target(20, sl_pct=80), rate=traffic / 240, aht_s=240,
                             patience_s=90, occupancy_cap_pct=100)
        assert need.service_level_pct >= 80
        if need.agents > 1:
            less = performance(model, need.agents - 1, rate=traffic / 240, aht_s=240,
                               threshold_s=20, patience_s=90)
            assert less.service_level_pct < 80


def test_erlang_a_tends_to_erlang_c_as_patience_grows() -> None:
    c = performance(Model.ERLANG_C, 13, rate=100 / 1800, aht_s=180, threshold_s=20)
    a = performance(Model.ERLANG_A, 13, rate=100 / 1800, aht_s=180, threshold_s=20,
                    patience_s=1e7)
    assert a.service_level_pct == pytest.approx(c.service_level_pct, abs=0.01)
    assert a.wait_probability == pytest.approx(c.wait_probability, abs=1e-4)
    # Impatient callers leave the queue: fewer wait, and those answered wait less.
    short = performance(Model.ERLANG_A, 13, rate=100 / 1800, aht_s=180, threshold_s=20,
                        patience_s=60)
    assert short.wait_probability < c.wait_probability and short.asa_s < c.asa_s
    assert short.abandon_pct > 0


def simulate_mmn_m(agents: int, rate: float, aht_s: float, patience_s: float,
                   threshold_s: float, customers: int, seed: int
                   ) -> tuple[list[float], list[float], list[float]]:
    """M/M/N+M, first come first served, by events; per-customer indicators after warm-up.

    Returns (answered within threshold, waited at all, abandoned), one 0/1 per customer.
    """
    rng = random.Random(seed)
    t, free = 0.0, agents
    queue: list[tuple[float, float]] = []  # (arrival, give-up time), in order of arrival
    head = 0
    ends: list[float] = []  # when busy agents become free
    in_time: list[float] = []
    waited: list[float] = []
    abandoned: list[float] = []
    warmup = customers // 10
    queue_index_of: dict[float, int] = {}  # arrival time -> customer number
    for n in range(customers + warmup):
        t += rng.expovariate(rate)
        # Serve the queue with every agent who became free before this arrival.
        while ends and ends[0] <= t:
            now = heapq.heappop(ends)
            while head < len(queue) and queue[head][1] <= now:
                head += 1  # gave up before this agent was free
            if head < len(queue):
                arrived, _ = queue[head]
                head += 1
                heapq.heappush(ends, now + rng.expovariate(1 / aht_s))
                record = queue_index_of.pop(arrived)
                if record >= warmup:
                    in_time[record - warmup] = float(now - arrived <= threshold_s)
                    abandoned[record - warmup] = 0.0
            else:
                free += 1
        if n >= warmup:
            in_time.append(0.0)
            waited.append(0.0)
            abandoned.append(1.0)  # until it is answered
        if free > 0:
            free -= 1
            heapq.heappush(ends, t + rng.expovariate(1 / aht_s))
            if n >= warmup:
                in_time[-1], abandoned[-1] = 1.0, 0.0
        else:
            if n >= warmup:
                waited[-1] = 1.0
            queue.append((t, t + rng.expovariate(1 / patience_s)))
            queue_index_of[t] = n
    # Customers still waiting at the end are neither counted as answered nor abandoned.
    for arrived, gives_up in queue[head:]:
        record = queue_index_of.pop(arrived, -1)
        if record >= warmup and gives_up > t:
            in_time[record - warmup] = math.nan
            abandoned[record - warmup] = math.nan
    return in_time, waited, abandoned


def mean_and_halfwidth(values: list[float], batches: int = 50) -> tuple[float, float]:
    """Mean and a 99 % confidence half-width by batch means (customers are correlated)."""
    values = [v for v in values if not math.isnan(v)]
    size = len(values) // batches
    means = [sum(values[i * size:(i + 1) * size]) / size for i in range(batches)]
    mean = sum(means) / batches
    sd = math.sqrt(sum((m - mean) ** 2 for m in means) / (batches - 1))
    return mean, 2.68 * sd / math.sqrt(batches)  # t(0.995, 49)


@pytest.mark.parametrize(("agents", "traffic", "patience_s"), [
    (13, 10.0, 180.0),  # the classic example with impatient callers
    (9, 10.0, 120.0),  # fewer agents than Erlangs: only abandons keep the queue finite
    (40, 38.0, 300.0),
])
def test_erlang_a_agrees_with_a_simulation(agents: int, traffic: float,
                                           patience_s: float) -> None:
    aht = 180.0
    rate = traffic / aht
    in_time, waited, abandoned = simulate_mmn_m(agents, rate, aht, patience_s, 20.0,
                                               customers=120_000, seed=agents)
    model = performance(Model.ERLANG_A, agents, rate=rate, aht_s=aht, threshold_s=20,
                        patience_s=patience_s)
    for values, predicted in ((in_time, model.service_level_pct / 100),
                              (waited, model.wait_probability),
                              (abandoned, model.abandon_pct / 100)):
        mean, half = mean_and_halfwidth(values)
        assert abs(mean - predicted) <= half, (mean, half, predicted)
