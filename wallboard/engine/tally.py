"""Small mutable accumulators of the engine: per-queue counters and sorted times."""

from __future__ import annotations

from bisect import bisect_left, insort
from operator import attrgetter

import msgspec

from wallboard.protocol.models import Counters

#: The counter names of the protocol, in the order used for sums.
COUNTER_FIELDS: tuple[str, ...] = tuple(Counters.__struct_fields__)


class Tally:
    """Business-day counters of one queue (protocol section "Deltas")."""

    __slots__ = COUNTER_FIELDS
    offered: int
    answered: int
    answered_in_sl: int
    abandoned: int
    short_abandoned: int
    wait_ms_answered: int
    completed: int
    handle_ms: int
    resolved: int
    transferred: int
    forwarded: int
    out_of_scope: int

    def __init__(self, counters: Counters | None = None) -> None:
        source = counters or Counters()
        for name in COUNTER_FIELDS:
            setattr(self, name, getattr(source, name))

    def values(self) -> tuple[int, ...]:
        """The counters as a tuple in :data:`COUNTER_FIELDS` order."""
        return _counter_values(self)


_counter_values = attrgetter(*COUNTER_FIELDS)


class CounterSums(msgspec.Struct, frozen=True, gc=False):
    """Counters summed over a group of queues; immutable."""

    offered: int = 0
    answered: int = 0
    answered_in_sl: int = 0
    abandoned: int = 0
    short_abandoned: int = 0
    wait_ms_answered: int = 0
    completed: int = 0
    handle_ms: int = 0
    resolved: int = 0
    transferred: int = 0
    forwarded: int = 0
    out_of_scope: int = 0

    @classmethod
    def of(cls, rows: list[tuple[int, ...]]) -> CounterSums:
        if len(rows) == 1:
            return cls(*rows[0])
        if not rows:
            return cls()
        return cls(*map(sum, zip(*rows, strict=True)))


class TimeSet:
    """A sorted multiset of epoch-millisecond times.

    Answers "how many", "the earliest" and "how many before t" without a
    scan, so figures for thousands of cases cost a bisection, not a loop.
    """

    __slots__ = ("_times",)

    def __init__(self) -> None:
        self._times: list[int] = []

    def add(self, t: int) -> None:
        insort(self._times, t)

    def discard(self, t: int) -> None:
        times = self._times
        i = bisect_left(times, t)
        if i < len(times) and times[i] == t:
            del times[i]

    def __len__(self) -> int:
        return len(self._times)

    def earliest(self) -> int | None:
        return self._times[0] if self._times else None

    def count_before(self, t: int) -> int:
        return bisect_left(self._times, t)
