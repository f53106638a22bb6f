"""The business day in the site's time zone (protocol section "The business day").

Counters belong to the local date of each event's ``ts``. Converting every
``ts`` to a local date would cost a time-zone lookup per event, so the day is
kept as its UTC bounds ``[start_ms, end_ms)`` and most events are placed by
two integer comparisons.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)


def site_zone(name: str) -> ZoneInfo:
    """The site's zone; an unknown IANA name falls back to UTC, loudly."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown site time zone %r: business days follow UTC instead", name)
        return ZoneInfo("UTC")


def local_time(ts_ms: int, zone_name: str) -> datetime:
    """``ts_ms`` in the zone named ``zone_name``; in UTC for a name the engine has
    already reported as unknown (quietly: this is asked at every refresh)."""
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return datetime.fromtimestamp(ts_ms / 1000, UTC).astimezone(zone)


def local_date(ts_ms: int, zone: ZoneInfo) -> date:
    return datetime.fromtimestamp(ts_ms / 1000, UTC).astimezone(zone).date()


@dataclass(frozen=True, slots=True)
class BusinessDay:
    """One local date of the site and the UTC milliseconds it spans."""

    date: date
    start_ms: int
    end_ms: int

    @classmethod
    def containing(cls, ts_ms: int, zone: ZoneInfo) -> BusinessDay:
        day = local_date(ts_ms, zone)
        return cls(day, _midnight_ms(day, zone), _midnight_ms(day + timedelta(days=1), zone))


def _midnight_ms(day: date, zone: ZoneInfo) -> int:
    # A zone may skip local midnight on a DST day; zoneinfo then resolves the
    # time forward, which is the moment the new date begins.
    return int(datetime.combine(day, time(0), tzinfo=zone).timestamp() * 1000)
