"""When contacts arrive and which queue they land in.

Arrivals are a Poisson process whose rate follows the scenario's intraday
profile (interpolated per quarter hour), its weekday factor and, during a
surge, the surge factor. Live channels (voice, chat) and deferred channels
(messages, forms, reports) are two streams with their own profiles: portals
and apps fill up in the evening while the phones are quiet.
"""

from __future__ import annotations

import bisect
import random
from itertools import accumulate

from wallboard.simulator.scenarios import LIVE_CHANNELS, Scenario
from wallboard.simulator.sitetime import SiteCalendar

SLOT_MS = 15 * 60_000
_SLOTS = 96
#: Give up looking for the next arrival after this long at a zero rate.
_HORIZON_MS = 8 * 86_400_000


def _quarter_hours(hourly: tuple[float, ...]) -> list[float]:
    """96 weights from 24 hourly ones: linear between hour midpoints, zero where the hour is."""
    out = []
    for slot in range(_SLOTS):
        hour = slot // 4
        if hourly[hour] <= 0:
            out.append(0.0)
            continue
        position = (slot + 0.5) / 4 - 0.5  # hours after the midpoint of hour 0
        below = int(position // 1) % 24
        frac = position - int(position // 1)
        a, b = hourly[below], hourly[(below + 1) % 24]
        out.append(max(0.0, a + (b - a) * frac) or hourly[hour] * 0.5)
    return out


def queue_weights(scenario: Scenario, live: bool) -> list[tuple[int, float]]:
    """``(queue index, share)`` of one stream's contacts, shares summing to 1.

    A channel's share is split over the departments that have a queue in it;
    within a department, each language goes to its own queue, else to the
    first fallback language with a queue, else to a queue open to all languages.
    """
    queues = scenario.queues
    channels = [(c, w) for c, w in scenario.channel_mix if (c in LIVE_CHANNELS) == live]
    total = sum(w for _, w in channels)
    dep_weight = {d.id: d.weight for d in scenario.departments}
    shares: dict[int, float] = {}
    for channel, channel_w in channels:
        deps = sorted({q.department for q in queues if q.channel == channel})
        dep_total = sum(dep_weight[d] for d in deps)
        for dep in deps:
            group = {q.language: i for i, q in enumerate(queues)
                     if q.channel == channel and q.department == dep}
            lang_total = sum(lang.weight for lang in scenario.languages)
            for lang in scenario.languages:
                target = _queue_for(group, lang.tag, scenario.fallback_languages)
                share = (channel_w / total) * (dep_weight[dep] / dep_total) * (
                    lang.weight / lang_total
                )
                shares[target] = shares.get(target, 0.0) + share
    return sorted(shares.items())


def _queue_for(group: dict[str | None, int], language: str, fallback: tuple[str, ...]) -> int:
    for candidate in (language, *fallback, None):
        if candidate in group:
            return group[candidate]
    return min(group.values())


class ArrivalStream:
    """Arrivals of the live or the deferred channels of one scenario.

    Call :meth:`next_after` for the time of the next arrival and
    :meth:`pick_queue` for its queue; both draw from the caller's random
    generator, so the model stays deterministic.
    """

    def __init__(
        self, scenario: Scenario, calendar: SiteCalendar, live: bool, surge_start_ms: int
    ) -> None:
        self.live = live
        self._calendar = calendar
        self._weekday = scenario.weekday_factors
        mix = dict(scenario.channel_mix)
        share = sum(w for c, w in mix.items() if (c in LIVE_CHANNELS) == live) / sum(mix.values())
        profile = _quarter_hours(scenario.live_profile if live else scenario.deferred_profile)
        norm = sum(profile) or 1.0
        #: Arrivals per millisecond in each quarter hour of an average day.
        self._slot_rate = [scenario.daily_contacts * share * w / norm / SLOT_MS for w in profile]
        self._surge = (
            (surge_start_ms, surge_start_ms + scenario.surge_duration_s * 1000,
             scenario.surge_factor)
            if scenario.surge_duration_s > 0 else None
        )
        weights = queue_weights(scenario, live)
        self._queues = [q for q, _ in weights]
        self._cumulative = list(accumulate(w for _, w in weights))

    @property
    def queue_shares(self) -> dict[int, float]:
        """Share of this stream's contacts per queue index."""
        previous = 0.0
        out = {}
        for q, c in zip(self._queues, self._cumulative, strict=True):
            out[q] = (c - previous) / self._cumulative[-1]
            previous = c
        return out

    def rate(self, t_ms: float) -> float:
        """Expected arrivals per millisecond at ``t_ms``."""
        local = self._calendar.local(t_ms)
        rate = self._slot_rate[local.hour * 4 + local.minute // 15]
        rate *= self._weekday[local.weekday()]
        if self._surge is not None and self._surge[0] <= t_ms < self._surge[1]:
            rate *= self._surge[2]
        return rate

    def _boundary(self, t: float) -> float:
        """The next instant after ``t`` where the rate may change."""
        boundary = float((int(t) // SLOT_MS + 1) * SLOT_MS)
        if self._surge is not None:
            for edge in self._surge[:2]:
                if t < edge < boundary:
                    boundary = edge
        return boundary

    def next_after(self, t_ms: int, rng: random.Random) -> int | None:
        """The time of the next arrival after ``t_ms``, or ``None`` if none will come."""
        t = float(t_ms)
        limit = t + _HORIZON_MS
        while t < limit:
            boundary = self._boundary(t)
            rate = self.rate(t)
            if rate > 0:
                candidate = t + rng.expovariate(rate)
                if candidate < boundary:
                    return int(candidate)
            t = boundary  # memoryless: start afresh at the next rate change
        return None

    def expected(self, start_ms: int, end_ms: int) -> float:
        """Expected number of arrivals in ``[start_ms, end_ms)``."""
        total = 0.0
        t = float(start_ms)
        while t < end_ms:
            boundary = min(self._boundary(t), float(end_ms))
            total += self.rate(t) * (boundary - t)
            t = boundary
        return total

    def pick_queue(self, rng: random.Random) -> int:
        """The queue index of a new contact."""
        x = rng.random() * self._cumulative[-1]
        return self._queues[min(bisect.bisect_right(self._cumulative, x), len(self._queues) - 1)]
