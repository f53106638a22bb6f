"""Business hours of a rule, in the site's local time: ``Mon-Fri 08:00-18:00``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@cache
def _parse(spec: str) -> tuple[frozenset[int], int, int]:
    days_text, times = spec.strip().lower().split()
    days: set[int] = set()
    for part in days_text.split(","):
        first, _, last = part.partition("-")
        a = DAYS.index(first)
        b = DAYS.index(last) if last else a
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    start, end = (int(t[:2]) * 60 + int(t[3:]) for t in times.split("-"))
    return frozenset(days), start, end


def within(specs: Sequence[str], local: datetime) -> bool:
    """True when ``local`` is inside any of ``specs`` (none: always).

    A range that ends before it starts runs overnight: ``Fri 22:00-06:00``
    covers Friday night into Saturday morning.
    """
    if not specs:
        return True
    minute = local.hour * 60 + local.minute
    weekday = local.weekday()
    for spec in specs:
        days, start, end = _parse(spec)
        if start < end:
            if weekday in days and start <= minute < end:
                return True
        elif (weekday in days and minute >= start) or \
                ((weekday - 1) % 7 in days and minute < end):
            return True
    return False
