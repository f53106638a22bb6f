"""What the interval store costs on the large site (200 queues), measured here.

* taking one sample under the feed's lock (a copy of the day's rows and the
  figures): what the feed waits for once a minute;
* one minute's write: the rows that changed since the last write and one
  sample of every group, in one transaction (WAL, a real file);
* the trends' prefill at start: a snapshot applied with the whole day (96
  intervals of every queue) read back from the store, against without.
"""

from __future__ import annotations

import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from wallboard.bench.flood import START_MS, Flood, build
from wallboard.engine import Engine
from wallboard.engine.intervals import DayRows
from wallboard.history.store import IntervalStore, stored_rows
from wallboard.history.writer import sample_of
from wallboard.protocol import decode


def _whole_day(rows: DayRows) -> DayRows:
    """``rows`` with every queue busy in all of the day's intervals (a full day to read)."""
    count = -(-(rows.end_ms - rows.start_ms) // (15 * 60_000))
    full = {q.id: {i: (5, 4, 3, 1, 0, 40_000, 4, 900_000, 3, 1, 0, 0) for i in range(count)}
            for q in rows.queues}
    return DayRows(rows.site_id, rows.site_name, rows.timezone, rows.date, rows.start_ms,
                   rows.end_ms, rows.queues, full, rows.start_ms)


def measure(flood: Flood) -> list[str]:
    """The lines the benchmark prints."""
    from wallboard.bench.__main__ import _median_ms

    lines = []
    engine = Engine()
    engine.apply(decode(flood.snapshot))  # type: ignore[arg-type]
    minutes = 30
    per_minute = len(flood.frames) // minutes
    now = START_MS + 3_600_000
    sample, _ = _median_ms(lambda: sample_of(engine, True, now), 50)
    lines.append(f"store: a sample under the lock:      {sample:>9.2f} ms median")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "intervals.sqlite3"
        store = IntervalStore(path)
        store.write(*engine.day_rows(), engine.figures(now))
        frames = iter(flood.frames)
        writes = []
        for _ in range(minutes):
            for _ in range(per_minute):
                engine.apply(decode(next(frames)))  # type: ignore[arg-type]
            taken = sample_of(engine, True, now)
            start = time.perf_counter()
            store.write(taken.today, taken.closed, taken.figures, now_ms=now)
            writes.append((time.perf_counter() - start) * 1000)
        writes.sort()
        lines.append(f"store: one minute's write:           {writes[len(writes) // 2]:>9.2f} ms "
                     f"median, {writes[-1]:.2f} ms max ({per_minute:,} events a minute, "
                     f"{minutes} minutes)")
        today, _ = engine.day_rows()
        assert today is not None
        store.write(_whole_day(today), None, None, now_ms=today.end_ms - 1)
        store.close()
        size = path.stat().st_size / 1e6

        def load(stored: bool) -> None:
            hook = partial(stored_rows, path) if stored else None
            Engine(stored_day=hook).apply(decode(flood.snapshot))  # type: ignore[arg-type]

        with_store, _ = _median_ms(lambda: load(True), 10)
        without, _ = _median_ms(lambda: load(False), 10)
        lines.append(f"trends prefilled from the store:     {with_store - without:>9.1f} ms "
                     f"(snapshot {without:.1f} ms without, {with_store:.1f} ms with a whole "
                     f"day of {len(today.queues)} queues; file {size:.1f} MB)")
    return lines


def main() -> int:
    for line in measure(build(events=60_000)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
