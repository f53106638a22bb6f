"""Reconnection delays (protocol section "Transport")."""

from __future__ import annotations

import random

BASE_S = 0.5
CAP_S = 30.0


def backoff_delay(attempt: int, rng: random.Random, *, base: float = BASE_S,
                  cap: float = CAP_S) -> float:
    """Seconds to wait before reconnection attempt number ``attempt`` (0 first).

    Exponential from ``base`` up to ``cap``, with jitter in the upper half of
    each step so that many walls restarted together do not reconnect in step:
    every delay is drawn, the first one too (between ``base`` and twice it),
    never sooner than ``base`` and never later than ``cap``.
    """
    ceiling = min(cap, base * 2 ** min(attempt, 32))
    low = max(base, ceiling / 2)
    high = min(cap, max(ceiling, 2 * base))
    return rng.uniform(low, high)
