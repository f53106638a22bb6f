"""Unusual patterns: a department's rate jumping well above its own recent baseline.

Nobody sets a threshold for these. Each department's abandon rate, transfer
share and out-of-scope share over the last hour is compared with the same
hour on earlier days (once at least three days are known), or else with the
earlier hours of today. It is unusual when it is above the baseline's mean by
more than ``sigmas`` standard deviations *and* by ``min_rise_pts`` points.
The deviation counts the spread of the baseline and the sampling noise of
the last hour's own count (a binomial), so a quiet hour with a handful of
contacts does not look unusual by chance.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean, pstdev

from wallboard.alerts.rules import Reading
from wallboard.config.schema import Anomaly, Metric, Rule
from wallboard.engine import SiteFigures
from wallboard.engine.businessday import local_time
from wallboard.engine.tally import CounterSums
from wallboard.levels import Band

#: (numerator, denominator) of each watched rate, from a department's counters.
RATES: Mapping[str, Callable[[CounterSums], tuple[int, int]]] = {
    "abandon_rate_pct": lambda c: (c.abandoned - c.short_abandoned,
                                   c.offered - c.short_abandoned),
    "transfer_pct": lambda c: (c.transferred, c.completed),
    "out_of_scope_pct": lambda c: (c.out_of_scope, c.completed),
}
RULES: Mapping[str, Rule] = {
    "abandon_rate_pct": Rule(id="unusual-abandon-rate", metric=Metric.ABANDON_RATE_PCT,
                             scope="department:*", warning=0, for_s=600, clear_after_s=600,
                             text="Unusual abandon rate"),
    "transfer_pct": Rule(id="unusual-transfers", metric=Metric.TRANSFER_PCT,
                         scope="department:*", warning=0, for_s=600, clear_after_s=600,
                         text="Unusual share of transfers"),
    "out_of_scope_pct": Rule(id="unusual-out-of-scope", metric=Metric.OUT_OF_SCOPE_PCT,
                             scope="department:*", warning=0, for_s=600, clear_after_s=600,
                             text="Unusual share out of scope"),
}
SAMPLE_MS = 5 * 60_000
WINDOW_MS = 60 * 60_000
MIN_DAYS = 3


@dataclass(frozen=True, slots=True)
class Bucket:
    """The counts of one rate over one hour of one day."""

    day: date
    hour: int
    numerator: int
    denominator: int

    @property
    def rate(self) -> float:
        return 100 * self.numerator / self.denominator


@dataclass(slots=True)
class _Department:
    #: (time, counters) every five minutes over the last hour and a bit.
    samples: deque[tuple[int, CounterSums]] = field(default_factory=lambda: deque(maxlen=14))
    hour: int | None = None
    hour_start: CounterSums | None = None


class BaselineDetector:
    """Watches departments' rates against their own history; gives alert readings."""

    def __init__(self, config: Anomaly, history: Iterable[tuple[str, str, Bucket]] = (),
                 on_bucket: Callable[[str, str, Bucket], None] | None = None) -> None:
        self.config = config
        #: (department, rate) -> hour -> buckets of earlier days, newest last.
        self._history: dict[tuple[str, str], dict[int, deque[Bucket]]] = {}
        self._today: dict[tuple[str, str], list[Bucket]] = {}
        self._departments: dict[str, _Department] = {}
        self._day: date | None = None
        self._on_bucket = on_bucket
        for department, rate, bucket in history:
            self._remember(department, rate, bucket)

    def _remember(self, department: str, rate: str, bucket: Bucket) -> None:
        hours = self._history.setdefault((department, rate), {})
        days = hours.setdefault(bucket.hour, deque(maxlen=self.config.history_days))
        days.append(bucket)

    def observe(self, figures: SiteFigures) -> None:
        """Take this snapshot's counters (call on live figures only)."""
        now = figures.now_ms
        if figures.business_day != self._day:
            # Counters start again at zero: yesterday's hours are history now.
            for key, buckets in self._today.items():
                for bucket in buckets:
                    self._remember(*key, bucket)
            self._today = {}
            self._departments = {}
            self._day = figures.business_day
        hour = local_time(now, figures.timezone).hour
        for d in figures.departments.values():
            state = self._departments.setdefault(d.id, _Department())
            counters = d.kpis.counters
            if state.hour != hour:
                if state.hour is not None and state.hour_start is not None:
                    self._close_hour(d.id, state.hour, state.hour_start, counters)
                state.hour, state.hour_start = hour, counters
            if not state.samples or now - state.samples[-1][0] >= SAMPLE_MS:
                state.samples.append((now, counters))
        for gone in [k for k in self._departments if k not in figures.departments]:
            del self._departments[gone]

    def _close_hour(self, department: str, hour: int, start: CounterSums,
                    end: CounterSums) -> None:
        assert self._day is not None
        for rate, counts in RATES.items():
            n0, d0 = counts(start)
            n1, d1 = counts(end)
            if d1 - d0 <= 0:
                continue
            bucket = Bucket(self._day, hour, n1 - n0, d1 - d0)
            self._today.setdefault((department, rate), []).append(bucket)
            if self._on_bucket is not None:
                self._on_bucket(department, rate, bucket)

    def readings(self, figures: SiteFigures) -> list[Reading]:
        """A reading per department and rate: the last hour's rate against its baseline."""
        if not self.config.enabled:
            return []
        out = []
        hour = local_time(figures.now_ms, figures.timezone).hour
        for d in figures.departments.values():
            state = self._departments.get(d.id)
            if state is None or not state.samples:
                continue
            then = _an_hour_before(state.samples, figures.now_ms)
            for rate, counts in RATES.items():
                n0, d0 = counts(then)
                n1, d1 = counts(d.kpis.counters)
                n, volume = n1 - n0, d1 - d0
                value = 100 * n / volume if volume > 0 else None
                limit = self.limit(d.id, rate, hour, volume)
                rule = RULES[rate]
                key = f"{rule.id}@department:{d.id}"
                if limit is None or volume < self.config.min_contacts:
                    value = None
                out.append(Reading(key, rule, "department", d.id, d.name, value,
                                   Band(limit if limit is not None else math.inf, math.inf),
                                   volume))
        return out

    def baseline(self, department: str, rate: str, hour: int) -> list[float]:
        """Rates the last hour is judged against: the same hour on earlier days, or today's."""
        earlier_days = self._history.get((department, rate), {}).get(hour, ())
        if len(earlier_days) >= MIN_DAYS:
            return [b.rate for b in earlier_days]
        today = [b.rate for b in self._today.get((department, rate), ())
                 if b.denominator >= self.config.min_contacts]
        return today if len(today) >= MIN_DAYS else []

    def limit(self, department: str, rate: str, hour: int, volume: int) -> float | None:
        """The rate above which the last hour is unusual; None without a baseline yet."""
        rates = self.baseline(department, rate, hour)
        if not rates or volume <= 0:
            return None
        mean = fmean(rates)
        p = min(max(mean / 100, 0.0), 1.0)
        sampling = 100 * math.sqrt(p * (1 - p) / volume)
        spread = math.sqrt(pstdev(rates) ** 2 + sampling ** 2)
        return mean + max(self.config.sigmas * spread, self.config.min_rise_pts)


def _an_hour_before(samples: deque[tuple[int, CounterSums]], now: int) -> CounterSums:
    """The sample nearest to an hour ago (the oldest one, early in the day)."""
    for t, counters in samples:
        if now - t <= WINDOW_MS:
            return counters
    return samples[-1][1]
