"""The one clock of the project.

Nothing else in the code base reads the time: code that needs "now" takes a
:class:`Clock` and asks it. Tests hand in a :class:`FakeClock` and move it by
hand instead of sleeping.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import datetime
from typing import Protocol

log = logging.getLogger(__name__)

#: Set to an ISO 8601 moment with its UTC offset ("2026-11-28T23:57+01:00") to
#: run the program as if the wall clock had read that moment when it started.
#: For rehearsing a weekend, a midnight or a DST change on a working day; the
#: test suite is run this way by ``make test-clock``.
CLOCK_AT_ENV = "WALLBOARD_CLOCK_AT"
#: The shift it comes to, in milliseconds, as fixed by the first process that
#: read :data:`CLOCK_AT_ENV`. Child processes inherit it, so that a simulator or
#: a wall started later by the same run agrees with its parent to the millisecond
#: instead of starting at the given moment again.
CLOCK_SHIFT_ENV = "WALLBOARD_CLOCK_SHIFT_MS"


class Clock(Protocol):
    """Where "now" comes from."""

    def now_ms(self) -> int:
        """Wall-clock time: Unix epoch in milliseconds, UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back, for measuring intervals."""
        ...


class SystemClock:
    """The real clock, moved by ``shift_ms`` (zero unless rehearsing another moment)."""

    def __init__(self, shift_ms: int = 0) -> None:
        self.shift_ms = shift_ms

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self.shift_ms

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


def shift_from_environment(environ: dict[str, str] | os._Environ[str] = os.environ) -> int:
    """The wall-clock shift asked for by the environment, in milliseconds (0: none).

    An inherited :data:`CLOCK_SHIFT_ENV` wins; otherwise :data:`CLOCK_AT_ENV` is
    turned into a shift from now and written back as :data:`CLOCK_SHIFT_ENV` for
    the processes this one starts. A value that cannot be read is logged and
    ignored: the real clock is always a safe answer.
    """
    shift = environ.get(CLOCK_SHIFT_ENV, "").strip()
    if shift:
        try:
            return int(shift)
        except ValueError:
            log.error("%s=%r is not a whole number of milliseconds; using the real clock",
                      CLOCK_SHIFT_ENV, shift)
            return 0
    at = environ.get(CLOCK_AT_ENV, "").strip()
    if not at:
        return 0
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        log.error("%s=%r is not an ISO 8601 moment with a UTC offset "
                  "(for example 2026-11-28T23:57+01:00); using the real clock", CLOCK_AT_ENV, at)
        return 0
    shift_ms = round(moment.timestamp() * 1000) - time.time_ns() // 1_000_000
    environ[CLOCK_SHIFT_ENV] = str(shift_ms)
    log.warning("The wall clock is shifted to start at %s (%s)", moment.isoformat(), CLOCK_AT_ENV)
    return shift_ms


SYSTEM_CLOCK = SystemClock(shift_from_environment())
