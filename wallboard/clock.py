"""The one clock of the project.

Nothing else in the code base reads the time: code that needs "now" takes a
:class:`Clock` and asks it. Tests hand in a :class:`FakeClock` and move it by
hand instead of sleeping.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Where "now" comes from."""

    def now_ms(self) -> int:
        """Wall-clock time: Unix epoch in milliseconds, UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back, for measuring intervals."""
        ...


class SystemClock:
    """The real clock."""

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to, for tests."""

    def __init__(self, now_ms: int = 1_763_884_800_000) -> None:
        self._now_ms = now_ms
        self._monotonic = 1000.0

    def now_ms(self) -> int:
        return self._now_ms

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        """Move both readings forward by ``seconds``."""
        self._now_ms += round(seconds * 1000)
        self._monotonic += seconds

    def set_ms(self, now_ms: int) -> None:
        """Jump the wall clock to ``now_ms`` (the monotonic clock moves by as much, never back)."""
        delta = now_ms - self._now_ms
        self._now_ms = now_ms
        self._monotonic += max(0, delta) / 1000


SYSTEM_CLOCK = SystemClock()
