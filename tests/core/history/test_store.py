"""The interval store against real SQLite files: restarts, DST days, midnight, retention,
damaged, locked and read-only files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import msgspec
import pytest

from tests.builders import T0, SiteBuilder
from wallboard.clock import FakeClock
from wallboard.engine import Engine
from wallboard.engine.figures import SiteFigures
from wallboard.engine.intervals import INTERVAL_MS, DayRows
from wallboard.history.store import IntervalStore, stored_days, stored_rows
from wallboard.history.writer import Sample, StoreWriter
from wallboard.protocol.decode import decode


def apply(engine: Engine, message: dict[str, object]) -> None:
    assert engine.apply(decode(msgspec.json.encode(message))) is None  # type: ignore[arg-type]


def busy_day(site: SiteBuilder, engine: Engine, start: int, minutes: list[int]) -> None:
    """A contact queued, answered and completed at each of ``minutes`` after ``start``."""
    for n, minute in enumerate(minutes):
        t = start + minute * 60_000
        apply(engine, site.queued(f"c{n}", t))
        apply(engine, site.answered(f"c{n}", t + 5_000, wait_ms=5_000 + 10_000 * (n % 3)))
        apply(engine, site.completed(f"c{n}", t + 60_000, 50_000, "resolved"))


def sample(engine: Engine, now_ms: int) -> Sample:
    today, closed = engine.day_rows()
    return Sample(today, closed, engine.figures(now_ms), now_ms)


def test_trends_after_a_restart_mid_day_equal_those_before(tmp_path: Path) -> None:
    path = tmp_path / "intervals.sqlite3"
    site = SiteBuilder()
    before = Engine()
    apply(before, site.snapshot(T0))
    busy_day(site, before, T0, [1, 2, 20, 31, 47, 48, 49, 95, 130])
    crash = T0 + 140 * 60_000
    store = IntervalStore(path)
    store.write(*engine_rows(before), before.figures(crash))
    store.close()
    figures_before = before.figures(crash)
    assert figures_before is not None

    # The wall starts again; the feed sends the day's counters but no intervals.
    counters = {qid: msgspec.structs.asdict(q.kpis.counters)
                for qid, q in figures_before.queues.items()}
    after = Engine(stored_day=lambda site_id, day: stored_rows(path, site_id, day))
    apply(after, SiteBuilder().snapshot(crash + 60_000, counters=counters))
    figures_after = after.figures(crash + 60_000)
    assert figures_after is not None
    kept = [i for i in figures_before.intervals if i.start_ms < crash and i.known]
    assert kept and sum(i.offered for i in kept) == 9
    again = {i.start_ms: i for i in figures_after.intervals}
    for interval in kept:
        assert again[interval.start_ms] == interval


def engine_rows(engine: Engine) -> tuple[DayRows | None, DayRows | None]:
    return engine.day_rows()


@pytest.mark.parametrize(("day", "hours"), [(date(2026, 3, 29), 23), (date(2026, 10, 25), 25)])
def test_a_day_when_the_clocks_change(tmp_path: Path, day: date, hours: int) -> None:
    zone = ZoneInfo("Europe/Berlin")
    midnight = int(datetime(day.year, day.month, day.day, tzinfo=zone).timestamp() * 1000)
    site = SiteBuilder(timezone="Europe/Berlin")
    engine = Engine()
    apply(engine, site.snapshot(midnight + 60_000))
    last_minute = hours * 60 - 5  # 23:55 local, whatever the length of the day
    busy_day(site, engine, midnight, [2, 150, last_minute - 2])
    store = IntervalStore(tmp_path / "s.sqlite3")
    store.write(*engine.day_rows(), engine.figures(midnight + hours * 3_600_000 - 60_000))
    store.close()
    (stored,) = stored_days(tmp_path / "s.sqlite3", day)
    assert stored.interval_count == hours * 4
    intervals = sorted({index for index, _ in stored.counts})
    assert intervals == [0, 10, hours * 4 - 1]
    assert sum(c[0] for c in stored.counts.values()) == 3


def test_a_day_rolled_over_at_local_midnight_is_kept_whole(tmp_path: Path) -> None:
    zone = ZoneInfo("Asia/Qatar")
    midnight = int(datetime(2025, 11, 24, tzinfo=zone).timestamp() * 1000)
    site = SiteBuilder()
    engine = Engine()
    clock = FakeClock(midnight - 3_600_000)
    apply(engine, site.snapshot(clock.now_ms()))
    store = IntervalStore(tmp_path / "s.sqlite3")
    writer = StoreWriter(store, lambda: sample(engine, clock.now_ms()), clock=clock)
    busy_day(site, engine, midnight - 3_600_000, [10, 59])  # the second ends at midnight
    assert writer.tick()
    apply(engine, site.heartbeat(midnight + 120_000))
    busy_day(site, engine, midnight, [5])
    clock.set_ms(midnight + 10 * 60_000)
    assert writer.tick()
    store.close()
    (yesterday,) = stored_days(tmp_path / "s.sqlite3", date(2025, 11, 23))
    (today,) = stored_days(tmp_path / "s.sqlite3", date(2025, 11, 24))
    offered = sum(c[0] for c in yesterday.counts.values())
    completed = sum(c[6] for c in yesterday.counts.values())
    assert (offered, completed) == (2, 1)
    assert sum(c[0] for c in today.counts.values()) == 1
    assert sum(c[6] for c in today.counts.values()) == 2  # the one from 23:59 and today's
    assert max(index for index, _ in yesterday.counts) == 95


def test_retention_and_size_drop_the_oldest_days(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = IntervalStore(path, retention_days=30)
    today = date(2025, 11, 23)
    for back in (400, 31, 29, 2, 0):
        day = today - timedelta(days=back)
        store.write(*day_of_contacts(day, count=50))
    # Writing a new day prunes what is past the retention.
    assert [d for d in (today - timedelta(days=b) for b in (400, 31, 29, 2, 0))
            if list(stored_days(path, d))] == [today - timedelta(days=b) for b in (29, 2, 0)]
    store.max_bytes = store.size_bytes() - 1  # too big by a little
    assert store.prune(today) >= 1
    kept = [b for b in (29, 2, 0) if list(stored_days(path, today - timedelta(days=b)))]
    assert kept[-1:] == [0] and kept == [29, 2, 0][3 - len(kept):]  # the oldest went first
    assert len(kept) == 1 or store.size_bytes() <= store.max_bytes
    store.close()


def day_of_contacts(day: date, count: int
                    ) -> tuple[DayRows | None, DayRows | None, SiteFigures | None]:
    zone = ZoneInfo("Asia/Qatar")
    start = int(datetime(day.year, day.month, day.day, 8, tzinfo=zone).timestamp() * 1000)
    site = SiteBuilder()
    engine = Engine()
    apply(engine, site.snapshot(start))
    busy_day(site, engine, start, list(range(count)))
    today, _ = engine.day_rows()
    return today, None, engine.figures(start + count * 60_000)


def test_a_damaged_file_is_kept_aside_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    path.write_bytes(b"this is not a database, it was overwritten by something " * 100)
    site = SiteBuilder()
    engine = Engine()
    apply(engine, site.snapshot(T0))
    busy_day(site, engine, T0, [1, 2])
    clock = FakeClock(T0 + 10 * 60_000)
    writer = StoreWriter(IntervalStore(path), lambda: sample(engine, clock.now_ms()), clock=clock)
    assert writer.tick()
    assert writer.problem is not None and "damaged" in writer.problem
    aside = list(tmp_path.glob("s.sqlite3.broken-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    writer.store.close()
    assert sum(c[0] for c in next(stored_days(path, date(2025, 11, 23))).counts.values()) == 2


def test_a_locked_file_is_reported_and_written_once_free(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    site = SiteBuilder()
    engine = Engine()
    apply(engine, site.snapshot(T0))
    clock = FakeClock(T0)
    store = IntervalStore(path, busy_timeout_s=0.05)
    writer = StoreWriter(store, lambda: sample(engine, clock.now_ms()), clock=clock)
    assert writer.tick()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    busy_day(site, engine, T0, [1])
    assert not writer.tick()
    assert writer.problem is not None and "locked" in writer.problem
    other.execute("ROLLBACK")
    other.close()
    assert writer.tick()
    assert writer.problem is None
    store.close()
    stored = stored_rows(path, "s1", date(2025, 11, 23))
    assert stored is not None and stored.rows["h-ar"][32][0] == 1


READ_ONLY_CHECK = """
import os, sys
from datetime import date
from pathlib import Path
import tests.core.history.test_store as t
from wallboard.history.store import IntervalStore
from wallboard.history.writer import Sample, StoreWriter
today, closed, figures = t.day_of_contacts(date(2025, 11, 23), 3)
if os.geteuid() == 0:  # root writes through file modes: go on as nobody
    os.setgid(65534)
    os.setuid(65534)
