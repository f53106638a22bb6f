"""The snapshot's optional ``intervals``: decoded, checked against ``counters``, drawn."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import msgspec
import pytest

from tests.builders import T0, SiteBuilder
from wallboard.engine import Engine
from wallboard.engine.intervals import INTERVAL_MS
from wallboard.protocol import models as m
from wallboard.protocol.decode import decode
from wallboard.simulator.model import CentreModel

#: Local midnight of T0's day in Qatar.
MIDNIGHT = T0 - 8 * 3_600_000
ROW_A = [12, 11, 10, 1, 0, 281000, 11, 3120000, 9, 1, 0, 1]
ROW_B = [9, 9, 9, 0, 0, 154000, 8, 2210000, 8, 0, 0, 0]
COUNTERS = dict(zip(m.Counters.__struct_fields__, map(sum, zip(ROW_A, ROW_B, strict=True)),
                    strict=True))


def load(intervals: dict[str, Any], counters: dict[str, Any] | None = None) -> Engine:
    snapshot = SiteBuilder().snapshot(T0, counters={"h-ar": counters or COUNTERS},
                                      intervals=intervals)
    message = decode(msgspec.json.encode(snapshot))
    assert isinstance(message, m.Snapshot)
    engine = Engine()
    assert engine.apply(message) is None
    return engine


def offered_by_interval(engine: Engine) -> dict[int, int]:
    figures = engine.figures(T0)
    assert figures is not None
    return {(i.start_ms - MIDNIGHT) // INTERVAL_MS: i.offered
            for i in figures.intervals if i.known and i.offered}


def test_the_feed_intervals_fill_the_day_so_far() -> None:
    engine = load({"start": MIDNIGHT, "minutes": 15, "queues": {"h-ar": [
        *[[0] * 12] * 30, ROW_A, [float(v) for v in ROW_B]]}})  # whole floats are numbers
    assert offered_by_interval(engine) == {30: 12, 31: 9}
    figures = engine.figures(T0)
    assert figures is not None
    assert all(i.known for i in figures.intervals)  # the whole day so far is drawn
    today, _ = engine.day_rows()
    assert today is not None and today.rows["h-ar"][30] == tuple(ROW_A)


def test_five_minute_rows_are_merged_into_quarter_hours() -> None:
    third = [[v // 3 for v in ROW_A] for _ in range(3)]
    sums = [sum(col) for col in zip(*third, strict=True)]
    counters = dict(zip(m.Counters.__struct_fields__, sums, strict=True))
    engine = load({"start": MIDNIGHT, "minutes": 5, "queues": {"h-ar": [[0] * 12] * 90 + third}},
                  counters)
    assert offered_by_interval(engine) == {30: sums[0]}


@pytest.mark.parametrize(("intervals", "reason"), [
    ({"start": MIDNIGHT, "queues": {"h-ar": [ROW_A]}}, "its counters say"),
    ({"start": MIDNIGHT, "queues": {"h-ar": [ROW_A, [9.5, *ROW_B[1:]]]}}, "not a count"),
    ({"start": MIDNIGHT + 7 * 60_000, "queues": {"h-ar": [ROW_A, ROW_B]}}, "grid"),
    ({"start": MIDNIGHT, "minutes": 60, "queues": {"h-ar": [ROW_A, ROW_B]}}, "quarter hours"),
    ({"start": MIDNIGHT, "queues": {"h-ar": [[0] * 12] * 40 + [ROW_A, ROW_B]}},
     "after the snapshot"),
])
def test_intervals_that_do_not_fit_are_logged_and_left_out(
    caplog: pytest.LogCaptureFixture, intervals: dict[str, Any], reason: str
) -> None:
    with caplog.at_level(logging.WARNING):
        engine = load(intervals)
    assert reason in caplog.text and "intervals ignored" in caplog.text
    figures = engine.figures(T0)
    assert figures is not None
    assert figures.site.counters.offered == COUNTERS["offered"]  # the counters still count
    assert not any(i.known for i in figures.intervals if i.start_ms + INTERVAL_MS <= T0)


def test_a_mistyped_intervals_field_is_a_bad_message() -> None:
    snapshot = SiteBuilder().snapshot(T0, intervals={"start": MIDNIGHT, "queues": {"h-ar": "x"}})
    assert not isinstance(decode(msgspec.json.encode(snapshot)), m.Snapshot)


@pytest.mark.parametrize("scenario", ["national", "municipal", "night"])
def test_the_simulator_sends_intervals_that_add_up(scenario: str) -> None:
    start = int(datetime(2026, 11, 23, 14, 7, tzinfo=ZoneInfo("Asia/Qatar")).timestamp() * 1000)
    model = CentreModel(scenario, 3, start)
    model.advance(start + 20 * 60_000)
    message = decode(msgspec.json.encode({**model.snapshot(), "seq": 1}))
    assert isinstance(message, m.Snapshot) and message.intervals is not None
    engine = Engine()
    engine.apply(message)
    figures = engine.figures(message.ts)
    assert figures is not None
    known = [i for i in figures.intervals if i.known]
    assert len(known) == len(figures.intervals)  # accepted: the checks passed
    assert sum(i.offered for i in known) == figures.site.counters.offered > 0
    assert sum(i.answered for i in known) == figures.site.counters.answered
    busy = [i for i in known if i.offered]
    assert len(busy) > 20  # spread over the day, not lumped into one interval
