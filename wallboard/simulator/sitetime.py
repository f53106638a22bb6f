"""Local dates and times of the simulated site.

The business day of the protocol (section "The business day") runs from local
midnight to local midnight in ``site.timezone``; shifts and the intraday
profile are in local time too. :class:`SiteCalendar` converts between those
and the epoch milliseconds the protocol carries, daylight saving included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

MS_PER_MINUTE = 60_000
MS_PER_HOUR = 3_600_000
MS_PER_DAY = 86_400_000


@dataclass(frozen=True)
class LocalDay:
    """One local date and the epoch milliseconds where it starts and ends."""

    date: date
    start_ms: int
    end_ms: int


class SiteCalendar:
    """Local time of one site."""

    def __init__(self, timezone: str) -> None:
        self.tz = ZoneInfo(timezone)
        self._days: dict[date, LocalDay] = {}

    def local(self, t_ms: int | float) -> datetime:
        """The local date and time of an epoch-millisecond instant."""
        return datetime.fromtimestamp(t_ms / 1000, self.tz)

    def date_of(self, t_ms: int | float) -> date:
        """The local date of an instant (the business day it counts on)."""
        return self.local(t_ms).date()

    def at(self, day: date, minute: int) -> int:
        """Epoch ms of ``minute`` minutes of wall-clock time after local midnight of ``day``.

        Minutes past 1440 fall on the following days (a night shift's end).
        """
        whole_days, minute = divmod(minute, 1440)
        d = day + timedelta(days=whole_days)
        local = datetime(d.year, d.month, d.day, minute // 60, minute % 60, tzinfo=self.tz)
        return int(local.timestamp() * 1000)

    def day(self, day: date) -> LocalDay:
        """The bounds of a local date."""
        found = self._days.get(day)
        if found is None:
            if len(self._days) > 64:  # only a few days are ever in use at once
                self._days.clear()
            found = LocalDay(day, self.at(day, 0), self.at(day + timedelta(days=1), 0))
            self._days[day] = found
        return found

    def day_of(self, t_ms: int | float) -> LocalDay:
        """The local date an instant falls on, with its bounds."""
        return self.day(self.date_of(t_ms))