writer = StoreWriter(IntervalStore(Path(sys.argv[1])),
                     lambda: Sample(today, closed, figures, figures.now_ms))
print(writer.tick(), writer.problem)
"""


def test_a_read_only_file_is_reported_not_replaced() -> None:
    folder = Path(tempfile.mkdtemp(prefix="wallboard-ro-"))
    try:
        folder.chmod(0o755)
        path = folder / "s.sqlite3"
        IntervalStore(path).write(*day_of_contacts(date(2025, 11, 22), 2))
        before = path.read_bytes()
        path.chmod(0o444)
        folder.chmod(0o555)
        result = subprocess.run([sys.executable, "-c", READ_ONLY_CHECK, str(path)],
                                capture_output=True, text=True, check=False,
                                cwd=Path(__file__).parents[3])
        assert result.returncode == 0, result.stderr
        written, problem = result.stdout.split(" ", 1)
        assert written == "False"
        assert "Interval store not written" in problem and "readonly" in problem.replace("-", "")
        assert path.read_bytes() == before
        assert not list(folder.glob("*.broken-*"))
    finally:
        folder.chmod(0o755)
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()


def test_the_report_of_a_25_hour_day_names_the_repeated_hour_by_its_offset(
        tmp_path: Path) -> None:
    from wallboard.history.report import report_rows

    day = date(2026, 10, 25)
    zone = ZoneInfo("Europe/Berlin")
    midnight = int(datetime(day.year, day.month, day.day, tzinfo=zone).timestamp() * 1000)
    site = SiteBuilder(timezone="Europe/Berlin")
    engine = Engine()
    apply(engine, site.snapshot(midnight + 60_000))
    busy_day(site, engine, midnight, [130, 190])  # 02:10 summer time, then 02:10 winter time
    store = IntervalStore(tmp_path / "s.sqlite3")
    store.write(*engine.day_rows(), engine.figures(midnight + 25 * 3_600_000 - 1))
    store.close()
    (stored,) = stored_days(tmp_path / "s.sqlite3", day)
    rows = list(report_rows(stored, "site"))
    assert len(rows) == 100
    busy = [r["start_local"] for r in rows if r["offered"]]
    assert busy == ["2026-10-25T02:00+02:00", "2026-10-25T02:00+01:00"]
    assert len({r["start_local"] for r in rows}) == 100


def test_the_same_weekday_last_week_is_read_for_the_trends(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    today = date(2025, 11, 23)
    store = IntervalStore(path)
    store.write(*day_of_contacts(today - timedelta(days=7), count=40))
    rows, _, figures = day_of_contacts(today, count=3)
    assert figures is not None
    writer = StoreWriter(store, lambda: Sample(rows, None, figures, figures.now_ms))
    assert writer.last_week is None
    assert writer.tick()
    week = writer.last_week
    assert week is not None and week.date == today - timedelta(days=7)
    assert sum(week.offered) == 40
    assert len(week.offered) == len(week.service_level_pct) <= 96
    store.close()


def test_waiting_before_a_restart_comes_back_from_the_store(tmp_path: Path) -> None:
    from wallboard.present.history import History

    path = tmp_path / "s.sqlite3"
    site = SiteBuilder()
    engine = Engine()
    apply(engine, site.snapshot(T0))
    clock = FakeClock(T0)
    writer = StoreWriter(IntervalStore(path), lambda: sample(engine, clock.now_ms()), clock=clock)
    for n in range(6):  # one more waiting every ten minutes, a sample each time
        apply(engine, site.queued(f"w{n}", clock.now_ms()))
        # ... and an e-mail: a backlog's item, not counted with the contacts waiting.
        apply(engine, site.queued(f"m{n}", clock.now_ms(), queue="h-en-mail"))
        assert writer.tick()
        clock.advance(600)
    writer.store.close()

    # The wall starts again at T0 + 60 min: the intervals that ended by then come back.
    again = StoreWriter(IntervalStore(path), lambda: sample(engine, clock.now_ms()), clock=clock)
    assert again.tick()
    again.store.close()
    assert again.earlier_waiting is not None
    day, points = again.earlier_waiting
    assert day == date(2025, 11, 23)
    # Samples at 08:00 and 08:10, 08:20, 08:30 and 08:40, 08:50: a mean for each quarter hour.
    assert [round(w, 1) for _, w in points] == [1.5, 3.0, 4.5, 6.0]
    assert all(t + INTERVAL_MS // 2 <= clock.now_ms() for t, _ in points)
    history = History(every_s=1)
    figures = engine.figures(clock.now_ms())
    assert figures is not None
    history.record(figures)
    history.seed(day, points)
    times = [t for t, _ in history.site_waiting()]
    assert times == sorted(times) and len(times) == 5  # four from the store, one of now
