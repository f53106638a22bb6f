"""Reconnection delays: exponential, capped, and jittered from the first one on."""

from __future__ import annotations

import random

from wallboard.feed.backoff import BASE_S, CAP_S, backoff_delay


def _delays(attempt: int, walls: int = 500) -> list[float]:
    """The delay each of ``walls`` walls restarted together waits before ``attempt``."""
    return [backoff_delay(attempt, random.Random(seed)) for seed in range(walls)]


def test_walls_restarted_together_do_not_retry_in_step_even_the_first_time() -> None:
    first = _delays(0)
    assert all(BASE_S <= d <= 2 * BASE_S for d in first)
    # Spread over the range, not one value: a tenth of it holds no more than a fifth.
    buckets = [int((d - BASE_S) / BASE_S * 10) for d in first]
    assert max(buckets.count(b) for b in set(buckets)) < len(first) / 5
    assert len({round(d, 3) for d in first}) > 100


def test_delays_grow_to_the_cap_and_stay_jittered_there() -> None:
    for attempt in range(12):
        ceiling = min(CAP_S, BASE_S * 2**attempt)
        delays = _delays(attempt, 200)
        assert all(max(BASE_S, ceiling / 2) <= d <= min(CAP_S, max(ceiling, 2 * BASE_S))
                   for d in delays), attempt
        assert max(delays) - min(delays) > ceiling / 4, attempt
    assert max(_delays(1000, 50)) <= CAP_S
