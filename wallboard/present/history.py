"""Samples of "now" figures over time: department sparklines and the day's trend;
the trend's hours read on the site's clock.

Counters have their own intervals in the engine; what is only known "now"
(how many are waiting) is sampled here, at most every ``every_s`` seconds,
in bounded buffers, so weeks of running use the same memory as an hour.
"""

from __future__ import annotations

from collections import deque
from datetime import UTC, date, datetime, time, timedelta

from wallboard.engine import SiteFigures
from wallboard.engine.businessday import local_time
from wallboard.engine.intervals import INTERVAL_MS
from wallboard.levels import live_waiting

HOUR_MS = 3_600_000


class History:
    def __init__(self, every_s: float = 30.0, hour_s: float = 3600.0) -> None:
        self.every_ms = int(every_s * 1000)
        self._hour_points = max(2, int(hour_s / every_s))
        self._day_points = int(86_400 / every_s) + 1
        self._last_ms: int | None = None
        self._day: date | None = None
        #: (time, waiting, longest wait in s or None) for the business day.
        self._site: deque[tuple[int, int, float | None]] = deque(maxlen=self._day_points)
        self._departments: dict[str, deque[int]] = {}

    def record(self, figures: SiteFigures) -> bool:
        """Take a sample if one is due; True when it did."""
        now = figures.now_ms
        if self._last_ms is not None and now - self._last_ms < self.every_ms:
            return False
        self._last_ms = now
        if figures.business_day != self._day:
            self._day = figures.business_day
            self._site.clear()
        # Contacts in live queues, as "Waiting now" counts them (levels.live_waiting).
        self._site.append((now, live_waiting(figures.queues.values()),
                           figures.site.longest_wait_s))
        for department_id, department in figures.departments.items():
            series = self._departments.get(department_id)
            if series is None:
                series = self._departments[department_id] = deque(maxlen=self._hour_points)
            series.append(department.kpis.waiting)
        for gone in self._departments.keys() - figures.departments.keys():
            del self._departments[gone]
        return True

    def seed(self, day: date, points: tuple[tuple[int, float], ...]) -> None:
        """Put earlier points of ``day`` (time, waiting) before the samples taken so far:
        what the store kept of the day before a restart."""
        if day != self._day:
            self._day = day
            self._site.clear()
        first = self._site[0][0] if self._site else None
        earlier = [(t, round(w), None) for t, w in points if first is None or t < first]
        self._site.extendleft(reversed(earlier[-(self._day_points - len(self._site)):]
                                       if len(self._site) < self._day_points else []))

    def department_waiting(self, department_id: str) -> tuple[int, ...]:
        """Waiting contacts of a department over the last hour, oldest first."""
        return tuple(self._departments.get(department_id, ()))

    def site_waiting(self) -> tuple[tuple[int, int], ...]:
        """(time, waiting) over the business day so far."""
        return tuple((t, w) for t, w, _ in self._site)


def hour_labels(start_ms: int, end_ms: int, timezone: str) -> tuple[tuple[float, str], ...]:
    """Each whole hour of a business day, as (hours since its start, local wall time).

    The charts' x axis counts elapsed hours; its labels read the site's clock
    at each tick, so on the 23- and 25-hour days of a clock change the hours
    after the change are named as the clocks on the wall show them.
    """
    hours = -(-(end_ms - start_ms) // HOUR_MS)
    return tuple((float(h), local_time(start_ms + h * HOUR_MS, timezone).strftime("%H:%M"))
                 for h in range(hours + 1))


def at_wall_time(other: date, count: int, timezone: str, start_ms: int) -> tuple[float, ...]:
    """The middle of each of ``count`` intervals of the day ``other`` (last week's), placed
    in hours since ``start_ms`` (today's start) at the same local wall time: a day of
    another length (the clocks changed on one of them) still lines up hour by hour."""
    zone = local_time(start_ms, timezone).tzinfo
    first = datetime.combine(other, time(), zone).astimezone(UTC)  # sums in UTC, not wall time
    today = local_time(start_ms, timezone).date()
    out = []
    for index in range(count):
        then = (first + timedelta(milliseconds=index * INTERVAL_MS + INTERVAL_MS // 2)
                ).astimezone(zone)
        wall = datetime.combine(today, then.time(), zone).replace(fold=then.fold)
        out.append((wall.timestamp() * 1000 - start_ms) / HOUR_MS)
    return tuple(out)
