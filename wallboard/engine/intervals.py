"""The day in 15-minute intervals, per queue: from the feed, and for the store.

A snapshot may carry ``intervals`` (protocol section "Optional: the day so far
in intervals"): per queue, one row of counters per interval since local
midnight. :func:`rows_from_feed` checks them and turns them into the engine's
rows; anything that does not fit is a bad element, described in one line for
the log, never an exception. :class:`DayRows` is what the interval store
reads of the engine: an immutable copy of the day's rows and its queues.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from wallboard.engine.businessday import BusinessDay
from wallboard.engine.tally import COUNTER_FIELDS
from wallboard.protocol import models as m

#: The length of an interval: the protocol's 15 minutes.
INTERVAL_MS = 15 * 60_000
#: Counters in a row, in the protocol's order (that of ``counters``).
ROW_LENGTH = len(COUNTER_FIELDS)
#: The largest integer a JSON number keeps exactly (RFC 8259 section 6).
_MAX_EXACT = 2**53 - 1

#: Rows of one queue: interval index -> counters in :data:`COUNTER_FIELDS` order.
QueueRows = dict[int, list[int]]


def interval_count(day: BusinessDay) -> int:
    """Intervals in a business day: 96, or 92 and 100 on the days clocks change."""
    return -(-(day.end_ms - day.start_ms) // INTERVAL_MS)


@dataclass(frozen=True, slots=True)
class QueueInfo:
    """What a report needs to know of a queue to place it in its groups."""

    id: str
    name: str
    department: str
    department_name: str
    channel: str
    language: str | None
    sl_threshold_s: int
    sl_target_pct: float | None


@dataclass(frozen=True, slots=True)
class DayRows:
    """One business day's interval rows per queue, as the engine counted them."""

    site_id: str
    site_name: str
    timezone: str
    date: date
    start_ms: int
    end_ms: int
    queues: tuple[QueueInfo, ...]
    #: queue id -> interval index -> counters (only intervals with something counted).
    rows: Mapping[str, Mapping[int, tuple[int, ...]]]
    #: From when the rows are known: intervals before it were not seen by the wall.
    known_from_ms: int


@dataclass(frozen=True, slots=True)
class StoredRows:
    """What the store kept of a day: the rows, and the span the wall saw of it."""

    rows: Mapping[str, Mapping[int, tuple[int, ...]]]
    known_from_ms: int
    known_to_ms: int


def rows_from_feed(
    intervals: m.Intervals,
    day: BusinessDay,
    snapshot_ts: int,
    counters: Mapping[str, m.Counters],
    queue_ids: frozenset[str] | set[str],
) -> tuple[dict[str, QueueRows], str | None]:
    """The feed's rows per known queue, and why they cannot be used (``None`` if they can).

    Liberal where the protocol is silent: rows shorter than twelve counters
    end in zeros, longer ones keep their first twelve (a later version may add
    counters), whole-valued floats are numbers, intervals of a length that
    divides 15 minutes are merged into quarter hours, and queues this
    snapshot does not list are skipped. Strict where it speaks: ``start`` is
    the local midnight of the snapshot's day, no row lies after the
    snapshot's ``ts``, and the rows of each queue add up to its ``counters``.
    """
    minutes = intervals.minutes
    if 15 % minutes:
        return {}, f"intervals of {minutes} minutes do not add up to quarter hours"
    length_ms = minutes * 60_000
    # The protocol's `start` is local midnight; a later start on the same grid
    # (a server that leaves out the night) is taken as meaning what it says.
    offset = intervals.start - day.start_ms
    if not 0 <= offset < day.end_ms - day.start_ms or offset % length_ms:
        return {}, (f"intervals start at {intervals.start}, not at the local midnight "
                    f"({day.start_ms}) of the snapshot's day {day.date} or on its "
                    f"{minutes}-minute grid")
    last = (snapshot_ts - day.start_ms) // INTERVAL_MS
    out: dict[str, QueueRows] = {}
    for queue_id, wire_rows in intervals.queues.items():
        if queue_id not in queue_ids:
            continue  # counters of unknown queues are ignored the same way
        rows: QueueRows = {}
        for n, wire_row in enumerate(wire_rows):
            index = (offset + n * length_ms) // INTERVAL_MS
            values = wire_row[:ROW_LENGTH]
            if not any(values):
                continue
            if index > last:
                return {}, (f"queue {queue_id!r} has a row for interval {n}, after the "
                            "snapshot's time")
            row = rows.get(index)
            if row is None:
                row = rows[index] = [0] * ROW_LENGTH
            for k, value in enumerate(values):
                if value < 0 or value > _MAX_EXACT or value != int(value):
                    return {}, (f"queue {queue_id!r}, interval {n}: {COUNTER_FIELDS[k]} "
                                f"is {value!r}, not a count")
                row[k] += int(value)
        out[queue_id] = rows
    for queue_id in queue_ids:
        given = counters.get(queue_id) or m.Counters()
        sums = [0] * ROW_LENGTH
        for row in out.get(queue_id, {}).values():
            for k, value in enumerate(row):
                sums[k] += value
        for k, name in enumerate(COUNTER_FIELDS):
            if sums[k] != getattr(given, name):
                return {}, (f"queue {queue_id!r}: its intervals add up to {name} = {sums[k]}, "
                            f"its counters say {getattr(given, name)}")
    return out, None
